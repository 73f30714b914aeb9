/** @jest-environment node */
/**
 * The plans' time keys (schema v8, src/lists/planLists.ts) through @pnp/sp against the emulator:
 * the approved list's embassy filter reads EmbassyApproved, "older plans still waiting" reads
 * SubmittedWaiting, each a page of rows a request on lists above the threshold, with the same
 * answers as the windows of a site before v8; and the plan steps keep both keys right.
 */
import { SPFI } from '@pnp/sp';
import { REGIONS } from '../../src/domain/plans/plan';
import { QueueFilter } from '../../src/domain/plans/queue';
import { LIST_PAGE, PlanListing } from '../../src/data/plans';
import { approvedMatching } from '../../src/data/plans/approvedSearch';
import { OLDER_PAGE, olderInReview } from '../../src/data/plans/olderQueue';
import { fillTimeKeys } from '../../src/lists/migrations';
import {
  EMBASSY_APPROVED_KEY,
  PLAN_FIELDS,
  PLAN_LISTS,
  PLAN_TIME_KEYS,
  REVIEW_FIELDS,
  SUBMITTED_WAITING_KEY
} from '../../src/lists/planLists';
import { textGroup, timeKey, timeKeysOf } from '../../src/lists/timeKeys';
import { writeSchemaVersion } from '../../src/lists/version';
import { completePlan, createPlanSite, everySearchPage, PageCost, PlanSite } from './fixtures';

jest.setTimeout(180000);

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 1, 12);
/** Three years of plans at a busy pace (one every 4.4 hours), one approval each. */
const PLANS = 6000;
const PACE = 4.4 * HOUR;
/** An embassy with more approvals than the threshold (one every 3 hours for 650 days). */
const BUSY = 5200;
const BUSY_PACE = 3 * HOUR;

/** The rows with their time keys, as the app's writes set them. */
function keyed(title: string, rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  return rows.map((row) => ({ ...row, ...timeKeysOf(PLAN_TIME_KEYS, title, row) }));
}

interface Seeded {
  s: PlanSite;
  approvals: Array<{ planId: number; at: number; embassy: string; region: string }>;
  /** Plans from before the queue's window that still wait (approved, no start-up instructions). */
  waiting: number[];
}

async function seed(): Promise<Seeded> {
  const s = await createPlanSite();
  const em = s.site.emulator;
  const rows: Array<{ at: number; embassy: string; region: string; state: string; instructed: boolean; sentBack: boolean }> = [];
  for (let i = 0; i < PLANS; i++) {
    // Every 50th plan was approved and never filed; every 100th of those got its start-up instructions.
    const submitted = i % 50 === 3;
    rows.push({
      at: NOW - (PLANS - i) * PACE,
      embassy: `Embassy ${i % 90}`,
      region: REGIONS[i % REGIONS.length],
      state: submitted ? 'submitted' : 'archived',
      instructed: submitted && i % 100 === 3,
      sentBack: false
    });
  }
  for (let i = 0; i < BUSY; i++)
    rows.push({
      at: NOW - (BUSY - i) * BUSY_PACE - 1000,
      embassy: 'Stockholm',
      region: 'europe',
      state: 'archived',
      instructed: false,
      sentBack: false
    });
  // A plan sent back 300 days ago: submitted by its hint, not waiting for the reviewers.
  rows.push({ at: NOW - 300 * DAY, embassy: 'Lima', region: 'americas', state: 'submitted', instructed: false, sentBack: true });
  const ids = em.seedItems(
    PLAN_LISTS.plans.title,
    keyed(
      PLAN_LISTS.plans.title,
      rows.map((r, i) => ({
        Title: `Plan ${i}`,
        Embassy: r.embassy,
        Region: r.region,
        Channels: ['facebook'],
        Purpose: 'activeUse',
        PlanState: r.state,
        Round: 1,
        SubmittedAt: new Date(r.at - DAY).toISOString(),
        ArchivedAt: r.state === 'archived' ? new Date(r.at + HOUR).toISOString() : null,
        ArchiveReference: r.state === 'archived' ? `REF-${i}` : null,
        PlanContent: '{}',
        AuthorId: s.id.anna,
        Created: new Date(r.at - 2 * DAY).toISOString()
      }))
    ),
    s.login.anna
  );
  const reviews: Array<Record<string, unknown>> = [];
  rows.forEach((r, i) => {
    const decision = r.sentBack ? 'requestChanges' : 'approve';
    const approve = decision === 'approve';
    reviews.push({
      PlanId: ids[i],
      Round: 1,
      Decision: decision,
      Comment: 'ok',
      Created: new Date(r.at).toISOString(),
      ApprovedAt: approve ? new Date(r.at).toISOString() : null,
      AuthorId: s.id.erik,
      PlanTitle: approve ? `Plan ${i}` : null,
      Embassy: approve ? r.embassy : null,
      Region: approve ? r.region : null,
      Channels: approve ? ['facebook'] : [],
      Purpose: approve ? 'activeUse' : null,
      PlanOwner: approve ? s.id.anna : null
    });
    if (r.instructed || r.state === 'archived')
      reviews.push({
        PlanId: ids[i],
        Round: 1,
        Decision: 'sendStartupInstructions',
        Comment: 'go',
        Created: new Date(r.at + HOUR).toISOString(),
        AuthorId: s.id.erik
      });
  });
  em.seedItems(PLAN_LISTS.planReviews.title, keyed(PLAN_LISTS.planReviews.title, reviews), s.login.erik);
  const windowStart = NOW - 120 * DAY;
  return {
    s,
    approvals: rows.map((r, i) => ({ planId: ids[i], at: r.at, embassy: r.embassy, region: r.region })).filter((_, i) => !rows[i].sentBack),
    waiting: ids.filter(
      (_, i) => rows[i].state === 'submitted' && !rows[i].instructed && !rows[i].sentBack && rows[i].at - DAY < windowStart
    )
  };
}

