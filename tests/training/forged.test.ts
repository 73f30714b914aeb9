/** @jest-environment node */
/**
 * Rows written through REST to the registrations list, which every member of staff may add to:
 * what a forged row may change and what it may not. Only server-set facts (Author, Created, Id)
 * and an admin's change decide; a row never counts for anyone but its author.
 */
import { allocateSeats, registrationStatus, sessionPersonKey } from '../../src/domain/training';
import { REGISTRATION_FIELDS as R, TRAINING_LISTS } from '../../src/lists/trainingLists';
import { spError } from '../support/sp';
import { createTrainingSite, Person, TrainingSite } from './site';

const NOW = new Date('2030-01-15T09:00:00Z');

describe('forged registration rows', () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
  });

  const rowsAs = (who: Person) => t.site.spAs(who.loginName).web.lists.getByTitle(TRAINING_LISTS.registrations.title).items;
  /** A sign-up row as REST lets anyone write it: any participant, any key. */
  const forgedRow = (sessionId: number, participantId: number, extra: Record<string, unknown> = {}) => ({
    Title: 'forged',
    [`${R.session}Id`]: sessionId,
    [`${R.participant}Id`]: participantId,
    [R.sessionPerson]: sessionPersonKey(sessionId, participantId),
    [R.cancelled]: false,
    ...extra
  });

  test('a row written for someone else neither gives them a place nor blocks their own sign-up', async () => {
    const stored = await t.newSession({ capacity: 1 });
    const [squatter, victim, third] = [1, 2, 3].map((n) => t.member(n));
    // The squatter writes the victim's participant id and exact key, before the victim signs up.
    await rowsAs(squatter).add(forgedRow(stored.session.id, victim.id));
    let all = await third.training.registrations.forSession(stored.session.id);
    expect(all).toEqual([]);
    expect(allocateSeats(stored.session, all).freeSeats).toBe(1);

    const signed = await victim.training.registrations.signUp(stored, victim, undefined, NOW);
    expect(signed.outcome).toBe('signedUp');
    expect(signed.outcome === 'signedUp' && signed.status).toEqual({ code: 'confirmed' });
    all = await third.training.registrations.forSession(stored.session.id);
    expect(allocateSeats(stored.session, all).confirmed.map((r) => r.person.id)).toEqual([victim.id]);
  });

  test('a cancellation row written for someone else does not cancel them', async () => {
    const stored = await t.newSession({ capacity: 1 });
    const [holder, rival] = [4, 5].map((n) => t.member(n));
    await holder.training.registrations.signUp(stored, holder, undefined, NOW);
    await rival.training.registrations.signUp(stored, rival, undefined, NOW);
    await rowsAs(rival).add(forgedRow(stored.session.id, holder.id, { [R.cancelled]: true, [R.cancelledAt]: NOW.toISOString() }));
    const all = await holder.training.registrations.forSession(stored.session.id);
    expect(allocateSeats(stored.session, all).confirmed.map((r) => r.person.id)).toEqual([holder.id]);
  });

  test('one registration per person: duplicates sent at once collapse to the first, and the last seat is never overbooked', async () => {
    const stored = await t.newSession({ capacity: 2 });
    const [eager, other1, other2] = [6, 7, 8].map((n) => t.member(n));
    const results = await Promise.all([
      eager.training.registrations.signUp(stored, eager, undefined, NOW),
      eager.training.registrations.signUp(stored, eager, undefined, NOW),
      rowsAs(eager).add(forgedRow(stored.session.id, eager.id)),
      other1.training.registrations.signUp(stored, other1, undefined, NOW),
      other2.training.registrations.signUp(stored, other2, undefined, NOW)
    ]);
    const all = await other1.training.registrations.forSession(stored.session.id);
    expect(all.filter((r) => r.person.id === eager.id)).toHaveLength(1);
    const seats = allocateSeats(stored.session, all);
    expect(seats.confirmed).toHaveLength(2);
    expect(seats.confirmed.length + seats.waiting.length).toBe(3);
    // Both of the eager person's answers name the one registration that counts.
    const eagerIds = results.slice(0, 2).map((r) => (r as { registration?: { id: number } }).registration?.id);
    expect(new Set(eagerIds)).toEqual(new Set([all.find((r) => r.person.id === eager.id)!.id]));
  });

  test('after cancelling, signing up again joins the end of the line; a sign-up row sent while registered counts for nothing', async () => {
    const stored = await t.newSession({ capacity: 1 });
    const [me, next] = [9, 10].map((n) => t.member(n));
    const first = await me.training.registrations.signUp(stored, me, undefined, NOW);
    // An early spare row, added while registered, hoping to keep the early place after a cancel.
    await rowsAs(me).add(forgedRow(stored.session.id, me.id));
    await next.training.registrations.signUp(stored, next, undefined, NOW);
    let all = await me.training.registrations.forSession(stored.session.id);
    const mine = all.find((r) => r.person.id === me.id && !r.cancelled)!;
    expect(mine.id).toBe(first.outcome === 'signedUp' ? first.registration.id : -1);
    expect(await me.training.registrations.cancel(stored, mine, all, { now: NOW })).toEqual({ outcome: 'cancelled' });
    all = await me.training.registrations.forSession(stored.session.id);
    expect(allocateSeats(stored.session, all).confirmed.map((r) => r.person.id)).toEqual([next.id]);
    expect(
      registrationStatus(
        stored.session,
        all,
        all.find((r) => r.id === mine.id)
      )
    ).toEqual({ code: 'cancelled' });

    const again = await me.training.registrations.signUp(stored, me, undefined, NOW);
    expect(again.outcome === 'signedUp' && again.status).toEqual({ code: 'waiting', position: 1 });
    // The first view (one $batch, rows found by range) reads the cancellation row too: the same seats.
    const view = await me.training.firstView(NOW);
    expect(view.fallback).toEqual([]);
    const summary = allocateSeats(stored.session, view.seats.get(stored.session.id) || []);
    expect(summary.confirmed.map((r) => r.person.id)).toEqual([next.id]);
    expect(summary.waiting.map((w) => w.registration.person.id)).toEqual([me.id]);
  });

  test("changing one's own registration, even a harmless column, is refused by the server and the seat stays", async () => {
    const stored = await t.newSession({ capacity: 1 });
    const me = t.member(11);
    const signed = await me.training.registrations.signUp(stored, me, 'Embassy in Oslo', NOW);
    const id = signed.outcome === 'signedUp' ? signed.registration.id : 0;
    // As SharePoint's own list form would send it.
    const refused = await spError(
      rowsAs(me)
        .getById(id)
        .update({ [R.unit]: 'Embassy in Bergen' })
    );
    expect(refused.status).toBe(403);
    expect((await spError(rowsAs(me).getById(id).delete())).status).toBe(403);
    const all = await me.training.registrations.forSession(stored.session.id);
    const mine = all.find((r) => r.id === id);
    expect(mine?.person.unit).toBe('Embassy in Oslo');
    expect(registrationStatus(stored.session, all, mine)).toEqual({ code: 'confirmed' });
  });

  test('My trainings lists what I wrote, one entry per session with its status; rows others wrote in my name do not appear', async () => {
    const [kept, left, foreign] = await Promise.all([
      t.newSession({ title: 'Kept' }),
      t.newSession({ title: 'Left' }),
      t.newSession({ title: 'Foreign' })
    ]);
    const [me, other] = [14, 15].map((n) => t.member(n));
    await me.training.registrations.signUp(kept, me, undefined, NOW);
    await me.training.registrations.signUp(left, me, undefined, NOW);
    const all = await me.training.registrations.forSession(left.session.id);
    await me.training.registrations.cancel(
      left,
      all.find((r) => r.person.id === me.id)!,
      all,
      { now: NOW }
    );
    await rowsAs(other).add(forgedRow(foreign.session.id, me.id));
    const mine = await me.training.myTrainings(me.id);
    const shown = mine.items.map((i) => [i.session?.session.title, registrationStatus(i.session!.session, i.all, i.registration).code]);
    expect(shown.sort()).toEqual([
      ['Kept', 'confirmed'],
      ['Left', 'cancelled']
    ]);
  });

  test('a row created after the sign-up deadline (server clock) holds no place, unless an admin wrote to it', async () => {
    // The deadline has passed by the server's clock; the session itself is still ahead.
    const stored = await t.newSession({ capacity: 2, signUpDeadline: new Date(Date.now() - 3600 * 1000) });
    const [late, later] = [12, 13].map((n) => t.member(n));
    // The app refuses (its check is in the browser) ...
    expect(await late.training.registrations.signUp(stored, late, undefined, new Date())).toEqual({
      outcome: 'refused',
      reason: 'deadlinePassed'
    });
    // ... so the late comers write the rows themselves.
    const row = (await rowsAs(late).add(forgedRow(stored.session.id, late.id))) as { Id: number };
    await rowsAs(later).add(forgedRow(stored.session.id, later.id));
    let all = await t.admin.training.registrations.forSession(stored.session.id);
    let seats = allocateSeats(stored.session, all);
    expect(seats.confirmed).toEqual([]);
    expect(seats.freeSeats).toBe(2);
    expect(
      registrationStatus(
        stored.session,
        all,
        all.find((r) => r.id === row.Id)
      )
    ).toEqual({ code: 'cancelled' });

    // An admin who takes the row in (here: marks it) vouches for it: then it holds its place.
    await t.admin.training.registrations.markAttendance(
      all.find((r) => r.id === row.Id)!,
      undefined
    );
    all = await t.admin.training.registrations.forSession(stored.session.id);
    seats = allocateSeats(stored.session, all);
    expect(seats.confirmed.map((r) => r.person.id)).toEqual([late.id]);
  });
});
