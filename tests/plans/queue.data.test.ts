/** @jest-environment node */
import { reviewerQueue } from '../../src/domain/plans/queue';
import { REGIONS } from '../../src/domain/plans/plan';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { olderInReview } from '../../src/data/plans/olderQueue';
import { verifyPlans } from '../../src/data/plans/overview';
import { PlanRow, SUMMARY_SELECT } from '../../src/data/plans/rows';
import { countRoundTrips } from '../../workbench/bench/roundTrips';
import { COUNT_CAP, createPlanServices, LIST_PAGE, PlansOverview, QUEUE_WINDOW_DAYS } from '../../src/data/plans';
import { spError } from '../support/sp';
import { provision } from '../../src/lists/provision';
import { SCHEMA_VERSION } from '../../src/lists/settings';
import { writeSchemaVersion } from '../../src/lists/version';
import { completePlan, createPlanSite, PlanSite } from './fixtures';

jest.setTimeout(180000);

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 5, 1, 12);
const at = (daysAgo: number): string => new Date(NOW - daysAgo * DAY).toISOString();

interface Scenario {
  s: PlanSite;
  waiting: number[];
  changes: number[];
  approvedOpen: number[];
  approvedDone: number[];
  archivedWaiting: number[];
  drafts: number[];
}

/**
 * `history` plans approved long ago (by Bo, every tenth by Anna): filed and instructed, except
 * every fiftieth, which its author never filed (its hint still says "submitted" for ever, as on a
 * real site); plus the same recent plans in every scenario: 30 waiting, 10 sent back, 10 approved
 * (5 instructed), 5 archived without start-up instructions, 20 drafts (all Anna's).
 */
async function scenario(history: number, reviews: number): Promise<Scenario> {
  const s = await createPlanSite();
  const em = s.site.emulator;
  const plan = (
    i: number,
    state: string,
    submittedDaysAgo: number | null,
    extra: Record<string, unknown> = {}
  ): Record<string, unknown> => ({
    Title: `Plan ${i}`,
    Embassy: `Embassy ${i % 90}`,
    Region: REGIONS[i % REGIONS.length],
    Channels: ['facebook'],
    Purpose: 'activeUse',
    PlanState: state,
    Round: submittedDaysAgo === null ? 0 : 1,
    SubmittedAt: submittedDaysAgo === null ? null : at(submittedDaysAgo),
    PlanContent: '{}',
    AuthorId: s.id.anna,
    Created: at((submittedDaysAgo || 1) + 1),
    ...extra
  });
  const owner = (i: number): number => (i < history && i % 10 !== 0 ? s.id.bo : s.id.anna);
  const unfiled = (i: number): boolean => i < history && i % 50 === 20;
  const facts = (i: number): Record<string, unknown> => ({
    PlanTitle: `Plan ${i}`,
    Embassy: `Embassy ${i % 90}`,
    Region: REGIONS[i % REGIONS.length],
    Channels: ['facebook'],
    Purpose: 'activeUse',
    PlanOwner: owner(i)
  });
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < history; i++) {
    const days = 400 + (history - i) / 100;
    rows.push(
      unfiled(i)
        ? plan(i, 'submitted', days, { AuthorId: owner(i) })
        : plan(i, 'archived', days, { ArchiveReference: `REF-${i}`, ArchivedAt: at(399), AuthorId: owner(i) })
    );
  }
  const recent: Array<[string, number]> = [];
  const add = (kind: string, n: number, state: string, daysAgo: (k: number) => number | null): void => {
    for (let k = 0; k < n; k++) {
      recent.push([kind, rows.length]);
      rows.push(plan(rows.length, state, daysAgo(k)));
    }
  };
  add('waiting', 30, 'submitted', (k) => 40 - k);
  add('changes', 10, 'submitted', (k) => 50 - k);
  add('approvedOpen', 5, 'submitted', (k) => 60 - k);
  add('approvedDone', 5, 'submitted', (k) => 70 - k);
  add('archivedWaiting', 5, 'archived', (k) => 80 - k);
  add('drafts', 20, 'draft', () => null);
  const ids = em.seedItems(PLAN_LISTS.plans.title, rows, s.login.anna);
  const byKind = (kind: string): number[] => recent.filter(([k]) => k === kind).map(([, index]) => ids[index]);
  const review: Array<Record<string, unknown>> = [];
  const decision = (planIndex: number, kind: string, daysAgo: number, withFacts: boolean): void => {
    // An approval carries its time for the approved list's index, as the reviewer's client writes it.
    const approvedAt = kind === 'approve' ? { ApprovedAt: at(daysAgo) } : {};
    review.push({
      PlanId: ids[planIndex],
      Round: 1,
      Decision: kind,
      Comment: 'ok',
      Created: at(daysAgo),
      AuthorId: s.id.erik,
      ...approvedAt,
      ...(withFacts ? facts(planIndex) : {})
    });
  };
  for (let i = 0; i < history; i++) {
    decision(i, 'approve', 399.5 + (history - i) / 100, true);
    if (!unfiled(i)) decision(i, 'sendStartupInstructions', 399.2 + (history - i) / 100, false);
  }
  recent.forEach(([kind, index], k) => {
    const submitted = Date.parse((rows[index].SubmittedAt as string) || at(0));
    const after = (NOW - submitted) / DAY - 1;
    if (kind === 'changes') decision(index, 'requestChanges', after, false);
    if (kind === 'approvedOpen' || kind === 'approvedDone' || kind === 'archivedWaiting') decision(index, 'approve', after, true);
    if (kind === 'approvedDone') decision(index, 'sendStartupInstructions', after - 0.5, false);
    if (k < 50)
      review.push({
        PlanId: ids[index],
        Round: 1,
        Decision: 'comment',
        Comment: 'recent note',
        Created: at(after + 0.2),
        AuthorId: s.id.erik
      });
  });
  for (let n = review.length; n < reviews; n++) {
    const i = n % Math.max(1, history);
    review.push({
      PlanId: ids[i],
      Round: 1,
      Decision: 'comment',
      Comment: `note ${n}`,
      Created: at(400 + (n % 1000) / 10),
      AuthorId: s.id.erik
    });
  }
  em.seedItems(PLAN_LISTS.planReviews.title, review, s.login.erik);
  return {
    s,
    waiting: byKind('waiting'),
    changes: byKind('changes'),
    approvedOpen: byKind('approvedOpen'),
    approvedDone: byKind('approvedDone'),
    archivedWaiting: byKind('archivedWaiting'),
    drafts: byKind('drafts')
  };
}

