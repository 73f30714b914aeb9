import {
  ACTIONS,
  Action,
  EVENT_KINDS,
  PLAN_STATES,
  PlanEventKind,
  PlanState,
  ROLES,
  Role,
  WORKFLOW_REASON_CODES,
  WorkflowContext,
  allowedActions,
  allowedActionsForRoles,
  apply,
  isRecordsReference
} from '../../../src/domain/plans';
import { anna, risto } from './fixtures';

const plain: WorkflowContext = { isOwnPlan: false, startupInstructionsSent: false };
const at = '2025-03-01T10:00:00Z';

/** The workflow of MISSION.md §1, written out by hand: state → role → what may be done. */
const EXPECTED: Record<PlanState, Record<Role, Action[]>> = {
  draft: { author: ['edit', 'submit'], reviewer: [], staff: [] },
  submitted: { author: ['comment'], reviewer: ['requestChanges', 'approve', 'comment'], staff: [] },
  changesRequested: { author: ['edit', 'submit', 'comment'], reviewer: ['comment'], staff: [] },
  approved: { author: ['archive', 'comment'], reviewer: ['sendStartupInstructions', 'comment'], staff: [] },
  archived: { author: ['comment'], reviewer: ['sendStartupInstructions', 'comment'], staff: [] }
};

const NEXT: Partial<Record<PlanEventKind, Partial<Record<PlanState, PlanState>>>> = {
  submit: { draft: 'submitted', changesRequested: 'submitted' },
  requestChanges: { submitted: 'changesRequested' },
  approve: { submitted: 'approved' },
  archive: { approved: 'archived' }
};

/** A full input so only the rule under test can refuse. */
const input = { by: anna, at, comment: 'Looks good.', reference: 'HEL7M0123-45' };

describe('allowedActions', () => {
  const cases = PLAN_STATES.flatMap((state) => ROLES.map((role) => [state, role] as [PlanState, Role]));
  it.each(cases)('%s × %s', (state, role) => {
    expect(allowedActions(state, role, plain)).toEqual(EXPECTED[state][role]);
  });

  it('never lets a reviewer decide on their own plan', () => {
    const own = { ...plain, isOwnPlan: true };
    expect(allowedActions('submitted', 'reviewer', own)).toEqual(['comment']);
    expect(allowedActions('approved', 'reviewer', own)).toEqual(['comment']);
    expect(allowedActionsForRoles('submitted', ['author', 'reviewer'], own)).toEqual(['comment']);
    expect(allowedActionsForRoles('changesRequested', ['author', 'reviewer'], own)).toEqual(['edit', 'submit', 'comment']);
  });

  it('offers start-up instructions only once', () => {
    const sent = { ...plain, startupInstructionsSent: true };
    expect(allowedActions('approved', 'reviewer', sent)).toEqual(['comment']);
    expect(allowedActions('archived', 'reviewer', sent)).toEqual(['comment']);
  });
});

