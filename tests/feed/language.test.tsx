/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * A post's language (#12 item 3): chosen in the editor (the interface's language unless the
 * writer says otherwise), stored with the post, shown as a tag on the card and the post page,
 * and marked with `lang` on the title, teaser and text so that a screen reader reads a Swedish
 * post in Swedish inside a Finnish page (WCAG 3.1.2). A site not yet at v5 saves posts without it.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { FeedService } from '../../src/data/feed';
import { validatePost } from '../../src/domain/feed';
import { provision } from '../../src/lists/provision';
import { schemaAt } from '../../src/lists/schema';
import { createTestSite, TestSite } from '../support/sp';
import { renderApp, strings, writeBody } from './render';
import { purifyWindow, samplePost, warmLazyViews } from './site';

describe('the language of a post', () => {
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
        title: 'Nordic notes',
        kind: 'person',
        ownerIds: [anna.id]
      })
    ).id;
  });
  afterAll(() => site.dispose());
  afterEach(() => window.localStorage.clear());

  test('only fi, sv or en', () => {
    expect(validatePost({ ...samplePost(1), language: 'de' as never })).toEqual([{ field: 'language', code: 'languageUnknown' }]);
    expect(validatePost({ ...samplePost(1), language: 'sv' })).toEqual([]);
  });

  test('chosen in the editor, tagged on the card and the page, and marked for screen readers', async () => {
    const view = renderApp(site, anna.loginName);
    fireEvent.click(await screen.findByRole('button', { name: strings.WritePost }));
    const language = (await screen.findByRole('combobox', { name: strings.FieldLanguage })) as HTMLSelectElement;
    // The interface is in English: a new post is assumed to be too, until the writer says otherwise.
    expect(language.value).toBe('en');
    fireEvent.change(language, { target: { value: 'sv' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Headline/ }), { target: { value: 'Midsommar på residenset' } });
    writeBody('<p>Gäster från tolv länder.</p>');
    fireEvent.change(screen.getByRole('textbox', { name: /Keywords/ }), { target: { value: 'kultur' } });
    fireEvent.click(screen.getByRole('button', { name: strings.Publish }));
    const heading = await screen.findByRole('heading', { name: 'Midsommar på residenset', level: 2 }, { timeout: 5000 });
    expect(heading.getAttribute('lang')).toBe('sv');
    expect(screen.getByText('Gäster från tolv länder.').closest('[lang]')?.getAttribute('lang')).toBe('sv');
    expect(screen.getAllByText(strings.LanguageTagSv, { exact: false }).length).toBeGreaterThan(0);
    view.unmount();

    const readerView = renderApp(site, reader.loginName);
    const title = await screen.findByRole('heading', { name: 'Midsommar på residenset', level: 3 });
    expect(title.getAttribute('lang')).toBe('sv');
    const card = title.closest('article') as HTMLElement;
    expect(within(card).getByText(strings.LanguageTagSv)).toBeTruthy();
    expect(within(card).getByText('Gäster från tolv länder.').getAttribute('lang')).toBe('sv');
    readerView.unmount();
  });

  test('a site still at v4 saves the post without its language (no write to a column it lacks)', async () => {
    const old = createTestSite();
    await provision(old.spAs(old.adminLogin), schemaAt(4), 4);
    const writer = old.addUser('writer@contoso.onmicrosoft.com', 'Writer', 'Hub Members');
    const admin = new FeedService(old.spAs(old.adminLogin), { window: purifyWindow });
    (admin as unknown as { schema: { version: number } }).schema.version = 4;
    const blog = await admin.blogs.create({ title: 'Old blog', kind: 'person', ownerIds: [writer.id] });
    const feed = new FeedService(old.spAs(writer.loginName), { window: purifyWindow });
    await feed.firstView();
    const post = await feed.posts.create(samplePost(blog.id, { language: 'fi' }));
    expect(post.title).toBe(samplePost(blog.id).title);
    expect(post.language).toBeUndefined();
    old.dispose();
  });
});
