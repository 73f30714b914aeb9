/**
 * The training registry's root: it holds the route (which view of which tab the reader is on) and
 * composes the views. What they show and do is in hooks: the lists and seats in
 * `useTrainingSessions`, focus on the way back in `useOpener` (returnFocus.tsx).
 */
import type { TrainingAppServices } from '../../../data/trainingAppServices';
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { StoredSession, TrainingViewer } from '../../../data/training';
import { Problem } from '../../../data/errors';
import { HubApp } from '../../../ui/HubApp';
import { HubAppHost, headingOf } from '../../../ui/host';
import { Tab as LightTab, Tabs, LightText } from '../../../ui/light';
import { Loading } from '../../../ui/Loading';
import { space } from '../../../ui/layout';
import { SetupGate } from '../../../ui/SetupGate';
import { NavigationProvider, Route, TextProvider, useText } from './text';
import { ForYou } from './ForYou';
import { ReturnFocus, useOpener } from './returnFocus';
import { Tab, TrainingSessions, useTrainingSessions } from './hooks/useTrainingSessions';
import { SessionsTab } from './SessionsTab';

/** A tab's content, a step below the tab row. */
const classes = mergeStyleSets({ tabBody: { marginTop: space.m } });

// The first view is the session list (plain HTML buttons and tabs, see src/ui/light.tsx); the
// details, my trainings, the session form and a failed load's message come in chunks of their
// own when first shown. The details are fetched in the background once the list is on screen.
const loadDetails = (): Promise<typeof import('./SessionDetails')> =>
  import(/* webpackChunkName: 'ddh-training-details' */ './SessionDetails');
const SessionDetails = React.lazy(() => loadDetails().then((m) => ({ default: m.SessionDetails })));
const MyTrainings = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-training-mine' */ './MyTrainings').then((m) => ({ default: m.MyTrainings }))
);
const SessionFormPage = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-training-form' */ './SessionFormPage').then((m) => ({ default: m.SessionFormPage }))
);
const ProblemNotice = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-problem' */ '../../../ui/ProblemMessage').then((m) => ({ default: m.ProblemMessage }))
);

export interface TrainingRegistryAppProps extends HubAppHost<TrainingAppServices> {
  strings: ITrainingRegistryWebPartStrings;
  /** A page owner's preset: only sessions on this topic are listed (SessionTopic); absent: every topic. */
  topic?: string;
}

export function TrainingRegistryApp(props: TrainingRegistryAppProps): JSX.Element {
  return (
    <HubApp {...props} label={props.strings.Title}>
      <TextProvider value={props.strings}>
        <SetupGate>
          <TrainingHome heading={headingOf(props, props.strings.Title)} topic={props.topic} />
        </SetupGate>
      </TextProvider>
    </HubApp>
  );
}

const LIST: Route = { view: 'list' };

