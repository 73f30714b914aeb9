/**
 * The plan lists' rows as @pnp/sp returns them (JSON light), and their translation to and from
 * the domain's Plan. Column names come from src/lists/planLists.ts.
 */
import { CHANNELS, Channel, PLAN_PURPOSES, PersonRef, Plan, PlanPurpose, REGIONS, Region, emptyPlan } from '../../domain/plans/plan';
import { PLAN_STATES, PlanState } from '../../domain/plans/workflow';
import { LATEST_DECISION_FIELDS as L, PLAN_FIELDS as P, REVIEW_FIELDS as V, ROUND_FIELDS as R } from '../../lists/planLists';

export interface UserRow {
  Id: number;
  Title?: string;
  Name?: string;
}

export type PlanRow = Record<string, unknown> & {
  Id: number;
  Title: string;
  AuthorId: number;
  Author?: UserRow;
  Created: string;
  Modified: string;
  'odata.etag'?: string;
};

export type RoundRow = Record<string, unknown> & { Id: number; AuthorId: number; Author?: UserRow; Created: string; PlanId: number };
export type ReviewRow = Record<string, unknown> & { Id: number; AuthorId: number; Author?: UserRow; Created: string; PlanId: number };
export type LatestDecisionRow = Record<string, unknown> & {
  Id: number;
  EditorId: number;
  Editor?: UserRow;
  Modified: string;
  PlanId: number;
  'odata.etag'?: string;
};

/** Columns a summary needs: never the plan's content. */
export const SUMMARY_SELECT = [
  'Id',
  'Title',
  'AuthorId',
  'Created',
  'Modified',
  P.embassy,
  P.region,
  P.channels,
  P.purpose,
  P.state,
  P.round,
  P.submittedAt,
  P.archiveReference,
  P.archivedAt
];
export const PLAN_SELECT = [...SUMMARY_SELECT, P.content, 'Author/Id', 'Author/Title', 'Author/Name'];
export const ROUND_SELECT = [
  'Id',
  'Created',
  'AuthorId',
  'Author/Id',
  'Author/Title',
  'Author/Name',
  'PlanId',
  R.round,
  R.snapshot,
  R.comment,
  R.entry,
  R.section,
  R.reference
];
export const REVIEW_SELECT = [
  'Id',
  'Created',
  'AuthorId',
  'Author/Id',
  'Author/Title',
  'Author/Name',
  'PlanId',
  V.round,
  V.decision,
  V.section,
  V.comment,
  V.fingerprint
];
export const LATEST_DECISION_SELECT = [
  'Id',
  'Modified',
  'EditorId',
  'Editor/Id',
  'Editor/Title',
  'Editor/Name',
  'PlanId',
  L.decision,
  L.round,
  L.turn
];
export const DECISION_SELECT = ['Id', 'Created', 'AuthorId', 'PlanId', V.decision];
/** A decision with the listing facts a reviewer copies onto an approve row (v3). */
export const APPROVAL_SELECT = [...DECISION_SELECT, V.planTitle, V.embassy, V.region, V.channels, V.purpose, V.planOwner, V.approvedAt];

