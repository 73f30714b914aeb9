/**
 * The reviewers' queue and the at-a-glance channel map, over plan summaries (one row per plan,
 * state already derived from its events).
 */
import { CHANNELS, Channel, PlanPurpose, Region } from './plan';
import { PLAN_STATES, PlanState } from './workflow';

export interface PlanSummary {
  id: number;
  title: string;
  embassy: string;
  region: Region | null;
  channels: Channel[];
  purpose: PlanPurpose | null;
  state: PlanState;
  /** The latest submit; null for a plan never submitted. */
  submittedAt: string | null;
  approvedAt?: string | null;
  startupInstructionsSent?: boolean;
}

/** Each list narrows the result to plans matching any of its values; empty or absent = no filter. */
export interface QueueFilter {
  embassies?: readonly string[];
  regions?: readonly Region[];
  channels?: readonly Channel[];
  states?: readonly PlanState[];
  purposes?: readonly PlanPurpose[];
}

/** Embassy names are typed by people: "Tokio" and " tokio" are the same embassy. */
export function embassyKey(embassy: string): string {
  return embassy.trim().toLocaleLowerCase();
}

function matches<T>(wanted: readonly T[] | undefined, test: (value: T) => boolean): boolean {
  return !wanted || wanted.length === 0 || wanted.some(test);
}

export function filterPlans(plans: readonly PlanSummary[], filter: QueueFilter): PlanSummary[] {
  return plans.filter(
    (p) =>
      matches(filter.embassies, (e) => embassyKey(e) === embassyKey(p.embassy)) &&
      matches(filter.regions, (r) => r === p.region) &&
      matches(filter.channels, (c) => p.channels.indexOf(c) >= 0) &&
      matches(filter.states, (s) => s === p.state) &&
      matches(filter.purposes, (u) => u === p.purpose)
  );
}

/**
 * What waits for a reviewer: a decision on a submitted plan, or start-up instructions for an
 * approved one (archived or not).
 */
export function awaitsReviewer(plan: PlanSummary): boolean {
  if (plan.state === 'submitted') return true;
  return (plan.state === 'approved' || plan.state === 'archived') && plan.startupInstructionsSent !== true;
}

/** Since when the plan has waited for its next step by a reviewer. */
export function waitingSince(plan: PlanSummary): string | null {
  if (plan.state === 'approved' || plan.state === 'archived') return plan.approvedAt || plan.submittedAt;
  return plan.submittedAt;
}

/** Oldest waiting first; plans without a time last; equal times by id so the order is stable. */
export function sortOldestWaitingFirst(plans: readonly PlanSummary[]): PlanSummary[] {
  const time = (p: PlanSummary): number => {
    const since = waitingSince(p);
    const parsed = since === null ? NaN : Date.parse(since);
    return isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
  };
  return plans
    .map((p) => ({ p, t: time(p) }))
    .sort((a, b) => (a.t === b.t ? a.p.id - b.p.id : a.t < b.t ? -1 : 1))
    .map((x) => x.p);
}

/**
 * The reviewer's queue: what waits for them, oldest first. With `states` in the filter the
 * queue shows those states instead (e.g. to look at plans sent back for changes).
 */
export function reviewerQueue(plans: readonly PlanSummary[], filter: QueueFilter = {}): PlanSummary[] {
  const waiting = filter.states && filter.states.length > 0 ? plans : plans.filter(awaitsReviewer);
  return sortOldestWaitingFirst(filterPlans(waiting, filter));
}

export function countByState(plans: readonly PlanSummary[]): Record<PlanState, number> {
  const counts = {} as Record<PlanState, number>;
  PLAN_STATES.forEach((s) => {
    counts[s] = 0;
  });
  plans.forEach((p) => {
    if (counts[p.state] !== undefined) counts[p.state] += 1;
  });
  return counts;
}

/** The embassies that have plans, each once (first spelling seen), sorted for a filter list. */
export function embassiesOf(plans: readonly PlanSummary[], locale?: string): string[] {
  const seen = new Map<string, string>();
  plans.forEach((p) => {
    const key = embassyKey(p.embassy);
    if (key !== '' && !seen.has(key)) seen.set(key, p.embassy.trim());
  });
  // One collator for the whole sort: localeCompare with a locale builds one per comparison.
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return Array.from(seen.values()).sort(collator.compare);
}

export type ChannelStatus = 'active' | 'dormant';

export interface ChannelMapRow {
  embassy: string;
  region: Region | null;
  channels: Partial<Record<Channel, ChannelStatus>>;
}

export interface ChannelMap {
  rows: ChannelMapRow[];
  /** Per channel, how many embassies use it actively and how many keep a dormant crisis profile. */
  totals: Record<Channel, Record<ChannelStatus, number>>;
  /**
   * Set when the map counts only the newest approvals: the time of the oldest one it counts (an
   * embassy whose last approval is older is not on the map). Absent: every approval counted.
   */
  since?: string;
}

/**
 * Which embassies have which channels. Only approved (or archived) plans count: a draft is not a
 * channel. When an embassy has both an active plan and a dormant profile for a channel, the
 * channel is active.
 */
export function channelMap(plans: readonly PlanSummary[], locale?: string): ChannelMap {
  const rows = new Map<string, ChannelMapRow>();
  plans
    .filter((p) => (p.state === 'approved' || p.state === 'archived') && p.purpose !== null && embassyKey(p.embassy) !== '')
    .forEach((p) => {
      const key = embassyKey(p.embassy);
      const row = rows.get(key) || { embassy: p.embassy.trim(), region: p.region, channels: {} };
      if (row.region === null) row.region = p.region;
      const status: ChannelStatus = p.purpose === 'activeUse' ? 'active' : 'dormant';
      p.channels.forEach((c) => {
        if (CHANNELS.indexOf(c) >= 0 && row.channels[c] !== 'active') row.channels[c] = status;
      });
      rows.set(key, row);
    });
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = Array.from(rows.values()).sort((a, b) => collator.compare(a.embassy, b.embassy));
  const totals = {} as Record<Channel, Record<ChannelStatus, number>>;
  CHANNELS.forEach((c) => {
    totals[c] = { active: 0, dormant: 0 };
  });
  sorted.forEach((row) => {
    CHANNELS.forEach((c) => {
      const status = row.channels[c];
      if (status) totals[c][status] += 1;
    });
  });
  return { rows: sorted, totals };
}
