/**
 * Comments and likes under posts.
 *
 * Comments: everyone adds; only the author edits or deletes (the list's WriteSecurity 2 makes
 * the server refuse anyone else with 403); blog owners hide (on the post, see posts.ts).
 * Likes: one per person and post, counted as the distinct server-set Authors of the post's like
 * rows (domain `countLikes`). No column the writer chooses decides: up to schema v3 a unique LikeKey
 * "<postId>:<personId>" did, and anyone could write someone else's key first and so stop them
 * liking. Two likes at the same moment give two rows of one author: one like.
 * Both carry the post's Published (PostPublished), copied from the post the writer sees, so the
 * first view can find them by date (window.ts); on a site without that column they are written
 * without it.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IList } from '@pnp/sp/lists';
import { countLikes, likeKey, validateComment } from '../../domain/feed/feed';
import { toPlainText, truncateText } from '../../domain/feed/plainText';
import { COMMENT_FIELDS, FEED_LISTS, LIKE_FIELDS } from '../../lists/feedLists';
import { isDuplicateRefusal, toProblem } from '../errors';
import { odataInteger, odataString } from '../odata';
import { readAll } from '../paging';
import { settle } from '../settle';
import { batchedSettled } from './batches';
import { COMMENT_SELECT, Row, StoredComment, StoredPost, toComment } from './rows';

/** What a like or a comment needs to know of its post. */
export type PostRef = Pick<StoredPost, 'id' | 'published'>;

/**
 * Adds a row with the post's Published; when the site does not have that column yet (a site
 * still at schema version 1), adds it without, rather than fail the like or the comment.
 */
async function addWithPostPublished(list: IList, values: Row, published: Date): Promise<{ Id: number }> {
  const field = LIKE_FIELDS.postPublished;
  if (isNaN(published.getTime())) return list.items.add(values) as Promise<{ Id: number }>;
  try {
    return (await list.items.add({ ...values, [field]: published.toISOString() })) as { Id: number };
  } catch (error) {
    const problem = await toProblem(error);
    if (problem.kind !== 'invalid' || (problem.detail || '').indexOf(`'${field}'`) < 0) throw error;
    return list.items.add(values) as Promise<{ Id: number }>;
  }
}

export interface PostCounts {
  likes: number;
  likedByMe: boolean;
  /** Comments shown to everyone (hidden ones are not counted). */
  comments: number;
}

/** The comment breaks the domain's rules (empty or too long); nothing was sent. */
export class CommentInvalidError extends Error {
  public constructor(public readonly code: string) {
    super(`The comment is not valid: ${code}`);
    this.name = 'CommentInvalidError';
  }
}

function commentTitle(body: string): string {
  return truncateText(toPlainText(body).replace(/\s+/g, ' '), 80) || '…';
}

export class CommentRepository {
  public constructor(private readonly sp: SPFI) {}

  private list(sp: SPFI = this.sp): IList {
    return sp.web.lists.getByTitle(FEED_LISTS.comments.title);
  }

  /** All comments under a post, oldest first (the post's Post index serves the filter). */
  public async forPost(post: StoredPost): Promise<StoredComment[]> {
    const rows = await readAll(
      this.sp,
      this.list()
        .items.filter(`${COMMENT_FIELDS.post}Id eq ${odataInteger(post.id)}`)
        .select(...COMMENT_SELECT)
        .expand('Author')
        .orderBy('ID', true)
        .top(500)
    );
    return rows.map((row) => toComment(row, post.hiddenCommentIds));
  }

  private async read(id: number, hiddenIds: readonly number[]): Promise<StoredComment> {
    const row = await this.list()
      .items.getById(id)
      .select(...COMMENT_SELECT)
      .expand('Author')<Row>();
    return toComment(row, hiddenIds);
  }

  public async add(post: StoredPost, body: string): Promise<StoredComment> {
    const text = body.trim();
    const issues = validateComment(text);
    if (issues.length) throw new CommentInvalidError(issues[0]);
    const added = await addWithPostPublished(
      this.list(),
      {
        Title: commentTitle(text),
        [`${COMMENT_FIELDS.post}Id`]: post.id,
        [COMMENT_FIELDS.body]: text
      },
      post.published
    );
    return this.read(added.Id, post.hiddenCommentIds);
  }

  /** Only the author may; the server answers 403 to anyone else, 412 if it changed meanwhile. */
  public async edit(comment: StoredComment, body: string): Promise<StoredComment> {
    const text = body.trim();
    const issues = validateComment(text);
    if (issues.length) throw new CommentInvalidError(issues[0]);
    await this.list()
      .items.getById(comment.id)
      .update({ Title: commentTitle(text), [COMMENT_FIELDS.body]: text }, comment.etag);
    return this.read(comment.id, comment.hidden ? [comment.id] : []);
  }

  public async remove(comment: StoredComment): Promise<void> {
    await this.list().items.getById(comment.id).delete(comment.etag);
  }

  /** Comment ids per post, for counting: one request per post. */
  public idsFor(postId: number, sp: SPFI = this.sp): Promise<Row[]> {
    return this.list(sp)
      .items.filter(`${COMMENT_FIELDS.post}Id eq ${odataInteger(postId)}`)
      .select('Id')
      .top(5000)<Row[]>();
  }
}

export class LikeRepository {
  public constructor(private readonly sp: SPFI) {}

  private list(sp: SPFI = this.sp): IList {
    return sp.web.lists.getByTitle(FEED_LISTS.likes.title);
  }

