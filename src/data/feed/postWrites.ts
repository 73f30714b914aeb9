/**
 * Writing posts: publishing, editing, removing, keyword rows, hiding comments. Loaded with the
 * first write (PostRepository delegates here), so reading the feed does not carry it. The rules
 * are PostRepository's: a post lives in its blog's folder (whose permissions decide who may
 * write), its body is sanitised before it is stored, its keyword rows follow its keywords.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IList } from '@pnp/sp/lists';
// Not the domain/feed barrel: it carries the sanitiser (DOMPurify), which loads only when a post is written.
import { diffKeywords, normalizeKeyword, normalizeKeywords, postKeywordKey } from '../../domain/feed/keywords';
import { Post, validatePost } from '../../domain/feed/post';
import { FEED_LISTS, POST_FIELDS, POST_KEYWORD_FIELDS } from '../../lists/feedLists';
import { isDuplicateRefusal, toProblem } from '../errors';
import { odataInteger, odataString } from '../odata';
import { batchedSettled } from './batches';
import { PostInvalidError, PostWriteContext } from './posts';
import { formatIdList, postValues, Row, selectAt, StoredPost, timeKeyValues, valuesAt } from './rows';

function keywordsList(c: PostWriteContext, sp: SPFI = c.sp): IList {
  return sp.web.lists.getByTitle(FEED_LISTS.postKeywords.title);
}

/**
 * `values` with the list's time keys (FEED_TIME_KEYS) worked out from them; `authorId` is the
 * post's Created By, which the values of a write do not carry. The written values themselves
 * leave the author out (SharePoint sets it).
 */
function withTimeKeys(list: 'posts' | 'postKeywords', values: Row, authorId?: number): Row {
  return { ...values, ...timeKeyValues(list, authorId ? { ...values, [`${POST_FIELDS.author}Id`]: authorId } : values) };
}

/**
 * Publishes a post in its blog. The item is created in the blog's folder with the two
 * required columns (AddValidateUpdateItemUsingPath takes values as text in the site's regional
 * format, so dates and lists go in the JSON update that follows); only that update sets
 * Published, which is what makes the post appear in the feed.
 */
export async function createPost(c: PostWriteContext, post: Post): Promise<StoredPost> {
  const issues = validatePost(post);
  if (issues.length) throw new PostInvalidError(issues);
  const [bodyHtml, folderUrl, me] = await Promise.all([c.env.sanitize(post.bodyHtml), c.blogs.folderUrl(post.blogId), c.myId()]);
  const results = await c.posts.postsList().addValidateUpdateItemUsingPath(
    [
      { FieldName: 'Title', FieldValue: post.title.trim() },
      { FieldName: POST_FIELDS.kind, FieldValue: post.kind }
    ],
    folderUrl
  );
  const failed = results.find((r) => r.HasException);
  if (failed) throw new Error(`${failed.FieldName}: ${failed.ErrorMessage}`);
  const idEntry = results.filter((r) => r.FieldName === 'Id')[0];
  const id = idEntry ? Number(idEntry.FieldValue) : results.map((r) => r.ItemId).filter((n) => typeof n === 'number' && n > 0)[0];
  if (!id) throw new Error('SharePoint did not say which item it created.');
  const published = c.env.now();
  try {
    await c.posts
      .postsList()
      .items.getById(id)
      .update(
        valuesAt(
          'posts',
          withTimeKeys('posts', { ...postValues(post, bodyHtml), [POST_FIELDS.published]: published.toISOString() }, me),
          c.schema.version
        )
      );
  } catch (error) {
    // An unpublished shell would only confuse; the author's draft is kept by the editor.
    await c.posts
      .postsList()
      .items.getById(id)
      .delete()
      .catch(() => undefined);
    throw error;
  }
  await syncKeywords(c, id, post.keywords, published, []);
  const stored = await c.posts.get(id);
  if (!stored) throw new Error(`Post ${id} disappeared after saving.`);
  return stored;
}

/** Saves an edit; the ETag read with the post refuses it (412) when someone saved in between. */
export async function updatePost(c: PostWriteContext, existing: StoredPost, changes: Post): Promise<StoredPost> {
  const post: Post = { ...changes, blogId: existing.blogId };
  const issues = validatePost(post);
  if (issues.length) throw new PostInvalidError(issues);
  const bodyHtml = await c.env.sanitize(post.bodyHtml);
  await c.posts
    .postsList()
    .items.getById(existing.id)
    .update(
      // The author stays the post's (Created By), whoever edits it; Published does not change.
      valuesAt(
        'posts',
        withTimeKeys(
          'posts',
          { ...postValues(post, bodyHtml), [POST_FIELDS.published]: existing.published.toISOString() },
          existing.author.id
        ),
        c.schema.version
      ),
      existing.etag
    );
  await syncKeywords(c, existing.id, post.keywords, existing.published);
  const stored = await c.posts.get(existing.id);
  if (!stored) throw new Error(`Post ${existing.id} disappeared after saving.`);
  return stored;
}

