/**
 * Where the conformance suite runs: the in-process emulator (the default, part of `npm test`) or a
 * real SharePoint Online test site (`npm run conformance -- --site <url>`, which sets
 * CONFORMANCE_SITE and CONFORMANCE_TOKEN, and CONFORMANCE_TOKEN_2 for a second account).
 *
 * The tests see only this abstraction, so the same assertions run against both: when SharePoint
 * answers differently, the test is the spec and the emulator's rule changes. Every list a run
 * creates carries a unique prefix (`DDHConf-<random>-`) and is removed by `close()`, which the
 * tests call in `afterAll`, so it runs when a test failed too.
 */
import { InjectHeaders, Queryable } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { IList } from '@pnp/sp/lists';
import { createTestSite, TestSite } from '../support/sp';

export type Row = Record<string, string | number | boolean | null>;

export interface SecondUser {
  /** A PnPjs client acting as the second account (a member of the site, nothing more). */
  sp: SPFI;
  /** Its claims login, for `web.ensureUser` by the owner. */
  loginName: string;
}

export interface Target {
  kind: 'emulator' | 'tenant';
  siteUrl: string;
  /** A PnPjs client acting as the site owner. */
  owner: SPFI;
  /** The second account, or undefined (tenant run with one token): see `secondMissing`. */
  second?: SecondUser;
  /** Why the role tests are skipped when there is no second account. */
  secondMissing: string;
  /** Prefix of every list this run creates, e.g. `DDHConf-k3x9q-`. */
  prefix: string;
  /** Milliseconds a hook that seeds a large list may take (batched adds are slow on a tenant). */
  seedTimeout: number;
  /** Creates `<prefix><name>` as a generic list, remembered for cleanup. */
  createList(name: string): Promise<{ title: string; list: IList }>;
  /** Adds an indexed (optionally unique) text column, in the two steps SharePoint asks for. */
  addIndexedText(list: IList, name: string, unique?: boolean): Promise<void>;
  /** Adds rows to a list the run created: the emulator's bulk insert, or 100 adds at a time by `$batch` (PnPjs: 20 a request). */
  seed(listTitle: string, rows: Row[]): Promise<void>;
  /** Also remove this list or group at cleanup (provisioning's creations). */
  track(kind: 'list' | 'group', name: string): void;
  /** Removes everything tracked so far and checks it is gone; returns what is not. */
  cleanup(): Promise<string[]>;
  /** For afterAll: cleanup, then print what is left (tenant) or drop the emulated site. */
  close(): Promise<void>;
}

const SECOND_EMAIL = 'conformance.second@contoso.onmicrosoft.com';
const BATCH_SIZE = 100;

function randomPrefix(): string {
  return `DDHConf-${Math.random().toString(36).slice(2, 7)}-`;
}

/** The account a bearer token speaks for (its `upn`), as a SharePoint claims login. */
export function loginFromToken(token: string): string {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('CONFORMANCE_TOKEN_2 is not a JWT access token');
  const claims = JSON.parse(Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')) as Record<
    string,
    string
  >;
  const upn = claims.upn || claims.unique_name || claims.preferred_username;
  if (!upn) throw new Error('CONFORMANCE_TOKEN_2 names no user (no upn claim): use a delegated token from `m365 util accesstoken get`');
  return `i:0#.f|membership|${upn.toLowerCase()}`;
}

function bearer(siteUrl: string, token: string): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ Authorization: `Bearer ${token}` }));
}

/** A behaviour that records every write a client sends (the digest request aside). */
export function RecordWrites(log: string[]): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      const method = init.method || 'GET';
      if (method !== 'GET' && !/\/_api\/contextinfo$/i.test(url)) log.push(`${method} ${url}`);
      return [url, init, result];
    });
    return instance;
  };
}

