/**
 * The feed query: newest first, filtered by kind, keyword, blog, unit, author and text, paging
 * through any number of posts without tripping SharePoint's 5,000-item list view threshold.
 *
 * How each query stays under the threshold:
 * - No filter: ordered walk of the Published index (`$orderby=Published desc`, no `$filter`).
 * - Filters: first "direct", the most selective indexed clause first (Blog, Author, Unit, PostKind
 *   on DDH Posts; Keyword on DDH Post Keywords). That serves a blog, a person, a unit or a rare
 *   keyword in one request per page. When the clause itself matches more than 5,000 rows the
 *   server refuses (SPQueryThrottledException) and the scan switches to "windowed": the first
 *   clause becomes a Published range (`Published ge A and Published lt B and …`) holding at most
 *   5,000 rows; the window shrinks when refused and grows when sparse, and moves back in time
 *   until the oldest possible date. Within a window and in direct mode pages follow the server's
 *   `odata.nextLink`; never `$skip`.
 * - Time keys (src/lists/timeKeys.ts; docs/query-patterns.md row 19): from v8, once set-up has
 *   filled them in (`FeedSchema.recorded`), an author, a unit or a keyword is read by its key
 *   (AuthorPublished, UnitPublished, KeywordPublished): "direct" is the group's whole key range
 *   ordered by the key, which the server reads a page at a time (not every row of the author, unit
 *   or keyword, sorted); "windowed" (the group holds more than 5,000 rows) is a window of the key.
 *   The group's own clause (`AuthorId eq`, `Unit eq`, `Keyword eq`) is AND-ed after, so a text
 *   sharing a hash costs rows, never a wrong post. A key counts minutes: a minute's posts come by
 *   id. On an older site, or before set-up finished, these searches read as below.
 * - Free text: `substringof` on SearchText (a lower-cased Text column with the headline, keywords,
 *   unit and the start of the body). substringof cannot use an index, so it only ever runs
 *   after another clause has narrowed the rows: on a list under 5,000 items directly, on a large
 *   list inside a Published window. (Multi-line columns cannot be filtered over REST, which is
 *   why search reads a Text column; full-body search is SharePoint Search's job.)
 * - Which mode a broad filter (kind, unit, text, keyword: no blog and no person) starts in depends
 *   on the list's size: direct at or under 5,000 items; above, windowed for a kind or a text
 *   (their direct read is always refused there, and the refusal would cost a round trip), and
 *   for a keyword or a unit — rare ones stay under the threshold — the direct read and the first
 *   window together in one `$batch`, keeping the direct read when the server answered it. The
 *   same pair goes out while the size is unknown; the first view reads the lists' ItemCount in
 *   its `$batch` (`knowItemCount`). By a key the pair is the group's range and its newest window:
 *   a common keyword's range is refused as before. A blog or a person is always read directly.
 * - Keyword: rows of DDH Post Keywords (indexed Keyword, Published copied from the post), then the
 *   posts by id in one `$batch`; a row is trusted only when its post still carries the keyword.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IItems } from '@pnp/sp/items';
import { FeedQuery } from '../../domain/feed/feed';
import { normalizeKeyword } from '../../domain/feed/keywords';
import { FEED_LISTS, keywordGroup, POST_FIELDS, POST_KEYWORD_FIELDS, unitGroup } from '../../lists/feedLists';
import { isGroup, timeKeyRange } from '../../lists/timeKeys';
import { toProblem } from '../errors';
import { odataDate, odataInteger, odataString } from '../odata';
import { Page, readNextPage, readPage } from '../paging';
import { settle } from '../settle';
import { PostRepository } from './posts';
import { FeedSchema, normalizeSearchText, POST_EXPAND, Row, searchTextOf, StoredPost, timeKeysServe, toPost } from './rows';

/** The feed's filter, plus the author (for a person's profile). */
export interface FeedFilter extends FeedQuery {
  authorId?: number;
}

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
/** Nothing is older: the action plan is from 2011; older material would be imported with its date. */
export const FEED_EPOCH = Date.UTC(2000, 0, 1);
const FIRST_WINDOW = 30 * DAY;
const MAX_WINDOW = 8 * 365 * DAY;
const MIN_WINDOW = 1000;
/** A page gives up (and offers "more") after this many requests rather than keep the reader waiting. */
const MAX_REQUESTS_PER_PAGE = 30;

