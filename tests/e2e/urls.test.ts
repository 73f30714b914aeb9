/** @jest-environment node */
/**
 * Hostile URLs in Chromium, written through REST by another client (@pnp/sp over HTTP, past every
 * form): the hostile URL corpus (tests/fixtures/hostile-urls.ts) goes into every URL column —
 * a good practice's PracticeLinks, a session's MeetingLink and its v1 OnlineLink — and post bodies
 * without wrapping elements go into Body. Every view that shows them is rendered: the feed and the
 * post page for a reader, each session's details (and its calendar file) for a seat holder.
 *
 * Payloads are armed as in attacks.test.ts (`alert(` calls the page's marker, alert itself is
 * trapped, dialogs are recorded). No href or src in the page may be anything safeLink refuses,
 * nothing may run, and each hostile URL must still be there to read, as text.
 */
import { JSDOM } from 'jsdom';
import { Page } from 'playwright-core';
import { isBlogOwner } from '../../src/domain/feed/feed';
import { safeLink } from '../../src/domain/links';
import { createFeedAppServices, FeedAppServices } from '../../src/data/feedAppServices';
import { createTrainingAppServices, TrainingAppServices } from '../../src/data/trainingAppServices';
import { POST_FIELDS } from '../../src/lists/feedLists';
import { SESSION_FIELDS } from '../../src/lists/trainingLists';
import { LISTS } from '../../src/lists/schema';
import { BARE_BODIES, HOSTILE_URLS } from '../fixtures/hostile-urls';
import {
  BrowserSession,
  executableInMain,
  fill,
  mediaSettled,
  startBrowserSession,
  stringsFor,
  XSS_TRAP,
  xssMarks
} from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(300000);

const { feed: f, training: t } = stringsFor('en-us');
const BLOG_OWNER = loginOf('lars.holmberg@formin.example');
const STAFF = loginOf('sofia.jarvinen@formin.example');
const ADMIN = loginOf('helmi.korhonen@formin.example');

const arm = (text: string): string => text.replace(/\balert\b/g, '__xssMark').replace(/\bmsgbox\b/g, '__xssMark');
/** Every non-empty hostile URL, armed. */
const URLS: readonly string[] = HOSTILE_URLS.filter((u) => u.trim() !== '').map(arm);

let session: BrowserSession;
const dialogs: string[] = [];
/** Each app's repositories as a person, built as its web part builds them. */
const feedAs = (login: string): FeedAppServices['feed'] => createFeedAppServices(session.spAs(login)).feed;
const trainingAs = (login: string): TrainingAppServices['training'] => createTrainingAppServices(session.spAs(login)).training;

beforeAll(async () => {
  session = await startBrowserSession({ harness: 'production' });
  // The feed's repository sanitises bodies with DOMPurify, which needs a window: this REST client gets jsdom's.
  (global as unknown as { window?: unknown }).window = new JSDOM('').window;
});
afterAll(async () => {
  await session.close();
});
beforeEach(() => session.reset());

async function open(login: string, part: string): Promise<Page> {
  const page = await session.open({ user: login, lang: 'en-us', theme: 'light', part }, { initScripts: [XSS_TRAP] });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => undefined);
  });
  return page;
}

/** Every href and src in the app, as the DOM holds them. */
function liveUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main [href], main [src]')).map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '')
  );
}

/** Nothing ran, no dialog, nothing left the site, and every URL in the page is one safeLink allows. */
async function expectInert(page: Page, view: string): Promise<void> {
  await mediaSettled(page); // every image has loaded or failed: its onload / onerror has had its turn
  const origin = new URL(session.workbench.url).origin;
  expect({ view, marks: await xssMarks(page) }).toEqual({ view, marks: [] });
  expect({ view, executable: await executableInMain(page) }).toEqual({ view, executable: [] });
  // The app's own absolute URLs on the site (person photos: userphoto.aspx) count as site paths; the
  // workbench serves plain http, which safeLink refuses for absolute URLs from a list.
  const onSite = (url: string): string => (url.startsWith(`${origin}/`) ? url.slice(origin.length) : url);
  const refused = (await liveUrls(page)).filter((url) => safeLink(onSite(url), origin) === undefined);
  expect({ view, refused }).toEqual({ view, refused: [] });
  expect({ view, dialogs }).toEqual({ view, dialogs: [] });
  expect({ view, outside: session.outsideRequests() }).toEqual({ view, outside: [] });
}

