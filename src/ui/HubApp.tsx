import * as React from 'react';
import { Theme, ThemeProvider } from '@fluentui/react/lib/Theme';
import { ITheme, mergeStyles } from '@fluentui/react/lib/Styling';
import type { IPersonaCoinStyleProps } from '@fluentui/react/lib/Persona';
import { ConnectionNotice } from './ConnectionNotice';
import { dateFormat } from './format';

/**
 * The region is a CSS container named `ddh-app`, the width src/ui/narrow's rules ask (written
 * here, not imported: a web part without narrow layouts, the feed, does not carry their styles).
 */
const APP_CONTAINER = { containerType: 'inline-size', containerName: 'ddh-app' };
import { HubContext, HubContextValue } from './HubContext';
import { space } from './layout';

export interface HubAppProps extends HubContextValue {
  theme: ITheme;
  /** Shown to assistive technology as the region's name. */
  label: string;
  children?: React.ReactNode;
}

/**
 * Component styles every theme gets, whatever the page's palette. Fluent writes a persona's
 * initials in `palette.white`, which a dark (inverted) theme turns dark on the coin's saturated
 * colour (2.4:1, an axe colour-contrast failure); the coin colours are chosen for white text.
 */
function withHubComponents(theme: ITheme): Theme {
  const base = theme as Theme;
  const personaCoin = (props: IPersonaCoinStyleProps): object => (props.showUnknownPersonaCoin ? {} : { initials: { color: '#ffffff' } });
  return { ...base, components: { ...base.components, PersonaCoin: { styles: personaCoin } } };
}

/**
 * The frame every web part's app renders in: theme, context and a labelled region. The region is
 * the container narrow layouts ask (src/ui/narrow): its width is the web part's, never its content's.
 */
export function HubApp(props: HubAppProps): JSX.Element {
  const { services, common, locale, theme, label, children } = props;
  const context = React.useMemo(() => ({ services, common, locale }), [services, common, locale]);
  const hubTheme = React.useMemo(() => withHubComponents(theme), [theme]);
  // The browser loads its date data for a language the first time it formats a date (~100 ms on a
  // slow laptop). A parent's layout effect runs after its children's, so the first view's request
  // is already on its way: do that work while waiting for the answer, not after it.
  React.useLayoutEffect(() => {
    dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(0);
  }, [locale]);
  const appClass = React.useMemo(
    () =>
      mergeStyles({
        color: theme.semanticColors.bodyText,
        background: theme.semanticColors.bodyBackground,
        padding: space.l,
        ...APP_CONTAINER
      }),
    [theme]
  );
  return (
    <ThemeProvider theme={hubTheme} lang={locale}>
      <HubContext.Provider value={context}>
        <section aria-label={label} className={appClass}>
          {services.connection && <ConnectionNotice connection={services.connection} common={common} locale={locale} theme={theme} />}
          {children}
        </section>
      </HubContext.Provider>
    </ThemeProvider>
  );
}
