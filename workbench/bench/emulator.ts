/**
 * The emulator's own speed at scale, measured here and not asserted in jest (tests assert
 * behaviour; how long something took depends on the machine and what else runs on it):
 * bulk-seeding 12,000 and 100,000 items into a list with indexed columns, and a member paging a
 * 100,000-item list where half the items sit in a folder they cannot read (unique folder scopes).
 * The behaviour of each (rows read, what is left out) is proven by tests/emulator.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/folders';
import '@pnp/sp/security/item';
import { createEmulator, Emulator } from '../emulator';

export interface EmulatorTiming {
  label: string;
  ms?: number;
  targetMs: number;
  error?: string;
}

/** @pnp/sp as `login`, its requests answered by `emulator` directly (no HTTP, no retries). */
function spAs(emulator: Emulator, login: string): SPFI {
  return spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': login }), (instance) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => emulator.handle(new Request(url, init)));
    return instance;
  });
}

const ADMIN = 'i:0#.f|membership|admin@contoso.onmicrosoft.com';

async function timed(label: string, targetMs: number, prepare: () => Promise<() => Promise<unknown> | unknown>): Promise<EmulatorTiming> {
  try {
    const run = await prepare();
    const started = performance.now();
    await run();
    return { label, ms: performance.now() - started, targetMs };
  } catch (error) {
    return { label, targetMs, error: (error as Error).message ?? String(error) };
  }
}

async function seeding(count: number, targetMs: number): Promise<EmulatorTiming> {
  return timed(`seed ${count.toLocaleString('en-US')} items (indexed Number and Text columns)`, targetMs, async () => {
    const emulator = createEmulator({ siteUrl: `https://contoso.sharepoint.test/sites/bench${count}` });
    const sp = spAs(emulator, ADMIN);
    await sp.web.lists.ensure('Huge');
    await sp.web.lists.getByTitle('Huge').fields.addNumber('Bucket', { Indexed: true });
    await sp.web.lists.getByTitle('Huge').fields.addText('Region', { Indexed: true });
    const rows = Array.from({ length: count }, (_, i) => ({ Title: `r${i}`, Bucket: i % 1000, Region: `R${i % 4}` }));
    return () => emulator.seedItems('Huge', rows);
  });
}

async function pagingWithFolderScopes(targetMs: number): Promise<EmulatorTiming> {
  return timed('a member pages 100,000 items by 5,000, half of them in a folder they cannot read', targetMs, async () => {
    const emulator = createEmulator({ siteUrl: 'https://contoso.sharepoint.test/sites/benchscopes', title: 'Hub' });
    const member = emulator.addUser({ email: 'mika.member@contoso.onmicrosoft.com', title: 'Mika Member' });
    emulator.addToGroup('Hub Members', member.loginName);
    const admin = spAs(emulator, ADMIN);
    await admin.web.lists.ensure('Big posts');
    const big = admin.web.lists.getByTitle('Big posts');
    await big.update({ EnableFolderCreation: true });
    for (const name of ['a', 'b']) await big.rootFolder.addSubFolderUsingPath(name);
    const sitePath = new URL(emulator.siteUrl).pathname;
    await (await admin.web.getFolderByServerRelativePath(`${sitePath}/Lists/Big posts/b`).getItem()).breakRoleInheritance(false);
    emulator.seedItems(
      'Big posts',
      Array.from({ length: 100000 }, (_, i) => ({ Title: `P${i}`, FileDirRef: i % 2 ? 'a' : 'b' }))
    );
    const asMember = spAs(emulator, member.loginName).web.lists.getByTitle('Big posts');
    return async () => {
      let seen = 0;
      for await (const page of asMember.items.select('Id', 'FileDirRef').top(5000)) seen += (page as unknown[]).length;
      if (seen !== 50001) throw new Error(`expected 50,001 rows, read ${seen}`);
    };
  });
}

/** Each measure once, one after another (they share the machine with nothing of ours). */
export async function measureEmulator(log: (line: string) => void): Promise<EmulatorTiming[]> {
  const results: EmulatorTiming[] = [];
  for (const measure of [() => seeding(12000, 5000), () => seeding(100000, 10000), () => pagingWithFolderScopes(5000)]) {
    const result = await measure();
    log(`emulator: ${result.label}: ${result.error ? `error: ${result.error}` : `${Math.round(result.ms ?? 0)} ms`}`);
    results.push(result);
  }
  return results;
}
