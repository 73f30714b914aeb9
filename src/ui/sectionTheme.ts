/**
 * The theme of the page section a web part or the plan form sits in, as a Fluent theme: SPFx's
 * ThemeProvider service tells the section's theme and when an editor changes it. The web parts
 * (HubWebPartBase) and the plan form customizer follow it through this one function.
 */
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import type { ISPEventObserver, ServiceScope } from '@microsoft/sp-core-library';
import { createTheme, ITheme } from '@fluentui/react/lib/Styling';

function fluentTheme(theme: IReadonlyTheme): ITheme {
  return createTheme({ palette: theme.palette, semanticColors: theme.semanticColors, isInverted: theme.isInverted });
}

/**
 * Calls `onTheme` with the section's theme now (when the page has one; otherwise the caller's
 * default stays) and again with each new one, `changed` then true so the caller renders again.
 * `owner` is the component the change handler belongs to (SPFx's event observer).
 */
export function followSectionTheme(
  serviceScope: ServiceScope,
  owner: ISPEventObserver,
  onTheme: (theme: ITheme, changed: boolean) => void
): void {
  const themes = serviceScope.consume(ThemeProvider.serviceKey);
  const now = themes.tryGetTheme();
  if (now) onTheme(fluentTheme(now), false);
  themes.themeChangedEvent.add(owner, (args: ThemeChangedEventArgs) => {
    if (args.theme) onTheme(fluentTheme(args.theme), true);
  });
}
