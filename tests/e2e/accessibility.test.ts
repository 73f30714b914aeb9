/** @jest-environment node */
/**
 * Accessibility of every view of each web part, in Chromium with axe-core (WCAG 2.0 / 2.1, A and
 * AA): for each web part and a representative person of each role (embassy author, reviewer,
 * training admin, staff), every view that person can reach is checked in the three themes, each
 * theme in another language (a Latin square over role × theme, so every web part is seen in every
 * language × theme pair and every role in every theme and every language; A11Y_FULL=1 checks all
 * nine pairs in every view).
 *
 * Views are found, not listed: from the first view, each tab (role=tab) and each "opener" — a
 * button or link whose name is one of the web part's strings for opening something (keys such as
 * New…, Open…, Details…, Edit…, Show…, View…, Read…, Filter…) or that declares a popup — is
 * followed, two levels deep, and so is the first item of a list (a plan's name in a table, a
 * post's or session's headline in a card), which opens its own page. Buttons that would change data (Save, Submit, Delete, Cancel, Sign
 * up, Approve, …) are never pressed. So a view a feature adds is covered when it lands.
 *
 * In each view also: every element reached with Tab shows a visible focus indicator (its computed
 * outline, border, shadow, background or ::before/::after differs from the unfocused state, and not
 * only in text colour), and no state is shown by colour alone (a selected tab differs from the
 * others in more than colour; an invalid field has its error in text).
 *
 * Layout in the same views (issue #12 item 8): tests/support/layout's checker — no lines drawn
 * over each other, no sideways overflow of the web part, no clipped text — at 1280, 768, 375 and
 * 320 px in the view's first theme × language, and at 375 px in its others; a screenshot of each
 * view at each width is kept in jest-output/views/ (CI keeps it as an artifact). And the page logs
 * no error to its console while it is explored.
 *
 * A11Y_DEBUG=1 prints the views found per web part and role, and where the time went.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { BrowserSession, startBrowserSession, waitForContent } from '../support/browser';
import { checkLayout } from '../support/layout';
import { loginOf } from '../../workbench/demo/people';

type Locale = 'fi-fi' | 'sv-se' | 'en-us';
type Theme = 'light' | 'dark' | 'highContrast';
type PartKey = 'planSubmissions' | 'practiceFeed' | 'trainingRegistry';
type Loc = Record<string, Record<Locale, Record<string, string>>>;

const PARTS: PartKey[] = ['planSubmissions', 'practiceFeed', 'trainingRegistry'];
const ROLES = [
  { role: 'embassy author', email: 'aino.virtanen@formin.example' },
  { role: 'reviewer', email: 'erik.lindqvist@formin.example' },
  { role: 'training admin', email: 'helmi.korhonen@formin.example' },
  { role: 'staff', email: 'mikko.nieminen@formin.example' }
];
const THEMES: Theme[] = ['light', 'dark', 'highContrast'];
const LANGS: Locale[] = ['fi-fi', 'sv-se', 'en-us'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FULL = process.env.A11Y_FULL === '1';
const MAX_DEPTH = 2;
const MAX_VIEWS = 12;
const LAYOUT_WIDTHS = [1280, 768, 375, 320];
const SHOTS = path.join(__dirname, '..', '..', 'jest-output', 'views');
/** Pages checked at once (one Chromium renderer each); the machine has two cores. */
const PARALLEL = 3;

/** Loc keys of strings that open a view… */
const OPENER_KEY = /^(New|Open|Details|Show|View|Edit|Write|Compose|Read|Preview|Compare|History|Filter|Browse|Profile|Comments)/;
/** …unless they change data or leave the view. */
const DANGER_KEY =
  /(Save|Submit|Delete|Remove|Cancel|Approve|Send|Confirm|Yes|SignUp|Join|Mark|Move|Give|Export|Download|Like|Retry|SetUp|Archive|Decide|Request|Hide|Publish|Upload|Close|Back|More|Reset|Clear|Undo|Discard|Take|Keep|Leave|Withdraw|Decline|Reject|Accept|Add|Create|Apply|Restore|Reply|Register|Unregister|Attend|Working|Saving)/;

jest.setTimeout(300000);

// ---------------------------------------------------------------------------------------------
// One workbench and one browser for the file, started by whichever test needs it first (tests run
// concurrently), and a small pool so that at most PARALLEL pages work at once.