/** The same search on the site as it is (v8, the keys) and as a site whose v8 set-up has not finished (v7: windows). */
async function bothPaths(
  s: PlanSite,
  search: (sp: SPFI, before?: string) => Promise<{ plans: PlanListing[]; next?: string }>
): Promise<{ keys: { ids: number[]; costs: PageCost[] }; windows: { ids: number[]; costs: PageCost[] } }> {
  const admin = s.site.spAs(s.site.adminLogin);
  const keys = await everySearchPage(s, search);
  await writeSchemaVersion(admin, 7);
  try {
    return { keys, windows: await everySearchPage(s, search) };
  } finally {
    await writeSchemaVersion(admin, 8);
  }
}

const newestFirst = (approvals: Seeded['approvals']): number[] => [...approvals].sort((x, y) => y.at - x.at).map((a) => a.planId);

describe('searches by the time keys on lists above the threshold', () => {
  let sd: Seeded;
  beforeAll(async () => {
    sd = await seed();
  });

  test("one embassy: its approvals newest first, each page one request reading about a page's rows; the same plans as the windows", async () => {
    const filter: QueueFilter = { embassies: [' embassy 7'] };
    const { keys, windows } = await bothPaths(sd.s, (sp, before) => approvedMatching(sp, filter, new Map(), before, new Date(NOW)));
    const expected = newestFirst(sd.approvals.filter((a) => a.embassy === 'Embassy 7'));
    expect(expected.length).toBeGreaterThan(LIST_PAGE);
    expect(keys.ids).toEqual(expected);
    expect(windows.ids).toEqual(expected);
    // A page: the embassy's range read in its own order, a page and one more row (and the site's
    // settings row when the version is not known), in one request; the windows read everyone's approvals.
    keys.costs.forEach((c) => expect(c).toEqual({ requests: 1, rowsRead: expect.any(Number) }));
    keys.costs.forEach((c) => expect(c.rowsRead).toBeLessThanOrEqual(LIST_PAGE + 2));
    expect(Math.max(...windows.costs.map((c) => c.rowsRead))).toBeGreaterThan(1000);
  });

  test('two embassies and a region: one $batch a page, merged newest first, the same plans as the windows', async () => {
    const filter: QueueFilter = { embassies: ['Embassy 7', 'EMBASSY 11', 'Embassy 7 '], regions: [REGIONS[11 % REGIONS.length]] };
    const { keys, windows } = await bothPaths(sd.s, (sp, before) => approvedMatching(sp, filter, new Map(), before, new Date(NOW)));
    const expected = newestFirst(sd.approvals.filter((a) => a.embassy === 'Embassy 11' && a.region === filter.regions?.[0]));
    expect(expected.length).toBeGreaterThan(LIST_PAGE);
    expect(keys.ids).toEqual(expected);
    expect(windows.ids).toEqual(expected);
    keys.costs.forEach((c) => expect(c.requests).toBe(1));
    // The region clause filters each range as it is read: a range walks past its embassy's other approvals.
    keys.costs.forEach((c) => expect(c.rowsRead).toBeLessThanOrEqual(3 * (LIST_PAGE + 1)));
  });

  test('an embassy with more approvals than the threshold: its range is refused, read in windows of the key, every approval once', async () => {
    const filter: QueueFilter = { embassies: ['Stockholm'] };
    const keys = await everySearchPage(sd.s, (sp, before) => approvedMatching(sp, filter, new Map(), before, new Date(NOW)));
    expect(keys.ids).toEqual(newestFirst(sd.approvals.filter((a) => a.embassy === 'Stockholm')));
    // The refused range, then a year of the key read in its order up to the page.
    keys.costs.forEach((c) => expect(c.requests).toBeLessThanOrEqual(3));
    keys.costs.forEach((c) => expect(c.rowsRead).toBeLessThanOrEqual(2 * (LIST_PAGE + 1)));
  });

  test('older plans still waiting: a page of the key and its decisions, two requests; the same plans as the windows', async () => {
    const { keys, windows } = await bothPaths(sd.s, (sp, before) => olderInReview(sp, before, new Date(NOW)));
    expect([...keys.ids].sort((a, b) => a - b)).toEqual([...sd.waiting].sort((a, b) => a - b));
    expect([...windows.ids].sort((a, b) => a - b)).toEqual([...sd.waiting].sort((a, b) => a - b));
    // A page: OLDER_PAGE plans (and one more row), then their decisions (two or three each) in one $batch.
    keys.costs.forEach((c) => expect(c.requests).toBeLessThanOrEqual(2));
    keys.costs.forEach((c) => expect(c.rowsRead).toBeLessThanOrEqual(OLDER_PAGE + 1 + 3 * OLDER_PAGE));
    expect(keys.costs[0].requests).toBe(2);
    expect(Math.max(...windows.costs.map((c) => c.rowsRead))).toBeGreaterThan(1000);
  });
});