/** A user as a PersonRef. Without an expanded login, the id stands in for it (compared only with other ids). */
export function personOf(id: number, user?: UserRow): PersonRef {
  return { id, loginName: user?.Name || `id:${id}`, title: user?.Title || '' };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function oneOf<T extends string>(value: unknown, known: readonly T[]): T | null {
  return typeof value === 'string' && known.indexOf(value as T) >= 0 ? (value as T) : null;
}

/**
 * The plan stored in a row. The content column is JSON written by this code; whatever it lacks
 * (an older or damaged row) is filled from an empty plan so the form can always open it.
 */
export function parsePlan(json: unknown): Plan {
  const empty = emptyPlan();
  if (typeof json !== 'string' || json.trim() === '') return empty;
  try {
    const stored = JSON.parse(json) as Partial<Plan>;
    const merged = { ...empty } as unknown as Record<string, unknown>;
    (Object.keys(empty) as Array<keyof Plan>).forEach((part) => {
      const value = stored && (stored as Record<string, unknown>)[part];
      if (value && typeof value === 'object') merged[part] = { ...(empty[part] as object), ...(value as object) };
    });
    return merged as unknown as Plan;
  } catch {
    return empty;
  }
}

/** The columns written for a plan: its content plus the identity and choices copied into indexed columns. */
export function planColumns(plan: Plan): Record<string, unknown> {
  return {
    Title: plan.identity.title.trim().slice(0, 255) || '—',
    [P.embassy]: plan.identity.embassy.trim().slice(0, 120) || '—',
    [P.region]: plan.identity.region,
    [P.channels]: plan.channels.channels.filter((c) => CHANNELS.indexOf(c) >= 0),
    [P.purpose]: plan.channels.purpose,
    [P.content]: JSON.stringify(plan)
  };
}

export interface PlanHint {
  state: PlanState;
  round: number;
  submittedAt: string | null;
  archiveReference: string;
  archivedAt: string | null;
}

export function hintOf(row: PlanRow): PlanHint {
  return {
    state: oneOf(row[P.state], PLAN_STATES) || 'draft',
    round: typeof row[P.round] === 'number' ? (row[P.round] as number) : 0,
    submittedAt: typeof row[P.submittedAt] === 'string' ? (row[P.submittedAt] as string) : null,
    archiveReference: text(row[P.archiveReference]),
    archivedAt: typeof row[P.archivedAt] === 'string' ? (row[P.archivedAt] as string) : null
  };
}

/**
 * The listing facts a reviewer wrote on an approve row (v3), or null on a row written before
 * them (schema v2): such a plan's facts then come from its own row.
 */
export function approvalFacts(row: ReviewRow): Omit<SummaryFacts, 'modified' | 'hint'> | null {
  if (typeof row[V.embassy] !== 'string' || typeof row[V.planOwner] !== 'number') return null;
  const channels = Array.isArray(row[V.channels]) ? (row[V.channels] as unknown[]) : [];
  return {
    id: row.PlanId,
    title: text(row[V.planTitle]),
    embassy: text(row[V.embassy]),
    region: oneOf(row[V.region], REGIONS),
    channels: channels.filter((c): c is Channel => CHANNELS.indexOf(c as Channel) >= 0),
    purpose: oneOf(row[V.purpose], PLAN_PURPOSES),
    authorId: row[V.planOwner] as number
  };
}

/**
 * What a reviewer copies onto an approve row: the approved snapshot's listing facts and the plan's
 * creator, and when (`at`, for the approved list's index; the time shown is the row's `Created`).
 */
export function approvalColumns(plan: Plan, ownerId: number, at: Date): Record<string, unknown> {
  return {
    [V.approvedAt]: at.toISOString(),
    [V.planTitle]: plan.identity.title.trim().slice(0, 255) || '—',
    [V.embassy]: plan.identity.embassy.trim().slice(0, 120) || '—',
    [V.region]: plan.identity.region,
    [V.channels]: plan.channels.channels.filter((c) => CHANNELS.indexOf(c) >= 0),
    [V.purpose]: plan.channels.purpose,
    [V.planOwner]: ownerId
  };
}

export interface SummaryFacts {
  id: number;
  title: string;
  embassy: string;
  region: Region | null;
  channels: Channel[];
  purpose: PlanPurpose | null;
  authorId: number;
  modified: string;
  hint: PlanHint;
}

export function summaryFacts(row: PlanRow): SummaryFacts {
  const channels = Array.isArray(row[P.channels]) ? (row[P.channels] as unknown[]) : [];
  return {
    id: row.Id,
    title: text(row.Title),
    embassy: text(row[P.embassy]),
    region: oneOf(row[P.region], REGIONS),
    channels: channels.filter((c): c is Channel => CHANNELS.indexOf(c as Channel) >= 0),
    purpose: oneOf(row[P.purpose], PLAN_PURPOSES),
    authorId: row.AuthorId,
    modified: row.Modified,
    hint: hintOf(row)
  };
}
