/**
 * A labelled native <select> in the look of Fluent's TextField: Fluent's Dropdown renders in a
 * Callout (and a Panel on small screens, with its close button), which brings Callout, Panel,
 * Button and ContextualMenu into the form's chunk. The browser's own select is keyboard and
 * screen-reader accessible as it is; the error message is tied to it with aria-describedby.
 */
import * as React from 'react';
import { Label } from '@fluentui/react/lib/Label';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface SelectOption { key: string; text: string }

export interface SelectProps {
  id: string;
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (key: string) => void;
  errorMessage?: string;
  disabled?: boolean;
}

export function Select(props: SelectProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(() => {
    const { semanticColors, palette, fonts } = theme;
    return mergeStyleSets({
      select: {
        ...fonts.medium, display: 'block', width: '100%', height: 32, padding: '0 8px', borderRadius: 2, boxSizing: 'border-box',
        border: `1px solid ${semanticColors.inputBorder}`, background: semanticColors.inputBackground, color: semanticColors.inputText,
        selectors: {
          ':hover': { borderColor: semanticColors.inputBorderHovered },
          ':focus-visible': { outline: `2px solid ${semanticColors.inputFocusBorderAlt}`, outlineOffset: -1 },
          '&[aria-invalid="true"]': { borderColor: semanticColors.errorText },
          option: { background: semanticColors.inputBackground, color: semanticColors.inputText }
        }
      },
      error: { ...fonts.small, color: semanticColors.errorText, margin: 0, paddingTop: 5 },
      root: { color: palette.neutralPrimary }
    });
  }, [theme]);
  const errorId = `${props.id}-error`;
  return (
    <div className={classes.root}>
      <Label htmlFor={props.id} disabled={props.disabled}>{props.label}</Label>
      <select id={props.id} className={classes.select} value={props.value} disabled={props.disabled}
        aria-invalid={props.errorMessage ? true : undefined} aria-describedby={props.errorMessage ? errorId : undefined}
        onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => <option key={o.key} value={o.key}>{o.text}</option>)}
      </select>
      {props.errorMessage && <p id={errorId} role="alert" className={classes.error}>{props.errorMessage}</p>}
    </div>
  );
}
