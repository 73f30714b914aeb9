/**
 * Browser tests: Debian's Chromium driven by playwright-core against a workbench started on a
 * free loopback port with a fresh, seeded in-memory site (seeded once per run by the browser
 * project's globalSetup, tests/support/browserSetup.ts, and copied for each suite). Every request any page of the session
 * makes is recorded, so a test can prove that nothing leaves the site (internal tools only); and
 * `close()` (every browser test's afterAll) fails the suite if anything did, asserted or not.
 */
import * as path from 'path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { startWorkbench, Workbench } from '../../workbench/server';
import { EmulatorState } from '../../workbench/emulator';
import { readLoc, LocaleFile } from '../../workbench/loc';
import { CONTENT_SCRIPT, waitForContent } from '../../workbench/bench/content';
import { CHROMIUM_ARGS, CHROMIUM_PATH, productionHarness } from '../../workbench/bench/browser';
import { readWorkbenchCache } from './workbenchCache';

export { waitForContent };

export interface BrowserSession {
  workbench: Workbench;
  browser: Browser;
  /**
   * Opens the workbench page with the given switcher settings and waits for it to render.
   * Every page carries the content marker (`waitForContent(page)` waits for the apps' first content).
   */
  open(query: Record<string, string>, options?: OpenOptions): Promise<Page>;
  /** Puts the site back as it was when the session started (seeded demo data) and clears every fault. */
  reset(): void;
  /** @pnp/sp for a person, over HTTP to the workbench (as another client of the same site would call it). */
  spAs(login: string): SPFI;
  /**
   * Every URL the pages of this browser (opened with `open`, `browser.newPage` or
   * `browser.newContext`) requested that is not on the workbench's own origin.
   */
  outsideRequests(): string[];
  /** Closes the browser and the workbench; rejects if any request left the site. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Scripts run in every frame before the page's own (e.g. XSS_TRAP). */
  initScripts?: string[];
}

export interface BrowserSessionOptions {
  /**
   * 'production': serve the page's script as a minified production build (React's production
   * mode, as SharePoint runs the web parts) instead of the workbench's development bundle:
   * a fifth of the bytes and faster renders, for tests that open many views.
   */
  harness?: 'development' | 'production';
  /** The emulator's clock (see WorkbenchOptions.now): a test moves server time on instead of sleeping. */
  now?: () => Date;
}

