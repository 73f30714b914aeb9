/** @jest-environment node */
// The session list's filters on the server: topic and month narrow the indexed StartsAt range
// (through @pnp/sp against the emulator), also past the 5,000-item list view threshold.
import { SessionTopic } from '../../src/domain/training';
import { SESSION_FIELDS as S, TRAINING_LISTS } from '../../src/lists/trainingLists';
import { createTrainingSite, TrainingSite } from './site';

const NOW = new Date('2030-01-15T09:00:00Z');
const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;
const at = (iso: string): Date => new Date(iso);
const month = (y: number, m: number): { from: Date; to: Date } => ({
  from: new Date(Date.UTC(y, m - 1, 1)),
  to: new Date(Date.UTC(y, m, 1))
});

describe('filtering upcoming sessions by topic and month', () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
    const make = (title: string, topic: SessionTopic, start: string, extra = {}): Promise<unknown> =>
      t.newSession({ title, topic, start: at(start), end: new Date(at(start).getTime() + 2 * HOUR), signUpDeadline: undefined, ...extra });
    // Created through the admin's service, in an order that is not the dates'.
    await make('March teams', 'collaborationTools', '2030-03-03T08:00:00Z');
    await make('February social', 'socialMedia', '2030-02-20T08:00:00Z');
    await make('January social', 'socialMedia', '2030-01-20T08:00:00Z');
    await make('February meetings', 'onlineMeetings', '2030-02-05T08:00:00Z');
    await make('February social, cancelled', 'socialMedia', '2030-02-10T08:00:00Z', { cancelled: true });
    // Past: never in "upcoming", whatever the filter.
    t.site.emulator.seedItems(TRAINING_LISTS.sessions.title, [
      {
        Title: 'Past social',
        [S.topic]: 'socialMedia',
        [S.startsAt]: new Date(NOW.getTime() - 10 * DAY).toISOString(),
        [S.originalStartsAt]: new Date(NOW.getTime() - 10 * DAY).toISOString(),
        [S.endsAt]: new Date(NOW.getTime() - 10 * DAY + HOUR).toISOString(),
        [S.capacity]: 10,
        [S.place]: 'Helsinki',
        [S.cancelled]: false
      }
    ]);
  });

  const titles = async (filter: Parameters<TrainingSite['admin']['training']['sessions']['find']>[1]): Promise<string[]> =>
    (await t.member(1).training.sessions.find(NOW, filter)).rows.map((r) => r.session.title);

  test('a topic: only its sessions, soonest first, a cancelled one too (people must hear of it)', async () => {
    expect(await titles({ topic: 'socialMedia' })).toEqual(['January social', 'February social, cancelled', 'February social']);
    expect(await titles({ topic: 'other' })).toEqual([]);
  });

  test('a month: only sessions starting in it; the current month starts from now, not from its first day', async () => {
    expect(await titles({ month: month(2030, 2) })).toEqual(['February meetings', 'February social, cancelled', 'February social']);
    expect(await titles({ month: month(2030, 1) })).toEqual(['January social']);
  });

  test('topic and month together; no filter is the plain upcoming list', async () => {
    expect(await titles({ topic: 'socialMedia', month: month(2030, 2) })).toEqual(['February social, cancelled', 'February social']);
    expect(await titles({})).toEqual([
      'January social',
      'February meetings',
      'February social, cancelled',
      'February social',
      'March teams'
    ]);
  });

  test('a topic that is not one of the codes is refused before anything is sent', async () => {
    const before = t.site.emulator.stats().requests;
    expect(() => t.member(1).training.sessions.find(NOW, { topic: "x' or Title ne 'y" as SessionTopic })).toThrow(/Unknown session topic/);
    expect(t.site.emulator.stats().requests).toBe(before);
  });
});

describe('filters past the list view threshold', () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
    // 6,000 sessions, all but 40 in the past, topics in turn.
    const topics: SessionTopic[] = ['socialMedia', 'collaborationTools', 'onlineMeetings', 'other'];
    t.site.emulator.seedItems(
      TRAINING_LISTS.sessions.title,
      Array.from({ length: 6000 }, (_, i) => {
        const start = new Date(NOW.getTime() - (6000 - 40 - i) * 6 * HOUR);
        return {
          Title: `Session ${i + 1}`,
          [S.topic]: topics[i % 4],
          [S.startsAt]: start.toISOString(),
          [S.originalStartsAt]: start.toISOString(),
          [S.endsAt]: new Date(start.getTime() + 2 * HOUR).toISOString(),
          [S.capacity]: 20,
          [S.place]: 'Helsinki',
          [S.cancelled]: false
        };
      })
    );
  }, 60000);

  test('topic and month read the StartsAt range, not the list: no threshold error, few rows read', async () => {
    const before = t.site.emulator.stats().rowsRead;
    const page = await t.member(1).training.sessions.find(NOW, { topic: 'onlineMeetings', month: month(2030, 1) });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.session.topic === 'onlineMeetings' && r.session.start >= new Date(NOW.getTime() - DAY))).toBe(true);
    expect(t.site.emulator.stats().rowsRead - before).toBeLessThan(200);
  });
});
