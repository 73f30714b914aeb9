import * as TrainingRules from '../domain/training/session';
import { ListSpec, staffRead } from './types';

const ATTENDANCE = ['attended', 'noShow'] as const;

export type TrainingListKey = 'sessions' | 'registrations' | 'trainingMessages';

/** Internal names of the session columns: written here once, used by the specs and the repositories. */
export const SESSION_FIELDS = {
  description: 'Description',
  topic: 'Topic',
  audience: 'Audience',
  startsAt: 'StartsAt',
  endsAt: 'EndsAt',
  place: 'Place',
  /** v1 link column: 255 characters, too short for many Teams join links. Read as a fallback only. */
  onlineLink: 'OnlineLink',
  /** v2 link column (multi-line text), written from v2 on. */
  meetingLink: 'MeetingLink',
  capacity: 'Capacity',
  organiser: 'Organiser',
  signUpDeadline: 'SignUpDeadline',
  linkedEvent: 'LinkedEvent',
  cancelled: 'Cancelled',
  /**
   * v2: StartsAt as the session was created with, written once and never changed. Every sign-up
   * copies it onto the registration (SessionStartsAt), so that a later change of StartsAt leaves
   * the session's registrations consistent with each other. Absent on sessions created under v1.
   */
  originalStartsAt: 'OriginalStartsAt',
  /**
   * v7: when the session last changed in a way registered people must hear of (time, place, link,
   * cancellation). Written by the admin's save, with the change (sessions.ts).
   */
  changedAt: 'ChangedAt',
  /** v7: the ChangedAt that registered people were last told of by e-mail (data/training/notices.ts). */
  toldAt: 'ToldAt',
  /** v7: the name of the course a session is one part of; its parts share it (indexed: a series is read by it). */
  series: 'Series'
} as const;

/** Internal names of the registration columns. */
export const REGISTRATION_FIELDS = {
  session: 'Session',
  participant: 'Participant',
  sessionPerson: 'SessionPerson',
  cancelled: 'Cancelled',
  cancelledAt: 'CancelledAt',
  unit: 'Unit',
  attendance: 'Attendance',
  queueOrder: 'QueueOrder',
  /**
   * v2: the session's OriginalStartsAt, copied at sign-up. Lets the first view read "registrations
   * of upcoming sessions" as bounded ranges of one index, in the same $batch as the sessions.
   * Written by the participant, so it is a locator only: seats never depend on it.
   */
  sessionStartsAt: 'SessionStartsAt'
} as const;

/** DDH Training Messages (v7): one row per e-mail that told someone they have a seat. */
export const TRAINING_MESSAGE_FIELDS = {
  /** "seat:<registrationId>": the registration whose seat was told of. */
  key: 'MessageKey'
} as const;

const S = SESSION_FIELDS;
const R = REGISTRATION_FIELDS;