export async function startBrowserSession(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  // The browser project's globalSetup built the page and seeded the site once for the run; without it, do both here.
  const cache = readWorkbenchCache();
  const [workbench, production] = await Promise.all([
    startWorkbench({
      port: 0,
      log: () => undefined,
      now: options.now,
      state: cache?.state,
      harnessScript: cache?.harnessScript,
      filesDir: cache?.filesDir
    }),
    options.harness !== 'production' ? Promise.resolve(undefined) : cache ? Promise.resolve(cache.productionScript) : productionHarness()
  ]);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const outside: string[] = [];
  const seeded: EmulatorState = workbench.emulator.snapshot();
  const origin = new URL(workbench.url).origin;
  // Every context of this browser records what its pages request, however a test opens them.
  const watch = (context: BrowserContext): BrowserContext => {
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    context.on('page', (page) =>
      page.on('websocket', (socket) => {
        if (!socket.url().startsWith(origin.replace(/^http/, 'ws'))) outside.push(socket.url());
      })
    );
    return context;
  };
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => watch(await newContext(...args));
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const context = await browser.newContext(...args);
    const page = await context.newPage();
    page.once('close', () => {
      context.close().catch(() => undefined);
    });
    return page;
  };
  return {
    workbench,
    browser,
    async open(query, openOptions = {}) {
      // A context of its own per page (axe-core's AxeBuilder needs one); closing the page closes it.
      const page = await browser.newPage();
      for (const script of openOptions.initScripts ?? []) await page.addInitScript(script);
      if (production) {
        await page.route(`${origin}/workbench/harness.js`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: production })
        );
      }
      await page.addInitScript(CONTENT_SCRIPT);
      await page.goto(`${workbench.url}/?${new URLSearchParams(query).toString()}`);
      await page.waitForSelector('main section[aria-label]');
      return page;
    },
    outsideRequests: () => [...outside],
    reset: () => workbench.restore(seeded),
    spAs: (login) => spfi(workbench.siteUrl).using(SPBrowser({ baseUrl: workbench.siteUrl }), InjectHeaders({ 'X-Emulator-User': login })),
    /** Also the suite-wide guard: fails if any page of the session requested something outside the site. */
    async close() {
      await browser.close();
      await workbench.close();
      if (outside.length) throw new Error(`Requests left the site (internal tools only): ${Array.from(new Set(outside)).join(', ')}`);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Strings: the same loc files the web parts ship, so a step names an element in any language.

export type Locale = LocaleFile;
export const LANGUAGES: readonly Locale[] = ['en-us', 'fi-fi', 'sv-se'];

export interface UiStrings {
  common: IHubCommonStrings;
  plans: IPlanSubmissionsWebPartStrings;
  feed: IPracticeFeedWebPartStrings;
  training: ITrainingRegistryWebPartStrings;
}

const root = path.resolve(__dirname, '../..');
const stringCache = new Map<Locale, UiStrings>();

/** Every user-visible string of the three web parts and the shell, in one language. */
export function stringsFor(locale: Locale): UiStrings {
  let found = stringCache.get(locale);
  if (!found) {
    found = {
      common: readLoc(root, 'common', locale) as unknown as IHubCommonStrings,
      plans: readLoc(root, 'planSubmissions', locale) as unknown as IPlanSubmissionsWebPartStrings,
      feed: readLoc(root, 'practiceFeed', locale) as unknown as IPracticeFeedWebPartStrings,
      training: readLoc(root, 'trainingRegistry', locale) as unknown as ITrainingRegistryWebPartStrings
    };
    stringCache.set(locale, found);
  }
  return found;
}

/** `format('{0} of {1}', a, b)` as the web parts fill their strings. */
export function fill(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (all, i: string) => (values[Number(i)] === undefined ? all : String(values[Number(i)])));
}

/** A string as an exact, anchored regular expression (for names that carry more around them). */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** A template with `{n}` holes as a regular expression that matches it filled with anything. */
export function pattern(template: string): RegExp {
  const parts = template.split(/\{\d+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.*'));
}

// ---------------------------------------------------------------------------------------------
// XSS trap: anything a payload manages to run marks the page.

/**
 * Init script: `window.__xss` (a list) records every call of the marker `__xssMark(…)` and of
 * alert / confirm / prompt / print, in every frame (a frame marks its top window too). Read it with `xssMarks(page)`.
 */
export const XSS_TRAP = `(() => {
  const mark = (how) => (value) => {
    const entry = how + ':' + String(value);
    for (const w of window.top && window.top !== window ? [window, window.top] : [window]) {
      try { (w.__xss = w.__xss || []).push(entry); } catch (e) { /* another origin */ }
    }
    return undefined;
  };
  window.__xssMark = mark('mark');
  window.alert = mark('alert');
  window.confirm = mark('confirm');
  window.prompt = mark('prompt');
})();`;

/** What ran: marks recorded by XSS_TRAP (in the top window). */
export async function xssMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __xss?: string[] }).__xss ?? []);
}

/**
 * Waits until every image (but lazy ones off screen), video and audio element in the page has loaded or failed, so their load
 * and error handlers (where a payload would run) have had their turn, and one more task after that
 * (an empty `src` is complete at once, its error event is queued). A condition, not a fixed wait.
 */
