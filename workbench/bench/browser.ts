/**
 * The first view in Chromium: the workbench page with one web part (`?part=`), served with a
 * production build of the harness (minified, React's production build) so that the times are not
 * React's development checks. Counts the SharePoint requests (`/sites/hub/_api/`) that start
 * before the app's first content appears (see content.ts) and two times to that content: from the
 * app's region entering the page, and from the moment the page asks for its entry script.
 *
 * For the second, the harness is built as the tenant serves a web part: an entry script and the
 * lazy chunks its `import()`s load (webpack, as `gulp bundle` builds), and with `delayMs` every
 * request to the site — the page, the entry script, each chunk and each SharePoint call — waits
 * that long before it is answered, as across a real distance. The critical path is then visible:
 * entry script, then data and any lazy chunk (in parallel, or one after the other), then render.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';
import { build } from 'esbuild';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
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
 * The workbench page as the tenant serves a web part: built by webpack, as `gulp bundle` builds an
 * SPFx bundle — one entry script holding everything the first view imports, and a chunk per lazy
 * `import()` (a shared module goes into a chunk of its own only among lazy chunks), loaded by
 * webpack's runtime, which asks for every chunk an import needs at once. Built for one web part
 * (the other two apps and their services replaced by absentApp.tsx and absentServices.ts), since
 * each is a bundle of its own on a tenant.
 * The entry also holds the page around the app and React, which a SharePoint page has loaded
 * before it asks for a web part's bundle, so it parses a little more than the bundle would.
 */
export interface SplitHarness {
  entry: string;
  /** The page's own script (`page.js`): loaded with the page, before the clock starts. */
  page: string;
  chunks: Record<string, string>;
}

const APP_MODULES: Record<BenchPart['name'], RegExp> = {
  planSubmissions: /[\\/]planSubmissions[\\/]components[\\/]PlanSubmissionsApp$/,
  practiceFeed: /[\\/]practiceFeed[\\/]components[\\/]PracticeFeedApp$/,
  trainingRegistry: /[\\/]trainingRegistry[\\/]components[\\/]TrainingRegistryApp$/
};

/** Each web part's services (src/data/*AppServices), replaced by absentServices.ts where the page does not show it. */
const SERVICE_MODULES: Record<BenchPart['name'], RegExp> = {
  planSubmissions: /[\\/]data[\\/]planAppServices$/,
  practiceFeed: /[\\/]data[\\/]feedAppServices$/,
  trainingRegistry: /[\\/]data[\\/]trainingAppServices$/
};

export async function splitHarness(part: BenchPart['name']): Promise<SplitHarness> {
  const absent = (Object.keys(APP_MODULES) as Array<BenchPart['name']>).filter((name) => name !== part);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ddh-bench-harness-'));
  try {
    const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          context: path.join(__dirname, '..', '..'),
          entry: { harness: path.join(__dirname, '..', 'harness', 'index.tsx') },
          output: { path: outDir, filename: '[name].js', chunkFilename: 'chunk-[name].js', publicPath: '/workbench/' },
          resolve: { extensions: ['.tsx', '.ts', '.js'] },
          module: { rules: [{ test: /\.tsx?$/, loader: path.join(__dirname, 'esbuildLoader.js') }] },
          plugins: absent.flatMap((name) => [
            new webpack.NormalModuleReplacementPlugin(APP_MODULES[name], path.join(__dirname, 'absentApp.tsx')),
            new webpack.NormalModuleReplacementPlugin(SERVICE_MODULES[name], path.join(__dirname, 'absentServices.ts'))
          ]),
          // What a SharePoint page has loaded before it asks for a web part's bundle: React (an SPFx
          // framework component) and the icons (SharePoint's icon font); a script of its own here.
          optimization: {
            splitChunks: {
              cacheGroups: {
                page: {
                  test: /[\\/]node_modules[\\/](react|react-dom|scheduler|object-assign|@fluentui[\\/]react-icons-mdl2)[\\/]/,
                  name: 'page',
                  chunks: 'initial',
                  enforce: true
                }
              }
            }
          },
          devtool: false,
          performance: { hints: false },
          infrastructureLogging: { level: 'error' }
        },
        (error, result) => (error ? reject(error) : resolve(result))
      )
    );
    if (!stats || stats.hasErrors()) throw new Error(`webpack: ${stats?.toString({ all: false, errors: true }) ?? 'no result'}`);
    const out: SplitHarness = { entry: '', page: '', chunks: {} };
    for (const name of fs.readdirSync(outDir)) {
      if (!name.endsWith('.js')) continue;
      const text = fs.readFileSync(path.join(outDir, name), 'utf8');
      if (name === 'harness.js') out.entry = text;
      else if (name === 'page.js') out.page = text;
      else out.chunks[name] = text;
    }
    if (!out.entry || !out.page) throw new Error('webpack: no entry script or page script');
    return out;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** How every Chromium of the bench and the browser tests starts (headless, nothing of its own on the network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
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
  /** Every script before the content came from the browser's cache (Resource Timing's transferSize 0). */
  scriptsCached?: boolean;
  /** The region showed an error message instead of content. */
  error?: string;
  outside: string[];
  /** ms from the entry script's request: when it arrived, when the last script before the content arrived, the app's mount, the first SharePoint request's start and the last one's end, the content. */
  breakdown?: Record<'entryEnd' | 'scriptsEnd' | 'mount' | 'apiStart' | 'apiEnd' | 'ready', number | undefined>;
}