test('good-practice links and bare post bodies written through REST render as text, never as live links', async () => {
  const lars = feedAs(BLOG_OWNER);
  const first = await lars.firstView();
  const blog = first.blogs.find((b) => isBlogOwner(b, { personId: first.viewer.id, groupIds: first.viewer.groupIds }));
  if (!blog) throw new Error('Lars owns no blog');
  const author = { id: first.viewer.id, name: first.viewer.title };
  const practice = await lars.posts.create({
    title: 'Practice with hostile links',
    bodyHtml: '<p>Fields</p>',
    kind: 'goodPractice',
    keywords: ['urls'],
    blogId: blog.id,
    author,
    licence: 'CC BY 4.0',
    goodPractice: {
      unit: 'Embassy of Finland, Tokyo',
      situation: 'crisis',
      channels: ['blog'],
      whatWorked: 'Links',
      whatToAvoid: '',
      links: ['https://um.fi/']
    }
  });
  const bare = await lars.posts.create({
    title: 'Post with a bare body',
    bodyHtml: '<p>Safe</p>',
    kind: 'blogPost',
    keywords: ['urls'],
    blogId: blog.id,
    author,
    licence: 'none'
  });
  const posts = session.spAs(BLOG_OWNER).web.lists.getByTitle(LISTS.posts.title).items;
  const links = [...URLS, 'https://um.fi/ajankohtaista'];
  await posts.getById(practice.id).update({ [POST_FIELDS.links]: JSON.stringify(links), [POST_FIELDS.body]: arm(BARE_BODIES.join('')) });
  await posts.getById(bare.id).update({ [POST_FIELDS.body]: arm(BARE_BODIES.join(' ')) });

  const reader = await open(STAFF, 'practiceFeed');
  const feed = reader.getByRole('region', { name: f.FeedLabel });
  await feed.getByRole('button', { name: 'Post with a bare body', exact: true }).first().waitFor();
  await expectInert(reader, 'reader: feed with bare bodies as excerpts');
  for (const title of ['Practice with hostile links', 'Post with a bare body']) {
    await feed.getByRole('button', { name: title, exact: true }).first().click();
    await reader.getByRole('heading', { name: title }).first().waitFor();
    await reader.getByText('fine link').first().waitFor();
    await expectInert(reader, `reader: ${title}`);
    expect(await reader.getByText('fine link').first().getAttribute('href')).toBe('https://ok.example/');
    await reader.getByRole('button', { name: f.BackToFeed }).click();
  }
  // The good practice's links, each one still there to read: only the https one is a link.
  await feed.getByRole('button', { name: 'Practice with hostile links', exact: true }).first().click();
  const list = reader.locator('dd ul').filter({ hasText: 'https://um.fi/ajankohtaista' });
  await list.waitFor(); // the post page opens after the click: read its links once they are there
  const shown = await list
    .locator('li')
    .evaluateAll((items) => items.map((li) => ({ text: li.textContent, href: li.querySelector('a')?.getAttribute('href') ?? null })));
  expect(shown).toEqual(links.map((text) => ({ text, href: text === 'https://um.fi/ajankohtaista' ? text : null })));
  await reader.close();
});

test('meeting links written through REST into MeetingLink and OnlineLink render as text to a seat holder, and stay out of the calendar file', async () => {
  const helmi = trainingAs(ADMIN);
  const sofia = trainingAs(STAFF);
  const me = await session.spAs(STAFF).web.currentUser();
  const start = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const items = session.spAs(ADMIN).web.lists.getByTitle(LISTS.sessions.title).items;
  const made: Array<{ title: string; url: string }> = [];
  for (let i = 0; i < URLS.length; i++) {
    const begins = new Date(start.getTime() + i * 3600 * 1000);
    const title = `Link case ${String(i + 1).padStart(2, '0')}`;
    const stored = await helmi.sessions.create({
      id: 0,
      title,
      description: 'A session whose meeting link another client rewrote.',
      topic: 'socialMedia',
      audience: 'Staff',
      start: begins,
      end: new Date(begins.getTime() + 3600 * 1000),
      capacity: 5,
      onlineMeetingUrl: 'https://teams.example/l/ok',
      cancelled: false
    });
    // Even cases in the v2 column, odd ones in the v1 column the app falls back to.
    await items
      .getById(stored.session.id)
      .update(
        i % 2 === 0
          ? { [SESSION_FIELDS.meetingLink]: URLS[i] }
          : { [SESSION_FIELDS.meetingLink]: null, [SESSION_FIELDS.onlineLink]: URLS[i].slice(0, 255) }
      );
    const result = await sofia.registrations.signUp(stored, { id: me.Id, title: me.Title, email: me.Email }, 'Unit');
    expect(result.outcome).toBe('signedUp');
    made.push({ title, url: i % 2 === 0 ? URLS[i] : URLS[i].slice(0, 255) });
  }

  const page = await open(STAFF, 'trainingRegistry');
  for (const { title, url } of made) {
    const details = page.getByRole('button', { name: fill(t.OpenDetailsFor, title) });
    await details
      .or(page.getByRole('button', { name: t.LoadMore, exact: true }))
      .first()
      .waitFor();
    for (let more = 0; more < 20 && (await details.count()) === 0; more++) {
      const button = page.getByRole('button', { name: t.LoadMore, exact: true });
      if ((await button.count()) === 0) break;
      // The next page has arrived when the buttons in the view change (more sessions, or no "load more").
      const before = await page.locator('main button').count();
      await button.click();
      await page.waitForFunction((n) => document.querySelectorAll('main button').length !== n, before);
    }
    await details.click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText(t.StatusConfirmed).first().waitFor();
    expect(await page.getByText(t.JoinOnline, { exact: true }).count()).toBe(0);
    // The stored link is still there to read, as the text of its row.
    const texts = await page.locator('main dd').evaluateAll((all) => all.map((e) => e.textContent));
    expect({ title, texts }).toEqual({ title, texts: expect.arrayContaining([url]) });
    await expectInert(page, `staff: details of ${title} (${JSON.stringify(url)})`);
    if (title === made[0].title) {
      // The calendar file a seat holder downloads carries no URL line for a refused link.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: t.DownloadIcs, exact: true }).click();
      const file = await (await download).createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of file) chunks.push(chunk as Buffer);
      const ics = Buffer.concat(chunks).toString('utf8');
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).not.toMatch(/^URL[:;]/m);
    }
    await page.getByRole('button', { name: t.Back, exact: true }).click();
  }
  await page.close();
});
