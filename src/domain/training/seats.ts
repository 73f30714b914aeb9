/**
 * Seats and the waiting list, derived — never stored.
 *
 * A Registration is one list item per (session, person). Its status is a pure function of the
 * session's capacity and its registrations: among those not cancelled, ordered by place in the
 * queue, the first `capacity` hold a seat and the rest wait in that order. Because the order
 * comes from the server (item ids grow in arrival order), two people taking the last seat at
 * the same moment can never both get it, and a freed seat goes to the first in line with no
 * admin action and no second write that could fail half-way.
 */
import { Person, Session, signUpClosesAt } from './session';

export type Attendance = 'attended' | 'noShow';

export interface Participant extends Person {
  /** Unit or embassy, as the directory gives it. */
  unit?: string;
}

export interface Registration {
  /** SharePoint item id: strictly increasing in arrival order, assigned by the server. */
  id: number;
  sessionId: number;
  person: Participant;
  registeredAt: Date;
  cancelled: boolean;
  cancelledAt?: Date;
  /**
   * Admin override of the place in the queue. Absent = the item id (arrival order). Written only
   * by `moveToFrontOfWaitingList` / `giveSeat`, which pick a value between two neighbours so that
   * nobody holding a seat is ever pushed out by a move.
   */
  queueOrder?: number;
  attendance?: Attendance;
  /**
   * An admin (someone who manages the list) was the last to change the row. Such a row holds a
   * place even when it was created after the sign-up deadline: the admin vouched for it.
   */
  adminWritten?: boolean;
}

export type RegistrationStatus =
  | { code: 'confirmed' }
  | { code: 'waiting'; position: number }
  | { code: 'cancelled' }
  | { code: 'sessionCancelled' }
  | { code: 'notRegistered' };

export type RegistrationStatusCode = RegistrationStatus['code'];

export interface WaitingPlace {
  registration: Registration;
  /** 1-based place on the waiting list. */
  position: number;
}

export interface SeatAllocation {
  confirmed: Registration[];
  waiting: WaitingPlace[];
  /** Cancelled by the person or an admin, oldest registration first. */
  cancelled: Registration[];
  /** All registrations of a session that was itself cancelled (then the other lists are empty). */
  sessionCancelled: Registration[];
  freeSeats: number;
}

/**
 * The `SessionPerson` locator "<sessionId>:<personId>", indexed so a person's rows for a session
 * are found directly. Up to schema v3 it was a unique key; from v4 it decides nothing (anyone may
 * write anyone's key): one registration per person follows from the server-set Author and Id.
 */
export function sessionPersonKey(sessionId: number, personId: number): string {
  return `${sessionId}:${personId}`;
}

/**
 * The key a registration got when its author cancelled it by editing it (schema v3 and before, when
 * the key was unique). Kept to read rows of that time; v4 sites cancel with a row of their own.
 */
export function releasedSessionPersonKey(sessionId: number, personId: number, registrationId: number): string {
  return `${sessionId}:${personId}:cancelled:${registrationId}`;
}

function queueKey(registration: Registration): number {
  return typeof registration.queueOrder === 'number' && isFinite(registration.queueOrder) ? registration.queueOrder : registration.id;
}

function byQueue(a: Registration, b: Registration): number {
  return queueKey(a) - queueKey(b) || a.id - b.id;
}

/**
 * Whether a registration was created too late to hold a place: after the sign-up deadline (or the
 * start) by the server's clock (`registeredAt` is SharePoint's Created), and no admin vouched for
 * it. The app refuses such a sign-up in the browser; this is the rule for one sent through REST.
 */
export function signedUpTooLate(session: Session, registration: Registration): boolean {
  return !registration.adminWritten && registration.registeredAt.getTime() > signUpClosesAt(session).getTime();
}

