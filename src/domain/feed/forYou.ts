/**
 * "For you" in the feed (#13 item 7): comments other people wrote on my posts since I last looked,
 * one line per post, newest first. Derived from the lists (data/feed/forYou.ts reads them); what
 * this browser saw last is a moment kept in the browser, and a first look is no news.
 */

export interface CommentSeen {
  id: number;
  postId: number;
  authorId: number;
  authorName: string;
  created: Date;
}

export interface PostNews {
  postId: number;
  postTitle: string;
  /** New comments by others, hidden ones left out. */
  count: number;
  /** Who wrote them, each once, in the order they wrote. */
  people: string[];
  latest: Date;
}

/** The news of my posts: comments by others after `since` that the blog's owners have not hidden. */
export function commentNews(
  posts: ReadonlyArray<{ id: number; title: string; hiddenCommentIds: readonly number[] }>,
  comments: readonly CommentSeen[],
  meId: number,
  since: Date
): PostNews[] {
  const news: PostNews[] = [];
  for (const post of posts) {
    const fresh = comments
      .filter(
        (c) =>
          c.postId === post.id && c.authorId !== meId && c.created.getTime() > since.getTime() && post.hiddenCommentIds.indexOf(c.id) < 0
      )
      .sort((a, b) => a.created.getTime() - b.created.getTime());
    if (fresh.length === 0) continue;
    const people: string[] = [];
    for (const c of fresh) if (people.indexOf(c.authorName) < 0) people.push(c.authorName);
    news.push({ postId: post.id, postTitle: post.title, count: fresh.length, people, latest: fresh[fresh.length - 1].created });
  }
  return news.sort((a, b) => b.latest.getTime() - a.latest.getTime());
}
