/**
 * Layout for a narrow web part. A web part can sit in a narrow column of a wide page, so what
 * counts is the web part's own width, not the screen's: the app's region (HubApp) is a CSS
 * container named `ddh-app`, and these rules ask it (container queries: Chromium, Edge, Safari
 * 16+, Firefox 110+, the browsers SharePoint Online supports).
 */
import { IRawStyle, IStyle, mergeStyles } from '@fluentui/react/lib/Styling';

/** The web part's region is narrower than this (its content box), about a phone's width. */
export const NARROW = '@container ddh-app (max-width: 480px)';

/** Rules that apply only in a narrow web part (merge-styles keeps a nested selector inside the query only this way). */
export function whenNarrow(rules: IRawStyle): IRawStyle {
  return { selectors: { [NARROW]: rules } };
}

const cellRule: IStyle = { textAlign: 'left', verticalAlign: 'top' };

/**
 * A table that stays a table while it fits and becomes a list of cards in a narrow web part:
 * each row a card, each cell a line with its column's name (the cell's `data-label`) before it;
 * a cell marked `data-primary` (the row's name or title) leads the card without a label, one
 * marked `data-actions` (its buttons in a wrapping row) closes it. The header row is kept for
 * screen readers, out of sight.
 */
export const stackedTableClass = mergeStyles({
  width: '100%',
  borderCollapse: 'collapse',
  selectors: {
    [NARROW]: { display: 'block' },
    '& caption': { textAlign: 'left', fontWeight: 600, padding: '8px 0', selectors: { [NARROW]: { display: 'block' } } },
    '& th, & td': [cellRule, { padding: '4px 8px', borderBottom: '1px solid rgba(128,128,128,.4)' }],
    '& thead th': { borderBottom: '1px solid currentColor' },
    '& thead': whenNarrow({
      position: 'absolute',
      width: 1,
      height: 1,
      margin: -1,
      padding: '0',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
      border: 0
    }),
    // A header's sort button reached by the keyboard shows its row, as a skip link does (focus stays visible).
    '& thead:focus-within': whenNarrow({
      position: 'static',
      display: 'block',
      width: 'auto',
      height: 'auto',
      margin: 0,
      overflow: 'visible',
      clip: 'auto',
      whiteSpace: 'normal'
    }),
    '& thead:focus-within tr': whenNarrow({ display: 'flex', flexWrap: 'wrap', columnGap: '16px' }),
    '& tbody': whenNarrow({ display: 'block' }),
    '& tbody tr': whenNarrow({ display: 'block', padding: '8px 0', borderBottom: '1px solid rgba(128,128,128,.4)' }),
    '& tbody th, & tbody td': whenNarrow({ display: 'block', padding: '2px 0', border: 0, overflowWrap: 'anywhere' }),
    '& tbody [data-label]': whenNarrow({ display: 'grid', gridTemplateColumns: 'minmax(6em, 38%) minmax(0, 1fr)', columnGap: '8px' }),
    '& tbody [data-label]::before': whenNarrow({ content: 'attr(data-label)', fontWeight: 600 }),
    '& tbody [data-primary]': whenNarrow({ fontWeight: 600, paddingBottom: 4 }),
    '& tbody [data-actions]': whenNarrow({ paddingTop: 6 })
  }
});
