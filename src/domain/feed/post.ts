/**
 * Posts of the internal blog and good-practice feed.
 *
 * Good practices are the experiences units share so that others can learn (the action plan's
 * own examples: the 2010 ash cloud, the Bangkok and Cairo unrest, the 2011 Japan earthquake).
 * They are posts with structured fields added, so the feed can mix both kinds in one list.
 */
import { safeLink } from '../links';
import { KEYWORD_LIMITS, normalizeKeyword } from './keywords';
import { toPlainText } from './plainText';

export type PostKind = 'blogPost' | 'goodPractice';
export const POST_KINDS: readonly PostKind[] = ['blogPost', 'goodPractice'];

/** The language a post is written in: the hub's three. Marks the text for screen readers and readers alike. */
export type PostLanguage = 'fi' | 'sv' | 'en';
export const POST_LANGUAGES: readonly PostLanguage[] = ['fi', 'sv', 'en'];

/** Reuse licence of the material; 'none' = all rights reserved, ask the author. */
export type Licence = 'CC BY 4.0' | 'CC BY-SA 4.0' | 'CC0' | 'none';
export const LICENCES: readonly Licence[] = ['CC BY 4.0', 'CC BY-SA 4.0', 'CC0', 'none'];

/** The Creative Commons deed each licence links to; 'none' has none. */
export const LICENCE_URLS: Readonly<Record<Licence, string | undefined>> = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  CC0: 'https://creativecommons.org/publicdomain/zero/1.0/',
  none: undefined
};

export type Situation = 'crisis' | 'countryPromotion' | 'citizenServices' | 'events' | 'tradePromotion' | 'mediaCooperation' | 'other';
export const SITUATIONS: readonly Situation[] = [
  'crisis',
  'countryPromotion',
  'citizenServices',
  'events',
  'tradePromotion',
  'mediaCooperation',
  'other'
];

/** Channels a practice used; the outside services named in the action plan plus our own. */
export type Channel =
  'facebook' | 'x' | 'instagram' | 'linkedIn' | 'youTube' | 'flickr' | 'blog' | 'website' | 'email' | 'sms' | 'localGroups' | 'other';
export const CHANNELS: readonly Channel[] = [
  'facebook',
  'x',
  'instagram',
  'linkedIn',
  'youTube',
  'flickr',
  'blog',
  'website',
  'email',
  'sms',
  'localGroups',
  'other'
];

export interface Author {
  id: number;
  name: string;
  /** For the author's photo; absent when the site did not give it. */
  email?: string;
}

/** A link from a good practice to the social media plan (and section) it grew out of. */
export interface PlanLink {
  planId: number;
  /** Section code of the plan form, e.g. "4A" or "6C". */
  section?: string;
}

export interface GoodPractice {
  /** Unit or embassy that shares the practice. */
  unit: string;
  situation: Situation;
  channels: Channel[];
  whatWorked: string;
  whatToAvoid: string;
  /** People reached (e.g. "~2,000 Finns"); a whole number, optional because often unknown. */
  reach?: number;
  planLinks?: PlanLink[];
  /** Public pages or channel profiles to look at (http/https). */
  links?: string[];
}

export interface Post {
  id?: number;
  title: string;
  /** Sanitised HTML (see sanitize.ts). */
  bodyHtml: string;
  kind: PostKind;
  keywords: string[];
  blogId: number;
  author: Author;
  /** Undefined while a draft. */
  published?: Date;
  licence: Licence;
  /** Undefined on posts written before the language was asked for (schema v5). */
  language?: PostLanguage;
  /** Present exactly when kind is 'goodPractice'. */
  goodPractice?: GoodPractice;
}

export const POST_LIMITS = {
  /** SharePoint's single line of text. */
  titleMaxLength: 255,
  /** Plain-text characters of the body; a blog post is short and snappy, this only stops abuse. */
  bodyMaxLength: 50000,
  unitMaxLength: 255,
  whatWorkedMaxLength: 4000,
  whatToAvoidMaxLength: 4000,
  maxLinks: 10,
  maxReach: 1000000000
} as const;

export type PostIssueCode =
  | 'titleRequired'
  | 'titleTooLong'
  | 'bodyRequired'
  | 'bodyTooLong'
  | 'kindUnknown'
  | 'blogRequired'
  | 'tooManyKeywords'
  | 'keywordTooLong'
  | 'licenceUnknown'
  | 'languageUnknown'
  | 'goodPracticeMissing'
  | 'goodPracticeOnBlogPost'
  | 'unitRequired'
  | 'unitTooLong'
  | 'situationUnknown'
  | 'channelsRequired'
  | 'channelUnknown'
  | 'whatWorkedRequired'
  | 'whatWorkedTooLong'
  | 'whatToAvoidTooLong'
  | 'reachNotWholeNumber'
  | 'reachOutOfRange'
  | 'planLinkInvalid'
  | 'tooManyLinks'
  | 'linkInvalid';

