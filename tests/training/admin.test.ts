/** @jest-environment node */
import {
  allocateSeats,
  participantsCsv,
  registrationStatus,
  RegistrationStatus,
  sessionToIcs,
  statusesById
} from '../../src/domain/training';
import { REGISTRATION_FIELDS, TRAINING_LISTS } from '../../src/lists/trainingLists';
import { spError } from '../support/sp';
import { createTrainingSite, TrainingSite } from './site';

const NOW = new Date('2030-01-15T09:00:00Z');

describe('what the server enforces', () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
  });

  test("a member cannot cancel someone else's registration, even through REST (403)", async () => {
    const stored = await t.newSession({ capacity: 3 });
    const [owner, other] = [1, 2].map((n) => t.member(n));
    await owner.training.registrations.signUp(stored, owner, undefined, NOW);
    const all = await other.training.registrations.forSession(stored.session.id);
    const target = all.find((r) => r.person.id === owner.id)!;

    const sp = t.site.spAs(other.loginName);
    const refused = await spError(
      sp.web.lists
        .getByTitle(TRAINING_LISTS.registrations.title)
        .items.getById(target.id)
        .update({ [REGISTRATION_FIELDS.cancelled]: true })
    );
    expect(refused.status).toBe(403);
    expect(refused.message).toBe('Access denied.');
    // The repository's own cancel adds a cancellation row, which counts only for its author: it
    // says so, and the owner keeps the seat.
    expect(await other.training.registrations.cancel(stored, target, all, { now: NOW })).toEqual({
      outcome: 'refused',
      reason: 'notRegistered'
    });
    const after = await owner.training.registrations.forSession(stored.session.id);
    expect(after.find((r) => r.id === target.id)!.cancelled).toBe(false);
  });

  test('a member cannot create, edit or cancel sessions (403)', async () => {
    const stored = await t.newSession();
    const member = t.member(3);
    await expect(member.training.sessions.cancel(stored.session.id, stored.etag)).rejects.toMatchObject({ status: 403 });
    await expect(member.training.sessions.create({ ...stored.session, id: 0 })).rejects.toMatchObject({ status: 403 });
  });

  test('a member who writes QueueOrder or Attendance on their own item gains nothing', async () => {
    const stored = await t.newSession({ capacity: 1 });
    const [first, cheat] = [4, 5].map((n) => t.member(n));
    await first.training.registrations.signUp(stored, first, undefined, NOW);
    const signed = await cheat.training.registrations.signUp(stored, cheat, undefined, NOW);
    expect(signed.outcome === 'signedUp' && signed.status).toEqual({ code: 'waiting', position: 1 });
    const id = signed.outcome === 'signedUp' ? signed.registration.id : 0;
    // Staff only add rows (the "DDH Add Only" level): the server refuses to change one, even their own.
    const refused = await spError(
      t.site
        .spAs(cheat.loginName)
        .web.lists.getByTitle(TRAINING_LISTS.registrations.title)
        .items.getById(id)
        .update({ [REGISTRATION_FIELDS.queueOrder]: -1, [REGISTRATION_FIELDS.attendance]: 'attended' })
    );
    expect(refused.status).toBe(403);
    const all = await first.training.registrations.forSession(stored.session.id);
    const mine = all.find((r) => r.id === id)!;
    expect(mine.queueOrder).toBeUndefined();
    expect(mine.attendance).toBeUndefined();
    expect(registrationStatus(stored.session, all, mine)).toEqual({ code: 'waiting', position: 1 });
  });

  test('a member cannot carry an early place in line over to another session by rewriting their row', async () => {
    const early = await t.newSession({ capacity: 1 });
    const popular = await t.newSession({ capacity: 1 });
    const [mover, holder] = [6, 7].map((n) => t.member(n));
    const moved = await mover.training.registrations.signUp(early, mover, undefined, NOW);
    await holder.training.registrations.signUp(popular, holder, undefined, NOW);
    const id = moved.outcome === 'signedUp' ? moved.registration.id : 0;
    // The mover's row is older (lower id) than the holder's: pointed at the popular session, it
    // would take the seat by arrival order. The server refuses the edit (staff only add rows) ...
    const refused = await spError(
      t.site
        .spAs(mover.loginName)
        .web.lists.getByTitle(TRAINING_LISTS.registrations.title)
        .items.getById(id)
        .update({
          [`${REGISTRATION_FIELDS.session}Id`]: popular.session.id,
          [REGISTRATION_FIELDS.sessionPerson]: `${popular.session.id}:${mover.id}`
        })
    );
    expect(refused.status).toBe(403);
    // ... and the holder keeps the seat.
    const all = await holder.training.registrations.forSession(popular.session.id);
    const seats = allocateSeats(popular.session, all);
    expect(seats.confirmed.map((r) => r.person.id)).toEqual([holder.id]);
    expect(seats.waiting).toEqual([]);
  });
});

