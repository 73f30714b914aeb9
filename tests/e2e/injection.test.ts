/** @jest-environment node */
/**
 * OData injection through the feed's search boxes in Chromium (the only boxes whose text reaches a
 * SharePoint query: free text → substringof, keyword → eq on the keyword rows, unit → eq on the
 * posts). Plan filters are fixed dropdowns filtered in the browser, and training has no search box.
 * Each hostile string is in exactly one seeded post (with a unique prefix); searching for it must
 * find that post and nothing else, with no error shown.
 */
import { JSDOM } from 'jsdom';
import { Page } from 'playwright-core';
import { isBlogOwner } from '../../src/domain/feed/feed';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { BrowserSession, startBrowserSession, stringsFor } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(240000);

const { feed: f, common: c } = stringsFor('en-us');
const BLOG_OWNER = loginOf('lars.holmberg@formin.example');
const STAFF = loginOf('sofia.jarvinen@formin.example');

export const INJECTIONS: readonly string[] = [
  "'",
  "' or 1 eq 1",
  "') or (1 eq 1",
  '%27',
  ')',
  '$filter=',
  '&$top=1',
  '\u2019 \u201c\u201d',
  '#',
  '?',
  '/',
  '\\',
  "''",
  '%',
  '&',
  '+',
  'substringof(',
  "x' or Title ne 'y"
];
const tag = (i: number): string => `inj${String(i).padStart(2, '0')}`;

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession({ harness: 'production' });
  (global as unknown as { window?: unknown }).window = new JSDOM('').window;
  const lars = createFeedAppServices(session.spAs(BLOG_OWNER)).feed;
  const first = await lars.firstView();
  const blog = first.blogs.find((b) => isBlogOwner(b, { personId: first.viewer.id, groupIds: first.viewer.groupIds }));
  if (!blog) throw new Error('Lars owns no blog');
  const author = { id: first.viewer.id, name: first.viewer.title };
  for (let i = 0; i < INJECTIONS.length; i++) {
    const s = INJECTIONS[i];
    await lars.posts.create({
      title: `${tag(i)} ${s} end`,
      bodyHtml: '<p>Seeded for the injection test.</p>',
      kind: 'goodPractice',
      keywords: [`k${tag(i)}${s}`],
      blogId: blog.id,
      author,
      licence: 'none',
      goodPractice: { unit: `Unit ${tag(i)} ${s}`, situation: 'other', channels: ['blog'], whatWorked: 'Searching.', whatToAvoid: '' }
    });
  }
  page = await session.open({ user: STAFF, lang: 'en-us', theme: 'light', part: 'practiceFeed' });
});
afterAll(async () => {
  await session.close();
});

/** Applies the filter form with one box filled (the others cleared) and returns the post headlines shown. */
async function search(box: string, value: string): Promise<string[]> {
  const form = page.getByRole('search', { name: f.FiltersTitle });
  const feed = page.getByRole('region', { name: f.FeedLabel });
  const loading = page.getByText(f.LoadingPosts).first();
  // Each button starts a query (the list shows "Loading posts" from before it is sent until it is
  // shown): wait for its answer and for the list to stop loading, so no earlier result is read.
  const query = async (button: string): Promise<void> => {
    // The feed's own query (the missions the unit box suggests are read when the panel opens).
    const answered = page.waitForResponse(
      (response) => response.url().includes('/_api/') && !/Missions/i.test(decodeURIComponent(response.url()))
    );
    await form.getByRole('button', { name: button, exact: true }).click();
    await answered;
    await loading.waitFor({ state: 'detached' });
  };
  await query(f.ClearFilters);
  // The keyword, blog and unit wait in the "More filters" panel; the search box is up front.
  const more = form.getByRole('button', { name: f.MoreFilters });
  if (box !== f.FilterText && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  await form.getByLabel(box, { exact: true }).fill(value);
  await query(f.ApplyFilters);
  await feed.getByRole('heading', { level: 3 }).first().or(feed.getByText(f.NoResults)).waitFor();
  const shown = await page.locator('main').innerText();
  for (const error of [c.ErrorUnknown, c.ErrorThreshold, c.ErrorAccessDenied, c.ErrorThrottled])
    expect({ value, error: shown.includes(error) }).toEqual({ value, error: false });
  expect(shown).not.toMatch(/odata\.error|SPQueryThrottled|Exception/);
  return feed.getByRole('heading', { level: 3 }).allInnerTexts();
}

describe.each(INJECTIONS.map((s, i) => [s, i] as [string, number]))('%j', (s, i) => {
  test('free text: with its prefix it finds exactly its post; alone, every post shown contains it', async () => {
    expect(await search(f.FilterText, `${tag(i)} ${s}`)).toEqual([`${tag(i)} ${s} end`]);
    const alone = await search(f.FilterText, s);
    expect(alone).toContain(`${tag(i)} ${s} end`);
    // Every seeded post shown contains the string (the search text also holds keywords and body, so check the seeded ones by title).
    for (const title of alone.filter((t) => /^inj\d\d /.test(t))) expect(title.toLowerCase()).toContain(s.toLowerCase());
  });

  test('keyword and unit boxes: exactly its post', async () => {
    expect(await search(f.FilterKeyword, `k${tag(i)}${s}`)).toEqual([`${tag(i)} ${s} end`]);
    expect(await search(f.FilterUnit, `Unit ${tag(i)} ${s}`)).toEqual([`${tag(i)} ${s} end`]);
  });
});
