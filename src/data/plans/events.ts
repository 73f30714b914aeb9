/**
 * The plan's event log, built from where each event is stored: rows of DDH Plan Rounds written
 * by the plan's creator are the author's; rows of DDH Plan Reviews (where only reviewers can
 * write) are the reviewers'. Nothing a writer typed decides a role, and times are the server's
 * `Created`. `derivePlanState` then replays the log; forged or out-of-turn events are rejected.
 */
import { SECTION_IDS, SectionId, planFingerprint } from '../../domain/plans/plan';
import { EVENT_KINDS, PlanEvent, PlanEventKind, Role } from '../../domain/plans/workflow';
import { REVIEW_FIELDS as V, ROUND_FIELDS as R } from '../../lists/planLists';
import { ReviewRow, RoundRow, parsePlan, personOf } from './rows';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function sectionOf(value: unknown): SectionId | undefined {
  return SECTION_IDS.indexOf(value as SectionId) >= 0 ? (value as SectionId) : undefined;
}

/** Author events. Rows by anyone but the plan's creator are kept as `staff`, so the rules reject them. */
export function roundEvents(rows: readonly RoundRow[], ownerId: number): PlanEvent[] {
  return rows.map((row) => {
    const entry = text(row[R.entry]) || 'submit';
    const role: Role = row.AuthorId === ownerId ? 'author' : 'staff';
    const kind: PlanEventKind = entry === 'comment' ? 'comment' : entry === 'archive' ? 'archive' : 'submit';
    const event: PlanEvent = {
      id: `round:${row.Id}`,
      kind,
      by: { person: personOf(row.AuthorId, row.Author), role },
      at: row.Created,
      comment: text(row[R.comment])
    };
    const section = sectionOf(row[R.section]);
    if (section) event.section = section;
    if (kind === 'archive') event.reference = text(row[R.reference]);
    // The fingerprint is computed from the stored snapshot, never taken from a typed value.
    if (kind === 'submit') event.planFingerprint = planFingerprint(parsePlan(row[R.snapshot]));
    return event;
  });
}

/** Reviewer events: decisions and per-section comments. */
export function reviewEvents(rows: readonly ReviewRow[]): PlanEvent[] {
  return rows
    .filter((row) => EVENT_KINDS.indexOf(row[V.decision] as PlanEventKind) >= 0)
    .map((row) => {
      const event: PlanEvent = {
        id: `review:${row.Id}`,
        kind: row[V.decision] as PlanEventKind,
        by: { person: personOf(row.AuthorId, row.Author), role: 'reviewer' },
        at: row.Created,
        comment: text(row[V.comment])
      };
      const section = sectionOf(row[V.section]);
      if (section) event.section = section;
      const fingerprint = text(row[V.fingerprint]);
      if (fingerprint) event.planFingerprint = fingerprint;
      return event;
    });
}