async function measured(
  s: PlanSite,
  who: 'erik' | 'sam' | 'anna'
): Promise<{ overview: PlansOverview; requests: number; rowsRead: number }> {
  const repository = s.as(who).repository;
  // The digest request of a new client is not part of the view.
  await repository.viewer();
  const before = s.site.emulator.stats();
  const overview = await repository.overview(new Date(NOW));
  const after = s.site.emulator.stats();
  return { overview, requests: after.requests - before.requests, rowsRead: after.rowsRead - before.rowsRead };
}

function checkQueue(sc: Scenario, overview: PlansOverview): void {
  const queue = reviewerQueue(overview.inReview.plans);
  const ids = queue.map((p) => p.id).sort((a, b) => a - b);
  expect(ids).toEqual([...sc.waiting, ...sc.approvedOpen, ...sc.archivedWaiting].sort((a, b) => a - b));
  // Oldest waiting first: the archived ones were approved longest ago, then the approved, then the submitted.
  const since = queue.map((p) => Date.parse((p.state === 'submitted' ? p.submittedAt : p.approvedAt) as string));
  expect(since).toEqual([...since].sort((a, b) => a - b));
  expect(
    queue
      .filter((p) => p.state === 'archived')
      .map((p) => p.id)
      .sort()
  ).toEqual([...sc.archivedWaiting].sort());
  const counts = overview.inReview.counts;
  expect(counts.submitted).toEqual({ count: 30, capped: false });
  expect(counts.changesRequested).toEqual({ count: 10, capped: false });
  expect(counts.approved).toEqual({ count: 10, capped: false });
  expect(counts.draft).toEqual({ count: 20, capped: false });
}

