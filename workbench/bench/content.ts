/**
 * "The web part's first content has appeared", as one definition shared by the bench and the
 * browser tests.
 *
 * An app renders inside `main section[aria-label]` (HubApp). It is loading while that region holds
 * a loading indicator: a Fluent Spinner (the shared Loading), a Shimmer still shimmering, or any
 * element marked `aria-busy="true"` or `data-ddh-loading`. Content has appeared when the region
 * holds none of them. A feature that wants to be explicit can render `data-ddh-loading` on what is
 * still loading.
 *
 * Written as plain JavaScript source (not a TypeScript function), so that no transpiler helper
 * ends up inside code that runs in the page. The page script defines:
 *   window.__ddhContentReady(label?)  true when every app region (or the one named `label`) is ready
 *   window.__ddhTimeline              { mount, transitions: [[ms, ready]] } from a MutationObserver
 */
export const LOADING_SELECTOR = '.ms-Spinner, .ms-Shimmer-shimmerWrapper, [aria-busy="true"], [data-ddh-loading]';

export const CONTENT_SCRIPT = `(() => {
  const LOADING = ${JSON.stringify(LOADING_SELECTOR)};
  const regions = (label) => Array.from(document.querySelectorAll('main section[aria-label]'))
    .filter((s) => !label || s.getAttribute('aria-label') === label);
  window.__ddhContentReady = (label) => {
    const found = regions(label);
    return found.length > 0 && found.every((s) => !s.querySelector(LOADING));
  };
  const timeline = { mount: null, transitions: [], last: undefined };
  window.__ddhTimeline = timeline;
  const check = () => {
    const now = performance.now();
    if (timeline.mount === null && regions().length > 0) timeline.mount = now;
    const ready = window.__ddhContentReady();
    if (ready !== timeline.last) { timeline.last = ready; timeline.transitions.push([now, ready]); }
  };
  // Only what can change the answer: elements coming and going, and the attributes the selectors read.
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributeFilter: ['class', 'aria-busy', 'data-ddh-loading', 'aria-label'] });
})();`;

/** The minimal page surface the helpers need (a playwright-core Page satisfies it). */
export interface ContentPage {
  waitForFunction(expression: string, arg?: unknown, options?: { timeout?: number; polling?: number | 'raf' }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
}

/**
 * Waits until the app regions show content and still do a moment later (an app may swap one
 * loading state for the next). Pages must have CONTENT_SCRIPT as an init script.
 */
export async function waitForContent(
  page: ContentPage,
  options: { label?: string; timeout?: number; settleMs?: number } = {}
): Promise<void> {
  const expression = `window.__ddhContentReady && window.__ddhContentReady(${JSON.stringify(options.label ?? '')})`;
  const deadline = Date.now() + (options.timeout ?? 20000);
  for (;;) {
    await page.waitForFunction(expression, undefined, { timeout: Math.max(1, deadline - Date.now()), polling: 50 });
    await page.waitForTimeout(options.settleMs ?? 150);
    if (await page.evaluate<boolean>(expression)) return;
    if (Date.now() > deadline) throw new Error('The app regions kept loading.');
  }
}

export interface ContentTimeline {
  /** performance.now() when the first app region was in the DOM. */
  mount: number | null;
  /** When the regions last turned from loading to ready (null: not ready). */
  ready: number | null;
}

export async function readTimeline(page: ContentPage): Promise<ContentTimeline> {
  const t = await page.evaluate<{ mount: number | null; transitions: Array<[number, boolean]> }>('window.__ddhTimeline');
  const lastReady = [...t.transitions].reverse().find(([, ready]) => ready);
  const last = t.transitions[t.transitions.length - 1];
  return { mount: t.mount, ready: last && last[1] && lastReady ? lastReady[0] : null };
}