export function openTarget(): Target {
  const site = process.env.CONFORMANCE_SITE;
  const token = process.env.CONFORMANCE_TOKEN;
  const prefix = randomPrefix();
  const tracked: Array<{ kind: 'list' | 'group'; name: string }> = [];
  let emulated: TestSite | undefined;
  let owner: SPFI;
  let second: SecondUser | undefined;
  let secondMissing = '';

  if (site) {
    if (!token) throw new Error('CONFORMANCE_SITE is set but CONFORMANCE_TOKEN is not: run `npm run conformance -- --site <url>`');
    const siteUrl = site.replace(/\/+$/, '');
    owner = bearer(siteUrl, token);
    const token2 = process.env.CONFORMANCE_TOKEN_2;
    if (token2) second = { sp: bearer(siteUrl, token2), loginName: loginFromToken(token2) };
    else secondMissing = 'role tests need a second account: pass --token2 (CONFORMANCE_TOKEN_2)';
  } else {
    emulated = createTestSite();
    owner = emulated.spAs(emulated.adminLogin);
    const user = emulated.addUser(SECOND_EMAIL, 'Conformance Second', 'Hub Members');
    second = { sp: emulated.spAs(user.loginName), loginName: user.loginName };
  }
  const siteUrl = emulated ? emulated.siteUrl : (site as string).replace(/\/+$/, '');

  const target: Target = {
    kind: emulated ? 'emulator' : 'tenant',
    siteUrl,
    owner,
    second,
    secondMissing,
    prefix,
    seedTimeout: emulated ? 30000 : 30 * 60000,

    async createList(name) {
      const title = `${prefix}${name}`;
      tracked.push({ kind: 'list', name: title });
      await owner.web.lists.add(title, 'Digital Diplomacy Hub conformance run; safe to delete.', 100, false);
      return { title, list: owner.web.lists.getByTitle(title) };
    },

    async addIndexedText(list, name, unique = false) {
      // As provision does: create the column, then index it, then make it unique (SharePoint
      // refuses EnforceUniqueValues on a column that is not indexed).
      await list.fields.addText(name, { MaxLength: 255 });
      await list.fields.getByInternalNameOrTitle(name).update({ Indexed: true }, 'SP.Field');
      if (unique) await list.fields.getByInternalNameOrTitle(name).update({ EnforceUniqueValues: true }, 'SP.Field');
    },

    async seed(listTitle, rows) {
      if (!listTitle.startsWith(prefix)) throw new Error(`seed writes only to lists this run created, not ${listTitle}`);
      if (emulated) {
        emulated.emulator.seedItems(listTitle, rows);
        return;
      }
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        // PnPjs sends these as $batch requests of 20 (its default), the size the emulator accepts;
        // SharePoint is reported to take 100 (pnp/pnpcore #284), which a tenant run could settle.
        const [batched, execute] = owner.batched();
        // A fresh chain per add: a PnPjs instance belongs to one request.
        const adds = rows.slice(start, start + BATCH_SIZE).map((row) => batched.web.lists.getByTitle(listTitle).items.add(row));
        await execute();
        await Promise.all(adds);
      }
    },

    track(kind, name) {
      tracked.push({ kind, name });
    },

    async cleanup() {
      const failed: string[] = [];
      // Newest first: a list that looks up another goes before its target.
      for (const { kind, name } of tracked.slice().reverse()) {
        try {
          if (kind === 'list') await owner.web.lists.getByTitle(name).delete();
          else await owner.web.siteGroups.removeById((await owner.web.siteGroups.getByName(name).select('Id')<{ Id: number }>()).Id);
        } catch (error) {
          const status = (error as { status?: number }).status;
          if (status !== 404) failed.push(`${kind} ${name} (${status ?? String(error)})`);
        }
      }
      // Gone means SharePoint answers 404 for it now.
      for (const { kind, name } of tracked) {
        const read = kind === 'list' ? owner.web.lists.getByTitle(name).select('Id') : owner.web.siteGroups.getByName(name).select('Id');
        try {
          await read();
          if (!failed.some((f) => f.startsWith(`${kind} ${name} `))) failed.push(`${kind} ${name} (still there)`);
        } catch (error) {
          if ((error as { status?: number }).status !== 404) failed.push(`${kind} ${name} (${String(error)})`);
        }
      }
      tracked.length = 0;
      return failed;
    },

    async close() {
      const failed = await target.cleanup();
      if (emulated) emulated.dispose();
      if (failed.length) console.warn(`Conformance cleanup could not remove, do it by hand:\n  ${failed.join('\n  ')}`);
    }
  };
  return target;
}
