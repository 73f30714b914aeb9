import * as PlanRules from '../domain/plans/plan';
import { embassyKey } from '../domain/plans/queue';
import { PLAN_STATES } from '../domain/plans/workflow';
import { textGroup, timeKey, TimeKeySpec } from './timeKeys';
import { ListSpec, staffRead } from './types';

const DECISIONS = ['comment', 'requestChanges', 'approve', 'sendStartupInstructions'] as const;

/** What an author's row in DDH Plan Rounds records: a submitted round, a reply, or the archiving. */
export const ROUND_ENTRIES = ['submit', 'comment', 'archive'] as const;

export type PlanListKey = 'plans' | 'planRounds' | 'planReviews' | 'planLatestDecisions' | 'startupTemplates';

/** The decisions a reviewer takes in turns (one at a time per plan): comments are not turns. */
export const TURN_DECISIONS = ['requestChanges', 'approve', 'sendStartupInstructions'] as const;

/**
 * Internal names of the plan lists' columns, for the repositories. Written only here; the
 * specs below use the same constants.
 */
export const PLAN_FIELDS = {
  embassy: 'Embassy',
  region: 'Region',
  channels: 'Channels',
  purpose: 'Purpose',
  /** Author-written listing hint for indexed queries; the state shown is always derived from events. */
  state: 'PlanState',
  round: 'Round',
  submittedAt: 'SubmittedAt',
  content: 'PlanContent',
  archiveReference: 'ArchiveReference',
  archivedAt: 'ArchivedAt',
  /**
   * v8, indexed, a time key (src/lists/timeKeys.ts): SubmittedAt while the author's hint says
   * `submitted`, empty in any other state. "Older plans still waiting" reads its range newest first,
   * a page at a time. Written with every change of PlanState or SubmittedAt (planWrites.ts).
   */
  submittedWaiting: 'SubmittedWaiting'
} as const;

export const ROUND_FIELDS = {
  plan: 'Plan',
  round: 'Round',
  snapshot: 'Snapshot',
  comment: 'Comment',
  entry: 'Entry',
  section: 'Section',
  reference: 'Reference',
  /** When the reviewers were told of this submit (v5): set once the e-mail has gone, so it goes once. */
  notifiedAt: 'NotifiedAt'
} as const;

export const REVIEW_FIELDS = {
  plan: 'Plan',
  round: 'Round',
  decision: 'Decision',
  section: 'Section',
  comment: 'Comment',
  fingerprint: 'Fingerprint',
  /** When the plan's author was told of this decision (v5): set once the e-mail has gone, so it goes once. */
  notifiedAt: 'NotifiedAt',
  /** Built-in, indexed from v3: recent decisions are read by time (the queue's verification window). */
  created: 'Created',
  // The approved plan's listing facts, copied by the reviewer from the submitted snapshot onto an
  // approve row (v3): the approved list and the channel map read only what reviewers wrote.
  planTitle: 'PlanTitle',
  embassy: 'Embassy',
  region: 'Region',
  channels: 'Channels',
  purpose: 'Purpose',
  /** The plan's creator (its item's Author id): an approval by the plan's own author is ignored. */
  planOwner: 'PlanOwner',
  /**
   * v4: the decision's turn, the number it took in the plan's DDH Plan Latest Decisions row (see
   * there): what the reviewer saw when deciding. Empty on comments and on decisions before v4.
   */
  turn: 'Turn',
  /**
   * v4, indexed, on approve rows only: when the reviewer approved. The approved list and the
   * channel map walk this index newest first (nulls — every other row — sort last), paged by the
   * server's own token. Written by the approving reviewer; filled from `Created` when a site is
   * updated to v4.
   */
  approvedAt: 'ApprovedAt',
  /**
   * v8, indexed, a time key (src/lists/timeKeys.ts) on approve rows only: the embassy (as the
   * filters compare it), then ApprovedAt. The approved list's embassy filter reads one embassy's
   * approvals newest first, a page at a time. Written with the approval (planWrites.ts).
   */
  embassyApproved: 'EmbassyApproved'
} as const;

/** DDH Startup Templates (v6): the reviewers' start-up instructions for one channel, to start each message from. */
export const STARTUP_TEMPLATE_FIELDS = {
  channel: 'Channel',
  instructions: 'Instructions'
} as const;

/** DDH Plan Latest Decisions (v4): one row per plan, the reviewers' turn counter. */
export const LATEST_DECISION_FIELDS = {
  plan: 'Plan',
  decision: 'Decision',
  round: 'Round',
  /** How many decisions have been taken on the plan: each decision writes the next number. */
  turn: 'Turn'
} as const;

