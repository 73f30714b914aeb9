/** @jest-environment node */
/**
 * The feed's first view in one `$batch`: the page's likes and comments are read by the posts'
 * Published (PostPublished on every like and comment), so they ride with the posts. Counted
 * requests are HTTP requests the emulator received (a `$batch` is one).
 */
import { FEED_LISTS } from '../../src/lists/feedLists';
import { provision } from '../../src/lists/provision';
import { schemaAt } from '../../src/lists/schema';
import { FeedFirstView, FeedService, PostCounts, searchTextOf, StoredBlog, StoredPost } from '../../src/data/feed';
import { startCursor } from '../../src/data/feed/scan';
import { createTestSite } from '../support/sp';
import { createFeedSite, FeedSite, MEMBERS, Person, purifyWindow, samplePost } from './site';

/** Runs `call` and says how many HTTP requests and index rows it cost. */
async function measured<T>(s: FeedSite, call: () => Promise<T>): Promise<{ value: T; requests: number; rowsRead: number }> {
  const before = s.site.emulator.stats();
  const value = await call();
  const after = s.site.emulator.stats();
  return { value, requests: after.requests - before.requests, rowsRead: after.rowsRead - before.rowsRead };
}

function countsOf(view: FeedFirstView): Record<string, PostCounts> {
  return Object.fromEntries(view.page.items.map((i) => [i.post.title, i.counts]));
}

/** The same counts, one post at a time (by the Post lookup): what the first view must agree with. */
async function perPost(person: Person, view: FeedFirstView): Promise<Record<string, PostCounts>> {
  const out: Record<string, PostCounts> = {};
  for (const item of view.page.items) out[item.post.title] = ((await person.feed.item(item.post.id)) as { counts: PostCounts }).counts;
  return out;
}

async function writePosts(
  s: FeedSite,
  owner: Person,
  blog: StoredBlog,
  titles: string[],
  keywords: string[] = ['crisis']
): Promise<StoredPost[]> {
  const posts: StoredPost[] = [];
  for (let i = 0; i < titles.length; i++) {
    const at = new Date(Date.UTC(2026, 0, 1 + i, 9));
    const feed = new FeedService(s.site.spAs(owner.loginName), { window: purifyWindow, now: () => at });
    posts.push(await feed.posts.create(samplePost(blog.id, { title: titles[i], keywords })));
  }
  return posts;
}

describe('the first view in one round trip', () => {
  let s: FeedSite;
  let owner: Person;
  let mika: Person;
  let maria: Person;
  let pekka: Person;
  let posts: StoredPost[];

  beforeAll(async () => {
    s = await createFeedSite();
    owner = s.person(1);
    mika = s.person(2);
    maria = s.person(3);
    pekka = s.person(4);
    const blog = await s.blog('Crisis communication', [owner.id]);
    posts = await writePosts(s, owner, blog, ['Ash cloud', 'Bangkok', 'Cairo', 'Japan']);
    const [ash, bangkok, cairo] = posts;
    await mika.feed.likes.like(ash, mika.id);
    await mika.feed.likes.like(bangkok, mika.id);
    await maria.feed.likes.like(ash, maria.id);
    await mika.feed.comments.add(ash, 'Local Facebook groups reached ~2,000 Finns.');
    await maria.feed.comments.add(ash, 'We did the same in Madrid.');
    await maria.feed.comments.add(cairo, 'Curfew times were the most read.');
    const hidden = await pekka.feed.comments.add(bangkok, 'Off topic');
    await owner.feed.posts.setCommentHidden(bangkok.id, hidden.id, true);
  });

  test('no filter: one HTTP request carries the viewer, blogs, posts and their counts', async () => {
    const { value: view, requests } = await measured(s, () => mika.feed.firstView());
    expect(requests).toBe(1);
    expect(view.viewer).toMatchObject({ id: mika.id, canManageBlogs: false });
    expect(view.blogs.map((b) => b.title)).toEqual(['Crisis communication']);
    expect(view.page.items.map((i) => i.post.title)).toEqual(['Japan', 'Cairo', 'Bangkok', 'Ash cloud']);
    expect(countsOf(view)).toEqual({
      'Ash cloud': { likes: 2, likedByMe: true, comments: 2 },
      Bangkok: { likes: 1, likedByMe: true, comments: 0 },
      Cairo: { likes: 0, likedByMe: false, comments: 1 },
      Japan: { likes: 0, likedByMe: false, comments: 0 }
    });
    expect(countsOf(view)).toEqual(await perPost(mika, view));
  });

  test('a keyword: keyword rows in the first batch, posts and counts together in a second', async () => {
    const { value: view, requests } = await measured(s, () => maria.feed.firstView({ keyword: 'crisis' }));
    expect(requests).toBe(2);
    expect(view.page.items.map((i) => i.post.title)).toEqual(['Japan', 'Cairo', 'Bangkok', 'Ash cloud']);
    expect(countsOf(view)['Ash cloud']).toEqual({ likes: 2, likedByMe: true, comments: 2 });
    expect(countsOf(view)).toEqual(await perPost(maria, view));
  });

  test("forged copies: a row in someone else's name is only its writer's own like; on a small list even a false date is found", async () => {
    const [ash, bangkok] = posts;
    const likes = s.site.spAs(pekka.loginName).web.lists.getByTitle(FEED_LISTS.likes.title);
    // Pekka writes a like in the owner's name, dated so that the window finds it: it counts once, as Pekka's own.
    await likes.items.add({ Title: 'x', PostId: ash.id, LikeKey: `${ash.id}:${owner.id}`, PostPublished: '2099-01-01T00:00:00Z' });
    // Pekka likes Bangkok with a wrong (old) date: the walk read the whole (small) list, so it counts.
    await likes.items.add({ Title: 'y', PostId: bangkok.id, LikeKey: `${bangkok.id}:${pekka.id}`, PostPublished: '2001-01-01T00:00:00Z' });
    const { value: view, requests } = await measured(s, () => mika.feed.firstView());
    expect(requests).toBe(1);
    expect(countsOf(view)['Ash cloud']).toEqual({ likes: 3, likedByMe: true, comments: 2 });
    expect(countsOf(view).Bangkok).toEqual({ likes: 2, likedByMe: true, comments: 0 });
    expect(countsOf(view)).toEqual(await perPost(mika, view));
    // The owner's own like is not taken by it: not counted as theirs, and theirs still goes through.
    expect((await owner.feed.item(ash.id))?.counts).toMatchObject({ likes: 3, likedByMe: false });
  });

  test('a flood of forged rows crowding the window costs one more round trip, never a wrong count', async () => {
    const [ash] = posts;
    s.site.emulator.seedItems(
      FEED_LISTS.likes.title,
      Array.from({ length: 600 }, (_x, i) => ({
        Title: 'flood',
        PostId: ash.id,
        LikeKey: `flood:${i}`,
        PostPublished: '2099-06-01T00:00:00Z'
      })),
      pekka.loginName
    );
    const { value: view, requests } = await measured(s, () => mika.feed.firstView());
    expect(requests).toBe(2);
    expect(countsOf(view)).toEqual(await perPost(mika, view));
    // All Pekka's: one like, already counted.
    expect(countsOf(view)['Ash cloud'].likes).toBe(3);
  });
});

