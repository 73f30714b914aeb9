/**
 * List items ↔ domain objects for the training lists. Column names come from trainingLists.ts.
 *
 * Reads use `$select=*` plus the expanded person columns: a column a site does not have yet
 * (an older schema version) is then simply absent instead of failing the whole query.
 *
 * What the server guarantees, and therefore what a row is trusted for:
 * - Author and Editor are set by SharePoint. With WriteSecurity 2 only the author or someone who
 *   manages the list (training admins, owners) can change an item.
 * - A registration counts only when its participant is its author (nobody signs up someone
 *   else) and it carries the session's exact active key: the unique key is what makes "one
 *   active registration per person and session" a server rule, so a row without it is not one.
 * - QueueOrder and Attendance count only when the last editor is not the author, i.e. an admin
 *   set them: a participant cannot move themselves up the line or mark themselves present.
 * - SessionStartsAt is never read into a Registration: it only decides which index range a row
 *   is found in. Seats are grouped by the Session lookup and ordered by id, so a participant who
 *   rewrites it can only hide their own row from the first view's summary (or have it found in
 *   another range, where it still counts for its own session).
 */
import {
  Attendance, Person, Registration, Session, SessionTopic, SESSION_TOPICS, sessionPersonKey
} from '../../domain/training';
import { REGISTRATION_FIELDS as R, SESSION_FIELDS as S } from '../../lists/trainingLists';

type Row = Record<string, unknown>;

interface PersonRow { Id?: number; Title?: string; EMail?: string }

export interface StoredSession {
  session: Session;
  /** The item's ETag, sent back with every update so a concurrent change is never overwritten. */
  etag: string;
  /**
   * OriginalStartsAt: the value every registration of this session carries as SessionStartsAt.
   * Undefined for sessions created before schema v2: their registrations carry none, so their
   * seats are read by the Session lookup instead.
   */
  stamp?: Date;
}

export interface StoredRegistration extends Registration {
  etag: string;
  /** Who created the item (SharePoint's Author). */
  authorId: number;
}

/** Lookup and person columns travel as `<Name>Id` in JSON light. */
export const idProperty = (name: string): string => `${name}Id`;

export const SESSION_SELECT = ['*', `${S.organiser}/Id`, `${S.organiser}/Title`, `${S.organiser}/EMail`];
export const SESSION_EXPAND = [S.organiser];
export const REGISTRATION_SELECT = ['*', `${R.participant}/Id`, `${R.participant}/Title`, `${R.participant}/EMail`];
export const REGISTRATION_EXPAND = [R.participant];
/**
 * What the seats and the admin table use, and no more: the first view reads every registration of
 * the coming months, so it leaves out Title and the other columns `*` would bring. v2 columns only
 * (QueueOrder): used only by the v2 range reads.
 */
export const SEAT_SELECT = [
  'Id', 'Created', 'AuthorId', 'EditorId', idProperty(R.session), idProperty(R.participant),
  `${R.participant}/Id`, `${R.participant}/Title`, `${R.participant}/EMail`,
  R.sessionPerson, R.cancelled, R.cancelledAt, R.unit, R.attendance, R.queueOrder
];

