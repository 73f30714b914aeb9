/**
 * Likes and comments of a page of posts without knowing the posts' ids: read by the post's
 * Published, which every like and comment row carries as a copy (PostPublished, indexed). That
 * lets the feed's first view read them in the same `$batch` as the posts themselves.
 *
 * Two reads, both served by the PostPublished index on a list of any size:
 * - `newestReactions`: an ordered walk, newest first, no filter, `$top` rows. The first page of
 *   the unfiltered feed is the newest posts, so their reactions are the newest rows.
 * - `reactionsBetween`: a bounded range `PostPublished ge A and PostPublished le B` (a keyword
 *   page, whose dates are known from its keyword rows). Refused above 5,000 rows; then nothing
 *   is covered and the caller counts per post.
 *
 * What a window proves is a date range `[from, to]`: every row whose PostPublished lies in it was
 * read. A post published in that range has all its honestly written rows in the window; its
 * counts come from those rows, grouped by the Post lookup (never by the date) and under the same
 * rules as `countsFor`: one like per distinct Author of the post's rows (domain `countLikes`). So a forged
 * PostPublished can only take the writer's own row out of the window (an older date) or put it in
 * early (a newer one, where it still counts under its real post, once); a flood of forged rows
 * only shrinks the proven range, and the posts outside it are counted per post. Rows written
 * before the column existed (PostPublished empty) are noticed by a second tiny read (the index
 * walked from its start, where empty values sort) and make the window prove nothing.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IItems } from '@pnp/sp/items';
import { COMMENT_FIELDS, FEED_LISTS, LIKE_FIELDS } from '../../lists/feedLists';
import { odataDate } from '../odata';
import { Page, readPage } from '../paging';
import { settle } from '../settle';
import { countLikes } from '../../domain/feed/feed';
import type { PostCounts } from './reactions';
import { Row, StoredPost } from './rows';

const PUBLISHED = LIKE_FIELDS.postPublished;
const LIKE_SELECT = ['Id', 'AuthorId', `${LIKE_FIELDS.post}Id`, LIKE_FIELDS.likeKey, PUBLISHED];
const COMMENT_SELECT = ['Id', `${COMMENT_FIELDS.post}Id`, COMMENT_FIELDS.postPublished];

/** Requests one window read makes: likes, comments, and a look for rows without the date in each. */
export const WINDOW_REQUESTS = 4;

/** Rows read per list for a page of posts: enough for this many reactions per post on average. */
export const REACTIONS_PER_POST = 50;

export interface ReactionWindow {
  likes: Row[];
  comments: Row[];
  /** Every row with PostPublished in [from, to] (ms) was read; from > to when nothing is proven. */
  from: number;
  to: number;
}

export const EMPTY_WINDOW: ReactionWindow = { likes: [], comments: [], from: Infinity, to: -Infinity };

type Source = 'likes' | 'comments';

function items(sp: SPFI, source: Source): IItems {
  return sp.web.lists.getByTitle(FEED_LISTS[source].title).items.select(...(source === 'likes' ? LIKE_SELECT : COMMENT_SELECT));
}

function dateOf(row: Row | undefined): number | undefined {
  const value = row ? Date.parse(String(row[PUBLISHED] || '')) : NaN;
  return isNaN(value) ? undefined : value;
}

/** Whether rows without PostPublished exist: the index's first entry (empty values sort first). */
function legacyRows(sp: SPFI, source: Source): Promise<boolean> {
  return items(sp, source)
    .orderBy(PUBLISHED, true)
    .orderBy('ID', true)
    .top(1)<Row[]>()
    .then((rows) => rows.length > 0 && dateOf(rows[0]) === undefined);
}

interface Reads {
  likes: Promise<Page>;
  comments: Promise<Page>;
  legacyLikes: Promise<boolean>;
  legacyComments: Promise<boolean>;
}

