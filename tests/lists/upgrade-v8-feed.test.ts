/** @jest-environment node */
/**
 * Schema v8 for the feed, through @pnp/sp against the emulator: a v7 site's posts and keyword rows
 * gain their time keys (AuthorPublished, UnitPublished, KeywordPublished) when set-up runs, and the
 * author, unit and keyword searches answer the same posts before, while set-up is under way (the
 * columns exist, their rows not yet filled in) and after — reading by the keys only at the end.
 */
import { FeedService, StoredPost } from '../../src/data/feed';
import { FeedFilter } from '../../src/data/feed/scan';
import { FEED_LISTS, FEED_TIME_KEYS } from '../../src/lists/feedLists';
import { provision } from '../../src/lists/provision';
import { schemaAt } from '../../src/lists/schema';
import { createTestSite } from '../support/sp';
import { practicePost, purifyWindow, samplePost } from '../feed/site';

const TOKYO = 'Embassy of Finland, Tokyo';
const CAIRO = 'Embassy of Finland, Cairo';

test('v7 → v8: keys filled in on older posts and keyword rows; the four searches answer the same posts throughout', async () => {
  const site = createTestSite();
  const admin = site.spAs(site.adminLogin);
  await provision(admin, schemaAt(7), 7);
  const anna = site.addUser('anna@contoso.onmicrosoft.com', 'Anna Writer', 'Hub Members');
  const ben = site.addUser('ben@contoso.onmicrosoft.com', 'Ben Writer', 'Hub Members');
  const reader = site.addUser('rita@contoso.onmicrosoft.com', 'Rita Reader', 'Hub Members');
  const feedOf = (login: string, at?: Date): FeedService =>
    new FeedService(site.spAs(login), { window: purifyWindow, ...(at ? { now: () => at } : {}) });
  const blog = await feedOf(site.adminLogin).blogs.create({ title: 'Tokyo', kind: 'person', ownerIds: [anna.id, ben.id] });

  // Posts written on the v7 site, a minute apart: the first view finds the site older, so the
  // writes leave the v8 columns out (the server would refuse a column it does not have).
  const written: StoredPost[] = [];
  for (let i = 0; i < 12; i++) {
    const writer = i % 3 === 2 ? ben : anna;
    const feed = feedOf(writer.loginName, new Date(Date.UTC(2026, 0, 1, 9, i)));
    await feed.firstView();
    const keywords = i % 4 === 0 ? ['crisis', 'rare'] : ['crisis'];
    written.push(
      await feed.posts.create(
        i % 2
          ? practicePost(blog.id, {
              title: `Practice ${i}`,
              keywords,
              goodPractice: {
                unit: i % 5 === 1 ? CAIRO : TOKYO,
                situation: 'crisis',
                channels: ['facebook'],
                whatWorked: 'x',
                whatToAvoid: ''
              }
            })
          : samplePost(blog.id, { title: `Post ${i}`, keywords })
      )
    );
  }
  const searches: FeedFilter[] = [{ authorId: ben.id }, { unit: CAIRO }, { keyword: 'rare' }, { keyword: 'crisis' }];
  /** Each search's titles, read as the app reads them: the first view of the filter, then the next pages. */
  const answers = async (): Promise<{ titles: string[][]; keyed: boolean[] }> => {
    const titles: string[][] = [];
    const keyed: boolean[] = [];
    for (const filter of searches) {
      const feed = feedOf(reader.loginName);
      const view = await feed.firstView(filter, 1);
      keyed.push(!!view.page.cursor?.keyed);
      const all = view.page.items.map((i) => i.post.title);
      for (let cursor = view.page.cursor; cursor;) {
        const page = await feed.scan(cursor, 2);
        all.push(...page.posts.map((p) => p.title));
        cursor = page.cursor;
      }
      titles.push(all);
    }
    return { titles, keyed };
  };
  const before = await answers();
  expect(before.titles).toEqual([
    ['Practice 11', 'Post 8', 'Practice 5', 'Post 2'],
    ['Practice 11', 'Practice 1'],
    ['Post 8', 'Post 4', 'Post 0'],
    written.map((p) => p.title).reverse()
  ]);
  expect(before.keyed).toEqual([false, false, false, false]);

  // Set-up under way: the v8 columns exist, empty on every row, and the site still says v7.
  const midway = await provision(admin, schemaAt(8), 7);
  expect(midway.changes).toEqual(expect.arrayContaining([`field ${FEED_LISTS.posts.title}.AuthorPublished`]));
  expect(await answers()).toEqual(before);

  const report = await provision(admin);
  expect(report.changes).toEqual(expect.arrayContaining(['time keys of plans, approvals, posts and keywords: 27', 'schema version 7 → 8']));
  // 27 rows written: twelve posts (their author and, for six good practices, unit) and fifteen keyword rows.
  // Every row's key is what its values give.
  for (const list of [FEED_LISTS.posts.title, FEED_LISTS.postKeywords.title]) {
    const keys = FEED_TIME_KEYS.filter((k) => k.list === list);
    const rows = await admin.web.lists
      .getByTitle(list)
      .items.filter('Published ne null')
      .select('Id', ...keys.flatMap((k) => [k.field, ...k.from]))
      .top(500)<Array<Record<string, unknown>>>();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const key of keys) expect(row[key.field] ?? null).toBe(key.of(row));
    for (const key of keys) expect(rows.filter((r) => typeof r[key.field] === 'number').length).toBeGreaterThan(0);
  }
  const after = await answers();
  expect(after.titles).toEqual(before.titles);
  expect(after.keyed).toEqual([true, true, true, true]);
  site.dispose();
});
