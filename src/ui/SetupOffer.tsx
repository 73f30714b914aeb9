import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { useHub } from './HubContext';

/** What <SetupGate> says when the site's lists do not match the package, with "Set up" for owners. */
export function SetupOffer(props: { state: 'missing' | 'outdated'; canSetUp: boolean; running: boolean; failed: boolean; onSetUp: () => void }): JSX.Element {
  const { common } = useHub();
  const { state, canSetUp, running, failed, onSetUp } = props;
  return (
    <div role="region" aria-label={common.SetupNeededTitle}>
      {state === 'missing' && <Text as="h3" variant="large" block>{common.SetupNeededTitle}</Text>}
      <MessageBar messageBarType={canSetUp ? MessageBarType.info : MessageBarType.warning} isMultiline>
        {state === 'missing'
          ? (canSetUp ? common.SetupNeededOwner : common.SetupNeededVisitor)
          : common.SetupOutdatedOwner}
      </MessageBar>
      {failed && <MessageBar messageBarType={MessageBarType.error} isMultiline>{common.SetupFailed}</MessageBar>}
      {canSetUp && (
        <PrimaryButton onClick={onSetUp} disabled={running} style={{ marginTop: 8 }}>
          {running ? common.SettingUp : common.SetUp}
        </PrimaryButton>
      )}
    </div>
  );
}
