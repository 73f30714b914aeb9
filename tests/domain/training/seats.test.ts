import {
  allocateSeats,
  canCancel,
  canMarkAttendance,
  canSignUp,
  giveSeat,
  moveToFrontOfWaitingList,
  promotionOnCancel,
  registrationStatus,
  releasedSessionPersonKey,
  seatChanges,
  sessionPersonKey,
  statusesById,
  Registration
} from '../../../src/domain/training';
import { makeRegistrations, makeSession } from './fixtures';

const ids = (list: Registration[]): number[] => list.map((r) => r.id);

describe('allocateSeats', () => {
  it('gives 10 seats out of 50 registrations to the first 10 arrivals; 40 wait in arrival order', () => {
    const session = makeSession({ capacity: 10 });
    // Shuffled input: order must come from the ids, not from the array.
    const registrations = makeRegistrations(50).reverse();
    const allocation = allocateSeats(session, registrations);
    expect(allocation.confirmed).toHaveLength(10);
    expect(ids(allocation.confirmed)).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 109, 110]);
    expect(allocation.waiting).toHaveLength(40);
    expect(allocation.waiting.map((w) => w.registration.id)).toEqual(Array.from({ length: 40 }, (_, i) => 111 + i));
    expect(allocation.waiting.map((w) => w.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(allocation.freeSeats).toBe(0);
    expect(allocation.cancelled).toEqual([]);
  });

  it('counts free seats and ignores registrations of other sessions', () => {
    const session = makeSession({ capacity: 5 });
    const regs = makeRegistrations(3).concat(makeRegistrations(4, 8, 500));
    const allocation = allocateSeats(session, regs);
    expect(ids(allocation.confirmed)).toEqual([101, 102, 103]);
    expect(allocation.freeSeats).toBe(2);
    expect(allocation.waiting).toEqual([]);
  });

  it('never overbooks when two people take the last seat at the same moment: the lower id wins', () => {
    const session = makeSession({ capacity: 2 });
    const regs = makeRegistrations(3);
    regs[1].registeredAt = regs[2].registeredAt; // same second
    const allocation = allocateSeats(session, regs);
    expect(ids(allocation.confirmed)).toEqual([101, 102]);
    expect(allocation.waiting.map((w) => [w.registration.id, w.position])).toEqual([[103, 1]]);
  });

  it('leaves cancelled registrations out of the queue', () => {
    const session = makeSession({ capacity: 2 });
    const regs = makeRegistrations(4);
    regs[0].cancelled = true;
    const allocation = allocateSeats(session, regs);
    expect(ids(allocation.confirmed)).toEqual([102, 103]);
    expect(allocation.waiting.map((w) => w.registration.id)).toEqual([104]);
    expect(ids(allocation.cancelled)).toEqual([101]);
  });

  it('shows every registration as sessionCancelled when the session is cancelled', () => {
    const session = makeSession({ capacity: 2, cancelled: true });
    const regs = makeRegistrations(4);
    regs[3].cancelled = true;
    const allocation = allocateSeats(session, regs);
    expect(allocation.confirmed).toEqual([]);
    expect(allocation.waiting).toEqual([]);
    expect(ids(allocation.sessionCancelled)).toEqual([101, 102, 103, 104]);
    expect(allocation.freeSeats).toBe(0);
    expect(registrationStatus(session, regs, regs[0])).toEqual({ code: 'sessionCancelled' });
    expect(registrationStatus(session, regs, regs[3])).toEqual({ code: 'sessionCancelled' });
  });

  it('moves the latest seat holders back to waiting when capacity is lowered', () => {
    const regs = makeRegistrations(6);
    const before = allocateSeats(makeSession({ capacity: 5 }), regs);
    const after = allocateSeats(makeSession({ capacity: 3 }), regs);
    const changes = seatChanges(before, after);
    expect(ids(changes.demoted)).toEqual([104, 105]);
    expect(changes.promoted).toEqual([]);
    expect(after.waiting.map((w) => w.registration.id)).toEqual([104, 105, 106]);
  });
});

