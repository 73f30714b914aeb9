import { normalizeKeyword } from '../domain/feed/keywords';
import * as FeedRules from '../domain/feed/post';
import { textGroup, timeKey, TimeKeySpec } from './timeKeys';
import { ListSpec, staffContribute, staffRead } from './types';

export const BLOG_KINDS = ['person', 'group'] as const;

/** A blog's folder in DDH Posts and in DDH Post Images. */
export function blogFolderName(blogId: number): string {
  return `blog-${blogId}`;
}

export type FeedListKey = 'blogs' | 'posts' | 'postImages' | 'postKeywords' | 'comments' | 'likes';

/** Internal names of the feed lists' columns, for the repositories; written only here. */
export const BLOG_FIELDS = {
  kind: 'BlogKind',
  unit: 'Unit',
  owners: 'BlogOwners',
  /** Site groups that own a group blog too, as "12;40" (ids). */
  ownerGroups: 'OwnerGroups',
  description: 'Description'
} as const;

export const POST_FIELDS = {
  body: 'Body',
  kind: 'PostKind',
  blog: 'Blog',
  published: 'Published',
  /** The post's keywords, one per line: the truth; DDH Post Keywords is the index built from it. */
  keywords: 'Keywords',
  licence: 'Licence',
  unit: 'Unit',
  situation: 'Situation',
  channels: 'ChannelsUsed',
  whatWorked: 'WhatWorked',
  whatToAvoid: 'WhatToAvoid',
  reach: 'Reach',
  planLinks: 'PlanLinks',
  links: 'PracticeLinks',
  /** Lower-cased headline, keywords, unit and start of the body: what free-text search reads. */
  searchText: 'SearchText',
  /** Ids of comments the blog's owners hid, as "3;17": only they can write the post. */
  hiddenComments: 'HiddenComments',
  /** fi, sv or en: the post's language (from v5). */
  language: 'PostLanguage',
  /** The built-in Created By, indexed so that an author's profile is an indexed query. */
  author: 'Author',
  /** Time keys (v8, FEED_TIME_KEYS): the author then Published; a good practice's unit then Published. */
  authorPublished: 'AuthorPublished',
  unitPublished: 'UnitPublished'
} as const;

export const POST_KEYWORD_FIELDS = {
  post: 'Post',
  keyword: 'Keyword',
  postKeyword: 'PostKeyword',
  published: 'Published',
  /** Time key (v8, FEED_TIME_KEYS): the keyword then the post's Published. */
  keywordPublished: 'KeywordPublished'
} as const;
/**
 * `postPublished` on comments and likes: the Published of the post, copied by the writer from the
 * post they see, so that the feed's first view can read the reactions of its newest posts with one
 * walk of an index, in the same `$batch` as the posts. Only a locator: counts stay keyed by the
 * Post lookup, so a wrong copy can only hide the writer's own row from that read.
 */
export const COMMENT_FIELDS = { post: 'Post', body: 'Body', postPublished: 'PostPublished' } as const;
export const LIKE_FIELDS = { post: 'Post', likeKey: 'LikeKey', postPublished: 'PostPublished' } as const;

/** SharePoint's Text column holds 255 characters. */
export const SEARCH_TEXT_MAX_LENGTH = 255;

