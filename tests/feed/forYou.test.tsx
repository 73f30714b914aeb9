/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * "For you" in the feed (#13 item 7), with real @pnp/sp services against the emulator: the new
 * comments others wrote on my recent posts since I last looked, one line per post. A first look
 * is no news; my own and hidden comments are none; "seen" or opening the post clears it, and a
 * reload loses nothing before that. The reads stay two round trips and a bounded number of rows
 * with more than 5,000 posts and comments.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { commentNews } from '../../src/domain/feed/forYou';
import { FEED_LISTS } from '../../src/lists/feedLists';
import { FeedService } from '../../src/data/feed';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { workbenchTheme } from '../../src/ui/theme';
import { PracticeFeedApp } from '../../src/webparts/practiceFeed/components/PracticeFeedApp';
import { createFeedSite, FeedSite, Person, purifyWindow, samplePost, warmLazyViews } from './site';
import { common, strings } from './render';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(120000);

/** The server's clock (every row's Created), moved on by the tests. */
let clock = new Date('2030-05-01T09:00:00Z');
let s: FeedSite;
beforeAll(async () => {
  s = await createFeedSite({ now: () => clock });
  await warmLazyViews();
});
afterAll(() => s.site.dispose());
beforeEach(() => localStorage.clear());

const later = (minutes: number): Date => (clock = new Date(clock.getTime() + minutes * 60000));

test('the rule: comments by others after the last look, hidden ones left out, newest post first', () => {
  const since = new Date('2030-01-01T00:00:00Z');
  const at = (day: number): Date => new Date(Date.UTC(2030, 0, day));
  const news = commentNews(
    [
      { id: 1, title: 'One', hiddenCommentIds: [12] },
      { id: 2, title: 'Two', hiddenCommentIds: [] }
    ],
    [
      { id: 10, postId: 1, authorId: 7, authorName: 'Lars', created: at(2) },
      { id: 11, postId: 1, authorId: 7, authorName: 'Lars', created: at(3) },
      { id: 12, postId: 1, authorId: 8, authorName: 'Grace', created: at(4) },
      { id: 13, postId: 1, authorId: 5, authorName: 'Me', created: at(5) },
      { id: 14, postId: 2, authorId: 8, authorName: 'Grace', created: at(6) },
      { id: 15, postId: 2, authorId: 8, authorName: 'Grace', created: new Date(Date.UTC(2029, 11, 31)) }
    ],
    5,
    since
  );
  expect(news).toEqual([
    { postId: 2, postTitle: 'Two', count: 1, people: ['Grace'], latest: at(6) },
    { postId: 1, postTitle: 'One', count: 2, people: ['Lars'], latest: at(3) }
  ]);
});

function app(who: Person): ReturnType<typeof render> {
  return render(
    <PracticeFeedApp
      services={createFeedAppServices(s.site.spAs(who.loginName), {})}
      common={common}
      locale="en-GB"
      theme={workbenchTheme('light')}
      strings={strings}
    />
  );
}

test('new comments on my post are said the next time I look, until seen; mine and hidden ones are not', async () => {
  const writer = s.person(1);
  const [lars, grace] = [s.person(2), s.person(3)];
  const blog = await s.blog('Tokyo blog', [writer.id]);
  const post = await writer.feed.posts.create(samplePost(blog.id, { title: 'Cherry blossom week', keywords: [] }));

  // A first look only remembers.
  let view = app(writer);
  await screen.findByRole('heading', { name: 'Cherry blossom week' });
  expect(screen.queryByRole('region', { name: strings.ForYouTitle })).toBeNull();
  await waitFor(() => expect(Object.keys(localStorage).some((k) => k.startsWith('ddh.practiceFeed.forYou|'))).toBe(true));
  view.unmount();

  later(10);
  await lars.feed.comments.add(post, 'Lovely pictures!');
  later(1);
  await lars.feed.comments.add(post, 'And the map too.');
  await writer.feed.comments.add(post, 'Thank you!');
  const hidden = await grace.feed.comments.add(post, 'Spam spam');
  await writer.feed.posts.setCommentHidden(post.id, hidden.id, true);
  later(1);

  view = app(writer);
  const forYou = await screen.findByRole('region', { name: strings.ForYouTitle });
  expect(
    within(forYou)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
  ).toEqual(['2 new comments on your post “Cherry blossom week” (Staff Member 2). Open Cherry blossom week']);
  view.unmount();
  // Still there after a reload; "OK" clears it, for good.
  view = app(writer);
  fireEvent.click(
    within(await screen.findByRole('region', { name: strings.ForYouTitle })).getByRole('button', { name: strings.ForYouSeen })
  );
  await waitFor(() => expect(screen.queryByRole('region', { name: strings.ForYouTitle })).toBeNull());
  view.unmount();
  // What the page now reads from is the newest comment shown: nothing is news from there.
  const key = Object.keys(localStorage).find((k) => k.startsWith('ddh.practiceFeed.forYou|')) as string;
  const seenAt = new Date((JSON.parse(localStorage.getItem(key) as string) as { seenAt: string }).seenAt);
  expect(await writer.feed.commentsOnMyPosts(seenAt)).toEqual([]);

  // A new comment, and "Open" goes to the post.
  later(1);
  await grace.feed.comments.add(post, 'When is the next one?');
  later(1);
  view = app(writer);
  const again = await screen.findByRole('region', { name: strings.ForYouTitle });
  expect(
    within(again)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
  ).toEqual(['1 new comment on your post “Cherry blossom week” (Staff Member 3). Open Cherry blossom week']);
  fireEvent.click(within(again).getByRole('button', { name: 'Open Cherry blossom week' }));
  expect(await screen.findByText('When is the next one?')).toBeInTheDocument();
  view.unmount();
});

test('with more than 5,000 posts and comments: two round trips, a bounded number of rows', async () => {
  const writer = s.person(4);
  const other = s.person(5);
  const blog = await s.blog('Busy blog', [writer.id, other.id]);
  const folder = await s.admin.feed.blogs.folderUrl(blog.id);
  const start = clock.getTime() - 6000 * 8 * 3600 * 1000;
  const rows = Array.from({ length: 6000 }, (_x, i) => ({
    Title: `Other ${i}`,
    PostKind: 'blogPost',
    BlogId: blog.id,
    Published: new Date(start + i * 8 * 3600 * 1000).toISOString(),
    Body: '<p>Hay</p>',
    Licence: 'none',
    FileDirRef: folder
  }));
  const ids = s.site.emulator.seedItems(FEED_LISTS.posts.title, rows, other.loginName);
  s.site.emulator.seedItems(
    FEED_LISTS.comments.title,
    ids.map((id, i) => ({ Title: 'c', PostId: id, Body: 'Thanks', PostPublished: rows[i].Published })),
    writer.loginName
  );
  const service = new FeedService(s.site.spAs(writer.loginName), { window: purifyWindow, now: () => clock });
  const mine = await service.posts.create(samplePost(blog.id, { title: 'Mine among many', keywords: [] }));
  const since = new Date(clock.getTime());
  later(5);
  await other.feed.comments.add(mine, 'Good one.');

  const before = s.site.emulator.stats();
  const news = await service.commentsOnMyPosts(since);
  const after = s.site.emulator.stats();
  expect(news.map((n) => [n.postTitle, n.count, n.people])).toEqual([['Mine among many', 1, ['Staff Member 5']]]);
  // The current user, the posts (a window of 180 days: about 540 rows), one $batch of comments.
  expect(after.requests - before.requests).toBeLessThanOrEqual(3);
  expect(after.rowsRead - before.rowsRead).toBeLessThan(1000);
});
