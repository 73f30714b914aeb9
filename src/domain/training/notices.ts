/**
 * Who must be told of what on a training session (#13 item 6), as pure rules; the e-mail itself is
 * sent by data/training/notices.ts.
 *
 * - **A seat.** Whoever now holds a seat they did not hold before a page's action — the person who
 *   just signed up, or the first in line when someone cancelled or an admin gave a seat — is told
 *   once, with the session's calendar file. Seats are derived, never stored (seats.ts), so "now
 *   holds a seat" is read off the allocations before and after the action.
 * - **A change.** When the time, the place, the meeting link or the session itself (a
 *   cancellation) changes, everyone then holding a place (a seat or a place in line) is told, with
 *   an updated or cancelling calendar file for those with a seat. People who signed up after the
 *   change already had the new facts, so they are not told again.
 */
import { allocateSeats, Registration, signedUpTooLate } from './seats';
import { Session } from './session';

export interface SeatNews<R extends Registration = Registration> {
  registration: R;
  /** The registration was waiting before (a seat from the waiting list), not a new sign-up. */
  fromWaitingList: boolean;
}

/** A session's registrations at one moment, with the session as it was then (its capacity may change). */
export interface SeatMoment<R extends Registration = Registration> {
  session: Session;
  registrations: readonly R[];
}

/**
 * Registrations that hold a seat after an action and did not before it: a sign-up, a seat freed by
 * a cancellation, a seat an admin gave or a larger capacity.
 */
export function newSeats<R extends Registration>(before: SeatMoment<R>, after: SeatMoment<R>): Array<SeatNews<R>> {
  if (after.session.cancelled) return [];
  const then = allocateSeats(before.session, before.registrations);
  const had = new Set(then.confirmed.map((r) => r.id));
  const waited = new Set(then.waiting.map((w) => w.registration.id));
  return (allocateSeats(after.session, after.registrations).confirmed as R[])
    .filter((r) => !had.has(r.id))
    .map((registration) => ({ registration, fromWaitingList: waited.has(registration.id) }));
}

/** Whether an edit changes what a registered person must know: the time, the place, the meeting link, a cancellation. */
export function changeMatters(before: Session, after: Session): boolean {
  const text = (value: string | undefined): string => (value || '').trim();
  return (
    before.start.getTime() !== after.start.getTime() ||
    before.end.getTime() !== after.end.getTime() ||
    text(before.place) !== text(after.place) ||
    text(before.onlineMeetingUrl) !== text(after.onlineMeetingUrl) ||
    before.cancelled !== after.cancelled
  );
}

export interface ChangeRecipients<R extends Registration = Registration> {
  /** Held a seat: they get the calendar file (an update, or a cancellation). */
  seated: R[];
  /** Were in line: they get the text only (no calendar entry to update). */
  waiting: R[];
}

/**
 * How far the admin's clock (ChangedAt) and the server's (a registration's Created) may disagree:
 * someone who signed up this close after a change is told too — a message twice is better than none.
 */
export const CLOCK_MARGIN_MS = 5 * 60 * 1000;

/**
 * Who is told of a change made at `changedAt`: everyone holding a place who signed up before it.
 * For a cancelled session, the places are those held just before the cancellation.
 */
export function changeRecipients<R extends Registration>(
  session: Session,
  registrations: readonly R[],
  changedAt: Date
): ChangeRecipients<R> {
  const before = registrations.filter((r) => r.registeredAt.getTime() < changedAt.getTime() + CLOCK_MARGIN_MS);
  const allocation = allocateSeats(
    { ...session, cancelled: false },
    before.filter((r) => !r.cancelled && !signedUpTooLate(session, r))
  );
  return { seated: allocation.confirmed as R[], waiting: allocation.waiting.map((w) => w.registration as R) };
}

/**
 * Whether a change is still untold. ToldAt holds the ChangedAt value that people were told of (not
 * the time of sending), so no two clocks are compared: any later change writes a new ChangedAt.
 */
export function changeUntold(
  announcement: { changedAt?: Date; toldAt?: Date } | undefined
): announcement is { changedAt: Date; toldAt?: Date } {
  return (
    !!announcement &&
    !!announcement.changedAt &&
    (!announcement.toldAt || announcement.toldAt.getTime() !== announcement.changedAt.getTime())
  );
}

/** The key of the record that a registration's seat was told of (DDH Training Messages). */
export function seatMessageKey(registrationId: number): string {
  return `seat:${registrationId}`;
}

/** The calendar file's SEQUENCE from the item's ETag (`"<version>"`, or `"<guid>,<version>"` for files): it grows with every change. */
export function sequenceOf(etag: string): number {
  const match = /(\d+)"?\s*$/.exec(etag);
  return match ? parseInt(match[1], 10) : 0;
}
