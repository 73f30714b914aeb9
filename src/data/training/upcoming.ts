/**
 * Upcoming sessions with their seats, in ONE $batch round trip.
 *
 * Seats need a session's registrations, and reading them by the Session lookup needs the session
 * ids — known only after the sessions are read, which would make a second round trip. Instead
 * every registration carries its session's stamp (SessionStartsAt = the session's
 * OriginalStartsAt, copied at sign-up), so the batch that reads the first page of sessions also
 * reads "the registrations of sessions starting in [from, to)" for a few consecutive ranges of
 * the SessionStartsAt index. Each range is bounded on an indexed column, so it stays index-served
 * past the 5,000-item threshold; a range that holds more than 5,000 rows is refused on its own
 * (the other parts of the batch still answer) and only its sessions fall back.
 *
 * Trust: the participant writes SessionStartsAt, so it only locates rows. Rows are grouped by the
 * Session lookup and ordered by id (domain `allocateSeats`), exactly as the per-session read does:
 * a forged value either puts the row in another range, where it still counts for its own session,
 * or hides it from this summary (a hidden sign-up as if its author had cancelled, a hidden
 * cancellation as if they had not — their own row, for the summary only). Opening a
 * session re-reads it by the Session lookup, and every decision (sign-up answer, cancel, admin
 * table, export, My trainings) is made on that read.
 *
 * Falls back to the two-step path (a second $batch by Session lookup) for the sessions it cannot
 * vouch for, and says which and why: sessions with no stamp (created before schema v2; on a
 * site still at v1 that is every session and the range reads fail for the missing column), a
 * range the server refused, a stamp beyond the last range.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { REGISTRATION_FIELDS as R, TRAINING_LISTS } from '../../lists/trainingLists';
import { odataDate } from '../odata';
import { Page, readNextPage, readPage } from '../paging';
import { REGISTRATION_EXPAND, SEAT_SELECT, StoredRegistration, toRegistrations } from './rows';
import { SessionPage } from './sessions';

type Row = Record<string, unknown>;

/**
 * Ends of the ranges, in days from now; the first range starts where "upcoming" starts. Short
 * ranges first, where sessions are dense; a year in all. Six reads: with the viewer, permissions
 * and sessions the first view's batch holds nine requests, well within a batch's limit (the
 * emulator allows 20). The cost is every registration of the coming year (762 rows read on the
 * 100,000-registration test list), not only those of the page's 18 sessions.
 */
export const SEAT_RANGE_ENDS_DAYS: readonly number[] = [3, 10, 31, 92, 183, 366];

/** A range never holds more than the threshold and still answers, so one page normally carries it. */
const RANGE_TOP = 5000;
const DAY_MS = 24 * 3600 * 1000;

export type SeatFallbackReason =
  /** The session has no stamp (created before schema v2), so its rows cannot be found by range. */
  | 'noStamp'
  /** The range holding its stamp was refused (threshold, or no SessionStartsAt column: a v1 site). */
  | 'rangeRefused'
  /** Its stamp lies outside the ranges read (more than a year ahead, or before `from`). */
  | 'outsideRanges';

export interface UpcomingWithSeats {
  upcoming: SessionPage;
  /** Every registration of each session on the page, by session id (the Session lookup). */
  seats: Map<number, StoredRegistration[]>;
  /** Round trips after the first $batch: 0 when the batch carried everything. */
  extraRoundTrips: number;
  /** Sessions whose seats came through the per-session path instead, and why. */
  fallback: Array<{ sessionId: number; reason: SeatFallbackReason }>;
}

export interface SeatRange {
  from: Date;
  to: Date;
}

export function seatRanges(from: Date, now: Date): SeatRange[] {
  const ranges: SeatRange[] = [];
  let start = from;
  for (const days of SEAT_RANGE_ENDS_DAYS) {
    const end = new Date(now.getTime() + days * DAY_MS);
    if (end.getTime() > start.getTime()) ranges.push({ from: start, to: end });
    start = end;
  }
  return ranges;
}

type Settled = { ok: true; page: Page<Row> } | { ok: false; error: unknown };

export interface QueuedRange {
  range: SeatRange;
  answer: Promise<Settled>;
}

/** Adds the range reads to a batch (`batched` from `sp.batched()`); nothing is sent before it executes. */
export function queueSeatRanges(batched: SPFI, from: Date, now: Date): QueuedRange[] {
  return seatRanges(from, now).map((range) => {
    const items = batched.web.lists
      .getByTitle(TRAINING_LISTS.registrations.title)
      .items // One indexed column, bounded on both sides: the index serves it whatever the list's size.
      .filter(`${R.sessionStartsAt} ge ${odataDate(range.from)} and ${R.sessionStartsAt} lt ${odataDate(range.to)}`)
      .select(...SEAT_SELECT)
      .expand(...REGISTRATION_EXPAND)
      .top(RANGE_TOP);
    const answer = readPage(items).then(
      (page): Settled => ({ ok: true, page }),
      (error): Settled => ({ ok: false, error })
    );
    return { range, answer };
  });
}

export type PerSessionRead = (sessionIds: number[]) => Promise<Map<number, StoredRegistration[]>>;

/**
 * Once the batch has answered: the page's seats from the ranges, following a range's next link if
 * the server paged it, and the per-session read for the sessions no range vouches for.
 */
export async function seatsForPage(
  sp: SPFI,
  upcoming: SessionPage,
  queued: QueuedRange[],
  perSession: PerSessionRead
): Promise<UpcomingWithSeats> {
  let extraRoundTrips = 0;
  const rows: Row[] = [];
  const complete: SeatRange[] = [];
  for (const { range, answer } of queued) {
    const settled = await answer;
    if (!settled.ok) continue;
    let page = settled.page;
    rows.push(...page.rows);
    while (page.next) {
      extraRoundTrips++;
      page = await readNextPage(sp, page.next);
      rows.push(...page.rows);
    }
    complete.push(range);
  }
  const byId = new Map<number, StoredRegistration>();
  for (const registration of toRegistrations(rows)) byId.set(registration.id, registration);
  const bySession = new Map<number, StoredRegistration[]>();
  byId.forEach((registration) => {
    const list = bySession.get(registration.sessionId);
    if (list) list.push(registration);
    else bySession.set(registration.sessionId, [registration]);
  });

  const seats = new Map<number, StoredRegistration[]>();
  const fallback: UpcomingWithSeats['fallback'] = [];
  const inRange = (at: number, r: SeatRange): boolean => at >= r.from.getTime() && at < r.to.getTime();
  for (const { session, stamp } of upcoming.rows) {
    const at = stamp ? stamp.getTime() : NaN;
    let reason: SeatFallbackReason | undefined;
    if (!stamp || isNaN(at)) reason = 'noStamp';
    else if (complete.some((r) => inRange(at, r))) reason = undefined;
    else reason = queued.some((q) => inRange(at, q.range)) ? 'rangeRefused' : 'outsideRanges';
    if (reason) fallback.push({ sessionId: session.id, reason });
    else
      seats.set(
        session.id,
        (bySession.get(session.id) || []).sort((a, b) => a.id - b.id)
      );
  }
  if (fallback.length > 0) {
    extraRoundTrips++;
    const read = await perSession(fallback.map((f) => f.sessionId));
    read.forEach((registrations, id) => seats.set(id, registrations));
  }
  return { upcoming, seats, extraRoundTrips, fallback };
}