/**
 * What the browser keeps of a site after one visit (localStorage: the tenant's hub-site setting,
 * hubSite.ts), to measure a visitor who has been here before but not since this version of the web
 * part was deployed: its scripts are downloaded and compiled. A first visit ever costs one more
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

/**
 * The daily visitor: a browser profile of its own (not an incognito context) that has opened the
 * page before, so it holds the web part's scripts in its HTTP cache with V8's code cache beside
 * them, as well as localStorage. SharePoint serves a web part's bundle under a name with its hash
 * and keeps it in the browser (its service worker even serves bundles from its own cache:
 * SharePoint/sp-dev-docs #10013, #7664); the bench's server sends the scripts with a year's
 * max-age (workbench/server.ts). V8 stores compiled code beside a cached script on its second
 * run and uses it from the third (cold, warm, hot: v8.dev/blog/code-caching-for-devs), so the
 * profile visits twice before any load is measured. Each measured load is a new tab, after the
 * previous one closed: its own renderer, so only the disk caches carry over, not V8's in-memory one.
 */
export interface DailyVisitor {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function dailyVisitor(workbench: Workbench, harness: SplitHarness, part: BenchPart): Promise<DailyVisitor> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ddh-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const close = async (): Promise<void> => {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let visit = 0; visit < 2; visit++) {
      const load = await measureInBrowser(context, workbench, harness, part);
      if (load.error) throw new Error(`the daily visitor's visit ${visit + 1}: ${load.error}`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { context, close };
}

/**
 * One load of the page. With a Browser, each load is a new incognito context (nothing cached but
 * `storageState`); with a daily visitor's context, a new tab in that profile.
 */
export async function measureInBrowser(
  where: Browser | BrowserContext,
  workbench: Workbench,
  harness: string | SplitHarness,
  part: BenchPart,
  options: { delayMs?: number; storageState?: StorageState; keep?: { state?: StorageState } } = {}
): Promise<BrowserFirstView> {
  const own = 'newContext' in where;
  const context = own ? await where.newContext(options.storageState ? { storageState: options.storageState } : {}) : where;
  const origin = new URL(workbench.url).origin;
  const outside: string[] = [];
  const opened: { page?: Page } = {};
  try {
    const page = await context.newPage();
    opened.page = page;
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
    });
    // The page and the delay are the workbench server's (workbench/server.ts `bench`): the browser's
    // request interception would add a few ms to every request, the bench's own cost, not the page's.
    workbench.bench({ page: typeof harness === 'string' ? { entry: harness } : harness, delayMs: options.delayMs });
    await page.addInitScript(CONTENT_SCRIPT);
    const query = new URLSearchParams({ part: part.name, user: loginOf(part.viewer.email), lang: 'en-us', theme: 'light' });
    await page.goto(`${workbench.url}/?${query.toString()}`);
    // Nothing of the bench's runs in the page until the content is surely there: Playwright's
    // polling would compile its own script and run it on the main thread while the app renders.
    // The times come from CONTENT_SCRIPT's record, whenever it is read.
    await page.waitForTimeout(QUIET_MS + (options.delayMs ?? 0) * 3);
    await waitForContent(page, { timeout: 60000, settleMs: 500 });
    const timeline = await readTimeline(page);
    const entries = await page.evaluate<Array<{ name: string; startTime: number; responseEnd: number; transferSize: number }>>(
      `performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize }))`
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
      scriptsCached: scripts.length > 0 && scripts.every((e) => e.transferSize === 0),
      error: errorText ?? undefined,
      outside,
      breakdown: entry && {
        entryEnd: entry.responseEnd - entry.startTime,
        scriptsEnd: Math.max(...scripts.map((e) => e.responseEnd)) - entry.startTime,
        mount: timeline.mount === null ? undefined : timeline.mount - entry.startTime,
        apiStart: api.length ? api[0].startTime - entry.startTime : undefined,
        apiEnd: api.length ? Math.max(...api.map((e) => e.responseEnd)) - entry.startTime : undefined,
        ready: timeline.ready === null ? undefined : timeline.ready - entry.startTime
      }
    };
  } catch (error) {
    return { paths: [], error: String((error as Error).message ?? error).slice(0, 160), outside };
  } finally {
    workbench.bench();
    if (own) await context.close();
    else await opened.page?.close();
  }
}

/** How long a load waits before it first looks at the page (a first view takes well under this). */
const QUIET_MS = 1500;