describe('the first view falls back gracefully', () => {
  test('on a small list rows written before the column existed are read by the same walk', async () => {
    const s = await createFeedSite();
    const owner = s.person(1);
    const mika = s.person(2);
    const blog = await s.blog('Tokyo', [owner.id]);
    const [post] = await writePosts(s, owner, blog, ['Earthquake']);
    await mika.feed.likes.like(post, mika.id);
    // An older client's like: no PostPublished.
    s.site.emulator.seedItems(
      FEED_LISTS.likes.title,
      [{ Title: 'old', PostId: post.id, LikeKey: `${post.id}:${owner.id}` }],
      owner.loginName
    );
    const { value: view, requests } = await measured(s, () => mika.feed.firstView());
    expect(requests).toBe(1);
    expect(view.page.items[0].counts).toEqual({ likes: 2, likedByMe: true, comments: 0 });
  });

  test('a site at schema version 1: read without the newer columns, likes written without the copy', async () => {
    const site = createTestSite();
    await provision(site.spAs(site.adminLogin), schemaAt(1), 1);
    const writer = site.addUser('writer@contoso.onmicrosoft.com', 'Writer', MEMBERS);
    const reader = site.addUser('reader@contoso.onmicrosoft.com', 'Reader', MEMBERS);
    const [blogId] = site.emulator.seedItems(
      FEED_LISTS.blogs.title,
      [{ Title: 'Old blog', BlogKind: 'person', BlogOwnersId: [writer.id] }],
      site.adminLogin
    );
    const [postId] = site.emulator.seedItems(
      FEED_LISTS.posts.title,
      [
        {
          Title: 'Written at version 1',
          PostKind: 'blogPost',
          BlogId: blogId,
          Published: '2025-05-01T10:00:00Z',
          Body: '<p>Hello</p>',
          Keywords: 'old',
          Licence: 'none'
        }
      ],
      writer.loginName
    );
    const feed = new FeedService(site.spAs(reader.loginName), { window: purifyWindow });
    const before = site.emulator.stats().requests;
    const first = await feed.firstView();
    expect(first.page.items.map((i) => i.post.title)).toEqual(['Written at version 1']);
    expect(first.page.items[0].post.id).toBe(postId);
    // The batch finds the old version, the second reads without the newer columns, counts per post.
    expect(site.emulator.stats().requests - before).toBe(3);
    await feed.likes.like(first.page.items[0].post, reader.id);
    await feed.comments.add(first.page.items[0].post, 'Still works.');
    const again = await feed.firstView();
    expect(again.blogs.map((b) => b.title)).toEqual(['Old blog']);
    expect(again.page.items[0].counts).toEqual({ likes: 1, likedByMe: true, comments: 1 });
    site.dispose();
  });
});

