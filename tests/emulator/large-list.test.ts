/** @jest-environment node */
import { createTestSite, spError } from '../support/sp';

describe('a list above the 5,000-item list view threshold', () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);
  const list = sp.web.lists.getByTitle('Big');
  const COUNT = 12000;

  beforeAll(async () => {
    await sp.web.lists.ensure('Big');
    await list.fields.addText('Region', { Indexed: true });
    await list.fields.addText('Embassy');
    await list.fields.addNumber('Seq', { Indexed: true });
    await list.fields.addDateTime('Due', { Indexed: true });
    const regions = ['Europe', 'Asia', 'Africa', 'Americas'];
    const rows = Array.from({ length: COUNT }, (_, i) => ({
      Title: `Item ${i + 1}`,
      Region: i < 40 ? 'Arctic' : regions[i % 4],
      Embassy: `E${i % 90}`,
      Seq: (i * 7919) % COUNT,
      Due: new Date(Date.UTC(2026, 0, 1) + i * 3600000).toISOString()
    }));
    // How long seeding takes is measured by the bench (workbench/bench/emulator.ts), not asserted here.
    expect(site.emulator.seedItems('Big', rows)).toHaveLength(COUNT);
  });

  test('paging by id reaches every row exactly once', async () => {
    const seen = new Set<number>();
    let pages = 0;
    for await (const page of list.items.select('Id').top(500)) {
      pages++;
      for (const row of page as Array<{ Id: number }>) {
        expect(seen.has(row.Id)).toBe(false);
        seen.add(row.Id);
      }
    }
    expect(pages).toBe(24);
    expect(seen.size).toBe(COUNT);
  });

  test('paging ordered by an indexed column, descending, reaches every row once and in order', async () => {
    const seqs: number[] = [];
    const before = site.emulator.stats().rowsRead;
    for await (const page of list.items.select('Id', 'Seq').orderBy('Seq', false).top(500)) {
      for (const row of page as Array<{ Seq: number }>) seqs.push(row.Seq);
    }
    expect(seqs).toHaveLength(COUNT);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(COUNT);
    // Each page walks the index from the skiptoken: ~one row read per row returned, no scans.
    expect(site.emulator.stats().rowsRead - before).toBeLessThan(COUNT + 100);
  });

  test("the nextLink carries SharePoint's skiptoken", async () => {
    const response = await site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/lists/getByTitle('Big')/items?%24top=2&%24orderby=Seq+desc&%24select=Id`, {
        headers: { Accept: 'application/json', 'X-Emulator-User': site.adminLogin }
      })
    );
    const json = (await response.json()) as { 'odata.nextLink': string; value: Array<{ Id: number }> };
    const last = json.value[1].Id;
    expect(json['odata.nextLink']).toContain(`%24skiptoken=Paged%3dTRUE%26p_Seq%3d11998%26p_ID%3d${last}`);
  });

  test('an ordered nextLink writes a date as SharePoint does, and following it gives the next rows', async () => {
    const headers = { Accept: 'application/json', 'X-Emulator-User': site.adminLogin };
    const response = await site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/lists/getByTitle('Big')/items?%24top=2&%24orderby=Due&%24select=Id`, { headers })
    );
    const json = (await response.json()) as { 'odata.nextLink': string; value: Array<{ Id: number }> };
    expect(json.value.map((r) => r.Id)).toEqual([1, 2]);
    // Item 2 is due 2026-01-01 01:00 UTC: SharePoint's paging format is `yyyyMMdd HH:mm:ss`.
    expect(decodeURIComponent(json['odata.nextLink'])).toContain('$skiptoken=Paged=TRUE&p_Due=20260101 01:00:00&p_ID=2');
    const next = (await (await site.emulator.handle(new Request(json['odata.nextLink'], { headers }))).json()) as {
      value: Array<{ Id: number }>;
    };
    expect(next.value.map((r) => r.Id)).toEqual([3, 4]);
  });

  test('a $skiptoken the server did not issue is refused (stricter than SharePoint, on purpose)', async () => {
    // PnPjs's items.skip(id) hand-makes `Paged=TRUE&p_ID=<id>`, SharePoint's own format, for a row
    // that exists: still not a token the server issued.
    const e = await spError(list.items.select('Id').top(10).skip(100)());
    expect(e.status).toBe(400);
    expect(e.message).toContain('was not issued by this server');
    // A token issued for another list is not one for this list either.
    await sp.web.lists.ensure('Other');
    await sp.web.lists.getByTitle('Other').items.add({ Title: 'a' });
    await sp.web.lists.getByTitle('Other').items.add({ Title: 'b' });
    const link = await site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/lists/getByTitle('Other')/items?%24top=1&%24select=Id`, {
        headers: { Accept: 'application/json', 'X-Emulator-User': site.adminLogin }
      })
    );
    const token = /%24skiptoken=([^&]+)/.exec(((await link.json()) as { 'odata.nextLink': string })['odata.nextLink'])?.[1] ?? '';
    expect(decodeURIComponent(token)).toBe('Paged=TRUE&p_ID=1');
    const other = list.items.select('Id').top(10);
    other.query.set('$skiptoken', token);
    expect((await spError(other())).status).toBe(400);
  });

  test('a filter on a column without an index is throttled (HTTP 500 SPQueryThrottledException)', async () => {
    const e = await spError(list.items.filter("Embassy eq 'E5'")());
    expect(e.status).toBe(500);
    expect(e.code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(e.message).toBe('The attempted operation is prohibited because it exceeds the list view threshold.');
    expect((await spError(list.items.orderBy('Embassy')())).status).toBe(500);
    expect((await spError(list.items.filter("Embassy eq 'E5' and Region eq 'Arctic'")())).status).toBe(500);
  });

  test('the same filter on an indexed column is served by the index without scanning', async () => {
    const before = site.emulator.stats().rowsRead;
    const rows = await list.items.filter("Region eq 'Arctic' and Embassy eq 'E5'").select('Id', 'Title')();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(['Item 6']);
    expect(site.emulator.stats().rowsRead - before).toBe(40);
  });

  test('an indexed filter that selects more than 5,000 rows is still throttled', async () => {
    expect((await spError(list.items.filter("Region ne 'x'")())).status).toBe(500);
    expect((await spError(list.items.filter('Seq ge 0')())).status).toBe(500);
  });

  test('range on an indexed date column and on the id is served', async () => {
    const rows = await list.items
      .filter("Due ge '2026-01-02T00:00:00.000Z' and Due lt '2026-01-02T03:00:00.000Z'")
      .select('Id')
      .orderBy('Due')();
    expect(rows.map((r: { Id: number }) => r.Id)).toEqual([25, 26, 27]);
    const byId = await list.items.filter('ID gt 11998').select('Id')();
    expect(byId.map((r: { Id: number }) => r.Id)).toEqual([11999, 12000]);
  });

  test('a range read in its own index order stops at the page: rows read follow the page, not the range', async () => {
    // Seq holds every number below COUNT once; 2,000–4,999 is 3,000 rows, under the threshold.
    const before = site.emulator.stats().rowsRead;
    const page = await list.items.filter('Seq ge 2000 and Seq lt 5000').select('Id', 'Seq').orderBy('Seq', false).top(20)();
    expect(page.map((r: { Seq: number }) => r.Seq)).toEqual(Array.from({ length: 20 }, (_, i) => 4999 - i));
    expect(site.emulator.stats().rowsRead - before).toBe(21);
    // The same range in another order is sorted after the seek: every row of the range is read.
    const sorted = site.emulator.stats().rowsRead;
    await list.items.filter('Seq ge 2000 and Seq lt 5000').select('Id').orderBy('Due', false).top(20)();
    expect(site.emulator.stats().rowsRead - sorted).toBe(3000);
  });

  test('paging a range in its own order by the nextLink reaches each row once, in order', async () => {
    const seqs: number[] = [];
    for await (const page of list.items
      .filter('Seq ge 100 and Seq lt 1100')
      .select('Id', 'Seq')
      .orderBy('Seq', true)
      .orderBy('ID', true)
      .top(300)) {
      for (const row of page as Array<{ Seq: number }>) seqs.push(row.Seq);
    }
    expect(seqs).toEqual(Array.from({ length: 1000 }, (_, i) => 100 + i));
  });

  test('one value read by id walks the index: the newest rows of a value, a page at a time', async () => {
    const before = site.emulator.stats().rowsRead;
    const ids: number[] = [];
    for await (const page of list.items.filter("Region eq 'Arctic'").select('Id').orderBy('ID', false).top(15)) {
      for (const row of page as Array<{ Id: number }>) ids.push(row.Id);
    }
    expect(ids).toEqual(Array.from({ length: 40 }, (_, i) => 40 - i));
    // Three pages of 15, 15 and 10: each reads its rows and one more to know there is more.
    expect(site.emulator.stats().rowsRead - before).toBe(42);
  });

  test('a range in its own order that matches more than 5,000 rows is still throttled', async () => {
    expect((await spError(list.items.filter('Seq ge 1000').orderBy('Seq', false).top(10)())).status).toBe(500);
  });

  test('$top above 5,000 is refused on a large list', async () => {
    expect((await spError(list.items.top(5001)())).status).toBe(500);
    expect(await list.items.select('Id').top(5000)()).toHaveLength(5000);
  });
});
