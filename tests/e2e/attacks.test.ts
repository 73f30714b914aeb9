/** @jest-environment node */
/**
 * XSS in Chromium: the shared corpus (tests/fixtures/xss-payloads.ts, ≥ 100 payloads) goes into
 * every text input of every web part — typed through the UI (a sample of payloads per input, since
 * typing all of them is slow) and saved through REST by another client (all of them, split where a
 * column is one line of 255 characters) — and is then rendered in every view that shows it: lists,
 * details, print view, history, diff, channel map, blog and author pages, admin tables, search.
 *
 * Payloads are armed: `alert(` becomes a call of the page's marker `__xssMark(`, and alert /
 * confirm / prompt themselves are replaced by it (XSS_TRAP), in every frame; dialogs are recorded
 * as well. Nothing may run, nothing executable may be in the DOM, and no request may leave the site
 * (a payload that loads `//xss.example/…` would show there).
 */
import { JSDOM } from 'jsdom';
import { Page } from 'playwright-core';
import { emptyPlan, Plan } from '../../src/domain/plans/plan';
import { isBlogOwner } from '../../src/domain/feed/feed';
import { createFeedAppServices, FeedAppServices } from '../../src/data/feedAppServices';
import { createPlanAppServices, PlanAppServices } from '../../src/data/planAppServices';
import { createTrainingAppServices, TrainingAppServices } from '../../src/data/trainingAppServices';
import { LISTS } from '../../src/lists/schema';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
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

const { plans: p, feed: f, training: t } = stringsFor('en-us');
const AUTHOR = loginOf('aino.virtanen@formin.example');
const REVIEWER = loginOf('erik.lindqvist@formin.example');
const BLOG_OWNER = loginOf('lars.holmberg@formin.example');
const STAFF = loginOf('sofia.jarvinen@formin.example');
const ADMIN = loginOf('helmi.korhonen@formin.example');
const OWNER = loginOf('outi.omistaja@formin.example');
const PEOPLE = ['aino.virtanen', 'lars.holmberg', 'grace.miller', 'erik.lindqvist', 'mikko.nieminen', 'sofia.jarvinen'].map((n) =>
  loginOf(`${n}@formin.example`)
);

/** The corpus, armed: whatever a payload would run calls the page's marker instead of alert. */
export const ARMED: readonly string[] = XSS_PAYLOADS.map((payload) =>
  payload.replace(/\balert\b/g, '__xssMark').replace(/\bmsgbox\b/g, '__xssMark')
);
const CORPUS = ARMED.join('\n');