export type PostField = keyof Post | `goodPractice.${keyof GoodPractice}`;

export interface PostIssue {
  field: PostField;
  code: PostIssueCode;
}

function length(text: string | undefined): number {
  return Array.from(text || '').length;
}

/** A good practice's link is an https address: what the post page will render as a link (safeLink). */
function isWebLink(value: string): boolean {
  const href = safeLink(value);
  return !!href && /^https:/.test(href);
}

/** All problems of a post, in form order. Keywords are checked after normalisation. */
export function validatePost(post: Post): PostIssue[] {
  const issues: PostIssue[] = [];
  const add = (field: PostField, code: PostIssueCode): void => {
    issues.push({ field, code });
  };

  const title = (post.title || '').trim();
  if (!title) add('title', 'titleRequired');
  else if (length(title) > POST_LIMITS.titleMaxLength) add('title', 'titleTooLong');

  // An image alone is a body too; otherwise the text decides.
  const bodyText = toPlainText(post.bodyHtml || '');
  if (!bodyText && !/<img\b/i.test(post.bodyHtml || '')) add('bodyHtml', 'bodyRequired');
  else if (length(bodyText) > POST_LIMITS.bodyMaxLength) add('bodyHtml', 'bodyTooLong');

  if (POST_KINDS.indexOf(post.kind) < 0) add('kind', 'kindUnknown');
  if (!(typeof post.blogId === 'number' && post.blogId > 0)) add('blogId', 'blogRequired');

  const keywords = (post.keywords || []).map(normalizeKeyword).filter((k, i, all) => k && all.indexOf(k) === i);
  if (keywords.length > KEYWORD_LIMITS.maxCount) add('keywords', 'tooManyKeywords');
  if (keywords.some((k) => length(k) > KEYWORD_LIMITS.maxLength)) add('keywords', 'keywordTooLong');

  if (LICENCES.indexOf(post.licence) < 0) add('licence', 'licenceUnknown');
  if (post.language !== undefined && POST_LANGUAGES.indexOf(post.language) < 0) add('language', 'languageUnknown');

  if (post.kind === 'goodPractice') {
    if (!post.goodPractice) add('goodPractice', 'goodPracticeMissing');
    else validateGoodPractice(post.goodPractice, add);
  } else if (post.kind === 'blogPost' && post.goodPractice) {
    add('goodPractice', 'goodPracticeOnBlogPost');
  }
  return issues;
}

function validateGoodPractice(practice: GoodPractice, add: (field: PostField, code: PostIssueCode) => void): void {
  const unit = (practice.unit || '').trim();
  if (!unit) add('goodPractice.unit', 'unitRequired');
  else if (length(unit) > POST_LIMITS.unitMaxLength) add('goodPractice.unit', 'unitTooLong');
  if (SITUATIONS.indexOf(practice.situation) < 0) add('goodPractice.situation', 'situationUnknown');
  const channels = practice.channels || [];
  if (channels.length === 0) add('goodPractice.channels', 'channelsRequired');
  else if (channels.some((c) => CHANNELS.indexOf(c) < 0)) add('goodPractice.channels', 'channelUnknown');
  if (!(practice.whatWorked || '').trim()) add('goodPractice.whatWorked', 'whatWorkedRequired');
  else if (length(practice.whatWorked) > POST_LIMITS.whatWorkedMaxLength) {
    add('goodPractice.whatWorked', 'whatWorkedTooLong');
  }
  if (length(practice.whatToAvoid) > POST_LIMITS.whatToAvoidMaxLength) {
    add('goodPractice.whatToAvoid', 'whatToAvoidTooLong');
  }
  if (practice.reach !== undefined) {
    if (typeof practice.reach !== 'number' || !Number.isInteger(practice.reach)) {
      add('goodPractice.reach', 'reachNotWholeNumber');
    } else if (practice.reach < 0 || practice.reach > POST_LIMITS.maxReach) {
      add('goodPractice.reach', 'reachOutOfRange');
    }
  }
  if ((practice.planLinks || []).some((link) => !(Number.isInteger(link.planId) && link.planId > 0))) {
    add('goodPractice.planLinks', 'planLinkInvalid');
  }
  const links = practice.links || [];
  if (links.length > POST_LIMITS.maxLinks) add('goodPractice.links', 'tooManyLinks');
  if (links.some((link) => !isWebLink(link))) add('goodPractice.links', 'linkInvalid');
}

/** Reach for display, through Intl: "2 000" in fi, "2 000" in sv, "2,000" in en. */
export function formatReach(reach: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(reach);
}
