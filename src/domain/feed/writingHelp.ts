/**
 * Writing help for the post editor, from the action plan's appendix "Opas sosiaalisen median
 * käyttöön": writing guidance (Kirjoitusohjeita), good conduct (Hyviä toimintatapoja) and the
 * informal etiquette in ten points (Epävirallinen etiketti – 10 pointtia).
 *
 * Everything here is a hint, never a block: codes only, the UI words them in fi / sv / en.
 */
import { normalizeKeyword } from './keywords';
import { toPlainText } from './plainText';

/**
 * "Otsikointi on kaiken A ja O" — the headline is the A and O, and it must work for search
 * engines. The guidance gives no number; search engines cut result titles at about 600 px,
 * i.e. roughly 60–70 characters, and a headline shows whole in the feed cards at that length
 * too. So: up to 60 is ideal, over 70 gets a hint.
 */
export const HEADLINE_IDEAL_MAX_LENGTH = 60;
export const HEADLINE_RECOMMENDED_MAX_LENGTH = 70;

/**
 * "Lyhyt, napakka kirjoitustyyli": short and snappy, one point of view to discuss rather than
 * everything. The guidance has no number either; 600 words is about a screen and a half.
 */
export const BODY_RECOMMENDED_MAX_WORDS = 600;

export type HeadlineHintCode =
  'headlineMissing' | 'headlineLong' | 'headlineAllCaps' | 'headlineStartsWithFiller' | 'headlineWithoutKeyword' | 'headlineKeywordLate';

export type BodyHintCode = 'keywordsMissing' | 'bodyLong';

export type PrivacyWarningCode = 'personalIdentityCode' | 'phoneNumber' | 'emailAddress' | 'confidentialMarking';

export interface PrivacyWarning {
  code: PrivacyWarningCode;
  /** The text that raised the warning, so the editor can point at it. */
  excerpt: string;
}

/** Words that say nothing yet: a headline should start with what the story is about. */
const FILLER_FIRST_WORDS = [
  // fi
  'tietoa',
  'tiedote',
  'tiedotus',
  'uutisia',
  'uutinen',
  'ajankohtaista',
  'muutama',
  'pari',
  'hieman',
  'vähän',
  'info',
  // sv
  'information',
  'nyheter',
  'nytt',
  'några',
  'lite',
  'angående',
  // en
  'news',
  'update',
  'updates',
  'some',
  'a',
  'an',
  'the',
  'about',
  'regarding',
  'few'
];

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[a-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+/g) || []
  );
}

/** Tolerates Finnish and Swedish endings: "kriisiviestintä" matches "kriisiviestinnän". */
function sameStem(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  if (keyword.length < 4) return false;
  const stem = keyword.slice(0, Math.max(4, keyword.length - 2));
  return word.indexOf(stem) === 0;
}

function isLetter(character: string): boolean {
  return character.toLowerCase() !== character.toUpperCase();
}

export function headlineHints(title: string, keywords: readonly string[] = []): HeadlineHintCode[] {
  const headline = (title || '').trim();
  if (!headline) return ['headlineMissing'];
  const hints: HeadlineHintCode[] = [];
  if (Array.from(headline).length > HEADLINE_RECOMMENDED_MAX_LENGTH) hints.push('headlineLong');

  // All caps reads as shouting and is harder to read; acronyms (EU, YK, SharePoint) are fine.
  const letters = Array.from(headline).filter(isLetter);
  const upper = letters.filter((c) => c === c.toUpperCase());
  if (letters.length >= 6 && upper.length / letters.length > 0.7) hints.push('headlineAllCaps');

  const headlineWords = words(headline);
  if (headlineWords.length > 1 && FILLER_FIRST_WORDS.indexOf(headlineWords[0]) >= 0) {
    hints.push('headlineStartsWithFiller');
  }

  const keywordHeads = keywords.map((k) => words(normalizeKeyword(k))[0]).filter((k): k is string => !!k);
  if (keywordHeads.length > 0) {
    const firstHit = headlineWords.findIndex((word) => keywordHeads.some((k) => sameStem(word, k)));
    if (firstHit < 0) hints.push('headlineWithoutKeyword');
    else if (firstHit > 2) hints.push('headlineKeywordLate');
  }
  return hints;
}