describe('the first view on large lists: 12,000 posts, 50,000 likes, 12,000 comments', () => {
  let s: FeedSite;
  let reader: Person;
  const TOTAL = 12000;
  const LIKERS = 10;
  const start = Date.UTC(2025, 0, 1);
  const likedBy = (i: number, k: number): boolean => (i + k) % 12 < 5;

  beforeAll(async () => {
    s = await createFeedSite();
    const owner = s.person(1);
    reader = s.person(2);
    const blog = await s.blog('Big blog', [owner.id]);
    const folder = await s.admin.feed.blogs.folderUrl(blog.id);
    const rows = Array.from({ length: TOTAL }, (_x, i) => ({
      Title: `Post ${i}`,
      PostKind: 'blogPost',
      BlogId: blog.id,
      Published: new Date(start + i * 600000).toISOString(),
      Keywords: 'crisis',
      Body: '<p>Hay</p>',
      Licence: 'none',
      FileDirRef: folder,
      SearchText: searchTextOf({ title: `Post ${i}`, bodyHtml: '<p>Hay</p>', keywords: ['crisis'] })
    }));
    const ids = s.site.emulator.seedItems(FEED_LISTS.posts.title, rows, owner.loginName);
    let likes = 0;
    for (let k = 0; k < LIKERS; k++) {
      const liker = s.person(100 + k);
      const mine = [];
      for (let i = 0; i < TOTAL; i++) {
        if (!likedBy(i, k)) continue;
        mine.push({ Title: 'like', PostId: ids[i], LikeKey: `${ids[i]}:${liker.id}`, PostPublished: rows[i].Published });
      }
      likes += s.site.emulator.seedItems(FEED_LISTS.likes.title, mine, liker.loginName).length;
    }
    expect(likes).toBe(50000);
    s.site.emulator.seedItems(
      FEED_LISTS.comments.title,
      ids.map((id, i) => ({
        Title: 'c',
        PostId: id,
        Body: 'Thanks',
        PostPublished: rows[i].Published
      })),
      owner.loginName
    );
  });

  test("one request, no threshold error, and the rows read stay far below the lists' sizes", async () => {
    const { value: view, requests, rowsRead } = await measured(s, () => reader.feed.firstView());
    expect(requests).toBe(1);
    expect(view.page.items.map((i) => i.post.title)).toEqual(Array.from({ length: 10 }, (_x, n) => `Post ${TOTAL - 1 - n}`));
    for (const item of view.page.items) {
      const i = Number(item.post.title.split(' ')[1]);
      const expected = Array.from({ length: LIKERS }, (_x, k) => k).filter((k) => likedBy(i, k)).length;
      expect(item.counts).toEqual({ likes: expected, likedByMe: false, comments: 1 });
    }
    // Posts: an 11-row walk; likes and comments: a walk of 501 rows each; the probes, blogs and settings a few.
    expect(rowsRead).toBeLessThan(1100);
    process.stdout.write(`first view on large lists: ${requests} request, ${rowsRead} rows read\n`);
  });

  test("a false date misplaces only the writer's own like; a false key counts only as its writer's like", async () => {
    const [newest] = (await reader.feed.scan(startCursor({}), 1)).posts;
    const likes = s.site.spAs(reader.loginName).web.lists.getByTitle(FEED_LISTS.likes.title);
    const before = (await reader.feed.item(newest.id))?.counts as PostCounts;
    await likes.items.add({
      Title: 'mine',
      PostId: newest.id,
      LikeKey: `${newest.id}:${reader.id}`,
      PostPublished: '2001-01-01T00:00:00Z'
    });
    // Someone else writes the reader's key with the right date: it is their own like, not the reader's.
    const forger = s.person(201);
    await s.site
      .spAs(forger.loginName)
      .web.lists.getByTitle(FEED_LISTS.likes.title)
      .items.add({
        Title: 'forged',
        PostId: newest.id,
        LikeKey: `${newest.id}:${reader.id}`,
        PostPublished: newest.published.toISOString()
      });
    const { value: view, requests } = await measured(s, () => reader.feed.firstView());
    expect(requests).toBe(1);
    expect(view.page.items[0].counts).toEqual({ ...before, likes: before.likes + 1 });
    expect((await reader.feed.item(newest.id))?.counts).toEqual({ ...before, likes: before.likes + 2, likedByMe: true });
  });

  test('rows written before the column existed make the page count per post: one more round trip', async () => {
    const [newest] = (await reader.feed.scan(startCursor({}), 1)).posts;
    const old = s.person(200);
    s.site.emulator.seedItems(FEED_LISTS.comments.title, [{ Title: 'old', PostId: newest.id, Body: 'From before' }], old.loginName);
    const { value: view, requests, rowsRead } = await measured(s, () => reader.feed.firstView());
    expect(requests).toBe(2);
    expect(view.page.items[0].counts.comments).toBe(2);
    expect(rowsRead).toBeLessThan(1100 + 10 * 20);
  });
});
