/**
 * List rows ⇄ the feed's domain objects. Column names come from src/lists/feedLists.ts only.
 */
import type { Blog, Comment } from '../../domain/feed/feed';
import { normalizeKeywords } from '../../domain/feed/keywords';
import { toPlainText } from '../../domain/feed/plainText';
import type { Channel, GoodPractice, Licence, PlanLink, Post, PostKind, PostLanguage, Situation } from '../../domain/feed/post';
import {
  BLOG_FIELDS,
  COMMENT_FIELDS,
  FEED_LISTS,
  FEED_TIME_KEYS,
  FeedListKey,
  POST_FIELDS,
  SEARCH_TEXT_MAX_LENGTH
} from '../../lists/feedLists';
import { SCHEMA_VERSION } from '../../lists/settings';
import { TIME_KEYS_SINCE, timeKeysOf } from '../../lists/timeKeys';

export type BlogKind = 'person' | 'group';

export interface PersonRef {
  id: number;
  name: string;
  /** For the person's photo (src/ui/PersonPhoto); absent when the site did not give it. */
  email?: string;
}

/** A blog as the feed shows it: the domain's owners plus names and the group it may belong to. */
export interface StoredBlog extends Blog {
  kind: BlogKind;
  unit: string;
  description: string;
  owners: PersonRef[];
  etag: string;
}

/** A published post as read back from the list. */
export interface StoredPost extends Post {
  id: number;
  published: Date;
  etag: string;
  /** Comments the blog's owners hid. */
  hiddenCommentIds: number[];
}

export interface StoredComment extends Comment {
  id: number;
  etag: string;
}

export type Row = Record<string, unknown>;

export const POST_SELECT = [
  'Id',
  'Title',
  'AuthorId',
  'Author/Title',
  'Author/EMail',
  ...[
    POST_FIELDS.body,
    POST_FIELDS.kind,
    POST_FIELDS.published,
    POST_FIELDS.keywords,
    POST_FIELDS.licence,
    POST_FIELDS.unit,
    POST_FIELDS.situation,
    POST_FIELDS.channels,
    POST_FIELDS.whatWorked,
    POST_FIELDS.whatToAvoid,
    POST_FIELDS.reach,
    POST_FIELDS.planLinks,
    POST_FIELDS.links,
    POST_FIELDS.hiddenComments,
    POST_FIELDS.language
  ],
  `${POST_FIELDS.blog}Id`
];
export const POST_EXPAND = ['Author'];

/**
 * The schema version the feed reads this site at: the package's, until the first view finds the
 * site older (SharePoint refuses a `$select` of a column that does not exist). Shared by the
 * repositories of one FeedService.
 */
export interface FeedSchema {
  version: number;
  /**
   * The version the site recorded (set-up writes it when every step is done), once the first view
   * read it. A v8 column may exist before set-up filled it in on older rows: the feed searches by
   * the time keys only when this is at least TIME_KEYS_SINCE.
   */
  recorded?: number;
}

/** Whether the feed's searches may read the time keys (src/lists/timeKeys.ts) on this site. */
export function timeKeysServe(schema: FeedSchema): boolean {
  return (schema.recorded ?? 0) >= TIME_KEYS_SINCE && schema.version >= TIME_KEYS_SINCE;
}

/** A list's time keys for a row's values (FEED_TIME_KEYS), as a write saves them. */
export function timeKeyValues(list: FeedListKey, row: Row): Row {
  return timeKeysOf(FEED_TIME_KEYS, FEED_LISTS[list].title, row);
}

export function currentSchema(): FeedSchema {
  return { version: SCHEMA_VERSION };
}

/** SharePoint's own columns: listed in the schema only to be indexed, never missing. */
const BUILT_IN = ['ID', 'Title', 'Author', 'Editor', 'Created', 'Modified'];

/** `select` without the columns a site at `version` does not have yet. */
export function selectAt(list: FeedListKey, select: readonly string[], version: number): string[] {
  const later = FEED_LISTS[list].fields.filter((f) => (f.since ?? 1) > version && BUILT_IN.indexOf(f.name) < 0).map((f) => f.name);
  if (!later.length) return select.slice();
  return select.filter((name) => later.indexOf(name.split('/')[0]) < 0 && later.indexOf(name.replace(/Id$/, '')) < 0);
}

