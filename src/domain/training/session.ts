/**
 * A training session and the rules for a valid one.
 *
 * The action plan promises about five 2–3 hour social media sessions a year, some held next
 * to other events so that embassy staff can attend, plus training on the intranet's
 * collaboration tools and online meetings. Validation returns codes; the UI maps them to text.
 */

/** A person as the lists know them: the SharePoint user id plus what we show. */
export interface Person {
  id: number;
  name: string;
  email?: string;
}

/** What a session teaches. The action plan names these three kinds of training. */
export type SessionTopic = 'socialMedia' | 'collaborationTools' | 'onlineMeetings' | 'other';

export const SESSION_TOPICS: readonly SessionTopic[] = ['socialMedia', 'collaborationTools', 'onlineMeetings', 'other'];

export interface Session {
  id: number;
  title: string;
  description: string;
  topic: SessionTopic;
  /** Who the session is for, in the organiser's words (e.g. "embassy communication teams"). */
  audience: string;
  start: Date;
  end: Date;
  place?: string;
  /** Teams or other online meeting link; shown to confirmed participants only. */
  onlineMeetingUrl?: string;
  capacity: number;
  organiser?: Person;
  /** Last moment to sign up or cancel oneself. Absent means "until the session starts". */
  signUpDeadline?: Date;
  /** The event this session is held next to (e.g. the heads of mission meeting). */
  linkedEvent?: string;
  cancelled: boolean;
  /**
   * The course this session is one part of (its parts share the name); '' for a single session.
   * Undefined when the site has no such column yet (before schema v7): then it is never written.
   */
  series?: string;
}

/** Limits that follow SharePoint's column types (single line of text holds 255). */
export const SESSION_LIMITS = {
  titleMaxLength: 255,
  placeMaxLength: 255,
  audienceMaxLength: 255,
  linkedEventMaxLength: 255,
  descriptionMaxLength: 10000,
  /** Sessions are 2–3 hours; anything over a day is far more likely a typo in a date. */
  maxDurationHours: 24,
  /** Large enough for an all-staff webinar, small enough to catch a stray extra zero. */
  maxCapacity: 5000
} as const;

export type SessionIssueCode =
  | 'titleRequired'
  | 'titleTooLong'
  | 'descriptionTooLong'
  | 'topicUnknown'
  | 'audienceTooLong'
  | 'startInvalid'
  | 'endInvalid'
  | 'endNotAfterStart'
  | 'durationTooLong'
  | 'capacityNotWholeNumber'
  | 'capacityTooSmall'
  | 'capacityTooLarge'
  | 'capacityBelowConfirmed'
  | 'deadlineInvalid'
  | 'deadlineNotBeforeStart'
  | 'placeOrLinkRequired'
  | 'placeTooLong'
  | 'onlineLinkInvalid'
  | 'onlineLinkNotHttps'
  | 'linkedEventTooLong'
  | 'startInPast';

export type IssueSeverity = 'error' | 'warning';

export interface SessionIssue {
  field: keyof Session;
  code: SessionIssueCode;
  /** Errors block saving; warnings ask the admin to confirm. */
  severity: IssueSeverity;
}

export interface SessionValidationContext {
  /** Now, to warn about sessions created in the past. */
  now?: Date;
  /**
   * How many registrations currently hold a seat. Lowering capacity below this moves the
   * latest arrivals back to the waiting list, which the admin must confirm knowingly.
   */
  confirmedCount?: number;
}

export function isValidDate(value: Date | undefined): value is Date {
  return value instanceof Date && !isNaN(value.getTime());
}

/** Parses an absolute URL; undefined when it is not one. */
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function codePointLength(text: string): number {
  return Array.from(text).length;
}

export function validateSession(session: Session, context: SessionValidationContext = {}): SessionIssue[] {
  const issues: SessionIssue[] = [];
  const error = (field: keyof Session, code: SessionIssueCode): void => {
    issues.push({ field, code, severity: 'error' });
  };
  const warning = (field: keyof Session, code: SessionIssueCode): void => {
    issues.push({ field, code, severity: 'warning' });
  };

  const title = (session.title || '').trim();
  if (!title) error('title', 'titleRequired');
  else if (codePointLength(title) > SESSION_LIMITS.titleMaxLength) error('title', 'titleTooLong');
  if (codePointLength(session.description || '') > SESSION_LIMITS.descriptionMaxLength) {
    error('description', 'descriptionTooLong');
  }
  if (SESSION_TOPICS.indexOf(session.topic) < 0) error('topic', 'topicUnknown');
  if (codePointLength(session.audience || '') > SESSION_LIMITS.audienceMaxLength) error('audience', 'audienceTooLong');
  if (codePointLength(session.linkedEvent || '') > SESSION_LIMITS.linkedEventMaxLength) {
    error('linkedEvent', 'linkedEventTooLong');
  }

  const startOk = isValidDate(session.start);
  const endOk = isValidDate(session.end);
  if (!startOk) error('start', 'startInvalid');
  if (!endOk) error('end', 'endInvalid');
  if (startOk && endOk) {
    const durationMs = session.end.getTime() - session.start.getTime();
    if (durationMs <= 0) error('end', 'endNotAfterStart');
    else if (durationMs > SESSION_LIMITS.maxDurationHours * 3600000) warning('end', 'durationTooLong');
  }
  if (startOk && context.now && session.start.getTime() < context.now.getTime()) warning('start', 'startInPast');

  if (typeof session.capacity !== 'number' || !Number.isInteger(session.capacity)) {
    error('capacity', 'capacityNotWholeNumber');
  } else if (session.capacity < 1) {
    error('capacity', 'capacityTooSmall');
  } else if (session.capacity > SESSION_LIMITS.maxCapacity) {
    error('capacity', 'capacityTooLarge');
  } else if (context.confirmedCount !== undefined && session.capacity < context.confirmedCount) {
    warning('capacity', 'capacityBelowConfirmed');
  }

  if (session.signUpDeadline !== undefined) {
    if (!isValidDate(session.signUpDeadline)) error('signUpDeadline', 'deadlineInvalid');
    else if (startOk && session.signUpDeadline.getTime() > session.start.getTime()) {
      error('signUpDeadline', 'deadlineNotBeforeStart');
    }
  }

  const place = (session.place || '').trim();
  const link = (session.onlineMeetingUrl || '').trim();
  if (!place && !link) error('place', 'placeOrLinkRequired');
  if (codePointLength(place) > SESSION_LIMITS.placeMaxLength) error('place', 'placeTooLong');
  if (link) {
    const url = parseUrl(link);
    if (!url) error('onlineMeetingUrl', 'onlineLinkInvalid');
    // https only: the link goes into calendar files and mails; http would leak the meeting id.
    else if (url.protocol !== 'https:') error('onlineMeetingUrl', 'onlineLinkNotHttps');
  }
  return issues;
}

export function hasErrors(issues: readonly { severity: IssueSeverity }[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** The moment sign-up and self-cancellation close: the deadline, or the start without one. */
export function signUpClosesAt(session: Session): Date {
  return session.signUpDeadline && isValidDate(session.signUpDeadline) ? session.signUpDeadline : session.start;
}
