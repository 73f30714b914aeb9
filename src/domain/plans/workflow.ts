/**
 * The life of a plan, after the action plan's four steps ("Sosiaalisen median käyttöönotto
 * edustustoissa"): the embassy fills in and sends the plan; the web communications team
 * comments and may ask for more; when ready, the embassy files it in the records system and the
 * team sends practical start-up instructions.
 *
 * On SharePoint the state is never read from a field the author could write. It is replayed
 * from the events of two lists — the author's Plan item (submit, archive, replies) and the
 * reviewers' Review items (decisions, comments) — through the same rules that decide which
 * buttons to show (`derivePlanState`). A forged event is reported and ignored.
 */
import { PersonRef, SECTION_IDS, SectionId, samePerson } from './plan';

export type PlanState = 'draft' | 'submitted' | 'changesRequested' | 'approved' | 'archived';
export const PLAN_STATES: readonly PlanState[] = ['draft', 'submitted', 'changesRequested', 'approved', 'archived'];

/**
 * A person's role towards one plan: `author` = one of the embassy authors who own this plan;
 * `reviewer` = the web communications team; `staff` = everyone else (they may read).
 */
export type Role = 'author' | 'reviewer' | 'staff';
export const ROLES: readonly Role[] = ['author', 'reviewer', 'staff'];

export type Action = 'edit' | 'submit' | 'requestChanges' | 'approve' | 'archive' | 'sendStartupInstructions' | 'comment';
export const ACTIONS: readonly Action[] = ['edit', 'submit', 'requestChanges', 'approve', 'archive', 'sendStartupInstructions', 'comment'];

/** Every action but editing leaves an event in the plan's history. */
export type PlanEventKind = Exclude<Action, 'edit'>;
export const EVENT_KINDS: readonly PlanEventKind[] = [
  'submit',
  'requestChanges',
  'approve',
  'archive',
  'sendStartupInstructions',
  'comment'
];

/** Decisions must say why: each carries a non-empty comment. */
export const DECISIONS: readonly PlanEventKind[] = ['requestChanges', 'approve', 'archive', 'sendStartupInstructions'];

export const WORKFLOW_REASON_CODES = [
  'notAllowedForRole',
  'ownPlan',
  'notAllowedInState',
  'startupInstructionsAlreadySent',
  'commentRequired',
  'referenceRequired',
  'referenceInvalid',
  'invalidTime',
  'unknownEvent'
] as const;
export type WorkflowReason = (typeof WORKFLOW_REASON_CODES)[number];

export interface WorkflowContext {
  /**
   * The person is one of this plan's authors. Matters for reviewers: nobody decides on a plan
   * they wrote, even when they also belong to the reviewers' group.
   */
  isOwnPlan: boolean;
  /** Start-up instructions go out once per plan. */
  startupInstructionsSent: boolean;
}

export interface Actor {
  person: PersonRef;
  /** The role the event was written in, as the data layer established it from where it is stored. */
  role: Role;
}

export interface PlanEvent {
  /** Where the event came from (e.g. `review:17`), to report rejected events; not interpreted. */
  id?: string;
  kind: PlanEventKind;
  by: Actor;
  /** ISO 8601 with a time zone, so events from both lists order unambiguously. */
  at: string;
  comment: string;
  /** For comments on one section of the form; absent for the plan as a whole. */
  section?: SectionId;
  /** Archive: the records-system reference (diary number). */
  reference?: string;
  /** Submit and decisions: `planFingerprint` of the content acted on. */
  planFingerprint?: string;
}

export interface ActionInput {
  by: PersonRef;
  at: string;
  comment?: string;
  section?: SectionId;
  reference?: string;
  planFingerprint?: string;
}

export type ApplyResult = { ok: true; state: PlanState; event: PlanEvent } | { ok: false; reason: WorkflowReason };

interface Rule {
  roles: readonly Role[];
  from: readonly PlanState[];
  /** null: the state stays as it is. */
  to: PlanState | null;
}

const AFTER_SUBMIT: readonly PlanState[] = ['submitted', 'changesRequested', 'approved', 'archived'];

