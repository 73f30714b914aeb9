/**
 * A layout checker for browser tests: what a person sees broken, found in the page itself.
 *
 *   (a) overlapping lines: the line boxes of text (Range.getClientRects on every visible text
 *       node) of different lines or elements drawn over each other, as a unitless line height
 *       that became pixels draws them; and text boxes (textarea, input) whose line height is
 *       smaller than their font (their text lies in the control, out of reach of a Range);
 *   (b) horizontal overflow: the web part's region (or the document) wider than its place,
 *       scrolling sideways, or an element sticking out of the region;
 *   (c) clipped text: an element that hides its overflow while its content is larger than it,
 *       unless it is truncated on purpose (text-overflow: ellipsis) and carries its full text
 *       (a title or an accessible name), or is a teaser clamped to a few lines (-webkit-line-clamp,
 *       which ends it with an ellipsis) inside a card (an article), which opens the whole text.
 *
 * `layoutProblems` runs inside the page (`page.evaluate(layoutProblems, options)`), so it is
 * written self-contained: no imports, no helpers from outside its body.
 */
import type { Page } from 'playwright-core';

export interface LayoutProblem {
  kind: 'overlap' | 'overflow' | 'clipped';
  /** What and where, for a test's message. */
  detail: string;
}

export interface LayoutOptions {
  /** The web part's region (the checks' scope): the app's labelled section by default. */
  root?: string;
  /** Vertical overlap, as a share of the smaller line's height, that counts (tight glyph boxes touch). */
  overlapShare?: number;
}

