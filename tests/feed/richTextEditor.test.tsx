/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The post editor's writing surface as people use it, in the real app against the emulator: a
 * labelled multi-line text box with its help; a toolbar whose buttons say when they are on; bold,
 * subheadings, lists, quotes and links from the toolbar (a link through a small labelled form
 * that refuses addresses the suite would not show as links); and what is published is the plain
 * HTML the sanitiser keeps. A post written in the old markup syntax opens in it as it looks.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { FEED_LISTS } from '../../src/lists/feedLists';
import { provision } from '../../src/lists/provision';
import { createTestSite, TestSite } from '../support/sp';
import { bodyHtml, postBody, renderApp, selectText, strings, writeBody } from './render';
import { warmLazyViews } from './site';

function tool(name: string): HTMLElement {
  return within(screen.getByRole('toolbar', { name: strings.ToolbarLabel })).getByRole('button', { name });
}

/** Presses a toolbar button; the change is reported (MutationObserver) in a microtask, which act waits for. */
async function press(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(tool(name));
  });
}

describe("the post editor's rich text", () => {
  let site: TestSite;
  let anna: { id: number; loginName: string };
  let blogId = 0;

  beforeAll(async () => {
    await warmLazyViews();
    site = createTestSite();
    await provision(site.spAs(site.adminLogin));
    anna = site.addUser('anna@contoso.onmicrosoft.com', 'Anna Writer', 'Hub Members');
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

  test('a labelled text box and a toolbar that makes subheadings, bold, lists, quotes and links; published as plain HTML', async () => {
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByRole('button', { name: strings.WritePost }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Headline/ }), { target: { value: 'Ash cloud lessons' } });
    const { box } = postBody();
    expect(box.getAttribute('contenteditable')).toBe('true');
    expect(box.getAttribute('aria-multiline')).toBe('true');
    expect(box.getAttribute('aria-required')).toBe('true');
    expect(box.getAttribute('aria-invalid')).toBe('false');
    expect(document.getElementById(box.getAttribute('aria-describedby') || '')?.textContent).toBe(strings.BodyHelp);
    const toolbar = screen.getByRole('toolbar', { name: strings.ToolbarLabel });
    expect(toolbar.getAttribute('aria-controls')).toBe(box.id);
    for (const name of [
      strings.ToolBold,
      strings.ToolItalic,
      strings.ToolHeading,
      strings.ToolMinorHeading,
      strings.ToolBulletList,
      strings.ToolNumberedList,
      strings.ToolQuote
    ]) {
      expect(tool(name).getAttribute('aria-pressed')).toBe('false');
    }
    expect(tool(strings.ToolBold).getAttribute('aria-keyshortcuts')).toBe('Control+B');

    writeBody(
      ['Ash cloud', 'London reached 2,000 Finns via 5*3 = 15 and 2*4 groups.', 'Facebook groups', 'Quick but accurate', 'See the page.']
        .map((line) => `<p>${line}</p>`)
        .join('')
    );

    selectText('Ash cloud');
    await press(strings.ToolHeading);
    expect(box.querySelector('h2')?.textContent).toBe('Ash cloud');
    selectText('Ash cloud');
    expect(tool(strings.ToolHeading).getAttribute('aria-pressed')).toBe('true');

    selectText('London', '2,000 Finns');
    await press(strings.ToolBold);
    expect(box.querySelector('b')?.textContent).toBe('2,000 Finns'); // Squire's bold; stored as strong
    selectText('2,000 Finns');
    expect(tool(strings.ToolBold).getAttribute('aria-pressed')).toBe('true');
    expect(tool(strings.ToolHeading).getAttribute('aria-pressed')).toBe('false');

    selectText('Facebook groups');
    await press(strings.ToolBulletList);
    expect(box.querySelector('ul li')?.textContent).toBe('Facebook groups');
    expect(tool(strings.ToolBulletList).getAttribute('aria-pressed')).toBe('true');

    selectText('Quick but accurate');
    await press(strings.ToolQuote);
    expect(box.querySelector('blockquote')?.textContent).toBe('Quick but accurate');
    expect(tool(strings.ToolQuote).getAttribute('aria-pressed')).toBe('true');

    // A link: a small labelled form, not a browser prompt; an address the suite would not show as a link is refused.
    selectText('See the page.', 'the page');
    await press(strings.ToolLink);
    expect(tool(strings.ToolLink).getAttribute('aria-expanded')).toBe('true');
    const address = screen.getByRole('textbox', { name: new RegExp(`^${strings.LinkAddress}`) });
    expect(document.activeElement).toBe(address);
    fireEvent.change(address, { target: { value: 'javascript:alert(1)' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: strings.LinkApply }));
    });
    expect(screen.getByRole('alert').textContent).toBe(strings.LinkInvalid);
    expect(address).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(address, { target: { value: 'example.org/a_(b)' } });
    await act(async () => {
      fireEvent.keyDown(address, { key: 'Enter' });
    });
    expect(screen.queryByRole('textbox', { name: new RegExp(`^${strings.LinkAddress}`) })).toBeNull();
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://example.org/a_(b)');
    expect(box.querySelector('a')?.textContent).toBe('the page');
    await waitFor(() => expect(document.activeElement).toBe(box));
    // Escape closes the form without a link; the focus goes back to the Link button.
    await press(strings.ToolLink);
    fireEvent.keyDown(screen.getByRole('textbox', { name: new RegExp(`^${strings.LinkAddress}`) }), { key: 'Escape' });
    expect(document.activeElement).toBe(tool(strings.ToolLink));
    expect(tool(strings.ToolLink).getAttribute('aria-expanded')).toBe('false');

    const expected =
      '<h2>Ash cloud</h2><p>London reached <strong>2,000 Finns</strong> via 5*3 = 15 and 2*4 groups.</p><ul><li>Facebook groups</li></ul>' +
      '<blockquote><p>Quick but accurate</p></blockquote><p>See <a href="https://example.org/a_(b)">the page</a>.</p>';
    expect(bodyHtml()).toBe(expected);
    fireEvent.change(screen.getByRole('textbox', { name: /Keywords/ }), { target: { value: 'crisis' } });
    fireEvent.click(screen.getByRole('button', { name: strings.Publish }));
    await screen.findByRole('heading', { name: 'Ash cloud lessons' }, { timeout: 5000 });
    // Stored as written: the sanitiser had nothing to take away (it only adds rel to links).
    const items = await site.spAs(anna.loginName).web.lists.getByTitle(FEED_LISTS.posts.title).items.select('Title', 'Body')();
    const stored = items.filter((i: { Title: string }) => i.Title === 'Ash cloud lessons')[0] as { Body: string };
    expect(stored.Body).toBe(
      expected.replace('<a href="https://example.org/a_(b)">', '<a href="https://example.org/a_(b)" rel="noopener noreferrer">')
    );
    expect(screen.getByText('2,000 Finns').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'the page' }).getAttribute('href')).toBe('https://example.org/a_(b)');
    view.unmount();
  });

  test('a post written in the old markup syntax opens in the editor as it looks, and an edit keeps the rest', async () => {
    const writer = createFeedAppServices(site.spAs(anna.loginName));
    // What the old editor stored for "## Plan\n\nWe **did** it: 5 * 3.\n\n- one\n- two\n\n> Quick".
    await writer.feed.posts.create({
      title: 'Old syntax',
      bodyHtml:
        '<h2>Plan</h2><p>We <strong>did</strong> it: 5 * 3.</p><ul><li>one</li><li>two</li></ul><blockquote><p>Quick</p></blockquote>',
      kind: 'blogPost',
      keywords: ['plan'],
      blogId,
      author: { id: anna.id, name: 'Anna' },
      licence: 'none'
    });
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByText('Old syntax'));
    fireEvent.click(await screen.findByRole('button', { name: strings.EditPost }));
    const { box } = await waitFor(() => postBody());
    expect(box.querySelector('h2')?.textContent).toBe('Plan');
    expect(box.querySelector('b')?.textContent).toBe('did');
    expect(box.querySelectorAll('ul li').length).toBe(2);
    expect(box.querySelector('blockquote')?.textContent).toBe('Quick');
    expect(bodyHtml()).toBe(
      '<h2>Plan</h2><p>We <strong>did</strong> it: 5 * 3.</p><ul><li>one</li><li>two</li></ul><blockquote><p>Quick</p></blockquote>'
    );
    writeBody('<h2>Plan</h2><p>We <strong>did</strong> it: 5 * 3 = 15.</p>');
    fireEvent.click(screen.getByRole('button', { name: strings.SaveChanges }));
    await screen.findByRole('heading', { name: 'Old syntax', level: 2 }, { timeout: 5000 });
    expect(screen.getByText(/5 \* 3 = 15/).innerHTML).toBe('We <strong>did</strong> it: 5 * 3 = 15.');
    view.unmount();
  });

  test('a body written raw by another client opens in the editor with nothing that runs or loads from outside', async () => {
    const writer = createFeedAppServices(site.spAs(anna.loginName));
    const post = await writer.feed.posts.create({
      title: 'Raw body',
      bodyHtml: '<p>Text</p>',
      kind: 'blogPost',
      keywords: ['raw'],
      blogId,
      author: { id: anna.id, name: 'Anna' },
      licence: 'none'
    });
    await site
      .spAs(anna.loginName)
      .web.lists.getByTitle(FEED_LISTS.posts.title)
      .items.getById(post.id)
      .update({
        Body:
          '<p onmouseover="window.__x=1">Text<script>window.__x=2</script><img src="https://evil.example/pixel.gif" alt="pixel" onerror="window.__x=3">' +
          '<a href="javascript:window.__x=4">click</a></p><iframe src="https://evil.example/"></iframe><p style="position:fixed">Last</p>'
      });
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByText('Raw body'));
    fireEvent.click(await screen.findByRole('button', { name: strings.EditPost }));
    const { box } = await waitFor(() => postBody());
    expect(box.querySelectorAll('script, iframe, img, a').length).toBe(0);
    expect(
      Array.from(box.querySelectorAll('*')).filter((e) =>
        Array.from(e.attributes).some((a) => /^on|^style$/i.test(a.name) && !/white-space/.test(a.value))
      )
    ).toEqual([]);
    expect(bodyHtml()).toBe('<p>Textclick</p><p>Last</p>');
    view.unmount();
  });

  test('an empty text is still required; the text box says it is invalid', async () => {
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByRole('button', { name: strings.WritePost }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Headline/ }), { target: { value: 'Nothing to say' } });
    writeBody('<p><br></p>');
    fireEvent.click(screen.getByRole('button', { name: strings.Publish }));
    await waitFor(() => expect(postBody().box.getAttribute('aria-invalid')).toBe('true'));
    expect(postBody().box.getAttribute('aria-describedby')).toMatch(/ ddh-post-body-error$/);
    view.unmount();
  });
});
