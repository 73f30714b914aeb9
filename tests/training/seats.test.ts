/** @jest-environment node */
import { allocateSeats, registrationStatus } from '../../src/domain/training';
import { createTrainingSite, TrainingSite } from './site';

const NOW = new Date('2030-01-15T09:00:00Z');

describe('sign-up through @pnp/sp against the emulator', () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
  });

  test('provisioning gives the admin the sessions list and staff only reading', async () => {
    const admin = await t.admin.training.firstView(NOW);
    const member = await t.member(1).training.firstView(NOW);
    expect(admin.viewer.isAdmin).toBe(true);
    expect(member.viewer.isAdmin).toBe(false);
    expect(member.viewer.title).toBe('Staff Member 1');
  });

  test.each([1, 2, 3])('round %i: 50 at once for 10 seats → 10 confirmed, 40 waiting in arrival order', async () => {
    const stored = await t.newSession({ capacity: 10 });
    const people = Array.from({ length: 50 }, (_, i) => t.member(100 + i));
    const results = await Promise.all(
      people.map((p) => p.training.registrations.signUp(stored, { id: p.id, title: p.title, email: p.email }, undefined, NOW))
    );
    expect(results.every((r) => r.outcome === 'signedUp')).toBe(true);

    const all = await t.admin.training.registrations.forSession(stored.session.id);
    expect(all).toHaveLength(50);
    const allocation = allocateSeats(stored.session, all);
    expect(allocation.confirmed).toHaveLength(10);
    expect(allocation.waiting).toHaveLength(40);
    expect(allocation.freeSeats).toBe(0);
    // Arrival order = item id order: seats to the 10 lowest ids, the line follows the ids.
    const ids = all.map((r) => r.id).sort((a, b) => a - b);
    expect(allocation.confirmed.map((r) => r.id)).toEqual(ids.slice(0, 10));
    expect(allocation.waiting.map((w) => w.registration.id)).toEqual(ids.slice(10));
    expect(allocation.waiting.map((w) => w.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // What each person was told right after signing up is what the final list says.
    for (const result of results) {
      if (result.outcome !== 'signedUp') continue;
      expect(
        registrationStatus(
          stored.session,
          all,
          all.find((r) => r.id === result.registration.id)
        )
      ).toEqual(result.status);
    }
    // Nobody holds two places.
    expect(new Set(all.map((r) => r.person.id)).size).toBe(50);
  });

  test('a cancellation gives the seat to the first in line, with no admin action', async () => {
    const stored = await t.newSession({ capacity: 2 });
    const [a, b, c, d] = [1, 2, 3, 4].map((n) => t.member(n));
    for (const p of [a, b, c, d]) await p.training.registrations.signUp(stored, p, undefined, NOW);
    let all = await b.training.registrations.forSession(stored.session.id);
    const mineB = all.find((r) => r.person.id === b.id);
    expect(await b.training.registrations.cancel(stored, mineB!, all, { now: NOW })).toEqual({ outcome: 'cancelled' });
    all = await a.training.registrations.forSession(stored.session.id);
    const allocation = allocateSeats(stored.session, all);
    expect(allocation.confirmed.map((r) => r.person.id)).toEqual([a.id, c.id]);
    expect(allocation.waiting.map((w) => [w.registration.person.id, w.position])).toEqual([[d.id, 1]]);
    expect(allocation.cancelled.map((r) => r.person.id)).toEqual([b.id]);
    // Signing up again is a new arrival: the end of the line, not the old seat.
    const again = await b.training.registrations.signUp(stored, b, undefined, NOW);
    expect(again.outcome).toBe('signedUp');
    expect(again.outcome === 'signedUp' && again.status).toEqual({ code: 'waiting', position: 2 });
  });

  test('a double sign-up, one after the other or at the same instant, keeps one place', async () => {
    const stored = await t.newSession({ capacity: 5 });
    const p = t.member(5);
    const first = await p.training.registrations.signUp(stored, p, undefined, NOW);
    const second = await p.training.registrations.signUp(stored, p, undefined, NOW);
    expect(first.outcome).toBe('signedUp');
    expect(second).toMatchObject({ outcome: 'alreadyRegistered', status: { code: 'confirmed' } });

    const q = t.member(6);
    const racing = await Promise.all([1, 2, 3, 4].map(() => q.training.registrations.signUp(stored, q, undefined, NOW)));
    expect(racing.filter((r) => r.outcome === 'signedUp')).toHaveLength(1);
    expect(racing.filter((r) => r.outcome === 'alreadyRegistered')).toHaveLength(3);
    const all = await q.training.registrations.forSession(stored.session.id);
    expect(all.filter((r) => r.person.id === q.id && !r.cancelled)).toHaveLength(1);
  });

  test('sign-up is refused after the deadline and for a cancelled session; a cancelled session frees everyone', async () => {
    const stored = await t.newSession({ capacity: 1 });
    const [a, b] = [7, 8].map((n) => t.member(n));
    await a.training.registrations.signUp(stored, a, undefined, NOW);
    await b.training.registrations.signUp(stored, b, undefined, NOW);
    const late = await b.training.registrations.signUp(stored, b, undefined, new Date('2030-03-09T00:00:00Z'));
    expect(late).toEqual({ outcome: 'refused', reason: 'deadlinePassed' });

    const cancelled = await t.admin.training.sessions.cancel(stored.session.id, stored.etag);
    expect(cancelled.session.cancelled).toBe(true);
    const mine = await a.training.myTrainings(a.id);
    const entry = mine.items.find((m) => m.session?.session.id === stored.session.id)!;
    expect(registrationStatus(entry.session!.session, entry.all, entry.registration)).toEqual({ code: 'sessionCancelled' });
    expect(await t.member(9).training.registrations.signUp(cancelled, t.member(9), undefined, NOW)).toEqual({
      outcome: 'refused',
      reason: 'sessionCancelled'
    });
  });
});
