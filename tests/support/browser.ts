/**
 * Browser tests: Debian's Chromium driven by playwright-core against a workbench started on a
 * free loopback port with a fresh, seeded in-memory site. Every request the page makes is
 * recorded, so a test can prove that nothing leaves the site (internal tools only).
 */
import { Browser, chromium, Page } from 'playwright-core';
import { startWorkbench, Workbench } from '../../workbench/server';

export interface BrowserSession {
  workbench: Workbench;
  browser: Browser;
  /** Opens the workbench page with the given switcher settings and waits for it to render. */
  open(query: Record<string, string>): Promise<Page>;
  /** Every URL the pages opened so far requested that is not on the workbench's own origin. */
  outsideRequests(): string[];
  close(): Promise<void>;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function startBrowserSession(): Promise<BrowserSession> {
  const workbench = await startWorkbench({ port: 0, log: () => undefined });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  });
  const outside: string[] = [];
  const origin = new URL(workbench.url).origin;
  return {
    workbench,
    browser,
    async open(query) {
      const page = await browser.newPage();
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
      });
      await page.goto(`${workbench.url}/?${new URLSearchParams(query).toString()}`);
      await page.waitForSelector('main section[aria-label]');
      return page;
    },
    outsideRequests: () => [...outside],
    async close() {
      await browser.close();
      await workbench.close();
    }
  };
}
