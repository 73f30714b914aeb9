/**
 * The light theme on its own: a SharePoint page's first view needs only it (the section's theme
 * replaces it), so the dark and high-contrast palettes (theme.ts) load only in Teams.
 */
import { createTheme, ITheme } from '@fluentui/react/lib/Styling';

/**
 * The system font stack: Fluent's default names 'Segoe UI Web', whose @font-face points to a
 * Microsoft CDN. Naming only installed fonts keeps every request inside the tenant.
 */
export const SYSTEM_FONT = { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' };

/** Fluent UI v8's light theme in the hub's colours (see workbenchTheme in theme.ts for the others). */
export function lightTheme(): ITheme {
  return createTheme({
    defaultFontStyle: SYSTEM_FONT,
    palette: {
      themePrimary: '#0f6cbd',
      themeLighterAlt: '#f3f8fc',
      themeLighter: '#d0e4f4',
      themeLight: '#a9cdec',
      themeTertiary: '#5d9fd8',
      themeSecondary: '#2579c5',
      themeDarkAlt: '#0e61aa',
      themeDark: '#0b5290',
      themeDarker: '#083c6a',
      neutralLighterAlt: '#faf9f8',
      neutralLighter: '#f3f2f1',
      neutralLight: '#edebe9',
      neutralQuaternaryAlt: '#e1dfdd',
      neutralQuaternary: '#d0d0d0',
      neutralTertiaryAlt: '#c8c6c4',
      neutralTertiary: '#a19f9d',
      neutralSecondary: '#605e5c',
      neutralPrimaryAlt: '#3b3a39',
      neutralPrimary: '#323130',
      neutralDark: '#201f1e',
      black: '#000000',
      white: '#ffffff'
    }
  });
}
