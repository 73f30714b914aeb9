/**
 * The feed's strings and views for its components (the one way, src/ui/appContext.tsx), and the
 * domain's codes in the reader's words (every string from loc).
 */
import { createNavigation, createText } from '../../../ui/appContext';
import { dateFormat } from '../../../ui/format';
import { Channel, Licence, PostKind, PostLanguage, Situation } from '../../../domain/feed';

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

/** A date as the page's language writes it, with the time. */
export function formatDate(date: Date, locale: string): string {
  try {
    return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
  } catch {
    return date.toISOString();
  }
}

/** "In Swedish": the tag a post in that language carries. */
export function languageTag(language: PostLanguage, s: Strings): string {
  return language === 'fi' ? s.LanguageTagFi : language === 'sv' ? s.LanguageTagSv : s.LanguageTagEn;
}