/** Where a scan stands; opaque to the app, which hands it back for the next page. */
export interface FeedCursor {
  readonly filter: FeedFilter;
  mode: 'direct' | 'windowed';
  /** Read by a time key (set on the first page: the site's keys serve, and the filter has one). */
  keyed?: boolean;
  next?: string;
  /** Windowed mode: the current window [upper - size, upper); no upper on the first window. */
  upper?: number;
  size: number;
  acceptedInWindow: number;
  /** The oldest Published seen, to resume at if a later page is refused. */
  oldestSeen?: number;
  seen: number[];
  done: boolean;
}

/** A `$batch` a caller opened and already put requests in; the scan may add up to `room` more, then sends it. */
export interface SharedBatch {
  sp: SPFI;
  room: number;
  execute(): Promise<void>;
}

export interface ScanOptions {
  /** Where the first request goes (a `$batch` the caller executes). */
  firstSp?: SPFI;
  /**
   * Called once with the first source page's rows, before their posts are read. May answer a
   * batch of its own: a keyword page's posts are then read in it, and the scan sends it.
   */
  onFirstRows?(rows: Row[]): SharedBatch | undefined;
  /**
   * Whether the time keys serve, when the caller knows better than the schema: the first view
   * reads the site's version in the same `$batch` as the first page, so it reads by the keys and
   * reads again without them if the site turns out older.
   */
  timeKeys?: boolean;
}

/** The DDH Post Keywords / DDH Posts time key that serves a filter: its column and group. */
export interface KeyedSource {
  column: string;
  group: number;
}

/**
 * The time key a filter is read by (src/lists/timeKeys.ts): a keyword's, else (no blog: a blog
 * keeps its own indexed read, its posts stay few) an author's, else a unit's. Kind and text have none.
 */
export function keyedSource(filter: FeedFilter): KeyedSource | undefined {
  const keyword = filter.keyword ? keywordGroup(filter.keyword) : null;
  if (filter.keyword) return keyword ? { column: POST_KEYWORD_FIELDS.keywordPublished, group: keyword } : undefined;
  if (filter.blogId) return undefined;
  if (filter.authorId) return isGroup(filter.authorId) ? { column: POST_FIELDS.authorPublished, group: filter.authorId } : undefined;
  const unit = filter.unit ? unitGroup(filter.unit) : null;
  return unit ? { column: POST_FIELDS.unitPublished, group: unit } : undefined;
}

export function startCursor(filter: FeedFilter): FeedCursor {
  return { filter, mode: 'direct', size: FIRST_WINDOW, acceptedInWindow: 0, seen: [], done: false };
}

/** Whether a post passes every part of the filter (the server already applied most of it). */
export function acceptsPost(post: StoredPost, filter: FeedFilter): boolean {
  if (!post.kind || isNaN(post.published.getTime())) return false;
  if (filter.kind && post.kind !== filter.kind) return false;
  if (filter.blogId && post.blogId !== filter.blogId) return false;
  if (filter.authorId && post.author.id !== filter.authorId) return false;
  if (filter.keyword && post.keywords.map(normalizeKeyword).indexOf(filter.keyword) < 0) return false;
  if (filter.unit) {
    const unit = post.goodPractice ? post.goodPractice.unit.trim().toLowerCase() : '';
    if (unit !== filter.unit.toLowerCase()) return false;
  }
  if (filter.text && searchTextOf(post).indexOf(normalizeSearchText(filter.text)) < 0) return false;
  return true;
}

/** SharePoint's list view threshold: above it, a query must be served by an index range of at most this many rows. */
export const LIST_VIEW_THRESHOLD = 5000;

/** Whether the filter has a clause whose index may match more than the threshold on a large list. */
function isBroad(filter: FeedFilter): boolean {
  return !filter.blogId && !filter.authorId && !!(filter.kind || filter.unit || filter.text || filter.keyword);
}

function sourceList(filter: FeedFilter): string {
  return filter.keyword ? FEED_LISTS.postKeywords.title : FEED_LISTS.posts.title;
}

export class FeedScanner {
  /** Per list title: above the threshold or not; absent until the first view or a refusal says. */
  private readonly large = new Map<string, boolean>();

  public constructor(
    private readonly sp: SPFI,
    private readonly posts: PostRepository,
    private readonly schema: FeedSchema
  ) {}

  /** The list's ItemCount, as the first view read it: decides where broad filters start. */
  public knowItemCount(listTitle: string, itemCount: number): void {
    this.large.set(listTitle, itemCount > LIST_VIEW_THRESHOLD);
  }

