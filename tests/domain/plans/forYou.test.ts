/**
 * "For you" in plans (domain/plans/forYou.ts): what waits for a reviewer (submitted plans, longest
 * waiting first), what waits for an author (changes requested; approved, to be filed), and which of
 * the author's plans changed state since the last look — none on a first look.
 */
import { plansForYou, planStatesSeen, isEmptyForYou } from '../../../src/domain/plans/forYou';
import { PlanSummary } from '../../../src/domain/plans/queue';

const plan = (id: number, state: PlanSummary['state'], submittedAt: string | null = null): PlanSummary => ({
  id,
  title: `Plan ${id}`,
  embassy: 'Oslo',
  region: 'europe',
  channels: ['facebook'],
  purpose: 'activeUse',
  state,
  submittedAt
});

test('a reviewer gets the plans waiting for a decision, longest waiting first; others get none', () => {
  const inReview = [
    plan(1, 'submitted', '2026-03-05T10:00:00Z'),
    plan(2, 'approved', '2026-03-01T10:00:00Z'),
    plan(3, 'submitted', '2026-03-02T10:00:00Z')
  ];
  expect(plansForYou({ isReviewer: true, inReview, mine: [] }, undefined).toReview.map((p) => p.id)).toEqual([3, 1]);
  expect(isEmptyForYou(plansForYou({ isReviewer: false, inReview, mine: [] }, undefined))).toBe(true);
});

test("an author's turn, and a new decision since the last look (none on a first look)", () => {
  const mine = [plan(4, 'changesRequested'), plan(5, 'approved'), plan(6, 'submitted'), plan(7, 'archived')];
  const first = plansForYou({ isReviewer: false, inReview: [], mine }, undefined);
  expect(first.yourTurn.map((p) => p.id)).toEqual([4, 5]);
  expect(first.changed).toEqual([]);
  // 4 got a decision; 6 and 7 moved by the author's own submit and filing, which is no news to them.
  const seen = planStatesSeen([plan(4, 'submitted'), plan(5, 'approved'), plan(6, 'draft'), plan(7, 'approved')]);
  expect(plansForYou({ isReviewer: false, inReview: [], mine }, seen).changed.map((c) => [c.plan.id, c.from, c.plan.state])).toEqual([
    [4, 'submitted', 'changesRequested']
  ]);
});