/** `values` without the columns a site at `version` does not have yet (SharePoint refuses a write to an unknown column). */
export function valuesAt(list: FeedListKey, values: Row, version: number): Row {
  const later = FEED_LISTS[list].fields.filter((f) => (f.since ?? 1) > version).map((f) => f.name);
  if (!later.length) return values;
  const out: Row = {};
  for (const key of Object.keys(values)) if (later.indexOf(key.replace(/Id$/, '')) < 0 && later.indexOf(key) < 0) out[key] = values[key];
  return out;
}

export const BLOG_SELECT = [
  'Id',
  'Title',
  BLOG_FIELDS.kind,
  BLOG_FIELDS.unit,
  BLOG_FIELDS.description,
  BLOG_FIELDS.ownerGroups,
  `${BLOG_FIELDS.owners}/Id`,
  `${BLOG_FIELDS.owners}/Title`
];
export const BLOG_EXPAND = [BLOG_FIELDS.owners];

export const COMMENT_SELECT = [
  'Id',
  'Created',
  'Modified',
  'AuthorId',
  'Author/Title',
  'Author/EMail',
  COMMENT_FIELDS.body,
  `${COMMENT_FIELDS.post}Id`
];

/** The folder of a blog in DDH Posts, under the list's root folder. */
export { blogFolderName } from '../../lists/feedLists';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function etagOf(row: Row): string {
  return text(row['odata.etag']) || '*';
}

/** "3;17" ⇄ [3, 17]: small id lists in a text column. */
export function parseIdList(value: unknown): number[] {
  return text(value)
    .split(/[;,\s]+/)
    .map((part) => Number(part))
    .filter((n) => Number.isSafeInteger(n) && n > 0);
}

export function formatIdList(ids: readonly number[]): string {
  return ids.filter((id, i) => ids.indexOf(id) === i).join(';');
}

function parseJson<T>(value: unknown, fallback: T): T {
  try {
    const parsed = JSON.parse(text(value));
    return Array.isArray(parsed) ? (parsed as unknown as T) : fallback;
  } catch {
    return fallback;
  }
}

function person(value: unknown, id: unknown): PersonRef {
  const expanded = (value || {}) as { Title?: string; EMail?: string };
  const person: PersonRef = { id: typeof id === 'number' ? id : 0, name: expanded.Title || '' };
  if (expanded.EMail) person.email = expanded.EMail;
  return person;
}

/** Keywords as stored on the post: one per line. */
export function parseKeywordText(value: unknown): string[] {
  return text(value)
    .split('\n')
    .map((k) => k.trim())
    .filter(Boolean);
}

export function toBlog(row: Row): StoredBlog {
  const owners = ((row[BLOG_FIELDS.owners] as Array<{ Id: number; Title: string }> | undefined) || []).map((o) => ({
    id: o.Id,
    name: o.Title
  }));
  return {
    id: row.Id as number,
    title: text(row.Title),
    kind: row[BLOG_FIELDS.kind] === 'group' ? 'group' : 'person',
    unit: text(row[BLOG_FIELDS.unit]),
    description: text(row[BLOG_FIELDS.description]),
    ownerIds: owners.map((o) => o.id),
    ownerGroupIds: parseIdList(row[BLOG_FIELDS.ownerGroups]),
    owners,
    etag: etagOf(row)
  };
}