export function bodyHints(bodyHtml: string, keywords: readonly string[]): BodyHintCode[] {
  const hints: BodyHintCode[] = [];
  if (!keywords.some((k) => normalizeKeyword(k))) hints.push('keywordsMissing');
  if (words(toPlainText(bodyHtml)).length > BODY_RECOMMENDED_MAX_WORDS) hints.push('bodyLong');
  return hints;
}

const HETU_CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Finnish personal identity code with a valid date and check character, e.g. 131052-308T. */
export function isPersonalIdentityCode(candidate: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})[-+A-FU-Y](\d{3})([0-9A-Y])$/i.exec(candidate);
  if (!match) return false;
  const day = parseInt(match[1], 10);
  const month = parseInt(match[2], 10);
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const number = parseInt(match[1] + match[2] + match[3] + match[4], 10);
  return HETU_CHECK_CHARACTERS.charAt(number % 31) === match[5].toUpperCase();
}

/** Stems and phrases of security markings in fi, sv and en (lower case, word starts). */
const CONFIDENTIAL_STEMS = [
  'salai',
  'luottamukselli',
  'turvallisuusluoki',
  'sekretess',
  'hemlig',
  'konfidentiell',
  'confidential',
  'classified',
  'restreint'
];
const CONFIDENTIAL_WORDS = ['secret', 'secrets'];
const CONFIDENTIAL_PHRASES = [
  'käyttö rajoitettu',
  'ei julkinen',
  'top secret',
  'for official use only',
  'eu restricted',
  'internal use only'
];

export interface PrivacyCheckOptions {
  /** Work e-mail domains (e.g. "formin.fi"): addresses there are colleagues, not private persons. */
  organisationDomains?: readonly string[];
}

/**
 * "Vaali kanssaihmisten yksityisyyden suojaa" and "Tunnista avoimuuden rajat": a reminder when
 * the text looks like it holds personal data or classified material. Heuristics: they find the
 * usual cases and say so; they cannot prove a text clean.
 */
export function privacyWarnings(text: string, options: PrivacyCheckOptions = {}): PrivacyWarning[] {
  const warnings: PrivacyWarning[] = [];
  const add = (code: PrivacyWarningCode, excerpt: string): void => {
    if (!warnings.some((w) => w.code === code && w.excerpt === excerpt)) warnings.push({ code, excerpt });
  };
  const source = (text || '').normalize('NFC');

  for (const match of source.match(/\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi) || []) {
    if (isPersonalIdentityCode(match)) add('personalIdentityCode', match);
  }

  const domains = (options.organisationDomains || []).map((d) => d.toLowerCase());
  for (const match of source.match(/[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi) || []) {
    const domain = match.slice(match.lastIndexOf('@') + 1).toLowerCase();
    const isWork = domains.some((d) => domain === d || domain.endsWith('.' + d));
    if (!isWork) add('emailAddress', match);
  }

  // International (+358 40 123 4567, 00358…) or Finnish national (040 123 4567, 09-1605 5555).
  // Dots are not separators here, so dates such as 10.3.2026 are never taken for numbers.
  for (const match of source.match(/(?:\+|\b00|\b0)\d[\d ()-]{5,}\d/g) || []) {
    const digits = match.replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15) add('phoneNumber', match.trim());
  }

  const textWords = words(source);
  const joined = ` ${textWords.join(' ')} `;
  for (const word of textWords) {
    if (CONFIDENTIAL_STEMS.some((stem) => word.indexOf(stem) === 0) || CONFIDENTIAL_WORDS.indexOf(word) >= 0) {
      add('confidentialMarking', word);
    }
  }
  for (const phrase of CONFIDENTIAL_PHRASES) {
    if (joined.indexOf(` ${phrase} `) >= 0) add('confidentialMarking', phrase);
  }
  return warnings;
}