export const FEED_LISTS: Record<FeedListKey, ListSpec> = {
  // Blogs of people and groups. A blog is created by a site owner (it needs the right to set
  // permissions): the blog's folder in DDH Posts grants its owners Contribute.
  blogs: {
    title: 'DDH Blogs',
    description: 'Blogs of people and groups (units, embassies, projects).',
    readSecurity: 1,
    writeSecurity: 2,
    roles: staffRead,
    fields: [
      { name: BLOG_FIELDS.kind, kind: 'Choice', choices: BLOG_KINDS, required: true },
      { name: BLOG_FIELDS.unit, kind: 'Text', maxLength: 120, indexed: true },
      { name: BLOG_FIELDS.owners, kind: 'UserMulti' },
      { name: BLOG_FIELDS.description, kind: 'Note' },
      { name: BLOG_FIELDS.ownerGroups, kind: 'Text', maxLength: 255, since: 2 }
    ]
  },
  // Posts live in their blog's folder ("blog-<id>") and inherit its permissions: staff read,
  // the blog's owners contribute (and so edit each other's posts: WriteSecurity 1). Nobody
  // else can add a post anywhere in the list, so the server enforces "only owners post".
  posts: {
    title: 'DDH Posts',
    description: 'Blog posts and good-practice stories.',
    readSecurity: 1,
    writeSecurity: 1,
    roles: staffRead,
    enableFolderCreation: true,
    fields: [
      { name: POST_FIELDS.body, kind: 'RichNote' },
      { name: POST_FIELDS.kind, kind: 'Choice', choices: FeedRules.POST_KINDS, required: true, indexed: true },
      { name: POST_FIELDS.blog, kind: 'Lookup', lookupList: 'blogs', indexed: true },
      { name: POST_FIELDS.published, kind: 'DateTime', indexed: true },
      { name: POST_FIELDS.keywords, kind: 'Note' },
      { name: POST_FIELDS.licence, kind: 'Choice', choices: FeedRules.LICENCES },
      { name: POST_FIELDS.unit, kind: 'Text', maxLength: 120, indexed: true },
      { name: POST_FIELDS.situation, kind: 'Choice', choices: FeedRules.SITUATIONS, indexed: true },
      { name: POST_FIELDS.channels, kind: 'MultiChoice', choices: FeedRules.CHANNELS },
      { name: POST_FIELDS.whatWorked, kind: 'Note' },
      { name: POST_FIELDS.whatToAvoid, kind: 'Note' },
      { name: POST_FIELDS.reach, kind: 'Number' },
      { name: POST_FIELDS.planLinks, kind: 'Note', since: 2 },
      { name: POST_FIELDS.links, kind: 'Note', since: 2 },
      { name: POST_FIELDS.searchText, kind: 'Text', maxLength: SEARCH_TEXT_MAX_LENGTH, since: 2 },
      { name: POST_FIELDS.hiddenComments, kind: 'Note', since: 2 },
      { name: POST_FIELDS.language, kind: 'Choice', choices: FeedRules.POST_LANGUAGES, since: 5 },
      // Built in (never created here); listed so that provisioning indexes it.
      { name: POST_FIELDS.author, kind: 'User', indexed: true, since: 2 },
      { name: POST_FIELDS.authorPublished, kind: 'Number', indexed: true, since: 8 },
      { name: POST_FIELDS.unitPublished, kind: 'Number', indexed: true, since: 8 }
    ]
  },
  // Pictures in posts: a library with a folder per blog ("blog-<id>", as in DDH Posts) granting the
  // same people the same rights, so only a blog's owners add pictures to it and everyone reads them.
  // A post's body points at them; the sanitiser admits pictures from this library only.
  postImages: {
    title: 'DDH Post Images',
    description: 'Pictures in blog posts and good practices, one folder per blog.',
    baseTemplate: 101,
    readSecurity: 1,
    writeSecurity: 1,
    roles: staffRead,
    enableFolderCreation: true,
    fields: [],
    since: 5
  },
  // One row per (post, keyword): SharePoint cannot index a multi-value column, so keyword
  // filtering goes through this list's indexed Keyword column. The post's Keywords column stays
  // the truth: the feed ignores a row whose post no longer carries the keyword.
  postKeywords: {
    title: 'DDH Post Keywords',
    description: 'Keywords of posts, one row each, for filtering the feed by keyword.',
    readSecurity: 1,
    writeSecurity: 2,
    roles: staffContribute,
    fields: [
      { name: POST_KEYWORD_FIELDS.post, kind: 'Lookup', lookupList: 'posts', required: true, indexed: true },
      { name: POST_KEYWORD_FIELDS.keyword, kind: 'Text', required: true, maxLength: 60, indexed: true },
      // "<postId>:<keyword>": a locator. Unique up to v3, which let anyone write a post's key before
      // its owner did (and delete that row later); from v4 a saver counts only its own rows.
      { name: POST_KEYWORD_FIELDS.postKeyword, kind: 'Text', required: true, maxLength: 80, indexed: true, uniqueUntil: 4 },
      { name: POST_KEYWORD_FIELDS.published, kind: 'DateTime', indexed: true },
      { name: POST_KEYWORD_FIELDS.keywordPublished, kind: 'Number', indexed: true, since: 8 }
    ]
  },
  // Comments: everyone adds, only the author edits or deletes (WriteSecurity 2). A blog owner's
  // hide is written on the post (HiddenComments), where only the blog's owners can write.
  comments: {
    title: 'DDH Post Comments',
    description: 'Comments under posts.',
    readSecurity: 1,
    writeSecurity: 2,
    roles: staffContribute,
    fields: [
      { name: COMMENT_FIELDS.post, kind: 'Lookup', lookupList: 'posts', required: true, indexed: true },
      { name: COMMENT_FIELDS.body, kind: 'Note', required: true },
      { name: COMMENT_FIELDS.postPublished, kind: 'DateTime', indexed: true, since: 2 }
    ]
  },
  likes: {
    title: 'DDH Post Likes',
    description: 'Likes: one per person and post (a second row of the same person counts once).',
    readSecurity: 1,
    writeSecurity: 2,
    roles: staffContribute,
    fields: [
      { name: LIKE_FIELDS.post, kind: 'Lookup', lookupList: 'posts', required: true, indexed: true },
      // "<postId>:<personId>": a locator only. Unique up to v3, which let anyone aim a row at someone
      // else's key and so stop them liking; from v4 a post's likes are its rows' distinct Authors.
      { name: LIKE_FIELDS.likeKey, kind: 'Text', required: true, maxLength: 40, indexed: true, uniqueUntil: 4 },
      { name: LIKE_FIELDS.postPublished, kind: 'DateTime', indexed: true, since: 2 }
    ]
  }
};

