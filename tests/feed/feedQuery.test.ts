/** @jest-environment node */
import { FEED_LISTS } from '../../src/lists/feedLists';
import { FeedCursor, FeedService, searchTextOf, StoredBlog, StoredPost } from '../../src/data/feed';
import { countRoundTrips } from '../../workbench/bench/roundTrips';
import { startCursor } from '../../src/data/feed/scan';
import { createFeedSite, FeedSite, Person, practicePost, purifyWindow, samplePost, withTimeKeys } from './site';

async function readAllPosts(person: Person, cursor: FeedCursor | undefined, size: number): Promise<StoredPost[]> {
  const all: StoredPost[] = [];
  let guard = 0;
  while (cursor && guard++ < 1000) {
    const page = await person.feed.scan(cursor, size);
    all.push(...page.posts);
    cursor = page.cursor;
  }
  return all;
}

function newestFirst(posts: StoredPost[]): boolean {
  return posts.every((p, i) => i === 0 || posts[i - 1].published.getTime() >= p.published.getTime());
}

describe('the feed: filters and paging through the repository', () => {
  let s: FeedSite;
  let anna: Person;
  let reader: Person;
  let tokyo: StoredBlog;
  let cairo: StoredBlog;

  beforeAll(async () => {
    s = await createFeedSite();
    anna = s.person(1);
    reader = s.person(2);
    tokyo = await s.blog('Tokyo', [anna.id]);
    cairo = await s.blog('Cairo', [anna.id]);
    let minute = 0;
    const at = (): (() => Date) => {
      const d = new Date(Date.UTC(2026, 0, 1, 0, minute++));
      return () => d;
    };
    const write = async (post: ReturnType<typeof samplePost>): Promise<void> => {
      const feed = new (anna.feed.constructor as typeof import('../../src/data/feed').FeedService)(s.site.spAs(anna.loginName), {
        window: (await import('./site')).purifyWindow,
        now: at()
      });
      await feed.posts.create(post);
    };
    await write(samplePost(tokyo.id, { title: 'Earthquake diary', keywords: ['japan', 'crisis'] }));
    await write(practicePost(tokyo.id, { title: 'Round-the-clock Facebook', keywords: ['japan', 'facebook'] }));
    await write(
      practicePost(cairo.id, {
        title: 'Airport access via Twitter',
        keywords: ['egypt', 'crisis'],
        goodPractice: {
          unit: 'Embassy of Finland, Cairo',
          situation: 'crisis',
          channels: ['x', 'facebook'],
          whatWorked: 'Curfew updates.',
          whatToAvoid: ''
        }
      })
    );
    await write(
      samplePost(cairo.id, { title: "O'Brien's visit", bodyHtml: '<p>Vierailu sujui hyvin – kiitos kaikille.</p>', keywords: ['visits'] })
    );
  });

  const titles = (posts: StoredPost[]): string[] => posts.map((p) => p.title);

  test('no filter: both kinds mixed, newest first', async () => {
    const page = await reader.feed.feed({});
    expect(page.items.map((i) => i.post.title)).toEqual([
      "O'Brien's visit",
      'Airport access via Twitter',
      'Round-the-clock Facebook',
      'Earthquake diary'
    ]);
    expect(page.cursor).toBeUndefined();
  });

  test('by kind, keyword, blog, unit and text (an apostrophe is escaped)', async () => {
    const run = async (filter: object): Promise<string[]> => titles((await reader.feed.scan(startCursor(filter), 20)).posts);
    expect(await run({ kind: 'goodPractice' })).toEqual(['Airport access via Twitter', 'Round-the-clock Facebook']);
    expect(await run({ keyword: 'crisis' })).toEqual(['Airport access via Twitter', 'Earthquake diary']);
    expect(await run({ keyword: 'japan', kind: 'goodPractice' })).toEqual(['Round-the-clock Facebook']);
    expect(await run({ blogId: cairo.id })).toEqual(["O'Brien's visit", 'Airport access via Twitter']);
    expect(await run({ unit: 'embassy of finland, cairo' })).toEqual(['Airport access via Twitter']);
    expect(await run({ text: 'ROUND-THE-CLOCK' })).toEqual(['Round-the-clock Facebook']);
    expect(await run({ text: "o'brien" })).toEqual(["O'Brien's visit"]);
    expect(await run({ text: 'kiitos kaikille' })).toEqual(["O'Brien's visit"]);
    expect(await run({ authorId: anna.id, blogId: tokyo.id })).toEqual(['Round-the-clock Facebook', 'Earthquake diary']);
    expect(await run({ keyword: 'nothing-here' })).toEqual([]);
  });

  test('a keyword row whose post no longer carries the keyword is ignored', async () => {
    const [diary] = (await reader.feed.scan(startCursor({ keyword: 'japan', kind: 'blogPost' }), 5)).posts;
    s.site.emulator.seedItems(
      FEED_LISTS.postKeywords.title,
      withTimeKeys(FEED_LISTS.postKeywords.title, [
        {
          Title: 'visits',
          PostId: diary.id,
          Keyword: 'visits',
          PostKeyword: `${diary.id}:visits`,
          Published: diary.published.toISOString()
        }
      ]),
      reader.loginName
    );
    expect(titles((await reader.feed.scan(startCursor({ keyword: 'visits' }), 5)).posts)).toEqual(["O'Brien's visit"]);
  });

  test('the first view: viewer, blogs, the first page and its counts in one $batch', async () => {
    const before = s.site.emulator.stats().requests;
    const view = await reader.feed.firstView({}, 10);
    expect(s.site.emulator.stats().requests - before).toBe(1);
    expect(view.viewer).toMatchObject({ id: reader.id, canManageBlogs: false });
    expect(view.blogs.map((b) => b.title)).toEqual(expect.arrayContaining(['Tokyo', 'Cairo']));
    expect(view.page.items).toHaveLength(4);
    expect(view.page.items[0].counts).toEqual({ likes: 0, likedByMe: false, comments: 0 });
  });
});