describe('the plans first view does not grow with the lists', () => {
  let small: Scenario;
  let large: Scenario;
  beforeAll(async () => {
    small = await scenario(1000 - 80, 3000);
    large = await scenario(20000 - 80, 50000);
  });

  test('one $batch, the same rows read at 1,000 and 20,000 plans (50,000 reviews), and never the threshold', async () => {
    const list = large.s.sp('erik').web.lists.getByTitle(PLAN_LISTS.plans.title);
    // An unindexed query on this list trips the threshold; the first view's queries do not.
    expect((await spError(list.items.filter("Title eq 'Plan 1'")())).status).toBe(500);
    const a = await measured(small.s, 'erik');
    const b = await measured(large.s, 'erik');
    expect(a.requests).toBe(1);
    expect(b.requests).toBe(1);
    // 50 plans in review, the decisions of the window, one approved page and two bounded count walks.
    expect(b.rowsRead).toBeLessThan(2 * COUNT_CAP + 400);
    process.stdout.write(`first view rows read: 1k ${a.rowsRead}, 20k ${b.rowsRead}\n`);
    expect(Math.abs(b.rowsRead - a.rowsRead)).toBeLessThanOrEqual(a.rowsRead * 0.1);
    checkQueue(small, a.overview);
    checkQueue(large, b.overview);
    expect(a.overview.inReview.counts.archived).toEqual({ count: COUNT_CAP, capped: true });
    expect(b.overview.inReview.counts.archived).toEqual({ count: COUNT_CAP, capped: true });
  });

  test("an author's own plans: one $batch, each page verified, plans never filed shown approved", async () => {
    const view = async (
      sc: Scenario
    ): Promise<{
      requests: number;
      rowsRead: number;
      mine: PlansOverview['mine'];
      more: number;
      moreRows: number;
      next?: PlansOverview['mine'];
    }> => {
      const page = { userId: sc.s.id.anna };
      await createPlanServices(sc.s.site.spAs(sc.s.login.anna), page).repository.viewer();
      const repository = createPlanServices(sc.s.site.spAs(sc.s.login.anna), page).repository;
      const before = sc.s.site.emulator.stats();
      const overview = await repository.overview(new Date(NOW));
      const mid = sc.s.site.emulator.stats();
      const next = overview.mine?.next ? await repository.moreMine(overview.mine.next, overview.inReview.plans) : undefined;
      const after = sc.s.site.emulator.stats();
      return {
        requests: mid.requests - before.requests,
        rowsRead: mid.rowsRead - before.rowsRead,
        mine: overview.mine,
        more: after.requests - mid.requests,
        moreRows: after.rowsRead - mid.rowsRead,
        next
      };
    };
    for (const sc of [small, large]) {
      const v = await view(sc);
      expect(v.requests).toBe(1);
      // The first page: her 50 newest (all recent), states verified by the queue's reads.
      expect(v.mine?.plans).toHaveLength(LIST_PAGE);
      expect(new Set(v.mine?.plans.map((p) => p.state))).toEqual(
        new Set(['draft', 'archived', 'approved', 'changesRequested', 'submitted'])
      );
      // The next page reaches her history: the plans she never filed are verified with their
      // decisions (one more request) and shown approved; the rest of her history is archived.
      expect(v.more).toBe(2);
      const next = v.next?.plans ?? [];
      expect(next).toHaveLength(LIST_PAGE);
      expect(new Set(next.map((p) => p.state))).toEqual(new Set(['submitted', 'approved', 'archived']));
      expect(next.filter((p) => p.state === 'approved')).toHaveLength(5);
      process.stdout.write(`author first view rows: ${v.rowsRead}, next page: ${v.moreRows} rows, ${v.more} requests\n`);
    }
  });

  test('staff browse approved plans newest first, page by page with the paging token', async () => {
    const repository = large.s.as('sam').repository;
    const first = await repository.overview(new Date(NOW));
    expect(first.isReviewer).toBe(false);
    expect(first.approved.plans).toHaveLength(50);
    // The newest approvals: the 5 archived ones, then the 10 approved ones, then the history.
    const newest = [...large.archivedWaiting, ...large.approvedOpen, ...large.approvedDone];
    expect(
      first.approved.plans
        .slice(0, 15)
        .map((p) => p.id)
        .sort()
    ).toEqual([...newest].sort());
    expect(first.approved.plans.filter((p) => large.approvedOpen.indexOf(p.id) >= 0).every((p) => p.state === 'approved')).toBe(true);
    expect(first.approved.plans.slice(15).every((p) => p.state === 'archived')).toBe(true);
    expect(first.approved.next).toBeDefined();
    const before = large.s.site.emulator.stats();
    const second = await repository.moreApproved(first.approved.next as string, first.inReview.plans);
    const after = large.s.site.emulator.stats();
    expect(after.requests - before.requests).toBe(1);
    expect(after.rowsRead - before.rowsRead).toBeLessThanOrEqual(LIST_PAGE + 2);
    expect(second.plans).toHaveLength(50);
    const seen = new Set(first.approved.plans.map((p) => p.id));
    expect(second.plans.every((p) => !seen.has(p.id))).toBe(true);
  });
});

