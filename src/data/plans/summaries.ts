/**
 * Plan summaries for the plans in review and an author's own list (overview.ts decides which
 * rows are read). Each summary's state is derived by the domain's `derivePlanState` from what both
 * sides wrote: the author's listing columns on the plan (latest submit, archiving) and the
 * reviewers' decisions in DDH Plan Reviews. A decision never comes from the author's row, so
 * a plan whose author forged its state column is never listed as approved.
 */
import { PlanSummary } from '../../domain/plans/queue';
import { PlanEvent, derivePlanState } from '../../domain/plans/workflow';
import { REVIEW_FIELDS as V } from '../../lists/planLists';
import { Page } from '../paging';
import { PlanRow, ReviewRow, SummaryFacts, personOf, summaryFacts } from './rows';

export interface PlanListing extends PlanSummary {
  authorId: number;
  modified: string;
  archiveReference: string;
}

/** Decisions change the state; plain comments do not, so summaries read only these. */
export const STATE_DECISIONS = ['requestChanges', 'approve', 'sendStartupInstructions'] as const;

// Summary events carry no text: only the decisions' kinds and times matter for the state.
const NO_TEXT = '-';

function summaryEvents(facts: SummaryFacts, decisions: readonly ReviewRow[]): PlanEvent[] {
  const owner = personOf(facts.authorId);
  const events: PlanEvent[] = [];
  if (facts.hint.submittedAt && facts.hint.state !== 'draft') {
    events.push({ kind: 'submit', by: { person: owner, role: 'author' }, at: facts.hint.submittedAt, comment: '' });
  }
  decisions.forEach((d) => {
    events.push({
      kind: d[V.decision] as PlanEvent['kind'],
      by: { person: personOf(d.AuthorId), role: 'reviewer' },
      at: d.Created,
      comment: NO_TEXT
    });
  });
  if (facts.hint.state === 'archived' && facts.hint.archivedAt) {
    events.push({
      kind: 'archive',
      by: { person: owner, role: 'author' },
      at: facts.hint.archivedAt,
      comment: NO_TEXT,
      reference: facts.hint.archiveReference
    });
  }
  return events;
}

export function buildListings(plans: readonly PlanRow[], decisions: readonly ReviewRow[]): PlanListing[] {
  const byPlan = new Map<number, ReviewRow[]>();
  decisions.forEach((d) => {
    const list = byPlan.get(d.PlanId) || [];
    list.push(d);
    byPlan.set(d.PlanId, list);
  });
  return plans.map((row) => {
    const facts = summaryFacts(row);
    const derived = derivePlanState(summaryEvents(facts, byPlan.get(row.Id) || []), { authors: [personOf(facts.authorId)] });
    return {
      id: facts.id,
      title: facts.title,
      embassy: facts.embassy,
      region: facts.region,
      channels: facts.channels,
      purpose: facts.purpose,
      state: derived.state,
      submittedAt: derived.lastSubmittedAt,
      approvedAt: derived.approvedAt,
      startupInstructionsSent: derived.startupInstructionsSent,
      authorId: facts.authorId,
      modified: facts.modified,
      archiveReference: derived.state === 'archived' ? facts.hint.archiveReference : ''
    };
  });
}

/**
 * An author's own plans from their rows: a plan in review shows its verified state; otherwise
 * the author's own hint, which can only say draft or archived (any other value is not theirs to
 * write, and reads as a draft).
 */
export function mineListings(page: Page<PlanRow>, inReview: Map<number, PlanListing>): { plans: PlanListing[]; next?: string } {
  const plans = page.rows.map((row): PlanListing => {
    const facts = summaryFacts(row);
    const verified = inReview.get(row.Id);
    if (verified) return { ...verified, modified: facts.modified };
    const state = facts.hint.state === 'archived' ? 'archived' : 'draft';
    return {
      id: facts.id,
      title: facts.title,
      embassy: facts.embassy,
      region: facts.region,
      channels: facts.channels,
      purpose: facts.purpose,
      state,
      submittedAt: facts.hint.submittedAt,
      approvedAt: null,
      authorId: facts.authorId,
      modified: facts.modified,
      archiveReference: state === 'archived' ? facts.hint.archiveReference : ''
    };
  });
  return { plans, next: page.next };
}
