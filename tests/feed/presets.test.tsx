/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * A page owner's settings (the property pane) reach the feed as its first view: the title as the
 * heading (empty: none) and the kind and keyword filters. Without them (a Teams personal app) the
 * feed is as it always was. Real @pnp/sp against the emulator.
 */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import type { GoodPractice } from '../../src/domain/feed/post';
import { provision } from '../../src/lists/provision';
import { workbenchTheme } from '../../src/ui/theme';
import { PracticeFeedApp, PracticeFeedAppProps } from '../../src/webparts/practiceFeed/components/PracticeFeedApp';
import { createTestSite, TestSite } from '../support/sp';
import { common, strings } from './render';
import { warmLazyViews } from './site';

describe("the feed web part's presets", () => {
  let site: TestSite;
  let reader = '';
  let tokyoBlog = 0;
  let annaId = 0;

  beforeAll(async () => {
    await warmLazyViews();
    site = createTestSite();
    await provision(site.spAs(site.adminLogin));
    const anna = site.addUser('anna@contoso.onmicrosoft.com', 'Anna Writer', 'Hub Members');
    reader = site.addUser('risto@contoso.onmicrosoft.com', 'Risto Reader', 'Hub Members').loginName;
    const admin = createFeedAppServices(site.spAs(site.adminLogin));
    const blogId = (await admin.feed.blogs.create({ title: 'Tokyo notes', kind: 'person', ownerIds: [anna.id] })).id;
    tokyoBlog = blogId;
    annaId = anna.id;
    const writer = createFeedAppServices(site.spAs(anna.loginName));
    const post = { bodyHtml: '<p>Text</p>', blogId, author: { id: anna.id, name: 'Anna' }, licence: 'none' as const };
    const goodPractice: GoodPractice = {
      unit: 'Embassy of Finland, Cairo',
      situation: 'crisis',
      channels: ['x'],
      whatWorked: 'Curfew updates.',
      whatToAvoid: ''
    };
    await writer.feed.posts.create({ ...post, title: 'A blog post about elections', kind: 'blogPost', keywords: ['elections'] });
    await writer.feed.posts.create({
      ...post,
      title: 'A good practice on crisis sign-ups',
      kind: 'goodPractice',
      keywords: ['crisis'],
      goodPractice
    });
    await writer.feed.posts.create({
      ...post,
      title: 'A good practice on elections',
      kind: 'goodPractice',
      keywords: ['elections'],
      goodPractice
    });
  });
  afterEach(() => window.localStorage.clear());

  function renderFeed(extra: Partial<PracticeFeedAppProps> = {}): ReturnType<typeof render> {
    return render(
      <PracticeFeedApp
        services={createFeedAppServices(site.spAs(reader))}
        common={common}
        locale="en-US"
        theme={workbenchTheme('light')}
        strings={strings}
        {...extra}
      />
    );
  }

  test("without properties (a Teams personal app) the feed shows every post under the app's name", async () => {
    const view = renderFeed();
    await screen.findByText('A blog post about elections');
    expect(screen.getByText('A good practice on crisis sign-ups')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: strings.Title })).toBeTruthy();
    view.unmount();
  });

  test('the title is the heading; an empty title shows none', async () => {
    let view = renderFeed({ title: 'Embassy stories' });
    await screen.findByText('A blog post about elections');
    expect(screen.getByRole('heading', { level: 2, name: 'Embassy stories' })).toBeTruthy();
    view.unmount();
    view = renderFeed({ title: '' });
    await screen.findByText('A blog post about elections');
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    view.unmount();
  });

  test('the kind preset shows good practices only, and the filter says so', async () => {
    const view = renderFeed({ presetKind: 'goodPractice' });
    await screen.findByText('A good practice on crisis sign-ups');
    expect(screen.getByText('A good practice on elections')).toBeTruthy();
    expect(screen.queryByText('A blog post about elections')).toBeNull();
    // The kind switch (a group of radios named by its legend) has Good practices chosen.
    const kind = screen.getByRole('group', { name: strings.FilterKind });
    expect((within(kind).getByRole('radio', { name: strings.SwitchGoodPractices }) as HTMLInputElement).checked).toBe(true);
    view.unmount();
  });

  test('kind and keyword together; an unknown kind is ignored', async () => {
    let view = renderFeed({ presetKind: 'goodPractice', presetKeyword: 'Elections' });
    await screen.findByText('A good practice on elections');
    await waitFor(() => expect(screen.queryByText('A good practice on crisis sign-ups')).toBeNull());
    expect(screen.queryByText('A blog post about elections')).toBeNull();
    view.unmount();
    view = renderFeed({ presetKind: 'rumour' });
    await screen.findByText('A blog post about elections');
    expect(screen.getByText('A good practice on crisis sign-ups')).toBeTruthy();
    view.unmount();
  });

  test('the compact layout lists headlines with who, when, kind and counts; no teaser, photo or like button', async () => {
    const view = renderFeed({ presetLayout: 'compact' });
    const heading = await screen.findByRole('heading', { level: 3, name: 'A blog post about elections' });
    const row = heading.closest('article') as HTMLElement;
    expect(within(row).getByText('Anna Writer')).toBeTruthy();
    expect(within(row).getByText(strings.KindBlogPost)).toBeTruthy();
    expect(within(row).getByText('0 likes')).toBeTruthy();
    expect(within(row).getByText('0 comments')).toBeTruthy();
    expect(within(row).queryByText('Text')).toBeNull();
    expect(within(row).queryByRole('img')).toBeNull();
    expect(within(row).queryByRole('button', { name: strings.Like })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    // The headline opens the post, as on a card.
    within(row).getByRole('button', { name: 'A blog post about elections' }).click();
    expect(await screen.findByRole('heading', { level: 2, name: 'A blog post about elections' })).toBeTruthy();
    view.unmount();
    // Anything else is cards.
    const cards = renderFeed({ presetLayout: 'tiles' });
    const card = (await screen.findByRole('heading', { level: 3, name: 'A blog post about elections' })).closest('article') as HTMLElement;
    expect(within(card).getByRole('button', { name: strings.Like })).toBeTruthy();
    cards.unmount();
  });

  test("the blog preset shows one blog's posts first (a blog's own page); an id that is no number is ignored", async () => {
    const admin = createFeedAppServices(site.spAs(site.adminLogin));
    const cairo = (await admin.feed.blogs.create({ title: 'Cairo diary', kind: 'group', ownerIds: [annaId] })).id;
    await admin.feed.posts.create({
      bodyHtml: '<p>Nile</p>',
      blogId: cairo,
      author: { id: annaId, name: 'Anna' },
      licence: 'none',
      title: 'From the Cairo diary',
      kind: 'blogPost',
      keywords: []
    });
    let view = renderFeed({ presetBlog: String(cairo) });
    await screen.findByText('From the Cairo diary');
    expect(screen.queryByText('A blog post about elections')).toBeNull();
    view.unmount();
    view = renderFeed({ presetBlog: String(tokyoBlog) });
    await screen.findByText('A blog post about elections');
    expect(screen.queryByText('From the Cairo diary')).toBeNull();
    view.unmount();
    view = renderFeed({ presetBlog: 'tokyo' });
    await screen.findByText('From the Cairo diary');
    expect(screen.getByText('A blog post about elections')).toBeTruthy();
    view.unmount();
  });
});
