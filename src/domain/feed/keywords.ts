/**
 * Keywords ("avainsanat"): the action plan calls them one of the most important things in
 * social media — they are how readers and search find a post.
 *
 * Normalised so that "#Kriisiviestintä", " kriisiviestintä " and "KRIISIVIESTINTÄ" are one
 * keyword. Lower-casing uses String.prototype.toLowerCase (Unicode default case mapping, the
 * same in every locale), never toLocaleLowerCase: a Turkish-locale browser must not store
 * "ı" where everyone else stores "i".
 *
 * Storage: SharePoint cannot index a multi-value column, and a filter on an unindexed column
 * fails past 5,000 items. So a post's keywords live one row per (post, keyword) in the
 * "PostKeywords" list with an indexed Keyword column; the feed filters there and pages by the
 * post's published date, which is copied onto each row for that reason.
 */

export const KEYWORD_LIMITS = {
  /** Ten is plenty to be found; more is tag spam that drowns the keyword filter. */
  maxCount: 10,
  /** Characters (code points); long enough for "kehitysyhteistyöviestintä" and its friends. */
  maxLength: 50
} as const;

export type KeywordIssueCode = 'keywordTooLong' | 'tooManyKeywords';

export interface KeywordIssue {
  code: KeywordIssueCode;
  /** The offending keyword (normalised) for keywordTooLong. */
  keyword?: string;
}

/** One keyword normalised; '' when nothing is left. */
export function normalizeKeyword(raw: string): string {
  return (raw || '')
    .normalize('NFC')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .trim()
    .replace(/^#+\s*/, '')
    .trim()
    .toLowerCase();
}

export interface NormalizedKeywords {
  keywords: string[];
  issues: KeywordIssue[];
}

/**
 * Normalises, drops empties and duplicates (first one wins, order kept), and reports what is
 * over the limits. Over-long keywords and those beyond maxCount are left out of `keywords`.
 */
export function normalizeKeywords(raw: readonly string[]): NormalizedKeywords {
  const keywords: string[] = [];
  const issues: KeywordIssue[] = [];
  let tooMany = false;
  for (const value of raw) {
    const keyword = normalizeKeyword(value);
    if (!keyword || keywords.indexOf(keyword) >= 0) continue;
    if (Array.from(keyword).length > KEYWORD_LIMITS.maxLength) {
      issues.push({ code: 'keywordTooLong', keyword });
      continue;
    }
    if (keywords.length >= KEYWORD_LIMITS.maxCount) {
      tooMany = true;
      continue;
    }
    keywords.push(keyword);
  }
  if (tooMany) issues.push({ code: 'tooManyKeywords' });
  return { keywords, issues };
}

/** What a person types in the keyword box: "crisis, #Japan; earthquake" → three keywords. */
export function parseKeywordInput(text: string): NormalizedKeywords {
  return normalizeKeywords((text || '').split(/[,;\n\r]+/));
}

/** One row of the PostKeywords list. */
export interface PostKeywordRow {
  postId: number;
  keyword: string;
  /** Unique per list ("<postId>:<keyword>"): a retried save cannot add the same row twice. */
  postKeyword: string;
  /** Copied from the post so the keyword feed can sort and page newest first from one index. */
  published?: Date;
}

export function postKeywordKey(postId: number, keyword: string): string {
  return `${postId}:${keyword}`;
}

export function keywordRows(postId: number, keywords: readonly string[], published?: Date): PostKeywordRow[] {
  return normalizeKeywords(keywords).keywords.map((keyword) => ({
    postId,
    keyword,
    postKeyword: postKeywordKey(postId, keyword),
    published
  }));
}

export interface KeywordDiff {
  add: string[];
  remove: string[];
}

/** Which PostKeywords rows to add and which to delete when a post's keywords change. */
export function diffKeywords(oldKeywords: readonly string[], newKeywords: readonly string[]): KeywordDiff {
  // The stored side is taken as it is, without limits, so that every stored row can be removed.
  const before = oldKeywords.map(normalizeKeyword).filter((k, i, all) => k && all.indexOf(k) === i);
  const after = normalizeKeywords(newKeywords).keywords;
  return {
    add: after.filter((keyword) => before.indexOf(keyword) < 0),
    remove: before.filter((keyword) => after.indexOf(keyword) < 0)
  };
}