export interface WritingDraft {
  title: string;
  bodyHtml: string;
  keywords: readonly string[];
}

export interface WritingHints {
  headline: HeadlineHintCode[];
  body: BodyHintCode[];
  privacy: PrivacyWarning[];
}

export function writingHints(draft: WritingDraft, options: PrivacyCheckOptions = {}): WritingHints {
  return {
    headline: headlineHints(draft.title, draft.keywords),
    body: bodyHints(draft.bodyHtml, draft.keywords),
    privacy: privacyWarnings(`${draft.title}\n${toPlainText(draft.bodyHtml)}`, options)
  };
}

/** The informal etiquette in ten points, in the action plan's order. */
export type EtiquettePoint =
  /** 1. Be quick but accurate. Information must always be correct, because it comes from the ministry. */
  | 'quickButAccurate'
  /** 2. Share information even-handedly. The media and citizens are given the same information. */
  | 'shareEvenHandedly'
  /** 3. Comments on work matters are always left under your own name. If the discussion belongs to someone else's duties, send them (or the communications unit) a link to it. */
  | 'commentUnderOwnName'
  /** 4. Follow social media. An active social media user can draw even more attention than a single journalist — for good or ill. */
  | 'followSocialMedia'
  /** 5. Thank for comments and answer questions. Good manners and courtesy help; social media is no different from relationships and conversations offline. */
  | 'thankAndAnswer'
  /** 6. Comment yourself too. Remember you are a civil servant 24 hours a day, 365 days a year; make a personal opinion clearly personal so it is not taken as the position of Finland or the ministry/embassy. */
  | 'commentYourself'
  /** 7. Diplomacy is diplomacy online too. Think carefully on sensitive topics: statements never disappear from the net. */
  | 'diplomacyOnline'
  /** 8. Settle disputes offline. If the parties are known, a solution is often easiest face to face or by phone. */
  | 'settleDisputesOffline'
  /** 9. If an outside social media service helps to communicate outwards and is in line with good governance and the law, nothing prevents using it. */
  | 'outsideServicesWhenLawful'
  /** 10. The communications unit is glad to hear where the ministry is visible. Share experiences with colleagues too, to learn from mistakes and enjoy successes. */
  | 'shareExperiences';

export const ETIQUETTE_POINTS: readonly EtiquettePoint[] = [
  'quickButAccurate',
  'shareEvenHandedly',
  'commentUnderOwnName',
  'followSocialMedia',
  'thankAndAnswer',
  'commentYourself',
  'diplomacyOnline',
  'settleDisputesOffline',
  'outsideServicesWhenLawful',
  'shareExperiences'
];

/** Good conduct ("Hyviä toimintatapoja", from the Ministry of Justice's guidance), in order. */
export type GoodConductPoint =
  /** 1. Say who you are. */
  | 'sayWhoYouAre'
  /** 2. Look after information security and your own privacy. */
  | 'securityAndPrivacy'
  /** 3. Know the limits of openness. */
  | 'limitsOfOpenness'
  /** 4. Protect other people's privacy. */
  | 'othersPrivacy'
  /** 5. Respect the ways of communities. */
  | 'respectCommunities'
  /** 6. Learn from others and share what you learn. */
  | 'learnAndShare'
  /** 7. Look after your own services (if you are in, you are in). */
  | 'lookAfterYourServices'
  /** 8. Be realistic. */
  | 'beRealistic';

export const GOOD_CONDUCT_POINTS: readonly GoodConductPoint[] = [
  'sayWhoYouAre',
  'securityAndPrivacy',
  'limitsOfOpenness',
  'othersPrivacy',
  'respectCommunities',
  'learnAndShare',
  'lookAfterYourServices',
  'beRealistic'
];