/** Joins the outcomes; any failure (a site without the column, a refusal) proves nothing. */
async function join(reads: Reads, prove: (likes: Page, comments: Page) => [number, number]): Promise<ReactionWindow> {
  const [likes, comments, legacyLikes, legacyComments] = await Promise.all([
    settle(reads.likes),
    settle(reads.comments),
    settle(reads.legacyLikes),
    settle(reads.legacyComments)
  ]);
  if (!likes.ok || !comments.ok) return EMPTY_WINDOW;
  const [from, to] = prove(likes.value, comments.value);
  const walkedAll = !likes.value.next && !comments.value.next && to === Infinity;
  const legacy = !legacyLikes.ok || !legacyComments.ok || legacyLikes.value || legacyComments.value;
  if (legacy && !walkedAll) return { ...EMPTY_WINDOW, likes: likes.value.rows, comments: comments.value.rows };
  return { likes: likes.value.rows, comments: comments.value.rows, from, to };
}

/**
 * The newest `top` likes and comments by their post's Published (four requests; issue them on a
 * batched `sp` to ride with the posts). Proves everything newer than the oldest row read.
 */
export function newestReactions(sp: SPFI, top: number): Promise<ReactionWindow> {
  const walk = (source: Source): Promise<Page> => readPage(items(sp, source).orderBy(PUBLISHED, false).orderBy('ID', false).top(top));
  const reads: Reads = {
    likes: walk('likes'),
    comments: walk('comments'),
    legacyLikes: legacyRows(sp, 'likes'),
    legacyComments: legacyRows(sp, 'comments')
  };
  const floor = (page: Page): number => {
    if (!page.next) return -Infinity;
    const last = dateOf(page.rows[page.rows.length - 1]);
    // The rows at the last date may continue on the next page: prove only what is strictly newer.
    return last === undefined ? -Infinity : last + 1;
  };
  return join(reads, (likes, comments) => [Math.max(floor(likes), floor(comments)), Infinity]);
}

/** Likes and comments of posts published in [from, to], a bounded range of the index. */
export function reactionsBetween(sp: SPFI, from: Date, to: Date): Promise<ReactionWindow> {
  const range = (source: Source): Promise<Page> =>
    readPage(
      items(sp, source)
        .filter(`${PUBLISHED} ge ${odataDate(from)} and ${PUBLISHED} le ${odataDate(to)}`)
        .top(5000)
    );
  const reads: Reads = {
    likes: range('likes'),
    comments: range('comments'),
    legacyLikes: legacyRows(sp, 'likes'),
    legacyComments: legacyRows(sp, 'comments')
  };
  return join(reads, (likes, comments) => (likes.next || comments.next ? [Infinity, -Infinity] : [from.getTime(), to.getTime()]));
}

/**
 * Counts for the posts the window proves, keyed by the Post lookup; the others come back in
 * `missing`, to be counted per post.
 */
export function countFromWindow(
  posts: readonly StoredPost[],
  window: ReactionWindow,
  viewerId: number
): { counts: Map<number, PostCounts>; missing: StoredPost[] } {
  const counts = new Map<number, PostCounts>();
  const missing: StoredPost[] = [];
  const byPost = (rows: Row[], field: string): Map<number, Row[]> => {
    const map = new Map<number, Row[]>();
    const seen = new Set<number>();
    for (const row of rows) {
      const postId = row[`${field}Id`] as number;
      if (seen.has(row.Id as number)) continue;
      seen.add(row.Id as number);
      const list = map.get(postId);
      if (list) list.push(row);
      else map.set(postId, [row]);
    }
    return map;
  };
  const likes = byPost(window.likes, LIKE_FIELDS.post);
  const comments = byPost(window.comments, COMMENT_FIELDS.post);
  for (const post of posts) {
    const published = post.published.getTime();
    if (!(published >= window.from && published <= window.to)) {
      missing.push(post);
      continue;
    }
    counts.set(post.id, {
      ...countLikes(
        (likes.get(post.id) || []).map((r) => r.AuthorId),
        viewerId
      ),
      comments: (comments.get(post.id) || []).filter((r) => post.hiddenCommentIds.indexOf(r.Id as number) < 0).length
    });
  }
  return { counts, missing };
}
