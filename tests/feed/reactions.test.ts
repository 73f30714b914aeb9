/** @jest-environment node */
import { FEED_LISTS } from '../../src/lists/feedLists';
import { CommentInvalidError, StoredBlog, StoredPost } from '../../src/data/feed';
import { spError } from '../support/sp';
import { createFeedSite, FeedSite, Person, samplePost } from './site';

describe('comments and likes through @pnp/sp', () => {
  let s: FeedSite;
  let owner: Person;
  let mika: Person;
  let maria: Person;
  let blog: StoredBlog;
  let post: StoredPost;

  beforeAll(async () => {
    s = await createFeedSite();
    owner = s.person(1);
    mika = s.person(2);
    maria = s.person(3);
    blog = await s.blog('Discussion', [owner.id]);
    post = await owner.feed.posts.create(samplePost(blog.id));
  });

  test('anyone comments; only the author edits and deletes (403 from the server for others)', async () => {
    const comment = await mika.feed.comments.add(post, '  Thanks, this helped us in Bangkok.  ');
    expect(comment).toMatchObject({
      postId: post.id,
      authorId: mika.id,
      authorName: mika.title,
      body: 'Thanks, this helped us in Bangkok.',
      hidden: false
    });
    const edited = await mika.feed.comments.edit(comment, 'Thanks, this helped us in Bangkok and Cairo.');
    expect(edited.body).toBe('Thanks, this helped us in Bangkok and Cairo.');
    await expect(maria.feed.comments.edit(edited, 'Not mine')).rejects.toMatchObject({ status: 403 });
    await expect(owner.feed.comments.edit(edited, 'Blog owner, still not mine')).rejects.toMatchObject({ status: 403 });
    await expect(maria.feed.comments.remove(edited)).rejects.toMatchObject({ status: 403 });
    // Plain REST too: the list's WriteSecurity 2 is what refuses.
    const list = s.site.spAs(maria.loginName).web.lists.getByTitle(FEED_LISTS.comments.title);
    expect((await spError(list.items.getById(edited.id).update({ Body: 'x' }))).status).toBe(403);
    await expect(mika.feed.comments.edit(comment, 'stale')).rejects.toMatchObject({ status: 412 });
    await mika.feed.comments.remove(edited);
    expect(await mika.feed.comments.forPost(post)).toEqual([]);
  });

  test('empty and over-long comments are refused before sending', async () => {
    await expect(mika.feed.comments.add(post, '   ')).rejects.toBeInstanceOf(CommentInvalidError);
    await expect(mika.feed.comments.add(post, 'x'.repeat(4001))).rejects.toMatchObject({ code: 'commentTooLong' });
  });

  test('the blog owner hides and shows a comment; nobody else can (the hide lives on the post)', async () => {
    const comment = await maria.feed.comments.add(post, 'Off-topic advertisement');
    await expect(mika.feed.posts.setCommentHidden(post.id, comment.id, true)).rejects.toMatchObject({ status: 403 });
    await expect(maria.feed.posts.setCommentHidden(post.id, comment.id, true)).rejects.toMatchObject({ status: 403 });
    const hiddenOn = await owner.feed.posts.setCommentHidden(post.id, comment.id, true);
    expect(hiddenOn.hiddenCommentIds).toEqual([comment.id]);
    const seen = await mika.feed.comments.forPost((await mika.feed.posts.get(post.id)) as StoredPost);
    expect(seen.find((c) => c.id === comment.id)).toMatchObject({ hidden: true });
    const counted = await mika.feed.item(post.id);
    expect(counted?.counts.comments).toBe(0);
    await owner.feed.posts.setCommentHidden(post.id, comment.id, false);
    expect((await mika.feed.item(post.id))?.counts.comments).toBe(1);
  });

  test('one like per person: ten at once count once; unlike removes only your own', async () => {
    await Promise.all(Array.from({ length: 10 }, () => mika.feed.likes.like(post, mika.id)));
    await maria.feed.likes.like(post, maria.id);
    const rows = await s.site
      .spAs(mika.loginName)
      .web.lists.getByTitle(FEED_LISTS.likes.title)
      .items.filter(`PostId eq ${post.id}`)
      .select('AuthorId')<Array<{ AuthorId: number }>>();
    expect(new Set(rows.map((r) => r.AuthorId))).toEqual(new Set([mika.id, maria.id]));
    expect((await mika.feed.item(post.id))?.counts).toMatchObject({ likes: 2, likedByMe: true });
    await mika.feed.likes.setLiked(post, mika.id, false);
    expect((await mika.feed.item(post.id))?.counts).toMatchObject({ likes: 1, likedByMe: false });
    // Someone else's like cannot be taken back by me, even over REST.
    const [marias] = await s.site
      .spAs(mika.loginName)
      .web.lists.getByTitle(FEED_LISTS.likes.title)
      .items.filter(`PostId eq ${post.id}`)
      .select('Id')<Array<{ Id: number }>>();
    expect(
      (await spError(s.site.spAs(mika.loginName).web.lists.getByTitle(FEED_LISTS.likes.title).items.getById(marias.Id).delete())).status
    ).toBe(403);
  });

  test("a like row written with someone else's key is only its writer's own like, and does not stop them liking", async () => {
    const other = await owner.feed.posts.create(samplePost(blog.id, { title: 'Forgery check' }));
    const likes = s.site.spAs(maria.loginName).web.lists.getByTitle(FEED_LISTS.likes.title).items;
    // Maria writes Mika's key (twice): it counts once, as Maria's, never as Mika's.
    await likes.add({ Title: 'x', PostId: other.id, LikeKey: `${other.id}:${mika.id}` });
    await likes.add({ Title: 'x', PostId: other.id, LikeKey: `${other.id}:${mika.id}` });
    expect((await mika.feed.item(other.id))?.counts).toMatchObject({ likes: 1, likedByMe: false });
    expect((await maria.feed.item(other.id))?.counts).toMatchObject({ likes: 1, likedByMe: true });
    // Mika's own like goes through (no unique key to squat) and counts.
    await mika.feed.likes.like(other, mika.id);
    expect((await mika.feed.item(other.id))?.counts).toMatchObject({ likes: 2, likedByMe: true });
    await mika.feed.likes.setLiked(other, mika.id, false);
    expect((await mika.feed.item(other.id))?.counts).toMatchObject({ likes: 1, likedByMe: false });
  });
});