export function allocateSeats(session: Session, registrations: readonly Registration[]): SeatAllocation {
  const own = registrations.filter((registration) => registration.sessionId === session.id);
  // A cancelled session frees everyone: every registration shows as sessionCancelled.
  if (session.cancelled) {
    const all = own.slice().sort((a, b) => a.id - b.id);
    return { confirmed: [], waiting: [], cancelled: [], sessionCancelled: all, freeSeats: 0 };
  }
  // A registration that came too late holds no place: it is listed with the cancelled ones.
  const holdsPlace = (r: Registration): boolean => !r.cancelled && !signedUpTooLate(session, r);
  const cancelled = own.filter((registration) => !holdsPlace(registration)).sort((a, b) => a.id - b.id);
  const active = own.filter(holdsPlace).sort(byQueue);
  const capacity = Math.max(0, Math.floor(session.capacity) || 0);
  const confirmed = active.slice(0, capacity);
  const waiting = active.slice(capacity).map((registration, index) => ({ registration, position: index + 1 }));
  return { confirmed, waiting, cancelled, sessionCancelled: [], freeSeats: capacity - confirmed.length };
}

/** Every registration's status by item id, for admin tables and exports. */
export function statusesById(allocation: SeatAllocation): Map<number, RegistrationStatus> {
  const statuses = new Map<number, RegistrationStatus>();
  allocation.confirmed.forEach((r) => statuses.set(r.id, { code: 'confirmed' }));
  allocation.waiting.forEach((w) => statuses.set(w.registration.id, { code: 'waiting', position: w.position }));
  allocation.cancelled.forEach((r) => statuses.set(r.id, { code: 'cancelled' }));
  allocation.sessionCancelled.forEach((r) => statuses.set(r.id, { code: 'sessionCancelled' }));
  return statuses;
}

export function registrationStatus(
  session: Session,
  registrations: readonly Registration[],
  registration: Registration | undefined
): RegistrationStatus {
  if (!registration) return { code: 'notRegistered' };
  if (session.cancelled) return { code: 'sessionCancelled' };
  if (registration.cancelled) return { code: 'cancelled' };
  const others = registrations.filter((r) => r.id !== registration.id);
  const allocation = allocateSeats(session, others.concat([registration]));
  return statusesById(allocation).get(registration.id) || { code: 'notRegistered' };
}

export interface SeatChanges {
  /** Moved from the waiting list (or from nowhere) into a seat. */
  promoted: Registration[];
  /** Moved out of a seat back to the waiting list, e.g. when capacity is lowered. */
  demoted: Registration[];
}

export function seatChanges(before: SeatAllocation, after: SeatAllocation): SeatChanges {
  const had = new Set(before.confirmed.map((r) => r.id));
  const has = new Set(after.confirmed.map((r) => r.id));
  const stillActive = new Set(after.waiting.map((w) => w.registration.id));
  return {
    promoted: after.confirmed.filter((r) => !had.has(r.id) && before.waiting.some((w) => w.registration.id === r.id)),
    demoted: before.confirmed.filter((r) => !has.has(r.id) && stillActive.has(r.id))
  };
}

/** Who gets the seat when `registrationId` cancels; undefined when nobody moves up. */
export function promotionOnCancel(
  session: Session,
  registrations: readonly Registration[],
  registrationId: number
): Registration | undefined {
  const before = allocateSeats(session, registrations);
  const after = allocateSeats(
    session,
    registrations.map((r) => (r.id === registrationId ? { ...r, cancelled: true } : r))
  );
  return seatChanges(before, after).promoted[0];
}

export type SignUpRefusal = 'sessionCancelled' | 'alreadyRegistered' | 'sessionStarted' | 'deadlinePassed';
export type CancelRefusal = 'notRegistered' | 'alreadyCancelled' | 'sessionCancelled' | 'sessionStarted' | 'deadlinePassed';
export type AttendanceRefusal = 'sessionCancelled' | 'notConfirmed' | 'sessionNotStarted';

export type Check<Reason extends string> = { allowed: true } | { allowed: false; reason: Reason };

function refuse<Reason extends string>(reason: Reason): Check<Reason> {
  return { allowed: false, reason };
}
const ALLOWED = { allowed: true } as const;

/**
 * Whether a person may sign up. A full session is no refusal: they go to the waiting list.
 * `existingRegistration` is the person's registration for this session, if any.
 */
export function canSignUp(session: Session, now: Date, existingRegistration?: Registration): Check<SignUpRefusal> {
  if (session.cancelled) return refuse('sessionCancelled');
  if (existingRegistration && !existingRegistration.cancelled) return refuse('alreadyRegistered');
  if (now.getTime() >= session.start.getTime()) return refuse('sessionStarted');
  if (now.getTime() > signUpClosesAt(session).getTime()) return refuse('deadlinePassed');
  return ALLOWED;
}

