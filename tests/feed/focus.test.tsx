/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Focus after the feed's view changes and its delete dialog, and an unsent comment kept in the
 * browser across a reload (issue #7): in the app with real @pnp/sp and the emulator.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { provision } from '../../src/lists/provision';
import { createTestSite, TestSite } from '../support/sp';
import { common, renderApp, strings } from './render';
import { samplePost, warmLazyViews } from './site';

describe('focus and kept comments in the feed', () => {
  let site: TestSite;
  let anna: { id: number; loginName: string };
  let reader: { id: number; loginName: string };

  beforeAll(async () => {
    await warmLazyViews();
    site = createTestSite();
    await provision(site.spAs(site.adminLogin));
    anna = site.addUser('anna@contoso.onmicrosoft.com', 'Anna Writer', 'Hub Members');
    reader = site.addUser('risto@contoso.onmicrosoft.com', 'Risto Reader', 'Hub Members');
    const blogId = (
      await createFeedAppServices(site.spAs(site.adminLogin)).feed.blogs.create({
        title: 'Tokyo notes',
        kind: 'person',
        ownerIds: [anna.id]
      })
    ).id;
    await createFeedAppServices(site.spAs(anna.loginName)).feed.posts.create(samplePost(blogId, { title: 'Earthquake diary' }));
  });
  afterEach(() => window.localStorage.clear());

  test('the delete dialog gives focus back to "Delete post" after Escape and Cancel, also when the click did not focus it', async () => {
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByText('Earthquake diary'));
    await screen.findByRole('heading', { name: 'Earthquake diary' });
    const del = await screen.findByRole('button', { name: strings.DeletePost });
    // A click that does not focus the button (Safari, and jsdom): the dialog's own "focus back" has nothing to go to.
    fireEvent.click(del);
    const cancel = await screen.findByRole('button', { name: strings.Cancel });
    expect(document.activeElement).toBe(cancel);
    // Escape: the browser fires a cancelable `cancel` at the open modal dialog (jsdom has no key handling of its own for it).
    fireEvent(screen.getByRole('alertdialog'), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: strings.DeletePost })));
    (document.activeElement as HTMLElement).blur();
    fireEvent.click(screen.getByRole('button', { name: strings.DeletePost }));
    fireEvent.click(await screen.findByRole('button', { name: strings.Cancel }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: strings.DeletePost })));
    view.unmount();
  });

  test('"Back to all posts" returns focus to the post\'s link, or to the feed\'s heading from a view of no post', async () => {
    const view = renderApp(site, reader.loginName);
    fireEvent.click(await screen.findByRole('button', { name: 'Earthquake diary' }));
    await screen.findByRole('heading', { name: 'Earthquake diary' });
    fireEvent.click(screen.getByRole('button', { name: strings.BackToFeed }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Earthquake diary' })));
    fireEvent.click(screen.getByRole('button', { name: strings.MyProfile }));
    fireEvent.click(await screen.findByRole('button', { name: strings.BackToFeed }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: strings.Title })));
    view.unmount();
  });

  test('an unsent comment survives a failed send and a reload, and is gone once sent', async () => {
    const first = renderApp(site, reader.loginName);
    fireEvent.click(await screen.findByRole('button', { name: 'Earthquake diary' }));
    const box = (await screen.findByRole('textbox', { name: strings.AddComment })) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Did the trains run?' } });
    site.emulator.faults.failNext(1000, { status: 500, match: (url, method) => url.includes('/_api/') && method !== 'GET' });
    fireEvent.click(screen.getByRole('button', { name: strings.SendComment }));
    await screen.findByText(common.ErrorUnknown);
    expect(box.value).toBe('Did the trains run?');
    site.emulator.faults.clear();
    first.unmount();

    // "Reload": a new app; the post opens again with the comment offered back.
    const second = renderApp(site, reader.loginName);
    fireEvent.click(await screen.findByRole('button', { name: 'Earthquake diary' }));
    await screen.findByText(strings.CommentRestored);
    const again = (await screen.findByRole('textbox', { name: strings.AddComment })) as HTMLTextAreaElement;
    expect(again.value).toBe('Did the trains run?');
    fireEvent.click(screen.getByRole('button', { name: strings.SendComment }));
    await screen.findByText('Did the trains run?', { selector: 'div, span, p' });
    await waitFor(() => expect(again.value).toBe(''));
    expect(screen.queryByText(strings.CommentRestored)).toBeNull();
    second.unmount();

    const third = renderApp(site, reader.loginName);
    fireEvent.click(await screen.findByRole('button', { name: 'Earthquake diary' }));
    await screen.findByRole('heading', { name: 'Earthquake diary' });
    expect(((await screen.findByRole('textbox', { name: strings.AddComment })) as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByText(strings.CommentRestored)).toBeNull();
    third.unmount();
  });
});
