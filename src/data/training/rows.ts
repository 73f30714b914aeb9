/**
 * List items ↔ domain objects for the training lists. Column names come from trainingLists.ts.
 *
 * Reads use `$select=*` plus the expanded person columns: a column a site does not have yet
 * (an older schema version) is then simply absent instead of failing the whole query.
 *
 * What the server guarantees, and therefore what a row is trusted for:
 * - Author, Editor, Created and Id are set by SharePoint. From schema v4 staff may only add rows
 *   (the "DDH Add Only" level); only someone who manages the list (training admins, owners) can
 *   change one. A sign-up is one row, a cancellation another (domain `collapseRegistrations`).
 * - A row counts only for its author (nobody signs up someone else): a row naming another person
 *   neither gives them a place nor blocks them. The SessionPerson key decides nothing.
 * - QueueOrder, Attendance and a cancellation on a sign-up row count only when the last editor is
 *   not the author, i.e. an admin set them: a participant cannot move themselves up the line or
 *   mark themselves present.
 * - A sign-up row created (server clock) after the session's deadline holds no place unless an
 *   admin changed it (domain `signedUpTooLate`).
 * - SessionStartsAt is never read into a Registration: it only decides which index range a row
 *   is found in. Seats are grouped by the Session lookup and ordered by id, so a participant who
 *   rewrites it can only hide their own row from the first view's summary (or have it found in
 *   another range, where it still counts for its own session).
 */
import {
  Attendance,
  collapseRegistrations,
  Person,
  Registration,
  RegistrationRow,
  Session,
  SessionTopic,
  SESSION_TOPICS
} from '../../domain/training';
import { REGISTRATION_FIELDS as R, SESSION_FIELDS as S } from '../../lists/trainingLists';
import { Attachment, ATTACHMENTS_EXPAND, ATTACHMENTS_SELECT, attachmentsOf } from '../attachments';

type Row = Record<string, unknown>;

interface PersonRow {
  Id?: number;
  Title?: string;
  EMail?: string;
}

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
  /** Slides and handouts the admins attached (item attachments). */
  attachments: Attachment[];
  /**
   * When the session last changed in a way registered people must hear of, and when they were last
   * told (schema v7's ChangedAt and ToldAt). Undefined on a site before v7, which has no such columns.
   */
  announcement?: { changedAt?: Date; toldAt?: Date; editorId?: number };
}

export interface StoredRegistration extends Registration {
  etag: string;
  /** Who created the item (SharePoint's Author). */
  authorId: number;
}

/** Lookup and person columns travel as `<Name>Id` in JSON light. */
export const idProperty = (name: string): string => `${name}Id`;

/** Every session read brings its attachments (slides, handouts): none costs nothing, and the details need no second read. */
export const SESSION_SELECT = ['*', `${S.organiser}/Id`, `${S.organiser}/Title`, `${S.organiser}/EMail`, ATTACHMENTS_SELECT];
export const SESSION_EXPAND = [S.organiser, ATTACHMENTS_EXPAND];
export const REGISTRATION_SELECT = ['*', `${R.participant}/Id`, `${R.participant}/Title`, `${R.participant}/EMail`];
export const REGISTRATION_EXPAND = [R.participant];
/**
 * What the seats and the admin table use, and no more: the first view reads every registration of
 * the coming months, so it leaves out Title and the other columns `*` would bring. v2 columns only
 * (QueueOrder): used only by the v2 range reads.
 */
export const SEAT_SELECT = [
  'Id',
  'Created',
  'AuthorId',
  'EditorId',
  idProperty(R.session),
  idProperty(R.participant),
  `${R.participant}/Id`,
  `${R.participant}/Title`,
  `${R.participant}/EMail`,
  R.sessionPerson,
  R.cancelled,
  R.cancelledAt,
  R.unit,
  R.attendance,
  R.queueOrder
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
    cancelled: row[S.cancelled] === true,
    series: S.series in row ? (text(row, S.series) || '').trim() : undefined
  };
  const announcement =
    S.changedAt in row
      ? { changedAt: date(row, S.changedAt), toldAt: date(row, S.toldAt), editorId: numberOf(row, 'EditorId') }
      : undefined;
  return { session, etag: etagOf(row), stamp: date(row, S.originalStartsAt), attachments: attachmentsOf(row), announcement };
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
    [S.cancelled]: session.cancelled,
    ...(session.series !== undefined ? { [S.series]: session.series.trim() || null } : {})
  };
}

/** The body of a new session: as an update, plus OriginalStartsAt, written this once. */
export function newSessionBody(session: Session): Row {
  return { ...sessionBody(session), [S.originalStartsAt]: session.start.toISOString() };
}

/**
 * A row as the log sees it (domain `collapseRegistrations`), or undefined when it is no
 * registration at all (no id, session or participant).
 */
export function toRegistrationRow(row: Row): RegistrationRow<StoredRegistration> | undefined {
  const id = numberOf(row, 'Id');
  const sessionId = numberOf(row, idProperty(R.session));
  const participant = person(row, R.participant);
  const authorId = numberOf(row, 'AuthorId');
  if (id === undefined || sessionId === undefined || !participant || authorId === undefined) return undefined;
  const adminEdited = numberOf(row, 'EditorId') !== authorId;
  const flagged = row[R.cancelled] === true;
  // The author changed the row after adding it: possible only on a site before schema v4, where
  // staff could edit their own rows. Such a row was a cancellation then (or a forgery, e.g. moving
  // an early place to another session by rewriting the Session lookup), so it holds no place.
  const authorRewrote = !adminEdited && etagOf(row) !== '"1"';
  // A row its author added already cancelled, and nobody changed since: a cancellation (v4).
  const cancellation = flagged && !adminEdited && !authorRewrote;
  const attendance = text(row, R.attendance);
  const registration: StoredRegistration = {
    id,
    sessionId,
    person: { ...participant, unit: text(row, R.unit) },
    registeredAt: date(row, 'Created') || new Date(0),
    cancelled: flagged || authorRewrote,
    cancelledAt: date(row, R.cancelledAt),
    queueOrder: adminEdited ? numberOf(row, R.queueOrder) : undefined,
    attendance: adminEdited && (attendance === 'attended' || attendance === 'noShow') ? (attendance as Attendance) : undefined,
    adminWritten: adminEdited,
    etag: etagOf(row),
    authorId
  };
  return { registration, authorId, cancellation };
}

/** The registrations the rows make: one per person and session at a time (see domain/training/log.ts). */
export function toRegistrations(rows: readonly Row[]): StoredRegistration[] {
  const log: Array<RegistrationRow<StoredRegistration>> = [];
  for (const row of rows) {
    const entry = toRegistrationRow(row);
    if (entry) log.push(entry);
  }
  return collapseRegistrations(log);
}
