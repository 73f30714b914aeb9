/**
 * Posts: created in their blog's folder (so the folder's permissions decide who may post),
 * body sanitised before it is stored, keyword rows kept in step with the post's keywords.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IList } from '@pnp/sp/lists';
import type { Post, PostIssue } from '../../domain/feed/post';
import { FEED_LISTS, POST_FIELDS } from '../../lists/feedLists';
import { odataInteger } from '../odata';
import { BlogRepository } from './blogs';
import { batchedSettled } from './batches';
import { settle } from '../settle';
import { currentSchema, FeedSchema, POST_EXPAND, POST_SELECT, Row, selectAt, StoredPost, toPost } from './rows';
import { loadOnce } from '../loadOnce';

/**
 * What the repositories need from where they run: the sanitiser (it needs a DOM; DOMPurify is
 * loaded only when a post is written, so reading the feed does not carry it) and the clock.
 */
export interface FeedEnvironment {
  sanitize(html: string): Promise<string>;
  now(): Date;
}

/** The post breaks the domain's rules; nothing was sent. */
export class PostInvalidError extends Error {
  public constructor(public readonly issues: PostIssue[]) {
    super(`The post is not valid: ${issues.map((i) => i.code).join(', ')}`);
    this.name = 'PostInvalidError';
  }
}

/** What the write path (postWrites.ts) needs of the repository that delegates to it. */
export interface PostWriteContext {
  sp: SPFI;
  env: FeedEnvironment;
  blogs: BlogRepository;
  schema: FeedSchema;
  posts: PostRepository;
  myId(): Promise<number>;
}

/** The write path, loaded once, with the first write. */
const writes = loadOnce(() => import(/* webpackChunkName: 'ddh-feed-write' */ './postWrites'));

export class PostRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly env: FeedEnvironment,
    private readonly blogs: BlogRepository,
    private readonly schema: FeedSchema = currentSchema()
  ) {}

  /** The columns a post is read with, as this site has them. */
  public select(): string[] {
    return selectAt('posts', POST_SELECT, this.schema.version);
  }

  public postsList(sp: SPFI = this.sp): IList {
    return sp.web.lists.getByTitle(FEED_LISTS.posts.title);
  }

  private me?: Promise<number>;

  /** The signed-in person's id, read once: whose keyword rows are ours. */
  private myId(): Promise<number> {
    if (!this.me) {
      this.me = this.sp.web.currentUser
        .select('Id')<{ Id: number }>()
        .then((u) => u.Id);
      this.me.catch(() => {
        this.me = undefined;
      });
    }
    return this.me;
  }

  /** One post, or undefined when it does not exist (or is not a published post). */
  public async get(id: number, sp: SPFI = this.sp): Promise<StoredPost | undefined> {
    try {
      const row = await this.postsList(sp)
        .items.getById(id)
        .select(...this.select())
        .expand(...POST_EXPAND)<Row>();
      return row[POST_FIELDS.kind] && row[POST_FIELDS.published] ? toPost(row) : undefined;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Several posts by id in `$batch` round trips; missing ones are left out. With `shared`, the
   * reads join that batch when they fit in its room (the caller sends it).
   */
  public async getMany(ids: readonly number[], shared?: { sp: SPFI; room: number }): Promise<Map<number, StoredPost>> {
    if (!ids.length) return new Map();
    const min = Math.min(...ids);
    const span = Math.max(...ids) - min + 1;
    // Posts of one keyword that were written close together have close ids: one request for
    // the id range (served by the id index, never above the threshold) beats one per post.
    if (ids.length > 3 && span <= Math.min(5000, ids.length * 3)) {
      const rows = await this.postsList(shared && shared.room >= 1 ? shared.sp : this.sp)
        .items.filter(`ID ge ${odataInteger(min)} and ID le ${odataInteger(min + span - 1)}`)
        .select(...this.select())
        .expand(...POST_EXPAND)
        .top(span)<Row[]>();
      const wanted = new Set(ids);
      return new Map(
        rows
          .filter((r) => wanted.has(r.Id as number) && r[POST_FIELDS.kind] && r[POST_FIELDS.published])
          .map((r) => [r.Id as number, toPost(r)])
      );
    }
    const settled =
      shared && ids.length <= shared.room
        ? await Promise.all(ids.map((id) => settle(this.get(id, shared.sp))))
        : await batchedSettled(
            this.sp,
            ids.map((id) => (b: SPFI) => this.get(id, b))
          );
    const posts = new Map<number, StoredPost>();
    settled.forEach((outcome, i) => {
      if (outcome.ok && outcome.value) posts.set(ids[i], outcome.value);
      else if (!outcome.ok && (outcome.error as { status?: number }).status !== 404) throw outcome.error;
    });
    return posts;
  }

  /** Publishes a post in its blog (postWrites.ts: the write path loads with the first write). */
  public async create(post: Post): Promise<StoredPost> {
    return (await writes()).createPost(this.writeContext(), post);
  }

  /** Saves an edit; the ETag read with the post refuses it (412) when someone saved in between. */
  public async update(existing: StoredPost, changes: Post): Promise<StoredPost> {
    return (await writes()).updatePost(this.writeContext(), existing, changes);
  }

  /** Removes a post to the recycle bin, and its keyword rows with it. */
  public async remove(post: StoredPost): Promise<void> {
    return (await writes()).removePost(this.writeContext(), post);
  }

  /** Makes the keyword rows match the keywords (postWrites.ts `syncKeywords`). */
  public async syncKeywords(postId: number, keywords: readonly string[], published: Date, existingRows?: Row[]): Promise<void> {
    return (await writes()).syncKeywords(this.writeContext(), postId, keywords, published, existingRows);
  }

  /** Hides or shows a comment (only the blog's owners can: postWrites.ts `setCommentHidden`). */
  public async setCommentHidden(postId: number, commentId: number, hidden: boolean): Promise<StoredPost> {
    return (await writes()).setCommentHidden(this.writeContext(), postId, commentId, hidden);
  }

  private writeContext(): PostWriteContext {
    return { sp: this.sp, env: this.env, blogs: this.blogs, schema: this.schema, posts: this, myId: () => this.myId() };
  }
}
