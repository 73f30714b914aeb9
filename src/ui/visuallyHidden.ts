/**
 * Text for screen readers only (a live region, a legend, the word behind a mark): off screen in a
 * 1 px clipped box, the usual "visually hidden" pattern. Its containing block must be inside any
 * scrolling box it sits in (a positioned cell), or it can widen the page.
 */
import type { IRawStyle } from '@fluentui/react/lib/Styling';

export const VISUALLY_HIDDEN: IRawStyle = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0
};
