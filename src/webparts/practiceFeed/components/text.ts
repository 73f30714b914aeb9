/**
 * The feed's strings and views for its components (the one way, src/ui/appContext.tsx), and the
 * domain's codes in the reader's words (every string from loc).
 */
import { createNavigation, createText } from '../../../ui/appContext';
import { dateFormat } from '../../../ui/format';
import {
  BodyHintCode,
  Channel,
  EtiquettePoint,
  HeadlineHintCode,
  Licence,
  PostIssueCode,
  PostKind,
  PostLanguage,
  PrivacyWarningCode,
  Situation
} from '../../../domain/feed';

type Strings = IPracticeFeedWebPartStrings;

/** Where the reader is. The feed has no router: the web part lives inside someone else's page. */
export type Route =
  /** The feed; with a keyword, filtered by it (a keyword pressed on a post's page). */
  | { view: 'feed'; keyword?: string }
  | { view: 'post'; postId: number }
  | { view: 'blog'; blogId: number }
  | { view: 'author'; personId: number; name: string; email?: string }
  | { view: 'write'; blogId: number; postId?: number }
  | { view: 'newBlog' }
  | { view: 'blogOwners'; blogId: number };

export const { TextProvider, useText } = createText<IPracticeFeedWebPartStrings>('feed');
export const { NavigationProvider, useNavigate } = createNavigation<Route>('feed');

export function kindLabel(kind: PostKind, s: Strings): string {
  return kind === 'goodPractice' ? s.KindGoodPractice : s.KindBlogPost;
}

export function situationLabel(situation: Situation, s: Strings): string {
  const labels: Record<Situation, string> = {
    crisis: s.SituationCrisis,
    countryPromotion: s.SituationCountryPromotion,
    citizenServices: s.SituationCitizenServices,
    events: s.SituationEvents,
    tradePromotion: s.SituationTradePromotion,
    mediaCooperation: s.SituationMediaCooperation,
    other: s.SituationOther
  };
  return labels[situation] || situation;
}

export function channelLabel(channel: Channel, s: Strings): string {
  const labels: Record<Channel, string> = {
    facebook: 'Facebook',
    x: 'X (Twitter)',
    instagram: 'Instagram',
    linkedIn: 'LinkedIn',
    youTube: 'YouTube',
    flickr: 'Flickr',
    blog: s.ChannelBlog,
    website: s.ChannelWebsite,
    email: s.ChannelEmail,
    sms: s.ChannelSms,
    localGroups: s.ChannelLocalGroups,
    other: s.ChannelOther
  };
  return labels[channel] || channel;
}

export function licenceLabel(licence: Licence, s: Strings): string {
  return licence === 'none' ? s.LicenceNone : licence;
}

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

/** A date as the page's language writes it, with the time. */
export function formatDate(date: Date, locale: string): string {
  try {
    return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
  } catch {
    return date.toISOString();
  }
}

/** A language's name in the interface's language (the editor's choice). */
export function languageName(language: PostLanguage, s: Strings): string {
  return language === 'fi' ? s.LanguageNameFi : language === 'sv' ? s.LanguageNameSv : s.LanguageNameEn;
}

/** "In Swedish": the tag a post in that language carries. */
export function languageTag(language: PostLanguage, s: Strings): string {
  return language === 'fi' ? s.LanguageTagFi : language === 'sv' ? s.LanguageTagSv : s.LanguageTagEn;
}

/** The interface's language as a post language: what a new post is assumed to be written in. */
export function uiLanguage(locale: string): PostLanguage {
  const code = locale.slice(0, 2).toLowerCase();
  return code === 'sv' ? 'sv' : code === 'en' ? 'en' : 'fi';
}
