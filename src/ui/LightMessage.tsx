/**
 * A message in the look of Fluent's MessageBar (its theme colours and icon), without its dismiss
 * button: Fluent's MessageBar renders an IconButton, which brings ContextualMenu, Callout and
 * FocusZone (tens of KB gzip) into every view that shows a message. The kind is never colour
 * alone: each has its own icon, and in forced colours (high contrast) the message has a border.
 * Errors (and "blocked") are alerts, the other kinds status messages, as Fluent's MessageBar.
 * Its own module, so a lazy chunk that shows only a message does not carry the other light forms.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { LightIcon } from './lightButton';
import { perTheme } from './themeClasses';

export type LightMessageKind = 'info' | 'success' | 'warning' | 'error' | 'blocked';

type Background = 'infoBackground' | 'successBackground' | 'warningBackground' | 'errorBackground';
type Colour = 'infoIcon' | 'successIcon' | 'warningIcon' | 'errorIcon';

const LOOK: Record<LightMessageKind, { icon: string; background: Background; colour: Colour }> = {
  info: { icon: 'Info', background: 'infoBackground', colour: 'infoIcon' },
  success: { icon: 'Completed', background: 'successBackground', colour: 'successIcon' },
  warning: { icon: 'Info', background: 'warningBackground', colour: 'warningIcon' },
  error: { icon: 'ErrorBadge', background: 'errorBackground', colour: 'errorIcon' },
  blocked: { icon: 'Blocked2', background: 'errorBackground', colour: 'errorIcon' }
};

export interface LightMessageProps {
  kind: LightMessageKind;
  children: React.ReactNode;
  /** Buttons after the text (e.g. "Try again"). */
  actions?: React.ReactNode;
}

/** A message's classes, once per theme and kind (themeClasses.ts). */
const messageClasses = perTheme<Record<'root' | 'icon' | 'text' | 'actions', string>>();

export function LightMessage(props: LightMessageProps): JSX.Element {
  const theme = useTheme();
  const look = LOOK[props.kind];
  const urgent = props.kind === 'error' || props.kind === 'blocked';
  const classes = messageClasses(theme, props.kind, () => {
    const { semanticColors, fonts } = theme;
    return mergeStyleSets({
      root: {
        ...fonts.small,
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'flex-start',
        gap: 8,
        padding: '8px 12px',
        margin: '4px 0',
        background: semanticColors[look.background],
        color: semanticColors.messageText,
        border: '1px solid transparent',
        overflowWrap: 'anywhere',
        selectors: { '@media (forced-colors: active)': { borderColor: 'CanvasText' } }
      },
      icon: { color: semanticColors[look.colour], fontSize: 16, lineHeight: '20px', flexShrink: 0 },
      text: { lineHeight: '20px', flex: '1 1 200px' },
      actions: { flexShrink: 0, maxWidth: '100%' }
    });
  });
  return (
    <div className={classes.root} data-message={props.kind}>
      <LightIcon name={look.icon} className={classes.icon} />
      <div className={classes.text} role={urgent ? 'alert' : 'status'} aria-live={urgent ? 'assertive' : 'polite'}>
        {props.children}
      </div>
      {props.actions && <div className={classes.actions}>{props.actions}</div>}
    </div>
  );
}