describe("an author's first view", () => {
  test('is one $batch with the user id the page knows, and two without it; the plans are the same', async () => {
    const s = await createPlanSite();
    const anna = s.as('anna').repository;
    const mine = await anna.create(completePlan('Tokyo'));
    await s.as('bo').repository.create(completePlan('Oslo'));
    const first = async (page: { userId?: number }): Promise<{ ids: number[]; requests: number }> => {
      const repository = createPlanServices(s.site.spAs(s.login.anna), page).repository;
      await repository.viewer(); // the digest of a new client is not part of the view
      const fresh = createPlanServices(s.site.spAs(s.login.anna), page).repository;
      const before = s.site.emulator.stats().requests;
      const overview = await fresh.overview(new Date(NOW));
      return { ids: (overview.mine?.plans ?? []).map((p) => p.id), requests: s.site.emulator.stats().requests - before };
    };
    const withPage = await first({ userId: s.id.anna });
    const without = await first({});
    expect(withPage.ids).toEqual([mine.id]);
    expect(without.ids).toEqual([mine.id]);
    expect(withPage.requests).toBe(1);
    expect(without.requests).toBe(2);
    // A wrong hint (another person's id) never shows their plans: the answer's own user decides.
    const wrong = await first({ userId: s.id.bo });
    expect(wrong.ids).toEqual([mine.id]);
  });

  test('asks for its list rows without metadata (nothing in it is written back): no row of the answer carries an ETag', async () => {
    const s = await createPlanSite();
    await s.as('anna').repository.create(completePlan('Tokyo'));
    const anna = createPlanServices(s.site.spAs(s.login.anna), { userId: s.id.anna }).repository;
    await anna.viewer();
    const original = globalThis.fetch;
    const sent: string[] = [];
    const answers: string[] = [];
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      sent.push(typeof init?.body === 'string' ? init.body : '');
      const response = await original(input, init);
      answers.push(await response.clone().text());
      return response;
    };
    try {
      const overview = await anna.overview(new Date(NOW));
      expect(overview.mine?.plans.map((p) => p.embassy)).toEqual(['Tokyo']);
    } finally {
      globalThis.fetch = original;
    }
    expect(sent).toHaveLength(1);
    // The plans in review, the decisions, the approved page, two counts and the author's own plans.
    expect(sent[0].match(/accept: application\/json;odata=nometadata/gi)).toHaveLength(6);
    const parts = answers[0].split(/--batchresponse_[^\n]*\n/).filter((part) => part.includes('HTTP/1.1 200'));
    const lean = parts.filter((part) => /content-type: application\/json;odata=nometadata/i.test(part));
    expect(lean).toHaveLength(6);
    expect(lean.join('')).toContain('"Tokyo"');
    expect(lean.join('')).not.toContain('"odata.');
  });
});

