/** @jest-environment node */
/**
 * One hub data site, every host, in Chromium: the training web part in a Teams tab on the team's
 * site and as a Teams personal app on the root site reads the hub's sessions and signs up there.
 * Counts what the first view costs on each host, on a browser's first visit to the tenant (the
 * tenant property is read) and on the next (it is kept in localStorage).
 */
import { Page } from 'playwright-core';
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(180000);

const OPEN = 'Crisis communication on social media';

/** SharePoint requests the page sends (path and method), in order. */
function recordApi(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.includes('/_api/')) seen.push(`${r.method()} ${decodeURIComponent(url.pathname)}`);
  });
  return seen;
}

async function firstContent(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Details and sign-up: ${OPEN}` }).waitFor();
}

describe('the web parts on every host, in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test("a Teams tab on the team site reads the hub's sessions and signs up there; a reload asks no tenant property", async () => {
    const query = {
      user: loginOf('mikko.nieminen@formin.example'),
      lang: 'en-us',
      theme: 'light',
      part: 'trainingRegistry',
      host: 'teamTab'
    };
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const cold = recordApi(page);
    await page.goto(`${session.workbench.url}/?${new URLSearchParams(query).toString()}`);
    await firstContent(page);
    expect(await page.locator('#workbench').getAttribute('data-site-url')).toBe(`${session.workbench.url}/sites/team`);
    // First visit: the tenant property on the page's site, then the hub's digest, then its first view.
    expect(cold.slice(0, 3)).toEqual([
      "GET /sites/team/_api/web/getStorageEntity('DigitalDiplomacyHubSiteUrl')",
      'POST /sites/hub/_api/contextinfo',
      'POST /sites/hub/_api/$batch'
    ]);
    expect(cold.filter((r) => r.includes('/sites/team/') && !/getStorageEntity/i.test(r))).toEqual([]);

    await page.getByRole('button', { name: `Details and sign-up: ${OPEN}` }).click();
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('You are signed up and have a seat.').first().waitFor();
    const registrations = await session
      .spAs(loginOf('helmi.korhonen@formin.example'))
      .web.lists.getByTitle('DDH Registrations')
      .items.select('Title', 'Author/Title')
      .expand('Author')<Array<{ Author: { Title: string } }>>();
    expect(registrations.map((r) => r.Author.Title)).toContain('Mikko Nieminen');

    // The next load in this browser finds the hub in localStorage: no tenant property on the way.
    const next = await context.newPage();
    const warm = recordApi(next);
    await next.goto(page.url());
    await firstContent(next);
    expect(warm.slice(0, 2)).toEqual(['POST /sites/hub/_api/contextinfo', 'POST /sites/hub/_api/$batch']);
    await context.close();
    session.reset();
  });

  test("a Teams personal app (root site) and the hub's own page read the same sessions", async () => {
    for (const host of ['personalApp', 'hub']) {
      const first = await session.open({
        user: loginOf('sofia.jarvinen@formin.example'),
        lang: 'en-us',
        theme: 'light',
        part: 'trainingRegistry',
        host
      });
      await firstContent(first);
      // Another page in the same browser: its own requests only.
      const page = await first.context().newPage();
      const seen = recordApi(page);
      await page.goto(first.url());
      await firstContent(page);
      const expected =
        host === 'hub' ? ['POST /sites/hub/_api/$batch'] : ['POST /sites/hub/_api/contextinfo', 'POST /sites/hub/_api/$batch'];
      // A later load in the same browser: the tenant property is kept; on the hub, the page's own digest serves.
      expect(seen.slice(0, expected.length)).toEqual(expected);
      await page.close();
      await first.close();
    }
  });
});
