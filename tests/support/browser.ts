/**
 * Browser tests: Debian's Chromium driven by playwright-core against a workbench started on a
 * free loopback port with a fresh, seeded in-memory site. Every request any page of the session
 * makes is recorded, so a test can prove that nothing leaves the site (internal tools only); and
 * `close()` (every browser test's afterAll) fails the suite if anything did, asserted or not.
 */
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { startWorkbench, Workbench } from '../../workbench/server';
import { CONTENT_SCRIPT, waitForContent } from '../../workbench/bench/content';
import { productionHarness } from '../../workbench/bench/browser';

export { waitForContent };

export interface BrowserSession {
  workbench: Workbench;
  browser: Browser;
  /**
   * Opens the workbench page with the given switcher settings and waits for it to render.
   * Every page carries the content marker (`waitForContent(page)` waits for the apps' first content).
   */
  open(query: Record<string, string>): Promise<Page>;
  /**
   * Every URL the pages of this browser (opened with `open`, `browser.newPage` or
   * `browser.newContext`) requested that is not on the workbench's own origin.
   */
  outsideRequests(): string[];
  /** Closes the browser and the workbench; rejects if any request left the site. */
  close(): Promise<void>;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface BrowserSessionOptions {
  /**
   * 'production': serve the page's script as a minified production build (React's production
   * mode, as SharePoint runs the web parts) instead of the workbench's development bundle:
   * a fifth of the bytes and faster renders, for tests that open many views.
   */
  harness?: 'development' | 'production';
}

export async function startBrowserSession(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  const [workbench, production] = await Promise.all([
    startWorkbench({ port: 0, log: () => undefined }),
    options.harness === 'production' ? productionHarness() : Promise.resolve(undefined)
  ]);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  });
  const outside: string[] = [];
  const origin = new URL(workbench.url).origin;
  // Every context of this browser records what its pages request, however a test opens them.
  const watch = (context: BrowserContext): BrowserContext => {
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    context.on('page', (page) => page.on('websocket', (socket) => { if (!socket.url().startsWith(origin.replace(/^http/, 'ws'))) outside.push(socket.url()); }));
    return context;
  };
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => watch(await newContext(...args));
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const context = await browser.newContext(...args);
    const page = await context.newPage();
    page.once('close', () => { context.close().catch(() => undefined); });
    return page;
  };
  return {
    workbench,
    browser,
    async open(query) {
      // A context of its own per page (axe-core's AxeBuilder needs one); closing the page closes it.
      const page = await browser.newPage();
      if (production) {
        await page.route(`${origin}/workbench/harness.js`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: production }));
      }
      await page.addInitScript(CONTENT_SCRIPT);
      await page.goto(`${workbench.url}/?${new URLSearchParams(query).toString()}`);
      await page.waitForSelector('main section[aria-label]');
      return page;
    },
    outsideRequests: () => [...outside],
    /** Also the suite-wide guard: fails if any page of the session requested something outside the site. */
    async close() {
      await browser.close();
      await workbench.close();
      if (outside.length) throw new Error(`Requests left the site (internal tools only): ${Array.from(new Set(outside)).join(', ')}`);
    }
  };
}
