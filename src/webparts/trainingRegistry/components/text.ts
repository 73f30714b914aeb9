/**
 * The web part's strings for its components (through a context), and the domain codes → text that
 * the first view needs. Words only a later view uses are in files of their own
 * (registrationText.ts, issueText.ts), so that they come with that view's chunk.
 */
import * as React from 'react';
import { RegistrationStatus, SessionTopic } from '../../../domain/training';
import { dateFormat, format } from '../../../ui/format';

export const TrainingText = React.createContext<ITrainingRegistryWebPartStrings | undefined>(undefined);

export function useText(): ITrainingRegistryWebPartStrings {
  const strings = React.useContext(TrainingText);
  if (!strings) throw new Error('useText must be used inside <TrainingText.Provider>.');
  return strings;
}

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
