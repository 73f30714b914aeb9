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
// Not the domain/feed barrel: it carries the sanitiser (DOMPurify), which loads only when a post is written.
import { diffKeywords, normalizeKeyword, normalizeKeywords, postKeywordKey } from '../../domain/feed/keywords';
import { Post, PostIssue, validatePost } from '../../domain/feed/post';
import { FEED_LISTS, POST_FIELDS, POST_KEYWORD_FIELDS } from '../../lists/feedLists';
import { isDuplicateRefusal, toProblem } from '../errors';
import { odataInteger, odataString } from '../odata';
import { BlogRepository } from './blogs';
import { batchedSettled, settle } from './batches';
import { currentSchema, FeedSchema, formatIdList, POST_EXPAND, POST_SELECT, postValues, Row, selectAt, StoredPost, toPost, valuesAt } from './rows';

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

  private keywordsList(sp: SPFI = this.sp): IList {
    return sp.web.lists.getByTitle(FEED_LISTS.postKeywords.title);
  }

  private me?: Promise<number>;

  /** The signed-in person's id, read once: whose keyword rows are ours. */
  private myId(): Promise<number> {
    if (!this.me) {
      this.me = this.sp.web.currentUser.select('Id')<{ Id: number }>().then((u) => u.Id);
      this.me.catch(() => { this.me = undefined; });
    }
    return this.me;
  }

  /** One post, or undefined when it does not exist (or is not a published post). */
  public async get(id: number, sp: SPFI = this.sp): Promise<StoredPost | undefined> {
    try {
      const row = await this.postsList(sp).items.getById(id).select(...this.select()).expand(...POST_EXPAND)<Row>();
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
      const rows = await this.postsList(shared && shared.room >= 1 ? shared.sp : this.sp).items
        .filter(`ID ge ${odataInteger(min)} and ID le ${odataInteger(min + span - 1)}`)
        .select(...this.select()).expand(...POST_EXPAND).top(span)<Row[]>();
      const wanted = new Set(ids);
      return new Map(rows.filter((r) => wanted.has(r.Id as number) && r[POST_FIELDS.kind] && r[POST_FIELDS.published])
        .map((r) => [r.Id as number, toPost(r)]));
    }
    const settled = shared && ids.length <= shared.room
      ? await Promise.all(ids.map((id) => settle(this.get(id, shared.sp))))
      : await batchedSettled(this.sp, ids.map((id) => (b: SPFI) => this.get(id, b)));
    const posts = new Map<number, StoredPost>();
    settled.forEach((outcome, i) => {
      if (outcome.ok && outcome.value) posts.set(ids[i], outcome.value);
      else if (!outcome.ok && (outcome.error as { status?: number }).status !== 404) throw outcome.error;
    });
    return posts;
  }

  /**
   * Publishes a post in its blog. The item is created in the blog's folder with the two
   * required columns (AddValidateUpdateItemUsingPath takes values as text in the site's regional
   * format, so dates and lists go in the JSON update that follows); only that update sets
   * Published, which is what makes the post appear in the feed.
   */
  public async create(post: Post): Promise<StoredPost> {
    const issues = validatePost(post);
    if (issues.length) throw new PostInvalidError(issues);
    const bodyHtml = await this.env.sanitize(post.bodyHtml);
    const folderUrl = await this.blogs.folderUrl(post.blogId);
    const results = await this.postsList().addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: post.title.trim() },
      { FieldName: POST_FIELDS.kind, FieldValue: post.kind }
    ], folderUrl);
    const failed = results.find((r) => r.HasException);
    if (failed) throw new Error(`${failed.FieldName}: ${failed.ErrorMessage}`);
    const idEntry = results.filter((r) => r.FieldName === 'Id')[0];
    const id = idEntry ? Number(idEntry.FieldValue) : results.map((r) => r.ItemId).filter((n) => typeof n === 'number' && n > 0)[0];
    if (!id) throw new Error('SharePoint did not say which item it created.');
    const published = this.env.now();
    try {
      await this.postsList().items.getById(id).update(valuesAt('posts', {
        ...postValues(post, bodyHtml),
        [POST_FIELDS.published]: published.toISOString()
      }, this.schema.version));
    } catch (error) {
      // An unpublished shell would only confuse; the author's draft is kept by the editor.
      await this.postsList().items.getById(id).delete().catch(() => undefined);
      throw error;
    }
    await this.syncKeywords(id, post.keywords, published, []);
    const stored = await this.get(id);
    if (!stored) throw new Error(`Post ${id} disappeared after saving.`);
    return stored;
  }

  /** Saves an edit; the ETag read with the post refuses it (412) when someone saved in between. */
  public async update(existing: StoredPost, changes: Post): Promise<StoredPost> {
    const post: Post = { ...changes, blogId: existing.blogId };
    const issues = validatePost(post);
    if (issues.length) throw new PostInvalidError(issues);
    const bodyHtml = await this.env.sanitize(post.bodyHtml);
    await this.postsList().items.getById(existing.id).update(valuesAt('posts', postValues(post, bodyHtml), this.schema.version), existing.etag);
    await this.syncKeywords(existing.id, post.keywords, existing.published);
    const stored = await this.get(existing.id);
    if (!stored) throw new Error(`Post ${existing.id} disappeared after saving.`);
    return stored;
  }

  /** Removes a post to the recycle bin, and its keyword rows with it. */
  public async remove(post: StoredPost): Promise<void> {
    await this.postsList().items.getById(post.id).recycle();
    await this.syncKeywords(post.id, [], post.published).catch(() => undefined);
  }

  /**
   * Makes the keyword rows match the keywords. Compared with the rows that exist (not with the
   * post's old keywords), so a save that failed half-way is repaired by the next one. Only the
   * saver's own rows (server-set Author) count as there: any member of staff may add keyword rows
   * and delete their own, so a row someone else wrote — even with this post's exact key, written
   * before the post existed — might be gone tomorrow and never stands in for ours. A row another
   * person created cannot be deleted by this one (WriteSecurity 2); it stays, harmless: the feed
   * checks every keyword row against the post's own Keywords column.
   */
  public async syncKeywords(postId: number, keywords: readonly string[], published: Date, existingRows?: Row[]): Promise<void> {
    const [all, me] = await Promise.all([
      existingRows ? Promise.resolve(existingRows) : this.keywordsList().items
        .filter(`${POST_KEYWORD_FIELDS.post}Id eq ${odataInteger(postId)}`)
        .select('Id', 'AuthorId', POST_KEYWORD_FIELDS.keyword).top(500)<Row[]>(),
      this.myId()
    ]);
    const rows = all.filter((r) => r.AuthorId === me);
    const stored = rows.map((r) => String(r[POST_KEYWORD_FIELDS.keyword] || ''));
    const diff = diffKeywords(stored, normalizeKeywords(keywords).keywords);
    const removals = rows.filter((r) => diff.remove.indexOf(normalizeKeyword(String(r[POST_KEYWORD_FIELDS.keyword] || ''))) >= 0);
    const settled = await batchedSettled(this.sp, [
      ...diff.add.map((keyword) => (b: SPFI) => this.keywordsList(b).items.add({
        Title: keyword,
        [`${POST_KEYWORD_FIELDS.post}Id`]: postId,
        [POST_KEYWORD_FIELDS.keyword]: keyword,
        [POST_KEYWORD_FIELDS.postKeyword]: postKeywordKey(postId, keyword),
        [POST_KEYWORD_FIELDS.published]: published.toISOString()
      })),
      ...removals.map((row) => (b: SPFI) => this.keywordsList(b).items.getById(row.Id as number).delete())
    ]);
    for (let i = 0; i < settled.length; i++) {
      const outcome = settled[i];
      if (outcome.ok) continue;
      const isAdd = i < diff.add.length;
      // A site still at schema v3 (PostKeyword unique) refuses a second row for the key: it is there
      // (read back by the key when the refusal was not plainly a duplicate).
      if (isAdd && await isDuplicateRefusal(outcome.error, () => this.keywordRowExists(postId, diff.add[i]))) continue;
      const problem = await toProblem(outcome.error);
      if (!isAdd && (problem.kind === 'accessDenied' || problem.kind === 'notFound')) continue;
      throw outcome.error;
    }
  }

  /** Is the keyword row of this post and keyword there? Read by its unique key. */
  private async keywordRowExists(postId: number, keyword: string): Promise<boolean> {
    const rows = await this.keywordsList().items.filter(`${POST_KEYWORD_FIELDS.postKeyword} eq ${odataString(postKeywordKey(postId, keyword))}`)
      .select('Id').top(1)<Row[]>();
    return rows.length > 0;
  }

  /**
   * Hides or shows a comment. The hide lives on the post, which only the blog's owners can
   * write (its folder's permissions), so the server refuses everyone else. Retries on a
   * concurrent change of the post (412) with the fresh list.
   */
  public async setCommentHidden(postId: number, commentId: number, hidden: boolean): Promise<StoredPost> {
    for (let attempt = 0; ; attempt++) {
      const post = await this.get(postId);
      if (!post) throw Object.assign(new Error(`Post ${postId} not found`), { status: 404 });
      const ids = post.hiddenCommentIds.filter((id) => id !== commentId);
      if (hidden) ids.push(commentId);
      try {
        await this.postsList().items.getById(postId).update({ [POST_FIELDS.hiddenComments]: formatIdList(ids) || null }, post.etag);
        return { ...post, hiddenCommentIds: ids };
      } catch (error) {
        if ((error as { status?: number }).status !== 412 || attempt >= 2) throw error;
      }
    }
  }
}
