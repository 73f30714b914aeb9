/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The feed as News cards and the post page (#12 items 3, 6), with the real App, @pnp/sp and the
 * emulator: author photos from the site's photo page (initials when it fails), keyword chips that
 * filter, the search box and kind switch up front with the other filters in a panel, the post's
 * author block with its reading time, the good practice's fact grid, and commenters' photos.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { provision } from '../../src/lists/provision';
import { HubContext } from '../../src/ui/HubContext';
import { PersonPhoto, photoUrl } from '../../src/ui/PersonPhoto';
import { readingMinutes } from '../../src/webparts/practiceFeed/components/PostView';
import { createTestSite, TestSite } from '../support/sp';
import { common, renderApp, strings } from './render';
import { warmLazyViews } from './site';

const PRACTICE = 'Consular queue cut by a chatbot';
const BLOG_POST = 'Notes from the Nordic media seminar';
const LONG_WORDS = Array.from({ length: 430 }, (_, i) => `word${i}`).join(' ');

describe('feed cards and the post page', () => {
  let site: TestSite;
  let anna: { id: number; loginName: string };
  let reader: { id: number; loginName: string };

  beforeAll(async () => {
    await warmLazyViews();
    site = createTestSite();
    await provision(site.spAs(site.adminLogin));
    anna = site.addUser('anna@contoso.onmicrosoft.com', 'Anna Writer', 'Hub Members');
    reader = site.addUser('risto@contoso.onmicrosoft.com', 'Risto Reader', 'Hub Members');
    const admin = createFeedAppServices(site.spAs(site.adminLogin));
    const blogId = (await admin.feed.blogs.create({ title: 'Tokyo notes', kind: 'person', ownerIds: [anna.id] })).id;
    const writer = createFeedAppServices(site.spAs(anna.loginName));
    await writer.feed.posts.create({
      title: BLOG_POST,
      bodyHtml: '<p>Short seminar notes.</p>',
      kind: 'blogPost',
      keywords: ['media'],
      blogId,
      author: { id: anna.id, name: 'Anna Writer' },
      licence: 'none'
    });
    await writer.feed.posts.create({
      title: PRACTICE,
      bodyHtml: `<p>${LONG_WORDS}</p>`,
      kind: 'goodPractice',
      keywords: ['chatbot', 'consular'],
      blogId,
      author: { id: anna.id, name: 'Anna Writer' },
      licence: 'none',
      goodPractice: {
        unit: 'Embassy in Tokyo',
        situation: 'citizenServices',
        channels: ['website'],
        whatWorked: 'Answers at night.',
        whatToAvoid: '',
        reach: 2500
      }
    });
  });

  const card = async (title: string): Promise<HTMLElement> =>
    (await screen.findByRole('heading', { name: title })).closest('article') as HTMLElement;

  test('a card: the author photo from the site, decorative and sized; initials when it fails; the name opens their page', async () => {
    const view = renderApp(site, reader.loginName);
    const post = await card(PRACTICE);
    const photo = post.querySelector('img') as HTMLImageElement;
    expect(photo.getAttribute('src')).toBe(photoUrl(site.siteUrl, 'anna@contoso.onmicrosoft.com', 'M'));
    expect(photo.getAttribute('src')).toMatch(/\/_layouts\/15\/userphoto\.aspx\?size=M&accountname=anna%40contoso\.onmicrosoft\.com$/);
    expect(photo.getAttribute('alt')).toBe('');
    expect(photo.getAttribute('width')).toBe('48');
    expect(photo.getAttribute('height')).toBe('48');
    expect(photo.getAttribute('loading')).toBe('lazy');
    fireEvent.error(photo);
    const initials = post.querySelector('[data-person-initials]') as HTMLElement;
    expect(initials.textContent).toBe('AW');
    expect(getComputedStyle(initials).width).toBe('48px');
    expect(post.querySelector('img')).toBeNull();
    fireEvent.click(within(post).getByRole('button', { name: 'by Anna Writer' }));
    const heading = await screen.findByRole('heading', { name: 'Anna Writer', level: 2 });
    expect((heading.parentElement?.querySelector('img') as HTMLImageElement).getAttribute('src')).toBe(
      photoUrl(site.siteUrl, 'anna@contoso.onmicrosoft.com', 'L')
    );
    expect(screen.getByRole('heading', { name: strings.AuthorPosts })).toBeTruthy();
    await screen.findByRole('heading', { name: PRACTICE });
    view.unmount();
  });

  test('filters: the search box and kind switch up front, keyword, blog and unit in a panel a keyword chip opens', async () => {
    const view = renderApp(site, reader.loginName);
    await card(BLOG_POST);
    const form = screen.getByRole('search', { name: strings.FiltersTitle });
    const more = within(form).getByRole('button', { name: strings.MoreFilters });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(within(form).getByLabelText(strings.FilterKeyword).closest('[hidden]')).not.toBeNull();
    expect(within(form).getByRole('searchbox', { name: strings.FilterText })).toBeTruthy();

    fireEvent.click(within(form).getByRole('radio', { name: strings.SwitchGoodPractices }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: BLOG_POST })).toBeNull());
    expect(screen.getByRole('heading', { name: PRACTICE })).toBeTruthy();
    fireEvent.click(within(form).getByRole('radio', { name: strings.KindAll }));
    await screen.findByRole('heading', { name: BLOG_POST });

    fireEvent.click(within(await card(PRACTICE)).getByRole('button', { name: 'Show posts with the keyword chatbot' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: BLOG_POST })).toBeNull());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe(`${strings.MoreFilters} (1)`);
    const keyword = within(form).getByLabelText(strings.FilterKeyword) as HTMLInputElement;
    expect(keyword.value).toBe('chatbot');
    expect(keyword.closest('[hidden]')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: strings.ClearFilters }));
    await screen.findByRole('heading', { name: BLOG_POST });
    view.unmount();
  });

  test('the post page: author block with photo, date and reading time; the fact grid; keywords filter the feed; commenters have photos', async () => {
    const commenter = createFeedAppServices(site.spAs(reader.loginName));
    const view = renderApp(site, reader.loginName);
    fireEvent.click(within(await card(PRACTICE)).getByRole('button', { name: PRACTICE }));
    const page = (await screen.findByRole('heading', { name: PRACTICE, level: 2 })).closest('article') as HTMLElement;
    const author = within(page).getByRole('button', { name: 'by Anna Writer' });
    const block = author.parentElement?.parentElement as HTMLElement;
    expect((block.querySelector('img') as HTMLImageElement).getAttribute('src')).toBe(
      photoUrl(site.siteUrl, 'anna@contoso.onmicrosoft.com', 'L')
    );
    expect(block.textContent).toContain('2 minutes to read');
    const grid = within(page).getByRole('heading', { name: strings.PracticeTitle }).parentElement?.querySelector('dl') as HTMLElement;
    const facts = Array.from(grid.children).map((fact) => [fact.querySelector('dt')?.textContent, fact.querySelector('dd')?.textContent]);
    expect(facts).toEqual([
      [strings.FieldUnit, 'Embassy in Tokyo'],
      [strings.FieldSituation, strings.SituationCitizenServices],
      [strings.FieldChannels, strings.ChannelWebsite],
      [strings.FieldReach, '2,500'],
      [strings.FieldWhatWorked, 'Answers at night.']
    ]);

    const posts = (await commenter.feed.feed({ keyword: 'chatbot' })).items;
    await commenter.feed.comments.add(posts[0].post, 'Works for us too.');
    view.unmount();

    const again = renderApp(site, reader.loginName);
    fireEvent.click(within(await card(PRACTICE)).getByRole('button', { name: PRACTICE }));
    const comment = (await screen.findByText('Works for us too.')).closest('li') as HTMLElement;
    expect((comment.querySelector('img') as HTMLImageElement).getAttribute('src')).toBe(
      photoUrl(site.siteUrl, 'risto@contoso.onmicrosoft.com', 'S')
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show posts with the keyword consular' }));
    const form = await screen.findByRole('search', { name: strings.FiltersTitle });
    expect((within(form).getByLabelText(strings.FilterKeyword) as HTMLInputElement).value).toBe('consular');
    await screen.findByRole('heading', { name: PRACTICE });
    await waitFor(() => expect(screen.queryByRole('heading', { name: BLOG_POST })).toBeNull());
    again.unmount();
  });

  test('reading time: about 200 words a minute, at least one', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('one two three')).toBe(1);
    expect(readingMinutes(LONG_WORDS)).toBe(2);
    expect(readingMinutes(Array.from({ length: 1000 }, () => 'sana').join(' \n '))).toBe(5);
  });

  test('PersonPhoto without an e-mail asks nothing: the initials, named when no name is beside it', () => {
    const services = createFeedAppServices(site.spAs(reader.loginName));
    const view = render(
      <HubContext.Provider value={{ services, common, locale: 'en-US' }}>
        <PersonPhoto name="Åsa Öberg" size="S" labelled />
      </HubContext.Provider>
    );
    expect(view.container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'Åsa Öberg' }).textContent).toBe('ÅÖ');
    view.unmount();
  });
});
