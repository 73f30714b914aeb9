/** @jest-environment node */
import { allocateSeats, registrationStatus, sessionPersonKey } from '../../src/domain/training';
import { provision } from '../../src/lists/provision';
import { schemaAt } from '../../src/lists/schema';
import { REGISTRATION_FIELDS as R, SESSION_FIELDS as S, TRAINING_LISTS } from '../../src/lists/trainingLists';
import { StoredRegistration, TrainingService } from '../../src/data/training';
import { createTestSite } from '../support/sp';
import { baseSession, createTrainingSite, MEMBERS, TrainingSite } from './site';

const NOW = new Date('2030-01-15T09:00:00Z');
const DAY = 24 * 3600 * 1000;
const at = (days: number): Date => new Date(NOW.getTime() + days * DAY);
const ids = (rows: StoredRegistration[] | undefined): number[] => (rows || []).map((r) => r.person.id).sort((a, b) => a - b);

describe('the first view in one $batch', () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
  });

  test('sessions, their seats and my own status come in exactly one HTTP request', async () => {
    const soon = await t.newSession({ title: 'Soon', start: at(2), end: at(2.1), signUpDeadline: undefined, capacity: 2 });
    const later = await t.newSession({ title: 'Later', start: at(40), end: at(40.1), signUpDeadline: undefined, capacity: 5 });
    expect(soon.stamp?.toISOString()).toBe(at(2).toISOString());
    const [a, b, c] = [1, 2, 3].map((n) => t.member(n));
    for (const p of [a, b, c]) await p.training.registrations.signUp(soon, p, undefined, NOW);
    await b.training.registrations.signUp(later, b, undefined, NOW);

    const before = t.site.emulator.stats().requests;
    const first = await c.training.firstView(NOW);
    expect(t.site.emulator.stats().requests - before).toBe(1);
    expect(first.extraRoundTrips).toBe(0);
    expect(first.fallback).toEqual([]);
    expect(first.viewer.id).toBe(c.id);
    expect(first.upcoming.rows.map((s) => s.session.title)).toEqual(['Soon', 'Later']);
    // The same rows the per-session read (by the Session lookup) gives.
    const truth = await c.training.registrations.forSessions([soon.session.id, later.session.id]);
    expect(first.seats.get(soon.session.id)).toEqual(
      truth.get(soon.session.id)!.map((r) => expect.objectContaining({ id: r.id, sessionId: r.sessionId }))
    );
    expect(ids(first.seats.get(later.session.id))).toEqual([b.id]);
    const seats = first.seats.get(soon.session.id)!;
    const mine = seats.find((r) => r.person.id === c.id);
    expect(registrationStatus(soon.session, seats, mine)).toEqual({ code: 'waiting', position: 1 });
    // A sign-up carries the session's stamp.
    const row = await t.site
      .spAs(t.admin.loginName)
      .web.lists.getByTitle(TRAINING_LISTS.registrations.title)
      .items.getById(mine!.id)
      .select(R.sessionStartsAt)<Record<string, string>>();
    expect(new Date(row[R.sessionStartsAt]).getTime()).toBe(at(2).getTime());
  });

  test('a session with no registrations shows as known and empty, not loading', async () => {
    const empty = await t.newSession({ title: 'Nobody yet', start: at(5), end: at(5.1), signUpDeadline: undefined });
    const first = await t.member(4).training.firstView(NOW);
    expect(first.seats.get(empty.session.id)).toEqual([]);
  });

  test('a rescheduled session keeps its stamp; when the stamp has passed, its seats come in a second step, and it says so', async () => {
    const moved = await t.newSession({ title: 'Postponed', start: at(1), end: at(1.1), signUpDeadline: undefined, capacity: 1 });
    const [a, b] = [5, 6].map((n) => t.member(n));
    for (const p of [a, b]) await p.training.registrations.signUp(moved, p, undefined, NOW);
    const updated = await t.admin.training.sessions.update({ ...moved.session, start: at(30), end: at(30.1) }, moved.etag);
    expect(updated.stamp?.toISOString()).toBe(at(1).toISOString());

    // Still within the ranges: found by the old stamp, in the one batch.
    const first = await b.training.firstView(NOW);
    expect(first.fallback).toEqual([]);
    expect(ids(first.seats.get(moved.session.id))).toEqual([a.id, b.id].sort((m, n) => m - n));

    // Five days on, the stamp lies before "upcoming" begins: the per-session read fills in.
    const later = await b.training.firstView(at(5));
    expect(later.fallback).toContainEqual({ sessionId: moved.session.id, reason: 'outsideRanges' });
    expect(later.extraRoundTrips).toBe(1);
    expect(allocateSeats(updated.session, later.seats.get(moved.session.id)!).confirmed.map((r) => r.person.id)).toEqual([a.id]);
  });
});

