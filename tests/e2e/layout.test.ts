/** @jest-environment node */
/**
 * Layout in Chromium: the views that broke at phone widths or drew lines over each other (issue
 * #12) — a post with several paragraphs and the comment box, the post editor's preview, the plans
 * overview as a reviewer (review queue, approved plans, channel map), a new blank plan and a full
 * session's registrations as a training admin — at 1280, 375 and 320 px, in Finnish (light theme) and
 * English (dark theme), checked by tests/support/layout: no overlapping lines, no sideways
 * overflow of the web part, no clipped text. LAYOUT_FULL=1 checks all four language × theme
 * pairs. One page is reused: the workbench's URL carries the person, language, theme and web
 * part, and the viewport is resized in place.
 *
 * First the checker proves it can fail: a fragment with `line-height: 1.5px` is reported as
 * overlapping, a wide table as overflowing, hidden overflow as clipped.
 */
import type { Page } from 'playwright-core';
import { BrowserSession, Locale, startBrowserSession, stringsFor } from '../support/browser';
import { checkLayout, LayoutProblem } from '../support/layout';
import { LAYOUT_VIEWS, openView, REVIEWER, selectTab, Theme } from '../support/layoutViews';

jest.setTimeout(240000);

const WIDTHS = [1280, 375, 320];
const COMBOS: Array<[Locale, Theme]> =
  process.env.LAYOUT_FULL === '1'
    ? [
        ['fi-fi', 'light'],
        ['fi-fi', 'dark'],
        ['en-us', 'light'],
        ['en-us', 'dark']
      ]
    : [
        ['fi-fi', 'light'],
        ['en-us', 'dark']
      ];

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession({ harness: 'production' });
  page = await session.open({ part: 'practiceFeed', lang: 'en-us', theme: 'light' });
});

afterAll(async () => {
  if (session) await session.close();
});

const kinds = (problems: LayoutProblem[]): string[] => Array.from(new Set(problems.map((p) => p.kind))).sort();

describe('the layout checker', () => {
  const TEXT = 'Every update asked Finns in Japan to sign up for the crisis register, and the page kept going around the clock, in shifts.';
  let fragment: Page;
  const check = async (html: string): Promise<LayoutProblem[]> => {
    await fragment.setContent(`<main style="padding:16px"><section aria-label="Web part">${html}</section></main>`);
    return checkLayout(fragment);
  };
  beforeAll(async () => {
    fragment = await session.browser.newPage({ viewport: { width: 375, height: 700 } });
  });
  afterAll(async () => {
    await fragment.close();
  });

  test('finds nothing in a clean fragment (wrapped text, a text box, a narrow table, screen-reader-only text, a titled ellipsis, a clamped teaser in a card)', async () => {
    expect(
      await check(`<p>${TEXT}</p><p style="line-height:1.5">${TEXT}</p><textarea style="line-height:1.4">a\nb</textarea>
      <table><tr><td>Tokyo</td><td>Active</td></tr></table>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">${TEXT}</span>
      <div title="${TEXT}" style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;width:120px">${TEXT}</div>
      <article><h3>A card</h3><p style="display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;width:120px">${TEXT}</p></article>`)
    ).toEqual([]);
  });

  test('reports lines drawn over each other: a line height of 1.5px, in text and in a text box', async () => {
    const problems = await check(`<p style="line-height:1.5px">${TEXT}</p><textarea style="line-height:1.4px">a\nb</textarea>`);
    expect(kinds(problems)).toEqual(['overlap']);
    expect(problems.map((p) => p.detail).join('\n')).toMatch(/textarea .* 1\.4 px apart/);
    expect(problems.some((p) => /^"Every update/.test(p.detail))).toBe(true);
  });

  test('reports a table wider than the web part, and text an element cuts off', async () => {
    const wide = await check(`<table><tr>${'<td style="white-space:nowrap">Embassy of Finland, Tokyo</td>'.repeat(5)}</tr></table>`);
    expect(kinds(wide)).toEqual(['overflow']);
    expect(wide.map((p) => p.detail).join('\n')).toMatch(/page scrolls sideways/);
    const clipped = await check(`<div style="overflow:hidden;white-space:nowrap;width:120px">${TEXT}</div>`);
    expect(kinds(clipped)).toEqual(['clipped']);
    // A clamped teaser outside a card has nothing that opens its whole text.
    const clamped = await check(
      `<p style="display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;width:120px">${TEXT}</p>`
    );
    expect(kinds(clamped)).toEqual(['clipped']);
  });
});

describe.each(LAYOUT_VIEWS.map((v) => [v.name, v] as const))('%s', (_name, view) => {
  test.each(COMBOS)(
    '%s, %s theme: no overlapping lines, sideways overflow or clipped text at 1280, 375 and 320 px',
    async (lang, theme) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openView(page, session.workbench.url, view, lang, theme);
      const found: Record<number, string[]> = {};
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // The tabs' row measures itself after a resize: wait until it has settled.
        await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
        const problems = await checkLayout(page);
        if (problems.length) found[width] = problems.map((p) => `${p.kind}: ${p.detail}`);
      }
      expect(found).toEqual({});
    }
  );
});

