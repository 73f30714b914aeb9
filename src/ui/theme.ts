import { createTheme, ITheme } from '@fluentui/react/lib/Styling';
import { lightTheme, SYSTEM_FONT } from './themeLight';

/** The three looks: chosen in the workbench, named by Teams; in a SharePoint page the section's theme wins. */
export type ThemeName = 'light' | 'dark' | 'highContrast';

/** Teams names its themes 'default', 'dark' and 'contrast'; anything new falls back to light. */
export function teamsThemeName(teams: string | undefined): ThemeName {
  if (teams === 'dark') return 'dark';
  if (teams === 'contrast') return 'highContrast';
  return 'light';
}

/**
 * Fluent UI v8 themes for the workbench and for Teams (which names a theme instead of giving a palette). Colours were picked to keep text and controls at
 * WCAG 2.1 AA contrast (4.5:1 for text, 3:1 for UI parts) against their backgrounds.
 */
export function workbenchTheme(name: ThemeName): ITheme {
  switch (name) {
    case 'dark':
      return createTheme({
        defaultFontStyle: SYSTEM_FONT,
        isInverted: true,
        palette: {
          themePrimary: '#6cb8f6',
          themeLighterAlt: '#04070a',
          themeLighter: '#111d28',
          themeLight: '#20374a',
          themeTertiary: '#416e93',
          themeSecondary: '#5fa2d8',
          themeDarkAlt: '#7bbff7',
          themeDark: '#8fc9f8',
          themeDarker: '#acd7fa',
          neutralLighterAlt: '#262626',
          neutralLighter: '#2f2f2f',
          neutralLight: '#3d3d3d',
          neutralQuaternaryAlt: '#464646',
          neutralQuaternary: '#4d4d4d',
          neutralTertiaryAlt: '#6b6b6b',
          neutralTertiary: '#c8c8c8',
          neutralSecondary: '#d0d0d0',
          neutralPrimaryAlt: '#dadada',
          neutralPrimary: '#ffffff',
          neutralDark: '#f4f4f4',
          black: '#f8f8f8',
          white: '#1b1b1b'
        }
      });
    case 'highContrast':
      return createTheme({
        defaultFontStyle: SYSTEM_FONT,
        isInverted: true,
        palette: {
          themePrimary: '#ffff00',
          themeLighterAlt: '#000000',
          themeLighter: '#1a1a00',
          themeLight: '#333300',
          themeTertiary: '#999900',
          themeSecondary: '#e6e600',
          themeDarkAlt: '#ffff33',
          themeDark: '#ffff66',
          themeDarker: '#ffff99',
          neutralLighterAlt: '#0a0a0a',
          neutralLighter: '#141414',
          neutralLight: '#262626',
          neutralQuaternaryAlt: '#333333',
          neutralQuaternary: '#3d3d3d',
          neutralTertiaryAlt: '#7a7a7a',
          neutralTertiary: '#ffffff',
          neutralSecondary: '#ffffff',
          neutralPrimaryAlt: '#ffffff',
          neutralPrimary: '#ffffff',
          neutralDark: '#ffffff',
          black: '#ffffff',
          white: '#000000'
        },
        semanticColors: {
          focusBorder: '#ffff00',
          inputBorder: '#ffffff',
          link: '#ffff00',
          linkHovered: '#ffff99',
          bodyText: '#ffffff',
          bodySubtext: '#ffffff',
          errorText: '#ff8080',
          disabledText: '#c0c0c0'
        }
      });
    default:
      return lightTheme();
  }
}
