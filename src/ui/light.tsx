/**
 * Light stand-ins for Fluent's Pivot and buttons on the web parts' first views. Every Fluent
 * button (and Pivot and MessageBar, which render them) brings ContextualMenu, Callout, FocusZone
 * and KeytipData with it: about 45 KB gzip, most of the first-view budget. These are plain HTML
 * elements with the theme's colours and the ARIA tabs pattern (arrow keys, Home, End).
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

function useClasses(): Record<'button' | 'primary' | 'tab' | 'tablist', string> {
  const theme = useTheme();
  return React.useMemo(() => {
    const { palette, semanticColors, fonts } = theme;
    const base = {
      ...fonts.medium, fontWeight: 600, minWidth: 80, height: 32, padding: '0 16px', borderRadius: 2, cursor: 'pointer',
      border: `1px solid ${semanticColors.buttonBorder}`, background: semanticColors.buttonBackground, color: semanticColors.buttonText,
      selectors: {
        ':hover': { background: semanticColors.buttonBackgroundHovered, color: semanticColors.buttonTextHovered },
        ':active': { background: semanticColors.buttonBackgroundPressed },
        ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: 1 },
        ':disabled': { cursor: 'default', background: semanticColors.buttonBackgroundDisabled, color: semanticColors.buttonTextDisabled, borderColor: semanticColors.buttonBackgroundDisabled }
      }
    };
    return mergeStyleSets({
      button: base,
      primary: [base, {
        border: `1px solid ${semanticColors.primaryButtonBorder === 'transparent' ? palette.themePrimary : semanticColors.primaryButtonBorder}`,
        background: semanticColors.primaryButtonBackground, color: semanticColors.primaryButtonText,
        selectors: {
          ':hover': { background: semanticColors.primaryButtonBackgroundHovered, color: semanticColors.primaryButtonTextHovered },
          ':active': { background: semanticColors.primaryButtonBackgroundPressed }
        }
      }],
      tablist: { display: 'flex', flexWrap: 'wrap', gap: 8, borderBottom: `1px solid ${semanticColors.bodyDivider}`, marginBottom: 8 },
      tab: {
        // No border on the others, so forced colours (high contrast) still mark only the selected tab.
        ...fonts.medium, background: 'none', border: 0, color: semanticColors.bodyText, padding: 8, cursor: 'pointer',
        selectors: {
          ':hover': { background: semanticColors.buttonBackgroundHovered },
          ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: -2 },
          '&[aria-selected="true"]': { fontWeight: 600, paddingBottom: 6, borderBottom: `2px solid ${palette.themePrimary}` }
        }
      }
    });
  }, [theme]);
}

export interface LightButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  text: string;
  primary?: boolean;
}

export function LightButton(props: LightButtonProps): JSX.Element {
  const { text, primary, className, ...rest } = props;
  const classes = useClasses();
  return <button type="button" {...rest} className={[primary ? classes.primary : classes.button, className].filter(Boolean).join(' ')}>{text}</button>;
}

export interface Tab {
  key: string;
  title: string;
  render: () => React.ReactNode;
}

/** Tabs: only the selected panel is rendered, as in Fluent's Pivot. */
export function Tabs(props: { label: string; tabs: readonly Tab[]; idPrefix: string }): JSX.Element | null {
  const { label, tabs, idPrefix } = props;
  const classes = useClasses();
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>();
  const refs = React.useRef<Record<string, HTMLButtonElement | null>>({});
  if (tabs.length === 0) return null;
  const selected = tabs.find((t) => t.key === selectedKey) || tabs[0];
  const select = (index: number): void => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    setSelectedKey(tab.key);
    refs.current[tab.key]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent, index: number): void => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (moves[e.key] === undefined) return;
    e.preventDefault();
    select(moves[e.key]);
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className={classes.tablist}>
        {tabs.map((t, i) => (
          <button key={t.key} type="button" role="tab" id={`${idPrefix}-tab-${t.key}`} aria-controls={`${idPrefix}-panel-${t.key}`}
            aria-selected={t === selected} tabIndex={t === selected ? 0 : -1} className={classes.tab}
            ref={(el) => { refs.current[t.key] = el; }} onClick={() => setSelectedKey(t.key)} onKeyDown={(e) => onKeyDown(e, i)}>
            {t.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel-${selected.key}`} aria-labelledby={`${idPrefix}-tab-${selected.key}`} tabIndex={0}>
        {selected.render()}
      </div>
    </div>
  );
}