let sessionPromise: Promise<BrowserSession> | undefined;
let locPromise: Promise<Loc> | undefined;
const session = (): Promise<BrowserSession> => (sessionPromise ??= startBrowserSession({ harness: 'production' }));
const loc = (): Promise<Loc> =>
  (locPromise ??= session().then(async (s) => (await fetch(`${s.workbench.url}/workbench/loc.json`)).json() as Promise<Loc>));

const timings = new Map<string, { n: number; ms: number }>();
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await work();
  } finally {
    const entry = timings.get(name) ?? { n: 0, ms: 0 };
    entry.n++;
    entry.ms += Date.now() - t;
    timings.set(name, entry);
  }
}

let running = 0;
const waiting: Array<() => void> = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

afterAll(async () => {
  if (process.env.A11Y_DEBUG)
    console.log(
      Array.from(timings.entries())
        .map(([k, v]) => `${k}: ${v.n} × ${Math.round(v.ms / v.n)} ms = ${(v.ms / 1000).toFixed(1)} s`)
        .join('\n')
    );
  if (sessionPromise) await (await sessionPromise).close();
});

// ---------------------------------------------------------------------------------------------
// Views

type Step = { kind: 'tab'; index: number; label: string } | { kind: 'open'; key: string; label: string };
interface View {
  name: string;
  path: Step[];
}
interface Combo {
  theme: Theme;
  lang: Locale;
}
interface Finding {
  kind: 'axe' | 'focus' | 'colour' | 'layout' | 'console';
  id: string;
  detail: string;
  targets: string[];
  view: string;
  combo: string;
}
interface Candidate {
  step: Step;
  dedupe: string;
  current?: boolean;
}

/** The strings (of this part and the shell) whose keys name openers, as name patterns. */
function openerPatterns(strings: Record<string, string>): Patterns {
  const pattern = (value: string): string =>
    `^${value
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\\\{\d+\\\}/g, '.+')}$`;
  const openers: Array<[string, string]> = [];
  const dangers: string[] = [];
  const names: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value !== 'string' || !value.trim()) continue;
    names.push([key, pattern(value)]);
    if (DANGER_KEY.test(key)) dangers.push(pattern(value));
    else if (OPENER_KEY.test(key)) openers.push([key, pattern(value)]);
  }
  return { openers, dangers, names };
}

/**
 * In the page: the scope of the current view (the open dialog if any, else the app's region),
 * its tabs and openers. With `mark`, tags the element of that step `data-a11y-target` instead.
 */
