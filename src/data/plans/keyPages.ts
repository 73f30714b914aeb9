/**
 * A page of one group's rows from a time key (src/lists/timeKeys.ts), newest first: one embassy's
 * approvals, or the plans still submitted. The group's range is read in its own index order up to
 * `$top` (docs/query-patterns.md row 19), so a page reads its rows and one more however old the
 * site is. Pages are cut at whole minutes (a key's unit): a page keeps the rows of every minute it
 * read to the end, and the next page starts before the oldest of them (`complete`).
 *
 * A range the threshold refuses (more than 5,000 rows in the group: an old, busy embassy or an
 * import) is read in windows of the key instead, a year each, halved while refused (row 11), at
 * most WINDOWS_PER_PAGE windows a page.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IItems } from '@pnp/sp/items';
import { TIME_KEY_EPOCH, timeKeyRange } from '../../lists/timeKeys';
import { toProblem } from '../errors';
import { Page, readPage } from '../paging';
import { Settled, settle } from '../settle';

const MINUTE = 60 * 1000;
const DAY = 24 * 3600 * 1000;
/** A window of a refused group: a year. */
const WINDOW = 365 * DAY;
/** Windows read at most per page of a refused group. */
const WINDOWS_PER_PAGE = 4;

export interface KeyQuery<T> {
  /** The list's items with their `$select` (and `$expand`), on the given client. */
  items(sp: SPFI): IItems;
  /** The time key column. */
  column: string;
  group: number;
  /** Clauses AND-ed after the range (they filter the range's rows; the range stays first). */
  and?: string;
  /** A row's time (ms), the one its key was made of. */
  timeOf(row: T): number;
}

export interface KeyPage<T> {
  /** Rows older than `before`, newest first. */
  rows: T[];
  /** Every row of the group from this time on (up to `before`) is in `rows`; undefined when the group was read to its start. */
  complete?: number;
}

/** The start of the minute after the one that holds `before - 1 ms`: a range up to it holds every row before `before`. */
function minuteEdge(before: number): number {
  return TIME_KEY_EPOCH + (Math.floor((before - 1 - TIME_KEY_EPOCH) / MINUTE) + 1) * MINUTE;
}

function rangeRead<T>(sp: SPFI, q: KeyQuery<T>, top: number, from?: number, before?: number): Promise<Page<T>> {
  const range = timeKeyRange(q.column, q.group, from, before === undefined ? undefined : minuteEdge(before));
  return readPage<T>(
    q
      .items(sp)
      .filter(q.and ? `${range} and ${q.and}` : range)
      .orderBy(q.column, false)
      .orderBy('ID', false)
      .top(top)
  );
}

/** The first read of a page (to travel in a `$batch`): the group's range before `before`, newest first, `top` rows. */
export function firstKeyRead<T>(sp: SPFI, q: KeyQuery<T>, top: number, before?: number): Promise<Settled<Page<T>>> {
  return settle(rangeRead(sp, q, top, undefined, before));
}

/**
 * What a read that filled its `$top` vouches for: the minutes it read to the end. Its oldest minute
 * may go on past the page; when the whole page is that one minute, the minute is read whole.
 */
async function fullPage<T>(sp: SPFI, q: KeyQuery<T>, rows: T[], before: number | undefined): Promise<KeyPage<T>> {
  const end = before ?? Infinity;
  const edge = minuteEdge(q.timeOf(rows[rows.length - 1]) + 1) - MINUTE;
  if (edge + MINUTE < end) return { rows: rows.filter((r) => q.timeOf(r) >= edge + MINUTE && q.timeOf(r) < end), complete: edge + MINUTE };
  const minute = await rangeRead(sp, q, 5000, edge, Math.min(edge + MINUTE, end));
  return { rows: minute.rows.filter((r) => q.timeOf(r) < end), complete: edge };
}

/**
 * A page of the group's rows before `before` (all when undefined), newest first, from `first`
 * (firstKeyRead's answer); a refused range is read in windows of the key back from `before` (or `now`).
 */
export async function keyPage<T>(
  sp: SPFI,
  q: KeyQuery<T>,
  top: number,
  first: Settled<Page<T>>,
  before: number | undefined,
  now: number
): Promise<KeyPage<T>> {
  const older = (rows: T[]): T[] => (before === undefined ? rows : rows.filter((r) => q.timeOf(r) < before));
  if (first.ok) {
    if (first.value.next || first.value.rows.length >= top) return fullPage(sp, q, first.value.rows, before);
    return { rows: older(first.value.rows) };
  }
  if ((await toProblem(first.error)).kind !== 'threshold') throw first.error;
  const rows: T[] = [];
  let upper = minuteEdge(before ?? now + DAY);
  let span = WINDOW;
  for (let windows = 0; windows < WINDOWS_PER_PAGE;) {
    const from = Math.max(TIME_KEY_EPOCH, upper - span);
    const read = await settle(rangeRead(sp, q, top - rows.length, from, upper));
    if (!read.ok) {
      if ((await toProblem(read.error)).kind !== 'threshold' || span <= MINUTE) throw read.error;
      span = Math.max(MINUTE, Math.floor(span / 2 / MINUTE) * MINUTE);
      continue;
    }
    windows++;
    const found = older(read.value.rows);
    if (read.value.next || read.value.rows.length >= top - rows.length) return fullPage(sp, q, [...rows, ...read.value.rows], before);
    rows.push(...found);
    upper = from;
    if (from <= TIME_KEY_EPOCH) return { rows };
  }
  return { rows, complete: upper };
}
