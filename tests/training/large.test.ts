/** @jest-environment node */
import { allocateSeats, sessionPersonKey } from '../../src/domain/training';
import { REGISTRATION_FIELDS as R, SESSION_FIELDS as S, TRAINING_LISTS } from '../../src/lists/trainingLists';
import { SESSION_PAGE_SIZE } from '../../src/data/training';
import { createTrainingSite, MEMBERS, TrainingSite } from './site';

const NOW = new Date('2030-01-15T09:00:00Z');
const HOUR = 3600 * 1000;

describe('past 5,000 sessions and 100,000 registrations', () => {
  let t: TrainingSite;
  let targetId: number;
  const SESSIONS = 6000;
  const REGISTRATIONS = 100000;

  beforeAll(async () => {
    t = await createTrainingSite();
    const { emulator } = t.site;
    // Years of sessions, most in the past; 40 upcoming.
    const sessions = Array.from({ length: SESSIONS }, (_, i) => {
      const start = new Date(NOW.getTime() - (SESSIONS - 40 - i) * 6 * HOUR);
      return {
        Title: `Session ${i + 1}`,
        [S.topic]: 'socialMedia',
        [S.startsAt]: start.toISOString(),
        [S.originalStartsAt]: start.toISOString(),
        [S.endsAt]: new Date(start.getTime() + 2 * HOUR).toISOString(),
        [S.capacity]: 20,
        [S.place]: 'Helsinki',
        [S.cancelled]: false
      };
    });
    const sessionIds = emulator.seedItems(TRAINING_LISTS.sessions.title, sessions);
    const stampOf = new Map(sessionIds.map((id, i) => [id, sessions[i][S.startsAt]]));
    targetId = sessionIds[SESSIONS - 1];
    // 100,000 registrations by 2,000 people over the sessions; the target session gets 30 of them.
    const people = Array.from({ length: 2000 }, (_, i) => t.site.addUser(`p${i}@contoso.onmicrosoft.com`, `Person ${i}`, MEMBERS));
    const rows = [];
    for (let i = 0; i < REGISTRATIONS; i++) {
      const sessionId = i < 30 ? targetId : sessionIds[i % (SESSIONS - 1)];
      const person = people[i < 30 ? i : Math.floor(i / (SESSIONS - 1)) + 30 + (i % 7) * 200];
      rows.push({
        // As a v2 sign-up writes it: the session's stamp, so the first view finds the row by range.
        Title: 'r',
        [`${R.session}Id`]: sessionId,
        [`${R.participant}Id`]: person.id,
        [R.sessionStartsAt]: stampOf.get(sessionId),
        [R.sessionPerson]: sessionPersonKey(sessionId, person.id),
        [R.cancelled]: false,
        AuthorId: person.id,
        EditorId: person.id
      });
    }
    emulator.seedItems(TRAINING_LISTS.registrations.title, rows);
  }, 60000);

  test("a session's registrations are read through the Session index, without the threshold error", async () => {
    const before = t.site.emulator.stats().rowsRead;
    const all = await t.member(1).training.registrations.forSession(targetId);
    expect(all).toHaveLength(30);
    const stored = await t.member(1).training.sessions.get(targetId);
    expect(allocateSeats(stored.session, all).waiting).toHaveLength(10);
    // The index yields only this session's rows: no scan of 100,000.
    expect(t.site.emulator.stats().rowsRead - before).toBeLessThan(200);
  });

  test('a scan is what the threshold refuses (so the index is what makes the read above work)', async () => {
    const sp = t.site.spAs(t.admin.loginName);
    await expect(sp.web.lists.getByTitle(TRAINING_LISTS.registrations.title).items.filter(`${R.unit} eq 'x'`)()).rejects.toMatchObject({
      status: 500
    });
  });

  test('the first view — sessions, seats, my status — is ONE request, served by indexes', async () => {
    const member = t.member(2);
    const { requests, rowsRead } = t.site.emulator.stats();
    const first = await member.training.firstView(NOW);
    const used = { requests: t.site.emulator.stats().requests - requests, rowsRead: t.site.emulator.stats().rowsRead - rowsRead };
    // One $batch, no threshold refusal, no fallback: every session on the page has its seats.
    expect(used.requests).toBe(1);
    expect(first.extraRoundTrips).toBe(0);
    expect(first.fallback).toEqual([]);
    expect(first.seats.size).toBe(SESSION_PAGE_SIZE);
    // Rows read: the 44 upcoming sessions and the registrations of sessions in the coming year
    // (about 17 each), not 6,000 sessions or 100,000 registrations.
    expect(used.rowsRead).toBeLessThan(1500);
    // Each session's seats are exactly what the per-session read (Session lookup) gives.
    const page = first.upcoming.rows.map((s) => s.session.id);
    const truth = await member.training.registrations.forSessions(page);
    for (const id of page) expect(first.seats.get(id)!.map((r) => r.id)).toEqual(truth.get(id)!.map((r) => r.id));
  });

  test('upcoming sessions page through the StartsAt index, and the first view is one $batch', async () => {
    const member = t.member(2);
    const requestsBefore = t.site.emulator.stats().requests;
    const first = await member.training.firstView(NOW);
    expect(t.site.emulator.stats().requests - requestsBefore).toBe(1);
    expect(first.upcoming.rows).toHaveLength(SESSION_PAGE_SIZE);
    const seen = first.upcoming.rows.map((s) => s.session);
    let next = first.upcoming.next;
    while (next) {
      const page = await member.training.sessions.more(next);
      seen.push(...page.rows.map((s) => s.session));
      next = page.next;
    }
    // 40 upcoming plus the 4 that started within the last day.
    expect(seen).toHaveLength(44);
    const starts = seen.map((s) => s.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(seen.map((s) => s.id)).size).toBe(44);
  });

  test('seats for a page of sessions come in one $batch', async () => {
    const member = t.member(3);
    const page = await member.training.firstView(NOW);
    const requestsBefore = t.site.emulator.stats().requests;
    const seats = await member.training.registrations.forSessions(page.upcoming.rows.map((s) => s.session.id));
    expect(t.site.emulator.stats().requests - requestsBefore).toBe(1);
    expect(seats.get(targetId)).toBeUndefined();
    expect(seats.size).toBe(SESSION_PAGE_SIZE);
  });

  test('a year of past sessions is one bounded index range, latest first', async () => {
    const page = await t.admin.training.sessions.between(new Date(NOW.getTime() - 365 * 24 * HOUR), NOW);
    expect(page.rows).toHaveLength(SESSION_PAGE_SIZE);
    expect(page.next).toBeDefined();
    expect(page.rows[0].session.start.getTime()).toBeGreaterThan(page.rows[1].session.start.getTime());
  });

  test('my trainings: ParticipantId on its index, with sessions and queues', async () => {
    const person = t.site.addUser('p0@contoso.onmicrosoft.com', 'Person 0', MEMBERS);
    const training = new (await import('../../src/data/training')).TrainingService(t.site.spAs(person.loginName));
    const mine = await training.myTrainings(person.id);
    expect(mine.items.length).toBeGreaterThan(0);
    const target = mine.items.find((m) => m.registration.sessionId === targetId)!;
    expect(target.session!.session.id).toBe(targetId);
    expect(target.all).toHaveLength(30);
  });
});