async function scan(page: Page, patterns: Patterns, mark?: Step): Promise<{ candidates: Candidate[]; marked: boolean }> {
  return page.evaluate(
    ({ patterns, mark }) => {
      const visible = (el: Element): boolean => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      };
      const dialogs = Array.from(document.querySelectorAll('[role=dialog], [role=alertdialog]')).filter(visible);
      const scopes = dialogs.length ? dialogs : Array.from(document.querySelectorAll('main section[aria-label]'));
      const within = (selector: string): HTMLElement[] =>
        scopes.flatMap((s) => Array.from(s.querySelectorAll<HTMLElement>(selector))).filter(visible);
      const nameOf = (el: HTMLElement): string => {
        const labelled = el.getAttribute('aria-labelledby');
        const byId = labelled
          ? labelled
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
          : '';
        return (el.getAttribute('aria-label') || byId || el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
      };
      const openers = patterns.openers.map(([key, source]) => [key, new RegExp(source, 'i')] as [string, RegExp]);
      const dangers = patterns.dangers.map((source) => new RegExp(source, 'i'));
      const names = patterns.names.map(([key, source]) => [key, new RegExp(source, 'i')] as [string, RegExp]);
      const candidates: Array<{
        step: { kind: 'tab'; index: number; label: string } | { kind: 'open'; key: string; label: string };
        dedupe: string;
        current?: boolean;
      }> = [];
      let marked = false;

      const tabs = within('[role=tab]');
      tabs.forEach((tab, index) => {
        const label = nameOf(tab);
        if (mark && mark.kind === 'tab' && mark.index === index) {
          tab.setAttribute('data-a11y-target', '1');
          marked = true;
        }
        // Tabs go by position (labels change with the language); the selected one is this view.
        const selected = tab.getAttribute('aria-selected') === 'true';
        candidates.push({
          step: { kind: 'tab', index, label },
          dedupe: `tab:${dialogs.length ? 'dialog' : 'region'}:${index}/${tabs.length}`,
          current: selected
        });
      });

      const clickables = within('button, a[href], [role=button], [role=link], [role=menuitem]').filter(
        (el) => el.getAttribute('role') !== 'tab' && !el.hasAttribute('disabled') && el.getAttribute('aria-disabled') !== 'true'
      );
      for (const el of clickables) {
        const name = nameOf(el);
        if (!name || dangers.some((d) => d.test(name))) continue;
        const opener = openers.find(([, re]) => re.test(name));
        const popup =
          (el.getAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false') ||
          el.getAttribute('aria-expanded') === 'false';
        // A popup goes by the key of its string, so that it is found again in another language.
        const named = popup && !opener ? names.find(([, re]) => re.test(name)) : undefined;
        const key = opener ? opener[0] : popup ? `popup:${named ? named[0] : name}` : undefined;
        if (!key) continue;
        if (mark && mark.kind === 'open' && mark.key === key && !marked) {
          el.setAttribute('data-a11y-target', '1');
          marked = true;
        }
        candidates.push({ step: { kind: 'open', key, label: name }, dedupe: `open:${key}` });
      }
      // The first item of a list opens as its own page: a plan's name in a table, a post's or session's headline in a card.
      const item = within('td[data-primary] button, article :is(h2, h3) button, article :is(h2, h3) a[href]')[0];
      if (item && !dangers.some((d) => d.test(nameOf(item)))) {
        if (mark && mark.kind === 'open' && mark.key === 'item' && !marked) {
          item.setAttribute('data-a11y-target', '1');
          marked = true;
        }
        candidates.push({ step: { kind: 'open', key: 'item', label: nameOf(item) }, dedupe: 'open:item' });
      }
      return { candidates, marked };
    },
    { patterns, mark }
  );
}

/** Waits for the view's content (false: it kept loading for 30 s) and Fluent's animations. */
async function settle(page: Page): Promise<boolean> {
  const loaded = await waitForContent(page, { timeout: 30000, settleMs: 150 }).then(
    () => true,
    () => false
  );
  // Fluent's panels, dialogs and callouts fade and slide in (≈ 370 ms): wait until no finite
  // animation or transition runs (spinners and shimmers loop forever and do not count).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity)
  );
  return loaded;
}

async function setCombo(page: Page, combo: Combo): Promise<void> {
  await page.selectOption('#wb-theme', combo.theme);
  await page.selectOption('#wb-lang', combo.lang);
  await waitForContent(page, { timeout: 30000, settleMs: 100 });
}

/** Back to the web part's first view: unmount it (show another part) and mount it again. */
async function reset(page: Page, part: PartKey): Promise<void> {
  await page.keyboard.press('Escape');
  const other = PARTS.find((p) => p !== part) as PartKey;
  await page.selectOption('#wb-part', other);
  await page.selectOption('#wb-part', part);
  if (!(await settle(page))) throw new Error(`${part} kept loading for 30 s after it was mounted again`);
}

type Patterns = { openers: Array<[string, string]>; dangers: string[]; names: Array<[string, string]> };

async function replay(page: Page, part: PartKey, view: View, patterns: Patterns): Promise<string | undefined> {
  await reset(page, part);
  for (const step of view.path) {
    const { marked } = await scan(page, patterns, step);
    if (!marked) return `could not find "${step.label}" again`;
    const target = page.locator('[data-a11y-target="1"]').first();
    await target.click();
    await page.evaluate(() => document.querySelectorAll('[data-a11y-target]').forEach((el) => el.removeAttribute('data-a11y-target')));
    if (!(await settle(page))) return `"${step.label}" kept loading for 30 s`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Checks

/**
 * axe-core itself (the copy @axe-core/playwright runs), put into each page once: AxeBuilder
 * injects it anew and opens a helper page for every analysis, ten times the cost of a check here.
 */
const AXE_SOURCE = fs.readFileSync(
  require.resolve('axe-core/axe.min.js', { paths: [path.dirname(require.resolve('@axe-core/playwright'))] }),
  'utf8'
);

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

async function axe(page: Page, view: string, combo: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    AXE_TAGS
  );
  return violations.map((v) => ({
    kind: 'axe',
    id: v.id,
    detail: `${v.impact ?? ''} ${v.help}`.trim(),
    view,
    combo,
    targets: v.nodes
      .slice(0, 6)
      .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1, 2).join(' ').trim()}` : ''}`)
  }));
}

