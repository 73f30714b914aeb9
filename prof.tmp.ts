import { launchChromium, measureInBrowser, returningVisitor, splitHarness } from './workbench/bench/browser';
import { PARTS } from './workbench/bench/parts';
import { seededWorkbench } from './workbench/bench/scale';
import { CONTENT_SCRIPT, waitForContent } from './workbench/bench/content';
import { loginOf } from './workbench/demo/people';
(async () => {
  const small = await seededWorkbench(1000, () => undefined);
  const browser = await launchChromium();
  const part = PARTS.find((p) => p.name === (process.argv[2] || 'trainingRegistry'))!;
  const harness = await splitHarness(part.name);
  const storageState = await returningVisitor(browser, small, harness, part);
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  const origin = new URL(small.url).origin;
  const script = (body: string) => ({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
  await page.route(`${origin}/workbench/harness.js`, (r) => r.fulfill(script(harness.entry)));
  await page.route(`${origin}/workbench/page.js`, (r) => r.fulfill(script(harness.page)));
  await page.route(`${origin}/workbench/chunk-*.js`, (r) => r.fulfill(script(harness.chunks[new URL(r.request().url()).pathname.replace('/workbench/', '')])));
  await page.route((u) => u.origin === origin && u.pathname === '/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('<script src="/workbench/harness.js">', '<script src="/workbench/page.js"></script><script src="/workbench/harness.js">') });
  });
  await page.addInitScript(CONTENT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const q = new URLSearchParams({ part: part.name, user: loginOf(part.viewer.email), lang: 'en-us', theme: 'light' });
  await page.goto(`${small.url}/?${q}`);
  await waitForContent(page, { timeout: 60000, settleMs: 300 });
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const dt: number[] = profile.timeDeltas;
  const idTime = new Map<number, number>();
  profile.samples.forEach((id: number, i: number) => idTime.set(id, (idTime.get(id) || 0) + (dt[i] || 0)));
  for (const n of profile.nodes) {
    const t = (idTime.get(n.id) || 0) / 1000;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) || 0) + t);
    const u = f.url.replace(/^.*\//, '') || f.functionName;
    byUrl.set(u, (byUrl.get(u) || 0) + t);
  }
  console.log('by url', [...byUrl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k}=${v.toFixed(0)}`).join(' '));
  [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(v.toFixed(1).padStart(7), k));
  await browser.close();
  await small.close();
})();