export const PLAN_LISTS: Record<PlanListKey, ListSpec> = {
  // Plan submissions. Plans are readable by all staff (transparency between embassies);
  // authors edit only their own. Decisions live in Reviews, where only reviewers can write.
  plans: {
    title: 'DDH Plans',
    description: 'Social media communication plans of embassies.',
    readSecurity: 1,
    writeSecurity: 2,
    roles: [...staffRead, { group: 'authors', role: 'contribute' }],
    fields: [
      { name: PLAN_FIELDS.embassy, kind: 'Text', required: true, maxLength: 120, indexed: true },
      { name: PLAN_FIELDS.region, kind: 'Choice', choices: PlanRules.REGIONS, indexed: true },
      { name: PLAN_FIELDS.channels, kind: 'MultiChoice', choices: PlanRules.CHANNELS },
      { name: PLAN_FIELDS.purpose, kind: 'Choice', choices: PlanRules.PLAN_PURPOSES, indexed: true },
      { name: PLAN_FIELDS.state, kind: 'Choice', choices: PLAN_STATES, required: true, indexed: true },
      { name: PLAN_FIELDS.round, kind: 'Number' },
      { name: PLAN_FIELDS.submittedAt, kind: 'DateTime', indexed: true },
      { name: PLAN_FIELDS.content, kind: 'Note' },
      { name: PLAN_FIELDS.archiveReference, kind: 'Text', maxLength: 100 },
      { name: PLAN_FIELDS.archivedAt, kind: 'DateTime' },
      // Built-in creator, indexed from v3: an author's "my plans" is an indexed Author clause.
      { name: 'Author', kind: 'User', indexed: true, since: 3 },
      { name: PLAN_FIELDS.submittedWaiting, kind: 'Number', indexed: true, since: 8 }
    ]
  },
  // The author's event log: each submit (with a snapshot of the plan, so rounds can be
  // compared), the author's replies to reviewers, and the archiving. Rows count as the plan's
  // author's only when written by the person who created the plan.
  planRounds: {
    title: 'DDH Plan Rounds',
    description: 'What an embassy submitted in each round, its replies to reviewers and the archiving.',
    readSecurity: 1,
    writeSecurity: 2,
    roles: [...staffRead, { group: 'authors', role: 'contribute' }],
    fields: [
      { name: ROUND_FIELDS.plan, kind: 'Lookup', lookupList: 'plans', required: true, indexed: true },
      { name: ROUND_FIELDS.round, kind: 'Number', required: true },
      // Only submits and the archiving carry a snapshot; replies do not.
      { name: ROUND_FIELDS.snapshot, kind: 'Note' },
      { name: ROUND_FIELDS.comment, kind: 'Note' },
      { name: ROUND_FIELDS.entry, kind: 'Choice', choices: ROUND_ENTRIES, since: 2 },
      { name: ROUND_FIELDS.section, kind: 'Text', maxLength: 40, since: 2 },
      { name: ROUND_FIELDS.reference, kind: 'Text', maxLength: 100, since: 2 },
      { name: ROUND_FIELDS.notifiedAt, kind: 'DateTime', since: 5 }
    ]
  },
  planReviews: {
    title: 'DDH Plan Reviews',
    description: "Reviewers' comments and decisions on plans. Only reviewers can write here.",
    readSecurity: 1,
    writeSecurity: 2,
    roles: [...staffRead, { group: 'reviewers', role: 'contribute' }],
    fields: [
      { name: REVIEW_FIELDS.plan, kind: 'Lookup', lookupList: 'plans', required: true, indexed: true },
      { name: REVIEW_FIELDS.round, kind: 'Number', required: true },
      { name: REVIEW_FIELDS.decision, kind: 'Choice', choices: DECISIONS, required: true, indexed: true },
      { name: REVIEW_FIELDS.section, kind: 'Text', maxLength: 40 },
      { name: REVIEW_FIELDS.comment, kind: 'Note', required: true },
      // The content decided on (planFingerprint of the round's snapshot).
      { name: REVIEW_FIELDS.fingerprint, kind: 'Text', maxLength: 40, since: 2 },
      { name: REVIEW_FIELDS.notifiedAt, kind: 'DateTime', since: 5 },
      { name: REVIEW_FIELDS.created, kind: 'DateTime', indexed: true, since: 3 },
      { name: REVIEW_FIELDS.planTitle, kind: 'Text', maxLength: 255, since: 3 },
      { name: REVIEW_FIELDS.embassy, kind: 'Text', maxLength: 120, since: 3 },
      { name: REVIEW_FIELDS.region, kind: 'Choice', choices: PlanRules.REGIONS, since: 3 },
      { name: REVIEW_FIELDS.channels, kind: 'MultiChoice', choices: PlanRules.CHANNELS, since: 3 },
      { name: REVIEW_FIELDS.purpose, kind: 'Choice', choices: PlanRules.PLAN_PURPOSES, since: 3 },
      { name: REVIEW_FIELDS.planOwner, kind: 'Number', since: 3 },
      { name: REVIEW_FIELDS.turn, kind: 'Number', since: 4 },
      { name: REVIEW_FIELDS.approvedAt, kind: 'DateTime', indexed: true, since: 4 },
      { name: REVIEW_FIELDS.embassyApproved, kind: 'Number', indexed: true, since: 8 }
    ]
  },
  // Two reviewers must not both decide on what they saw: a decision first takes the plan's next
  // turn here — it creates the plan's row (the unique Plan key refuses a second one) or updates it
  // with the ETag read with the plan (a stale one is a 412) — and only then writes its Review row.
  // So the reviewer who decided on an outdated page is refused by the server and told who decided.
  // Any reviewer may update any row (writeSecurity 1); authors and staff only read. A reviewer who
  // moves a row by hand (even on a plan they wrote) only makes an open page stale: the other
  // reviewer is refused once, reads the plan again and decides; decisions still count by the rules.
  planLatestDecisions: {
    title: 'DDH Plan Latest Decisions',
    description: 'The latest reviewer decision on each plan, one row per plan: a decision is taken only over the one the reviewer saw.',
    readSecurity: 1,
    writeSecurity: 1,
    roles: [...staffRead, { group: 'reviewers', role: 'contribute' }],
    since: 4,
    fields: [
      { name: LATEST_DECISION_FIELDS.plan, kind: 'Lookup', lookupList: 'plans', required: true, indexed: true, unique: true },
      { name: LATEST_DECISION_FIELDS.decision, kind: 'Choice', choices: TURN_DECISIONS, required: true },
      { name: LATEST_DECISION_FIELDS.round, kind: 'Number' },
      { name: LATEST_DECISION_FIELDS.turn, kind: 'Number', required: true }
    ]
  },
  // What reviewers send an approved plan's embassy to start a channel (page naming, verification,
  // moderation…), one text per channel that any reviewer keeps up to date; a message starts from the
  // texts of the plan's channels and is edited before sending. Only reviewers (and owners) read or
  // write them: an embassy gets the text that was sent, on its plan.
  startupTemplates: {
    title: 'DDH Startup Templates',
    description: 'Start-up instructions per social media channel, kept by the plan reviewers.',
    readSecurity: 1,
    writeSecurity: 1,
    roles: [
      { group: 'owners', role: 'fullControl' },
      { group: 'reviewers', role: 'contribute' }
    ],
    since: 6,
    fields: [
      { name: STARTUP_TEMPLATE_FIELDS.channel, kind: 'Choice', choices: PlanRules.CHANNELS, required: true, indexed: true, unique: true },
      { name: STARTUP_TEMPLATE_FIELDS.instructions, kind: 'Note', required: true }
    ]
  }
};

