/**
 * Test helper: an emulated tenant (workbench/emulator/tenant.ts) with the hub site, a team's site
 * with no lists, and the root site a Teams personal app opens through; the global fetch routes the
 * tenant's origin to it (as tests/support/sp.ts does for single sites).
 *
 * `webPart(...)` connects as a web part does on a page of one of the sites: @pnp/sp's SPFx
 * behaviour with that page's context (its web URL and request digest) and the person signed in
 * by cookie, as in a browser, so every write must carry a digest of the site it goes to.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { Emulator } from '../../workbench/emulator';
import { createTenant, Tenant } from '../../workbench/emulator/tenant';
import { KeyValueStore, openDataSite, OpenedDataSite } from '../../src/data/hubSite';

export interface TestTenant {
  tenant: Tenant;
  origin: string;
  hubUrl: string;
  teamUrl: string;
  rootUrl: string;
  hub: Emulator;
  team: Emulator;
  root: Emulator;
  adminLogin: string;
  /** A person of the directory; optionally put in groups of sites (by site, group title). */
  person(email: string, title: string, groups?: Array<[Emulator, string]>): string;
  /** @pnp/sp acting as `login` (a bearer-token caller: header identity, no digest needed). */
  spAs(siteUrl: string, login: string): SPFI;
  /** Starts a web part on a page of `pageUrl` for `login`, as HubWebPartBase.onInit does. */
  webPart(options: {
    pageUrl: string;
    login: string;
    properties?: { dataSiteUrl?: string };
    storage?: KeyValueStore;
  }): Promise<OpenedDataSite>;
  dispose(): void;
}

const tenants = new Map<string, Tenant>();
let counter = 0;

function installRouting(): void {
  const marker = Symbol.for('dd-hub.tenant-routing');
  const g = globalThis as typeof globalThis & { [marker]?: boolean };
  if (g[marker]) return;
  g[marker] = true;
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    const tenant = tenants.get(new URL(url).origin.toLowerCase());
    return tenant ? tenant.handle(new Request(input, init)) : original(input, init);
  };
}

/** A Map as Web Storage (the browser's localStorage in a web part). */
export function memoryStorage(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value);
    }
  };
}

export function createTestTenant(): TestTenant {
  installRouting();
  counter++;
  const origin = `https://contoso${counter}${Date.now().toString(36)}.sharepoint.test`;
  const tenant = createTenant({ origin });
  tenants.set(origin.toLowerCase(), tenant);
  const admin = { email: 'admin@contoso.onmicrosoft.com', title: 'Site Admin' };
  const adminLogin = tenant.addPerson(admin).loginName;
  const hub = tenant.addSite({ path: '/sites/hub', title: 'Hub', admin });
  const team = tenant.addSite({ path: '/sites/team', title: 'Team', admin });
  const root = tenant.addSite({ path: '/', title: 'Contoso', admin });
  // A bearer-token caller needs no request digest: X-PnPjs-NoDigest keeps PnPjs from asking for one
  // (and from filling its process-wide digest cache, which the web parts' tests must find empty).
  const spAs = (siteUrl: string, login: string): SPFI =>
    spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': login, 'X-PnPjs-NoDigest': '1' }));
  return {
    tenant,
    origin,
    hub,
    team,
    root,
    adminLogin,
    hubUrl: hub.siteUrl,
    teamUrl: team.siteUrl,
    rootUrl: root.siteUrl,
    person(email, title, groups = []) {
      const login = tenant.addPerson({ email, title }).loginName;
      for (const [site, group] of groups) {
        site.addUser({ loginName: login, email, title });
        site.addToGroup(group, login);
      }
      return login;
    },
    spAs,
    async webPart({ pageUrl, login, properties, storage }) {
      const page = [hub, team, root].find((s) => s.siteUrl === pageUrl);
      if (!page) throw new Error(`No site at ${pageUrl}`);
      // Opening the page is the person's visit to its site (they land in its user list); SharePoint
      // puts in the page the web's URL, the person's id there and a digest of that web.
      const pageUserId = (await spAs(pageUrl, login).web.currentUser.select('Id')<{ Id: number }>()).Id;
      const digest = page.issueDigest();
      const context = {
        pageContext: {
          web: { absoluteUrl: pageUrl },
          legacyPageContext: { userId: pageUserId, formDigestValue: digest.value, formDigestTimeoutSeconds: digest.timeoutSeconds }
        }
      } as unknown as Parameters<typeof SPFx>[0];
      const cookie = InjectHeaders({ Cookie: `emulator-user=${encodeURIComponent(login)}` });
      return openDataSite({
        currentWebUrl: pageUrl,
        pageUserId,
        override: properties?.dataSiteUrl,
        storage,
        connect: (url) => (url ? spfi(url) : spfi()).using(SPFx(context), cookie)
      });
    },
    dispose: () => {
      tenants.delete(origin.toLowerCase());
    }
  };
}