const RULES: Readonly<Record<Action, Rule>> = {
  edit: { roles: ['author'], from: ['draft', 'changesRequested'], to: null },
  submit: { roles: ['author'], from: ['draft', 'changesRequested'], to: 'submitted' },
  requestChanges: { roles: ['reviewer'], from: ['submitted'], to: 'changesRequested' },
  approve: { roles: ['reviewer'], from: ['submitted'], to: 'approved' },
  // Step 4a: the embassy files the finished plan in the records system.
  archive: { roles: ['author'], from: ['approved'], to: 'archived' },
  // Step 4b: may happen before or after the embassy has archived the plan.
  sendStartupInstructions: { roles: ['reviewer'], from: ['approved', 'archived'], to: null },
  // Comments are review talk: nothing to discuss before the first submit.
  comment: { roles: ['author', 'reviewer'], from: AFTER_SUBMIT, to: null }
};

/** Reviewer actions that are decisions about the plan; refused on one's own plan. */
const REVIEWER_DECISIONS: readonly Action[] = ['requestChanges', 'approve', 'sendStartupInstructions'];

/** Why the role may not take the action in this state, or null when it may. Order matters: the first reason found is the one reported. */
function refusal(state: PlanState, action: Action, role: Role, context: WorkflowContext): WorkflowReason | null {
  const rule = RULES[action];
  if (rule.roles.indexOf(role) < 0) return 'notAllowedForRole';
  if (role === 'reviewer' && context.isOwnPlan && REVIEWER_DECISIONS.indexOf(action) >= 0) return 'ownPlan';
  if (rule.from.indexOf(state) < 0) return 'notAllowedInState';
  if (action === 'sendStartupInstructions' && context.startupInstructionsSent) return 'startupInstructionsAlreadySent';
  return null;
}

/** The actions to offer a person in one role. */
export function allowedActions(state: PlanState, role: Role, context: WorkflowContext): Action[] {
  return ACTIONS.filter((a) => refusal(state, a, role, context) === null);
}

/** The actions to offer a person who holds several roles (e.g. an author who is also a reviewer). */
export function allowedActionsForRoles(state: PlanState, roles: readonly Role[], context: WorkflowContext): Action[] {
  return ACTIONS.filter((a) => roles.some((r) => refusal(state, a, r, context) === null));
}

// A records-system (diary) reference such as "HEL7M0123-45" or "UM/2011/0345": letters,
// digits and the usual separators, with at least one digit.
const RECORDS_REFERENCE = /^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö ./:_()-]{1,62}$/;

