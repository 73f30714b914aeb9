import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { ITheme } from '@fluentui/react/lib/Styling';
import { HubContext, HubContextValue } from './HubContext';

export interface HubAppProps extends HubContextValue {
  theme: ITheme;
  /** Shown to assistive technology as the region's name. */
  label: string;
  children?: React.ReactNode;
}

/** The frame every web part's app renders in: theme, context and a labelled region. */
export function HubApp(props: HubAppProps): JSX.Element {
  const { services, common, locale, theme, label, children } = props;
  const context = React.useMemo(() => ({ services, common, locale }), [services, common, locale]);
  return (
    <ThemeProvider theme={theme} lang={locale}>
      <HubContext.Provider value={context}>
        <section aria-label={label} style={{ color: theme.semanticColors.bodyText, background: theme.semanticColors.bodyBackground, padding: 16 }}>
          {children}
        </section>
      </HubContext.Provider>
    </ThemeProvider>
  );
}