  /**
   * The first source page of a fresh broad cursor: directly on a small list; on a large one
   * windowed for a kind or a text, and both in one `$batch` for a keyword or a unit (which may be
   * rare) or while the size is unknown, keeping the direct read when the server answered it.
   */
  private async firstSourcePage(state: FeedCursor, sp: SPFI, size: number, batchedSp: boolean): Promise<Page> {
    const list = sourceList(state.filter);
    const large = this.large.get(list);
    const windowed = (): void => {
      state.mode = 'windowed';
      state.size = FIRST_WINDOW;
      state.upper = undefined;
      state.next = undefined;
      state.acceptedInWindow = 0;
    };
    if (large === false) return readPage(this.sourceQuery(state, sp, size));
    // A keyword or a unit may match few rows even on a large list (its index serves it then); a
    // kind or a text never does.
    const mayBeFew = !!(state.filter.keyword || state.filter.unit);
    if (large === true && !mayBeFew) {
      windowed();
      return readPage(this.sourceQuery(state, sp, size));
    }
    const [both, execute] = batchedSp ? [sp, undefined] : sp.batched();
    const direct = settle(readPage(this.sourceQuery(state, both, size)));
    const windowState: FeedCursor = { ...state, mode: 'windowed', size: FIRST_WINDOW, upper: undefined };
    const window = settle(readPage(this.sourceQuery(windowState, both, size)));
    if (execute) await execute();
    const [directRead, windowRead] = await Promise.all([direct, window]);
    // An answered direct read says nothing of the list's size (a rare keyword is answered on any list).
    if (directRead.ok) return directRead.value;
    if ((await toProblem(directRead.error)).kind !== 'threshold') throw directRead.error;
    this.large.set(list, true);
    windowed();
    if (!windowRead.ok) throw windowRead.error;
    return windowRead.value;
  }

  /**
   * The next page: at least `size` posts unless the feed ends (a server page is never cut, so it
   * may be a few more). The first request goes through `options.firstSp` when given (a `$batch`),
   * and is issued before this function first awaits, so it joins that batch. `options.onFirstRows`
   * sees the first source page's rows (keyword rows, with their post's Published) before the posts
   * are fetched, so that a caller can read something alongside.
   */
  public async page(cursor: FeedCursor, size: number, options: ScanOptions = {}): Promise<{ posts: StoredPost[]; cursor?: FeedCursor }> {
    const state: FeedCursor = { ...cursor, seen: cursor.seen.slice() };
    if (state.keyed === undefined) state.keyed = (options.timeKeys ?? timeKeysServe(this.schema)) && !!keyedSource(state.filter);
    const seen = new Set(state.seen);
    const out: StoredPost[] = [];
    let requests = 0;
    let sp = options.firstSp || this.sp;
    let onRows = options.onFirstRows;
    while (out.length < size && !state.done && requests < MAX_REQUESTS_PER_PAGE) {
      let page: Page;
      const fresh = state.mode === 'direct' && !state.next && state.oldestSeen === undefined && isBroad(state.filter);
      try {
        page = await (state.next
          ? readNextPage(this.sp, state.next)
          : fresh
            ? this.firstSourcePage(state, sp, size, sp !== this.sp)
            : readPage(this.sourceQuery(state, sp, size)));
      } catch (error) {
        requests++;
        sp = this.sp;
        if ((await toProblem(error)).kind !== 'threshold') throw error;
        if (state.mode === 'direct' && isBroad(state.filter)) this.large.set(sourceList(state.filter), true);
        this.narrow(state, error);
        continue;
      }
      requests++;
      sp = this.sp;
      const shared = onRows ? onRows(page.rows) : undefined;
      onRows = undefined;
      const candidates = await this.postsOf(page.rows, state.filter, shared);
      if (state.filter.keyword) requests++;
      let undated = false;
      for (const row of page.rows) {
        const published = Date.parse(String(row[POST_FIELDS.published] || ''));
        if (!isNaN(published)) state.oldestSeen = Math.min(state.oldestSeen ?? published, published);
        else undated = true;
      }
      for (const post of candidates) {
        if (seen.has(post.id) || !acceptsPost(post, state.filter)) continue;
        seen.add(post.id);
        out.push(post);
        state.acceptedInWindow++;
      }
      state.next = page.next;
      // Newest first, empty dates sort last: after the first undated row (a blog's folder, a post
      // still being saved) a direct read has no more posts to give.
      if (!page.next || (undated && state.mode === 'direct')) this.sourceEnded(state, size);
    }
    state.seen = Array.from(seen);
    return { posts: out, cursor: state.done ? undefined : state };
  }

