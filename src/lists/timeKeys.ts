/**
 * Time keys: one indexed Number column that holds "which one, then when" — an author and the
 * time of a post, a keyword and the time of its post, an embassy and the time of an approval —
 * so that one index range reads one author's (keyword's, embassy's) rows newest first and stops
 * at a page, however old the site is.
 *
 * Why a column of our own: with a one-column index on the author, SharePoint finds every row of
 * the author and then sorts them by date, so an author's first page reads all their rows
 * (docs/query-patterns.md row 6), more each year. SharePoint has compound indexes, but no REST
 * call creates one (only the on-premises object model's `SPList.FieldIndexes.Add`). A Number
 * column is built from documented patterns only: a range on an indexed Number column (row 2),
 * read in the column's own order and paged by the server's `odata.nextLink` (rows 9 and 19).
 *
 * The value: `group × 10^8 + minutes since 2000-01-01 UTC`. 10^8 minutes is 190 years, and a
 * group below 10^7 keeps every value below 10^15: an exact integer in a double (SharePoint's
 * Number) and printed in plain digits. A person or a lookup is its id; a text (a keyword, a unit,
 * an embassy) is a hash of the text as the search compares it. Two texts may share a hash; each
 * reader checks the text of what it reads (the feed's `acceptsPost`, the plans' `filterPlans`),
 * so a shared hash costs a few rows read, never a wrong answer.
 *
 * Hand-written: the hash is FNV-1a (32 bits, public domain), ten lines; no package does "a
 * stable number of a string" smaller than that.
 */

/** The schema version that brought the time keys; searches read them once a site has recorded it (set-up filled them in). */
export const TIME_KEYS_SINCE = 8;

/** Minutes are counted from here; nothing in the suite is older (src/data/feed/scan.ts FEED_EPOCH). */
export const TIME_KEY_EPOCH = Date.UTC(2000, 0, 1);
const MINUTE = 60 * 1000;
/** One group's span: 10^8 minutes. */
const SPAN = 1e8;
/** Groups are 1 … GROUPS - 1. */
const GROUPS = 1e7;

/** The minute of `at` since the epoch (a time before it counts as the epoch itself). */
function minuteOf(at: number): number {
  return Math.min(SPAN - 1, Math.max(0, Math.floor((at - TIME_KEY_EPOCH) / MINUTE)));
}

function timeOf(at: Date | string | number | null | undefined): number {
  if (at === null || at === undefined || at === '') return NaN;
  return typeof at === 'number' ? at : at instanceof Date ? at.getTime() : Date.parse(at);
}

/** Whether `group` can lead a key: a whole number 1 … 9,999,999 (an id, or `textGroup`'s answer). */
export function isGroup(group: unknown): group is number {
  return typeof group === 'number' && Number.isInteger(group) && group > 0 && group < GROUPS;
}

/** The key of a row of `group` at time `at`; null when either is missing (the row is in no range). */
export function timeKey(group: unknown, at: Date | string | number | null | undefined): number | null {
  const time = timeOf(at);
  if (!isGroup(group) || isNaN(time)) return null;
  return group * SPAN + minuteOf(time);
}

/**
 * The group of a text, 1 … 9,999,999: FNV-1a over its UTF-16 code units, of the text trimmed and
 * lower-cased (callers normalise further, as their search compares, before they ask).
 */
export function textGroup(text: string): number {
  const normal = text.trim().toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % (GROUPS - 1)) + 1;
}

/**
 * A `$filter` for the rows of `group` in [from, before): the whole group when both are absent.
 * Times inside one minute share a key, so a window's edges are whole minutes: a row in the
 * minute of `before` belongs to the next window (the one that starts there).
 */
export function timeKeyRange(column: string, group: number, from?: Date | number, before?: Date | number): string {
  const base = group * SPAN;
  const lower = from === undefined ? base : base + minuteOf(timeOf(from));
  const upper = before === undefined ? base + SPAN : base + minuteOf(timeOf(before));
  return `${column} ge ${lower} and ${column} lt ${upper}`;
}

/**
 * A time key column of a list: what it is made of, and how a row's key is worked out. Writes use
 * `of` on the values they save; set-up uses it to fill in rows written before the column existed
 * (src/lists/migrations.ts); the bench uses it on the rows it seeds.
 */
export interface TimeKeySpec {
  /** The list's title. */
  list: string;
  /** The Number column that holds the key. */
  field: string;
  /** The columns `of` reads, as a `$select` names them (a person or lookup as `<Field>Id`). */
  from: readonly string[];
  /** The key of a row, from its values; null when the row belongs to no range. */
  of(row: Readonly<Record<string, unknown>>): number | null;
}

/**
 * The keys `specs` give a row of the list titled `list`: each key column with its value. What a
 * write saves, what set-up compares with what a row holds, and what the bench seeds.
 */
export function timeKeysOf(
  specs: readonly TimeKeySpec[],
  list: string,
  row: Readonly<Record<string, unknown>>
): Record<string, number | null> {
  const keys: Record<string, number | null> = {};
  for (const spec of specs) if (spec.list === list) keys[spec.field] = spec.of(row);
  return keys;
}
