/** @jest-environment node */
/**
 * The plans overview pages large lists only as SharePoint documents it: indexed filters or reads
 * ordered by one indexed column, and later pages by the server's own `odata.nextLink` — every
 * `$skiptoken` sent is one the server issued. With more than 5,000 rows in each list.
 */
import { REGIONS } from '../../src/domain/plans/plan';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { COUNT_CAP, LIST_PAGE } from '../../src/data/plans';
import { createPlanSite, PlanSite } from './fixtures';

jest.setTimeout(180000);

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 5, 1, 12);
const at = (daysAgo: number): string => new Date(NOW - daysAgo * DAY).toISOString();
const APPROVALS = 6000;

/** What the site was asked, and which paging links it gave, through the routed fetch. */
function recordTraffic(): { sent: string[]; issued: Set<string>; stop: () => void } {
  const original = globalThis.fetch;
  const sent: string[] = [];
  const issued = new Set<string>();
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    sent.push(`${decodeURIComponent(url)}\n${typeof init?.body === 'string' ? decodeURIComponent(init.body) : ''}`);
    const response = await original(input, init);
    const text = await response.clone().text();
    for (const m of text.matchAll(/"odata\.nextLink":"([^"]+)"/g)) issued.add(decodeURIComponent(m[1]));
    return response;
  };
  return {
    sent,
    issued,
    stop: () => {
      globalThis.fetch = original;
    }
  };
}

/** The `$skiptoken` values of what was sent. */
function tokensOf(sent: readonly string[]): string[] {
  return sent.flatMap((s) => Array.from(s.matchAll(/\$skiptoken=([^&\s]+)/g)).map((m) => m[1]));
}

describe('plans paging on lists above the threshold', () => {
  let s: PlanSite;
  let newest: number[];
  beforeAll(async () => {
    s = await createPlanSite();
    const em = s.site.emulator;
    const plan = (i: number, state: string): Record<string, unknown> => ({
      Title: `Plan ${i}`,
      Embassy: `Embassy ${i % 90}`,
      Region: REGIONS[i % REGIONS.length],
      Channels: ['facebook'],
      Purpose: 'activeUse',
      PlanState: state,
      Round: 1,
      SubmittedAt: at(500),
      PlanContent: '{}',
      AuthorId: s.id.anna,
      Created: at(501)
    });
    const rows = Array.from({ length: APPROVALS }, (_, i) => plan(i, 'archived'));
    for (let i = 0; i < 7; i++) rows.push(plan(APPROVALS + i, 'draft'));
    // An author who forged her plans' hint as "approved": passed over by the archived count.
    for (let i = 0; i < 3; i++) rows.push(plan(APPROVALS + 7 + i, 'approved'));
    const ids = em.seedItems(PLAN_LISTS.plans.title, rows, s.login.anna);
    const reviews: Array<Record<string, unknown>> = [];
    for (let i = 0; i < APPROVALS; i++) {
      const approved = at(450 - i / 100);
      reviews.push({ PlanId: ids[i], Round: 1, Decision: 'comment', Comment: 'note', Created: at(451 - i / 100), AuthorId: s.id.erik });
      reviews.push({
        PlanId: ids[i],
        Round: 1,
        Decision: 'approve',
        Comment: 'ok',
        Created: approved,
        ApprovedAt: approved,
        AuthorId: s.id.erik,
        PlanTitle: `Plan ${i}`,
        Embassy: `Embassy ${i % 90}`,
        Region: REGIONS[i % REGIONS.length],
        Channels: ['facebook'],
        Purpose: 'activeUse',
        PlanOwner: s.id.anna
      });
    }
    em.seedItems(PLAN_LISTS.planReviews.title, reviews, s.login.erik);
    newest = ids.slice(0, APPROVALS).reverse();
  });
  afterAll(() => s.site.dispose());

  test("the first view sends no paging token; approved plans page by the server's links only", async () => {
    const repository = s.as('sam').repository;
    await repository.viewer();
    const traffic = recordTraffic();
    try {
      const before = s.site.emulator.stats().requests;
      const overview = await repository.overview(new Date(NOW));
      expect(s.site.emulator.stats().requests - before).toBe(1);
      expect(tokensOf(traffic.sent)).toEqual([]);
      // The 3 forged "approved" rows come first in the index and are passed over: "more than 198".
      expect(overview.inReview.counts.archived).toEqual({ count: COUNT_CAP + 1 - 3, capped: true });
      expect(overview.inReview.counts.draft).toEqual({ count: 7, capped: false });
      expect(overview.approved.plans.map((p) => p.id)).toEqual(newest.slice(0, LIST_PAGE));
      let page = overview.approved;
      const seen = [...page.plans.map((p) => p.id)];
      for (let n = 0; n < 3 && page.next; n++) {
        page = await repository.moreApproved(page.next, overview.inReview.plans);
        seen.push(...page.plans.map((p) => p.id));
      }
      expect(seen).toEqual(newest.slice(0, 4 * LIST_PAGE));
      const map = await repository.channelMap();
      expect(map.totals.facebook.active).toBeGreaterThan(0);
      expect(map.rows.length).toBe(90);
      const tokens = tokensOf(traffic.sent);
      // Three next pages of approved plans; the channel map reads its newest approvals in one request.
      expect(tokens).toHaveLength(3);
      const issued = Array.from(traffic.issued).map((link) => /\$skiptoken=([^&\s]+)/.exec(link)?.[1]);
      for (const token of tokens) expect(issued).toContain(token);
    } finally {
      traffic.stop();
    }
  });

  test('while SharePoint still builds the ApprovedAt index, the newest approvals come from windows of ids', async () => {
    const owner = s.site.spAs(s.site.adminLogin);
    await owner.web.lists
      .getByTitle(PLAN_LISTS.planReviews.title)
      .fields.getByInternalNameOrTitle('ApprovedAt')
      .update({ Indexed: false }, 'SP.Field');
    try {
      const overview = await s.as('sam').repository.overview(new Date(NOW));
      expect(overview.approved.plans.map((p) => p.id)).toEqual(newest.slice(0, LIST_PAGE));
      expect(overview.approved.next).toBeUndefined();
      expect((await s.as('sam').repository.channelMap()).rows.length).toBe(90);
    } finally {
      await owner.web.lists
        .getByTitle(PLAN_LISTS.planReviews.title)
        .fields.getByInternalNameOrTitle('ApprovedAt')
        .update({ Indexed: true }, 'SP.Field');
    }
  });
});