describe('the plan steps keep the keys right', () => {
  const read = async (s: PlanSite, title: string, id: number, select: string[]): Promise<Record<string, unknown>> =>
    s
      .sp('erik')
      .web.lists.getByTitle(title)
      .items.getById(id)
      .select(...select)<Record<string, unknown>>();

  test('submit, re-submit, approve and archive: each write leaves the key its values give', async () => {
    const s = await createPlanSite();
    const anna = s.as('anna').repository;
    const erik = s.as('erik').repository;
    const plan = completePlan('Tokio ');
    const { id } = await anna.create(plan);
    const waiting = async (): Promise<{ key: unknown; row: Record<string, unknown> }> => {
      const row = await read(s, PLAN_LISTS.plans.title, id, [
        'Id',
        PLAN_FIELDS.state,
        PLAN_FIELDS.submittedAt,
        PLAN_FIELDS.submittedWaiting
      ]);
      return { key: row[PLAN_FIELDS.submittedWaiting], row };
    };
    expect((await waiting()).key ?? null).toBeNull();

    let detail = await anna.load(id);
    await anna.submit(detail, detail.plan, detail.etag);
    const first = await waiting();
    expect(first.key).toBe(timeKey(1, first.row[PLAN_FIELDS.submittedAt] as string));
    expect(first.key).toBe(SUBMITTED_WAITING_KEY.of(first.row));

    await erik.decide(await erik.load(id), 'requestChanges', 'More metrics, please.');
    detail = await anna.load(id);
    await anna.submit(detail, { ...detail.plan, metrics: { metrics: 'Followers and reach.' } }, detail.etag);
    const again = await waiting();
    expect(again.row[PLAN_FIELDS.submittedAt]).not.toBe(first.row[PLAN_FIELDS.submittedAt]);
    expect(again.key).toBe(timeKey(1, again.row[PLAN_FIELDS.submittedAt] as string));

    await erik.decide(await erik.load(id), 'approve', 'Approved.');
    const approvals = await s
      .sp('erik')
      .web.lists.getByTitle(PLAN_LISTS.planReviews.title)
      .items.filter(`PlanId eq ${id}`)
      .select('Id', REVIEW_FIELDS.decision, REVIEW_FIELDS.embassy, REVIEW_FIELDS.approvedAt, REVIEW_FIELDS.embassyApproved)<
      Array<Record<string, unknown>>
    >();
    const approval = approvals.find((r) => r[REVIEW_FIELDS.decision] === 'approve') as Record<string, unknown>;
    expect(approval[REVIEW_FIELDS.embassyApproved]).toBe(timeKey(textGroup('tokio'), approval[REVIEW_FIELDS.approvedAt] as string));
    expect(approval[REVIEW_FIELDS.embassyApproved]).toBe(EMBASSY_APPROVED_KEY.of(approval));
    approvals.filter((r) => r !== approval).forEach((r) => expect(r[REVIEW_FIELDS.embassyApproved] ?? null).toBeNull());
    // The approval is found by its embassy, typed as people type it.
    const found = await erik.read((sp) => approvedMatching(sp, { embassies: ['TOKIO'] }, new Map()));
    expect(found.plans.map((p) => p.id)).toEqual([id]);

    detail = await anna.load(id);
    await anna.archive(detail, 'REF-1', 'Filed.');
    expect((await waiting()).key ?? null).toBeNull();
    // Set-up's v8 step finds nothing to put right.
    expect(await fillTimeKeys(s.site.spAs(s.site.adminLogin))).toBe(0);
  });

  test('on a site not yet at v8 the steps leave the keys out (the lists have no such columns)', async () => {
    const s = await createPlanSite({ version: 7 });
    const anna = s.as('anna').repository;
    const erik = s.as('erik').repository;
    const { id } = await anna.create(completePlan());
    let detail = await anna.load(id);
    await anna.submit(detail, detail.plan, detail.etag);
    await erik.decide(await erik.load(id), 'approve', 'Approved.');
    detail = await anna.load(id);
    await anna.archive(detail, 'REF-2', 'Filed.');
    expect((await anna.load(id)).derived.state).toBe('archived');
    const found = await erik.read((sp) => approvedMatching(sp, { embassies: ['Tokyo'] }, new Map()));
    expect(found.plans.map((p) => p.id)).toEqual([id]);
  });
});