export function isRecordsReference(text: string): boolean {
  const trimmed = text.trim();
  return RECORDS_REFERENCE.test(trimmed) && /\d/.test(trimmed);
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoTime(text: string): boolean {
  return ISO_TIME.test(text) && !isNaN(Date.parse(text));
}

/**
 * Takes one action. Editing leaves no event, so it is not taken here: offer the form when
 * `allowedActions` includes 'edit'. Submitting does not check the plan's content: call
 * `validatePlan` first.
 */
export function apply(state: PlanState, action: PlanEventKind, role: Role, input: ActionInput, context: WorkflowContext): ApplyResult {
  if (EVENT_KINDS.indexOf(action) < 0) return { ok: false, reason: 'unknownEvent' };
  const refused = refusal(state, action, role, context);
  if (refused) return { ok: false, reason: refused };
  if (!isIsoTime(input.at)) return { ok: false, reason: 'invalidTime' };
  const comment = (input.comment || '').trim();
  const needsComment = DECISIONS.indexOf(action) >= 0 || action === 'comment';
  if (needsComment && comment === '') return { ok: false, reason: 'commentRequired' };
  const event: PlanEvent = { kind: action, by: { person: input.by, role }, at: input.at, comment };
  if (action === 'archive') {
    const reference = (input.reference || '').trim();
    if (reference === '') return { ok: false, reason: 'referenceRequired' };
    if (!isRecordsReference(reference)) return { ok: false, reason: 'referenceInvalid' };
    event.reference = reference;
  }
  if (input.section !== undefined && SECTION_IDS.indexOf(input.section) >= 0) event.section = input.section;
  if (input.planFingerprint) event.planFingerprint = input.planFingerprint;
  return { ok: true, state: RULES[action].to || state, event };
}

export interface HistoryEntry {
  event: PlanEvent;
  /** Submission round the event belongs to: 1 from the first submit on, 0 before it. */
  round: number;
  from: PlanState;
  to: PlanState;
}

export interface RejectedEvent {
  event: PlanEvent;
  reason: WorkflowReason;
}

export interface DerivedPlanState {
  state: PlanState;
  /** Accepted events in time order: the plan's visible history. */
  history: HistoryEntry[];
  /** Events that broke the rules, for an audit note; they change nothing. */
  rejected: RejectedEvent[];
  startupInstructionsSent: boolean;
  /** How many times the plan has been submitted. */
  round: number;
  /** When the latest accepted submit happened: how long the plan has waited for review. */
  lastSubmittedAt: string | null;
  approvedAt: string | null;
  /**
   * The content differs from what was submitted (fingerprints differ) while the author should
   * not have been able to edit it: submitted, approved or archived.
   */
  contentChangedAfterSubmit: boolean;
}

export interface DeriveOptions {
  /** The plan's owners (e.g. the item's creator); anyone who writes author events is added. */
  authors?: readonly PersonRef[];
  /** `planFingerprint` of the plan's current content. */
  currentFingerprint?: string;
}

/** Stable sort by time: events from the two lists interleave, same-time events keep their given order. */
function inTimeOrder(events: readonly PlanEvent[]): PlanEvent[] {
  return events
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((e) => e.event);
}

/**
 * Replays the plan's events through the workflow rules. Rules apply to each event's role as
 * recorded and to the state at that moment, so a reviewer decision before the submit, an
 * approval by the plan's own author or anything written by `staff` is rejected, and what
 * follows is judged as if it never happened.
 */
export function derivePlanState(events: readonly PlanEvent[], options: DeriveOptions = {}): DerivedPlanState {
  const owners: PersonRef[] = (options.authors || []).slice();
  const result: DerivedPlanState = {
    state: 'draft',
    history: [],
    rejected: [],
    startupInstructionsSent: false,
    round: 0,
    lastSubmittedAt: null,
    approvedAt: null,
    contentChangedAfterSubmit: false
  };
  let submittedFingerprint: string | undefined;
  const timed = events.filter((e) => {
    if (typeof e.at === 'string' && isIsoTime(e.at)) return true;
    result.rejected.push({ event: e, reason: 'invalidTime' });
    return false;
  });
  inTimeOrder(timed).forEach((event) => {
    const person = event.by && event.by.person;
    const role = event.by && event.by.role;
    if (!person || ROLES.indexOf(role) < 0) {
      result.rejected.push({ event, reason: 'notAllowedForRole' });
      return;
    }
    const context: WorkflowContext = {
      isOwnPlan: owners.some((o) => samePerson(o, person)),
      startupInstructionsSent: result.startupInstructionsSent
    };
    const input: ActionInput = {
      by: person,
      at: event.at,
      comment: event.comment,
      section: event.section,
      reference: event.reference,
      planFingerprint: event.planFingerprint
    };
    const outcome = apply(result.state, event.kind, role, input, context);
    if (!outcome.ok) {
      result.rejected.push({ event, reason: outcome.reason });
      return;
    }
    const accepted: PlanEvent = event.id === undefined ? outcome.event : { id: event.id, ...outcome.event };
    if (role === 'author' && !context.isOwnPlan) owners.push(person);
    if (event.kind === 'submit') {
      result.round += 1;
      result.lastSubmittedAt = event.at;
      submittedFingerprint = event.planFingerprint;
    }
    if (event.kind === 'approve') result.approvedAt = event.at;
    if (event.kind === 'sendStartupInstructions') result.startupInstructionsSent = true;
    result.history.push({ event: accepted, round: result.round, from: result.state, to: outcome.state });
    result.state = outcome.state;
  });
  const locked = result.state === 'submitted' || result.state === 'approved' || result.state === 'archived';
  result.contentChangedAfterSubmit =
    locked &&
    submittedFingerprint !== undefined &&
    options.currentFingerprint !== undefined &&
    submittedFingerprint !== options.currentFingerprint;
  return result;
}
