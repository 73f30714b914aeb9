import { PersonRef, PlanEvent, PlanEventKind, Role, derivePlanState } from '../../../src/domain/plans';
import { aino, anna, risto, sanna } from './fixtures';

function ev(kind: PlanEventKind, person: PersonRef, role: Role, minute: number, extra: Partial<PlanEvent> = {}): PlanEvent {
  const at = `2025-03-01T10:${String(minute).padStart(2, '0')}:00Z`;
  return { id: `${kind}@${minute}`, kind, by: { person, role }, at, comment: kind === 'submit' ? '' : `${kind} note`, ...extra };
}

const archived = { reference: 'HEL7M0123-45' };

describe('derivePlanState', () => {
  it('starts as a draft', () => {
    expect(derivePlanState([])).toEqual({
      state: 'draft',
      history: [],
      rejected: [],
      startupInstructionsSent: false,
      round: 0,
      lastSubmittedAt: null,
      approvedAt: null,
      contentChangedAfterSubmit: false
    });
  });

  it('replays a whole life: two rounds, approval, archive, instructions', () => {
    const events = [
      ev('submit', anna, 'author', 1),
      ev('comment', risto, 'reviewer', 2, { section: 'audiences' }),
      ev('requestChanges', risto, 'reviewer', 3),
      ev('submit', aino, 'author', 4),
      ev('approve', risto, 'reviewer', 5),
      ev('archive', anna, 'author', 6, archived),
      ev('sendStartupInstructions', risto, 'reviewer', 7)
    ];
    const derived = derivePlanState(events);
    expect(derived.state).toBe('archived');
    expect(derived.rejected).toEqual([]);
    expect(derived.round).toBe(2);
    expect(derived.startupInstructionsSent).toBe(true);
    expect(derived.lastSubmittedAt).toBe('2025-03-01T10:04:00Z');
    expect(derived.approvedAt).toBe('2025-03-01T10:05:00Z');
    expect(derived.history.map((h) => `${h.event.kind}:${h.round}:${h.from}->${h.to}`)).toEqual([
      'submit:1:draft->submitted',
      'comment:1:submitted->submitted',
      'requestChanges:1:submitted->changesRequested',
      'submit:2:changesRequested->submitted',
      'approve:2:submitted->approved',
      'archive:2:approved->archived',
      'sendStartupInstructions:2:archived->archived'
    ]);
    expect(derived.history[1].event).toEqual({
      id: 'comment@2',
      kind: 'comment',
      by: { person: risto, role: 'reviewer' },
      at: '2025-03-01T10:02:00Z',
      comment: 'comment note',
      section: 'audiences'
    });
  });

  it('orders events from both lists by time, whatever order they come in', () => {
    const derived = derivePlanState([ev('approve', risto, 'reviewer', 5), ev('submit', anna, 'author', 1)]);
    expect(derived.state).toBe('approved');
    expect(derived.rejected).toEqual([]);
  });

  it("ignores an approval by the plan's own author, even one in the reviewers' role", () => {
    const forged = ev('approve', anna, 'reviewer', 2);
    const derived = derivePlanState([ev('submit', anna, 'author', 1), forged]);
    expect(derived.state).toBe('submitted');
    expect(derived.rejected).toEqual([{ event: forged, reason: 'ownPlan' }]);
    expect(derived.history).toHaveLength(1);
  });

  it("knows the plan's owners from the options before they write anything", () => {
    const forged = ev('requestChanges', aino, 'reviewer', 2);
    const derived = derivePlanState([ev('submit', anna, 'author', 1), forged], { authors: [aino] });
    expect(derived.rejected).toEqual([{ event: forged, reason: 'ownPlan' }]);
    expect(derived.state).toBe('submitted');
  });

  it('ignores staff requesting changes and an author approving', () => {
    const staffDecision = ev('requestChanges', sanna, 'staff', 2);
    const authorApproval = ev('approve', aino, 'author', 3);
    const derived = derivePlanState([ev('submit', anna, 'author', 1), staffDecision, authorApproval]);
    expect(derived.state).toBe('submitted');
    expect(derived.rejected).toEqual([
      { event: staffDecision, reason: 'notAllowedForRole' },
      { event: authorApproval, reason: 'notAllowedForRole' }
    ]);
  });

  it('ignores an approval before the submit, and judges what follows without it', () => {
    const early = ev('approve', risto, 'reviewer', 1);
    const archive = ev('archive', anna, 'author', 3, archived);
    const derived = derivePlanState([early, ev('submit', anna, 'author', 2), archive]);
    expect(derived.state).toBe('submitted');
    expect(derived.rejected).toEqual([
      { event: early, reason: 'notAllowedInState' },
      { event: archive, reason: 'notAllowedInState' }
    ]);
    expect(derived.approvedAt).toBeNull();
  });

  it('ignores decisions without a comment and archives without a reference', () => {
    const silent = ev('approve', risto, 'reviewer', 2, { comment: '  ' });
    const noReference = ev('archive', anna, 'author', 4);
    const derived = derivePlanState([ev('submit', anna, 'author', 1), silent, ev('approve', risto, 'reviewer', 3), noReference]);
    expect(derived.state).toBe('approved');
    expect(derived.rejected).toEqual([
      { event: silent, reason: 'commentRequired' },
      { event: noReference, reason: 'referenceRequired' }
    ]);
  });

  it('accepts start-up instructions once', () => {
    const second = ev('sendStartupInstructions', risto, 'reviewer', 4);
    const derived = derivePlanState([
      ev('submit', anna, 'author', 1),
      ev('approve', risto, 'reviewer', 2),
      ev('sendStartupInstructions', risto, 'reviewer', 3),
      second
    ]);
    expect(derived.startupInstructionsSent).toBe(true);
    expect(derived.rejected).toEqual([{ event: second, reason: 'startupInstructionsAlreadySent' }]);
  });

  it('rejects events without a usable time or role', () => {
    const noTime = { ...ev('submit', anna, 'author', 1), at: '1.3.2025' };
    const noRole = { ...ev('submit', anna, 'author', 2), by: { person: anna, role: 'admin' as Role } };
    const derived = derivePlanState([noTime, noRole]);
    expect(derived.state).toBe('draft');
    expect(derived.rejected).toEqual([
      { event: noTime, reason: 'invalidTime' },
      { event: noRole, reason: 'notAllowedForRole' }
    ]);
  });

  it('notices content changed after submitting, by fingerprint', () => {
    const events = [ev('submit', anna, 'author', 1, { planFingerprint: 'aaa' }), ev('approve', risto, 'reviewer', 2)];
    expect(derivePlanState(events, { currentFingerprint: 'aaa' }).contentChangedAfterSubmit).toBe(false);
    expect(derivePlanState(events, { currentFingerprint: 'bbb' }).contentChangedAfterSubmit).toBe(true);
    const reopened = [...events.slice(0, 1), ev('requestChanges', risto, 'reviewer', 2)];
    expect(derivePlanState(reopened, { currentFingerprint: 'bbb' }).contentChangedAfterSubmit).toBe(false);
  });
});
