/** The session form's words for what validation found (domain issue codes → text); in the form's chunk only. */
import { SessionIssueCode } from '../../../domain/training';

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
