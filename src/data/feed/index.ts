/**
 * The blog and good-practice feed's data: blogs, posts, the feed query, comments and likes.
 * Components reach it as `services.feed` and never build repositories themselves.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
// The site's groups through the factory, not `@pnp/sp/site-groups`: that entry point also loads
// `@pnp/sp/security` (role assignments, about 4 KB gz) into the first view, which never uses it.
import { SiteGroups } from '@pnp/sp/site-groups/types.js';
import '@pnp/sp/batching';
import { effectivePermissions, hasRight, RIGHTS } from '../permissions';
import type { WindowLike } from '../../domain/feed/sanitize';
import { FEED_LISTS, POST_KEYWORD_FIELDS } from '../../lists/feedLists';
import { TIME_KEYS_SINCE } from '../../lists/timeKeys';
import { readSchemaVersion } from '../../lists/version';
import { BlogRepository } from './blogs';
import { readAll, readPage } from '../paging';
import { FeedEnvironment, PostRepository } from './posts';
import { PictureRepository } from './pictures';
import { CommentRepository, countsFor, countsFromRows, LikeRepository, PostCounts, PostReactionRows, reactionRowsIn } from './reactions';
import { currentSchema, FeedSchema, Row, StoredBlog, StoredPost, timeKeysServe, toBlog } from './rows';
import {
  countFromWindow,
  EMPTY_WINDOW,
  newestReactions,
  REACTIONS_PER_POST,
  ReactionWindow,
  reactionsBetween,
  WINDOW_REQUESTS
} from './window';
import { FeedCursor, FeedFilter, FeedScanner, keyedSource, SharedBatch, startCursor } from './scan';
import { BATCH_LIMIT, MAX_BATCH_REQUESTS } from './batches';
import type { PostNews } from '../../domain/feed/forYou';

export * from './rows';
export { BlogRepository } from './blogs';
export type { NewBlog } from './blogs';
export { PostInvalidError, PostRepository } from './posts';
export type { FeedEnvironment } from './posts';
export { PictureRepository, pictureFileName } from './pictures';
export type { PreparedPicture, StoredPicture } from './pictures';
export { CommentInvalidError, CommentRepository, LikeRepository } from './reactions';
export type { PostCounts, PostRef } from './reactions';
export { acceptsPost, FEED_EPOCH } from './scan';
export type { FeedCursor, FeedFilter } from './scan';
export type { PostNews } from '../../domain/feed/forYou';

export interface FeedViewer {
  id: number;
  title: string;
  email: string;
  loginName: string;
  /** Site groups the viewer belongs to (a group blog's owners are a group). */
  groupIds: number[];
  /** May create blogs and change their owners (ManagePermissions on DDH Posts). */
  canManageBlogs: boolean;
}

export interface FeedItem {
  post: StoredPost;
  counts: PostCounts;
}

export interface FeedPage {
  items: FeedItem[];
  /** Hand back to `more` for the next page; undefined at the end of the feed. */
  cursor?: FeedCursor;
}

export interface FeedFirstView {
  viewer: FeedViewer;
  blogs: StoredBlog[];
  /** Site group names by id, for group blogs' owners. */
  groupNames: Record<number, string>;
  page: FeedPage;
}

export interface FeedServiceOptions {
  /** The window DOMPurify works in; the browser's own by default (jsdom's in Node tests). */
  window?: WindowLike;
  now?: () => Date;
}

interface UserRow {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
}

export const FEED_PAGE_SIZE = 10;

/** The widest span of a keyword page's dates whose reactions are read as one date range (30 days). */
const KEYWORD_WINDOW_MAX_MS = 30 * 24 * 3600 * 1000;

export class FeedService {
  public readonly blogs: BlogRepository;
  public readonly posts: PostRepository;
  public readonly comments: CommentRepository;
  public readonly likes: LikeRepository;
  /** Hosts post images may come from (the tenant's): the same list for storing and rendering. */
  public readonly imageHosts: readonly string[];
  /** The folder post images must lie in (DDH Post Images), once the first view has read it; any folder on a site before v5. */
  public imagePaths: readonly string[] | undefined;
  public readonly pictures: PictureRepository;
  /** Names this site in browser storage (drafts): the site URL where known. */
  public readonly siteKey: string;
  private readonly scanner: FeedScanner;
  /** The schema version this site is read at (lowered when the first view finds an older site). */
  private readonly schema: FeedSchema = currentSchema();
  private viewerId = 0;
  private readonly now: () => Date;

