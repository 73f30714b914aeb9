/**
 * The first view in Chromium: the workbench page with one web part (`?part=`), served with a
 * production build of the harness (minified, React's production build) so that the times are not
 * React's development checks. Counts the SharePoint requests (`/sites/hub/_api/`) that start
 * before the app's first content appears (see content.ts) and two times to that content: from the
 * app's region entering the page, and from the moment the page asks for its entry script.
 *
 * For the second, the harness is built as the tenant serves a web part: an entry script and the
 * lazy chunks its `import()`s load (esbuild's code splitting, ES modules), and with `delayMs` every
 * request to the site — the page, the entry script, each chunk and each SharePoint call — waits
 * that long before it is answered, as across a real distance. The critical path is then visible:
 * entry script, then data and any lazy chunk (in parallel, or one after the other), then render.
 */
import * as path from 'path';
import { build } from 'esbuild';
import { Browser, BrowserContext, chromium } from 'playwright-core';
import { loginOf } from '../demo/people';
import type { Workbench } from '../server';
import { CONTENT_SCRIPT, readTimeline, waitForContent } from './content';
import { BenchPart } from './parts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function productionHarness(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, '..', 'harness', 'index.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}

/**
 * The harness as an entry script and its chunks, by file name, and the page's loader: what the
 * entry needs is preloaded at once, and each lazy `import()` preloads every chunk it needs in
 * parallel, as webpack's runtime in an SPFx bundle does (esbuild's ES modules alone would find
 * them one import level at a time, one round trip each).
 */
export interface SplitHarness {
  entry: string;
  chunks: Record<string, string>;
  headHtml: string;
}

export async function splitHarness(): Promise<SplitHarness> {
  const result = await build({
    entryPoints: { harness: path.join(__dirname, '..', 'harness', 'index.tsx') },
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    outdir: '/bench-harness',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    target: 'es2020',
    platform: 'browser',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  const base = (file: string): string => path.basename(file);
  // Each output's static imports, transitively: what must be there before it runs.
  const statics = new Map<string, string[]>();
  for (const [file, output] of Object.entries(result.metafile?.outputs ?? {})) {
    statics.set(
      base(file),
      output.imports.filter((i) => i.kind === 'import-statement').map((i) => base(i.path))
    );
  }
  const closure = (name: string): string[] => {
    const seen = new Set<string>();
    const visit = (n: string): void => {
      if (seen.has(n)) return;
      seen.add(n);
      (statics.get(n) ?? []).forEach(visit);
    };
    visit(name);
    return Array.from(seen);
  };
  const out: SplitHarness = { entry: '', chunks: {}, headHtml: '' };
  const lazy: Record<string, string[]> = {};
  for (const file of result.outputFiles) {
    const name = base(file.path);
    if (!name.endsWith('.js')) continue;
    // A lazy import goes through the page's loader, which preloads the chunk's whole closure at once.
    const text = file.text.replace(/import\("\.\/(chunk-[A-Za-z0-9]+\.js)"\)/g, (_, chunk: string) => {
      lazy[chunk] = closure(chunk);
      return `__ddhImport("${chunk}")`;
    });
    if (name === 'harness.js') out.entry = text;
    else out.chunks[name] = text;
  }
  const preload = closure('harness.js')
    .filter((n) => n !== 'harness.js')
    .map((n) => `<link rel="modulepreload" href="/workbench/${n}">`)
    .join('');
  const loader =
    `<script>window.__ddhClosures=${JSON.stringify(lazy)};window.__ddhImport=function(n){(window.__ddhClosures[n]||[]).forEach(function(c){` +
    `if(document.querySelector('link[href="/workbench/'+c+'"]'))return;var l=document.createElement('link');l.rel='modulepreload';l.href='/workbench/'+c;document.head.appendChild(l);});` +
    `return import('/workbench/'+n);};</script>`;
  out.headHtml = loader + preload;
  return out;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic'
    ]
  });
}

export interface BrowserFirstView {
  /** SharePoint requests started before the content appeared. */
  requests?: number;
  /** Their paths, shortened (`$batch`, `web/currentUser`, …), in order. */
  paths: string[];
  /** ms from the app region's mount to its content. */
  timeToContentMs?: number;
  /** ms from the page's request for its entry script to the content (with a split harness). */
  fromEntryMs?: number;
  /** Scripts the page loaded before its content: the entry and the lazy chunks on the critical path. */
  scripts?: number;
  /** The region showed an error message instead of content. */
  error?: string;
  outside: string[];
}