function text(row: Row, name: string): string | undefined {
  const value = row[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function date(row: Row, name: string): Date | undefined {
  const value = text(row, name);
  if (!value) return undefined;
  const parsed = new Date(value);
  return isNaN(parsed.getTime()) ? undefined : parsed;
}

function numberOf(row: Row, name: string): number | undefined {
  const value = row[name];
  return typeof value === 'number' && isFinite(value) ? value : undefined;
}

function person(row: Row, name: string): Person | undefined {
  const id = numberOf(row, idProperty(name));
  if (id === undefined) return undefined;
  const expanded = (row[name] || {}) as PersonRow;
  return { id, name: expanded.Title || '', email: expanded.EMail || undefined };
}

export function etagOf(row: Row): string {
  return typeof row['odata.etag'] === 'string' ? (row['odata.etag'] as string) : '*';
}

export function toSession(row: Row): StoredSession {
  const topic = text(row, S.topic) as SessionTopic | undefined;
  const session: Session = {
    id: numberOf(row, 'Id') || 0,
    title: text(row, 'Title') || '',
    description: text(row, S.description) || '',
    topic: topic && SESSION_TOPICS.indexOf(topic) >= 0 ? topic : 'other',
    audience: text(row, S.audience) || '',
    start: date(row, S.startsAt) || new Date(NaN),
    end: date(row, S.endsAt) || new Date(NaN),
    place: text(row, S.place),
    onlineMeetingUrl: text(row, S.meetingLink) || text(row, S.onlineLink),
    capacity: numberOf(row, S.capacity) || 0,
    organiser: person(row, S.organiser),
    signUpDeadline: date(row, S.signUpDeadline),
    linkedEvent: text(row, S.linkedEvent),
    cancelled: row[S.cancelled] === true
  };
  return { session, etag: etagOf(row), stamp: date(row, S.originalStartsAt) };
}

/** The body of an add or update. Empty optional values are written as null so that edits can clear them. */
export function sessionBody(session: Session): Row {
  return {
    Title: session.title.trim(),
    [S.description]: session.description || null,
    [S.topic]: session.topic,
    [S.audience]: session.audience ? session.audience.trim() : null,
    [S.startsAt]: session.start.toISOString(),
    [S.endsAt]: session.end.toISOString(),
    [S.place]: session.place && session.place.trim() ? session.place.trim() : null,
    [S.meetingLink]: session.onlineMeetingUrl && session.onlineMeetingUrl.trim() ? session.onlineMeetingUrl.trim() : null,
    [S.capacity]: session.capacity,
    [idProperty(S.organiser)]: session.organiser ? session.organiser.id : null,
    [S.signUpDeadline]: session.signUpDeadline ? session.signUpDeadline.toISOString() : null,
    [S.linkedEvent]: session.linkedEvent && session.linkedEvent.trim() ? session.linkedEvent.trim() : null,
    [S.cancelled]: session.cancelled
  };
}

/** The body of a new session: as an update, plus OriginalStartsAt, written this once. */
export function newSessionBody(session: Session): Row {
  return { ...sessionBody(session), [S.originalStartsAt]: session.start.toISOString() };
}

/** A registration as the rules see it, or undefined when the row is not a trustworthy one. */
export function toRegistration(row: Row): StoredRegistration | undefined {
  const id = numberOf(row, 'Id');
  const sessionId = numberOf(row, idProperty(R.session));
  const participant = person(row, R.participant);
  const authorId = numberOf(row, 'AuthorId');
  if (id === undefined || sessionId === undefined || !participant || authorId !== participant.id) return undefined;
  const adminEdited = numberOf(row, 'EditorId') !== authorId;
  const activeKey = text(row, R.sessionPerson) === sessionPersonKey(sessionId, participant.id);
  // A person writes their registration once (sign-up) and then only to cancel it. A row its
  // author changed after creating it (version above 1, author the last editor) is therefore a
  // cancellation or a forgery — e.g. moving an early place in line to another session by
  // rewriting the Session lookup and key — and never holds a place.
  const authorRewrote = !adminEdited && etagOf(row) !== '"1"';
  const attendance = text(row, R.attendance);
  return {
    id,
    sessionId,
    person: { ...participant, unit: text(row, R.unit) },
    registeredAt: date(row, 'Created') || new Date(0),
    cancelled: row[R.cancelled] === true || !activeKey || authorRewrote,
    cancelledAt: date(row, R.cancelledAt),
    queueOrder: adminEdited ? numberOf(row, R.queueOrder) : undefined,
    attendance: adminEdited && (attendance === 'attended' || attendance === 'noShow') ? (attendance as Attendance) : undefined,
    etag: etagOf(row),
    authorId
  };
}

export function toRegistrations(rows: readonly Row[]): StoredRegistration[] {
  const out: StoredRegistration[] = [];
  for (const row of rows) {
    const registration = toRegistration(row);
    if (registration) out.push(registration);
  }
  return out;
}