describe('training admin', () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
  });

  test('moves a waiting person to the front, gives a seat, cancels someone, marks attendance', async () => {
    let stored = await t.newSession({ capacity: 2 });
    const people = [11, 12, 13, 14, 15].map((n) => t.member(n));
    for (const p of people) await p.training.registrations.signUp(stored, p, 'Embassy ' + p.id, NOW);
    const repo = t.admin.training.registrations;
    let all = await repo.forSession(stored.session.id);
    const byPerson = (id: number) => all.find((r) => r.person.id === id)!;

    // Waiting: 13 (1), 14 (2), 15 (3). Move 15 to the front.
    expect(await repo.moveToFront(stored, all, byPerson(people[4].id).id)).toEqual({ outcome: 'moved' });
    all = await repo.forSession(stored.session.id);
    let allocation = allocateSeats(stored.session, all);
    expect(allocation.confirmed.map((r) => r.person.id)).toEqual([people[0].id, people[1].id]);
    expect(allocation.waiting.map((w) => w.registration.person.id)).toEqual([people[4].id, people[2].id, people[3].id]);

    // Give 14 a seat: capacity 3, 14 holds it, nobody loses theirs.
    expect(await repo.giveSeat(stored, all, byPerson(people[3].id).id)).toEqual({ outcome: 'moved' });
    stored = await t.admin.training.sessions.get(stored.session.id);
    expect(stored.session.capacity).toBe(3);
    all = await repo.forSession(stored.session.id);
    allocation = allocateSeats(stored.session, all);
    expect(allocation.confirmed.map((r) => r.person.id)).toEqual([people[0].id, people[1].id, people[3].id]);

    // Cancel someone as admin after the deadline: the first waiting (15) moves up.
    expect(await repo.cancel(stored, byPerson(people[1].id), all, { asAdmin: true, now: new Date('2030-03-09T12:00:00Z') })).toEqual({
      outcome: 'cancelled'
    });
    all = await repo.forSession(stored.session.id);
    allocation = allocateSeats(stored.session, all);
    expect(allocation.confirmed.map((r) => r.person.id)).toEqual([people[0].id, people[3].id, people[4].id]);

    // Attendance of the seat holders.
    await repo.markAttendance(byPerson(people[0].id), 'attended');
    await repo.markAttendance(byPerson(people[3].id), 'noShow');
    all = await repo.forSession(stored.session.id);
    expect(all.find((r) => r.person.id === people[0].id)!.attendance).toBe('attended');
    expect(all.find((r) => r.person.id === people[3].id)!.attendance).toBe('noShow');
  });

  test('an edit with a stale ETag is refused (412) and nothing is overwritten', async () => {
    const stored = await t.newSession({ title: 'Before' });
    await t.admin.training.sessions.update({ ...stored.session, title: 'First edit' }, stored.etag);
    await expect(t.admin.training.sessions.update({ ...stored.session, title: 'Second edit' }, stored.etag)).rejects.toMatchObject({
      status: 412
    });
    expect((await t.admin.training.sessions.get(stored.session.id)).session.title).toBe('First edit');
  });

  test('.ics and CSV from repository data, field by field', async () => {
    const stored = await t.newSession({ title: 'Crisis comms; ash cloud, 2010', capacity: 1, place: 'Katajanokka, room 3' });
    const [a, b] = [21, 22].map((n) => t.member(n));
    await a.training.registrations.signUp(stored, a, '=Embassy Tokyo', NOW);
    await b.training.registrations.signUp(stored, b, 'Unit; "Press"', NOW);
    const session = (await b.training.sessions.get(stored.session.id)).session;
    const all = await t.admin.training.registrations.forSession(session.id);

    const ics = sessionToIcs(session, { siteHost: new URL(t.site.siteUrl).host, now: NOW, includeOnlineLink: false });
    const lines = ics.split('\r\n');
    expect(lines).toContain(`UID:training-session-${session.id}@contoso.sharepoint.test`);
    expect(lines).toContain('DTSTART:20300310T080000Z');
    expect(lines).toContain('DTEND:20300310T103000Z');
    expect(lines).toContain('SUMMARY:Crisis comms\\; ash cloud\\, 2010');
    expect(lines).toContain('LOCATION:Katajanokka\\, room 3');
    expect(lines).toContain('ORGANIZER;CN=Helena HR:mailto:hr.admin@contoso.onmicrosoft.com');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(ics).not.toContain('URL:');
    const withLink = sessionToIcs(session, { siteHost: 'x', now: NOW, includeOnlineLink: true });
    expect(withLink.split('\r\n')).toContain('URL:https://teams.example.test/l/meetup-join/abc');

    const statusText = (s: RegistrationStatus): string =>
      s.code === 'waiting' ? `Jonossa ${s.position}` : s.code === 'confirmed' ? 'Vahvistettu' : s.code;
    const csv = participantsCsv(session, all, {
      locale: 'fi-FI',
      text: {
        headers: { name: 'Nimi', email: 'Sähköposti', unit: 'Yksikkö', status: 'Tila', registeredAt: 'Ilmoittautunut', attended: 'Läsnä' },
        status: statusText,
        attendance: (x) => x || ''
      }
    });
    expect(csv.charAt(0)).toBe('\uFEFF');
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('Nimi;Sähköposti;Yksikkö;Tila;Ilmoittautunut;Läsnä');
    const [nameA, emailA, unitA, statusA, registeredA] = rows[1].split(';');
    expect([nameA, emailA, unitA, statusA]).toEqual([a.title, a.email, "'=Embassy Tokyo", 'Vahvistettu']);
    expect(registeredA).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(rows[2]).toContain(`${b.title};${b.email};"Unit; ""Press""";Jonossa 1;`);
    expect(rows[3]).toBe('');
    expect(statusesById(allocateSeats(session, all)).size).toBe(2);
  });
});