/**
 * What the browser keeps of a site after one visit (localStorage: the tenant's hub-site setting,
 * hubSite.ts), to measure a returning visitor: the daily case. A first visit ever costs one more
 * round trip, for the tenant property.
 */
export async function returningVisitor(
  browser: Browser,
  workbench: Workbench,
  harness: string | SplitHarness,
  part: BenchPart
): Promise<StorageState> {
  const kept: { state?: StorageState } = {};
  await measureInBrowser(browser, workbench, harness, part, { keep: kept });
  return kept.state ?? { cookies: [], origins: [] };
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export async function measureInBrowser(
  browser: Browser,
  workbench: Workbench,
  harness: string | SplitHarness,
  part: BenchPart,
  options: { delayMs?: number; storageState?: StorageState; keep?: { state?: StorageState } } = {}
): Promise<BrowserFirstView> {
  const context = await browser.newContext(options.storageState ? { storageState: options.storageState } : {});
  const origin = new URL(workbench.url).origin;
  const outside: string[] = [];
  const script = (body: string) => ({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
  try {
    const page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
    });
    if (typeof harness === 'string') {
      await page.route(`${origin}/workbench/harness.js`, (route) => route.fulfill(script(harness)));
    } else {
      await page.route(`${origin}/workbench/harness.js`, (route) => route.fulfill(script(harness.entry)));
      await page.route(`${origin}/workbench/chunk-*.js`, (route) => {
        const body = harness.chunks[new URL(route.request().url()).pathname.replace('/workbench/', '')];
        return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill(script(body));
      });
      // The entry is an ES module (its chunks are imported), as an SPFx bundle's are loaded.
      await page.route(
        (url) => url.origin === origin && (url.pathname === '/' || url.pathname === '/index.html'),
        async (route) => {
          const response = await route.fetch();
          const html = (await response.text())
            .replace('</head>', `${harness.headHtml}</head>`)
            .replace('<script src="/workbench/harness.js">', '<script type="module" src="/workbench/harness.js">');
          await route.fulfill({ response, body: html });
        }
      );
    }
    if (options.delayMs) {
      // Registered last, so it runs first: every request to the site waits, then goes on to the routes above or the server.
      const delay = options.delayMs;
      await page.route(
        (url) => url.origin === origin,
        async (route) => {
          await new Promise((resolve) => setTimeout(resolve, delay));
          await route.fallback();
        }
      );
    }
    await page.addInitScript(CONTENT_SCRIPT);
    const query = new URLSearchParams({ part: part.name, user: loginOf(part.viewer.email), lang: 'en-us', theme: 'light' });
    await page.goto(`${workbench.url}/?${query.toString()}`);
    await waitForContent(page, { timeout: 60000, settleMs: 500 });
    const timeline = await readTimeline(page);
    const entries = await page.evaluate<Array<{ name: string; startTime: number; responseEnd: number }>>(
      `performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd }))`
    );
    const ready = timeline.ready ?? Infinity;
    // On the critical path: answered before the content appeared (a request the app fires as it
    // shows its content, e.g. a background check, is not what the content waited for).
    const api = entries
      .filter((e) => e.name.includes('/_api/') && e.responseEnd > 0 && e.responseEnd <= ready)
      .sort((a, b) => a.startTime - b.startTime);
    const scripts = entries.filter(
      (e) => /\/workbench\/(harness|chunk-[^/]*)\.js$/.test(new URL(e.name).pathname) && e.responseEnd <= ready
    );
    const entry = entries.find((e) => new URL(e.name).pathname === '/workbench/harness.js');
    const errorText = await page.evaluate<string | null>(
      `(() => { const e = document.querySelector('main section[aria-label] [data-message="error"], main section[aria-label] [data-message="blocked"], main section[aria-label] .ms-MessageBar--error'); return e ? e.textContent : null; })()`
    );
    if (options.keep) options.keep.state = await context.storageState();
    return {
      requests: api.length,
      paths: api.map((e) =>
        decodeURIComponent(new URL(e.name).pathname.replace(/^.*\/_api\//, ''))
          .replace(/\?.*$/, '')
          .slice(0, 60)
      ),
      timeToContentMs: timeline.mount !== null && timeline.ready !== null ? timeline.ready - timeline.mount : undefined,
      fromEntryMs: entry && timeline.ready !== null ? timeline.ready - entry.startTime : undefined,
      scripts: scripts.length,
      error: errorText ?? undefined,
      outside
    };
  } catch (error) {
    return { paths: [], error: String((error as Error).message ?? error).slice(0, 160), outside };
  } finally {
    await context.close();
  }
}