describe('apply', () => {
  const everyRole = (action: Action): Role[] => ROLES.filter((r) => PLAN_STATES.some((s) => EXPECTED[s][r].indexOf(action) >= 0));
  const cases = PLAN_STATES.flatMap((state) =>
    ROLES.flatMap((role) => EVENT_KINDS.map((action) => [state, role, action] as [PlanState, Role, PlanEventKind]))
  );

  it.each(cases)('%s × %s × %s', (state, role, action) => {
    const result = apply(state, action, role, input, plain);
    if (EXPECTED[state][role].indexOf(action) >= 0) {
      const to = (NEXT[action] || {})[state] || state;
      expect(result).toEqual({ ok: true, state: to, event: expect.objectContaining({ kind: action, by: { person: anna, role }, at }) });
    } else {
      expect(result).toEqual({ ok: false, reason: everyRole(action).indexOf(role) >= 0 ? 'notAllowedInState' : 'notAllowedForRole' });
    }
  });

  it('refuses decisions on own plan with ownPlan', () => {
    const own = { ...plain, isOwnPlan: true };
    expect(apply('submitted', 'approve', 'reviewer', input, own)).toEqual({ ok: false, reason: 'ownPlan' });
    expect(apply('submitted', 'requestChanges', 'reviewer', input, own)).toEqual({ ok: false, reason: 'ownPlan' });
    expect(apply('approved', 'sendStartupInstructions', 'reviewer', input, own)).toEqual({ ok: false, reason: 'ownPlan' });
    expect(apply('submitted', 'comment', 'reviewer', input, own).ok).toBe(true);
  });

  it.each(['requestChanges', 'approve', 'sendStartupInstructions', 'comment'] as PlanEventKind[])('%s needs a comment', (action) => {
    const state: PlanState = action === 'sendStartupInstructions' ? 'approved' : 'submitted';
    expect(apply(state, action, 'reviewer', { by: risto, at }, plain)).toEqual({ ok: false, reason: 'commentRequired' });
    expect(apply(state, action, 'reviewer', { by: risto, at, comment: ' \n ' }, plain)).toEqual({ ok: false, reason: 'commentRequired' });
  });

  it('archive needs a comment and a records-system reference', () => {
    expect(apply('approved', 'archive', 'author', { by: anna, at, reference: 'HEL7M0123-45' }, plain)).toEqual({
      ok: false,
      reason: 'commentRequired'
    });
    expect(apply('approved', 'archive', 'author', { by: anna, at, comment: 'Filed.' }, plain)).toEqual({
      ok: false,
      reason: 'referenceRequired'
    });
    expect(apply('approved', 'archive', 'author', { by: anna, at, comment: 'Filed.', reference: 'soon' }, plain)).toEqual({
      ok: false,
      reason: 'referenceInvalid'
    });
    const ok = apply('approved', 'archive', 'author', { by: anna, at, comment: ' Filed. ', reference: ' HEL7M0123-45 ' }, plain);
    expect(ok).toEqual({
      ok: true,
      state: 'archived',
      event: { kind: 'archive', by: { person: anna, role: 'author' }, at, comment: 'Filed.', reference: 'HEL7M0123-45' }
    });
  });

  it('submit needs no comment; times need a zone', () => {
    expect(apply('draft', 'submit', 'author', { by: anna, at }, plain)).toEqual({
      ok: true,
      state: 'submitted',
      event: { kind: 'submit', by: { person: anna, role: 'author' }, at, comment: '' }
    });
    expect(apply('draft', 'submit', 'author', { by: anna, at: '2025-03-01T10:00:00' }, plain)).toEqual({
      ok: false,
      reason: 'invalidTime'
    });
    expect(apply('draft', 'submit', 'author', { by: anna, at: 'yesterday' }, plain)).toEqual({ ok: false, reason: 'invalidTime' });
  });

  it('refuses a second set of start-up instructions', () => {
    const sent = { ...plain, startupInstructionsSent: true };
    expect(apply('archived', 'sendStartupInstructions', 'reviewer', { by: risto, at, comment: 'Again' }, sent)).toEqual({
      ok: false,
      reason: 'startupInstructionsAlreadySent'
    });
  });

  it('keeps a section on comments', () => {
    const result = apply(
      'submitted',
      'comment',
      'reviewer',
      { by: risto, at, comment: 'Name the languages.', section: 'audiences' },
      plain
    );
    expect(result.ok && result.event.section).toBe('audiences');
  });

  it('reports only codes from the exported list', () => {
    expect(WORKFLOW_REASON_CODES).toEqual(expect.arrayContaining(['notAllowedForRole', 'ownPlan', 'notAllowedInState', 'commentRequired']));
    expect(ACTIONS).toHaveLength(EVENT_KINDS.length + 1);
  });
});

describe('isRecordsReference', () => {
  it.each([
    ['HEL7M0123-45', true],
    ['UM/2011/0345', true],
    ['TOK-12', true],
    ['', false],
    ['   ', false],
    ['pending', false],
    ['7', false],
    ['<script>1</script>', false],
    ['x'.repeat(70) + '1', false]
  ])('%s → %s', (text, expected) => {
    expect(isRecordsReference(text)).toBe(expected);
  });
});