/** A keyword's group in KeywordPublished: the keyword as the feed's filter compares it (normalised). */
export function keywordGroup(keyword: string): number | null {
  const normal = normalizeKeyword(keyword);
  return normal ? textGroup(normal) : null;
}

/** A unit's group in UnitPublished: the unit as the feed's filter compares it (trimmed, lower-cased). */
export function unitGroup(unit: unknown): number | null {
  const text = typeof unit === 'string' ? unit.trim() : '';
  return text ? textGroup(text) : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The feed's time keys (src/lists/timeKeys.ts): each column's rule, used by writes, set-up and the bench.
 * A post's author is the built-in Created By (an edit by a co-owner keeps it); only a good practice
 * has a unit the feed filters by (`acceptsPost`), so only a good practice has a UnitPublished.
 */
export const FEED_TIME_KEYS: readonly TimeKeySpec[] = [
  {
    list: FEED_LISTS.posts.title,
    field: POST_FIELDS.authorPublished,
    from: [`${POST_FIELDS.author}Id`, POST_FIELDS.published],
    of: (row) => timeKey(row[`${POST_FIELDS.author}Id`], text(row[POST_FIELDS.published]))
  },
  {
    list: FEED_LISTS.posts.title,
    field: POST_FIELDS.unitPublished,
    from: [POST_FIELDS.kind, POST_FIELDS.unit, POST_FIELDS.published],
    of: (row) =>
      row[POST_FIELDS.kind] === 'goodPractice' ? timeKey(unitGroup(row[POST_FIELDS.unit]), text(row[POST_FIELDS.published])) : null
  },
  {
    list: FEED_LISTS.postKeywords.title,
    field: POST_KEYWORD_FIELDS.keywordPublished,
    from: [POST_KEYWORD_FIELDS.keyword, POST_KEYWORD_FIELDS.published],
    of: (row) => timeKey(keywordGroup(text(row[POST_KEYWORD_FIELDS.keyword])), text(row[POST_KEYWORD_FIELDS.published]))
  }
];
