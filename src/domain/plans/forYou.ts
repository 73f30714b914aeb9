/**
 * "For you" in the plans web part (#13 item 7): what waits for this person, derived from the
 * overview's lists alone — plans waiting for a reviewer's decision (for reviewers), the person's
 * own plans that wait for them (changes requested, or approved and to be filed), and which of
 * their plans changed state since they last looked (a new decision), compared with the states this
 * browser saw last. A first look has nothing to compare with, so it reports no change.
 */
import type { PlanState } from './workflow';
import { PlanSummary, waitingSince } from './queue';

export type SeenPlanStates = Record<string, PlanState>;

export interface PlansForYou {
  /** Reviewers: plans waiting for a decision, longest waiting first. */
  toReview: PlanSummary[];
  /** Authors: their plans that wait for them (changes requested; approved, to be filed). */
  yourTurn: PlanSummary[];
  /** Their plans whose state changed since the last look, with the state seen then. */
  changed: Array<{ plan: PlanSummary; from: PlanState }>;
}

const AUTHORS_TURN: readonly PlanState[] = ['changesRequested', 'approved'];
/** A reviewer's decision puts a plan in one of these: only such a change is news to its author (their own submit is not). */
const DECIDED: readonly PlanState[] = ['changesRequested', 'approved'];

export function plansForYou(
  view: { isReviewer: boolean; inReview: readonly PlanSummary[]; mine: readonly PlanSummary[] },
  seen: SeenPlanStates | undefined
): PlansForYou {
  const toReview = view.isReviewer
    ? view.inReview
        .filter((p) => p.state === 'submitted')
        .sort((a, b) => (Date.parse(waitingSince(a) || '') || 0) - (Date.parse(waitingSince(b) || '') || 0))
    : [];
  const yourTurn = view.mine.filter((p) => AUTHORS_TURN.indexOf(p.state) >= 0);
  const changed = seen
    ? view.mine
        .filter((p) => seen[String(p.id)] && seen[String(p.id)] !== p.state && DECIDED.indexOf(p.state) >= 0)
        .map((p) => ({ plan: p, from: seen[String(p.id)] }))
    : [];
  return { toReview, yourTurn, changed };
}

/** The states to remember after this look: those of the person's plans in view now. */
export function planStatesSeen(mine: readonly PlanSummary[]): SeenPlanStates {
  const next: SeenPlanStates = {};
  for (const p of mine) next[String(p.id)] = p.state;
  return next;
}

export function isEmptyForYou(found: PlansForYou): boolean {
  return found.toReview.length === 0 && found.yourTurn.length === 0 && found.changed.length === 0;
}
