/**
 * The reads behind the feed's "For you" (domain/feed/forYou.ts), loaded with it after the first
 * view: two round trips, each bounded at any list size.
 *
 * 1. My posts of the last MY_POSTS_DAYS days: the indexed `Published` range first, then
 *    `AuthorId eq me` AND-ed after it (docs/query-patterns.md row 2), newest MY_POSTS first.
 * 2. Their comments since I last looked: per post, the indexed `PostId eq` first, then `Created gt`
 *    (row 1), at most COMMENTS_PER_POST each, all in one `$batch`.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { commentNews, PostNews } from '../../domain/feed/forYou';
import { COMMENT_FIELDS, FEED_LISTS, POST_FIELDS } from '../../lists/feedLists';
import { odataDate, odataInteger } from '../odata';
import { parseIdList } from './rows';

export const MY_POSTS_DAYS = 180;
export const MY_POSTS = 20;
export const COMMENTS_PER_POST = 50;

interface PostRow {
  Id: number;
  Title?: string;
  [field: string]: unknown;
}
interface CommentRow {
  Id: number;
  Created: string;
  AuthorId: number;
  Author?: { Title?: string };
  [field: string]: unknown;
}

/** Comments by others on the person's recent posts since `since`, one entry per post, newest first. */
export async function commentsOnMyPosts(sp: SPFI, meId: number, since: Date, now: Date, hiddenColumn: boolean): Promise<PostNews[]> {
  const from = new Date(now.getTime() - MY_POSTS_DAYS * 24 * 3600 * 1000);
  const posts = await sp.web.lists
    .getByTitle(FEED_LISTS.posts.title)
    .items.filter(`${POST_FIELDS.published} ge ${odataDate(from)} and AuthorId eq ${odataInteger(meId)}`)
    .select('Id', 'Title', ...(hiddenColumn ? [POST_FIELDS.hiddenComments] : []))
    .orderBy(POST_FIELDS.published, false)
    .top(MY_POSTS)<PostRow[]>();
  if (posts.length === 0) return [];
  const [batched, execute] = sp.batched();
  const reads = posts.map((post) =>
    batched.web.lists
      .getByTitle(FEED_LISTS.comments.title)
      .items.filter(`${COMMENT_FIELDS.post}Id eq ${odataInteger(post.Id)} and Created gt ${odataDate(since)}`)
      .select('Id', 'Created', 'AuthorId', 'Author/Title')
      .expand('Author')
      .orderBy('ID', false)
      .top(COMMENTS_PER_POST)<CommentRow[]>()
  );
  await execute();
  const pages = await Promise.all(reads);
  const comments = pages.flatMap((rows, i) =>
    rows.map((row) => ({
      id: row.Id,
      postId: posts[i].Id,
      authorId: row.AuthorId,
      authorName: row.Author?.Title || '',
      created: new Date(row.Created)
    }))
  );
  return commentNews(
    posts.map((p) => ({ id: p.Id, title: p.Title || '', hiddenCommentIds: parseIdList(p[POST_FIELDS.hiddenComments]) })),
    comments,
    meId,
    since
  );
}
