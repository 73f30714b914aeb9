/**
 * "Loading…": a turning ring and its label, drawn with two styled elements instead of Fluent's
 * Spinner (which brings its own styling machinery into every first view, about 1 KB gzip). It looks
 * as Fluent's medium spinner does, is announced politely, slows down for people who ask for less
 * motion and keeps its ring visible in Windows high contrast. `data-ddh-loading` marks it for the
 * bench and the browser tests (workbench/bench/content.ts).
 */
import * as React from 'react';
import { keyframes } from '@fluentui/react/lib/Styling';
import { themeClasses } from './themeClasses';
import { useHub } from './HubContext';

const turn = keyframes({ '0%': { transform: 'rotate(0deg)' }, '100%': { transform: 'rotate(360deg)' } });

const useLoadingClasses = themeClasses((theme) => ({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8, padding: '8px 0' },
  ring: {
    width: 20,
    height: 20,
    boxSizing: 'border-box',
    borderRadius: '50%',
    border: `1.5px solid ${theme.palette.themeLight}`,
    borderTopColor: theme.palette.themePrimary,
    animation: `${turn} 1.3s infinite cubic-bezier(.53, .21, .29, .67)`,
    selectors: {
      '@media (prefers-reduced-motion: reduce)': { animationDuration: '4s' },
      '@media (forced-colors: active)': { borderColor: 'CanvasText', borderTopColor: 'Highlight' }
    }
  },
  label: { ...theme.fonts.small, color: theme.palette.themePrimary, textAlign: 'center' }
}));

export function Loading(props: { label?: string }): JSX.Element {
  const { common } = useHub();
  const classes = useLoadingClasses();
  return (
    <div className={classes.root} data-ddh-loading="">
      <div className={classes.ring} aria-hidden="true" />
      <div className={classes.label} aria-live="polite">
        {props.label || common.Loading}
      </div>
    </div>
  );
}