describe('registrationStatus', () => {
  const session = makeSession({ capacity: 2 });
  const regs = makeRegistrations(5);

  it('tells confirmed, waiting with position, cancelled and not registered apart', () => {
    expect(registrationStatus(session, regs, regs[1])).toEqual({ code: 'confirmed' });
    expect(registrationStatus(session, regs, regs[4])).toEqual({ code: 'waiting', position: 3 });
    expect(registrationStatus(session, regs, { ...regs[0], cancelled: true })).toEqual({ code: 'cancelled' });
    expect(registrationStatus(session, regs, undefined)).toEqual({ code: 'notRegistered' });
  });

  it('works for a registration not yet in the loaded list (just saved)', () => {
    const mine = makeRegistrations(1, 7, 999)[0];
    expect(registrationStatus(session, regs, mine)).toEqual({ code: 'waiting', position: 4 });
  });

  it('maps every status by id', () => {
    const map = statusesById(allocateSeats(session, regs));
    expect(map.get(101)).toEqual({ code: 'confirmed' });
    expect(map.get(103)).toEqual({ code: 'waiting', position: 1 });
    expect(map.size).toBe(5);
  });
});

describe('promotionOnCancel', () => {
  it('gives the freed seat to the first on the waiting list', () => {
    const session = makeSession({ capacity: 10 });
    const regs = makeRegistrations(50);
    const promoted = promotionOnCancel(session, regs, 104);
    expect(promoted && promoted.id).toBe(111);
    // And the derived allocation agrees once the cancellation is stored.
    const after = allocateSeats(
      session,
      regs.map((r) => (r.id === 104 ? { ...r, cancelled: true } : r))
    );
    expect(ids(after.confirmed)).toEqual([101, 102, 103, 105, 106, 107, 108, 109, 110, 111]);
    expect(after.waiting[0]).toEqual({ registration: regs[11], position: 1 });
    expect(after.waiting).toHaveLength(39);
  });

  it('promotes nobody when a waiting person cancels or nobody waits', () => {
    const session = makeSession({ capacity: 2 });
    expect(promotionOnCancel(session, makeRegistrations(4), 104)).toBeUndefined();
    expect(promotionOnCancel(session, makeRegistrations(2), 101)).toBeUndefined();
  });
});

describe('admin overrides', () => {
  it('moves a waiting person to the front without taking anyone’s seat', () => {
    const session = makeSession({ capacity: 3 });
    const regs = makeRegistrations(7);
    const move = moveToFrontOfWaitingList(session, regs, 106);
    expect(move).toEqual({ allowed: true, registrationId: 106, queueOrder: 103.5 });
    const moved = regs.map((r) => (r.id === 106 && move.allowed ? { ...r, queueOrder: move.queueOrder } : r));
    const allocation = allocateSeats(session, moved);
    expect(ids(allocation.confirmed)).toEqual([101, 102, 103]);
    expect(allocation.waiting.map((w) => w.registration.id)).toEqual([106, 104, 105, 107]);
    // The moved person gets the next free seat.
    expect(promotionOnCancel(session, moved, 102)!.id).toBe(106);
    // Later arrivals stay behind.
    const later = moved.concat(makeRegistrations(1, 7, 200));
    expect(allocateSeats(session, later).waiting.map((w) => w.registration.id)).toEqual([106, 104, 105, 107, 200]);
  });

  it('keeps moves in order when two people are moved one after the other', () => {
    const session = makeSession({ capacity: 1 });
    let regs = makeRegistrations(4);
    for (const id of [104, 103]) {
      const move = moveToFrontOfWaitingList(session, regs, id);
      if (!move.allowed) throw new Error(move.reason);
      regs = regs.map((r) => (r.id === id ? { ...r, queueOrder: move.queueOrder } : r));
    }
    const allocation = allocateSeats(session, regs);
    expect(ids(allocation.confirmed)).toEqual([101]);
    expect(allocation.waiting.map((w) => w.registration.id)).toEqual([103, 104, 102]);
  });

  it('refuses moves for seat holders, unknown ids and cancelled sessions', () => {
    const regs = makeRegistrations(4);
    expect(moveToFrontOfWaitingList(makeSession({ capacity: 2 }), regs, 101)).toEqual({ allowed: false, reason: 'alreadyConfirmed' });
    expect(moveToFrontOfWaitingList(makeSession({ capacity: 2 }), regs, 9)).toEqual({ allowed: false, reason: 'notRegistered' });
    const cancelled = regs.map((r) => (r.id === 104 ? { ...r, cancelled: true } : r));
    expect(moveToFrontOfWaitingList(makeSession({ capacity: 2 }), cancelled, 104)).toEqual({ allowed: false, reason: 'notWaiting' });
    expect(moveToFrontOfWaitingList(makeSession({ cancelled: true }), regs, 104)).toEqual({ allowed: false, reason: 'sessionCancelled' });
  });

  it('gives a seat by adding one and moving the person first in line', () => {
    const session = makeSession({ capacity: 2 });
    const regs = makeRegistrations(5);
    const grant = giveSeat(session, regs, 105);
    expect(grant).toEqual({ allowed: true, registrationId: 105, queueOrder: 102.5, capacity: 3 });
    if (!grant.allowed) return;
    const after = allocateSeats(
      { ...session, capacity: grant.capacity },
      regs.map((r) => (r.id === 105 ? { ...r, queueOrder: grant.queueOrder } : r))
    );
    expect(ids(after.confirmed)).toEqual([101, 102, 105]);
    expect(after.waiting.map((w) => w.registration.id)).toEqual([103, 104]);
  });
});

