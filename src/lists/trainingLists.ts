import * as TrainingRules from '../domain/training/session';
import { ListSpec, staffContribute, staffRead } from './types';

const ATTENDANCE = ['attended', 'noShow'] as const;

export type TrainingListKey = 'sessions' | 'registrations';

export const TRAINING_LISTS: Record<TrainingListKey, ListSpec> = {
  // Training sessions. Admins manage sessions; staff add and remove only their own registrations.
  sessions: {
    title: 'DDH Training Sessions',
    description: 'Training sessions organised by HR staff development.',
    readSecurity: 1, writeSecurity: 1,
    roles: [...staffRead, { group: 'trainingAdmins', role: 'edit' }],
    fields: [
      { name: 'Description', kind: 'Note' },
      { name: 'Topic', kind: 'Choice', choices: TrainingRules.SESSION_TOPICS, indexed: true },
      { name: 'Audience', kind: 'Text', maxLength: 255 },
      { name: 'StartsAt', kind: 'DateTime', required: true, indexed: true },
      { name: 'EndsAt', kind: 'DateTime', required: true },
      { name: 'Place', kind: 'Text', maxLength: 255 },
      { name: 'OnlineLink', kind: 'Text', maxLength: 255 },
      { name: 'Capacity', kind: 'Number', required: true },
      { name: 'Organiser', kind: 'User' },
      { name: 'SignUpDeadline', kind: 'DateTime' },
      { name: 'LinkedEvent', kind: 'Text', maxLength: 255 },
      { name: 'Cancelled', kind: 'Boolean', indexed: true }
    ]
  },
  registrations: {
    title: 'DDH Registrations',
    description: 'Sign-ups for training sessions. Seats and the waiting list follow arrival order.',
    readSecurity: 1, writeSecurity: 2,
    roles: [...staffContribute, { group: 'trainingAdmins', role: 'edit' }],
    fields: [
      { name: 'Session', kind: 'Lookup', lookupList: 'sessions', required: true, indexed: true },
      { name: 'Participant', kind: 'User', required: true, indexed: true },
      // "<sessionId>:<personId>": the server refuses a second registration of one person.
      // Cancelling renames it (releasedSessionPersonKey), so signing up again joins the end of the line.
      { name: 'SessionPerson', kind: 'Text', required: true, maxLength: 60, indexed: true, unique: true },
      { name: 'Cancelled', kind: 'Boolean' },
      { name: 'CancelledAt', kind: 'DateTime' },
      { name: 'Unit', kind: 'Text', maxLength: 120 },
      { name: 'Attendance', kind: 'Choice', choices: ATTENDANCE },
      // Admin moves only: the waiting-list order is QueueOrder if set, else arrival (item id).
      { name: 'QueueOrder', kind: 'Number', since: 2 }
    ]
  }
};