  public constructor(
    private readonly sp: SPFI,
    options: FeedServiceOptions = {}
  ) {
    const imageHosts = siteHosts(sp);
    this.imageHosts = imageHosts;
    this.siteKey = siteKeyOf(sp);
    this.pictures = new PictureRepository(sp, options.now);
    this.now = options.now || (() => new Date());
    const env: FeedEnvironment = {
      // DOMPurify (about 9 KB gzip) loads with the first write, not with the feed.
      sanitize: async (html) => {
        const [{ sanitizePostHtml }, imagePaths] = await Promise.all([
          import(/* webpackChunkName: 'ddh-sanitize' */ '../../domain/feed/sanitize'),
          this.pictureFolders()
        ]);
        return sanitizePostHtml(html, options.window, { imageHosts, imagePaths });
      },
      now: options.now || (() => new Date())
    };
    this.blogs = new BlogRepository(sp, this.schema);
    this.posts = new PostRepository(sp, env, this.blogs, this.schema);
    this.comments = new CommentRepository(sp);
    this.likes = new LikeRepository(sp);
    this.scanner = new FeedScanner(sp, this.posts, this.schema);
  }

  /**
   * Everything the first view shows, in one `$batch` round trip: who is looking (and their groups
   * and rights), the blogs, the site's group names, the first page of the feed and, for the
   * unfiltered feed, the likes and comments of that page — read by the posts' Published, which
   * every like and comment carries (window.ts), so they need no post ids. A keyword page needs
   * its keyword rows first: its posts and their counts follow together in a second round trip.
   * Posts the window cannot vouch for (forged dates crowding it, rows older than the column, an
   * old site) are counted per post in one more round trip. A site still at schema version 1 is
   * read without the newer columns (found out in the same batch, then read again). The version
   * read here is also what lets the feed search by time keys (scan.ts): an author, unit or keyword
   * filter reads by its key at once, and again without it if the site has not recorded v8.
   */
  public async firstView(filter: FeedFilter = {}, size: number = FEED_PAGE_SIZE): Promise<FeedFirstView> {
    const [batched, execute] = this.sp.batched();
    const withWindow = this.schema.version >= 2;
    const user = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<UserRow>();
    const groups = batched.web.currentUser.groups.select('Id')<Array<{ Id: number }>>();
    const rights = effectivePermissions(batched.web.lists.getByTitle(FEED_LISTS.posts.title));
    const siteGroups = SiteGroups(batched.web).select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
    const version = readSchemaVersion(batched);
    const blogsPage = readPage(this.blogs.query(batched));
    // Where post pictures may come from (a site before v5 has no library: any folder, as before).
    const pictures =
      this.schema.version >= (FEED_LISTS.postImages.since ?? 1)
        ? batched.web.lists
            .getByTitle(FEED_LISTS.postImages.title)
            .rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
            .then((f) => this.knowPictureLibrary(f.ServerRelativeUrl))
        : Promise.resolve();
    // The lists' sizes decide where a later broad filter starts (scan.ts): known from here on.
    const sizes = [FEED_LISTS.posts.title, FEED_LISTS.postKeywords.title].map((title) =>
      batched.web.lists
        .getByTitle(title)
        .select('ItemCount')<{ ItemCount: number }>()
        .then((list) => this.scanner.knowItemCount(title, list.ItemCount))
    );
    let window: Promise<ReactionWindow> = Promise.resolve(EMPTY_WINDOW);
    let perPost: Promise<Map<number, PostReactionRows>> | undefined;
    if (withWindow && !filter.kind && !filter.keyword && !filter.blogId && !filter.unit && !filter.text && !filter.authorId) {
      window = newestReactions(batched, Math.min(5000, size * REACTIONS_PER_POST));
    }
    // The time keys serve from v8 on, once set-up finished (recorded): read by them unless this site
    // was found older (a recorded version not read yet counts as this package's); the version read
    // alongside decides whether this answer stands.
    const timeKeys = !!keyedSource(filter) && timeKeysServe({ ...this.schema, recorded: this.schema.recorded ?? TIME_KEYS_SINCE });
    const scanned = this.scanner.page(startCursor(filter), size, {
      firstSp: batched,
      timeKeys,
      onFirstRows:
        withWindow && filter.keyword
          ? (rows) => {
              const along = this.keywordReactions(rows, size);
              window = along.window;
              perPost = along.perPost;
              return along.batch;
            }
          : undefined
    });
    // Nothing may reject unobserved while the batch runs.
    for (const p of [user, groups, rights, siteGroups, version, blogsPage, scanned, pictures, ...sizes] as Array<Promise<unknown>>)
      p.catch(() => undefined);
    await execute();
    const recorded = await version.catch(() => undefined);
    if (recorded !== undefined) this.schema.recorded = recorded;
    const siteVersion = recorded ?? this.schema.version;
    if (siteVersion > 0 && siteVersion < this.schema.version) {
      this.schema.version = siteVersion;
      return this.firstView(filter, size);
    }
    // Keys created but not yet filled in by set-up (or no version recorded): read again without them.
    if (timeKeys && !timeKeysServe(this.schema) && recorded !== undefined) return this.firstView(filter, size);
    const [me, myGroups, permissions, groupRows] = await Promise.all([user, groups, rights, siteGroups.catch(() => [])]);
    const blogRows = await readAll(this.sp, this.blogs.query(), await blogsPage);
    this.viewerId = me.Id;
    const viewer: FeedViewer = {
      id: me.Id,
      title: me.Title,
      email: me.Email,
      loginName: me.LoginName,
      groupIds: myGroups.map((g) => g.Id),
      canManageBlogs: hasRight(permissions, RIGHTS.ManagePermissions)
    };
    const groupNames: Record<number, string> = {};
    for (const g of groupRows) groupNames[g.Id] = g.Title;
    const { posts, cursor } = await scanned;
    const { counts, missing: outside } = countFromWindow(posts, await window, me.Id);
    const rowsByPost = perPost ? await perPost.catch(() => new Map<number, PostReactionRows>()) : new Map<number, PostReactionRows>();
    const missing = outside.filter((post) => {
      const rows = rowsByPost.get(post.id);
      if (!rows || !rows.likes || !rows.comments) return true;
      counts.set(post.id, countsFromRows(post, rows, me.Id));
      return false;
    });
    if (missing.length) (await countsFor(this.sp, this.comments, this.likes, missing, me.Id)).forEach((c, id) => counts.set(id, c));
    const items = posts.map((post) => ({ post, counts: counts.get(post.id) || { likes: 0, likedByMe: false, comments: 0 } }));
    return { viewer, blogs: blogRows.map(toBlog), groupNames, page: { items, cursor } };
  }