describe('trust: what an author writes on their own plan decides nothing', () => {
  test('an author who sets PlanState=approved through REST is not approved anywhere; a reviewer approving their own plan neither', async () => {
    const sc = await scenario(30, 200);
    const { s } = sc;
    const draft = sc.drafts[0];
    const plans = s.sp('anna').web.lists.getByTitle(PLAN_LISTS.plans.title);
    await plans.items.getById(draft).update({ PlanState: 'approved', SubmittedAt: at(3) });
    // Nor can she write the approval itself: the reviews list refuses her.
    const forged = s
      .sp('anna')
      .web.lists.getByTitle(PLAN_LISTS.planReviews.title)
      .items.add({ PlanId: draft, Round: 1, Decision: 'approve', Comment: 'me', Embassy: 'Embassy 1', PlanOwner: 999 });
    expect((await spError(forged)).status).toBe(403);
    // Rita reviews and writes plans: her approval of her own plan is written, and ignored.
    const own = (await s
      .sp('rita')
      .web.lists.getByTitle(PLAN_LISTS.plans.title)
      .items.add({
        Title: 'Rita',
        Embassy: 'Oslo',
        Region: 'europe',
        Channels: ['x'],
        Purpose: 'activeUse',
        PlanState: 'submitted',
        Round: 1,
        SubmittedAt: at(2)
      })) as unknown as { Id: number };
    await s
      .sp('rita')
      .web.lists.getByTitle(PLAN_LISTS.planReviews.title)
      .items.add({
        PlanId: own.Id,
        Round: 1,
        Decision: 'approve',
        Comment: 'fine',
        ApprovedAt: at(1),
        PlanTitle: 'Rita',
        Embassy: 'Oslo',
        Region: 'europe',
        Channels: ['x'],
        Purpose: 'activeUse',
        PlanOwner: s.id.rita
      });

    const overview = await s.as('sam').repository.overview(new Date(NOW));
    const approvedIds = overview.approved.plans.map((p) => p.id);
    expect(approvedIds).not.toContain(draft);
    expect(approvedIds).not.toContain(own.Id);
    const map = await s.as('sam').repository.channelMap();
    expect(map.rows.map((r) => r.embassy)).not.toContain('Oslo');
    expect(map.totals.x.active).toBe(0);
    expect(overview.inReview.counts.approved.count).toBe(10);
    // Rita's plan is simply waiting; the forged draft is not in review at all.
    const queue = reviewerQueue(overview.inReview.plans);
    expect(queue.find((p) => p.id === own.Id)?.state).toBe('submitted');
    expect(queue.find((p) => p.id === draft)).toBeUndefined();
    // The approved plans' channels are on the map.
    expect(map.totals.facebook.active).toBeGreaterThan(0);
  });
});

describe("a plan submitted before the queue's window", () => {
  test("approved long ago and never filed: the approved list and its author's own list say approved; the queue does not read it", async () => {
    const sc = await scenario(10, 50);
    const { s } = sc;
    const em = s.site.emulator;
    const old = {
      Embassy: 'Lima',
      Region: 'americas',
      Channels: ['facebook'],
      Purpose: 'activeUse',
      PlanState: 'submitted',
      Round: 1,
      AuthorId: s.id.anna
    };
    const [oldId, lateId] = em.seedItems(
      PLAN_LISTS.plans.title,
      [
        { Title: 'Old', ...old, SubmittedAt: at(300) },
        { Title: 'Late', ...old, SubmittedAt: at(200) }
      ],
      s.login.anna
    );
    em.seedItems(
      PLAN_LISTS.planReviews.title,
      [
        {
          PlanId: oldId,
          Round: 1,
          Decision: 'approve',
          Comment: 'ok',
          Created: at(299),
          ApprovedAt: at(299),
          AuthorId: s.id.erik,
          PlanTitle: 'Old',
          Embassy: 'Lima',
          Region: 'americas',
          Channels: ['facebook'],
          Purpose: 'activeUse',
          PlanOwner: s.id.anna
        }
      ],
      s.login.erik
    );

    const reviewer = await measured(s, 'erik');
    expect(reviewer.requests).toBe(1);
    expect(reviewer.overview.inReview.plans.map((p) => p.id)).not.toContain(oldId);
    // The queue and its counts are the window's, and say from when.
    expect(reviewer.overview.inReview.since).toBe(at(QUEUE_WINDOW_DAYS));
    expect(reviewer.overview.inReview.counts.approved).toEqual({ count: 10, capped: false });
    // Its approval is in the approved list, not filed: its state is what the plan says, read with the approval.
    expect(reviewer.overview.approved.plans.find((p) => p.id === oldId)).toMatchObject({ state: 'approved', archiveReference: '' });
    const filed = reviewer.overview.approved.plans.filter((p) => sc.archivedWaiting.indexOf(p.id) >= 0);
    expect(filed.map((p) => p.state)).toEqual(['archived', 'archived', 'archived', 'archived', 'archived']);

    // Its author's own list verifies both with their decisions, in one more request (this client
    // knows no user id, so the own plans follow the first $batch: see "an author's first view").
    const author = await measured(s, 'anna');
    expect(author.requests).toBe(3);
    const mine = author.overview.mine?.plans ?? [];
    expect(mine.find((p) => p.id === oldId)?.state).toBe('approved');
    expect(mine.find((p) => p.id === lateId)?.state).toBe('submitted');
  });
});

