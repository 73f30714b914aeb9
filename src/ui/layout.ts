/**
 * Layout in one place. `space` is Fluent 2's spacing ramp (spacingVertical/Horizontal XXS … XXXL);
 * every margin, padding and gap in a view is one of its steps, never a bare number. `useLayout()`
 * gives the few layout classes that nearly every view needs (a plain list, a wrapping row of
 * buttons, subtle text …). What only one view needs lives in that view's own `use…Classes` hook,
 * made with `themeClasses` (src/ui/themeClasses.ts: once per theme, shared by every row and card;
 * see SessionList's), built from `space` and the theme's colours and fonts. No `style={{…}}`
 * objects: a view's look is read in one place, follows the theme, and a test can find it.
 */
import { themeClasses } from './themeClasses';

/** Fluent 2's spacing ramp, in px (https://fluent2.microsoft.design/layout: 4 px grid with nudges). */
export const space = {
  none: 0,
  xxs: 2,
  xs: 4,
  sNudge: 6,
  s: 8,
  mNudge: 10,
  m: 12,
  l: 16,
  xl: 20,
  xxl: 24,
  xxxl: 32
} as const;

/** A vertical margin of one step above and below (`block(space.s)` → '8px 0'). */
export function block(above: number, below: number = above): string {
  return `${above}px 0 ${below}px`;
}

export type LayoutClass =
  /** A list with no bullets, margin or indent (rows and cards draw their own). */
  | 'plainList'
  /** A list with its bullets, indented by one step and no outer margin. */
  | 'list'
  /** Buttons or chips side by side, wrapping on a narrow column. */
  | 'row'
  /** The row of a form's or a page's actions, a step below what it acts on. */
  | 'actions'
  /** An icon and its text on one line. */
  | 'iconText'
  /** A paragraph, heading or block with no margin of its own. */
  | 'flat'
  /** A paragraph with a small step above and below. */
  | 'paragraph'
  /** Text that keeps the author's line breaks. */
  | 'preWrap'
  /** A word or line in semibold. */
  | 'strong'
  /** Secondary text: dates, counts, hints (the theme's subtext colour). */
  | 'subtle'
  /** A column of a flex row that may shrink below its content (long words wrap). */
  | 'grow'
  /** A fieldset drawn as a plain group (no frame), a step above and below. */
  | 'group'
  /** A view's own title inside the web part (one step smaller than the web part's title). */
  | 'viewTitle';

/** The shared layout classes in the current theme. */
export const useLayout: () => Record<LayoutClass, string> = themeClasses(({ semanticColors, fonts }) => {
  const row = { display: 'flex', flexWrap: 'wrap', gap: space.s, alignItems: 'center' } as const;
  return {
    plainList: { listStyle: 'none', margin: 0, padding: 0 },
    list: { margin: 0, paddingLeft: space.xl },
    row,
    actions: [row, { marginTop: space.m }],
    iconText: { display: 'inline-flex', alignItems: 'center', gap: space.xs },
    flat: { margin: 0 },
    paragraph: { margin: block(space.s) },
    preWrap: { whiteSpace: 'pre-wrap' },
    strong: { fontWeight: 600 },
    subtle: { color: semanticColors.bodySubtext },
    grow: { minWidth: 0, flex: '1 1 auto', overflowWrap: 'anywhere' },
    group: { border: 0, padding: 0, margin: block(space.m), minWidth: 0 },
    viewTitle: [fonts.xLarge, { fontWeight: 600, margin: block(space.s) }]
  };
});
