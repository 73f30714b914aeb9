import * as React from 'react';
import { LightText } from '../../../ui/light';
import { emptyPlan, Plan } from '../../../domain/plans/plan';
import type { PlanAppServices } from '../../../data/planAppServices';
import { HubApp } from '../../../ui/HubApp';
import { Loading } from '../../../ui/Loading';
import { SetupGate } from '../../../ui/SetupGate';
import { useHub } from '../../../ui/HubContext';
import { useLoad } from '../../../ui/useLoad';
import { format } from '../../../ui/format';
import { HubAppHost, headingOf } from '../../../ui/host';
import { Overview } from './Overview';

// A failed load is rare: its message loads only then.
const ProblemMessage = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-problem' */ '../../../ui/ProblemMessage').then((m) => ({ default: m.ProblemMessage }))
);
// The first view is the overview; a plan, the form and everything behind them load when opened.
const PlanPage = React.lazy(() => import(/* webpackChunkName: 'ddh-plan-page' */ './PlanPage').then((m) => ({ default: m.PlanPage })));
const NewPlanPage = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-plan-new' */ './NewPlanPage').then((m) => ({ default: m.NewPlanPage }))
);

export interface PlanSubmissionsAppProps extends HubAppHost<PlanAppServices> {
  strings: IPlanSubmissionsWebPartStrings;
  /** A page owner's preset: the overview's tab opened first ('mine', 'queue', 'approved', 'map'); absent: the first. */
  openingTab?: string;
}

export function PlanSubmissionsApp(props: PlanSubmissionsAppProps): JSX.Element {
  return (
    <HubApp {...props} label={props.strings.Title}>
      <SetupGate>
        <PlanSubmissionsHome strings={props.strings} heading={headingOf(props, props.strings.Title)} openingTab={props.openingTab} />
      </SetupGate>
    </HubApp>
  );
}

type View = { kind: 'list' } | { kind: 'plan'; id: number } | { kind: 'new'; unsaved?: Plan };

function PlanSubmissionsHome(props: { strings: IPlanSubmissionsWebPartStrings; heading: string; openingTab?: string }): JSX.Element {
  const { services, locale } = useHub<'plans'>();
  const { strings } = props;
  const [view, setView] = React.useState<View>({ kind: 'list' });
  const [generation, setGeneration] = React.useState(0);
  const [overview, retry] = useLoad(() => services.plans.repository.overview(), [services, generation]);
  const toList = (): void => {
    setView({ kind: 'list' });
    setGeneration((g) => g + 1);
  };

  if (view.kind === 'plan') {
    return (
      <React.Suspense fallback={<Loading label={strings.LoadingView} />}>
        <PlanPage key={view.id} strings={strings} id={view.id} onBack={toList} />
      </React.Suspense>
    );
  }
  return (
    <>
      {props.heading && (
        <LightText as="h2" variant="xLarge" block>
          {props.heading}
        </LightText>
      )}
      <LightText as="p" block>
        {strings.Intro}
      </LightText>
      {overview.status === 'loading' && <Loading />}
      {overview.status === 'failed' && (
        <React.Suspense fallback={<Loading />}>
          <ProblemMessage problem={overview.problem} onRetry={retry} />
        </React.Suspense>
      )}
      {overview.status === 'ready' && view.kind === 'new' && (
        <React.Suspense fallback={<Loading label={strings.LoadingView} />}>
          <NewPlanPage
            strings={strings}
            viewer={overview.value}
            initial={view.unsaved || emptyPlan()}
            unsaved={!!view.unsaved}
            onBack={toList}
            onOpen={(id) => setView({ kind: 'plan', id })}
          />
        </React.Suspense>
      )}
      {overview.status === 'ready' && view.kind === 'list' && (
        <>
          <LightText as="p" block>
            {format(strings.Welcome, overview.value.me.title)}
          </LightText>
          <Overview
            strings={strings}
            locale={locale}
            overview={overview.value}
            openingTab={props.openingTab}
            onOpen={(id) => setView({ kind: 'plan', id })}
            onNew={(draft) => setView({ kind: 'new', unsaved: draft && draft.plan })}
          />
        </>
      )}
    </>
  );
}
