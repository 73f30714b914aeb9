/**
 * A message in the look of Fluent's MessageBar (its theme colours and icon), without its dismiss
 * button: Fluent's MessageBar renders an IconButton, which brings ContextualMenu, Callout and
 * FocusZone (tens of KB gzip) into every view that shows a message. The kind is never colour
 * alone: each has its own icon, and in forced colours (high contrast) the message has a border.
 */
import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error' | 'blocked';

const LOOK: Record<NoticeKind, { icon: string; background: 'infoBackground' | 'successBackground' | 'warningBackground' | 'errorBackground'; colour: 'infoIcon' | 'successIcon' | 'warningIcon' | 'errorIcon' }> = {
  info: { icon: 'Info', background: 'infoBackground', colour: 'infoIcon' },
  success: { icon: 'Completed', background: 'successBackground', colour: 'successIcon' },
  warning: { icon: 'Info', background: 'warningBackground', colour: 'warningIcon' },
  error: { icon: 'ErrorBadge', background: 'errorBackground', colour: 'errorIcon' },
  blocked: { icon: 'Blocked2', background: 'errorBackground', colour: 'errorIcon' }
};

export interface NoticeProps {
  kind: NoticeKind;
  children: React.ReactNode;
  /** Buttons after the text (e.g. "Try again"). */
  actions?: React.ReactNode;
}

export function Notice(props: NoticeProps): JSX.Element {
  const theme = useTheme();
  const look = LOOK[props.kind];
  // As Fluent's MessageBar: errors are alerts, the rest status messages.
  const urgent = props.kind === 'error' || props.kind === 'blocked';
  const classes = React.useMemo(() => {
    const { semanticColors, fonts } = theme;
    return mergeStyleSets({
      root: {
        ...fonts.small, display: 'flex', alignItems: 'flex-start', gap: 8, padding: '8px 12px', margin: '4px 0',
        background: semanticColors[look.background], color: semanticColors.messageText,
        border: '1px solid transparent', overflowWrap: 'anywhere',
        selectors: { '@media (forced-colors: active)': { borderColor: 'CanvasText' } }
      },
      icon: { color: semanticColors[look.colour], fontSize: 16, lineHeight: '20px', flexShrink: 0 },
      text: { lineHeight: '20px', flexGrow: 1 },
      actions: { flexShrink: 0 }
    });
  }, [theme, look]);
  return (
    <div className={classes.root} data-notice={props.kind}>
      <Icon iconName={look.icon} className={classes.icon} aria-hidden="true" />
      <div className={classes.text} role={urgent ? 'alert' : 'status'} aria-live={urgent ? 'assertive' : 'polite'}>{props.children}</div>
      {props.actions && <div className={classes.actions}>{props.actions}</div>}
    </div>
  );
}