export interface CancelOptions {
  /** The registration's current status; someone only waiting may leave until the start. */
  status?: RegistrationStatusCode;
  /** Training admins may cancel anyone's registration until the session starts. */
  asAdmin?: boolean;
}

/**
 * Whether a registration may be cancelled. People cancel themselves until the sign-up deadline
 * (after it the organiser has planned with the list). Leaving the waiting list harms nobody, so
 * that stays open until the start; admins may cancel until the start too.
 */
export function canCancel(
  session: Session,
  now: Date,
  registration: Registration | undefined,
  options: CancelOptions = {}
): Check<CancelRefusal> {
  if (!registration) return refuse('notRegistered');
  if (registration.cancelled) return refuse('alreadyCancelled');
  if (session.cancelled) return refuse('sessionCancelled');
  if (now.getTime() >= session.start.getTime()) return refuse('sessionStarted');
  const untilStart = options.asAdmin || options.status === 'waiting';
  if (!untilStart && now.getTime() > signUpClosesAt(session).getTime()) return refuse('deadlinePassed');
  return ALLOWED;
}

/** Attendance is marked for seat holders, from the session's start on. */
export function canMarkAttendance(session: Session, status: RegistrationStatus, now: Date): Check<AttendanceRefusal> {
  if (session.cancelled) return refuse('sessionCancelled');
  if (status.code !== 'confirmed') return refuse('notConfirmed');
  if (now.getTime() < session.start.getTime()) return refuse('sessionNotStarted');
  return ALLOWED;
}

export type QueueMoveRefusal = 'notRegistered' | 'notWaiting' | 'alreadyConfirmed' | 'sessionCancelled' | 'noRoomInQueue';

export type QueueMove = { allowed: true; registrationId: number; queueOrder: number } | { allowed: false; reason: QueueMoveRefusal };

/**
 * Admin override: put a waiting registration first on the waiting list. The new queue value
 * lies strictly between the last seat holder and the current first in line, so no seat holder
 * is pushed out and later arrivals (higher ids) stay behind.
 */
export function moveToFrontOfWaitingList(session: Session, registrations: readonly Registration[], registrationId: number): QueueMove {
  if (session.cancelled) return { allowed: false, reason: 'sessionCancelled' };
  const allocation = allocateSeats(session, registrations);
  if (allocation.confirmed.some((r) => r.id === registrationId)) return { allowed: false, reason: 'alreadyConfirmed' };
  const place = allocation.waiting.find((w) => w.registration.id === registrationId);
  if (!place) {
    const known = registrations.some((r) => r.id === registrationId);
    return { allowed: false, reason: known ? 'notWaiting' : 'notRegistered' };
  }
  const first = allocation.waiting[0].registration;
  if (first.id === registrationId) return { allowed: true, registrationId, queueOrder: queueKey(first) };
  const lastSeat = allocation.confirmed[allocation.confirmed.length - 1];
  const low = lastSeat ? queueKey(lastSeat) : queueKey(first) - 2;
  const high = queueKey(first);
  const middle = low + (high - low) / 2;
  // Floating point runs out after ~50 moves into the same gap; say so rather than reorder others.
  if (!(middle > low && middle < high)) return { allowed: false, reason: 'noRoomInQueue' };
  return { allowed: true, registrationId, queueOrder: middle };
}

export type SeatGrant =
  { allowed: true; registrationId: number; queueOrder: number; capacity: number } | { allowed: false; reason: QueueMoveRefusal };

/**
 * Admin override: give a waiting person a seat by adding one seat for them. Write the
 * registration's queueOrder first and the session's capacity second: if the second write fails,
 * the person is merely first in line.
 */
export function giveSeat(session: Session, registrations: readonly Registration[], registrationId: number): SeatGrant {
  const move = moveToFrontOfWaitingList(session, registrations, registrationId);
  if (!move.allowed) return move;
  return { ...move, capacity: allocateSeats(session, registrations).confirmed.length + 1 };
}