// --- The plans list's own forms --------------------------------------------------------------
// Whoever opens DDH Plans in SharePoint (New, Edit, Display) gets the plan form customizer of
// src/extensions/planForm, not the default form. Its manifest's id is this constant (a test checks).

/** The component id of the plan form customizer (PlanFormCustomizer.manifest.json `id`). */
export const PLAN_FORM_COMPONENT_ID = 'abebfc85-4da4-4886-99d5-9b7318928ffd';

PLAN_LISTS.plans.forms = { componentId: PLAN_FORM_COMPONENT_ID, forms: ['New', 'Edit', 'Display'] };

/** The only group of SubmittedWaiting: the plans whose hint says `submitted`. */
export const SUBMITTED_GROUP = 1;

/** DDH Plans' SubmittedWaiting: SubmittedAt while the hint says `submitted`, else none. */
export const SUBMITTED_WAITING_KEY: TimeKeySpec = {
  list: PLAN_LISTS.plans.title,
  field: PLAN_FIELDS.submittedWaiting,
  from: [PLAN_FIELDS.state, PLAN_FIELDS.submittedAt],
  of: (row) => (row[PLAN_FIELDS.state] === 'submitted' ? timeKey(SUBMITTED_GROUP, row[PLAN_FIELDS.submittedAt] as string | null) : null)
};

/** The group of an embassy's approvals: its name as the filters compare it (queue.ts `embassyKey`). */
export function embassyGroup(embassy: string): number | null {
  const key = embassyKey(embassy);
  return key ? textGroup(key) : null;
}

/** DDH Plan Reviews' EmbassyApproved: an approve row's embassy, then ApprovedAt; none on other rows. */
export const EMBASSY_APPROVED_KEY: TimeKeySpec = {
  list: PLAN_LISTS.planReviews.title,
  field: REVIEW_FIELDS.embassyApproved,
  from: [REVIEW_FIELDS.decision, REVIEW_FIELDS.embassy, REVIEW_FIELDS.approvedAt],
  of: (row) =>
    row[REVIEW_FIELDS.decision] === 'approve' && typeof row[REVIEW_FIELDS.embassy] === 'string'
      ? timeKey(embassyGroup(row[REVIEW_FIELDS.embassy] as string), row[REVIEW_FIELDS.approvedAt] as string | null)
      : null
};

/** The plans' time keys (src/lists/timeKeys.ts): each column's rule, used by writes, set-up and the bench. */
export const PLAN_TIME_KEYS: readonly TimeKeySpec[] = [SUBMITTED_WAITING_KEY, EMBASSY_APPROVED_KEY];
