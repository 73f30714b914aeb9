import { hasErrors, signUpClosesAt, validateSession } from '../../../src/domain/training';
import { makeSession } from './fixtures';

const codes = (issues: { code: string }[]): string[] => issues.map((i) => i.code);

describe('validateSession', () => {
  it('accepts a good session', () => {
    expect(validateSession(makeSession())).toEqual([]);
  });

  it('requires a title and an end after the start', () => {
    const issues = validateSession(makeSession({ title: '  ', end: new Date('2026-03-10T08:00:00Z') }));
    expect(codes(issues)).toEqual(['titleRequired', 'endNotAfterStart']);
    expect(hasErrors(issues)).toBe(true);
  });

  it('checks capacity', () => {
    expect(codes(validateSession(makeSession({ capacity: 0 })))).toEqual(['capacityTooSmall']);
    expect(codes(validateSession(makeSession({ capacity: 2.5 })))).toEqual(['capacityNotWholeNumber']);
    expect(codes(validateSession(makeSession({ capacity: NaN })))).toEqual(['capacityNotWholeNumber']);
    expect(codes(validateSession(makeSession({ capacity: 50000 })))).toEqual(['capacityTooLarge']);
    const lowered = validateSession(makeSession({ capacity: 5 }), { confirmedCount: 8 });
    expect(lowered).toEqual([{ field: 'capacity', code: 'capacityBelowConfirmed', severity: 'warning' }]);
    expect(hasErrors(lowered)).toBe(false);
  });

  it('wants the deadline before the start', () => {
    const late = makeSession({ signUpDeadline: new Date('2026-03-10T09:00:00Z') });
    expect(codes(validateSession(late))).toEqual(['deadlineNotBeforeStart']);
    expect(codes(validateSession(makeSession({ signUpDeadline: new Date('x') })))).toEqual(['deadlineInvalid']);
  });

  it('wants a place or an https meeting link', () => {
    expect(codes(validateSession(makeSession({ place: '', onlineMeetingUrl: '' })))).toEqual(['placeOrLinkRequired']);
    expect(codes(validateSession(makeSession({ onlineMeetingUrl: 'http://teams.example/x' })))).toEqual(['onlineLinkNotHttps']);
    expect(codes(validateSession(makeSession({ onlineMeetingUrl: 'javascript:alert(1)' })))).toEqual(['onlineLinkNotHttps']);
    expect(codes(validateSession(makeSession({ onlineMeetingUrl: 'teams meeting' })))).toEqual(['onlineLinkInvalid']);
    expect(validateSession(makeSession({ place: '', onlineMeetingUrl: 'https://teams.microsoft.com/l/x' }))).toEqual([]);
  });

  it('flags invalid dates, unknown topics and suspiciously long sessions', () => {
    expect(codes(validateSession(makeSession({ start: new Date('nope') })))).toEqual(['startInvalid']);
    expect(codes(validateSession(makeSession({ topic: 'cooking' as never })))).toEqual(['topicUnknown']);
    const week = makeSession({ end: new Date('2026-03-17T10:00:00Z') });
    expect(validateSession(week)).toEqual([{ field: 'end', code: 'durationTooLong', severity: 'warning' }]);
    expect(codes(validateSession(makeSession(), { now: new Date('2026-04-01T00:00:00Z') }))).toEqual(['startInPast']);
  });

  it('closes sign-up at the deadline, or at the start without one', () => {
    expect(signUpClosesAt(makeSession()).toISOString()).toBe('2026-03-03T14:00:00.000Z');
    expect(signUpClosesAt(makeSession({ signUpDeadline: undefined })).toISOString()).toBe('2026-03-10T08:00:00.000Z');
  });
});
