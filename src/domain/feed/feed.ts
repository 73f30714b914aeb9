/**
 * The feed's query, likes and comments.
 *
 * The feed mixes blog posts and good practices, newest first, filterable by kind, keyword,
 * blog, unit and text. The query is normalised once here so that the URL, the cache key and
 * the list query all agree on what "the same filter" is.
 */
import { normalizeKeyword } from './keywords';
import { Post, PostKind, POST_KINDS } from './post';
import { toPlainText } from './plainText';

export interface FeedQuery {
  kind?: PostKind;
  keyword?: string;
  blogId?: number;
  unit?: string;
  text?: string;
}

/** Raw filter values as they come from a URL or form fields. */
export interface FeedQueryInput {
  kind?: string;
  keyword?: string;
  blog?: string | number;
  unit?: string;
  text?: string;
}

export const FEED_TEXT_MAX_LENGTH = 100;

function collapse(value: string | undefined): string {
  return (value || '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Empty values disappear; unknown kinds and non-numeric blog ids are ignored, not errors. */
export function normalizeFeedQuery(input: FeedQueryInput): FeedQuery {
  const query: FeedQuery = {};
  if (input.kind && POST_KINDS.indexOf(input.kind as PostKind) >= 0) query.kind = input.kind as PostKind;
  const keyword = normalizeKeyword(input.keyword || '');
  if (keyword) query.keyword = keyword;
  const blogId = typeof input.blog === 'number' ? input.blog : parseInt(String(input.blog || ''), 10);
  if (Number.isInteger(blogId) && blogId > 0 && String(blogId) === String(input.blog).trim()) query.blogId = blogId;
  const unit = collapse(input.unit);
  if (unit) query.unit = unit;
  const text = Array.from(collapse(input.text)).slice(0, FEED_TEXT_MAX_LENGTH).join('');
  if (text) query.text = text;
  return query;
}

export function isEmptyFeedQuery(query: FeedQuery): boolean {
  return Object.keys(query).length === 0;
}

/** Stable key for caches and URLs: same filter, same key. */
export function feedQueryKey(query: FeedQuery): string {
  const parts: string[] = [];
  if (query.kind) parts.push(`kind=${encodeURIComponent(query.kind)}`);
  if (query.keyword) parts.push(`keyword=${encodeURIComponent(query.keyword)}`);
  if (query.blogId) parts.push(`blog=${query.blogId}`);
  if (query.unit) parts.push(`unit=${encodeURIComponent(query.unit)}`);
  if (query.text) parts.push(`text=${encodeURIComponent(query.text)}`);
  return parts.join('&');
}

/**
 * The same filter applied in memory (a page already loaded, the local demo). The text filter
 * is case-insensitive over title and body text; unit matches the good practice's unit exactly,
 * ignoring case.
 */
export function matchesFeedQuery(post: Post, query: FeedQuery): boolean {
  if (query.kind && post.kind !== query.kind) return false;
  if (query.blogId && post.blogId !== query.blogId) return false;
  if (query.keyword && post.keywords.map(normalizeKeyword).indexOf(query.keyword) < 0) return false;
  if (query.unit) {
    const unit = post.goodPractice ? collapse(post.goodPractice.unit).toLowerCase() : '';
    if (unit !== query.unit.toLowerCase()) return false;
  }
  if (query.text) {
    const haystack = `${post.title} ${toPlainText(post.bodyHtml)}`.normalize('NFC').toLowerCase();
    if (haystack.indexOf(query.text.toLowerCase()) < 0) return false;
  }
  return true;
}

/** Newest first; drafts (no published date) last; ties by id, newest id first. */
export function compareFeedOrder(a: Post, b: Post): number {
  const at = a.published ? a.published.getTime() : -Infinity;
  const bt = b.published ? b.published.getTime() : -Infinity;
  if (at !== bt) return at < bt ? 1 : -1;
  return (b.id || 0) - (a.id || 0);
}

/**
 * The LikeKey locator "<postId>:<personId>". Up to schema v3 it was the list's unique key; from v4
 * it decides nothing, because anyone can write anyone's key (see `countLikes`).
 */
export function likeKey(postId: number, personId: number): string {
  return `${postId}:${personId}`;
}

/**
 * A post's likes from the server-set Authors of its like rows: one per distinct author, so a
 * double click counts once and a row written in someone else's name is only its writer's own like.
 */
export function countLikes(authorIds: readonly unknown[], viewerId: number): { likes: number; likedByMe: boolean } {
  const authors = new Set(authorIds.filter((id): id is number => typeof id === 'number'));
  return { likes: authors.size, likedByMe: authors.has(viewerId) };
}

export interface Blog {
  id: number;
  title: string;
  /** A personal blog has one owner; a group blog (unit, embassy, project) has several. */
  ownerIds: number[];
  /** SharePoint groups whose members own the blog too. */
  ownerGroupIds?: number[];
}

export interface Viewer {
  personId: number;
  groupIds?: readonly number[];
}

export function isBlogOwner(blog: Blog, viewer: Viewer): boolean {
  if (blog.ownerIds.indexOf(viewer.personId) >= 0) return true;
  const groups = viewer.groupIds || [];
  return (blog.ownerGroupIds || []).some((id) => groups.indexOf(id) >= 0);
}

/** Comments are plain text: discussion needs no markup, and text cannot carry script. */
export interface Comment {
  id?: number;
  postId: number;
  authorId: number;
  authorName: string;
  /** For the commenter's photo; absent when the site did not give it. */
  authorEmail?: string;
  body: string;
  created: Date;
  modified?: Date;
  /** Hidden by a blog owner: kept for the record, shown to nobody but owners and the author. */
  hidden: boolean;
}

export const COMMENT_MAX_LENGTH = 4000;

export type CommentIssueCode = 'commentEmpty' | 'commentTooLong';

export function validateComment(body: string): CommentIssueCode[] {
  const text = (body || '').trim();
  if (!text) return ['commentEmpty'];
  return Array.from(text).length > COMMENT_MAX_LENGTH ? ['commentTooLong'] : [];
}

/** The author edits and deletes their own comment; a hidden one stays as the owner left it. */
export function canEditComment(comment: Comment, viewer: Viewer): boolean {
  return comment.authorId === viewer.personId && !comment.hidden;
}

export function canDeleteComment(comment: Comment, viewer: Viewer): boolean {
  return comment.authorId === viewer.personId;
}

/** Blog owners moderate the discussion under their posts by hiding (and unhiding) comments. */
export function canHideComment(comment: Comment, viewer: Viewer, blog: Blog): boolean {
  return isBlogOwner(blog, viewer);
}

export function canSeeComment(comment: Comment, viewer: Viewer, blog: Blog): boolean {
  return !comment.hidden || comment.authorId === viewer.personId || isBlogOwner(blog, viewer);
}

/** The author and the blog's owners edit a post. */
export function canEditPost(post: Post, viewer: Viewer, blog: Blog): boolean {
  return post.author.id === viewer.personId || isBlogOwner(blog, viewer);
}
