/** @jest-environment node */
import { createEmulator } from '../../workbench/emulator';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { createTestSite, spError, TestSite } from '../support/sp';

describe('faults, batches, snapshots', () => {
  // Every test gets its own site with a "Tasks" list holding one item, "first": none depends on another's writes.
  let site: TestSite;
  let sp: SPFI;
  let list: IList;
  const itemsUrl = (url: string): boolean => /\/items/i.test(url);

  beforeEach(async () => {
    site = createTestSite();
    sp = site.spAs(site.adminLogin);
    list = sp.web.lists.getByTitle('Tasks');
    await sp.web.lists.ensure('Tasks');
    await list.items.add({ Title: 'first' }); // also fetches and caches the request digest
  });
  afterEach(() => site.dispose());

  test('429 with Retry-After, then success: PnPjs retries', async () => {
    site.emulator.faults.failNext(2, { status: 429, retryAfterSeconds: 0, match: itemsUrl });
    const before = site.emulator.stats().requests;
    const rows = await list.items();
    expect(rows).toHaveLength(1);
    expect(site.emulator.stats().requests - before).toBe(3);
  });

  test('the throttling answer carries Retry-After', async () => {
    site.emulator.faults.failNext(1, { status: 429, retryAfterSeconds: 7 });
    const r = await site.emulator.handle(new Request(`${site.siteUrl}/_api/web`, { headers: { 'X-Emulator-User': site.adminLogin } }));
    expect(r.status).toBe(429);
    expect(r.headers.get('Retry-After')).toBe('7');
  });

  test('503 is retried; three in a row fail the call', async () => {
    site.emulator.faults.failNext(1, { status: 503, retryAfterSeconds: 0 });
    expect((await list.items.add({ Title: 'after 503' })).Title).toBe('after 503');
    site.emulator.faults.failNext(3, { status: 503, retryAfterSeconds: 0 });
    await expect(list.items()).rejects.toMatchObject({ status: 503 });
  });

  test('500 is not retried', async () => {
    site.emulator.faults.failNext(1, { status: 500, match: (url, method) => method === 'GET' && itemsUrl(url) });
    expect((await spError(list.items())).status).toBe(500);
    expect((await list.items()).map((r: { Title: string }) => r.Title)).toEqual(['first']);
  });

  test('a dropped connection rejects like fetch; PnPjs retries it, and gives up after three', async () => {
    site.emulator.faults.dropNext(1);
    expect((await list.items()).map((r: { Title: string }) => r.Title)).toEqual(['first']);
    site.emulator.faults.dropNext(3);
    await expect(list.items()).rejects.toThrow('fetch failed');
    site.emulator.faults.dropNext(1);
    await expect(site.emulator.handle(new Request(`${site.siteUrl}/_api/web`))).rejects.toBeInstanceOf(TypeError);
  });

  test('latency delays answers but keeps arrival order', async () => {
    // The delay on the emulator's own timer, with jest's clock: no answer before 30 ms, all three at 30 ms, in order.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      site.emulator.faults.setLatency(30);
      const answered: number[] = [];
      const calls = [1, 2, 3].map((n) =>
        site.emulator.handle(new Request(`${site.siteUrl}/_api/web`, { headers: { 'X-Emulator-User': site.adminLogin } })).then((r) => {
          answered.push(n);
          return r.status;
        })
      );
      await jest.advanceTimersByTimeAsync(29);
      expect(answered).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(await Promise.all(calls)).toEqual([200, 200, 200]);
      expect(answered).toEqual([1, 2, 3]);
    } finally {
      jest.useRealTimers();
    }
    // Through PnPjs: concurrent adds are processed in arrival order (consecutive ids).
    const added = await Promise.all([list.items.add({ Title: 'l1' }), list.items.add({ Title: 'l2' }), list.items.add({ Title: 'l3' })]);
    expect(added.map((a) => a.Id)).toEqual([added[0].Id, added[0].Id + 1, added[0].Id + 2]);
    expect(added.map((a) => a.Title)).toEqual(['l1', 'l2', 'l3']);
  });

  test('a $batch answers up to 100 requests in one request and refuses 101 (SharePoint Online, as PnP reports it)', async () => {
    const [hundred, sendHundred] = sp.batched({ maxRequests: 100 });
    const reads = Array.from({ length: 100 }, () =>
      hundred.web.lists.getByTitle('Tasks').items.select('Title')<Array<{ Title: string }>>()
    );
    const before = site.emulator.stats().requests;
    await sendHundred();
    expect((await Promise.all(reads)).every((rows) => rows[0].Title === 'first')).toBe(true);
    expect(site.emulator.stats().requests - before).toBe(1);

    // One more is refused as a whole: the batch's own answer is a 400 (its parts get no answers).
    const [tooMany, sendTooMany] = sp.batched({ maxRequests: 101 });
    for (let i = 0; i < 101; i++)
      tooMany.web.lists
        .getByTitle('Tasks')
        .items()
        .catch(() => undefined);
    expect((await spError(sendTooMany())).status).toBe(400);
  });

  test("$batch of GETs and writes answers each request (in order, with the batch caller's identity)", async () => {
    const [batched, execute] = sp.batched();
    const tasks = batched.web.lists.getByTitle('Tasks');
    const results: Record<string, unknown> = {};
    const before = site.emulator.stats().requests;
    const settled = [
      tasks.items
        .filter("Title eq 'B1'")
        .select('Title')()
        .then((r) => {
          results.getBefore = r.length;
        }),
      tasks.items.add({ Title: 'B1' }).then((r) => {
        results.add = r.Title;
      }),
      tasks.items
        .filter("Title eq 'B1'")
        .select('Title')()
        .then((r) => {
          results.getAfter = r.length;
        }),
      tasks.items
        .getById(1)
        .update({ Title: 'first (batched)' })
        .then((r) => {
          results.update = r.etag;
        }),
      batched.web.currentUser().then((u) => {
        results.me = u.Title;
      }),
      tasks.items.add({ Title: 'x', Nope: 1 }).catch((e: { status: number }) => {
        results.error = e.status;
      })
    ];
    await execute();
    await Promise.all(settled);
    expect(results).toEqual({ getBefore: 0, add: 'B1', getAfter: 1, update: '"2"', me: 'Site Admin', error: 400 });
    expect(site.emulator.stats().requests - before).toBe(1);
    expect((await list.items.getById(1)()).Title).toBe('first (batched)');
  });

  test('verbose JSON for callers that ask for it', async () => {
    const r = await site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/lists/getByTitle('Tasks')/items?$top=1&$select=Title`, {
        headers: { Accept: 'application/json;odata=verbose', 'X-Emulator-User': site.adminLogin }
      })
    );
    const json = await r.json();
    expect(json.d.results[0].Title).toBe('first');
    expect(json.d.results[0].__metadata.type).toBe('SP.Data.TasksListItem');
    const info = await (
      await site.emulator.handle(
        new Request(`${site.siteUrl}/_api/contextinfo`, {
          method: 'POST',
          headers: { Accept: 'application/json', 'X-Emulator-User': site.adminLogin }
        })
      )
    ).json();
    expect(typeof info.FormDigestValue).toBe('string');
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
  });

  test('snapshot → JSON → restore keeps lists, fields, items, indexes, users and permissions', async () => {
    await list.fields.addText('Code', { Indexed: true, EnforceUniqueValues: true });
    await list.items.add({ Title: 'coded', Code: 'C-1' });
    const visitor = site.addUser('v@contoso.onmicrosoft.com', 'V', 'Hub Visitors');
    const json = JSON.stringify(site.emulator.snapshot());
    const restored = createTestSite({ state: JSON.parse(json) });
    const again = restored.spAs(site.adminLogin);
    const rows = await again.web.lists.getByTitle('Tasks').items.filter("Code eq 'C-1'").select('Title')();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(['coded']);
    expect((await spError(again.web.lists.getByTitle('Tasks').items.add({ Title: 'dup', Code: 'c-1' }))).code).toContain(
      'SPDuplicateValuesFoundException'
    );
    expect((await spError(restored.spAs(visitor.loginName).web.lists.getByTitle('Tasks').items.add({ Title: 'v' }))).status).toBe(403);
    const next = await again.web.lists.getByTitle('Tasks').items.add({ Title: 'next' });
    const maxBefore = Math.max(...(await sp.web.lists.getByTitle('Tasks').items.select('Id')()).map((r: { Id: number }) => r.Id));
    expect(next.Id).toBe(maxBefore + 1);
    restored.dispose();
  });

  // How long seeding 100,000 items takes is measured by the bench (workbench/bench/emulator.ts), not asserted here.
  test('100,000 items seed and an indexed query reads only its rows', async () => {
    const big = createEmulator({ siteUrl: 'https://contoso.sharepoint.test/sites/bulk' });
    const sp2 = createTestSite({ siteUrl: 'https://contoso.sharepoint.test/sites/bulk2' });
    await sp2.spAs(sp2.adminLogin).web.lists.ensure('Huge');
    await sp2.spAs(sp2.adminLogin).web.lists.getByTitle('Huge').fields.addNumber('Bucket', { Indexed: true });
    expect(
      sp2.emulator.seedItems(
        'Huge',
        Array.from({ length: 100000 }, (_, i) => ({ Title: `r${i}`, Bucket: i % 1000 }))
      )
    ).toHaveLength(100000);
    const before = sp2.emulator.stats().rowsRead;
    const rows = await sp2.spAs(sp2.adminLogin).web.lists.getByTitle('Huge').items.filter('Bucket eq 7').select('Id').top(500)();
    expect(rows).toHaveLength(100);
    expect(sp2.emulator.stats().rowsRead - before).toBe(100);
    expect(big.siteUrl).toBe('https://contoso.sharepoint.test/sites/bulk');
    sp2.dispose();
  });
});