  /** Likes the post as `personId` (the signed-in person). Liking twice is still one like. */
  public async like(post: PostRef, personId: number): Promise<void> {
    const key = likeKey(post.id, personId);
    try {
      await addWithPostPublished(
        this.list(),
        { Title: key, [`${LIKE_FIELDS.post}Id`]: post.id, [LIKE_FIELDS.likeKey]: key },
        post.published
      );
    } catch (error) {
      // A site still at schema v3 (LikeKey unique) refuses a second like: it is there (read back
      // when the refusal was a plain SPException rather than SPDuplicateValuesFoundException).
      if (!(await isDuplicateRefusal(error, () => this.likeExists(key)))) throw error;
    }
  }

  private async likeExists(key: string): Promise<boolean> {
    const rows = await this.list()
      .items.filter(`${LIKE_FIELDS.likeKey} eq ${odataString(key)}`)
      .select('Id')
      .top(1)<Row[]>();
    return rows.length > 0;
  }

  /** Takes the like back: deletes every like row the signed-in person wrote on the post (WriteSecurity 2). */
  public async unlike(postId: number, personId: number): Promise<void> {
    // The Post index first; the Author clause only narrows what it yields.
    const rows = await this.list()
      .items.filter(`${LIKE_FIELDS.post}Id eq ${odataInteger(postId)} and AuthorId eq ${odataInteger(personId)}`)
      .select('Id', 'AuthorId')
      .top(100)<Array<{ Id: number; AuthorId: number }>>();
    for (const row of rows.filter((r) => r.AuthorId === personId)) {
      try {
        await this.list().items.getById(row.Id).delete();
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
      }
    }
  }

  public async setLiked(post: PostRef, personId: number, liked: boolean): Promise<void> {
    return liked ? this.like(post, personId) : this.unlike(post.id, personId);
  }

  /** Likes of a post: one request; a post with more than 5,000 likes shows 5,000. */
  public rowsFor(postId: number, sp: SPFI = this.sp): Promise<Row[]> {
    return this.list(sp)
      .items.filter(`${LIKE_FIELDS.post}Id eq ${odataInteger(postId)}`)
      .select('Id', 'AuthorId', LIKE_FIELDS.likeKey)
      .top(5000)<Row[]>();
  }
}

/** A post's like and comment rows as read per post; undefined for a list that could not be read. */
export interface PostReactionRows {
  likes?: Row[];
  comments?: Row[];
}

/**
 * The like and comment rows of posts by id, in `$batch` round trips (two requests per post: a page
 * of ten is one batch). Needs only the ids, so a keyword page can read them alongside its posts.
 */
/**
 * `reactionRowsFor` in a `$batch` the caller sends (its `maxRequests` must hold 2 reads a post):
 * the likes and comments of each post join the caller's other reads in one round trip.
 */
export async function reactionRowsIn(
  batched: SPFI,
  comments: CommentRepository,
  likes: LikeRepository,
  postIds: readonly number[]
): Promise<Map<number, PostReactionRows>> {
  const reads = postIds.map((id) => [settle(likes.rowsFor(id, batched)), settle(comments.idsFor(id, batched))] as const);
  const rows = new Map<number, PostReactionRows>();
  for (let i = 0; i < postIds.length; i++) {
    const [likeRows, commentRows] = [await reads[i][0], await reads[i][1]];
    rows.set(postIds[i], { likes: likeRows.ok ? likeRows.value : undefined, comments: commentRows.ok ? commentRows.value : undefined });
  }
  return rows;
}

export async function reactionRowsFor(
  sp: SPFI,
  comments: CommentRepository,
  likes: LikeRepository,
  postIds: readonly number[]
): Promise<Map<number, PostReactionRows>> {
  const settled = await batchedSettled(
    sp,
    postIds.reduce<Array<(b: SPFI) => Promise<Row[]>>>((calls, id) => {
      calls.push(
        (b) => likes.rowsFor(id, b),
        (b) => comments.idsFor(id, b)
      );
      return calls;
    }, [])
  );
  const rows = new Map<number, PostReactionRows>();
  postIds.forEach((id, i) => {
    const likeRows = settled[2 * i];
    const commentRows = settled[2 * i + 1];
    rows.set(id, { likes: likeRows.ok ? likeRows.value : undefined, comments: commentRows.ok ? commentRows.value : undefined });
  });
  return rows;
}

/** A post's counts from its rows: likes by domain `countLikes`, comments without the hidden ones. */
export function countsFromRows(post: StoredPost, rows: PostReactionRows, viewerId: number): PostCounts {
  return {
    ...countLikes(
      (rows.likes || []).map((r) => r.AuthorId),
      viewerId
    ),
    comments: (rows.comments || []).filter((r) => post.hiddenCommentIds.indexOf(r.Id as number) < 0).length
  };
}

/** Likes and comments of a page of posts (`reactionRowsFor`), counted. */
export async function countsFor(
  sp: SPFI,
  comments: CommentRepository,
  likes: LikeRepository,
  posts: readonly StoredPost[],
  viewerId: number
): Promise<Map<number, PostCounts>> {
  const rows = await reactionRowsFor(
    sp,
    comments,
    likes,
    posts.map((p) => p.id)
  );
  const counts = new Map<number, PostCounts>();
  for (const post of posts) counts.set(post.id, countsFromRows(post, rows.get(post.id) || {}, viewerId));
  return counts;
}
