import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { Problem, toProblem } from '../data/errors';
import { useHub } from './HubContext';
import { Loading } from './Loading';
import { ProblemMessage } from './ProblemMessage';
import { useLoad } from './useLoad';

/**
 * Shows the app only when the site's lists match the package. Otherwise a site owner is offered
 * "Set up" (which runs the same provisioning as the app install) and everyone else is told whom
 * to ask. An outdated site still works: owners see the offer above the app.
 */
export function SetupGate(props: { children: React.ReactNode }): JSX.Element {
  const { services, common } = useHub();
  const [status, reload] = useLoad(() => services.setup.status(), [services]);
  const [running, setRunning] = React.useState(false);
  const [failure, setFailure] = React.useState<Problem | undefined>();

  const setUp = async (): Promise<void> => {
    setRunning(true);
    setFailure(undefined);
    try {
      await services.setup.run();
      reload();
    } catch (error) {
      setFailure(await toProblem(error));
    } finally {
      setRunning(false);
    }
  };

  if (status.status === 'loading') return <Loading />;
  if (status.status === 'failed') return <ProblemMessage problem={status.problem} onRetry={reload} />;
  const { state, canSetUp } = status.value;
  if (state === 'ready') return <>{props.children}</>;

  const offer = (
    <div role="region" aria-label={common.SetupNeededTitle}>
      {state === 'missing' && <Text as="h3" variant="large" block>{common.SetupNeededTitle}</Text>}
      <MessageBar messageBarType={canSetUp ? MessageBarType.info : MessageBarType.warning} isMultiline>
        {state === 'missing'
          ? (canSetUp ? common.SetupNeededOwner : common.SetupNeededVisitor)
          : common.SetupOutdatedOwner}
      </MessageBar>
      {failure && <MessageBar messageBarType={MessageBarType.error} isMultiline>{common.SetupFailed}</MessageBar>}
      {canSetUp && (
        <PrimaryButton onClick={setUp} disabled={running} style={{ marginTop: 8 }}>
          {running ? common.SettingUp : common.SetUp}
        </PrimaryButton>
      )}
    </div>
  );
  if (state === 'missing') return offer;
  // Outdated: the app keeps working on the old lists; only owners are bothered with the upgrade.
  return <>{canSetUp && offer}{props.children}</>;
}
