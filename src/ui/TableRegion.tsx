import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';

const regionClass = mergeStyles({ overflowX: 'auto', maxWidth: '100%' });

/**
 * The box a wide table sits in. A table becomes cards in a narrow web part (src/ui/narrow.ts);
 * between that and a wide page it may still be wider than the web part (long Swedish or Finnish
 * words, many columns): then it scrolls sideways in this box instead of the page. The box is a
 * labelled region that takes focus, so keyboard users can scroll it too (WCAG 2.1.1; axe's
 * "scrollable-region-focusable").
 */
export function TableRegion(props: { label: string; children: React.ReactNode }): JSX.Element {
  return (
    <div role="region" aria-label={props.label} tabIndex={0} className={regionClass}>
      {props.children}
    </div>
  );
}