/** Runs in the page: every layout problem found under `options.root`. */
export function layoutProblems(options: LayoutOptions = {}): LayoutProblem[] {
  const rootSelector = options.root ?? 'main section[aria-label]';
  const share = options.overlapShare ?? 0.3;
  const problems: LayoutProblem[] = [];
  const roots = Array.from(document.querySelectorAll(rootSelector)) as HTMLElement[];
  if (roots.length === 0) return [{ kind: 'overflow', detail: `no element matches ${rootSelector}` }];

  const describe = (el: Element | null): string => {
    if (!el) return '?';
    const tag = el.tagName.toLowerCase();
    const id = el.id ? `#${el.id}` : '';
    const role = el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : '';
    const text = ((el as HTMLElement).innerText || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
    return `${tag}${id}${role} "${text}"`;
  };

  /** Not seen: hidden, transparent, or clipped to nothing (screen-reader-only text). */
  const unseen = new Map<Element, boolean>();
  const isUnseen = (el: Element | null): boolean => {
    if (!el || el === document.body) return false;
    const known = unseen.get(el);
    if (known !== undefined) return known;
    const style = getComputedStyle(el);
    const box = (el as HTMLElement).getBoundingClientRect();
    const result =
      style.display === 'none' ||
      style.visibility === 'hidden' ||
      Number(style.opacity) === 0 ||
      (style.clip !== 'auto' &&
        style.clip !== '' &&
        /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)|rect\(1px,? 1px,? 1px,? 1px\)/.test(style.clip)) ||
      style.clipPath === 'inset(50%)' ||
      style.clipPath === 'inset(100%)' ||
      (style.overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) ||
      isUnseen(el.parentElement);
    unseen.set(el, result);
    return result;
  };

  // (a) Line boxes of visible text, cut to what their clipping ancestors let show (an ellipsis hides the rest).
  interface Box {
    top: number;
    bottom: number;
    left: number;
    right: number;
  }
  interface Line extends Box {
    node: Text;
    index: number;
  }
  const lines: Line[] = [];
  const clips = new Map<Element, Box>();
  const clipOf = (el: Element | null): Box => {
    const open = { top: -Infinity, bottom: Infinity, left: -Infinity, right: Infinity };
    if (!el || el === document.body) return open;
    const known = clips.get(el);
    if (known) return known;
    const outer = clipOf(el.parentElement);
    const style = getComputedStyle(el);
    let box = outer;
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = el.getBoundingClientRect();
      box = {
        top: style.overflowY !== 'visible' ? Math.max(outer.top, r.top) : outer.top,
        bottom: style.overflowY !== 'visible' ? Math.min(outer.bottom, r.bottom) : outer.bottom,
        left: style.overflowX !== 'visible' ? Math.max(outer.left, r.left) : outer.left,
        right: style.overflowX !== 'visible' ? Math.min(outer.right, r.right) : outer.right
      };
    }
    clips.set(el, box);
    return box;
  };
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.trim() || !node.parentElement || isUnseen(node.parentElement)) continue;
      if (node.parentElement.closest('textarea, select, option, script, style')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const clip = clipOf(node.parentElement);
      Array.from(range.getClientRects()).forEach((r, index) => {
        const line = {
          top: Math.max(r.top, clip.top),
          bottom: Math.min(r.bottom, clip.bottom),
          left: Math.max(r.left, clip.left),
          right: Math.min(r.right, clip.right)
        };
        if (line.right - line.left < 1 || line.bottom - line.top < 1) return;
        lines.push({ ...line, node, index });
      });
    }
  }
  lines.sort((a, b) => a.top - b.top);
  const reported = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    for (let j = i + 1; j < lines.length && lines[j].top < a.bottom; j++) {
      const b = lines[j];
      // One line of one text node can come as two rectangles (an ellipsis: the whole and the shown part).
      if (a.node === b.node && Math.abs(a.top - b.top) < 0.5) continue;
      const vertical = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      const horizontal = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      if (horizontal <= 2 || vertical <= share * Math.min(a.bottom - a.top, b.bottom - b.top)) continue;
      const key = `${describe(a.node.parentElement)}|${describe(b.node.parentElement)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push({
        kind: 'overlap',
        detail: `"${a.node.data.trim().slice(0, 40)}" (${describe(a.node.parentElement)}) and "${b.node.data.trim().slice(0, 40)}" (${describe(b.node.parentElement)}) overlap by ${vertical.toFixed(1)} px`
      });
    }
  }
  // Text boxes: the browser draws their lines at the line height, whatever the font.
  for (const root of roots) {
    for (const field of Array.from(root.querySelectorAll('textarea, input:not([type=checkbox]):not([type=radio])'))) {
      if (isUnseen(field)) continue;
      const style = getComputedStyle(field);
      const lineHeight = parseFloat(style.lineHeight);
      const fontSize = parseFloat(style.fontSize);
      if (!Number.isNaN(lineHeight) && lineHeight < 0.9 * fontSize) {
        problems.push({ kind: 'overlap', detail: `${describe(field)} draws its lines ${lineHeight} px apart in a ${fontSize} px font` });
      }
    }
  }

  // (b) Horizontal overflow.
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) {
    problems.push({ kind: 'overflow', detail: `the page scrolls sideways: ${doc.scrollWidth} px of content in ${doc.clientWidth} px` });
  }
  /** An ancestor (up to the root) that scrolls or clips sideways on purpose, within which wide content is reachable. */
  const inScroller = (el: Element, root: Element): boolean => {
    for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
      const x = getComputedStyle(node).overflowX;
      if (x === 'auto' || x === 'scroll') return true;
    }
    return false;
  };
  for (const root of roots) {
    const box = root.getBoundingClientRect();
    // The page's column the web part sits in (the workbench's main; the page body elsewhere).
    const column = root.parentElement?.closest('main') ?? document.body;
    const style = getComputedStyle(column);
    const room = column.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (box.width > room + 1)
      problems.push({
        kind: 'overflow',
        detail: `${describe(root).slice(0, 60)} is ${Math.round(box.width)} px wide in a ${Math.round(room)} px column`
      });
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push({
        kind: 'overflow',
        detail: `${describe(root).slice(0, 60)} scrolls sideways: ${root.scrollWidth} px in ${root.clientWidth} px`
      });
    }
    // The outermost elements sticking out past the region's right edge (not inside a scroller).
    const right = Math.min(box.right, doc.clientWidth);
    const sticking: Element[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (sticking.some((s) => s.contains(el)) || isUnseen(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 1 && !inScroller(el, root)) sticking.push(el);
    }
    for (const el of sticking.slice(0, 5)) {
      problems.push({
        kind: 'overflow',
        detail: `${describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px, past the region's ${Math.round(right)} px`
      });
    }
  }

  // (c) Clipped content.
  const clampedY = (lineClamp: string | undefined, sideways: boolean): boolean => !!lineClamp && lineClamp !== 'none' && !sideways;
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll('*')) as HTMLElement[]) {
      const style = getComputedStyle(el);
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (!hidesX && !hidesY) continue;
      if (isUnseen(el) || !(el.innerText || '').trim()) continue;
      const clippedX = hidesX && el.scrollWidth > el.clientWidth + 1;
      const clippedY = hidesY && el.scrollHeight > el.clientHeight + 1;
      if (!clippedX && !clippedY) continue;
      const truncated = style.textOverflow === 'ellipsis' && !clippedY;
      const fullText = el.getAttribute('title') || el.getAttribute('aria-label') || el.closest('[title],[aria-label]');
      if (truncated && fullText) continue;
      // A teaser clamped to a few lines (an ellipsis ends its last line) in a card: the card opens the whole text.
      const clamped = (style as unknown as Record<string, string>).webkitLineClamp;
      if (clampedY(clamped, clippedX) && el.closest('article')) continue;
      problems.push({
        kind: 'clipped',
        detail: `${describe(el)} hides ${clippedX ? `${el.scrollWidth - el.clientWidth} px sideways` : ''}${clippedX && clippedY ? ' and ' : ''}${clippedY ? `${el.scrollHeight - el.clientHeight} px below` : ''}`
      });
    }
  }
  return problems;
}

/** The layout problems of a page's web part regions (see `layoutProblems`). */
export async function checkLayout(page: Page, options: LayoutOptions = {}): Promise<LayoutProblem[]> {
  // As source text: a transpiler that names functions (esbuild's __name, as tsx runs it) would
  // otherwise call a helper the page does not have.
  return page.evaluate(
    `(() => { const __name = (f) => f; return (${layoutProblems.toString()})(${JSON.stringify(options)}); })()`
  ) as Promise<LayoutProblem[]>;
}
