/**
 * The form's primary submit button, in the look of src/ui/light.tsx's primary LightButton (which
 * is always type="button"): a submit button keeps Enter in a field saving the form.
 */
import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export function SubmitButton(props: { text: string; disabled?: boolean; style?: React.CSSProperties }): JSX.Element {
  const theme = useTheme();
  const className = React.useMemo(() => {
    const { palette, semanticColors, fonts } = theme;
    return mergeStyles({
      ...fonts.medium, fontWeight: 600, minWidth: 80, height: 32, padding: '0 16px', borderRadius: 2, cursor: 'pointer',
      border: `1px solid ${semanticColors.primaryButtonBorder === 'transparent' ? palette.themePrimary : semanticColors.primaryButtonBorder}`,
      background: semanticColors.primaryButtonBackground, color: semanticColors.primaryButtonText,
      selectors: {
        ':hover': { background: semanticColors.primaryButtonBackgroundHovered, color: semanticColors.primaryButtonTextHovered },
        ':active': { background: semanticColors.primaryButtonBackgroundPressed },
        ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: '1px' },
        ':disabled': { cursor: 'default', background: semanticColors.buttonBackgroundDisabled, color: semanticColors.buttonTextDisabled, borderColor: semanticColors.buttonBackgroundDisabled }
      }
    });
  }, [theme]);
  return <button type="submit" className={className} disabled={props.disabled} style={props.style}>{props.text}</button>;
}