describe('tabs in a narrow web part', () => {
  test('stay one row; the rest are in a More menu that works with the keyboard and names itself to screen readers', async () => {
    const s = stringsFor('fi-fi');
    const view = LAYOUT_VIEWS.find((v) => v.user === REVIEWER && v.part === 'planSubmissions') as (typeof LAYOUT_VIEWS)[number];
    await page.setViewportSize({ width: 1280, height: 900 });
    await openView(page, session.workbench.url, view, 'fi-fi', 'light');
    const tabs = page.getByRole('tablist', { name: s.plans.Title }).getByRole('tab');
    expect(await tabs.count()).toBe(3);
    const more = page.getByRole('button', { name: s.common.TabsMore, exact: true });
    expect(await more.count()).toBe(0);

    await page.setViewportSize({ width: 320, height: 900 });
    await more.waitFor();
    const tops = await tabs.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    const moreTop = await more.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    expect(new Set([...tops, moreTop]).size).toBe(1);
    expect(await tabs.count()).toBeLessThan(3);
    expect(await more.getAttribute('aria-haspopup')).toBe('menu');
    expect(await more.getAttribute('aria-expanded')).toBe('false');

    // Enter opens the menu on its first item; the arrows move; Escape closes it and focus is back on More.
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: s.common.TabsMore });
    await menu.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const items = menu.getByRole('menuitem');
    const names = await items.allTextContents();
    expect(names.length).toBe(3 - (await tabs.count()));
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names[0]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names[names.length - 1]);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await more.getAttribute('aria-expanded')).toBe('false');

    // Choosing from the menu selects that tab, shows it in the row and puts focus on it.
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('tab', { name: names[0], exact: true, selected: true });
    await chosen.waitFor();
    await page.waitForFunction(
      (name) => document.activeElement?.getAttribute('role') === 'tab' && document.activeElement.textContent === name,
      names[0]
    );
    expect(await checkLayout(page)).toEqual([]);

    // And the helper the views use reaches a tab either way.
    await selectTab(page, s, s.plans.TabQueue);
  });
});

describe('controls that change shape in a narrow web part', () => {
  const at = (view: string): (typeof LAYOUT_VIEWS)[number] => LAYOUT_VIEWS.find((v) => v.name === view) as (typeof LAYOUT_VIEWS)[number];

  test("the feed's kind switch is one row when it fits and one option under another when narrow, never two and one", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const s = await openView(page, session.workbench.url, at('feed cards with pictures'), 'fi-fi', 'light');
    const options = page.getByRole('group', { name: s.feed.FilterKind }).locator('label');
    const boxes = (): Promise<Array<{ left: number; top: number; width: number }>> =>
      options.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width) };
        })
      );
    expect(await options.count()).toBe(3);
    expect(new Set((await boxes()).map((b) => b.top)).size).toBe(1);

    await page.setViewportSize({ width: 375, height: 900 });
    await page.waitForFunction(() => {
      const labels = Array.from(document.querySelectorAll('main fieldset label'));
      return labels.length === 3 && labels[1].getBoundingClientRect().top > labels[0].getBoundingClientRect().top;
    });
    const narrow = await boxes();
    expect(new Set(narrow.map((b) => b.left)).size).toBe(1);
    expect(new Set(narrow.map((b) => b.width)).size).toBe(1);
    expect(narrow[1].top).toBeGreaterThan(narrow[0].top);
    expect(narrow[2].top).toBeGreaterThan(narrow[1].top);
  });

  test("the plans' filters stand in a row when wide, and wait behind a Filters button when narrow", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const s = await openView(page, session.workbench.url, at('plans: review queue as reviewer'), 'en-us', 'light');
    const embassy = page.getByRole('combobox', { name: s.plans.Filter_embassy, exact: true });
    const toggle = page.getByRole('button', { name: s.plans.Filters, exact: true });
    await embassy.waitFor();
    expect(await toggle.isVisible()).toBe(false);

    await page.setViewportSize({ width: 375, height: 900 });
    await embassy.waitFor({ state: 'hidden' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await embassy.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // A filter set shows on the button, so a closed panel does not hide that the list is filtered.
    await embassy.selectOption({ index: 1 });
    await page.getByRole('button', { name: `${s.plans.Filters} (1)`, exact: true }).waitFor();
  });
});