  /**
   * A keyword page's likes and comments, read alongside its posts in the second and last round
   * trip. Its keyword rows carry their posts' dates and ids. Posts written within a month of each
   * other: the reactions in that date range, in the batch the scan adds the posts to. Posts further
   * apart (a rare keyword): that range would hold every reaction in between, so each post's rows
   * are read by its id instead, in a batch of their own sent at the same time.
   */
  private keywordReactions(
    rows: Row[],
    size: number
  ): { window: Promise<ReactionWindow>; perPost?: Promise<Map<number, PostReactionRows>>; batch?: SharedBatch } {
    const dates = rows.map((r) => Date.parse(String(r[POST_KEYWORD_FIELDS.published] || ''))).filter((d) => !isNaN(d));
    if (!dates.length) return { window: Promise.resolve(EMPTY_WINDOW) };
    const from = Math.min(...dates);
    const to = Math.max(...dates);
    if (to - from > KEYWORD_WINDOW_MAX_MS) {
      const ids = rows
        .map((r) => r[`${POST_KEYWORD_FIELDS.post}Id`] as number)
        .filter((id, i, all) => id > 0 && all.indexOf(id) === i)
        .slice(0, size);
      // Two reads a post and then the posts themselves (one each when far apart): one `$batch`
      // that holds them all (SharePoint answers up to 100 a batch; PnPjs would split at 20).
      const maxRequests = Math.min(MAX_BATCH_REQUESTS, 3 * ids.length);
      const [batched, execute] = this.sp.batched({ maxRequests });
      const perPost = reactionRowsIn(batched, this.comments, this.likes, ids);
      perPost.catch(() => undefined);
      return { window: Promise.resolve(EMPTY_WINDOW), perPost, batch: { sp: batched, room: maxRequests - 2 * ids.length, execute } };
    }
    const [batched, execute] = this.sp.batched();
    const window = reactionsBetween(batched, new Date(from), new Date(to));
    return { window, batch: { sp: batched, room: BATCH_LIMIT - WINDOW_REQUESTS, execute } };
  }

