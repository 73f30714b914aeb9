/** @jest-environment node */
/**
 * The feed's searches by time key (src/lists/timeKeys.ts, data/feed/scan.ts): an author's, a unit's
 * and a keyword's posts on lists above the 5,000-item threshold, each page reading about a page of
 * rows (not every row of the author, unit or keyword, nor every post of a date window), in order;
 * and the writes that keep the keys right (postWrites.ts).
 */
import { FeedCursor, FeedFilter, FeedService, searchTextOf, StoredBlog, StoredPost } from '../../src/data/feed';
import { FEED_LISTS, keywordGroup, unitGroup } from '../../src/lists/feedLists';
import { timeKey } from '../../src/lists/timeKeys';
import { createFeedSite, FeedSite, Person, practicePost, purifyWindow, samplePost, withTimeKeys } from './site';

const TOTAL = 12000;
const TOKYO = 'Embassy of Finland, Tokyo';
const CAIRO = 'Embassy of Finland, Cairo';

describe('searches by time key on lists above the threshold', () => {
  let s: FeedSite;
  let anna: Person;
  let ben: Person;
  let reader: Person;
  /** The seeded posts' titles, newest first, per search. */
  const expected: Record<string, string[]> = { anna: [], ben: [], cairo: [], crisis: [], rare: [] };

  beforeAll(async () => {
    s = await createFeedSite();
    anna = s.person(1);
    ben = s.person(3);
    reader = s.person(2);
    const blog = await s.blog('Big blog', [anna.id, ben.id]);
    const folder = await s.admin.feed.blogs.folderUrl(blog.id);
    // A post every ten minutes, the newest an hour ago; written in id order oldest first.
    const start = Date.now() - TOTAL * 10 * 60000 - 3600 * 1000;
    const posts = [];
    for (let i = 0; i < TOTAL; i++) {
      const practice = i % 2 === 1;
      const byBen = i % 100 === 7;
      const cairo = practice && i % 20 === 1;
      const rare = i % 10 === 3;
      const keywords = rare ? ['crisis', 'rare'] : ['crisis'];
      posts.push({
        Title: `Post ${i}`,
        AuthorId: byBen ? ben.id : anna.id,
        PostKind: practice ? 'goodPractice' : 'blogPost',
        BlogId: blog.id,
        Published: new Date(start + i * 10 * 60000).toISOString(),
        Keywords: keywords.join('\n'),
        Body: '<p>Hay</p>',
        Licence: 'none',
        SearchText: searchTextOf({ title: `Post ${i}`, bodyHtml: '<p>Hay</p>', keywords }),
        // A blog post may carry a unit from an older client: only a good practice's counts.
        Unit: practice ? (cairo ? CAIRO : TOKYO) : i % 4 === 0 ? CAIRO : null,
        Situation: practice ? 'crisis' : null,
        FileDirRef: folder
      });
      const title = `Post ${i}`;
      (byBen ? expected.ben : expected.anna).unshift(title);
      if (cairo) expected.cairo.unshift(title);
      expected.crisis.unshift(title);
      if (rare) expected.rare.unshift(title);
    }
    const ids = s.site.emulator.seedItems(FEED_LISTS.posts.title, withTimeKeys(FEED_LISTS.posts.title, posts), anna.loginName);
    const keywordRows = [];
    for (let i = 0; i < TOTAL; i++) {
      for (const keyword of posts[i].Keywords.split('\n'))
        keywordRows.push({
          Title: keyword,
          PostId: ids[i],
          Keyword: keyword,
          PostKeyword: `${ids[i]}:${keyword}`,
          Published: posts[i].Published
        });
    }
    s.site.emulator.seedItems(FEED_LISTS.postKeywords.title, withTimeKeys(FEED_LISTS.postKeywords.title, keywordRows), anna.loginName);
    expect(expected.ben.length).toBe(120);
    expect(expected.cairo.length).toBe(600);
    expect(expected.rare.length).toBe(1200);
  });

  /** The first view of a filter and the next page: the posts, and the rows each read. */
  async function firstTwoPages(filter: FeedFilter): Promise<{ titles: string[]; rows: number[]; cursor?: FeedCursor }> {
    const feed = new FeedService(s.site.spAs(reader.loginName), { window: purifyWindow });
    const before = s.site.emulator.stats().rowsRead;
    const view = await feed.firstView(filter, 10);
    const middle = s.site.emulator.stats().rowsRead;
    const next = await feed.more(view.page.cursor as FeedCursor, 10);
    const after = s.site.emulator.stats().rowsRead;
    return {
      titles: [...view.page.items, ...next.items].map((i) => i.post.title),
      rows: [middle - before, after - middle],
      cursor: next.cursor
    };
  }

  async function everyPost(filter: FeedFilter): Promise<StoredPost[]> {
    const feed = new FeedService(s.site.spAs(reader.loginName), { window: purifyWindow });
    const view = await feed.firstView(filter, 10);
    const all = view.page.items.map((i) => i.post);
    let cursor = view.page.cursor;
    for (let guard = 0; cursor && guard < 500; guard++) {
      const page = await feed.scan(cursor, 100);
      all.push(...page.posts);
      cursor = page.cursor;
    }
    return all;
  }

  // Rows read by a first view of ten posts beside its source page: the blogs, the viewer, the counts.
  const BOUND = 60;

  test("an author's page (a few of their posts in a big list) reads a page of rows, not all of theirs", async () => {
    const { titles, rows } = await firstTwoPages({ authorId: ben.id });
    expect(titles).toEqual(expected.ben.slice(0, 20));
    for (const n of rows) expect(n).toBeLessThanOrEqual(BOUND);
  });

  test('an author with more than 5,000 posts: the key read in windows, newest first, bounded', async () => {
    const { titles, rows } = await firstTwoPages({ authorId: anna.id });
    expect(titles).toEqual(expected.anna.slice(0, 20));
    for (const n of rows) expect(n).toBeLessThanOrEqual(BOUND);
  });

  test("a unit's good practices (a blog post's unit does not count): bounded, in order, every one", async () => {
    const { titles, rows } = await firstTwoPages({ unit: CAIRO });
    expect(titles).toEqual(expected.cairo.slice(0, 20));
    for (const n of rows) expect(n).toBeLessThanOrEqual(BOUND);
    expect((await everyPost({ unit: CAIRO })).map((p) => p.title)).toEqual(expected.cairo);
  });

  test('a rare keyword (1,200 rows) and a common one (every post): bounded pages, newest first', async () => {
    const rare = await firstTwoPages({ keyword: 'rare' });
    expect(rare.titles).toEqual(expected.rare.slice(0, 20));
    for (const n of rare.rows) expect(n).toBeLessThanOrEqual(BOUND);
    const common = await firstTwoPages({ keyword: 'crisis' });
    expect(common.titles).toEqual(expected.crisis.slice(0, 20));
    for (const n of common.rows) expect(n).toBeLessThanOrEqual(BOUND);
  });

  test("paging through all of a rare keyword's and an author's posts reaches each once, in order", async () => {
    expect((await everyPost({ keyword: 'rare' })).map((p) => p.title)).toEqual(expected.rare);
    expect((await everyPost({ authorId: ben.id })).map((p) => p.title)).toEqual(expected.ben);
  });

  test('a key shared by two texts costs rows, never a wrong post', async () => {
    // Another unit's good practice written with Cairo's key (as a hash collision would be): not shown.
    const [id] = s.site.emulator.seedItems(
      FEED_LISTS.posts.title,
      [
        {
          Title: 'Elsewhere',
          PostKind: 'goodPractice',
          Published: new Date().toISOString(),
          Unit: 'Embassy of Finland, Oslo',
          UnitPublished: timeKey(unitGroup(CAIRO), new Date())
        }
      ],
      anna.loginName
    );
    const { titles } = await firstTwoPages({ unit: CAIRO });
    expect(titles).toEqual(expected.cairo.slice(0, 20));
    await s.site.spAs(s.site.adminLogin).web.lists.getByTitle(FEED_LISTS.posts.title).items.getById(id).delete();
  });
});