  private sourceQuery(state: FeedCursor, sp: SPFI, size: number): IItems {
    const filter = state.filter;
    const byKeyword = !!filter.keyword;
    const list = sp.web.lists.getByTitle(byKeyword ? FEED_LISTS.postKeywords.title : FEED_LISTS.posts.title);
    const key = state.keyed ? keyedSource(filter) : undefined;
    const clauses: string[] = [];
    const upper = state.upper;
    const lower = Math.max(FEED_EPOCH, (upper ?? Date.now() + DAY) - state.size);
    if (key) {
      // One group's rows, or a window of them: the range is the first clause and the order.
      clauses.push(state.mode === 'windowed' ? timeKeyRange(key.column, key.group, lower, upper) : timeKeyRange(key.column, key.group));
    } else if (state.mode === 'windowed') {
      clauses.push(`${POST_FIELDS.published} ge ${odataDate(new Date(lower))}`);
      if (upper !== undefined) clauses.push(`${POST_FIELDS.published} lt ${odataDate(new Date(upper))}`);
    }
    // After the key's range these only filter its rows (a text sharing a keyword's or unit's hash).
    if (byKeyword) {
      clauses.push(`${POST_KEYWORD_FIELDS.keyword} eq ${odataString(filter.keyword || '')}`);
    } else {
      // Most selective first: in direct mode the first clause is the one the index serves.
      if (filter.blogId) clauses.push(`${POST_FIELDS.blog}Id eq ${odataInteger(filter.blogId)}`);
      if (filter.authorId) clauses.push(`${POST_FIELDS.author}Id eq ${odataInteger(filter.authorId)}`);
      if (filter.unit) clauses.push(`${POST_FIELDS.unit} eq ${odataString(filter.unit)}`);
      if (filter.kind) clauses.push(`${POST_FIELDS.kind} eq ${odataString(filter.kind)}`);
      if (filter.text) clauses.push(`substringof(${odataString(normalizeSearchText(filter.text))},${POST_FIELDS.searchText})`);
    }
    let items = list.items;
    if (clauses.length) items = items.filter(clauses.join(' and '));
    items = byKeyword
      ? items.select('Id', `${POST_KEYWORD_FIELDS.post}Id`, POST_KEYWORD_FIELDS.published)
      : items.select(...this.posts.select()).expand(...POST_EXPAND);
    // A page's worth of keyword rows: a stale one (its post no longer carries the keyword) is rare,
    // and the scan reads on when the page is not full. Read by a key, the key is the order (a
    // minute's posts by id): the server reads the page's rows only (query-patterns row 19).
    return items
      .orderBy(key ? key.column : POST_FIELDS.published, false)
      .orderBy('ID', false)
      .top(size);
  }

  private async postsOf(rows: Row[], filter: FeedFilter, shared?: SharedBatch): Promise<StoredPost[]> {
    if (!filter.keyword) {
      if (shared) shared.execute().catch(() => undefined);
      return rows.filter((r) => r[POST_FIELDS.kind] && r[POST_FIELDS.published]).map(toPost);
    }
    const ids = rows.map((r) => r[`${POST_KEYWORD_FIELDS.post}Id`] as number).filter((id, i, all) => id > 0 && all.indexOf(id) === i);
    const pending = this.posts.getMany(ids, shared);
    if (shared) shared.execute().catch(() => undefined);
    const posts = await pending;
    return ids.map((id) => posts.get(id)).filter((p): p is StoredPost => !!p);
  }

  /** The server refused: go windowed, or make the window smaller. */
  private narrow(state: FeedCursor, error: unknown): void {
    if (state.mode === 'direct') {
      state.mode = 'windowed';
      state.size = FIRST_WINDOW;
      // Resume just after what was already read; ids already shown are skipped.
      state.upper = state.oldestSeen !== undefined ? this.after(state, state.oldestSeen) : Date.now() + DAY;
    } else {
      state.size = Math.floor(state.size / 4);
      if (state.size < MIN_WINDOW) throw error;
      if (state.next && state.oldestSeen !== undefined) state.upper = this.after(state, state.oldestSeen);
    }
    state.next = undefined;
    state.acceptedInWindow = 0;
  }

  /**
   * A window's upper edge that keeps `time` in it. A key counts whole minutes and reads a minute's
   * rows by id, so the rest of that minute may be unread: the window then ends after the minute.
   */
  private after(state: FeedCursor, time: number): number {
    return state.keyed ? time + MINUTE : time + 1;
  }

  /** The current query has no more pages: the end, or the next (older) window. */
  private sourceEnded(state: FeedCursor, size: number): void {
    if (state.mode === 'direct') {
      state.done = true;
      return;
    }
    const lower = Math.max(FEED_EPOCH, (state.upper ?? Date.now() + DAY) - state.size);
    if (lower <= FEED_EPOCH) {
      state.done = true;
      return;
    }
    if (state.acceptedInWindow < size) state.size = Math.min(MAX_WINDOW, state.size * 2);
    state.upper = lower;
    state.acceptedInWindow = 0;
  }
}
