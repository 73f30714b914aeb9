/**
 * The web part's strings and routes for its components (src/ui/appContext.tsx), and the domain
 * codes → text that the first view needs. Words only a later view uses are in files of their own
 * (registrationText.ts, issueText.ts), so that they come with that view's chunk.
 */
import { RegistrationStatus, SessionTopic } from '../../../domain/training';
import type { SeatsRead } from '../../../data/training';
import { createNavigation, createText } from '../../../ui/appContext';
import { dateFormat, format } from '../../../ui/format';

export const { TextProvider, useText } = createText<ITrainingRegistryWebPartStrings>('training');

/**
 * Where the reader is in a tab: its list, a session's page, or the session form (a new session
 * without `sessionId`). `seatsBefore`: after an admin's edit, the session and registrations read
 * before it (seats it gave are told).
 */
export type Route =
  { view: 'list' } | { view: 'details'; sessionId: number; seatsBefore?: SeatsRead } | { view: 'form'; sessionId?: number };

export const { NavigationProvider, useNavigate } = createNavigation<Route>('training');

export function topicText(topic: SessionTopic, s: ITrainingRegistryWebPartStrings): string {
  switch (topic) {
    case 'socialMedia':
      return s.TopicSocialMedia;
    case 'collaborationTools':
      return s.TopicCollaborationTools;
    case 'onlineMeetings':
      return s.TopicOnlineMeetings;
    default:
      return s.TopicOther;
  }
}

/** The viewer's own status, in the second person. */
export function myStatusText(status: RegistrationStatus, s: ITrainingRegistryWebPartStrings): string {
  switch (status.code) {
    case 'confirmed':
      return s.StatusConfirmed;
    case 'waiting':
      return format(s.StatusWaiting, status.position);
    case 'cancelled':
      return s.StatusCancelled;
    case 'sessionCancelled':
      return s.StatusSessionCancelled;
    default:
      return s.StatusNotRegistered;
  }
}

/** The page's date format for a single moment (deadlines, sign-up times), in the viewer's zone. */
export function formatMoment(instant: Date, locale: string, timeZone?: string): string {
  return dateFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short'
  }).format(instant);
}
