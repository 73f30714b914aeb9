/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Stored URLs in the feed, written by another client through REST (past the editor's checks): a
 * good practice's links and a post body without wrapping elements. What safeLink refuses shows as
 * text, never as an href; what it allows stays a link. Real @pnp/sp against the emulator.
 */
import { fireEvent, screen } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { FEED_LISTS, POST_FIELDS } from '../../src/lists/feedLists';
import { provision } from '../../src/lists/provision';
import { createTestSite, TestSite } from '../support/sp';
import { BARE_BODIES, HOSTILE_URLS } from '../fixtures/hostile-urls';
import { renderApp } from './render';
import { practicePost, warmLazyViews } from './site';

/** Every href and src in the page, with the scheme a browser would read. */
function liveUrls(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('[href], [src]')).map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '');
}

describe('stored URLs in the feed', () => {
  let site: TestSite;
  let anna: { id: number; loginName: string };
  let reader: { id: number; loginName: string };
  let blogId = 0;

  beforeAll(async () => {
    await warmLazyViews();
    site = createTestSite();
    await provision(site.spAs(site.adminLogin));
    anna = site.addUser('anna@contoso.onmicrosoft.com', 'Anna Writer', 'Hub Members');
    reader = site.addUser('risto@contoso.onmicrosoft.com', 'Risto Reader', 'Hub Members');
    blogId = (
      await createFeedAppServices(site.spAs(site.adminLogin)).feed.blogs.create({
        title: 'Tokyo notes',
        kind: 'person',
        ownerIds: [anna.id]
      })
    ).id;
  });
  afterAll(() => site.dispose());

  test('hostile good-practice links and a bare body written through REST render as text; safe links stay links', async () => {
    const writer = createFeedAppServices(site.spAs(anna.loginName));
    const stored = await writer.feed.posts.create(
      practicePost(blogId, {
        title: 'Links written by another client',
        author: { id: anna.id, name: 'Anna' },
        goodPractice: { ...practicePost(blogId).goodPractice!, links: ['https://um.fi/'] }
      })
    );
    const links = [
      ...HOSTILE_URLS.filter((u) => u.trim() !== ''),
      'https://um.fi/ajankohtaista',
      '/sites/hub/SitePages/Ohje.aspx',
      42,
      { href: 'javascript:alert(1)' }
    ];
    await site
      .spAs(anna.loginName)
      .web.lists.getByTitle(FEED_LISTS.posts.title)
      .items.getById(stored.id)
      .update({
        [POST_FIELDS.links]: JSON.stringify(links),
        [POST_FIELDS.body]: BARE_BODIES.join('')
      });

    const view = renderApp(site, reader.loginName);
    fireEvent.click(await screen.findByText('Links written by another client'));
    await screen.findByRole('heading', { name: 'Links written by another client' });
    // Every hostile URL is still there to read, as text.
    const list = (await screen.findByText('https://um.fi/ajankohtaista')).closest('ul') as HTMLElement;
    const items = Array.from(list.querySelectorAll('li'));
    expect(items.map((li) => li.textContent)).toEqual(links.filter((l) => typeof l === 'string'));
    for (const li of items) {
      const anchor = li.querySelector('a');
      const url = li.textContent || '';
      if (url === 'https://um.fi/ajankohtaista') expect(anchor?.getAttribute('href')).toBe(url);
      else if (url === '/sites/hub/SitePages/Ohje.aspx') expect(anchor?.getAttribute('href')).toBe(`${window.location.origin}${url}`);
      else expect({ url, anchor: anchor?.outerHTML }).toEqual({ url, anchor: undefined });
    }
    // The page as a whole: every live URL is https, mailto or on this host.
    for (const url of liveUrls(view.container))
      expect(url).toMatch(new RegExp(`^(https://|mailto:|/(?![/\\\\])|${window.location.origin}/)`));
    expect(screen.getByText('bare javascript link').closest('a')?.hasAttribute('href') ?? false).toBe(false);
    expect(screen.getByText('fine link').closest('a')?.getAttribute('href')).toBe('https://ok.example/');
    view.unmount();
  });
});
