/**
 * The blog and good-practice feed's data: blogs, posts, the feed query, comments and likes.
 * Components reach it as `services.feed` and never build repositories themselves.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import '@pnp/sp/security/list';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import { sanitizePostHtml, WindowLike } from '../../domain/feed';
import { FEED_LISTS } from '../../lists/feedLists';
import { BlogRepository } from './blogs';
import { readNextPage, readPage } from './paging';
import { FeedEnvironment, PostRepository } from './posts';
import { CommentRepository, countsFor, LikeRepository, PostCounts } from './reactions';
import { StoredBlog, StoredPost, toBlog } from './rows';
import { FeedCursor, FeedFilter, FeedScanner, startCursor } from './scan';

export * from './rows';
export { BlogRepository } from './blogs';
export type { NewBlog } from './blogs';
export { PostInvalidError, PostRepository } from './posts';
export type { FeedEnvironment } from './posts';
export { CommentInvalidError, CommentRepository, LikeRepository } from './reactions';
export type { PostCounts } from './reactions';
export { acceptsPost, FEED_EPOCH } from './scan';
export type { FeedCursor, FeedFilter } from './scan';

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

interface UserRow { Id: number; Title: string; Email: string; LoginName: string }

export const FEED_PAGE_SIZE = 10;

export class FeedService {
  public readonly blogs: BlogRepository;
  public readonly posts: PostRepository;
  public readonly comments: CommentRepository;
  public readonly likes: LikeRepository;
  /** Hosts post images may come from (the tenant's): the same list for storing and rendering. */
  public readonly imageHosts: readonly string[];
  /** Names this site in browser storage (drafts): the site URL where known. */
  public readonly siteKey: string;
  private readonly scanner: FeedScanner;
  private viewerId = 0;

  public constructor(private readonly sp: SPFI, options: FeedServiceOptions = {}) {
    const imageHosts = siteHosts(sp);
    this.imageHosts = imageHosts;
    this.siteKey = siteKeyOf(sp);
    const env: FeedEnvironment = {
      sanitize: (html) => sanitizePostHtml(html, options.window, { imageHosts }),
      now: options.now || (() => new Date())
    };
    this.blogs = new BlogRepository(sp);
    this.posts = new PostRepository(sp, env, this.blogs);
    this.comments = new CommentRepository(sp);
    this.likes = new LikeRepository(sp);
    this.scanner = new FeedScanner(sp, this.posts);
  }

  /**
   * Everything the first view shows, the reads in one `$batch` round trip: who is looking (and
   * their groups and rights), the blogs, the site's group names and the first page of the feed;
   * the page's likes and comments follow in a second (they need the page's post ids).
   */
  public async firstView(filter: FeedFilter = {}, size: number = FEED_PAGE_SIZE): Promise<FeedFirstView> {
    const [batched, execute] = this.sp.batched();
    const user = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<UserRow>();
    const groups = batched.web.currentUser.groups.select('Id')<Array<{ Id: number }>>();
    const rights = batched.web.lists.getByTitle(FEED_LISTS.posts.title).getCurrentUserEffectivePermissions();
    const siteGroups = batched.web.siteGroups.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
    const blogsPage = readPage(this.blogs.query(batched));
    const scanned = this.scanner.page(startCursor(filter), size, batched);
    // Nothing may reject unobserved while the batch runs.
    for (const p of [user, groups, rights, siteGroups, blogsPage, scanned] as Array<Promise<unknown>>) p.catch(() => undefined);
    await execute();
    const [me, myGroups, permissions, groupRows] = await Promise.all([user, groups, rights, siteGroups.catch(() => [])]);
    let blogPage = await blogsPage;
    const blogRows = blogPage.rows.slice();
    while (blogPage.next) {
      blogPage = await readNextPage(this.sp, blogPage.next);
      blogRows.push(...blogPage.rows);
    }
    const effective = (permissions as unknown as { EffectiveBasePermissions?: IBasePermissions }).EffectiveBasePermissions || permissions;
    this.viewerId = me.Id;
    const viewer: FeedViewer = {
      id: me.Id, title: me.Title, email: me.Email, loginName: me.LoginName,
      groupIds: myGroups.map((g) => g.Id),
      canManageBlogs: this.sp.web.hasPermissions(effective, PermissionKind.ManagePermissions)
    };
    const groupNames: Record<number, string> = {};
    for (const g of groupRows) groupNames[g.Id] = g.Title;
    const { posts, cursor } = await scanned;
    return { viewer, blogs: blogRows.map(toBlog), groupNames, page: { items: await this.withCounts(posts), cursor } };
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
  } catch { /* relative inside SPFx until the first request: the page's host is the site's */ }
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