  private knowPictureLibrary(url: string): void {
    this.pictures.knowLibraryUrl(url);
    this.imagePaths = [`${url.replace(/\/+$/, '')}/`];
  }

  /** The folders post images may come from, for the sanitiser: the pictures library from v5; any before. */
  private async pictureFolders(): Promise<readonly string[] | undefined> {
    if (this.imagePaths || this.schema.version < (FEED_LISTS.postImages.since ?? 1)) return this.imagePaths;
    try {
      this.knowPictureLibrary(await this.pictures.libraryUrl());
    } catch {
      // A site whose library is missing (set-up not run to v5): not stricter than before.
    }
    return this.imagePaths;
  }

  /** The first page for a filter. */
  public async feed(filter: FeedFilter, size: number = FEED_PAGE_SIZE): Promise<FeedPage> {
    return this.more(startCursor(filter), size);
  }

  /** The page after `cursor`. */
  public async more(cursor: FeedCursor, size: number = FEED_PAGE_SIZE): Promise<FeedPage> {
    const page = await this.scanner.page(cursor, size);
    return { items: await this.withCounts(page.posts), cursor: page.cursor };
  }

  /** Posts only, without counts (profiles, tests, exports). */
  public async scan(cursor: FeedCursor, size: number): Promise<{ posts: StoredPost[]; cursor?: FeedCursor }> {
    return this.scanner.page(cursor, size);
  }

  /** One post with its counts; undefined when it does not exist. */
  public async item(postId: number): Promise<FeedItem | undefined> {
    const post = await this.posts.get(postId);
    if (!post) return undefined;
    return (await this.withCounts([post]))[0];
  }

  /**
   * "For you": comments other people wrote on the viewer's recent posts since `since`, one entry
   * per post (forYou.ts, loaded with it after the first view).
   */
  public async commentsOnMyPosts(since: Date): Promise<PostNews[]> {
    const [{ commentsOnMyPosts }, meId] = await Promise.all([
      import(/* webpackChunkName: 'ddh-feed-for-you' */ './forYou'),
      this.viewerId
        ? Promise.resolve(this.viewerId)
        : this.sp.web.currentUser
            .select('Id')<{ Id: number }>()
            .then((u) => u.Id)
    ]);
    return commentsOnMyPosts(this.sp, meId, since, this.now(), this.schema.version >= 2);
  }

  /** Counts for posts (e.g. after a like), for the viewer of the first view. */
  public async withCounts(posts: StoredPost[]): Promise<FeedItem[]> {
    if (!this.viewerId) this.viewerId = (await this.sp.web.currentUser.select('Id')<{ Id: number }>()).Id;
    const counts = await countsFor(this.sp, this.comments, this.likes, posts, this.viewerId);
    return posts.map((post) => ({ post, counts: counts.get(post.id) || { likes: 0, likedByMe: false, comments: 0 } }));
  }
}

/** The SharePoint host(s) images may come from: the site's own, and the page's. */
function siteHosts(sp: SPFI): string[] {
  const hosts: string[] = [];
  try {
    hosts.push(new URL(sp.web.toUrl()).host);
  } catch {
    /* relative inside SPFx until the first request: the page's host is the site's */
  }
  if (typeof location !== 'undefined' && location.host && hosts.indexOf(location.host) < 0) hosts.push(location.host);
  return hosts;
}

function siteKeyOf(sp: SPFI): string {
  const url = sp.web.toUrl();
  const at = url.toLowerCase().indexOf('/_api/');
  if (/^https?:/i.test(url) && at > 0) return url.slice(0, at).toLowerCase();
  return typeof location !== 'undefined' ? location.host.toLowerCase() : 'site';
}

export { startCursor };
