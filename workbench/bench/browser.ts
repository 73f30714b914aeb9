/**
 * The first view in Chromium: the workbench page with one web part (`?part=`), served with a
 * production build of the harness (minified, React's production build) so that the times are not
 * React's development checks. Counts the SharePoint requests (`/sites/hub/_api/`) that start
 * before the app's first content appears (see content.ts) and the time from the app's region
 * entering the page to that content: the web part's own time to content, without the workbench's
 * script download. A request counts when its answer arrived before the content appeared.
 */
import * as path from 'path';
import { build } from 'esbuild';
import { Browser, chromium } from 'playwright-core';
import { loginOf } from '../demo/people';
import type { Workbench } from '../server';
import { CONTENT_SCRIPT, readTimeline, waitForContent } from './content';
import { BenchPart } from './parts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function productionHarness(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, '..', 'harness', 'index.tsx')],
    bundle: true, write: false, format: 'iife', target: 'es2019', platform: 'browser', minify: true,
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  });
}

export interface BrowserFirstView {
  /** SharePoint requests started before the content appeared. */
  requests?: number;
  /** Their paths, shortened (`$batch`, `web/currentUser`, …), in order. */
  paths: string[];
  /** ms from the app region's mount to its content. */
  timeToContentMs?: number;
  /** The region showed an error message instead of content. */
  error?: string;
  outside: string[];
}

export async function measureInBrowser(browser: Browser, workbench: Workbench, harness: string, part: BenchPart): Promise<BrowserFirstView> {
  const context = await browser.newContext();
  const origin = new URL(workbench.url).origin;
  const outside: string[] = [];
  try {
    const page = await context.newPage();
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
    await page.route(`${origin}/workbench/harness.js`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: harness }));
    await page.addInitScript(CONTENT_SCRIPT);
    const query = new URLSearchParams({ part: part.name, user: loginOf(part.viewer.email), lang: 'en-us', theme: 'light' });
    await page.goto(`${workbench.url}/?${query.toString()}`);
    await waitForContent(page, { timeout: 60000, settleMs: 500 });
    const timeline = await readTimeline(page);
    const entries = await page.evaluate<Array<{ name: string; startTime: number; responseEnd: number }>>(
      `performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd }))`);
    const ready = timeline.ready ?? Infinity;
    // On the critical path: answered before the content appeared (a request the app fires as it
    // shows its content, e.g. a background check, is not what the content waited for).
    const api = entries.filter((e) => e.name.includes('/_api/') && e.responseEnd > 0 && e.responseEnd <= ready).sort((a, b) => a.startTime - b.startTime);
    const errorText = await page.evaluate<string | null>(
      `(() => { const e = document.querySelector('main section[aria-label] [data-message="error"], main section[aria-label] [data-message="blocked"], main section[aria-label] .ms-MessageBar--error'); return e ? e.textContent : null; })()`);
    return {
      requests: api.length,
      paths: api.map((e) => decodeURIComponent(new URL(e.name).pathname.replace(/^.*\/_api\//, '')).replace(/\?.*$/, '').slice(0, 60)),
      timeToContentMs: timeline.mount !== null && timeline.ready !== null ? timeline.ready - timeline.mount : undefined,
      error: errorText ?? undefined,
      outside
    };
  } catch (error) {
    return { paths: [], error: String((error as Error).message ?? error).slice(0, 160), outside };
  } finally {
    await context.close();
  }
}
