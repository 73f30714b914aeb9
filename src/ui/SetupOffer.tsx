import * as React from 'react';
import { useHub } from './HubContext';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { LightButton } from './lightButton';
import { LightMessage } from './LightMessage';
import { space } from './layout';

const setUpClass = mergeStyles({ marginTop: space.s });

/**
 * What <SetupGate> says when the site's lists do not match the package, with "Set up" for owners.
 * On the light message and button (Fluent's MessageBar and PrimaryButton would bring Button,
 * ContextualMenu and Callout into every web part's lazy chunks just for this). The button is
 * disabled while the set-up runs, which drops the focus; when it failed, the focus returns to it.
 */
export function SetupOffer(props: {
  state: 'missing' | 'outdated';
  canSetUp: boolean;
  running: boolean;
  failed: boolean;
  onSetUp: () => void;
  /** The data site, when it is not set up from here (SetupStatus.elsewhere). */
  elsewhere?: string;
  /** No hub site is configured (SetupStatus.unconfigured): owners hear how to name one instead. */
  unconfigured?: boolean;
  /** The last update waits for SharePoint to build an index (ProvisionReport.pending): try again later. */
  indexing?: boolean;
}): JSX.Element {
  const { common } = useHub();
  const { state, canSetUp, running, failed, onSetUp, elsewhere } = props;
  // Nothing configured and the page's own site is empty: it may be the wrong site to set up.
  const unconfigured = state === 'missing' && canSetUp && props.unconfigured === true;
  const { fonts } = useTheme();
  const button = React.useRef<HTMLSpanElement>(null);
  React.useEffect(() => {
    if (!failed || running) return;
    const target = button.current && button.current.querySelector('button');
    if (target && !target.disabled && (document.activeElement === document.body || !document.activeElement)) target.focus();
  }, [failed, running]);
  if (elsewhere !== undefined) {
    return (
      <div role="region" aria-label={common.SetupNeededTitle}>
        <LightMessage kind="warning">{common.DataSiteMissing.replace('{0}', elsewhere)}</LightMessage>
      </div>
    );
  }
  return (
    <div role="region" aria-label={common.SetupNeededTitle}>
      {state === 'missing' && <h3 className={mergeStyles(fonts.large, { margin: 0 })}>{common.SetupNeededTitle}</h3>}
      <LightMessage kind={canSetUp ? 'info' : 'warning'}>
        {state === 'missing'
          ? canSetUp
            ? common.SetupNeededOwner
            : common.SetupNeededVisitor
          : props.indexing
            ? common.SetupIndexing
            : common.SetupOutdatedOwner}
      </LightMessage>
      {unconfigured && <LightMessage kind="info">{common.SetupElsewhereHint}</LightMessage>}
      {failed && <LightMessage kind="error">{common.SetupFailed}</LightMessage>}
      {canSetUp && (
        <span ref={button}>
          <LightButton
            primary
            onClick={onSetUp}
            disabled={running}
            className={setUpClass}
            text={running ? common.SettingUp : common.SetUp}
          />
        </span>
      )}
    </div>
  );
}
