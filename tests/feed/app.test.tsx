/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The practice feed app as people use it: the real App, real @pnp/sp and the emulator (only the
 * network is replaced). Hostile HTML stored by another client must render as nothing executable.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { FEED_LISTS } from '../../src/lists/feedLists';
import { provision } from '../../src/lists/provision';
import { draftKey } from '../../src/webparts/practiceFeed/components/editor/drafts';
import { createTestSite, TestSite } from '../support/sp';
import { bodyHtml, renderApp, strings, writeBody } from './render';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { warmLazyViews } from './site';

/** Nothing that runs script: no script/iframe/object/embed/svg/math/style/form elements, no on* attributes, no javascript: URLs. */
function assertNothingExecutable(container: HTMLElement): void {
  const bad = container.querySelectorAll(
    'script, iframe, frame, object, embed, svg foreignObject, math, style, form[action], base, meta, link, template'
  );
  expect(Array.from(bad).map((e) => e.outerHTML)).toEqual([]);
  for (const el of Array.from(container.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect({ tag: el.tagName, attr: attr.name }).not.toEqual({ tag: el.tagName, attr: expect.stringMatching(/^on/i) });
      if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) expect(attr.value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
    }
  }
}

describe('the practice feed app', () => {
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
    const admin = createFeedAppServices(site.spAs(site.adminLogin));
    blogId = (await admin.feed.blogs.create({ title: 'Tokyo notes', kind: 'person', ownerIds: [anna.id] })).id;
  });
  afterEach(() => window.localStorage.clear());

  test('the hostile corpus, stored through the repository and raw by another client, renders nothing executable', async () => {
    const writer = createFeedAppServices(site.spAs(anna.loginName));
    const body = XSS_PAYLOADS.map((p) => `<p>${p}</p>`).join('');
    const stored = await writer.feed.posts.create({
      title: 'Hostile corpus',
      bodyHtml: `<p>Intro</p>${body}`,
      kind: 'blogPost',
      keywords: ['xss'],
      blogId,
      author: { id: anna.id, name: 'Anna' },
      licence: 'none'
    });
    expect(stored.bodyHtml).not.toMatch(/<script|onerror=|javascript:/i);
    // Another client writes the raw corpus straight into the list: rendering must sanitise again.
    await site.spAs(anna.loginName).web.lists.getByTitle(FEED_LISTS.posts.title).items.getById(stored.id).update({ Body: body });

    const view = renderApp(site, reader.loginName);
    fireEvent.click(await screen.findByText('Hostile corpus'));
    await screen.findByRole('heading', { name: 'Hostile corpus' });
    assertNothingExecutable(view.container);
    view.unmount();
  });

  test('an owner writes a post with the writing help; the feed shows it; a reader likes and comments', async () => {
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByRole('button', { name: strings.WritePost }));
    const title = await screen.findByRole('textbox', { name: /Headline/ });
    expect(screen.getByText(strings.HintHeadlineMissing)).toBeTruthy();
    fireEvent.change(title, { target: { value: 'Crisis register sign-ups through Facebook' } });
    writeBody('<p>Call me on 040 123 4567.</p><ul><li><strong>Sign-ups</strong> worked</li></ul>');
    expect(screen.getByText(strings.HintKeywordsMissing)).toBeTruthy();
    expect(screen.getByText('040 123 4567 looks like a phone number.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Keywords/ }), { target: { value: 'crisis, Facebook' } });
    expect(screen.queryByText(strings.HintKeywordsMissing)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: strings.Publish }));
    // Saving is several requests (the post, its keyword rows, reading it back), then the post's view opens.
    await screen.findByRole('heading', { name: 'Crisis register sign-ups through Facebook' }, { timeout: 5000 });
    expect(screen.getByText('Sign-ups').tagName).toBe('STRONG');
    view.unmount();

    const readerView = renderApp(site, reader.loginName);
    const card = (await screen.findByRole('heading', { name: 'Crisis register sign-ups through Facebook' })).closest(
      'article'
    ) as HTMLElement;
    // The button says what it does ("Like"); the count is its own text in the right plural form.
    const like = within(card).getByRole('button', { name: strings.Like });
    expect(like.getAttribute('aria-pressed')).toBe('false');
    expect(like.textContent).toBe(strings.Like);
    // The comment count is an icon and a number; its name says it in words, in the plural's form.
    expect(within(card).getByRole('button', { name: '0 comments' }).textContent).toBe('0');
    fireEvent.click(like);
    await waitFor(() => expect(within(card).getByRole('button', { name: strings.Liked }).getAttribute('aria-pressed')).toBe('true'));
    expect(within(card).getByRole('button', { name: strings.Liked })).toHaveAccessibleDescription('1 like');
    expect(within(card).getByText('1 like')).toBeTruthy();
    fireEvent.click(within(card).getByText('Crisis register sign-ups through Facebook'));
    const box = await screen.findByRole('textbox', { name: strings.AddComment });
    fireEvent.change(box, { target: { value: 'Thank you, very useful.' } });
    fireEvent.click(screen.getByRole('button', { name: strings.SendComment }));
    // A controlled text area holds what was typed as its own text too (React sets its defaultValue),
    // so the sent comment is looked for outside the box, and the count waits for the send to finish.
    await screen.findByText('Thank you, very useful.', { selector: 'div, span, p' });
    expect(await screen.findByRole('heading', { name: 'Comments (1)' })).toBeTruthy();
    readerView.unmount();
  });

  test('filters: by keyword from a card and by kind', async () => {
    const view = renderApp(site, reader.loginName);
    const link = await screen.findAllByRole('button', { name: 'Show posts with the keyword xss' });
    fireEvent.click(link[0]);
    await waitFor(() => expect(screen.queryByText('Crisis register sign-ups through Facebook')).toBeNull());
    expect(screen.getByText('Hostile corpus')).toBeTruthy();
    view.unmount();
  });

  test('a draft is kept in the browser and offered back; a failed publish keeps the text', async () => {
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByRole('button', { name: strings.WritePost }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Headline/ }), { target: { value: 'Half-written thoughts' } });
    writeBody('<p>It began with <em>one</em> line: 5*3 = 15.</p>');
    await waitFor(() =>
      expect(window.localStorage.getItem(draftKey({ siteKey: site.siteUrl.toLowerCase(), userId: anna.id, blogId }))).toContain('5*3 = 15')
    );
    view.unmount();

    const again = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByRole('button', { name: strings.WritePost }));
    expect(((await screen.findByRole('textbox', { name: /Headline/ })) as HTMLInputElement).value).toBe('Half-written thoughts');
    expect(screen.getAllByText(/Your unfinished draft from/).length).toBeGreaterThan(0);
    // The text comes back into the editor as it was written.
    expect(bodyHtml()).toBe('<p>It began with <em>one</em> line: 5*3 = 15.</p>');
    writeBody('<p>Some text.</p>');
    site.emulator.faults.failNext(1, {
      status: 500,
      match: (url, method) => method === 'POST' && /AddValidateUpdateItemUsingPath/i.test(url)
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: strings.Publish }));
    });
    await screen.findByText(strings.SaveFailedKept);
    expect((screen.getByRole('textbox', { name: /Headline/ }) as HTMLInputElement).value).toBe('Half-written thoughts');
    expect(window.localStorage.getItem(draftKey({ siteKey: site.siteUrl.toLowerCase(), userId: anna.id, blogId }))).toContain(
      'Half-written thoughts'
    );
    again.unmount();
  });

  test('a reader sees no "write" button and the server would refuse anyway', async () => {
    const view = renderApp(site, reader.loginName);
    await screen.findByText(strings.Intro);
    expect(screen.queryByRole('button', { name: strings.WritePost })).toBeNull();
    view.unmount();
  });
});
