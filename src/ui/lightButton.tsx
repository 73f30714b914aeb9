/**
 * The light button and icon on their own (src/ui/light re-exports them): a lazy chunk that shows
 * only a message and a button (ProblemMessage, SetupOffer) then does not carry the light fields,
 * tabs and their styles, which webpack would copy into every such chunk of a web part whose
 * first view does not use src/ui/light.
 */
import * as React from 'react';
import { getIcon, IStyle, ITheme, mergeStyles } from '@fluentui/react/lib/Styling';
import { themeClasses } from './themeClasses';

/** The buttons' styles in a theme (also part of src/ui/light's useLightClasses). */
export function buttonStyles(theme: ITheme): Record<'button' | 'primary' | 'icon', IStyle> {
  const { palette, semanticColors, fonts } = theme;
  const base: IStyle = {
    ...fonts.medium,
    fontWeight: 600,
    minWidth: 80,
    minHeight: 32,
    maxWidth: '100%',
    padding: '4px 16px',
    borderRadius: 2,
    cursor: 'pointer',
    border: `1px solid ${semanticColors.buttonBorder}`,
    background: semanticColors.buttonBackground,
    color: semanticColors.buttonText,
    selectors: {
      ':hover': { background: semanticColors.buttonBackgroundHovered, color: semanticColors.buttonTextHovered },
      ':active': { background: semanticColors.buttonBackgroundPressed },
      ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: '1px' },
      ':disabled': {
        cursor: 'default',
        background: semanticColors.buttonBackgroundDisabled,
        color: semanticColors.buttonTextDisabled,
        borderColor: semanticColors.buttonBackgroundDisabled
      }
    }
  };
  return {
    button: base,
    primary: [
      base,
      {
        border: `1px solid ${semanticColors.primaryButtonBorder === 'transparent' ? palette.themePrimary : semanticColors.primaryButtonBorder}`,
        background: semanticColors.primaryButtonBackground,
        color: semanticColors.primaryButtonText,
        selectors: {
          ':hover': { background: semanticColors.primaryButtonBackgroundHovered, color: semanticColors.primaryButtonTextHovered },
          ':active': { background: semanticColors.primaryButtonBackgroundPressed }
        }
      }
    ],
    icon: { marginRight: 6, fontSize: 14, verticalAlign: 'middle', lineHeight: '1' }
  };
}

const useButtonClasses = themeClasses(buttonStyles);

export interface LightButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  text: string;
  primary?: boolean;
  /** A registered Fluent icon's name, shown before the text (decorative: the text names the button). */
  icon?: string;
  /** 'submit' inside a form; a plain button otherwise. */
  type?: 'button' | 'submit';
  /** The button element (to move focus back to it). */
  elementRef?: React.Ref<HTMLButtonElement>;
}

export function LightButton(props: LightButtonProps): JSX.Element {
  const { text, primary, icon, className, type, elementRef, ...rest } = props;
  const classes = useButtonClasses();
  return (
    <button
      ref={elementRef}
      type={type === 'submit' ? 'submit' : 'button'}
      {...rest}
      className={[primary ? classes.primary : classes.button, className].filter(Boolean).join(' ')}
    >
      {icon && <LightIcon name={icon} className={classes.icon} />}
      {text}
    </button>
  );
}

/**
 * A registered icon (the page's icon font in SharePoint, SVGs in the workbench), decorative: what
 * Fluent's FontIcon renders, without the Icon barrel (which brings the Image component along).
 */
export function LightIcon(props: { name: string; className?: string }): JSX.Element | null {
  const icon = getIcon(props.name);
  if (!icon) return null;
  const { subset } = icon;
  return (
    <i
      data-icon-name={props.name}
      aria-hidden="true"
      className={[
        subset.className,
        // After getIcon (which registers the subset's class), so this one comes later and wins, as the inline style did.
        mergeStyles({ display: 'inline-block', fontStyle: 'normal', fontFamily: subset.fontFace && subset.fontFace.fontFamily }),
        props.className
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {icon.code}
    </i>
  );
}