describe('older plans still waiting, looked for on request', () => {
  test('above the threshold: every plan from before the window that still waits, oldest first, a bounded number of rows a page', async () => {
    const sc = await scenario(12000 - 80, 13000);
    const { s } = sc;
    const em = s.site.emulator;
    // Rows seeded without their time keys: the site says v7, so the search walks windows of
    // SubmittedAt (the keys' own search: timekeys.data.test.ts).
    await writeSchemaVersion(s.site.spAs(s.site.adminLogin), 7);
    // A plan waiting 200 days for its first decision, and one sent back 150 days ago (not waiting for the reviewers).
    const base = {
      Embassy: 'Lima',
      Region: 'americas',
      Channels: ['facebook'],
      Purpose: 'activeUse',
      PlanState: 'submitted',
      Round: 1,
      AuthorId: s.id.bo
    };
    const [lateId, backId] = em.seedItems(
      PLAN_LISTS.plans.title,
      [
        { Title: 'Late', ...base, SubmittedAt: at(200) },
        { Title: 'Back', ...base, SubmittedAt: at(160) }
      ],
      s.login.bo
    );
    em.seedItems(
      PLAN_LISTS.planReviews.title,
      [{ PlanId: backId, Round: 1, Decision: 'requestChanges', Comment: 'more', Created: at(150), AuthorId: s.id.erik }],
      s.login.erik
    );
    const repository = s.as('erik').repository;
    await repository.viewer();
    const found: number[] = [];
    const costs: Array<{ requests: number; rowsRead: number }> = [];
    let before: string | undefined;
    for (let n = 0; n < 20; n++) {
      const a = em.stats();
      const page = await repository.read((sp) => olderInReview(sp, before, new Date(NOW)));
      const b = em.stats();
      costs.push({ requests: b.requests - a.requests, rowsRead: b.rowsRead - a.rowsRead });
      found.push(...page.plans.map((p) => p.id));
      expect(page.plans.every((p) => p.state === 'submitted' || p.state === 'approved')).toBe(true);
      if (!page.next) break;
      before = page.next;
    }
    // The late plan, and every plan approved long ago and never filed nor instructed (the history's
    // every fiftieth); never the plan sent back, never a filed and instructed one.
    const submitted = await s
      .sp('erik')
      .web.lists.getByTitle(PLAN_LISTS.plans.title)
      .items.select('Id', 'SubmittedAt')
      .filter("PlanState eq 'submitted'")
      .top(5000)<Array<{ Id: number; SubmittedAt: string }>>();
    const unfiled = submitted.filter((r) => Date.parse(r.SubmittedAt) < Date.parse(at(300))).map((r) => r.Id);
    expect(unfiled.length).toBe(Array.from({ length: 12000 - 80 }, (_, i) => i).filter((i) => i % 50 === 20).length);
    expect([...found].sort((x, y) => x - y)).toEqual([lateId, ...unfiled].sort((x, y) => x - y));
    expect(found).not.toContain(backId);
    // A page: one $batch of two windows of the SubmittedAt index (this history is denser than any
    // real pace: its windows are refused and read again in halves of at most 5,000 plans each),
    // then the found plans' decisions, 20 plans a $batch.
    costs.forEach((c) => expect(c.rowsRead).toBeLessThanOrEqual(12000 + (2 * 12000) / 50 + 10));
    process.stdout.write(`older plans: ${costs.map((c) => `${c.requests} req/${c.rowsRead} rows`).join(', ')}\n`);
  });
});

