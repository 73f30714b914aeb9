import { planFirstRead, PlanAppServices } from '../../../data/planAppServices';
import { takeEarly } from '../../../data/earlyRead';
import * as React from 'react';
import { LightText } from '../../../ui/light';
import { emptyPlan } from '../../../domain/plans/plan';
import { HubApp } from '../../../ui/HubApp';
import { Loading } from '../../../ui/Loading';
import { SetupGate } from '../../../ui/SetupGate';
import { useHub } from '../../../ui/HubContext';
import { useLoad } from '../../../ui/useLoad';
import { format } from '../../../ui/format';
import { HubAppHost, headingOf } from '../../../ui/host';
import { Overview } from './Overview';
import { NavigationProvider, Route, TextProvider, useText } from './text';

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
      <TextProvider value={props.strings}>
        <SetupGate>
          <PlanSubmissionsHome heading={headingOf(props, props.strings.Title)} openingTab={props.openingTab} />
        </SetupGate>
      </TextProvider>
    </HubApp>
  );
}

function PlanSubmissionsHome(props: { heading: string; openingTab?: string }): JSX.Element {
  const { services, locale } = useHub<'plans'>();
  const strings = useText();
  const [route, setRoute] = React.useState<Route>({ view: 'list' });
  const [generation, setGeneration] = React.useState(0);
  const [overview, retry] = useLoad(() => takeEarly(services, () => planFirstRead(services)), [services, generation]);
  // Back on the list, the overview is read again: the plan just left may have changed.
  const navigate = React.useCallback((next: Route): void => {
    setRoute(next);
    if (next.view === 'list') setGeneration((g) => g + 1);
  }, []);

  return (
    <NavigationProvider value={navigate}>
      {route.view === 'plan' ? (
        <React.Suspense fallback={<Loading label={strings.LoadingView} />}>
          <PlanPage key={route.planId} id={route.planId} />
        </React.Suspense>
      ) : (
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
          {overview.status === 'ready' && route.view === 'new' && (
            <React.Suspense fallback={<Loading label={strings.LoadingView} />}>
              <NewPlanPage viewer={overview.value} initial={route.unsaved || emptyPlan()} unsaved={!!route.unsaved} />
            </React.Suspense>
          )}
          {overview.status === 'ready' && route.view === 'list' && (
            <>
              <LightText as="p" block>
                {format(strings.Welcome, overview.value.me.title)}
              </LightText>
              <Overview locale={locale} overview={overview.value} openingTab={props.openingTab} />
            </>
          )}
        </>
      )}
    </NavigationProvider>
  );
}