describe('writes keep the time keys right', () => {
  let s: FeedSite;
  let anna: Person;
  let ben: Person;
  let blog: StoredBlog;

  beforeAll(async () => {
    s = await createFeedSite();
    anna = s.person(1);
    ben = s.person(2);
    blog = await s.blog('Tokyo', [anna.id, ben.id]);
  });

  const posts = (): ReturnType<ReturnType<FeedSite['site']['spAs']>['web']['lists']['getByTitle']> =>
    s.site.spAs(s.site.adminLogin).web.lists.getByTitle(FEED_LISTS.posts.title);

  async function keysOf(id: number): Promise<{ author: number | null; unit: number | null; keywords: Record<string, number | null> }> {
    const row = await posts().items.getById(id).select('AuthorPublished', 'UnitPublished')<{
      AuthorPublished: number | null;
      UnitPublished: number | null;
    }>();
    const rows = await s.site
      .spAs(s.site.adminLogin)
      .web.lists.getByTitle(FEED_LISTS.postKeywords.title)
      .items.filter(`PostId eq ${id}`)
      .select('Keyword', 'KeywordPublished')<Array<{ Keyword: string; KeywordPublished: number | null }>>();
    const keywords: Record<string, number | null> = {};
    for (const r of rows) keywords[r.Keyword] = r.KeywordPublished;
    return { author: row.AuthorPublished, unit: row.UnitPublished, keywords };
  }

  test('a new post (published by the update after the shell): its author, unit and keyword keys', async () => {
    const post = await anna.feed.posts.create(practicePost(blog.id, { keywords: ['#Crisis', 'Japan'] }));
    expect(await keysOf(post.id)).toEqual({
      author: timeKey(anna.id, post.published),
      unit: timeKey(unitGroup(TOKYO), post.published),
      keywords: {
        crisis: timeKey(keywordGroup('crisis'), post.published),
        japan: timeKey(keywordGroup('japan'), post.published)
      }
    });
    const blogPost = await anna.feed.posts.create(samplePost(blog.id, { keywords: [] }));
    expect(await keysOf(blogPost.id)).toEqual({ author: timeKey(anna.id, blogPost.published), unit: null, keywords: {} });
  });

  test("a co-owner's edit of the unit and keywords: the author's key stays, the unit's and keywords' follow", async () => {
    const post = await anna.feed.posts.create(practicePost(blog.id, { keywords: ['crisis'] }));
    const existing = (await ben.feed.posts.get(post.id)) as StoredPost;
    const edited = await ben.feed.posts.update(existing, {
      ...existing,
      keywords: ['crisis', 'earthquake'],
      goodPractice: { ...existing.goodPractice!, unit: CAIRO }
    });
    const keys = await keysOf(post.id);
    expect(keys.author).toBe(timeKey(anna.id, post.published));
    expect(keys.unit).toBe(timeKey(unitGroup(CAIRO), post.published));
    expect(keys.keywords).toEqual({
      crisis: timeKey(keywordGroup('crisis'), post.published),
      earthquake: timeKey(keywordGroup('earthquake'), post.published)
    });
    // A good practice made a blog post has no unit to be found by.
    await ben.feed.posts.update(edited, { ...edited, kind: 'blogPost', goodPractice: undefined });
    expect((await keysOf(post.id)).unit).toBeNull();
  });

  test("a new date: the post's keyword rows move with it, date and key", async () => {
    const post = await anna.feed.posts.create(samplePost(blog.id, { keywords: ['archive', 'visits'] }));
    const earlier = new Date(Date.UTC(2015, 4, 1, 12, 0));
    await anna.feed.posts.syncKeywords(post.id, ['archive', 'visits'], earlier);
    expect((await keysOf(post.id)).keywords).toEqual({
      archive: timeKey(keywordGroup('archive'), earlier),
      visits: timeKey(keywordGroup('visits'), earlier)
    });
  });
});