export function toPost(row: Row): StoredPost {
  const kind = row[POST_FIELDS.kind] as PostKind;
  const post: StoredPost = {
    id: row.Id as number,
    title: text(row.Title),
    bodyHtml: text(row[POST_FIELDS.body]),
    kind,
    keywords: parseKeywordText(row[POST_FIELDS.keywords]),
    blogId: (row[`${POST_FIELDS.blog}Id`] as number) || 0,
    author: person(row.Author, row.AuthorId),
    published: new Date(text(row[POST_FIELDS.published])),
    licence: (row[POST_FIELDS.licence] as Licence) || 'none',
    etag: etagOf(row),
    hiddenCommentIds: parseIdList(row[POST_FIELDS.hiddenComments])
  };
  // Written by any client: only one of the hub's three (domain POST_LANGUAGES) is a language.
  const language = row[POST_FIELDS.language] as PostLanguage;
  if (language === 'fi' || language === 'sv' || language === 'en') post.language = language;
  if (kind === 'goodPractice') {
    const reach = row[POST_FIELDS.reach];
    const practice: GoodPractice = {
      unit: text(row[POST_FIELDS.unit]),
      situation: (row[POST_FIELDS.situation] as Situation) || 'other',
      channels: ((row[POST_FIELDS.channels] as Channel[] | undefined) || []).slice(),
      whatWorked: text(row[POST_FIELDS.whatWorked]),
      whatToAvoid: text(row[POST_FIELDS.whatToAvoid])
    };
    if (typeof reach === 'number') practice.reach = reach;
    const planLinks = parseJson<PlanLink[]>(row[POST_FIELDS.planLinks], []);
    if (planLinks.length) practice.planLinks = planLinks;
    // Written by any client: only strings are links (a number or object would break rendering).
    const links = parseJson<unknown[]>(row[POST_FIELDS.links], []).filter((l): l is string => typeof l === 'string' && l.trim() !== '');
    if (links.length) practice.links = links;
    post.goodPractice = practice;
  }
  return post;
}

export function toComment(row: Row, hiddenIds: readonly number[]): StoredComment {
  const id = row.Id as number;
  const created = new Date(text(row.Created));
  const modified = new Date(text(row.Modified));
  return {
    id,
    postId: (row[`${COMMENT_FIELDS.post}Id`] as number) || 0,
    authorId: (row.AuthorId as number) || 0,
    authorName: person(row.Author, row.AuthorId).name,
    authorEmail: person(row.Author, row.AuthorId).email,
    body: text(row[COMMENT_FIELDS.body]),
    created,
    // Only an edit moves Modified past Created by more than the save itself takes.
    modified: modified.getTime() - created.getTime() > 1000 ? modified : undefined,
    hidden: hiddenIds.indexOf(id) >= 0,
    etag: etagOf(row)
  };
}

/** What free-text search reads: lower-cased, NFC, single spaces, within one Text column. */
export function searchTextOf(post: Pick<Post, 'title' | 'bodyHtml' | 'keywords' | 'goodPractice'>): string {
  const parts = [post.title, post.keywords.join(' '), post.goodPractice ? post.goodPractice.unit : '', toPlainText(post.bodyHtml)];
  const all = normalizeSearchText(parts.join(' '));
  let result = Array.from(all).slice(0, SEARCH_TEXT_MAX_LENGTH).join('');
  // The column counts UTF-16 units: an emoji is two.
  while (result.length > SEARCH_TEXT_MAX_LENGTH) result = Array.from(result).slice(0, -1).join('');
  return result;
}

export function normalizeSearchText(value: string): string {
  return (value || '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The columns of a post, for an add or an update (JSON light). `bodyHtml` is already sanitised. */
export function postValues(post: Post, bodyHtml: string): Row {
  const keywords = normalizeKeywords(post.keywords).keywords;
  const practice = post.kind === 'goodPractice' ? post.goodPractice : undefined;
  return {
    Title: post.title.trim(),
    [POST_FIELDS.body]: bodyHtml,
    [POST_FIELDS.kind]: post.kind,
    [`${POST_FIELDS.blog}Id`]: post.blogId,
    [POST_FIELDS.keywords]: keywords.join('\n'),
    [POST_FIELDS.licence]: post.licence,
    ...(post.language ? { [POST_FIELDS.language]: post.language } : {}),
    [POST_FIELDS.searchText]: searchTextOf({ ...post, bodyHtml, keywords }),
    [POST_FIELDS.unit]: practice ? practice.unit.trim() : null,
    [POST_FIELDS.situation]: practice ? practice.situation : null,
    [POST_FIELDS.channels]: practice ? practice.channels.slice() : [],
    [POST_FIELDS.whatWorked]: practice ? practice.whatWorked : null,
    [POST_FIELDS.whatToAvoid]: practice ? practice.whatToAvoid || '' : null,
    [POST_FIELDS.reach]: practice && practice.reach !== undefined ? practice.reach : null,
    [POST_FIELDS.planLinks]: practice && practice.planLinks && practice.planLinks.length ? JSON.stringify(practice.planLinks) : null,
    [POST_FIELDS.links]: practice && practice.links && practice.links.length ? JSON.stringify(practice.links.map((l) => l.trim())) : null
  };
}

export { FEED_LISTS };
