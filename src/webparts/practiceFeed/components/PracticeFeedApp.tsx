import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { HubApp } from '../../../ui/HubApp';
import { Loading } from '../../../ui/Loading';
import { SetupGate } from '../../../ui/SetupGate';
import { ProblemMessage } from '../../../ui/ProblemMessage';
import { useHub } from '../../../ui/HubContext';
import { useLoad } from '../../../ui/useLoad';
import { format } from '../../../ui/format';
import { HubAppHost } from '../../../ui/host';

export interface PracticeFeedAppProps extends HubAppHost {
  strings: IPracticeFeedWebPartStrings;
}

export function PracticeFeedApp(props: PracticeFeedAppProps): JSX.Element {
  return (
    <HubApp {...props} label={props.strings.Title}>
      <SetupGate>
        <PracticeFeedHome strings={props.strings} />
      </SetupGate>
    </HubApp>
  );
}

function PracticeFeedHome(props: { strings: IPracticeFeedWebPartStrings }): JSX.Element {
  const { services } = useHub();
  const [me, retry] = useLoad(() => services.site.me(), [services]);
  const { strings } = props;
  return (
    <>
      <Text as="h2" variant="xLarge" block>{strings.Title}</Text>
      <Text as="p" block>{strings.Intro}</Text>
      {me.status === 'loading' && <Loading />}
      {me.status === 'failed' && <ProblemMessage problem={me.problem} onRetry={retry} />}
      {me.status === 'ready' && (
        <>
          <Text as="p" block>{format(strings.Welcome, me.value.title)}</Text>
          <Text as="p" block>{strings.NothingYet}</Text>
        </>
      )}
    </>
  );
}
