/** @jest-environment node */
/**
 * A new index on a list above the threshold serves only after the emulator's clock passes the
 * build delay (vgrem/phpSPO #315), and a list above the configured size refuses a new index.
 */
import { createTestSite, spError } from '../support/sp';

describe('an index made on a large list', () => {
  let clock = Date.UTC(2026, 0, 5, 9);
  const site = createTestSite({ now: () => new Date(clock), indexBuilds: { buildDelayMs: 10 * 60_000, maxItemsForNewIndex: 20_000 } });
  const sp = site.spAs(site.adminLogin);
  afterAll(() => site.dispose());

  beforeAll(async () => {
    for (const [title, count] of [
      ['Large', 6000],
      ['Small', 100],
      ['Huge', 20_001]
    ] as const) {
      await sp.web.lists.ensure(title);
      await sp.web.lists.getByTitle(title).fields.addText('Code');
      site.emulator.seedItems(
        title,
        Array.from({ length: count }, (_, i) => ({ Title: `Row ${i}`, Code: `C${i % 7}` }))
      );
    }
  });

  test('is throttled until the build delay has passed on the emulator clock, then serves', async () => {
    const list = sp.web.lists.getByTitle('Large');
    await list.fields.getByInternalNameOrTitle('Code').update({ Indexed: true });
    // The column says it is indexed at once; queries that need the index are throttled meanwhile.
    expect((await list.fields.getByInternalNameOrTitle('Code').select('Indexed')<{ Indexed: boolean }>()).Indexed).toBe(true);
    expect((await spError(list.items.filter("Code eq 'C3'").select('Id').top(1)())).code).toContain('SPQueryThrottledException');
    expect((await spError(list.items.orderBy('Code').select('Id').top(1)())).status).toBe(500);
    clock += 9 * 60_000;
    expect((await spError(list.items.filter("Code eq 'C3'").select('Id').top(1)())).status).toBe(500);
    clock += 60_000;
    expect(await list.items.filter("Code eq 'C3'").select('Id').top(1)()).toHaveLength(1);
    expect(await list.items.orderBy('Code').select('Id').top(1)()).toHaveLength(1);
  });

  test('on a list under the threshold serves at once', async () => {
    const list = sp.web.lists.getByTitle('Small');
    await list.fields.getByInternalNameOrTitle('Code').update({ Indexed: true });
    expect(await list.items.filter("Code eq 'C3'").select('Id').top(1)()).toHaveLength(1);
  });

  test('is refused on a list above the configured size, and nothing changes', async () => {
    const list = sp.web.lists.getByTitle('Huge');
    const e = await spError(list.fields.getByInternalNameOrTitle('Code').update({ Indexed: true }));
    expect(e.status).toBe(500);
    expect(e.code).toContain('SPQueryThrottledException');
    expect((await list.fields.getByInternalNameOrTitle('Code').select('Indexed')<{ Indexed: boolean }>()).Indexed).toBe(false);
  });
});
