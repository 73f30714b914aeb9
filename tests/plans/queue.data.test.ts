/** @jest-environment node */
import { countByState, channelMap, reviewerQueue } from '../../src/domain/plans/queue';
import { CHANNELS, REGIONS } from '../../src/domain/plans/plan';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { spError } from '../support/sp';
import { createPlanSite, PlanSite } from './fixtures';

describe('the reviewers\' queue over more than 5,000 plans and 50,000 reviews', () => {
  const PLANS = 6000;
  const REVIEWS = 50000;
  let s: PlanSite;
  const day = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * 3600000).toISOString();

  beforeAll(async () => {
    s = await createPlanSite();
    // Plan i: every 3rd is waiting (submitted), every 3rd+1 approved, the rest drafts.
    const planRows = Array.from({ length: PLANS }, (_, i) => ({
      Title: `Plan ${i}`, Embassy: `Embassy ${i % 90}`, Region: REGIONS[i % REGIONS.length],
      Channels: [CHANNELS[i % 7]], Purpose: i % 5 === 0 ? 'dormantCrisisProfile' : 'activeUse',
      PlanState: i % 3 === 2 ? 'draft' : 'submitted', Round: 1, SubmittedAt: i % 3 === 2 ? null : day(i),
      PlanContent: '{}', AuthorId: s.id.anna
    }));
    const ids = s.site.emulator.seedItems(PLAN_LISTS.plans.title, planRows, s.login.anna);
    const reviewRows: Array<Record<string, unknown>> = [];
    ids.forEach((id, i) => {
      if (i % 3 === 1) reviewRows.push({ PlanId: id, Round: 1, Decision: 'approve', Comment: 'ok', Created: day(i + 1), AuthorId: s.id.erik });
    });
    for (let n = reviewRows.length; n < REVIEWS; n++) {
      const i = n % PLANS;
      reviewRows.push({ PlanId: ids[i], Round: 1, Decision: 'comment', Comment: `note ${n}`, Created: day(i), AuthorId: s.id.erik });
    }
    s.site.emulator.seedItems(PLAN_LISTS.planReviews.title, reviewRows, s.login.erik);
  });

  test('an unindexed query on these lists trips the threshold — the overview does not', async () => {
    const list = s.sp('erik').web.lists.getByTitle(PLAN_LISTS.plans.title);
    expect((await spError(list.items.filter("Title eq 'Plan 1'")())).status).toBe(500);
    const before = s.site.emulator.stats();
    const overview = await s.as('erik').repository.overview();
    const after = s.site.emulator.stats();
    expect(overview.plans).toHaveLength(PLANS);
    // One $batch, then the second page of plans by its nextLink.
    expect(after.requests - before.requests).toBe(2);
    // Only the plans and the decisions are read, never the 48,000 comments.
    expect(after.rowsRead - before.rowsRead).toBeLessThan(PLANS + PLANS / 3 + 100);
    const counts = countByState(overview.plans);
    expect(counts).toEqual({ draft: 2000, submitted: 2000, changesRequested: 0, approved: 2000, archived: 0 });
    const queue = reviewerQueue(overview.plans);
    // Waiting: 2,000 decisions and 2,000 start-up instructions, oldest first.
    expect(queue).toHaveLength(4000);
    expect(queue[0].id).toBe(overview.plans[0].id);
    const times = queue.map((p) => Date.parse(p.state === 'submitted' ? (p.submittedAt as string) : (p.approvedAt as string)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const filtered = reviewerQueue(overview.plans, { embassies: ['Embassy 3'], states: ['submitted'] });
    expect(filtered.every((p) => p.embassy === 'Embassy 3' && p.state === 'submitted')).toBe(true);
    expect(filtered.length).toBeGreaterThan(0);
    // Approved plans are those with i % 3 === 1: embassies 1, 4, 7 … (30 of the 90).
    expect(channelMap(overview.plans).rows).toHaveLength(30);
  });
});

describe('more than 5,000 decisions of one kind', () => {
  test('the overview reads them in id windows instead of tripping the threshold', async () => {
    const s = await createPlanSite();
    const COUNT = 5200;
    const ids = s.site.emulator.seedItems(PLAN_LISTS.plans.title, Array.from({ length: COUNT }, (_, i) => ({
      Title: `Plan ${i}`, Embassy: `Embassy ${i % 90}`, Region: 'europe', Channels: ['facebook'], Purpose: 'activeUse',
      PlanState: 'submitted', Round: 1, SubmittedAt: new Date(Date.UTC(2024, 0, 1) + i * 60000).toISOString(), AuthorId: s.id.anna
    })), s.login.anna);
    s.site.emulator.seedItems(PLAN_LISTS.planReviews.title, ids.map((id, i) => ({
      PlanId: id, Round: 1, Decision: 'approve', Comment: 'ok', Created: new Date(Date.UTC(2024, 0, 2) + i * 60000).toISOString(), AuthorId: s.id.erik
    })), s.login.erik);
    const overview = await s.as('erik').repository.overview();
    expect(countByState(overview.plans).approved).toBe(COUNT);
  });
});