export const TRAINING_LISTS: Record<TrainingListKey, ListSpec> = {
  // Training sessions. Admins manage sessions; staff add and remove only their own registrations.
  sessions: {
    title: 'DDH Training Sessions',
    description: 'Training sessions organised by HR staff development.',
    readSecurity: 1,
    writeSecurity: 1,
    roles: [...staffRead, { group: 'trainingAdmins', role: 'edit' }],
    fields: [
      { name: S.description, kind: 'Note' },
      { name: S.topic, kind: 'Choice', choices: TrainingRules.SESSION_TOPICS, indexed: true },
      { name: S.audience, kind: 'Text', maxLength: 255 },
      // Every session query's first filter clause is on StartsAt, so it must stay indexed.
      { name: S.startsAt, kind: 'DateTime', required: true, indexed: true },
      { name: S.endsAt, kind: 'DateTime', required: true },
      { name: S.place, kind: 'Text', maxLength: 255 },
      { name: S.onlineLink, kind: 'Text', maxLength: 255 },
      { name: S.capacity, kind: 'Number', required: true },
      { name: S.organiser, kind: 'User' },
      { name: S.signUpDeadline, kind: 'DateTime' },
      { name: S.linkedEvent, kind: 'Text', maxLength: 255 },
      { name: S.cancelled, kind: 'Boolean', indexed: true },
      { name: S.meetingLink, kind: 'Note', since: 2 },
      { name: S.originalStartsAt, kind: 'DateTime', since: 2 },
      { name: S.changedAt, kind: 'DateTime', since: 7 },
      { name: S.toldAt, kind: 'DateTime', since: 7 },
      { name: S.series, kind: 'Text', maxLength: 255, indexed: true, since: 7 }
    ]
  },
  registrations: {
    title: 'DDH Registrations',
    description: 'Sign-ups for training sessions. Seats and the waiting list follow arrival order.',
    // Read 1: everyone sees a session's queue (positions are derived from it).
    // From v4 staff only ADD rows (the custom level "DDH Add Only": no EditListItems, no
    // DeleteListItems): a sign-up is one row, a cancellation another, and what a person wrote stays
    // as the server stored it. Training admins (Edit = manage the list) change rows; so an item
    // whose last editor is not its author was changed by an admin: the repositories honour
    // QueueOrder, Attendance and an admin's cancellation only then. Write 2 stays for sites
    // upgraded from v3, where staff still had Contribute on their own rows.
    readSecurity: 1,
    writeSecurity: 2,
    roles: [
      { group: 'owners', role: 'fullControl' },
      { group: 'members', role: 'contribute', until: 4 },
      { group: 'members', role: 'addOnly', since: 4 },
      { group: 'visitors', role: 'read' },
      { group: 'trainingAdmins', role: 'edit' }
    ],
    fields: [
      { name: R.session, kind: 'Lookup', lookupList: 'sessions', required: true, indexed: true },
      { name: R.participant, kind: 'User', required: true, indexed: true },
      // "<sessionId>:<personId>": a locator only. Up to v3 it was unique, so that the server refused a
      // second registration — but anyone could write anyone's key and lock them out. From v4 one
      // registration per person is derived from the server-set Author and Id (domain collapseRegistrations).
      { name: R.sessionPerson, kind: 'Text', required: true, maxLength: 60, indexed: true, uniqueUntil: 4 },
      { name: R.cancelled, kind: 'Boolean' },
      { name: R.cancelledAt, kind: 'DateTime' },
      { name: R.unit, kind: 'Text', maxLength: 120 },
      { name: R.attendance, kind: 'Choice', choices: ATTENDANCE },
      // Admin moves only: the waiting-list order is QueueOrder if set, else arrival (item id).
      { name: R.queueOrder, kind: 'Number', since: 2 },
      // The first view's index: "SessionStartsAt ge <from> and SessionStartsAt lt <to>" (see data/training/upcoming.ts).
      { name: R.sessionStartsAt, kind: 'DateTime', indexed: true, since: 2 }
    ]
  },
  // The record of each "you have a seat" e-mail, so that it goes once whoever's page sends it (the
  // person's own after a sign-up, or the page of whoever freed or gave the seat). Staff only add
  // rows, as on the registrations list. A row decides nothing about seats: the worst a row written
  // in bad faith can do is keep one e-mail from being sent, and the person still sees the seat
  // under "For you" (ForYou.tsx).
  trainingMessages: {
    title: 'DDH Training Messages',
    description: 'A record of each e-mail that told someone they have a seat on a training session.',
    readSecurity: 1,
    writeSecurity: 2,
    roles: [
      { group: 'owners', role: 'fullControl' },
      { group: 'members', role: 'addOnly' },
      { group: 'visitors', role: 'read' },
      { group: 'trainingAdmins', role: 'edit' }
    ],
    since: 7,
    fields: [{ name: TRAINING_MESSAGE_FIELDS.key, kind: 'Text', required: true, maxLength: 60, indexed: true }]
  }
};
