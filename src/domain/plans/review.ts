/**
 * What a review looks like to both sides: reviewers' comments grouped by form section and
 * round, and what the author changed between two submitted rounds, so a reviewer rereads only
 * that.
 */
import { PART_FIELDS, PLAN_PARTS, PartField, Plan, PlanField, PlanPart, SECTION_IDS, SectionId } from './plan';
import { Actor, HistoryEntry, PlanEventKind } from './workflow';

/** Where a comment points: one section of the form, or the plan as a whole. */
export type CommentTarget = SectionId | 'general';
export const COMMENT_TARGETS: readonly CommentTarget[] = [...SECTION_IDS, 'general'];

export interface SectionComment {
  target: CommentTarget;
  /** The submission round it was written in. */
  round: number;
  kind: PlanEventKind;
  text: string;
  by: Actor;
  at: string;
  eventId?: string;
}

/** Comments and decision comments from the (already derived) history, in time order. */
export function reviewComments(history: readonly HistoryEntry[]): SectionComment[] {
  return history
    .filter((h) => h.event.kind !== 'submit' || h.event.comment !== '')
    .map((h) => {
      const comment: SectionComment = {
        target: h.event.section || 'general',
        round: h.round,
        kind: h.event.kind,
        text: h.event.comment,
        by: h.event.by,
        at: h.event.at
      };
      if (h.event.id !== undefined) comment.eventId = h.event.id;
      return comment;
    });
}

/** Comments grouped by target; every target present, so the form can show each section's list. */
export function commentsBySection(history: readonly HistoryEntry[], round?: number): Record<CommentTarget, SectionComment[]> {
  const grouped = {} as Record<CommentTarget, SectionComment[]>;
  COMMENT_TARGETS.forEach((t) => {
    grouped[t] = [];
  });
  reviewComments(history)
    .filter((c) => round === undefined || c.round === round)
    .forEach((c) => grouped[c.target].push(c));
  return grouped;
}

/**
 * The sections reviewers commented on in a round, in form order: what the author should look
 * at when changes are requested.
 */
export function sectionsToRevise(history: readonly HistoryEntry[], round: number): SectionId[] {
  const commented = reviewComments(history).filter((c) => c.round === round && c.by.role === 'reviewer');
  return SECTION_IDS.filter((s) => commented.some((c) => c.target === s));
}

/** Any value a plan field can hold. */
export type PlanFieldValue = { [P in PlanPart]: Plan[P][PartField<P>] }[PlanPart];

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface SectionChange {
  section: PlanPart;
  field: PlanField;
  before: PlanFieldValue;
  after: PlanFieldValue;
  /** Word-level changes of a text field; absent for other fields and for texts too long to compare. */
  words?: WordChange[];
}

function normalText(text: string): string {
  return text.replace(/\r\n/g, '\n').normalize('NFC').trim();
}

/** Multi-choices are sets, frequency rows are one per channel: their order is no change. */
const UNORDERED_FIELDS: readonly PlanField[] = ['channels', 'audiences', 'categories', 'languages', 'frequency'];

/** A comparable form of a value: whitespace at the ends, line endings, choice order and display names do not count. */
function comparable(field: PlanField, value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(normalText(value));
  if (Array.isArray(value)) {
    const items = value.map((v) => comparable(field, v));
    if (UNORDERED_FIELDS.indexOf(field) >= 0) items.sort();
    return `[${items.join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.loginName === 'string') return JSON.stringify(record.loginName.trim().toLowerCase());
    return `{${Object.keys(record)
      .sort()
      .map((k) => `${k}:${comparable(field, record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value === undefined ? null : value);
}

/** Above this many token pairs, word diffs are skipped (the table would cost too much memory). */
const MAX_WORD_DIFF_CELLS = 1000000;

function merge(changes: WordChange[]): WordChange[] {
  return changes.reduce<WordChange[]>((out, c) => {
    const last = out[out.length - 1];
    if (last && last.kind === c.kind) last.text += c.text;
    else if (c.text !== '') out.push({ ...c });
    return out;
  }, []);
}

/**
 * Word-level changes between two texts (longest common subsequence over words and the spaces
 * between them), or null when the texts are too long to compare this way.
 */
export function diffWords(before: string, after: string): WordChange[] | null {
  const a = before.match(/\s+|\S+/g) || [];
  const b = after.match(/\s+|\S+/g) || [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if ((n + 1) * (m + 1) > MAX_WORD_DIFF_CELLS) return null;
  // lcs[i][j] = length of the longest common subsequence of midA[i..] and midB[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[at(i, j)] = midA[i] === midB[j] ? lcs[at(i + 1, j + 1)] + 1 : Math.max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
  }
  const changes: WordChange[] = [{ kind: 'same', text: a.slice(0, start).join('') }];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      changes.push({ kind: 'same', text: midA[i] });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
      // Removed before added, as diff tools show a replacement.
      changes.push({ kind: 'removed', text: midA[i++] });
    } else {
      changes.push({ kind: 'added', text: midB[j++] });
    }
  }
  changes.push({ kind: 'same', text: a.slice(endA).join('') });
  return merge(changes);
}

/**
 * What changed between two submitted rounds, field by field in form order. The data layer
 * keeps a snapshot of the plan with each submit so that rounds can be compared.
 */
export function diffRounds(previous: Plan, current: Plan): SectionChange[] {
  const changes: SectionChange[] = [];
  PLAN_PARTS.forEach((part) => {
    (PART_FIELDS[part] as readonly PlanField[]).forEach((field) => {
      const before = (previous[part] as unknown as Record<string, PlanFieldValue>)[field];
      const after = (current[part] as unknown as Record<string, PlanFieldValue>)[field];
      if (comparable(field, before) === comparable(field, after)) return;
      const change: SectionChange = { section: part, field, before, after };
      if (typeof before === 'string' && typeof after === 'string') {
        const words = diffWords(before, after);
        if (words) change.words = words;
      }
      changes.push(change);
    });
  });
  return changes;
}

/** The parts that changed, in form order: for marking sections "changed since last round". */
export function changedParts(changes: readonly SectionChange[]): PlanPart[] {
  return PLAN_PARTS.filter((p) => changes.some((c) => c.section === p));
}
