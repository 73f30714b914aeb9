/** @jest-environment node */
/**
 * Rows written through REST to the feed's lists that every member of staff may add to (keyword
 * rows, comments, likes — likes in reactions.test.ts): what a forged row may change and what not.
 */
import { FEED_LISTS, POST_KEYWORD_FIELDS as K } from '../../src/lists/feedLists';
import { StoredBlog, StoredPost } from '../../src/data/feed';
import { startCursor } from '../../src/data/feed/scan';
import { spError } from '../support/sp';
import { createFeedSite, FeedSite, Person, samplePost } from './site';

describe("forged rows in the feed's lists", () => {
  let s: FeedSite;
  let owner: Person;
  let forger: Person;
  let reader: Person;
  let blog: StoredBlog;
  let old: StoredPost;

  beforeAll(async () => {
    s = await createFeedSite();
    [owner, forger, reader] = [1, 2, 3].map((n) => s.person(n));
    blog = await s.blog('Crisis communication', [owner.id]);
    old = await owner.feed.posts.create(samplePost(blog.id, { title: 'An older post', keywords: ['facebook'] }));
  });

  const keywordRows = (who: Person) => s.site.spAs(who.loginName).web.lists.getByTitle(FEED_LISTS.postKeywords.title).items;
  const byKeyword = async (who: Person, keyword: string): Promise<string[]> =>
    (await who.feed.scan(startCursor({ keyword }), 20)).posts.map((p) => p.title);

  test('keyword rows written for a post before it exists, then deleted, do not take the post out of its keyword', async () => {
    // Post ids are predictable: the forger writes the next few posts' exact keys first.
    const [last] = await s.site
      .spAs(owner.loginName)
      .web.lists.getByTitle(FEED_LISTS.posts.title)
      .items.select('Id')
      .orderBy('Id', false)
      .top(1)<Array<{ Id: number }>>();
    const squatted: number[] = [];
    for (let next = last.Id + 1; next <= last.Id + 4; next++) {
      const row = (await keywordRows(forger).add({
        Title: 'crisis',
        [`${K.post}Id`]: old.id,
        [K.keyword]: 'crisis',
        [K.postKeyword]: `${next}:crisis`,
        [K.published]: '2001-01-01T00:00:00Z'
      })) as { Id: number };
      squatted.push(row.Id);
    }
    const post = await owner.feed.posts.create(samplePost(blog.id, { title: 'Ash cloud', keywords: ['crisis'] }));
    expect(post.id).toBeLessThanOrEqual(last.Id + 4);
    for (const id of squatted) await keywordRows(forger).getById(id).delete();
    expect(await byKeyword(reader, 'crisis')).toEqual(['Ash cloud']);
    // The forged rows pointed at the older post: it never showed under a keyword it does not carry.
    expect(await byKeyword(reader, 'facebook')).toEqual(['An older post']);
  });

  test("a keyword row someone else wrote for a post does not add the keyword, and the owner's save keeps its own rows", async () => {
    const post = await owner.feed.posts.create(samplePost(blog.id, { title: 'Bangkok', keywords: ['thailand'] }));
    await keywordRows(forger).add({
      Title: 'x',
      [`${K.post}Id`]: post.id,
      [K.keyword]: 'scandal',
      [K.postKeyword]: `${post.id}:scandal`,
      [K.published]: post.published.toISOString()
    });
    await keywordRows(forger).add({
      Title: 'x',
      [`${K.post}Id`]: post.id,
      [K.keyword]: 'thailand',
      [K.postKeyword]: `${post.id}:thailand`,
      [K.published]: post.published.toISOString()
    });
    expect(await byKeyword(reader, 'scandal')).toEqual([]);
    // The owner edits the post: their own 'thailand' row is there, so nothing is added twice.
    const edited = await owner.feed.posts.update(post, { ...post, title: 'Bangkok 2010' });
    const rows = await keywordRows(reader).filter(`${K.post}Id eq ${post.id}`).select('AuthorId', K.keyword)<
      Array<{ AuthorId: number; Keyword: string }>
    >();
    expect(rows.filter((r) => r.AuthorId === owner.id).map((r) => r.Keyword)).toEqual(['thailand']);
    // Others cannot delete the owner's row (WriteSecurity 2), and the post stays under its keyword.
    const [ownRow] = await keywordRows(reader).filter(`${K.post}Id eq ${post.id} and AuthorId eq ${owner.id}`).select('Id')<
      Array<{ Id: number }>
    >();
    expect((await spError(keywordRows(forger).getById(ownRow.Id).delete())).status).toBe(403);
    expect(await byKeyword(reader, 'thailand')).toEqual([edited.title]);
  });

  test("a comment is shown as the server's Author: a row cannot claim another writer or change someone else's comment", async () => {
    const post = await owner.feed.posts.create(samplePost(blog.id, { title: 'Cairo', keywords: [] }));
    const comment = await reader.feed.comments.add(post, 'Curfew times were the most read.');
    const comments = s.site.spAs(forger.loginName).web.lists.getByTitle(FEED_LISTS.comments.title).items;
    expect((await spError(comments.getById(comment.id).update({ Body: 'Changed by someone else' }))).status).toBe(403);
    expect((await spError(comments.getById(comment.id).delete())).status).toBe(403);
    // Author is the server's: a body that writes it is refused (read-only field), so a comment is always its writer's.
    const forged = await spError(comments.add({ Title: 'x', PostId: post.id, Body: 'I am the reader', AuthorId: reader.id }));
    expect(forged.status).toBe(400);
    const shown = await reader.feed.comments.forPost(post);
    expect(shown.map((c) => c.body)).toEqual(['Curfew times were the most read.']);
    expect(shown.find((c) => c.id === comment.id)).toMatchObject({ authorId: reader.id, body: 'Curfew times were the most read.' });
  });
});