/** The corpus in pieces of at most `limit` characters, each piece whole payloads (a longer payload is cut). */
function pieces(limit: number, separator = ' '): string[] {
  const out: string[] = [];
  let current = '';
  for (const payload of ARMED) {
    const one = payload.slice(0, limit);
    if (current && current.length + separator.length + one.length > limit) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}${separator}${one}` : one;
  }
  if (current) out.push(current);
  return out;
}

let session: BrowserSession;
const dialogs: string[] = [];
/** How far the emulator's clock runs ahead of the real one (moved on where people would take their time). */
let clockAhead = 0;
/** Each app's repositories as a person, built as its web part builds them. */
const feedAs = (login: string): FeedAppServices['feed'] => createFeedAppServices(session.spAs(login)).feed;
const plansAs = (login: string): PlanAppServices['plans'] => createPlanAppServices(session.spAs(login)).plans;
const trainingAs = (login: string): TrainingAppServices['training'] => createTrainingAppServices(session.spAs(login)).training;

beforeAll(async () => {
  session = await startBrowserSession({ harness: 'production', now: () => new Date(Date.now() + clockAhead) });
  // The feed's repository sanitises bodies with DOMPurify, which needs a window: this REST client gets jsdom's.
  (global as unknown as { window?: unknown }).window = new JSDOM('').window;
});
afterAll(async () => {
  await session.close();
});
beforeEach(() => {
  clockAhead = 0;
  session.reset();
});

async function open(login: string, part: string): Promise<Page> {
  const page = await session.open({ user: login, lang: 'en-us', theme: 'light', part }, { initScripts: [XSS_TRAP] });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => undefined);
  });
  return page;
}

/** Nothing ran, nothing executable is in the page, no dialog opened, nothing left the site. */
async function expectInert(page: Page, view: string): Promise<void> {
  await mediaSettled(page); // onerror / onload handlers of broken images have had their turn
  expect({ view, marks: await xssMarks(page) }).toEqual({ view, marks: [] });
  expect({ view, executable: await executableInMain(page) }).toEqual({ view, executable: [] });
  expect({ view, dialogs }).toEqual({ view, dialogs: [] });
  expect({ view, outside: session.outsideRequests() }).toEqual({ view, outside: [] });
}

test('the corpus has at least 100 payloads, and the trap catches a payload that does run', async () => {
  expect(ARMED.length).toBeGreaterThanOrEqual(100);
  // The detector itself: a page that does run a payload is caught (by the marker and by the alert replacement).
  const page = await open(STAFF, 'trainingRegistry');
  await page.evaluate(
    (html) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      document.querySelector('main')?.appendChild(div);
    },
    `${ARMED.find((a) => a.startsWith('<img src=x onerror=__xssMark'))}<img src=x onerror="alert(2)">`
  );
  // Both images fail to load, in whichever order: wait for both marks, then compare them as a set.
  await page.waitForFunction(() => ((window as unknown as { __xss?: string[] }).__xss ?? []).length >= 2);
  await mediaSettled(page);
  expect([...(await xssMarks(page))].sort()).toEqual(['alert:2', 'mark:1']);
  expect((await executableInMain(page)).length).toBeGreaterThan(0);
  await page.close();
});

describe('social media plans', () => {
  /** A complete plan (it passes validation) with `text` in every free-text field that has room for it. */
  function hostilePlan(title: string, embassy: string, text: string, background: string): Plan {
    const line = title;
    const plan = emptyPlan();
    // People rows: one distinct person per row (a person given twice is an error), named by a payload.
    const person = (i: number, a: string): NonNullable<Plan['people']['responsible'][number]['person']> => ({
      id: 1000 + i,
      loginName: loginOf(`person${i}@formin.example`),
      title: a.slice(0, 255)
    });
    plan.identity = { title, embassy, region: 'asiaOceania' };
    plan.channels = { channels: ['facebook', 'other'], otherChannel: line, purpose: 'activeUse' };
    plan.audiences = { audiences: ['localPublic', 'other'], otherAudience: line, languages: ['fi', 'en'], reasons: text };
    plan.goals.goals = text;
    plan.content = {
      description: text,
      categories: ['events', 'other'],
      otherCategory: line,
      frequency: [
        { channel: 'facebook', amount: 3, per: 'week', note: line },
        { channel: 'other', amount: 1, per: 'month', note: line }
      ],
      interaction: text
    };
    plan.webPages = { relation: 'other', details: text };
    plan.people = {
      responsible: ARMED.map((a, i) => ({ person: person(i, a), position: a.slice(0, 255), scope: a.slice(0, 255), experience: '' })),
      coordination: text,
      updaters: ARMED.map((a, i) => ({ person: person(i, a), position: a.slice(0, 255), scope: a.slice(0, 255), experience: a })),
      continuity: text,
      officeHoursOnly: true,
      publicNotice: text
    };
    plan.metrics.metrics = text;
    plan.background.background = background;
    return plan;
  }

  test('every plan field, review comment, history entry, diff, list, map and print view renders the corpus inert', async () => {
    const author = plansAs(AUTHOR).repository;
    const reviewer = plansAs(REVIEWER).repository;
    const titles = pieces(255);
    const backgrounds = pieces(1000);
    // Plan S goes through the workflow: submitted, commented on every section, changes requested,
    // resubmitted with other text (a diff), approved (the approved list and the channel map).
    // Workflow events are ordered by their server time: one step per second, as people take them
    // (the emulator's clock moves on; nothing waits).
    const step = async (): Promise<void> => {
      clockAhead += 1100;
    };
    const s = await author.create(hostilePlan(titles[0], titles[0], CORPUS, backgrounds[0]));
    await author.submit(await author.load(s.id), hostilePlan(titles[0], titles[0], CORPUS, backgrounds[0]), '*', CORPUS);
    for (const section of ['goals', 'people', 'background'] as const) {
      await step();
      await reviewer.comment(await reviewer.load(s.id), CORPUS, section);
    }
    await step();
    await reviewer.decide(await reviewer.load(s.id), 'requestChanges', CORPUS);
    await step();
    const changed = hostilePlan(titles[0], titles[1], [...ARMED].reverse().join('\n'), backgrounds[1]);
    await author.submit(await author.load(s.id), changed, '*', CORPUS);
    await step();
    await reviewer.decide(await reviewer.load(s.id), 'approve', CORPUS);
    // The rest of the one-line pieces as titles and embassies of more plans (lists show them all).
    const more: number[] = [];
    for (let i = 1; i < Math.max(titles.length, backgrounds.length); i++) {
      const title = titles[i % titles.length];
      more.push((await author.create(hostilePlan(title, title, CORPUS, backgrounds[i % backgrounds.length]))).id);
    }

    // Through the UI: a new plan typed in, a submit comment and a reviewer's decision comment.
    const typed = ARMED.slice(0, 8);
    const page = await open(AUTHOR, 'planSubmissions');
    await page.getByRole('button', { name: p.NewPlan, exact: true }).click();
    await page.getByLabel(p.Field_title, { exact: true }).fill(typed.slice(0, 3).join(' '));
    await page.getByLabel(p.Field_embassy, { exact: true }).fill(typed.slice(3, 6).join(' '));
    await page.getByRole('status').filter({ hasText: p.Save_saved }).waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: p.Back, exact: true }).click();
    await page.getByRole('button', { name: typed.slice(0, 3).join(' '), exact: true }).waitFor();
    await expectInert(page, 'author: my plans');
    await page.getByRole('button', { name: 'Instagram for Finland in Japan', exact: true }).click();
    await page.getByLabel(p.CommentLabel, { exact: true }).fill(typed.join('\n'));
    await page.getByRole('button', { name: p.Action_submit, exact: true }).click();
    await page.getByText(fill(p.StateLine, p.State_submitted)).first().waitFor();
    await expectInert(page, 'author: submitted plan with a hostile comment');
    await page.close();

    const rev = await open(REVIEWER, 'planSubmissions');
    await rev.getByRole('tab', { name: p.TabQueue }).click();
    await rev.getByRole('button', { name: 'Instagram for Finland in Japan', exact: true }).click();
    await rev.getByRole('button', { name: p.Action_requestChanges, exact: true }).click();
    await rev.getByRole('group', { name: p.Action_requestChanges }).getByLabel(p.CommentLabel).fill(typed.join('\n'));
    await rev.getByRole('group', { name: p.Action_requestChanges }).getByRole('button', { name: p.Confirm, exact: true }).click();
    await rev.getByText(fill(p.StateLine, p.State_changesRequested)).first().waitFor();
    await expectInert(rev, 'reviewer: decision with a hostile comment, history');
    await rev.getByRole('button', { name: p.Back, exact: true }).click();

    // Every view that shows the stored corpus.
    await rev.getByRole('tab', { name: p.TabApproved }).click();
    await rev.getByRole('button', { name: titles[0], exact: true }).waitFor();
    await expectInert(rev, 'reviewer: approved plans');
    await rev.getByRole('tab', { name: p.TabMap }).click();
    await rev.getByRole('table', { name: p.MapTitle }).getByRole('rowheader').first().waitFor();
    await expectInert(rev, 'reviewer: channel map');
    await rev.getByRole('tab', { name: p.TabApproved }).click();
    await rev.getByRole('button', { name: titles[0], exact: true }).click();
    await rev.getByText(fill(p.StateLine, p.State_approved)).first().waitFor();
    await rev
      .getByText(fill(p.DiffTitle, 1, 2))
      .first()
      .waitFor();
    await expectInert(rev, 'reviewer: approved plan, its document, comments, diff and history');
    await rev.getByRole('button', { name: p.Print, exact: true }).click();
    await rev.getByRole('heading', { name: fill(p.PrintTitle, titles[0]) }).waitFor();
    await expectInert(rev, 'reviewer: print view');
    await rev.close();

    // The author's own lists and a draft in the editor, where every value is an input's value.
    const mine = await open(AUTHOR, 'planSubmissions');
    for (const title of titles.slice(1)) await mine.getByRole('button', { name: title, exact: true }).first().waitFor();
    await expectInert(mine, 'author: my plans with every title piece');
    await mine.getByRole('button', { name: titles[1], exact: true }).first().click();
    await mine.getByRole('heading', { name: titles[1] }).first().waitFor();
    await expectInert(mine, 'author: hostile draft in the editor');
    await mine.getByRole('button', { name: p.Print, exact: true }).click();
    await mine.getByRole('heading', { name: fill(p.PrintTitle, titles[1]) }).waitFor();
    await expectInert(mine, 'author: print view of a draft');
    await mine.close();
    expect(more.length).toBeGreaterThan(0);
  });
});

describe('blogs and good practices', () => {
  test('posts, keywords, good-practice fields, comments, blogs and search boxes render the corpus inert', async () => {
    const lars = feedAs(BLOG_OWNER);
    const first = await lars.firstView();
    const blog = first.blogs.find((b) => isBlogOwner(b, { personId: first.viewer.id, groupIds: first.viewer.groupIds }));
    if (!blog) throw new Error('Lars owns no blog');
    const author = { id: first.viewer.id, name: first.viewer.title };
    const titles = pieces(255);
    const keywords = ARMED.map((a) => a.slice(0, 50));
    const created = [];
    for (let i = 0; i < titles.length; i++) {
      created.push(
        await lars.posts.create({
          title: titles[i],
          bodyHtml: `<p>Body ${i}</p>${ARMED.slice(i * 10, i * 10 + 10)
            .map((a) => `<p>${a}</p>`)
            .join('')}`,
          kind: 'blogPost',
          keywords: keywords.slice(i * 10, i * 10 + 10),
          blogId: blog.id,
          author,
          licence: 'none'
        })
      );
    }
    // Every keyword piece must be on some post.
    expect(titles.length * 10).toBeGreaterThanOrEqual(keywords.length);
    const works = pieces(4000, '\n');
    const practice = await lars.posts.create({
      title: 'Hostile good practice',
      bodyHtml: '<p>Fields</p>',
      kind: 'goodPractice',
      keywords: ['xss'],
      blogId: blog.id,
      author,
      licence: 'CC BY 4.0',
      goodPractice: {
        unit: pieces(120)[0],
        situation: 'crisis',
        channels: ['blog'],
        whatWorked: works[0],
        whatToAvoid: works[1] || works[0],
        links: ['https://ok.example/?q=%3Cscript%3E']
      }
    });
    // Raw HTML straight into a post's body, as a client that skips the editor may write it.
    const raw = await lars.posts.create({
      title: 'Hostile raw body',
      bodyHtml: '<p>Raw</p>',
      kind: 'blogPost',
      keywords: ['xss'],
      blogId: blog.id,
      author,
      licence: 'none'
    });
    await session
      .spAs(BLOG_OWNER)
      .web.lists.getByTitle(LISTS.posts.title)
      .items.getById(raw.id)
      .update({ Body: ARMED.map((a) => `<p>${a}</p>`).join('') });
    const sofia = feedAs(STAFF);
    for (const piece of pieces(4000, '\n')) await sofia.comments.add(raw, piece);
    const owner = feedAs(OWNER);
    const hostileBlog = await owner.blogs.create({
      title: titles[0],
      kind: 'group',
      unit: pieces(120)[1],
      description: CORPUS,
      ownerIds: [first.viewer.id]
    });

    // Through the UI: a post, a comment, a new blog and the search boxes.
    const typed = ARMED.slice(8, 16);
    const page = await open(BLOG_OWNER, 'practiceFeed');
    await page.getByRole('button', { name: `${f.WritePost}: ${blog.title}` }).click();
    await page.getByLabel(f.FieldTitle, { exact: true }).fill(`Typed ${typed.slice(0, 2).join(' ')}`);
    await page.getByLabel(f.FieldBody, { exact: true }).fill(typed.join('\n\n'));
    await page.getByLabel(f.FieldKeywords, { exact: true }).fill(
      typed
        .slice(0, 3)
        .map((a) => a.slice(0, 40).replace(/,/g, ' '))
        .join(', ')
    );
    await page.getByRole('button', { name: f.Publish, exact: true }).click();
    await page.getByText(f.PostPublished).first().waitFor({ state: 'attached' });
    await expectInert(page, 'owner: typed post');
    await page.getByRole('textbox', { name: f.AddComment, exact: true }).fill(typed.join('\n'));
    await page.getByRole('button', { name: f.SendComment, exact: true }).click();
    await page.getByRole('heading', { name: fill(f.CommentsTitle, 1) }).waitFor();
    await expectInert(page, 'owner: typed comment');
    await page.close();

    const outi = await open(OWNER, 'practiceFeed');
    await outi.getByRole('button', { name: f.NewBlog, exact: true }).click();
    await outi.getByLabel(f.BlogTitleLabel).fill(`Typed blog ${typed[0]}`);
    await outi.getByLabel(f.BlogUnitLabel).fill(typed[1]);
    await outi.getByLabel(f.BlogDescriptionLabel).fill(typed.join('\n'));
    // The writer is chosen with the people picker: type, pick the suggestion.
    await outi.getByRole('combobox', { name: f.OwnerPeopleLabel }).fill('Lars');
    await outi.getByRole('listbox', { name: f.OwnerSuggestionsLabel }).getByRole('option').first().click();
    await outi.getByRole('button', { name: `${f.OwnerRemove} Lars Holmberg` }).waitFor();
    await outi.getByRole('button', { name: f.CreateBlog, exact: true }).click();
    await outi
      .getByRole('heading', { name: `Typed blog ${typed[0]}` })
      .first()
      .waitFor();
    await expectInert(outi, 'owner: typed blog');
    await outi.close();

    // A reader: the feed (every page), each kind of post, the blog page, the author page, search.
    const reader = await open(STAFF, 'practiceFeed');
    const feed = reader.getByRole('region', { name: f.FeedLabel });
    for (const title of titles) {
      await reveal(reader, feed.getByRole('button', { name: title, exact: true }), f.LoadMore);
      await feed.getByRole('button', { name: title, exact: true }).first().waitFor();
    }
    await expectInert(reader, 'reader: feed with every title, keyword and body excerpt');
    for (const [title, view] of [
      [titles[0], 'post with body and keywords'],
      ['Hostile good practice', 'good practice'],
      ['Hostile raw body', 'raw body and comments']
    ]) {
      await feed.getByRole('button', { name: title, exact: true }).first().click();
      await reader.getByRole('heading', { name: title }).first().waitFor();
      await expectInert(reader, `reader: ${view}`);
      if (title === 'Hostile raw body')
        await reader
          .getByText(ARMED[0])
          .first()
          .waitFor({ state: 'attached' })
          .catch(() => undefined);
      await reader.getByRole('button', { name: f.BackToFeed }).click();
    }
    await feed
      .getByRole('button', { name: fill(f.InBlog, hostileBlog.title) })
      .first()
      .click()
      .catch(async () => {
        await feed.getByRole('button', { name: 'Hostile good practice', exact: true }).first().click();
      });
    await reader.getByRole('button', { name: f.MyProfile }).click();
    await expectInert(reader, 'reader: author page');
    await reader.getByRole('button', { name: f.BackToFeed }).click();
    // The search boxes: every payload typed into the keyword, unit and text filters (a sample per box through the UI).
    const search = reader.getByRole('search', { name: f.FiltersTitle });
    // The keyword and unit boxes wait in the "More filters" panel (it stays open while they are in use).
    await search.getByRole('button', { name: f.MoreFilters }).click();
    for (const payload of ARMED.slice(0, 6)) {
      await search.getByLabel(f.FilterKeyword, { exact: true }).fill(payload.slice(0, 50));
      await search.getByLabel(f.FilterUnit, { exact: true }).fill(payload);
      await search.getByLabel(f.FilterText, { exact: true }).fill(payload);
      await search.getByRole('button', { name: f.ApplyFilters, exact: true }).click();
      await reader.getByText(f.NoResults).or(feed.getByRole('heading').first()).first().waitFor();
    }
    await expectInert(reader, 'reader: search boxes');
    await reader.close();
    expect(practice.id).toBeGreaterThan(0);
    expect(created.length).toBe(titles.length);
  });
});

/** Every heading in `main` (the lists show one per row). */
const HEADINGS = 'main h1, main h2, main h3, main h4, main h5, main h6, main [role=heading]';

/** Clicks a "Show more" button and waits until the list shows more rows (headings) than before. */
async function showMore(page: Page, button: ReturnType<Page['getByRole']>): Promise<void> {
  const before = await page.evaluate((selector) => document.querySelectorAll(selector).length, HEADINGS);
  await button.click();
  await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector as string).length > (n as number), [
    HEADINGS,
    before
  ] as const);
}

/** Clicks "Show more" until `target` is in the list (or there is no more). */
async function reveal(page: Page, target: ReturnType<Page['getByRole']>, more: string): Promise<void> {
  const button = page.getByRole('button', { name: more, exact: true });
  for (let i = 0; i < 20; i++) {
    await target.or(button).first().waitFor();
    if ((await target.count()) > 0) return;
    await showMore(page, button);
  }
}

describe('training sessions', () => {
  test('session fields, registration units and the admin tables render the corpus inert', async () => {
    const helmi = trainingAs(ADMIN);
    const titles = pieces(255);
    const units = pieces(120);
    const descriptions = pieces(10000, '\n');
    const start = new Date(Date.now() + 20 * 24 * 3600 * 1000);
    const sessions = [];
    for (let i = 0; i < titles.length; i++) {
      const begins = new Date(start.getTime() + i * 3600 * 1000);
      sessions.push(
        await helmi.sessions.create({
          id: 0,
          title: titles[i],
          description: descriptions[i % descriptions.length],
          topic: 'socialMedia',
          audience: titles[(i + 1) % titles.length],
          start: begins,
          end: new Date(begins.getTime() + 2 * 3600 * 1000),
          place: titles[(i + 2) % titles.length],
          capacity: 3,
          linkedEvent: titles[(i + 3) % titles.length],
          cancelled: false
        })
      );
    }
    // Every unit piece on a registration: people sign up to the hostile sessions (the third and later wait in line).
    const registered: number[] = [];
    for (let u = 0; u < units.length; u++) {
      const stored = sessions[Math.floor(u / PEOPLE.length) % sessions.length];
      const who = PEOPLE[u % PEOPLE.length];
      const me = await session.spAs(who).web.currentUser();
      const result = await trainingAs(who).registrations.signUp(stored, { id: me.Id, title: me.Title, email: me.Email }, units[u]);
      expect(result.outcome).not.toBe('refused');
      registered.push(stored.session.id);
    }

    // Through the UI: a new session with hostile fields, and a sign-up with a hostile unit.
    const typed = ARMED.slice(16, 24);
    const admin = await open(ADMIN, 'trainingRegistry');
    await admin.getByRole('button', { name: t.NewSession, exact: true }).click();
    const when = new Date(Date.now() + 10 * 24 * 3600 * 1000);
    const local = (d: Date): string => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    await admin.getByLabel(t.FieldTitle).first().fill(`Typed ${typed[0]}`);
    await admin.getByLabel(t.FieldDescription).fill(typed.join('\n'));
    await admin.getByLabel(t.FieldAudience).fill(typed[1]);
    await admin.getByLabel(t.FieldStart).fill(local(when));
    await admin.getByLabel(t.FieldEnd).fill(local(new Date(when.getTime() + 2 * 3600 * 1000)));
    await admin.getByLabel(t.FieldPlace).fill(typed[2]);
    await admin.getByLabel(t.FieldCapacity).fill('10');
    await admin.getByLabel(t.FieldLinkedEvent).fill(typed[3]);
    await admin.getByRole('button', { name: t.Save, exact: true }).click();
    await admin.getByRole('heading', { name: `Typed ${typed[0]}` }).waitFor();
    await expectInert(admin, 'admin: typed session details');
    await admin.close();

    const staff = await open(STAFF, 'trainingRegistry');
    await staff.getByRole('button', { name: fill(t.OpenDetailsFor, `Typed ${typed[0]}`) }).click();
    await staff.getByLabel(t.FieldUnit, { exact: true }).fill(typed.slice(4).join(' ').slice(0, 120));
    await staff.getByRole('button', { name: t.SignUp, exact: true }).click();
    await staff.getByText(t.SignedUpSeat).first().waitFor();
    await expectInert(staff, 'staff: typed unit, details');
    await staff.getByRole('button', { name: t.Back, exact: true }).click();
    for (let i = 0; i < 10 && (await staff.getByRole('button', { name: t.LoadMore }).count()); i++) {
      await showMore(staff, staff.getByRole('button', { name: t.LoadMore }));
    }
    for (const title of titles) await staff.getByRole('heading', { name: title, exact: true }).first().waitFor();
    await expectInert(staff, 'staff: session list with every title and place');
    await staff.getByRole('tab', { name: t.TabMine }).click();
    await staff.getByText(titles[0]).first().waitFor();
    await expectInert(staff, 'staff: my trainings');
    await staff.close();

    // The admin's tables: every session that holds hostile units, and the typed one.
    const page = await open(ADMIN, 'trainingRegistry');
    for (const id of Array.from(new Set(registered))) {
      const stored = sessions.find((s) => s.session.id === id);
      if (!stored) continue;
      const details = page.getByRole('button', { name: fill(t.OpenDetailsFor, stored.session.title) });
      await reveal(page, details, t.LoadMore);
      await details.click();
      await page.getByRole('heading', { name: stored.session.title }).waitFor();
      await page.getByRole('heading', { name: t.AdminRegistrations }).waitFor();
      await expectInert(page, `admin: registrations of session ${id}`);
      await page.getByRole('button', { name: t.Back, exact: true }).click();
    }
    await page.close();
  });
});