describe('the feed past the list view threshold', () => {
  let s: FeedSite;
  let reader: Person;
  const TOTAL = 12000;

  beforeAll(async () => {
    s = await createFeedSite();
    const anna = s.person(1);
    reader = s.person(2);
    const big = await s.blog('Big blog', [anna.id]);
    const small = await s.blog('Small blog', [anna.id]);
    const folder = await s.admin.feed.blogs.folderUrl(big.id);
    // The newest post an hour ago: the feed reads back from now.
    const start = Date.now() - TOTAL * 10 * 60000 - 3600 * 1000;
    const posts = [];
    for (let i = 0; i < TOTAL; i++) {
      const published = new Date(start + i * 10 * 60000).toISOString();
      const rare = i % 1000 === 0;
      posts.push({
        Title: `Post ${i}`,
        PostKind: i % 2 ? 'goodPractice' : 'blogPost',
        BlogId: rare ? small.id : big.id,
        Published: published,
        Keywords: rare ? 'crisis\nrare' : 'crisis',
        Body: rare ? '<p>A needle in the hay</p>' : '<p>Hay</p>',
        Licence: 'none',
        SearchText: searchTextOf({
          title: `Post ${i}`,
          bodyHtml: rare ? '<p>A needle in the hay</p>' : '<p>Hay</p>',
          keywords: rare ? ['crisis', 'rare'] : ['crisis']
        }),
        Unit: i % 2 ? 'Embassy of Finland, Tokyo' : null,
        Situation: i % 2 ? 'crisis' : null,
        FileDirRef: folder
      });
    }
    // As a v8 site holds them: with their time keys (set-up fills in older rows'; writes set new ones').
    const ids = s.site.emulator.seedItems(FEED_LISTS.posts.title, withTimeKeys(FEED_LISTS.posts.title, posts, anna.id), anna.loginName);
    const keywordRows = [];
    for (let i = 0; i < TOTAL; i++) {
      keywordRows.push({
        Title: 'crisis',
        PostId: ids[i],
        Keyword: 'crisis',
        PostKeyword: `${ids[i]}:crisis`,
        Published: posts[i].Published
      });
      if (i % 1000 === 0)
        keywordRows.push({ Title: 'rare', PostId: ids[i], Keyword: 'rare', PostKeyword: `${ids[i]}:rare`, Published: posts[i].Published });
    }
    s.site.emulator.seedItems(FEED_LISTS.postKeywords.title, withTimeKeys(FEED_LISTS.postKeywords.title, keywordRows), anna.loginName);
  });

  test(`a keyword on all ${TOTAL} posts pages through every one, newest first, no threshold error`, async () => {
    const all = await readAllPosts(reader, startCursor({ keyword: 'crisis' }), 500);
    expect(all).toHaveLength(TOTAL);
    expect(new Set(all.map((p) => p.id)).size).toBe(TOTAL);
    expect(newestFirst(all)).toBe(true);
  });

  test('no filter, kind, unit and text filters page through all of theirs too', async () => {
    expect(await readAllPosts(reader, startCursor({}), 1000)).toHaveLength(TOTAL);
    const practices = await readAllPosts(reader, startCursor({ kind: 'goodPractice' }), 500);
    expect(practices).toHaveLength(TOTAL / 2);
    expect(newestFirst(practices)).toBe(true);
    expect(await readAllPosts(reader, startCursor({ unit: 'Embassy of Finland, Tokyo', kind: 'goodPractice' }), 1000)).toHaveLength(
      TOTAL / 2
    );
    const needles = await readAllPosts(reader, startCursor({ text: 'needle' }), 10);
    expect(needles.map((p) => p.title)).toEqual([
      'Post 11000',
      'Post 10000',
      'Post 9000',
      'Post 8000',
      'Post 7000',
      'Post 6000',
      'Post 5000',
      'Post 4000',
      'Post 3000',
      'Post 2000',
      'Post 1000',
      'Post 0'
    ]);
  });

  test('a rare keyword and a small blog are served directly by their index: one request a page', async () => {
    const before = s.site.emulator.stats().requests;
    const rare = await reader.feed.scan(startCursor({ keyword: 'rare' }), 20);
    expect(rare.posts).toHaveLength(12);
    expect(rare.cursor).toBeUndefined();
    expect(s.site.emulator.stats().requests - before).toBe(2); // keyword rows, then the posts in one $batch
    const blog = await reader.feed.scan(startCursor({ blogId: rare.posts[0].blogId }), 20);
    expect(blog.posts).toHaveLength(12);
  });

  test("where a filter starts: no read the threshold refuses once the list's size is known, the direct read and the first window together before", async () => {
    const fresh = (): FeedService => new FeedService(s.site.spAs(reader.loginName), { window: purifyWindow });
    const requests = async <T>(call: () => Promise<T>): Promise<{ value: T; requests: number; roundTrips: number }> => {
      const before = s.site.emulator.stats().requests;
      const trips = countRoundTrips();
      let roundTrips = 0;
      try {
        const value = await call();
        roundTrips = trips.stop();
        return { value, requests: s.site.emulator.stats().requests - before, roundTrips };
      } finally {
        if (!roundTrips) trips.stop();
      }
    };
    // Size unknown: the direct read (refused: 6,000 good practices) and the first window travel together.
    const unknown = fresh();
    const first = await requests(() => unknown.scan(startCursor({ kind: 'goodPractice' }), 10));
    expect(first.value.posts).toHaveLength(10);
    expect(newestFirst(first.value.posts)).toBe(true);
    expect(first.requests).toBe(1);
    // The first view reads the lists' sizes: a kind filter then starts in windows, a refused read never sent.
    const known = fresh();
    await known.firstView();
    const kind = await requests(() => known.scan(startCursor({ kind: 'goodPractice' }), 10));
    expect(kind.value.posts.map((p) => p.id)).toEqual(first.value.posts.map((p) => p.id));
    expect(kind.requests).toBe(1);
    // A keyword may still be rare on a large list: its direct read goes out with the window, and serves it.
    const rare = await requests(() => known.scan(startCursor({ keyword: 'rare' }), 20));
    expect(rare.value.posts).toHaveLength(12);
    expect(rare.value.cursor).toBeUndefined();
    expect(rare.requests).toBe(2);
    // A rare keyword's first view: posts weeks apart are counted by id, in the batch that reads the posts…
    // (Answers after a timer, as over a network: in process they could come back before a batch sent in the same turn leaves.)
    s.site.emulator.faults.setLatency(1);
    const view = await requests(() => fresh().firstView({ keyword: 'rare' }, 10)).finally(() => s.site.emulator.faults.setLatency(0));
    expect(view.value.page.items.length).toBeGreaterThanOrEqual(10);
    expect(view.roundTrips).toBe(2);
    // …and in one request: the posts and two reads each for their likes and comments, in one `$batch` (up to 100 a batch).
    expect(view.requests).toBe(2);
    for (const item of view.value.page.items.slice(0, 3)) expect(item.counts).toEqual((await known.item(item.post.id))?.counts);
  });

  test('pages of ten with the first view: counts for the page, a cursor for more', async () => {
    const view = await reader.feed.firstView({ keyword: 'crisis' }, 10);
    expect(view.page.items.length).toBeGreaterThanOrEqual(10);
    expect(view.page.items[0].post.title).toBe(`Post ${TOTAL - 1}`);
    const next = await reader.feed.more(view.page.cursor as FeedCursor, 10);
    expect(next.items[0].post.title).toBe(`Post ${TOTAL - 1 - view.page.items.length}`);
  });
});
