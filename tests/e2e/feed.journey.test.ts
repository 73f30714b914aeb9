/** @jest-environment node */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LISTS } from '../../src/lists/schema';
import { BrowserSession, mediaSettled, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(180000);

/** What a hostile writer might paste: each line tries another way to run code or reach outside. */
const HOSTILE = [
  '<script>window.__xss = "script"</script>',
  '<img src="x" onerror="window.__xss = \'img\'">',
  '<svg onload="window.__xss = \'svg\'"></svg>',
  '<iframe src="javascript:window.__xss = \'iframe\'"></iframe>',
  "[click me](javascript:window.__xss='link')",
  '<a href="data:text/html,<script>window.__xss=1</script>">data link</a>',
  '<form action="https://evil.example/"><input name="x"></form>',
  '"><img src=https://evil.example/pixel.png>'
].join('\n\n');

describe('blogs in Chromium: a hostile post is rendered inert', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test('a blog owner publishes a post full of attacks; readers see text, nothing runs, nothing loads from outside', async () => {
    const lars = await session.open({ user: loginOf('lars.holmberg@formin.example'), lang: 'en-us', theme: 'light', part: 'practiceFeed' });
    const dialogs: string[] = [];
    lars.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => undefined);
    });
    await lars.getByRole('button', { name: 'Write a post' }).click();
    await lars.getByLabel('Headline', { exact: true }).fill('Attack <script>window.__xss="title"</script> test');
    await lars.getByLabel('Text', { exact: true }).fill(HOSTILE);
    await lars.getByLabel('Keywords', { exact: true }).fill('security, test');
    await lars.getByRole('button', { name: 'Publish' }).click();
    await lars.getByText('The post was published.').first().waitFor();

    // The editor turned the attack into text. A hostile client skips the editor and writes raw
    // HTML into the post through REST, which the server allows an owner: rendering must still be inert.
    const siteUrl = session.workbench.siteUrl;
    const asLars = spfi(siteUrl).using(
      SPBrowser({ baseUrl: siteUrl }),
      InjectHeaders({ 'X-Emulator-User': loginOf('lars.holmberg@formin.example') })
    );
    const posts = asLars.web.lists.getByTitle(LISTS.posts.title).items;
    const [post] = await posts.filter("startswith(Title,'Attack')").select('Id')<Array<{ Id: number }>>();
    await posts.getById(post.Id).update({ Body: `<p>Raw:</p>${HOSTILE}<p>data link</p>` });

    // Another person reads it.
    const reader = await session.open({
      user: loginOf('sofia.jarvinen@formin.example'),
      lang: 'en-us',
      theme: 'light',
      part: 'practiceFeed'
    });
    reader.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => undefined);
    });
    await reader
      .locator('main')
      .getByText(/^Attack </)
      .first()
      .click();
    // The raw body is shown (its last line), and every image in both pages has loaded or failed.
    await reader.getByText('data link').first().waitFor();
    await Promise.all([mediaSettled(lars), mediaSettled(reader)]);

    for (const page of [lars, reader]) {
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      const inMain = await page.evaluate(() => {
        const main = document.querySelector('main') as HTMLElement;
        const elements = Array.from(main.querySelectorAll('*'));
        return {
          scripts: main.querySelectorAll('script, iframe, object, embed, svg script').length,
          outsideForms: Array.from(main.querySelectorAll('form')).filter((form) => /evil\.example/.test(form.getAttribute('action') || ''))
            .length,
          handlers: elements.filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
          badUrls: elements.filter((e) =>
            ['href', 'src', 'action'].some((name) => /^\s*(javascript|data|vbscript):/i.test(e.getAttribute(name) || ''))
          ).length,
          outsideImages: Array.from(main.querySelectorAll('img')).filter((img) => /evil\.example/.test(img.getAttribute('src') || ''))
            .length
        };
      });
      expect(inMain).toEqual({ scripts: 0, outsideForms: 0, handlers: 0, badUrls: 0, outsideImages: 0 });
    }
    // In the editor's post the attack is shown as what it is: text. The raw one was sanitised away.
    expect(
      await lars
        .locator('main')
        .getByText(/window\.__xss = "script"/)
        .count()
    ).toBeGreaterThan(0);
    await reader.locator('main').getByText('Raw:').first().waitFor();
    expect(dialogs).toEqual([]);
    expect(session.outsideRequests()).toEqual([]);
    await Promise.all([lars.close(), reader.close()]);
  });
});