/** Tabs through the view: each focused element must look different from its unfocused self. */
async function focusWalk(page: Page, view: string, combo: string): Promise<Finding[]> {
  const start = await page.evaluate(() => {
    const dialog = Array.from(document.querySelectorAll<HTMLElement>('[role=dialog], [role=alertdialog]')).find(
      (d) => d.getBoundingClientRect().width > 0
    );
    const scope = dialog ?? document.querySelector<HTMLElement>('main section[aria-label]');
    if (!scope) return false;
    scope.setAttribute('data-a11y-scope', '1');
    const hadTabIndex = scope.hasAttribute('tabindex');
    if (!hadTabIndex) scope.setAttribute('tabindex', '-1');
    scope.focus({ preventScroll: true });
    if (!hadTabIndex) scope.removeAttribute('tabindex');
    return true;
  });
  if (!start) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate(async () => {
      const el = document.activeElement as HTMLElement | null;
      const scope = document.querySelector('[data-a11y-scope]');
      if (!el || el === document.body || !scope || !scope.contains(el)) return { done: true as const };
      const r = el.getBoundingClientRect();
      const id =
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}` +
        ` "${(el.getAttribute('aria-label') || el.innerText || '').trim().slice(0, 40)}"`;
      if (r.width * r.height === 0) return { done: false as const, id, skip: true };
      const props = [
        'outlineStyle',
        'outlineWidth',
        'outlineColor',
        'outlineOffset',
        'boxShadow',
        'borderTopWidth',
        'borderBottomWidth',
        'borderLeftWidth',
        'borderRightWidth',
        'borderTopStyle',
        'borderBottomStyle',
        'borderTopColor',
        'borderBottomColor',
        'borderLeftColor',
        'borderRightColor',
        'backgroundColor',
        'textDecorationLine',
        'fontWeight',
        'opacity',
        'color'
      ] as const;
      // The element and its nearest ancestors: Fluent draws a field's focus on the field group around it.
      const chain: Element[] = [];
      for (let node: Element | null = el; node && chain.length < 3 && node !== scope; node = node.parentElement) chain.push(node);
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
      el.blur();
      await frame();
      const unfocused = snap();
      el.focus({ preventScroll: true });
      await frame();
      const changed = Object.keys({ ...focused, ...unfocused }).filter((k) => focused[k] !== unfocused[k]);
      return { done: false as const, id, skip: false, changed };
    });
    if (result.done) break;
    if (result.skip || seen.has(result.id)) continue;
    seen.add(result.id);
    const changed = result.changed ?? [];
    if (changed.length === 0) {
      findings.push({
        kind: 'focus',
        id: 'focus-not-visible',
        detail: 'focused element looks exactly like its unfocused self',
        targets: [result.id],
        view,
        combo
      });
    } else if (changed.every((k) => /^\d+(::(before|after))?color$/.test(k))) {
      findings.push({
        kind: 'focus',
        id: 'focus-colour-only',
        detail: `focus shown only by text colour (${changed.join(', ')})`,
        targets: [result.id],
        view,
        combo
      });
    }
  }
  await page.evaluate(() => document.querySelectorAll('[data-a11y-scope]').forEach((el) => el.removeAttribute('data-a11y-scope')));
  return findings;
}

/** State not by colour alone: selected tabs, invalid fields. */
async function colourOnly(page: Page, view: string, combo: string): Promise<Finding[]> {
  const problems = await page.evaluate(() => {
    const out: Array<{ id: string; detail: string; target: string }> = [];
    const colourish = /color$/i;
    const transparent = (v: string): boolean => v === 'transparent' || /rgba\(\s*\d+,\s*\d+,\s*\d+,\s*0\s*\)/.test(v);
    const snap = (el: Element): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const pseudo of ['', '::before', '::after']) {
        const s = getComputedStyle(el, pseudo || null);
        for (let i = 0; i < s.length; i++) {
          const p = s[i];
          if (/^(transition|animation|cursor|pointer|will-change|-webkit-tap)/.test(p)) continue;
          out[`${pseudo}${p}`] = s.getPropertyValue(p);
        }
      }
      return out;
    };
    const tablists = Array.from(document.querySelectorAll('[role=tablist]'));
    for (const list of tablists) {
      const tabs = Array.from(list.querySelectorAll('[role=tab]'));
      const selected = tabs.find((t) => t.getAttribute('aria-selected') === 'true');
      const other = tabs.find((t) => t.getAttribute('aria-selected') !== 'true');
      if (!selected || !other) continue;
      const a = snap(selected);
      const b = snap(other);
      const differences = Object.keys(a).filter(
        (k) =>
          (a[k] !== b[k] && !/(width|height|inline-size|block-size|left|right|perspective-origin|transform-origin)$/.test(k)) ||
          (a[k] !== b[k] && /::(before|after)(width|height)$/.test(k))
      );
      // A colour difference counts as a shape when one side is transparent (an underline appears).
      const nonColour = differences.filter((k) => !colourish.test(k) || transparent(a[k]) !== transparent(b[k]));
      if (differences.length && !nonColour.length) {
        out.push({
          id: 'selected-tab-colour-only',
          detail: `the selected tab differs from the others only in colour (${differences.slice(0, 4).join(', ')})`,
          target: (selected.textContent ?? '').trim().slice(0, 40)
        });
      }
    }
    for (const field of Array.from(document.querySelectorAll('[aria-invalid="true"]'))) {
      const ids = `${field.getAttribute('aria-describedby') ?? ''} ${field.getAttribute('aria-errormessage') ?? ''}`
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      const text = ids
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
      if (!text)
        out.push({
          id: 'invalid-without-text',
          detail: 'a field marked invalid has no error message in text (aria-describedby / aria-errormessage)',
          target: field.outerHTML.slice(0, 80)
        });
    }
    return out;
  });
  return problems.map((p) => ({ kind: 'colour', id: p.id, detail: p.detail, targets: [p.target], view, combo }));
}

// ---------------------------------------------------------------------------------------------

/**
 * The layout checker at each width (the open dialog if there is one, else the web part's region),
 * with a screenshot per width; the viewport is put back after.
 */
async function layoutAt(
  page: Page,
  widths: number[],
  where: { part: PartKey; role: string; view: string; combo: string }
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const width of widths) {
    await page.setViewportSize({ width, height: original.height });
    // Rows that measure themselves (the tabs' More menu, narrow cards) settle a frame or two after a resize.
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
    const dialog = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[role=dialog], [role=alertdialog]')).some((d) => d.getBoundingClientRect().width > 0)
    );
    const problems = await checkLayout(page, dialog ? { root: '[role=dialog], [role=alertdialog]' } : {});
    for (const problem of problems) {
      findings.push({
        kind: 'layout',
        id: problem.kind,
        detail: problem.detail,
        targets: [],
        view: where.view,
        combo: `${where.combo}, ${width} px`
      });
    }
    const name = `${where.part}-${where.role}-${where.view}-${where.combo}-${width}`.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 150);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
  return findings;
}

function combosFor(roleIndex: number): Combo[] {
  if (FULL) return THEMES.flatMap((theme) => LANGS.map((lang) => ({ theme, lang })));
  return THEMES.map((theme, t) => ({ theme, lang: LANGS[(roleIndex + t) % LANGS.length] }));
}

function describeFindings(findings: Finding[]): string {
  const groups = new Map<string, { finding: Finding; where: Set<string> }>();
  for (const f of findings) {
    const key = `${f.kind}|${f.id}|${f.targets.join('|')}`;
    const group = groups.get(key) ?? { finding: f, where: new Set<string>() };
    group.where.add(`${f.view} [${f.combo}]`);
    groups.set(key, group);
  }
  return Array.from(groups.values())
    .map(
      ({ finding, where }) =>
        `• ${finding.kind} ${finding.id}: ${finding.detail}\n    in: ${Array.from(where).join('; ')}\n    ${finding.targets.join('\n    ')}`
    )
    .join('\n');
}

async function checkPart(part: PartKey, roleIndex: number): Promise<{ findings: Finding[]; views: string[]; notes: string[] }> {
  const s = await session();
  const strings = await loc();
  const role = ROLES[roleIndex];
  const combos = combosFor(roleIndex);
  const patterns = {} as Record<Locale, Patterns>;
  for (const lang of LANGS) patterns[lang] = openerPatterns({ ...strings.common[lang], ...strings[part][lang] });
  let current = combos[0];
  const page = await timed('open page', () => s.open({ part, user: loginOf(role.email), lang: current.lang, theme: current.theme }));
  const writes: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.includes('/_api/') || request.method() === 'GET' || /\/_api\/contextinfo/i.test(url)) return;
    const body = request.postData() ?? '';
    if (/\/_api\/\$batch/i.test(url) && !/^(POST|PUT|PATCH|MERGE|DELETE) /m.test(body)) return;
    writes.push(`${request.method()} ${decodeURIComponent(new URL(url).pathname)}`);
  });
  const findings: Finding[] = [];
  const notes: string[] = [];
  const done: string[] = [];
  let viewName = 'first view';
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    findings.push({
      kind: 'console',
      id: 'console-error',
      detail: message.text().slice(0, 300),
      targets: [],
      view: viewName,
      combo: `${current.theme}, ${current.lang}`
    });
  });
  try {
    if (!(await timed('first content', () => settle(page)))) throw new Error(`${part} kept loading for 30 s`);
    const views: View[] = [{ name: 'first view', path: [] }];
    const seen = new Set<string>();
    for (let v = 0; v < views.length; v++) {
      const view = views[v];
      if (v > 0) {
        // Replayed in whatever language the page is in: tabs go by position, openers by that language's strings.
        const problem = await timed('replay', () => replay(page, part, view, patterns[current.lang]));
        if (problem) {
          notes.push(`${view.name}: ${problem}`);
          continue;
        }
      }
      done.push(view.name);
      viewName = view.name;
      if (view.path.length < MAX_DEPTH) {
        const { candidates } = await scan(page, patterns[current.lang]);
        for (const candidate of candidates) if (candidate.current) seen.add(candidate.dedupe);
        for (const candidate of candidates) {
          if (seen.has(candidate.dedupe) || views.length >= MAX_VIEWS) continue;
          seen.add(candidate.dedupe);
          views.push({
            name: [...view.path, candidate.step].map((st) => (st.kind === 'tab' ? `tab "${st.label}"` : `"${st.label}"`)).join(' → '),
            path: [...view.path, candidate.step]
          });
        }
      }
      // Every combination once per view, starting from the one the page shows (no switch needed).
      const start = combos.findIndex((c) => c.theme === current.theme && c.lang === current.lang);
      const order = [...combos.slice(Math.max(0, start)), ...combos.slice(0, Math.max(0, start))];
      for (const [c, combo] of order.entries()) {
        if (combo.theme !== current.theme || combo.lang !== current.lang) {
          await timed('switch theme/language', () => setCombo(page, combo));
          current = combo;
        }
        const label = `${combo.theme}, ${combo.lang}`;
        findings.push(...(await timed('axe', () => axe(page, view.name, label))));
        if (c === 0) {
          findings.push(...(await timed('colour-only check', () => colourOnly(page, view.name, label))));
          findings.push(...(await timed('focus walk', () => focusWalk(page, view.name, label))));
        }
        const where = { part, role: role.role, view: view.name, combo: label };
        findings.push(...(await timed('layout', () => layoutAt(page, c === 0 ? LAYOUT_WIDTHS : [375], where))));
      }
    }
  } finally {
    await page.close();
  }
  if (writes.length) notes.push(`exploring pressed something that wrote data (refine DANGER_KEY): ${writes.join(', ')}`);
  return { findings, views: done, notes };
}

beforeAll(() => {
  fs.mkdirSync(SHOTS, { recursive: true });
});

describe.each(PARTS)('accessibility of %s (axe-core WCAG 2.1 AA, visible focus, no colour-only state)', (part) => {
  test.concurrent.each(ROLES.map((r, i) => [r.role, i] as [string, number]))(
    'as %s: every view in three themes and languages',
    async (roleName, roleIndex) => {
      const { findings, views, notes } = await slot(() => checkPart(part, roleIndex));
      const s = await session();
      if (process.env.A11Y_DEBUG)
        console.log(`${part} as ${roleName}: ${views.length} views: ${views.join('; ')}; ${findings.length} findings`);
      expect(s.outsideRequests()).toEqual([]);
      expect(views.length).toBeGreaterThan(0);
      // A view the explorer found but could not reach again, or a press that wrote data, fails the test.
      expect({ part, role: roleName, notes }).toEqual({ part, role: roleName, notes: [] });
      if (findings.length) {
        throw new Error(
          `${findings.length} accessibility finding(s) in ${part} as ${roleName} (views: ${views.join('; ')}):\n${describeFindings(findings)}`
        );
      }
    },
    300000
  );
});
