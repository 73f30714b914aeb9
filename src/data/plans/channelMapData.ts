/**
 * The channel map's data: the newest approvals (at most MAP_APPROVALS, one request) as summaries
 * and the map built from them. In the map's own lazy chunk (the same webpackChunkName as
 * ChannelMapTab), so the first view does not carry it.
 */
import { SPFI } from '@pnp/sp';
import { ChannelMap, PlanSummary, channelMap } from '../../domain/plans/queue';
import { REVIEW_FIELDS as V } from '../../lists/planLists';
import { odataString } from '../odata';
import { readPage } from '../paging';
import { MAP_APPROVALS, approvalsOf, approvedWalk, byIdWindows, isThreshold, plansById, validApprovals } from './overview';
import { settle } from '../settle';
import { APPROVAL_SELECT, ReviewRow, approvalFacts, summaryFacts } from './rows';

export interface RecentApprovals {
  summaries: PlanSummary[];
  /** When the walk stopped at MAP_APPROVALS: the oldest approval it counted; undefined when it read every approval. */
  since?: string;
}

/** The newest approvals, as summaries for the channel map: one page of the ApprovedAt walk. */
export async function recentApprovals(sp: SPFI): Promise<RecentApprovals> {
  const first = await settle(readPage<ReviewRow>(approvedWalk(sp, MAP_APPROVALS, false)));
  if (!first.ok) {
    if (!(await isThreshold(first.error))) throw first.error;
    // The index is still being built (a new index of a large list is built in the background):
    // the newest approvals from windows of ids, until the index answers.
    const every = await byIdWindows<ReviewRow>(sp, 'planReviews', `${V.decision} eq ${odataString('approve')}`, APPROVAL_SELECT);
    const newest = every.sort((a, b) => b.Id - a.Id);
    const kept = newest.slice(0, MAP_APPROVALS);
    return { summaries: await summariesOf(sp, kept), since: newest.length > kept.length ? kept[kept.length - 1].Created : undefined };
  }
  const { approvals, ended } = approvalsOf(first.value.rows);
  const walkedAll = ended || !first.value.next;
  const oldest = approvals.length ? approvals[approvals.length - 1][V.approvedAt] : undefined;
  return { summaries: await summariesOf(sp, approvals), since: walkedAll || typeof oldest !== 'string' ? undefined : oldest };
}

async function summariesOf(sp: SPFI, approvals: ReviewRow[]): Promise<PlanSummary[]> {
  const legacyRows = await plansById(
    sp,
    approvals.filter((r) => !approvalFacts(r)).map((r) => r.PlanId)
  );
  const owners = new Map<number, number>();
  approvals.forEach((r) => {
    const facts = approvalFacts(r);
    const row = legacyRows.get(r.PlanId);
    owners.set(r.PlanId, facts ? facts.authorId : row ? row.AuthorId : r.AuthorId);
  });
  const out: PlanSummary[] = [];
  validApprovals(approvals, owners).forEach((approval) => {
    const row = legacyRows.get(approval.PlanId);
    const facts = approvalFacts(approval) || (row ? summaryFacts(row) : null);
    if (!facts) return;
    out.push({ ...facts, state: 'approved', submittedAt: null, approvedAt: approval.Created });
  });
  return out;
}

/** The map of the newest approvals; `since` when older approvals were left out. */
export async function channelMapOf(sp: SPFI, locale?: string): Promise<ChannelMap> {
  const { summaries, since } = await recentApprovals(sp);
  const map = channelMap(summaries, locale);
  return since ? { ...map, since } : map;
}
