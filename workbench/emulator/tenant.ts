/**
 * A small SharePoint Online tenant: several sites (each one `createEmulator`) under one origin,
 * one directory of people, and the tenant properties of the app catalog. The web parts run on
 * the hub site, in a Teams tab on a team's own site, and as a Teams personal app on the tenant's
 * root site (Microsoft Learn "Configure SharePoint Framework web parts in Microsoft Teams"), and
 * must reach the hub's lists from each: this is what lets a test and the workbench show that.
 *
 * - Sites: `handle(request)` answers `<site path>/_api/…` from the site whose path matches. A
 *   path that is no site answers 404 with an empty body, as SharePoint Online answers
 *   `GET <no such site>/_api/web` (SharePoint/PnP-JS-Core #377: "404 (Not Found)" and
 *   "Unexpected end of JSON input").
 * - People: a person is known tenant-wide (Entra ID); each site collection keeps its own hidden
 *   User Information List, and a person lands in it when they get access or first act there
 *   (c-sharpcorner.com "Everything you need to know about User Information List in SharePoint";
 *   `SPWeb.SiteUserInfoList` is per site collection), so each site gives the same person its own
 *   user id. Whether they may open the site is still that site's permissions.
 * - Tenant properties: every site answers `web/GetStorageEntity('key')` from the one store here
 *   (storage-entities.ts). `setStorageEntity` stands for the app catalog administrator's
 *   `m365 spo storageentity set`.
 */
import { createEmulator, Emulator, EmulatorOptions, identityOf } from './index';
import { claimsLogin } from './state';
import { isUserPhotoPath, userPhoto, userPhotoSitePath } from './userphoto';
import type { StorageEntity } from './storage-entities';

export interface TenantPerson {
  email: string;
  title: string;
  loginName?: string;
}

export interface Tenant {
  /** e.g. https://contoso.sharepoint.test or http://127.0.0.1:4321 (no trailing slash). */
  readonly origin: string;
  /** Creates a site at `path` ('/' for the root site), or replaces the one there (a restore). */
  addSite(options: Omit<EmulatorOptions, 'siteUrl' | 'storageEntities'> & { path: string }): Emulator;
  /** The site at a path ('/', '/sites/hub'), if there is one. */
  site(path: string): Emulator | undefined;
  /** Puts a person into the tenant's directory; returns their claims login. */
  addPerson(person: TenantPerson): { loginName: string };
  /** What `m365 spo storageentity set` does in the app catalog. */
  setStorageEntity(key: string, value: string, description?: string, comment?: string): void;
  removeStorageEntity(key: string): void;
  /** Whether a URL path is a REST call of one of the sites (`…/_api/…`) or a site's photo page (userphoto.ts). */
  routes(pathname: string): boolean;
  handle(request: Request): Promise<Response>;
}

/** A site's path as a key: lower case, no trailing slash ('' is the root site). */
function pathKey(path: string): string {
  return path.replace(/\/+$/, '').toLowerCase();
}

/** The site part of a REST URL's path (before `/_api/`), or undefined when it is no REST call. */
function sitePathOf(pathname: string): string | undefined {
  const lower = pathname.toLowerCase();
  const at = lower.indexOf('/_api/');
  return at < 0 ? undefined : pathKey(lower.slice(0, at));
}

export function createTenant(options: { origin: string }): Tenant {
  const origin = options.origin.replace(/\/+$/, '');
  const sites = new Map<string, Emulator>();
  const people = new Map<string, TenantPerson & { loginName: string }>();
  const properties = new Map<string, StorageEntity>();

  const lookup = (key: string): StorageEntity | undefined => properties.get(key);

  /** Adds the caller to the site's user list on their first visit, as SharePoint does. */
  function firstVisit(site: Emulator, headers: Headers): void {
    const identity = identityOf(headers);
    if (!identity) return;
    const login = identity.login.toLowerCase();
    const person = people.get(login) ?? [...people.values()].find((p) => p.email.toLowerCase() === login);
    if (person) site.addUser({ loginName: person.loginName, email: person.email, title: person.title });
  }

  return {
    origin,
    addSite(siteOptions) {
      const { path, ...rest } = siteOptions;
      const key = pathKey(path);
      const site = createEmulator({ ...rest, siteUrl: `${origin}${key}`, storageEntities: lookup });
      sites.set(key, site);
      return site;
    },
    site: (path) => sites.get(pathKey(path)),
    addPerson(person) {
      const loginName = person.loginName ?? claimsLogin(person.email);
      people.set(loginName.toLowerCase(), { ...person, loginName });
      return { loginName };
    },
    setStorageEntity(key, value, description = '', comment = '') {
      properties.set(key, { Value: value, Description: description, Comment: comment });
    },
    removeStorageEntity(key) {
      properties.delete(key);
    },
    routes(pathname) {
      return sitePathOf(pathname) !== undefined || isUserPhotoPath(pathname);
    },
    async handle(request) {
      const url = new URL(request.url);
      if (isUserPhotoPath(url.pathname)) {
        // Every site serves the tenant's photos; a path that is no site is no page at all.
        if (!sites.has(userPhotoSitePath(url.pathname))) return new Response(null, { status: 404 });
        return userPhoto(
          url,
          !!identityOf(request.headers),
          (account) => people.get(account) ?? [...people.values()].find((p) => p.email.toLowerCase() === account)
        );
      }
      const path = sitePathOf(new URL(request.url).pathname);
      const site = path === undefined ? undefined : sites.get(path);
      if (!site) return new Response(null, { status: 404 });
      firstVisit(site, request.headers);
      return site.handle(request);
    }
  };
}
