/** @jest-environment node */
/**
 * Time keys (src/lists/timeKeys.ts): "which one, then when" in one Number, so that one index range
 * reads one group's rows newest first; and set-up's v8 step, which fills them in on rows written
 * before the column existed (src/lists/migrations.ts `fillTimeKeys`), through @pnp/sp against the emulator.
 */
import { fillTimeKeys } from '../../src/lists/migrations';
import { isGroup, textGroup, timeKey, timeKeyRange, TimeKeySpec } from '../../src/lists/timeKeys';
import { createTestSite } from '../support/sp';

const at = (iso: string): number => Date.parse(iso);

test('a key orders by group, then by time, a minute at a time', () => {
  const a = timeKey(7, '2024-05-01T10:00:00Z') as number;
  const later = timeKey(7, '2024-05-01T10:01:00Z') as number;
  const sameMinute = timeKey(7, '2024-05-01T10:00:59Z') as number;
  const otherGroup = timeKey(8, '2001-01-01T00:00:00Z') as number;
  expect(later - a).toBe(1);
  expect(sameMinute).toBe(a);
  expect(otherGroup).toBeGreaterThan(timeKey(7, '2150-01-01T00:00:00Z') as number);
  expect(timeKey(9_999_999, '2189-12-31T00:00:00Z')).toBeLessThan(1e15);
  expect(Number.isSafeInteger(timeKey(9_999_999, '2189-12-31T00:00:00Z'))).toBe(true);
});

test('a row without a group or a time has no key', () => {
  expect(timeKey(null, '2024-05-01T10:00:00Z')).toBeNull();
  expect(timeKey(0, '2024-05-01T10:00:00Z')).toBeNull();
  expect(timeKey(1e7, '2024-05-01T10:00:00Z')).toBeNull();
  expect(timeKey(3, null)).toBeNull();
  expect(timeKey(3, '')).toBeNull();
  expect(timeKey(3, 'not a date')).toBeNull();
});

test("a text's group is stable, within range, and the same for the same words in any case or spacing", () => {
  const words = ['digiloikka', 'Some', 'twitter', 'Tokio', 'Suurlähetystö Tukholma', 'x'];
  for (const w of words) expect(isGroup(textGroup(w))).toBe(true);
  expect(textGroup(' Tokio ')).toBe(textGroup('tokio'));
  expect(textGroup('tokio')).not.toBe(textGroup('tokyo'));
  expect(textGroup('Suurlähetystö Tukholma')).toBe(textGroup('suurlähetystö tukholma'));
  // A thousand keywords spread over the groups: a shared group is rare (and only costs rows read).
  const groups = new Set(Array.from({ length: 1000 }, (_, i) => textGroup(`keyword${i}`)));
  expect(groups.size).toBeGreaterThanOrEqual(999);
});

test("a range covers a group's rows from a time to before another, in whole minutes", () => {
  const g = 42;
  expect(timeKeyRange('K', g)).toBe(`K ge ${g * 1e8} and K lt ${(g + 1) * 1e8}`);
  const range = timeKeyRange('K', g, at('2024-01-01T00:00:00Z'), at('2024-02-01T00:00:30Z'));
  const [, lower, upper] = /K ge (\d+) and K lt (\d+)/.exec(range) as RegExpExecArray;
  expect(Number(lower)).toBe(timeKey(g, '2024-01-01T00:00:00Z'));
  expect(Number(upper)).toBe(timeKey(g, '2024-02-01T00:00:00Z'));
  const inside = timeKey(g, '2024-01-31T23:59:00Z') as number;
  expect(inside >= Number(lower) && inside < Number(upper)).toBe(true);
});

test('set-up fills in the keys of rows written before the column, pages past 5,000 rows, and a second run writes nothing', async () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);
  await sp.web.lists.ensure('Things');
  const list = sp.web.lists.getByTitle('Things');
  await list.fields.addNumber('Owner', { Indexed: true });
  await list.fields.addDateTime('When');
  await list.fields.addNumber('OwnerTime', { Indexed: true });
  const rows = Array.from({ length: 6000 }, (_, i) => ({
    Title: `Thing ${i}`,
    Owner: i % 3 === 0 ? null : (i % 5) + 1,
    When: new Date(at('2020-01-01T00:00:00Z') + i * 3_600_000).toISOString(),
    // Some rows were written by a newer version already (their key is right).
    ...(i % 7 === 0 && i % 3 !== 0 ? { OwnerTime: timeKey((i % 5) + 1, at('2020-01-01T00:00:00Z') + i * 3_600_000) } : {})
  }));
  site.emulator.seedItems('Things', rows);
  const spec: TimeKeySpec = {
    list: 'Things',
    field: 'OwnerTime',
    from: ['Owner', 'When'],
    of: (row) => timeKey(row.Owner, row.When as string)
  };
  const alreadyRight = rows.filter((r) => 'OwnerTime' in r).length;
  expect(await fillTimeKeys(sp, [spec])).toBe(4000 - alreadyRight);
  expect(await fillTimeKeys(sp, [spec])).toBe(0);

  // Owner 2's newest rows, read as the app reads them: a range in its own order, a page.
  const before = site.emulator.stats().rowsRead;
  const page = await list.items.filter(timeKeyRange('OwnerTime', 2)).select('Id', 'Owner', 'When').orderBy('OwnerTime', false).top(10)();
  expect(page).toHaveLength(10);
  expect(page.every((r: { Owner: number }) => r.Owner === 2)).toBe(true);
  const times = page.map((r: { When: string }) => Date.parse(r.When));
  expect(times).toEqual([...times].sort((x, y) => y - x));
  expect(Math.max(...times)).toBe(Math.max(...rows.filter((r) => r.Owner === 2).map((r) => Date.parse(r.When))));
  expect(site.emulator.stats().rowsRead - before).toBe(11);
  site.dispose();
});
