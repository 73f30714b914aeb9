import { PlanSummary, channelMap, countByState, embassiesOf, filterPlans, reviewerQueue } from '../../../src/domain/plans';

function summary(id: number, extra: Partial<PlanSummary>): PlanSummary {
  return {
    id,
    title: `Plan ${id}`,
    embassy: 'Tokyo',
    region: 'asiaOceania',
    channels: ['facebook'],
    purpose: 'activeUse',
    state: 'submitted',
    submittedAt: '2025-03-01T10:00:00Z',
    ...extra
  };
}

const plans: PlanSummary[] = [
  summary(1, { embassy: 'Tokyo', submittedAt: '2025-03-05T10:00:00Z' }),
  summary(2, {
    embassy: 'Cairo',
    region: 'africaMiddleEast',
    channels: ['x', 'facebook'],
    purpose: 'dormantCrisisProfile',
    submittedAt: '2025-03-01T10:00:00+02:00'
  }),
  summary(3, { embassy: 'Bangkok', state: 'draft', submittedAt: null }),
  summary(4, {
    embassy: 'Madrid',
    region: 'europe',
    state: 'approved',
    submittedAt: '2025-01-01T10:00:00Z',
    approvedAt: '2025-02-01T10:00:00Z'
  }),
  summary(5, {
    embassy: 'Rome',
    region: 'europe',
    state: 'archived',
    channels: ['instagram'],
    approvedAt: '2025-01-15T10:00:00Z',
    startupInstructionsSent: true
  }),
  summary(6, {
    embassy: ' cairo',
    region: 'africaMiddleEast',
    state: 'approved',
    channels: ['x'],
    approvedAt: '2025-02-20T10:00:00Z',
    startupInstructionsSent: true
  }),
  summary(7, {
    embassy: 'Cairo',
    region: 'africaMiddleEast',
    state: 'archived',
    channels: ['facebook'],
    purpose: 'dormantCrisisProfile',
    approvedAt: '2024-12-01T10:00:00Z',
    startupInstructionsSent: true
  }),
  summary(8, { embassy: 'London', region: 'europe', state: 'changesRequested', channels: ['youtube'] }),
  summary(9, { embassy: 'Tokyo', submittedAt: '2025-03-05T10:00:00Z' })
];
const ids = (list: PlanSummary[]): number[] => list.map((p) => p.id);

describe('reviewerQueue', () => {
  it('shows what waits for reviewers, oldest first, equal times by id', () => {
    // 4 waits for start-up instructions since its approval on 1 Feb.
    expect(ids(reviewerQueue(plans))).toEqual([4, 2, 1, 9]);
  });

  it('filters by embassy (as typed), region, channel, state and purpose', () => {
    expect(ids(reviewerQueue(plans, { embassies: ['CAIRO '] }))).toEqual([2]);
    expect(ids(reviewerQueue(plans, { regions: ['europe'] }))).toEqual([4]);
    expect(ids(reviewerQueue(plans, { channels: ['x'] }))).toEqual([2]);
    expect(ids(reviewerQueue(plans, { purposes: ['dormantCrisisProfile'] }))).toEqual([2]);
    expect(ids(reviewerQueue(plans, { states: ['changesRequested', 'draft'] }))).toEqual([8, 3]);
    expect(ids(filterPlans(plans, { embassies: ['cairo'], states: ['archived', 'approved'] }))).toEqual([6, 7]);
    expect(ids(filterPlans(plans, { channels: [] }))).toEqual(ids(plans));
  });
});

describe('countByState', () => {
  it('counts every state, zeros included', () => {
    expect(countByState(plans)).toEqual({ draft: 1, submitted: 3, changesRequested: 1, approved: 2, archived: 2 });
    expect(countByState([])).toEqual({ draft: 0, submitted: 0, changesRequested: 0, approved: 0, archived: 0 });
  });
});

describe('embassiesOf', () => {
  it('lists each embassy once, sorted', () => {
    expect(embassiesOf(plans)).toEqual(['Bangkok', 'Cairo', 'London', 'Madrid', 'Rome', 'Tokyo']);
  });
});

describe('channelMap', () => {
  it('shows approved channels per embassy; active beats dormant', () => {
    const map = channelMap(plans);
    expect(map.rows).toEqual([
      { embassy: 'cairo', region: 'africaMiddleEast', channels: { x: 'active', facebook: 'dormant' } },
      { embassy: 'Madrid', region: 'europe', channels: { facebook: 'active' } },
      { embassy: 'Rome', region: 'europe', channels: { instagram: 'active' } }
    ]);
    expect(map.totals.facebook).toEqual({ active: 1, dormant: 1 });
    expect(map.totals.x).toEqual({ active: 1, dormant: 0 });
    expect(map.totals.youtube).toEqual({ active: 0, dormant: 0 });
  });

  it('lets a later active plan outrank an earlier dormant profile for the same channel', () => {
    const map = channelMap([
      summary(1, { embassy: 'Cairo', state: 'approved', purpose: 'dormantCrisisProfile', channels: ['facebook'] }),
      summary(2, { embassy: 'Cairo', state: 'archived', purpose: 'activeUse', channels: ['facebook'] }),
      summary(3, { embassy: 'Cairo', state: 'approved', purpose: 'dormantCrisisProfile', channels: ['facebook'] })
    ]);
    expect(map.rows).toEqual([{ embassy: 'Cairo', region: 'asiaOceania', channels: { facebook: 'active' } }]);
  });
});
