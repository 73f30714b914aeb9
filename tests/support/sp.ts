/**
 * Test helper: a fresh emulated SharePoint site and real PnPjs clients acting as given users.
 *
 * Only the network is replaced. PnPjs's retry (BrowserFetchWithRetry, part of SPBrowser) lives
 * inside its send observer and calls the global `fetch`, so replacing `on.send` would skip it;
 * instead the global fetch is routed: URLs under a test site's URL go to that site's emulator,
 * everything else to the real fetch. The user travels in the `X-Emulator-User` header.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import '@pnp/sp/batching';
import { createEmulator, Emulator, EmulatorOptions } from '../../workbench/emulator';

export interface TestSite {
  emulator: Emulator;
  siteUrl: string;
  /** Claims login of the site admin every new site has. */
  adminLogin: string;
  /** A PnPjs client whose requests carry `loginName` (claims login or e-mail) as the user. */
  spAs(loginName: string): SPFI;
  /** Adds a directory user and, optionally, puts them in "<Site> Owners|Members|Visitors" etc. */
  addUser(email: string, title: string, groupTitle?: string): { id: number; loginName: string };
  /** Stops routing this site's URL (other sites keep working). */
  dispose(): void;
}

const sites = new Map<string, Emulator>();
let siteCounter = 0;

function routedFetch(original: typeof fetch): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    const lower = url.toLowerCase();
    for (const [prefix, emulator] of sites) {
      if (lower === prefix || lower.startsWith(`${prefix}/`)) return emulator.handle(new Request(input, init));
    }
    return original(input, init);
  };
}

function installRouting(): void {
  const marker = Symbol.for('dd-hub.emulator-routing');
  const g = globalThis as typeof globalThis & { [marker]?: boolean };
  if (g[marker]) return;
  g[marker] = true;
  globalThis.fetch = routedFetch(globalThis.fetch.bind(globalThis));
}

export function createTestSite(options: Partial<EmulatorOptions> = {}): TestSite {
  installRouting();
  siteCounter++;
  const siteUrl = options.siteUrl ?? `https://contoso.sharepoint.test/sites/test${siteCounter}${Date.now().toString(36)}`;
  const emulator = createEmulator({ title: 'Hub', ...options, siteUrl });
  const key = emulator.siteUrl.toLowerCase();
  sites.set(key, emulator);
  const adminLogin = 'i:0#.f|membership|admin@contoso.onmicrosoft.com';
  return {
    emulator,
    siteUrl: emulator.siteUrl,
    adminLogin: options.admin ? `i:0#.f|membership|${options.admin.email.toLowerCase()}` : adminLogin,
    spAs: (loginName: string) =>
      spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': loginName })),
    addUser(email, title, groupTitle) {
      const user = emulator.addUser({ email, title });
      if (groupTitle) emulator.addToGroup(groupTitle, user.loginName);
      return user;
    },
    dispose: () => {
      sites.delete(key);
    }
  };
}

export interface SpErrorInfo {
  status: number;
  code: string;
  message: string;
}

/** Awaits a PnPjs call that must fail and returns SharePoint's status, error code and message. */
export async function spError(call: Promise<unknown>): Promise<SpErrorInfo> {
  try {
    await call;
  } catch (e) {
    const error = e as { status?: number; response?: Response };
    if (typeof error.status !== 'number' || !error.response) throw e;
    const json = (await error.response.json()) as { 'odata.error': { code: string; message: { value: string } } };
    return { status: error.status, code: json['odata.error'].code, message: json['odata.error'].message.value };
  }
  throw new Error('Expected the SharePoint call to fail, but it succeeded.');
}