function TrainingHome(props: { heading: string; topic?: string }): JSX.Element {
  const s = useText();
  const list = useTrainingSessions(props.topic);
  const { first } = list;
  const opener = useOpener();
  const [route, setRoute] = React.useState<Route>(LIST);
  const back = opener.back;
  /** Where components move the reader (useNavigate); going back to the list returns focus to what opened the view. */
  const navigate = React.useCallback(
    (to: Route): void => {
      if (to.view === 'list') back();
      setRoute(to);
    },
    [back]
  );

  // Once the list is on screen, the details' chunk comes in the background: opening one is then at once.
  React.useEffect(() => {
    if (first.status !== 'ready') return undefined;
    const timer = setTimeout(() => {
      loadDetails().catch(() => undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [first.status]);

  if (first.status === 'loading') return <Loading />;
  if (first.status === 'failed') {
    return (
      <React.Suspense fallback={<Loading />}>
        <ProblemNotice problem={first.problem} onRetry={list.retry} />
      </React.Suspense>
    );
  }
  const { viewer } = first.value;

  const open = (stored: StoredSession, from: HTMLElement): void => {
    opener.opened(from);
    list.opened(stored);
    setRoute({ view: 'details', sessionId: stored.session.id });
  };

  const panel = (key: Tab): JSX.Element => (
    <TabPanel
      key={key}
      onShown={() => {
        if (list.showTab(key)) setRoute(LIST);
      }}
      problem={list.problem}
    >
      <TabBody
        tab={key}
        route={route}
        list={list}
        viewer={viewer}
        onOpen={open}
        onNew={(from) => {
          opener.opened(from);
          setRoute({ view: 'form' });
        }}
      />
    </TabPanel>
  );
  const tabs: LightTab[] = [
    { key: 'sessions', title: s.TabSessions, render: () => panel('sessions') },
    { key: 'mine', title: s.TabMine, render: () => panel('mine') }
  ];
  if (viewer.isAdmin) tabs.push({ key: 'past', title: s.TabPast, render: () => panel('past') });

  /** Choosing the tab already shown goes back to its list, as Fluent's Pivot did. */
  const onTabClick = (event: React.MouseEvent): void => {
    const target = (event.target as HTMLElement).closest('[role=tab]');
    if (target && target.getAttribute('aria-selected') === 'true' && route.view !== 'list') {
      setRoute(LIST);
      list.setProblem(undefined);
    }
  };

  return (
    <NavigationProvider value={navigate}>
      {props.heading && (
        <LightText as="h2" variant="xLarge" block>
          {props.heading}
        </LightText>
      )}
      <LightText as="p" block>
        {s.Intro}
      </LightText>
      {/* What changed for the viewer since they last looked, from the first view's seats. */}
      <ForYou sessions={first.value.upcoming.rows} seats={first.value.seats} viewer={viewer} onOpen={open} />
      <div onClick={onTabClick}>
        <ReturnFocus.Provider value={opener.target}>
          <Tabs label={s.Title} idPrefix="ddh-training" tabs={tabs} />
        </ReturnFocus.Provider>
      </div>
    </NavigationProvider>
  );
}

/** What a tab's panel shows: its list, or the details or form opened from it. */
function TabBody(props: {
  tab: Tab;
  route: Route;
  list: TrainingSessions;
  viewer: TrainingViewer;
  onOpen(stored: StoredSession, from: HTMLElement): void;
  onNew(from: HTMLElement): void;
}): JSX.Element {
  const { tab, list, viewer, onOpen } = props;
  // A panel that just mounted on a switch shows its list, never the view opened in the other tab.
  const route = tab === list.tab ? props.route : LIST;
  if (route.view === 'form') return <SessionFormPage list={list} sessionId={route.sessionId} viewer={viewer} />;
  const stored = route.view === 'details' ? list.find(route.sessionId) : undefined;
  if (route.view === 'details' && stored) {
    return (
      <SessionDetails
        key={stored.session.id}
        stored={stored}
        registrations={list.seats.get(stored.session.id)}
        viewer={viewer}
        onChanged={() => list.refresh(stored.session.id)}
        seatsBefore={route.seatsBefore}
        onOpenSession={onOpen}
      />
    );
  }
  if (tab === 'mine') return <MyTrainings viewer={viewer} onOpen={onOpen} />;
  return <SessionsTab tab={tab} list={list} viewer={viewer} onOpen={onOpen} onNew={props.onNew} />;
}

/** A tab's panel: tells the app when it is shown (mounted), so the tab's content is read then; a failed read's message over it. */
function TabPanel(props: { onShown: () => void; problem?: Problem; children: React.ReactNode }): JSX.Element {
  const { onShown } = props;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  React.useEffect(() => {
    onShown();
  }, []);
  return (
    <>
      {props.problem && (
        <React.Suspense fallback={null}>
          <ProblemNotice problem={props.problem} />
        </React.Suspense>
      )}
      <div className={classes.tabBody}>
        <React.Suspense fallback={<Loading />}>{props.children}</React.Suspense>
      </div>
    </>
  );
}