describe('sign-up and cancellation rules', () => {
  const session = makeSession(); // deadline 3 March 14:00Z, start 10 March 08:00Z
  const before = new Date('2026-03-01T12:00:00Z');
  const afterDeadline = new Date('2026-03-05T12:00:00Z');
  const afterStart = new Date('2026-03-10T08:00:00Z');
  const mine = makeRegistrations(1)[0];

  it('allows sign-up before the deadline, also when full (waiting list)', () => {
    expect(canSignUp(session, before)).toEqual({ allowed: true });
    expect(canSignUp(session, new Date('2026-03-03T14:00:00Z'))).toEqual({ allowed: true });
  });

  it('refuses with the reason', () => {
    expect(canSignUp(session, afterDeadline)).toEqual({ allowed: false, reason: 'deadlinePassed' });
    expect(canSignUp(session, afterStart)).toEqual({ allowed: false, reason: 'sessionStarted' });
    expect(canSignUp(session, before, mine)).toEqual({ allowed: false, reason: 'alreadyRegistered' });
    expect(canSignUp({ ...session, cancelled: true }, before)).toEqual({ allowed: false, reason: 'sessionCancelled' });
  });

  it('lets a person who cancelled sign up again (as a new registration)', () => {
    expect(canSignUp(session, before, { ...mine, cancelled: true })).toEqual({ allowed: true });
    expect(sessionPersonKey(7, 1000)).toBe('7:1000');
    expect(releasedSessionPersonKey(7, 1000, 101)).toBe('7:1000:cancelled:101');
  });

  it('uses the start as the deadline when none is set', () => {
    const noDeadline = makeSession({ signUpDeadline: undefined });
    expect(canSignUp(noDeadline, new Date('2026-03-10T07:59:00Z'))).toEqual({ allowed: true });
    expect(canSignUp(noDeadline, afterStart)).toEqual({ allowed: false, reason: 'sessionStarted' });
  });

  it('cancels until the deadline; waiting people and admins until the start', () => {
    expect(canCancel(session, before, mine)).toEqual({ allowed: true });
    expect(canCancel(session, afterDeadline, mine, { status: 'confirmed' })).toEqual({ allowed: false, reason: 'deadlinePassed' });
    expect(canCancel(session, afterDeadline, mine, { status: 'waiting' })).toEqual({ allowed: true });
    expect(canCancel(session, afterDeadline, mine, { asAdmin: true })).toEqual({ allowed: true });
    expect(canCancel(session, afterStart, mine, { asAdmin: true })).toEqual({ allowed: false, reason: 'sessionStarted' });
    expect(canCancel(session, before, undefined)).toEqual({ allowed: false, reason: 'notRegistered' });
    expect(canCancel(session, before, { ...mine, cancelled: true })).toEqual({ allowed: false, reason: 'alreadyCancelled' });
    expect(canCancel({ ...session, cancelled: true }, before, mine)).toEqual({ allowed: false, reason: 'sessionCancelled' });
  });

  it('marks attendance for seat holders from the start', () => {
    expect(canMarkAttendance(session, { code: 'confirmed' }, afterStart)).toEqual({ allowed: true });
    expect(canMarkAttendance(session, { code: 'confirmed' }, before)).toEqual({ allowed: false, reason: 'sessionNotStarted' });
    expect(canMarkAttendance(session, { code: 'waiting', position: 1 }, afterStart)).toEqual({ allowed: false, reason: 'notConfirmed' });
    expect(canMarkAttendance({ ...session, cancelled: true }, { code: 'confirmed' }, afterStart)).toEqual({
      allowed: false,
      reason: 'sessionCancelled'
    });
  });
});