describe("a forged SessionStartsAt moves only its author's row in the summary", () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
  });

  test("hidden from the summary or found in another range, it never takes anyone else's seat", async () => {
    const x = await t.newSession({ title: 'X', start: at(2), end: at(2.1), signUpDeadline: undefined, capacity: 1 });
    const y = await t.newSession({ title: 'Y', start: at(20), end: at(20.1), signUpDeadline: undefined, capacity: 1 });
    const [holder, waiting, mover, yHolder] = [1, 2, 3, 4].map((n) => t.member(n));
    await yHolder.training.registrations.signUp(y, yHolder, undefined, NOW);
    // Staff cannot change a row once added (schema v4), so a forged stamp is written with the sign-up itself, through REST.
    const signUpWith = async (who: typeof holder, stamp: Date): Promise<void> => {
      await t.site
        .spAs(who.loginName)
        .web.lists.getByTitle(TRAINING_LISTS.registrations.title)
        .items.add({
          Title: 'r',
          [`${R.session}Id`]: x.session.id,
          [`${R.participant}Id`]: who.id,
          [R.sessionPerson]: sessionPersonKey(x.session.id, who.id),
          [R.sessionStartsAt]: stamp.toISOString(),
          [R.cancelled]: false
        });
    };
    await signUpWith(holder, new Date('2000-01-01T00:00:00Z')); // out of every range
    await waiting.training.registrations.signUp(x, waiting, undefined, NOW);
    await signUpWith(mover, y.stamp!); // into Y's range

    const first = await yHolder.training.firstView(NOW);
    expect(first.fallback).toEqual([]);
    // Y: the row found in its range belongs to X by its Session lookup, so Y's seat holder keeps the seat.
    const ySeats = first.seats.get(y.session.id)!;
    expect(ids(ySeats)).toEqual([yHolder.id]);
    expect(registrationStatus(y.session, ySeats, ySeats[0])).toEqual({ code: 'confirmed' });
    // X's summary misses only the holder's own row (as if they had cancelled, for the summary only).
    const xSummary = allocateSeats(x.session, first.seats.get(x.session.id) ?? []);
    expect(xSummary.confirmed.map((r) => r.person.id)).toEqual([waiting.id]);

    // The allocation itself (details, sign-up answers, admin table) is read by the Session lookup:
    // arrival order decides, whatever the stamps say.
    const truth = allocateSeats(x.session, await waiting.training.registrations.forSession(x.session.id));
    expect(truth.confirmed.map((r) => r.person.id)).toEqual([holder.id]);
    expect(truth.waiting.map((w) => w.registration.person.id)).toEqual([waiting.id, mover.id]);
  });
});

describe('fallbacks', () => {
  test('a site still at schema version 1 (no SessionStartsAt): the two-step path, and it says so', async () => {
    const site = createTestSite();
    const owner = site.spAs(site.adminLogin);
    await provision(owner, schemaAt(1), 1);
    const member = site.addUser('v1.member@contoso.onmicrosoft.com', 'V One', MEMBERS);
    const session = baseSession({ start: at(3), end: at(3.1), signUpDeadline: undefined, capacity: 1 });
    const added = (await owner.web.lists.getByTitle(TRAINING_LISTS.sessions.title).items.add({
      Title: session.title,
      [S.topic]: session.topic,
      [S.startsAt]: session.start.toISOString(),
      [S.endsAt]: session.end.toISOString(),
      [S.place]: session.place,
      [S.capacity]: 1,
      [S.cancelled]: false
    })) as { Id: number };
    const training = new TrainingService(site.spAs(member.loginName));
    const stored = await training.sessions.get(added.Id);
    expect(stored.stamp).toBeUndefined();
    // Signing up works on v1: no stamp is written where the column does not exist.
    const signed = await training.registrations.signUp(stored, { id: member.id, title: 'V One' }, undefined, NOW);
    expect(signed.outcome).toBe('signedUp');

    const before = site.emulator.stats().requests;
    const first = await training.firstView(NOW);
    expect(site.emulator.stats().requests - before).toBe(2);
    expect(first.extraRoundTrips).toBe(1);
    expect(first.fallback).toEqual([{ sessionId: added.Id, reason: 'noStamp' }]);
    expect(registrationStatus(stored.session, first.seats.get(added.Id)!, first.seats.get(added.Id)![0])).toEqual({ code: 'confirmed' });
    site.dispose();
  });

  test('a range holding more than 5,000 registrations is refused alone; only its sessions take the second step', async () => {
    const t = await createTrainingSite();
    const busyA = await t.newSession({ title: 'Webinar A', start: at(1), end: at(1.1), signUpDeadline: undefined, capacity: 3000 });
    const busyB = await t.newSession({ title: 'Webinar B', start: at(2), end: at(2.1), signUpDeadline: undefined, capacity: 3000 });
    const quiet = await t.newSession({ title: 'Small group', start: at(20), end: at(20.1), signUpDeadline: undefined, capacity: 3 });
    const people = Array.from({ length: 2700 }, (_, i) => t.site.addUser(`w${i}@contoso.onmicrosoft.com`, `W ${i}`, MEMBERS));
    const rows = [];
    for (const stored of [busyA, busyB]) {
      for (const person of people) {
        rows.push({
          Title: 'r',
          [`${R.session}Id`]: stored.session.id,
          [`${R.participant}Id`]: person.id,
          [R.sessionStartsAt]: stored.stamp!.toISOString(),
          [R.sessionPerson]: sessionPersonKey(stored.session.id, person.id),
          [R.cancelled]: false,
          AuthorId: person.id,
          EditorId: person.id
        });
      }
    }
    t.site.emulator.seedItems(TRAINING_LISTS.registrations.title, rows);
    const p = t.member(1);
    await p.training.registrations.signUp(quiet, p, undefined, NOW);

    const first = await p.training.firstView(NOW);
    expect(first.fallback).toEqual([
      { sessionId: busyA.session.id, reason: 'rangeRefused' },
      { sessionId: busyB.session.id, reason: 'rangeRefused' }
    ]);
    expect(first.extraRoundTrips).toBe(1);
    expect(first.seats.get(busyA.session.id)).toHaveLength(2700);
    expect(first.seats.get(busyB.session.id)).toHaveLength(2700);
    expect(ids(first.seats.get(quiet.session.id))).toEqual([p.id]);
  }, 60000);
});