export async function mediaSettled(page: Page): Promise<void> {
  // A lazy image (person photos) far from the viewport is never fetched, so it never completes:
  // it has no load or error turn to wait for until it is scrolled near.
  await page.waitForFunction(
    () =>
      Array.from(document.images).every((img) => {
        if (img.complete) return true;
        const box = img.getBoundingClientRect();
        const onScreen = box.bottom >= 0 && box.right >= 0 && box.top <= window.innerHeight && box.left <= window.innerWidth;
        return img.loading === 'lazy' && !onScreen;
      }) &&
      Array.from(document.querySelectorAll('video, audio')).every(
        (m) => (m as HTMLMediaElement).networkState !== HTMLMediaElement.NETWORK_LOADING
      )
  );
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Anything in `main` that could run script or reach outside, described (empty when inert). */
export async function executableInMain(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const found: string[] = [];
    for (const el of Array.from(main.querySelectorAll('script, iframe, frame, object, embed, base, meta, link, portal')))
      found.push(el.tagName);
    for (const el of Array.from(main.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
        if (
          /^(href|src|action|formaction|xlink:href|background|dynsrc|lowsrc|srcdoc)$/i.test(attr.name) &&
          /^\s*(javascript|vbscript|data):/i.test(
            Array.from(attr.value)
              .filter((ch) => ch.charCodeAt(0) > 32)
              .join('')
          )
        )
          found.push(`${el.tagName}[${attr.name}=${attr.value.slice(0, 40)}]`);
        if (attr.name.toLowerCase() === 'srcdoc') found.push(`${el.tagName}[srcdoc]`);
      }
      if (el.tagName === 'FORM' && el.getAttribute('action')) found.push('FORM[action]');
    }
    return found;
  });
}

// ---------------------------------------------------------------------------------------------
// Keyboard: reach things with Tab as a keyboard user does, and see that focus shows.

/** True when `target` (its first match) is the focused element. */
export async function isFocused(target: Locator): Promise<boolean> {
  return target.first().evaluate((el) => el === document.activeElement);
}

/** What has focus, for messages: tag, role and name. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing (body)';
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') || el.innerText || (el as HTMLInputElement).value || '').trim().slice(0, 60)}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. Returns the number of presses.
 * Every stop on the way must show a visible focus indicator.
 */
export async function tabTo(page: Page, target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<number> {
  const max = options.max ?? 80;
  await target.first().waitFor();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const problem = await focusProblem(page);
    if (problem) throw new Error(`focus not visible on ${await describeFocus(page)}: ${problem}`);
    if (await isFocused(target)) return presses;
  }
  throw new Error(`Tab did not reach the target in ${max} presses (focus is on ${await describeFocus(page)})`);
}

/**
 * Why the focused element does not show focus (undefined when it does, or when nothing has focus):
 * its outline, border, shadow, background or ::before/::after (or those of its two nearest
 * ancestors, where Fluent draws a field's focus) must differ from its unfocused self, in more than text colour.
 */
export async function focusProblem(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const r = el.getBoundingClientRect();
    if (r.width * r.height === 0) return undefined;
    const props = [
      'outlineStyle',
      'outlineWidth',
      'outlineColor',
      'boxShadow',
      'borderTopWidth',
      'borderBottomWidth',
      'borderTopStyle',
      'borderTopColor',
      'borderBottomColor',
      'borderLeftColor',
      'borderRightColor',
      'backgroundColor',
      'textDecorationLine',
      'color'
    ];
    const chain: Element[] = [];
    for (let node: Element | null = el; node && chain.length < 3 && node !== document.body; node = node.parentElement) chain.push(node);
    const snap = (): Record<string, string> => {
      const out: Record<string, string> = {};
      chain.forEach((node, level) => {
        for (const pseudo of ['', '::before', '::after']) {
          const style = getComputedStyle(node, pseudo || null) as unknown as Record<string, string>;
          if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
          for (const p of props) out[`${level}${pseudo}${p}`] = style[p];
          if (pseudo) out[`${level}${pseudo}content`] = style.content;
        }
      });
      return out;
    };
    const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const focused = snap();
    // Blur and refocus without events reaching the app's handlers that matter (focus moves back at once).
    el.blur();
    await frame();
    const unfocused = snap();
    el.focus({ preventScroll: true });
    await frame();
    const changed = Object.keys({ ...focused, ...unfocused }).filter((k) => focused[k] !== unfocused[k]);
    if (changed.length === 0) return 'looks exactly like its unfocused self';
    if (changed.every((k) => /^\d+(::(before|after))?color$/.test(k))) return `only the text colour changes (${changed.join(', ')})`;
    return undefined;
  });
}
