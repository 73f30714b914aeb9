/**
 * The post editor's words: a post's problems, the writing hints, the privacy warnings, the points
 * of etiquette and the languages to write in. Apart from ../text.ts, which the feed's first view
 * carries: only the editor needs these.
 */
import { BodyHintCode, EtiquettePoint, HeadlineHintCode, PostIssueCode, PostLanguage, PrivacyWarningCode } from '../../../../domain/feed';

type Strings = IPracticeFeedWebPartStrings;

export function issueText(code: PostIssueCode, s: Strings): string {
  const labels: Record<PostIssueCode, string> = {
    titleRequired: s.IssueTitleRequired,
    titleTooLong: s.IssueTitleTooLong,
    bodyRequired: s.IssueBodyRequired,
    bodyTooLong: s.IssueBodyTooLong,
    kindUnknown: s.IssueInvalidChoice,
    blogRequired: s.IssueBlogRequired,
    tooManyKeywords: s.IssueTooManyKeywords,
    keywordTooLong: s.IssueKeywordTooLong,
    licenceUnknown: s.IssueInvalidChoice,
    languageUnknown: s.IssueInvalidChoice,
    goodPracticeMissing: s.IssueUnitRequired,
    goodPracticeOnBlogPost: s.IssueInvalidChoice,
    unitRequired: s.IssueUnitRequired,
    unitTooLong: s.IssueTooLong,
    situationUnknown: s.IssueInvalidChoice,
    channelsRequired: s.IssueChannelsRequired,
    channelUnknown: s.IssueInvalidChoice,
    whatWorkedRequired: s.IssueWhatWorkedRequired,
    whatWorkedTooLong: s.IssueTooLong,
    whatToAvoidTooLong: s.IssueTooLong,
    reachNotWholeNumber: s.IssueReachNumber,
    reachOutOfRange: s.IssueReachNumber,
    planLinkInvalid: s.IssueLinkInvalid,
    tooManyLinks: s.IssueTooManyLinks,
    linkInvalid: s.IssueLinkInvalid
  };
  return labels[code] || code;
}

export function headlineHintText(code: HeadlineHintCode, s: Strings): string {
  const labels: Record<HeadlineHintCode, string> = {
    headlineMissing: s.HintHeadlineMissing,
    headlineLong: s.HintHeadlineLong,
    headlineAllCaps: s.HintHeadlineAllCaps,
    headlineStartsWithFiller: s.HintHeadlineFiller,
    headlineWithoutKeyword: s.HintHeadlineWithoutKeyword,
    headlineKeywordLate: s.HintHeadlineKeywordLate
  };
  return labels[code] || code;
}

export function bodyHintText(code: BodyHintCode, s: Strings): string {
  return code === 'keywordsMissing' ? s.HintKeywordsMissing : s.HintBodyLong;
}

export function privacyText(code: PrivacyWarningCode, s: Strings): string {
  const labels: Record<PrivacyWarningCode, string> = {
    personalIdentityCode: s.WarnPersonalIdentityCode,
    phoneNumber: s.WarnPhoneNumber,
    emailAddress: s.WarnEmailAddress,
    confidentialMarking: s.WarnConfidentialMarking
  };
  return labels[code] || code;
}

export function etiquetteText(point: EtiquettePoint, s: Strings): string {
  const labels: Record<EtiquettePoint, string> = {
    quickButAccurate: s.Etiquette1,
    shareEvenHandedly: s.Etiquette2,
    commentUnderOwnName: s.Etiquette3,
    followSocialMedia: s.Etiquette4,
    thankAndAnswer: s.Etiquette5,
    commentYourself: s.Etiquette6,
    diplomacyOnline: s.Etiquette7,
    settleDisputesOffline: s.Etiquette8,
    outsideServicesWhenLawful: s.Etiquette9,
    shareExperiences: s.Etiquette10
  };
  return labels[point] || point;
}

/** A language's name in the interface's language (the editor's choice). */
export function languageName(language: PostLanguage, s: Strings): string {
  return language === 'fi' ? s.LanguageNameFi : language === 'sv' ? s.LanguageNameSv : s.LanguageNameEn;
}

/** The interface's language as a post language: what a new post is assumed to be written in. */
export function uiLanguage(locale: string): PostLanguage {
  const code = locale.slice(0, 2).toLowerCase();
  return code === 'sv' ? 'sv' : code === 'en' ? 'en' : 'fi';
}