describe('verifying many plans with their decisions', () => {
  test('45 plans: three $batch requests of 20 sent together, one round trip of waiting', async () => {
    const sc = await scenario(10, 50);
    const { s } = sc;
    const em = s.site.emulator;
    const base = {
      Embassy: 'Lima',
      Region: 'americas',
      Channels: ['facebook'],
      Purpose: 'activeUse',
      PlanState: 'submitted',
      Round: 1,
      AuthorId: s.id.bo
    };
    const ids = em.seedItems(
      PLAN_LISTS.plans.title,
      Array.from({ length: 45 }, (_, i) => ({ Title: `Old ${i}`, ...base, SubmittedAt: at(400 + i) })),
      s.login.bo
    );
    em.seedItems(
      PLAN_LISTS.planReviews.title,
      [{ PlanId: ids[44], Round: 1, Decision: 'requestChanges', Comment: 'more', Created: at(300), AuthorId: s.id.erik }],
      s.login.erik
    );
    const sp = s.sp('erik');
    const rows = await sp.web.lists
      .getByTitle(PLAN_LISTS.plans.title)
      .items.select(...SUMMARY_SELECT)
      .filter(`Id ge ${ids[0]} and Id le ${ids[44]}`)
      .top(100)<PlanRow[]>();
    const before = em.stats().requests;
    // (Answers after a timer, as over a network: in process an answer could come before a batch sent in the same turn leaves.)
    em.faults.setLatency(1);
    const trips = countRoundTrips();
    let roundTrips = 0;
    try {
      const listings = await verifyPlans(sp, rows);
      roundTrips = trips.stop();
      expect(listings).toHaveLength(45);
      expect(listings.find((p) => p.id === ids[44])?.state).toBe('changesRequested');
      expect(listings.filter((p) => p.state === 'submitted')).toHaveLength(44);
    } finally {
      if (!roundTrips) trips.stop();
      em.faults.setLatency(0);
    }
    expect(em.stats().requests - before).toBe(3);
    expect(roundTrips).toBe(1);
  });
});

describe('a site set up at schema version 2', () => {
  test('keeps its plans and approvals after the upgrade: approvals without listing facts take them from the plan', async () => {
    const s = await createPlanSite({ version: 2 });
    const march = new Date(Date.UTC(2026, 2, 3));
    const anna = s.as('anna').repository;
    const submitted = async (embassy: string): Promise<number> => {
      const { id } = await anna.create(completePlan(embassy));
      const detail = await anna.load(id);
      await anna.submit(detail, detail.plan, detail.etag);
      return id;
    };
    const [approvedId, archivedId, waitingId] = [await submitted('Tokyo'), await submitted('Lima'), await submitted('Oslo')];
    // Version 2 wrote decisions without the listing facts.
    const reviews = s.sp('erik').web.lists.getByTitle(PLAN_LISTS.planReviews.title).items;
    for (const id of [approvedId, archivedId]) await reviews.add({ PlanId: id, Round: 1, Decision: 'approve', Comment: 'Approved.' });
    await anna.archive(await anna.load(archivedId), 'UM/2026/0001', 'Filed.');
    // Before the upgrade the overview asks for columns version 2 lacks: SharePoint's 400.
    await expect(s.as('erik').repository.overview(march)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/The field or property '\w+' does not exist\./)
    });

    const report = await provision(s.site.spAs(s.site.adminLogin));
    expect(report).toMatchObject({ fromVersion: 2, toVersion: SCHEMA_VERSION });
    // v4: the approvals written before it get their time for the approved list's index.
    expect(report.changes).toContain('approval times on DDH Plan Reviews: 2');
    const overview = await s.as('erik').repository.overview(march);
    const queue = reviewerQueue(overview.inReview.plans);
    // Oldest waiting first: the Oslo plan (submitted before the approvals) for a decision; both
    // approved plans, archived or not, for start-up instructions.
    expect(queue.map((p) => [p.embassy, p.state])).toEqual([
      ['Oslo', 'submitted'],
      ['Tokyo', 'approved'],
      ['Lima', 'archived']
    ]);
    expect(queue.find((p) => p.id === waitingId)?.submittedAt).toBeTruthy();
    expect(overview.approved.plans.map((p) => [p.embassy, p.state]).sort()).toEqual([
      ['Lima', 'archived'],
      ['Tokyo', 'approved']
    ]);
    expect(overview.approved.plans.find((p) => p.id === archivedId)?.archiveReference).toBe('UM/2026/0001');
    const map = await s.as('sam').repository.channelMap();
    expect(map.rows.map((r) => r.embassy).sort()).toEqual(['Lima', 'Tokyo']);
  });
});
