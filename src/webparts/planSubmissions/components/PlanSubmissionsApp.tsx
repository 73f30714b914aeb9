import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { emptyPlan } from '../../../domain/plans/plan';
import { HubApp } from '../../../ui/HubApp';
import { Loading } from '../../../ui/Loading';
import { SetupGate } from '../../../ui/SetupGate';
import { ProblemMessage } from '../../../ui/ProblemMessage';
import { useHub } from '../../../ui/HubContext';
import { useLoad } from '../../../ui/useLoad';
import { format } from '../../../ui/format';
import { HubAppHost } from '../../../ui/host';
import { NewPlanPage } from './NewPlanPage';
import { Overview } from './Overview';
import { PlanPage } from './PlanPage';

export interface PlanSubmissionsAppProps extends HubAppHost {
  strings: IPlanSubmissionsWebPartStrings;
}

export function PlanSubmissionsApp(props: PlanSubmissionsAppProps): JSX.Element {
  return (
    <HubApp {...props} label={props.strings.Title}>
      <SetupGate>
        <PlanSubmissionsHome strings={props.strings} />
      </SetupGate>
    </HubApp>
  );
}

type View = { kind: 'list' } | { kind: 'plan'; id: number } | { kind: 'new' };

function PlanSubmissionsHome(props: { strings: IPlanSubmissionsWebPartStrings }): JSX.Element {
  const { services, locale } = useHub();
  const { strings } = props;
  const [view, setView] = React.useState<View>({ kind: 'list' });
  const [generation, setGeneration] = React.useState(0);
  const [overview, retry] = useLoad(() => services.plans.repository.overview(), [services, generation]);
  const toList = (): void => {
    setView({ kind: 'list' });
    setGeneration((g) => g + 1);
  };

  if (view.kind === 'plan') return <PlanPage key={view.id} strings={strings} id={view.id} onBack={toList} />;
  return (
    <>
      <Text as="h2" variant="xLarge" block>{strings.Title}</Text>
      <Text as="p" block>{strings.Intro}</Text>
      {overview.status === 'loading' && <Loading />}
      {overview.status === 'failed' && <ProblemMessage problem={overview.problem} onRetry={retry} />}
      {overview.status === 'ready' && view.kind === 'new' && (
        <NewPlanPage strings={strings} viewer={overview.value} initial={emptyPlan()} onBack={toList} onOpen={(id) => setView({ kind: 'plan', id })} />
      )}
      {overview.status === 'ready' && view.kind === 'list' && (
        <>
          <Text as="p" block>{format(strings.Welcome, overview.value.me.title)}</Text>
          <Overview strings={strings} locale={locale} overview={overview.value}
            onOpen={(id) => setView({ kind: 'plan', id })} onNew={() => setView({ kind: 'new' })} />
        </>
      )}
    </>
  );
}
