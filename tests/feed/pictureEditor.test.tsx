/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * A picture in a post, as its writer adds it: the real app, real @pnp/sp and the emulator. The
 * browser's own preparation (canvas: smaller, no metadata) cannot run in jsdom: it is replaced
 * here by its result and proven in Chromium (tests/e2e/pictures.test.ts). Alternative text is
 * required; the picture goes where the cursor was; a failed save keeps the text and the picture;
 * the published post shows it, and the feed's card shows it as the post's cover.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { provision } from '../../src/lists/provision';
import { FEED_LISTS } from '../../src/lists/feedLists';
import { createTestSite, TestSite } from '../support/sp';
import { bodyHtml, postBody, renderApp, selectText, strings, writeBody } from './render';
import { warmLazyViews } from './site';

jest.mock('../../src/webparts/practiceFeed/components/editor/preparePicture', () => {
  const actual = jest.requireActual('../../src/webparts/practiceFeed/components/editor/preparePicture');
  return {
    ...actual,
    preparePicture: jest.fn(async (file: File) => {
      if (file.type === 'application/x-msdownload') throw new actual.PictureRefused('notAPicture');
      return { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3, 0xff, 0xd9]).buffer, type: 'image/jpeg', width: 1600, height: 900 };
    })
  };
});

describe('a picture in a post', () => {
  let site: TestSite;
  let anna: { id: number; loginName: string };
  let reader: { id: number; loginName: string };
  let blogId = 0;

  beforeAll(async () => {
    await warmLazyViews();
    await import('../../src/webparts/practiceFeed/components/editor/PictureInserter');
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
  afterEach(() => window.localStorage.clear());

  test("described, saved to the blog's pictures, put where the cursor was, shown in the post and on its card", async () => {
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByRole('button', { name: strings.WritePost }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Headline/ }), { target: { value: 'The harbour exhibition' } });
    writeBody('<p>First line.</p><p>Last line.</p>');
    // The cursor at the end of the first line.
    const { box } = postBody();
    selectText('First line.', undefined, true);
    fireEvent.click(screen.getByRole('button', { name: strings.ToolPicture }));
    const file = await screen.findByLabelText(strings.PictureFile);
    expect(document.activeElement).toBe(file);

    // Not a picture: said so, nothing else changes.
    await act(async () => {
      fireEvent.change(file, { target: { files: [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })] } });
    });
    expect(screen.getByRole('alert').textContent).toBe(strings.PictureNotAPicture);
    expect(screen.getByRole('button', { name: strings.PictureInsert })).toBeDisabled();

    await act(async () => {
      fireEvent.change(file, { target: { files: [new File(['x'], 'IMG_2041.jpg', { type: 'image/jpeg' })] } });
    });
    expect(await screen.findByText('1600 × 900 pixels. Location, camera and other details were removed from the file.')).toBeTruthy();
    // No description: not saved, and the description field says why and has the focus.
    fireEvent.click(screen.getByRole('button', { name: strings.PictureInsert }));
    const alt = screen.getByRole('textbox', { name: new RegExp(strings.PictureAlt) });
    expect(await screen.findByText(strings.PictureAltRequired)).toBeTruthy();
    expect(document.activeElement).toBe(alt);
    expect(alt).toHaveAttribute('aria-invalid', 'true');

    // The first save fails (the service is busy): the text and the picture are kept, and it is tried again.
    fireEvent.change(alt, { target: { value: 'The [new] harbour at dawn' } });
    site.emulator.faults.failNext(4, { status: 500, match: (url, method) => method === 'POST' && /addUsingPath/i.test(url) });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: strings.PictureInsert }));
    });
    expect(await screen.findByText(strings.PictureKept)).toBeTruthy();
    expect(bodyHtml()).toBe('<p>First line.</p><p>Last line.</p>');
    site.emulator.faults.clear();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: strings.PictureInsert }));
    });
    await waitFor(() => expect(screen.queryByLabelText(strings.PictureFile)).toBeNull());
    // In the text where the cursor was, with its description; the focus is back in the text.
    expect(bodyHtml()).toMatch(
      new RegExp(
        `^<p>First line\\.<img alt="The \\[new\\] harbour at dawn" src="/[^"\\s]*/blog-${blogId}/\\d{8}-\\d{6}-[0-9a-z]{6}\\.jpg"></p><p>Last line\\.</p>$`
      )
    );
    expect(box.querySelector('img')?.getAttribute('alt')).toBe('The [new] harbour at dawn');
    await waitFor(() => expect(document.activeElement).toBe(box));

    fireEvent.change(screen.getByRole('textbox', { name: /Keywords/ }), { target: { value: 'culture' } });
    fireEvent.click(screen.getByRole('button', { name: strings.Publish }));
    await screen.findByRole('heading', { name: 'The harbour exhibition' }, { timeout: 5000 });
    const shown = screen.getByRole('img', { name: 'The [new] harbour at dawn' });
    expect(shown.getAttribute('src')).toMatch(new RegExp(`/blog-${blogId}/`));
    view.unmount();

    const readerView = renderApp(site, reader.loginName);
    const card = (await screen.findByRole('heading', { name: 'The harbour exhibition' })).closest('article') as HTMLElement;
    const cover = within(card).getByRole('img', { name: 'The [new] harbour at dawn' });
    expect(cover.getAttribute('loading')).toBe('lazy');
    expect(cover.getAttribute('width')).toBe('200');
    readerView.unmount();
  });

  test('a picture written into a post from elsewhere on the site is not shown, on the card or in the post', async () => {
    const writer = createFeedAppServices(site.spAs(anna.loginName));
    const post = await writer.feed.posts.create({
      title: 'Borrowed picture',
      bodyHtml: '<p>Text</p>',
      kind: 'blogPost',
      keywords: [],
      blogId,
      author: { id: anna.id, name: 'Anna' },
      licence: 'none'
    });
    // Another client writes the body raw, pointing at a file outside the pictures library.
    await site
      .spAs(anna.loginName)
      .web.lists.getByTitle(FEED_LISTS.posts.title)
      .items.getById(post.id)
      .update({ Body: '<p>Text</p><p><img alt="borrowed" src="/sites/test/SiteAssets/secret.png"></p>' });
    const view = renderApp(site, reader.loginName);
    const card = (await screen.findByRole('heading', { name: 'Borrowed picture' })).closest('article') as HTMLElement;
    expect(within(card).queryByRole('img', { name: 'borrowed' })).toBeNull();
    expect(card.querySelector('img[src*="SiteAssets"]')).toBeNull();
    fireEvent.click(within(card).getByText('Borrowed picture'));
    await screen.findByRole('heading', { name: 'Borrowed picture', level: 2 });
    expect(screen.queryByRole('img', { name: 'borrowed' })).toBeNull();
    view.unmount();
  });
});
