/** @jest-environment node */
/**
 * The workbench's feed demo, written through the repositories as each demo person, on a
 * provisioned site with the demo people in their groups (as workbench/demo/seed.ts does).
 */
import '@pnp/sp/files';
import { FeedService, PostCounts } from '../../src/data/feed';
import { provision } from '../../src/lists/provision';
import { seedFeed } from '../../workbench/demo/feed';
import { DEMO_ADMIN, DEMO_PEOPLE, loginOf } from '../../workbench/demo/people';
import { createTestSite } from '../support/sp';
import { purifyWindow } from './site';

test('the demo blogs and posts show in the feed newest first, with their comments and likes', async () => {
  const site = createTestSite({ admin: { email: DEMO_ADMIN.email, title: DEMO_ADMIN.title } });
  const spAs = (email: string): ReturnType<typeof site.spAs> => site.spAs(loginOf(email));
  for (const person of DEMO_PEOPLE) site.emulator.addUser({ email: person.email, title: person.title });
  await provision(spAs(DEMO_ADMIN.email));
  for (const person of DEMO_PEOPLE) {
    for (const group of person.groups) site.emulator.addToGroup(group, loginOf(person.email));
  }
  const now = new Date(Date.UTC(2026, 2, 1, 12));

  const summary = await seedFeed(spAs, DEMO_PEOPLE, now);
  expect(summary).toBe('feed: 3 blogs, 8 posts, 6 comments, 12 likes');

  const reader = DEMO_PEOPLE.filter((p) => p.groups.length === 1)[0];
  const feed = new FeedService(spAs(reader.email), { window: purifyWindow });
  const before = site.emulator.stats().requests;
  const view = await feed.firstView();
  expect(site.emulator.stats().requests - before).toBe(1);
  expect(view.blogs.map((b) => b.title).sort()).toEqual(['Communications Department', 'Embassy of Finland, Tokyo', 'Lars i Stockholm']);
  const posts = view.page.items.map((i) => i.post);
  expect(posts).toHaveLength(8);
  expect(posts.every((p, i) => i === 0 || posts[i - 1].published.getTime() > p.published.getTime())).toBe(true);
  expect(posts[0].title).toBe('Tio etikettregler – vilken är svårast?');
  expect(posts[7].title).toMatch(/^Tuhkapilvi 2010/);
  expect(posts[7].goodPractice).toMatchObject({ situation: 'crisis', reach: 2000, channels: ['localGroups', 'facebook', 'email'] });
  expect(posts.every((p) => now.getTime() - p.published.getTime() <= 120 * 24 * 3600 * 1000)).toBe(true);
  expect(new Set(posts.map((p) => p.author.name)).size).toBe(3);

  const counts = Object.fromEntries(view.page.items.map((i) => [i.post.title, i.counts])) as Record<string, PostCounts>;
  expect(counts['Japan 2011: round-the-clock updates after the earthquake']).toEqual({ likes: 4, likedByMe: true, comments: 2 });
  expect(counts['Bangkok unrest: a new Facebook account for curfew and airport updates']).toEqual({
    likes: 2,
    likedByMe: false,
    comments: 2
  });
  expect(counts['Headline first: writing for the intranet feed']).toEqual({ likes: 2, likedByMe: false, comments: 0 });
  // Three posts open with a picture from their blog's folder of pictures: a PNG a reader can open, described.
  const pictured = posts.filter((p) => /<img /.test(p.bodyHtml));
  expect(pictured.map((p) => p.title.slice(0, 12)).sort()).toEqual(['Japan 2011: ', 'Tuhkapilvi 2', 'Vad askmolne']);
  for (const post of pictured) {
    const src = decodeURI((/src="([^"]+)"/.exec(post.bodyHtml) || [])[1]);
    expect(src).toMatch(new RegExp(`/blog-${post.blogId}/[^/]+\\.png$`));
    expect(/alt="[^"]{20,}"/.test(post.bodyHtml)).toBe(true);
    const bytes = new Uint8Array(await spAs(reader.email).web.getFileByServerRelativePath(src).getBuffer());
    expect(Array.from(bytes.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]);
  }
  // The same counts one post at a time.
  for (const item of view.page.items) expect((await feed.item(item.post.id))?.counts).toEqual(item.counts);
  // Keywords work as filters.
  expect((await feed.feed({ keyword: 'crisis' })).items.map((i) => i.post.title)).toEqual([
    'Japan 2011: round-the-clock updates after the earthquake',
    'Bangkok unrest: a new Facebook account for curfew and airport updates'
  ]);
  site.dispose();
});
