/**
 * Which site holds the hub's lists. A web part reads the lists of one hub site wherever it runs:
 * on the hub's own pages, on another site's page, in a Teams tab (whose page is the team's own
 * site) and as a Teams personal app (whose page is the tenant's root site, with no property pane).
 * In that order of precedence:
 *   1. the web part's "Data site URL" property, checked when it is set (dataSiteCheck.ts);
 *   2. the tenant property `DigitalDiplomacyHubSiteUrl` (a storage entity in the app catalog,
 *      `web.getStorageEntity`, the SharePoint Framework convention for a tenant-wide setting);
 *   3. the page's own site.
 * The tenant property costs one GET on the page's site the first time a browser meets the tenant;
 * after that the answer kept in localStorage is used at once and read again after the first view
 * (refresh), so a change reaches the next load without slowing this one.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { PageFacts } from './page';

/** The tenant property an administrator sets to the hub site's URL (see README, Deploying). */
export const HUB_SITE_PROPERTY = 'DigitalDiplomacyHubSiteUrl';

export type DataSiteSource = 'property' | 'tenant' | 'current';

/** What a web part knows about its data site; handed to the services in PageFacts. */
export interface DataSite {
  /** Absolute URL of the web, without a trailing slash. */
  url: string;
  source: DataSiteSource;
  /** The data site is the page's own site, so what the page knows (its user id) holds there. */
  isCurrent: boolean;
  /**
   * Whether "Set up" / "Update" may be offered for this site: it is the tenant's configured hub,
   * or nothing is configured (the tenant property was read and is unset) and it is the page's own
   * site. A site named only in one web part's settings is never set up from there: it was checked
   * to hold the lists when it was named.
   */
  setupHere: boolean;
}

export interface DataSiteResolution {
  site: DataSite;
  /**
   * Reads the tenant property again and keeps it for the next load; true when it changed. Present
   * when the answer came from the browser's storage (call it once the first view has loaded).
   */
  refresh?: () => Promise<boolean>;
}

/** The part of Web Storage the resolver uses (localStorage in a browser; absent where blocked). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface ResolveOptions {
  /** `pageContext.web.absoluteUrl`. */
  currentWebUrl: string;
  /** The web part's "Data site URL" property (undefined in a Teams personal app). */
  override?: string;
  storage?: KeyValueStore;
  /** Reads the tenant property on the page's own site (readTenantHubSite). */
  readTenantProperty: () => Promise<string | undefined>;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * An absolute web URL for what someone typed or an admin stored: absolute, or server-relative
 * ("/sites/hub") on the page's host. Only the page's own host counts: the browser's sign-in and
 * request digests hold for its own tenant only. Undefined when it is not such a URL.
 */
export function siteUrlOf(value: string, currentWebUrl: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  let url: URL;
  let current: URL;
  try {
    current = new URL(currentWebUrl);
    url = new URL(text, current.origin);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || url.origin.toLowerCase() !== current.origin.toLowerCase()) return undefined;
  if (!/^https?:\/\//i.test(text) && !text.startsWith('/')) return undefined;
  // A page or list address inside the site names the site: cut at SharePoint's own folders.
  const path = url.pathname.replace(/\/(?:_layouts|_api|SitePages|Lists|Shared%20Documents)(?:\/.*)?$/i, '');
  return trimSlash(`${url.origin}${path}`);
}

function sameSite(a: string, b: string): boolean {
  return trimSlash(a).toLowerCase() === trimSlash(b).toLowerCase();
}

/** The tenant property, read on any site (SharePoint finds the app catalog); undefined when unset. */
export async function readTenantHubSite(sp: SPFI): Promise<string | undefined> {
  // An unset key comes back as {"odata.null": true}: no Value at all (see the emulator's storage-entities.ts).
  const entity = (await sp.web.getStorageEntity(HUB_SITE_PROPERTY)) as { Value?: string | null } | undefined;
  const value = entity && typeof entity.Value === 'string' ? entity.Value.trim() : '';
  return value || undefined;
}

interface Kept {
  url: string | null;
}

function storageKey(currentWebUrl: string): string {
  let origin = currentWebUrl;
  try {
    origin = new URL(currentWebUrl).origin;
  } catch {
    /* keep as is */
  }
  return `ddh-hub-site:${origin.toLowerCase()}`;
}

function readKept(storage: KeyValueStore | undefined, key: string): Kept | undefined {
  try {
    const text = storage?.getItem(key);
    if (!text) return undefined;
    const kept = JSON.parse(text) as Kept;
    return kept && (typeof kept.url === 'string' || kept.url === null) ? kept : undefined;
  } catch {
    return undefined;
  }
}

function keep(storage: KeyValueStore | undefined, key: string, url: string | undefined): void {
  try {
    storage?.setItem(key, JSON.stringify({ url: url ?? null }));
  } catch {
    /* storage full or blocked: ask again next time */
  }
}

export async function resolveDataSite(options: ResolveOptions): Promise<DataSiteResolution> {
  const current = trimSlash(options.currentWebUrl);
  const fromProperty = options.override ? siteUrlOf(options.override, current) : undefined;
  if (fromProperty) {
    return { site: { url: fromProperty, source: 'property', isCurrent: sameSite(fromProperty, current), setupHere: false } };
  }
  const key = storageKey(current);
  const kept = readKept(options.storage, key);
  let tenantValue: string | undefined;
  let unknown = false;
  let refresh: DataSiteResolution['refresh'];
  if (kept) {
    tenantValue = kept.url ?? undefined;
    refresh = async () => {
      const fresh = await options.readTenantProperty();
      keep(options.storage, key, fresh);
      return (fresh ?? null) !== kept.url;
    };
  } else {
    try {
      tenantValue = await options.readTenantProperty();
      keep(options.storage, key, tenantValue);
    } catch {
      // The page's own site answers when the tenant property cannot be read now; nothing is kept,
      // and nothing is set up there: the hub may well be elsewhere (never a second set of lists).
      tenantValue = undefined;
      unknown = true;
    }
  }
  const hub = tenantValue ? siteUrlOf(tenantValue, current) : undefined;
  const site: DataSite = hub
    ? { url: hub, source: 'tenant', isCurrent: sameSite(hub, current), setupHere: true }
    : { url: current, source: 'current', isCurrent: true, setupHere: !unknown };
  return refresh ? { site, refresh } : { site };
}

export interface OpenedDataSite {
  site: DataSite;
  /** @pnp/sp for the data site. */
  sp: SPFI;
  /** What the page knows that holds on the data site. */
  page: PageFacts;
  refresh?: () => Promise<boolean>;
}

/**
 * What every web part does on start: find the data site and connect to it. `connect(url)` makes
 * @pnp/sp for a site (no url: the page's own), in SharePoint `spfi(url).using(SPFx(context))`.
 */
export async function openDataSite(options: {
  currentWebUrl: string;
  /** `legacyPageContext.userId`: the signed-in person's id on the page's own site. */
  pageUserId?: number;
  override?: string;
  storage?: KeyValueStore;
  connect: (url?: string) => SPFI;
}): Promise<OpenedDataSite> {
  const { site, refresh } = await resolveDataSite({
    currentWebUrl: options.currentWebUrl,
    override: options.override,
    storage: options.storage,
    readTenantProperty: () => readTenantHubSite(options.connect())
  });
  // User ids are per site: the page's id holds only when the data site is the page's own.
  const page: PageFacts =
    site.isCurrent && options.pageUserId !== undefined ? { userId: options.pageUserId, dataSite: site } : { dataSite: site };
  return { site, sp: options.connect(site.url), page, ...(refresh ? { refresh } : {}) };
}
