/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Handing a blog over and deleting one's own post, in the app with real @pnp/sp and the emulator:
 * what the screen offers, and what the server then allows.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { FEED_LISTS } from '../../src/lists/feedLists';
import { provision } from '../../src/lists/provision';
import { createTestSite, TestSite } from '../support/sp';
import { renderApp, strings } from './render';
import { samplePost, warmLazyViews } from './site';

describe('managing blogs and posts', () => {
  let site: TestSite;
  let anna: { id: number; loginName: string };
  let maria: { id: number; loginName: string };
  let reader: { id: number; loginName: string };
  let blogId = 0;

  beforeAll(async () => {
    await warmLazyViews();
    site = createTestSite();
    await provision(site.spAs(site.adminLogin));
    anna = site.addUser('anna@contoso.onmicrosoft.com', 'Anna Writer', 'Hub Members');
    maria = site.addUser('maria@contoso.onmicrosoft.com', 'Maria Successor', 'Hub Members');
    reader = site.addUser('risto@contoso.onmicrosoft.com', 'Risto Reader', 'Hub Members');
    // People become site users when they first visit; Maria has.
    await createFeedAppServices(site.spAs(maria.loginName)).feed.firstView();
    blogId = (
      await createFeedAppServices(site.spAs(site.adminLogin)).feed.blogs.create({
        title: 'Tokyo notes',
        kind: 'person',
        ownerIds: [anna.id]
      })
    ).id;
    await createFeedAppServices(site.spAs(anna.loginName)).feed.posts.create(samplePost(blogId, { title: 'Earthquake diary' }));
  });

  test('a site owner hands a blog over with the people picker; the server follows', async () => {
    const view = renderApp(site, site.adminLogin);
    fireEvent.click((await screen.findAllByRole('button', { name: 'in Tokyo notes' }))[0]);
    fireEvent.click(await screen.findByRole('button', { name: strings.ChangeOwners }));
    await screen.findByRole('heading', { name: 'Writers of Tokyo notes' });
    const group = await screen.findByRole('group', { name: strings.OwnerPeopleLabel });
    expect(group.getAttribute('aria-describedby')).toBe('ddh-owner-hint');
    // Anna is listed with a remove button; removing her leaves no writer, which the form refuses.
    fireEvent.click(within(group).getByRole('button', { name: `${strings.OwnerRemove} Anna Writer` }));
    fireEvent.click(screen.getByRole('button', { name: strings.SaveOwners }));
    expect((await screen.findByRole('alert')).textContent).toBe(strings.BlogNeedsOwner);
    expect(group.getAttribute('aria-describedby')).toBe('ddh-owner-hint ddh-owner-error');
    // Type, wait for the site's users, Enter picks the first.
    const input = within(group).getByRole('combobox', { name: strings.OwnerPeopleLabel }) as HTMLInputElement;
    input.focus();
    fireEvent.input(input, { target: { value: 'Mar' } });
    await screen.findByText(strings.OwnerSuggestions, undefined, { timeout: 3000 });
    await screen.findByText('maria@contoso.onmicrosoft.com');
    fireEvent.keyDown(input, { key: 'Enter', which: 13, keyCode: 13 });
    await within(group).findAllByText('Maria Successor');
    fireEvent.click(screen.getByRole('button', { name: strings.SaveOwners }));
    await screen.findByRole('heading', { name: 'Tokyo notes' });
    await screen.findByText(strings.OwnersSaved);
    expect(screen.getByRole('button', { name: 'Maria Successor' })).toBeTruthy();
    view.unmount();

    // The folder's permissions changed with the list: Maria may post, Anna no longer.
    const post = samplePost(blogId, { title: 'Handed over' });
    await expect(createFeedAppServices(site.spAs(maria.loginName)).feed.posts.create(post)).resolves.toMatchObject({
      title: 'Handed over'
    });
    await expect(createFeedAppServices(site.spAs(anna.loginName)).feed.posts.create(post)).rejects.toMatchObject({ status: 403 });
  });

  test('a site owner creates a blog, choosing its writer with the people picker; the server lets only them post', async () => {
    const view = renderApp(site, site.adminLogin);
    fireEvent.click(await screen.findByRole('button', { name: strings.NewBlog }));
    fireEvent.change(await screen.findByRole('textbox', { name: strings.BlogTitleLabel }), { target: { value: 'Stockholm diary' } });
    const group = await screen.findByRole('group', { name: strings.OwnerPeopleLabel });
    // No writer and no group: the form refuses and says why.
    fireEvent.click(screen.getByRole('button', { name: strings.CreateBlog }));
    expect((await within(group).findByRole('alert')).textContent).toBe(strings.BlogNeedsOwner);
    const input = within(group).getByRole('combobox', { name: strings.OwnerPeopleLabel }) as HTMLInputElement;
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.input(input, { target: { value: 'Mar' } });
    const option = await within(group).findByRole('option', undefined, { timeout: 3000 });
    expect(option.textContent).toContain('maria@contoso.onmicrosoft.com');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(option.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(within(group).getByRole('button', { name: `${strings.OwnerRemove} Maria Successor` })).toBeTruthy();
    expect(input.value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: strings.CreateBlog }));
    await screen.findByRole('heading', { name: 'Stockholm diary' }, { timeout: 5000 });
    await screen.findByText(strings.BlogCreated);
    expect(screen.getByRole('button', { name: 'Maria Successor' })).toBeTruthy();
    view.unmount();

    const blog = (await createFeedAppServices(site.spAs(site.adminLogin)).feed.blogs.list()).find((b) => b.title === 'Stockholm diary');
    expect(blog && blog.ownerIds).toEqual([maria.id]);
    const post = samplePost(blog ? blog.id : 0, { title: 'From Stockholm' });
    await expect(createFeedAppServices(site.spAs(maria.loginName)).feed.posts.create(post)).resolves.toMatchObject({
      title: 'From Stockholm'
    });
    await expect(createFeedAppServices(site.spAs(reader.loginName)).feed.posts.create(post)).rejects.toMatchObject({ status: 403 });
  });

  test('only site owners are offered to change the writers', async () => {
    const view = renderApp(site, reader.loginName);
    fireEvent.click((await screen.findAllByRole('button', { name: 'in Tokyo notes' }))[0]);
    await screen.findByRole('heading', { name: 'Tokyo notes' });
    expect(screen.queryByRole('button', { name: strings.ChangeOwners })).toBeNull();
    view.unmount();
  });

  test('the author deletes their own post after confirming; its keyword rows go with it', async () => {
    const maria$ = createFeedAppServices(site.spAs(maria.loginName));
    const doomed = await maria$.feed.posts.create(samplePost(blogId, { title: 'Posted by mistake', keywords: ['mistake', 'tokyo'] }));
    const keywordRows = (): Promise<unknown[]> =>
      site.spAs(site.adminLogin).web.lists.getByTitle(FEED_LISTS.postKeywords.title).items.filter(`PostId eq ${doomed.id}`).select('Id')<
        unknown[]
      >();
    expect(await keywordRows()).toHaveLength(2);

    // A reader sees no delete button.
    const readerView = renderApp(site, reader.loginName);
    fireEvent.click(await screen.findByText('Posted by mistake'));
    await screen.findByRole('heading', { name: 'Posted by mistake' });
    expect(screen.queryByRole('button', { name: strings.DeletePost })).toBeNull();
    readerView.unmount();

    const view = renderApp(site, maria.loginName);
    fireEvent.click(await screen.findByText('Posted by mistake'));
    await screen.findByRole('heading', { name: 'Posted by mistake' });
    fireEvent.click(screen.getByRole('button', { name: strings.DeletePost }));
    let dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(strings.DeletePostTitle)).toBeTruthy();
    expect(document.activeElement && document.activeElement.textContent).toBe(strings.Cancel);
    fireEvent.click(within(dialog).getByRole('button', { name: strings.Cancel }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await maria$.feed.posts.get(doomed.id)).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: strings.DeletePost }));
    dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: strings.DeletePostConfirm }));
    await screen.findByText(strings.Intro);
    await screen.findByText('Handed over');
    expect(screen.queryByText('Posted by mistake')).toBeNull();
    // The feed's own reload does not replace what the delete told a screen reader.
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(strings.PostDeleted);
    view.unmount();
    expect(await maria$.feed.posts.get(doomed.id)).toBeUndefined();
    expect(await keywordRows()).toHaveLength(0);
  });
});
