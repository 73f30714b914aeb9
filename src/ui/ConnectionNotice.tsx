/**
 * The app frame's word on a busy SharePoint: while any request of this web part waits to be
 * retried (429 / 503 with Retry-After, see src/data/connection.ts), "SharePoint is busy; trying
 * again in N seconds" — in a polite live region that is always in the page (so screen readers
 * hear the change), sticky at the top of the web part so it is seen wherever the person is.
 */
import * as React from 'react';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { BusyWait, ConnectionStatus } from '../data/connection';
import { plural } from './format';
import { space } from './layout';

/** The sentence for a wait of `seconds`, with the plural the language needs. */
export function busyText(common: IHubCommonStrings, locale: string, seconds: number): string {
  return plural(common, 'BusyRetry', locale, seconds);
}

export function ConnectionNotice(props: {
  connection: ConnectionStatus;
  common: IHubCommonStrings;
  locale: string;
  theme: ITheme;
}): JSX.Element {
  const { connection, common, locale, theme } = props;
  const [busy, setBusy] = React.useState<BusyWait | undefined>(connection.busy);
  React.useEffect(() => {
    setBusy(connection.busy);
    return connection.subscribe(() => setBusy(connection.busy));
  }, [connection]);
  const classes = React.useMemo(() => {
    // Stays at the top of the web part while it scrolls; drawn only while the site is busy.
    const notice = { position: 'sticky', top: 0, zIndex: 1 } as const;
    return mergeStyleSets({
      notice,
      busy: [
        notice,
        {
          padding: `${space.s}px ${space.m}px`,
          marginBottom: space.s,
          border: `1px solid ${theme.semanticColors.bodyText}`,
          borderLeftWidth: 4,
          background: theme.semanticColors.bodyBackground
        }
      ]
    });
  }, [theme]);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-connection="" className={busy ? classes.busy : classes.notice}>
      {busy ? busyText(common, locale, busy.seconds) : null}
    </div>
  );
}