/** Removes a post to the recycle bin, and its keyword rows with it. */
export async function removePost(c: PostWriteContext, post: StoredPost): Promise<void> {
  await c.posts.postsList().items.getById(post.id).recycle();
  await syncKeywords(c, post.id, [], post.published).catch(() => undefined);
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
export async function syncKeywords(
  c: PostWriteContext,
  postId: number,
  keywords: readonly string[],
  published: Date,
  existingRows?: Row[]
): Promise<void> {
  const [all, me] = await Promise.all([
    existingRows
      ? Promise.resolve(existingRows)
      : keywordsList(c)
          .items.filter(`${POST_KEYWORD_FIELDS.post}Id eq ${odataInteger(postId)}`)
          .select(...selectAt('postKeywords', KEYWORD_ROW_SELECT, c.schema.version))
          .top(500)<Row[]>(),
    c.myId()
  ]);
  const rows = all.filter((r) => r.AuthorId === me);
  const stored = rows.map((r) => String(r[POST_KEYWORD_FIELDS.keyword] || ''));
  const diff = diffKeywords(stored, normalizeKeywords(keywords).keywords);
  const removals = rows.filter((r) => diff.remove.indexOf(normalizeKeyword(String(r[POST_KEYWORD_FIELDS.keyword] || ''))) >= 0);
  // The post's Published and the time key, as a row of the keyword carries them.
  const dated = (keyword: string): Row =>
    valuesAt(
      'postKeywords',
      withTimeKeys('postKeywords', { [POST_KEYWORD_FIELDS.keyword]: keyword, [POST_KEYWORD_FIELDS.published]: published.toISOString() }),
      c.schema.version
    );
  // Rows that stay but carry another date or key (the post's date changed, a row older than the key).
  const repairs = rows.filter((r) => removals.indexOf(r) < 0 && differs(r, dated(String(r[POST_KEYWORD_FIELDS.keyword] || ''))));
  const settled = await batchedSettled(c.sp, [
    ...diff.add.map(
      (keyword) => (b: SPFI) =>
        keywordsList(c, b).items.add({
          Title: keyword,
          [`${POST_KEYWORD_FIELDS.post}Id`]: postId,
          [POST_KEYWORD_FIELDS.postKeyword]: postKeywordKey(postId, keyword),
          ...dated(keyword)
        })
    ),
    ...removals.map(
      (row) => (b: SPFI) =>
        keywordsList(c, b)
          .items.getById(row.Id as number)
          .delete()
    ),
    ...repairs.map(
      (row) => (b: SPFI) =>
        keywordsList(c, b)
          .items.getById(row.Id as number)
          .update(dated(String(row[POST_KEYWORD_FIELDS.keyword] || '')))
    )
  ]);
  for (let i = 0; i < settled.length; i++) {
    const outcome = settled[i];
    if (outcome.ok) continue;
    const isAdd = i < diff.add.length;
    // A site still at schema v3 (PostKeyword unique) refuses a second row for the key: it is there
    // (read back by the key when the refusal was not plainly a duplicate).
    if (isAdd && (await isDuplicateRefusal(outcome.error, () => keywordRowExists(c, postId, diff.add[i])))) continue;
    const problem = await toProblem(outcome.error);
    if (!isAdd && (problem.kind === 'accessDenied' || problem.kind === 'notFound')) continue;
    throw outcome.error;
  }
}

/** What a post's keyword rows are read with when they are synced. */
const KEYWORD_ROW_SELECT = [
  'Id',
  'AuthorId',
  POST_KEYWORD_FIELDS.keyword,
  POST_KEYWORD_FIELDS.published,
  POST_KEYWORD_FIELDS.keywordPublished
];

/** Whether a keyword row holds other values than `values` (dates compared as instants). */
function differs(row: Row, values: Row): boolean {
  return Object.keys(values).some((key) => {
    if (key === POST_KEYWORD_FIELDS.published) return Date.parse(String(row[key] || '')) !== Date.parse(String(values[key]));
    return key !== POST_KEYWORD_FIELDS.keyword && (row[key] ?? null) !== values[key];
  });
}

/** Is the keyword row of this post and keyword there? Read by its unique key. */
async function keywordRowExists(c: PostWriteContext, postId: number, keyword: string): Promise<boolean> {
  const rows = await keywordsList(c)
    .items.filter(`${POST_KEYWORD_FIELDS.postKeyword} eq ${odataString(postKeywordKey(postId, keyword))}`)
    .select('Id')
    .top(1)<Row[]>();
  return rows.length > 0;
}

/**
 * Hides or shows a comment. The hide lives on the post, which only the blog's owners can
 * write (its folder's permissions), so the server refuses everyone else. Retries on a
 * concurrent change of the post (412) with the fresh list.
 */
export async function setCommentHidden(c: PostWriteContext, postId: number, commentId: number, hidden: boolean): Promise<StoredPost> {
  for (let attempt = 0; ; attempt++) {
    const post = await c.posts.get(postId);
    if (!post) throw Object.assign(new Error(`Post ${postId} not found`), { status: 404 });
    const ids = post.hiddenCommentIds.filter((id) => id !== commentId);
    if (hidden) ids.push(commentId);
    try {
      await c.posts
        .postsList()
        .items.getById(postId)
        .update({ [POST_FIELDS.hiddenComments]: formatIdList(ids) || null }, post.etag);
      return { ...post, hiddenCommentIds: ids };
    } catch (error) {
      if ((error as { status?: number }).status !== 412 || attempt >= 2) throw error;
    }
  }
}
