/** The web part's strings for its components (through a context), and the domain codes → text. */
import * as React from 'react';
import {
  Attendance,
  CancelRefusal,
  QueueMoveRefusal,
  RegistrationStatus,
  SessionIssueCode,
  SessionTopic,
  SignUpRefusal
} from '../../../domain/training';
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

/** Someone's status in the admin's table and the CSV export. */
export function adminStatusText(status: RegistrationStatus, s: ITrainingRegistryWebPartStrings): string {
  switch (status.code) {
    case 'confirmed':
      return s.AdminStatusConfirmed;
    case 'waiting':
      return format(s.AdminStatusWaiting, status.position);
    case 'cancelled':
      return s.AdminStatusCancelled;
    case 'sessionCancelled':
      return s.AdminStatusSessionCancelled;
    default:
      return s.StatusNotRegistered;
  }
}

export function attendanceText(attendance: Attendance | undefined, s: ITrainingRegistryWebPartStrings): string {
  return attendance === 'attended' ? s.AttendanceAttended : attendance === 'noShow' ? s.AttendanceNoShow : s.AttendanceNotMarked;
}

export function refusalText(reason: SignUpRefusal | CancelRefusal, s: ITrainingRegistryWebPartStrings): string {
  switch (reason) {
    case 'sessionCancelled':
      return s.RefusedSessionCancelled;
    case 'sessionStarted':
      return s.RefusedSessionStarted;
    case 'deadlinePassed':
      return s.RefusedDeadlinePassed;
    case 'alreadyRegistered':
      return s.AlreadyRegistered;
    case 'alreadyCancelled':
      return s.RefusedAlreadyCancelled;
    default:
      return s.RefusedNotRegistered;
  }
}

export function moveRefusalText(reason: QueueMoveRefusal, s: ITrainingRegistryWebPartStrings): string {
  return reason === 'noRoomInQueue' ? s.MoveRefusedNoRoom : s.MoveRefused;
}

const ISSUE_KEYS: Record<SessionIssueCode, keyof ITrainingRegistryWebPartStrings> = {
  titleRequired: 'IssueTitleRequired',
  titleTooLong: 'IssueTitleTooLong',
  descriptionTooLong: 'IssueDescriptionTooLong',
  topicUnknown: 'IssueTopicUnknown',
  audienceTooLong: 'IssueAudienceTooLong',
  startInvalid: 'IssueStartInvalid',
  endInvalid: 'IssueEndInvalid',
  endNotAfterStart: 'IssueEndNotAfterStart',
  durationTooLong: 'IssueDurationTooLong',
  capacityNotWholeNumber: 'IssueCapacityNotWholeNumber',
  capacityTooSmall: 'IssueCapacityTooSmall',
  capacityTooLarge: 'IssueCapacityTooLarge',
  capacityBelowConfirmed: 'IssueCapacityBelowConfirmed',
  deadlineInvalid: 'IssueDeadlineInvalid',
  deadlineNotBeforeStart: 'IssueDeadlineNotBeforeStart',
  placeOrLinkRequired: 'IssuePlaceOrLinkRequired',
  placeTooLong: 'IssuePlaceTooLong',
  onlineLinkInvalid: 'IssueOnlineLinkInvalid',
  onlineLinkNotHttps: 'IssueOnlineLinkNotHttps',
  linkedEventTooLong: 'IssueLinkedEventTooLong',
  startInPast: 'IssueStartInPast'
};

export function issueText(code: SessionIssueCode, s: ITrainingRegistryWebPartStrings): string {
  return s[ISSUE_KEYS[code]];
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

/** Saves text as a file: Blob + object URL, nothing leaves the browser. */
export function downloadFile(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  // Some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
