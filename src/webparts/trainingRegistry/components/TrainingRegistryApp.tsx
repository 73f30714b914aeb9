import * as React from 'react';
import { SessionFilters } from './SessionFilters';
import { SeatsRead, StoredRegistration, StoredSession, TrainingFirstView } from '../../../data/training';
import type { TrainingAppServices } from '../../../data/trainingAppServices';
import { Problem, toProblem } from '../../../data/errors';
import { HubApp } from '../../../ui/HubApp';
import { useHub } from '../../../ui/HubContext';
import { HubAppHost, headingOf } from '../../../ui/host';
import { LightButton, Tab as LightTab, Tabs, LightText } from '../../../ui/light';
import { Loading } from '../../../ui/Loading';
import { SetupGate } from '../../../ui/SetupGate';
import { useLoad } from '../../../ui/useLoad';
import { allocateSeats, SESSION_TOPICS, SessionTopic } from '../../../domain/training';
import { SessionList } from './SessionList';
import { matchesMode, monthRange, NO_FILTER, SessionFilterValue } from './filter';
import { TrainingText, useText } from './text';
import { ForYou } from './ForYou';
import { ReturnFocus } from './returnFocus';

// The first view is the session list (plain HTML buttons and tabs, see src/ui/light.tsx); the
// details, my trainings, the session form and a failed load's message come in chunks of their
// own when first shown. The details are fetched in the background once the list is on screen.
const loadDetails = (): Promise<typeof import('./SessionDetails')> =>
  import(/* webpackChunkName: 'ddh-training-details' */ './SessionDetails');
const SessionDetails = React.lazy(() => loadDetails().then((m) => ({ default: m.SessionDetails })));
const MyTrainings = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-training-mine' */ './MyTrainings').then((m) => ({ default: m.MyTrainings }))
);
const SessionForm = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-training-form' */ './SessionForm').then((m) => ({ default: m.SessionForm }))
);
const MonthView = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-training-month' */ './MonthView').then((m) => ({ default: m.MonthView }))
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
      <TrainingText.Provider value={props.strings}>
        <SetupGate>
          <TrainingHome heading={headingOf(props, props.strings.Title)} topic={props.topic} />
        </SetupGate>
      </TrainingText.Provider>
    </HubApp>
  );
}

/** `seatsBefore`: after an admin's edit, the session and registrations read before it (seats it gave are told). */
type View = { kind: 'list' } | { kind: 'details'; sessionId: number; seatsBefore?: SeatsRead } | { kind: 'form'; sessionId?: number };
type Tab = 'sessions' | 'mine' | 'past';

/**
 * The series names of the sessions read, for the form's suggestions; undefined when the site has
 * no series column (sessions read from a site before v7 carry none), so the form does not offer one.
 */
function seriesNames(sessions: readonly StoredSession[]): string[] | undefined {
  if (sessions.length > 0 && sessions.every((o) => o.session.series === undefined)) return undefined;
  return Array.from(new Set(sessions.map((o) => o.session.series || '').filter((name) => !!name))).sort();
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

function TrainingHome(props: { heading: string; topic?: string }): JSX.Element {
  const { services } = useHub<'training'>();
  const s = useText();
  const [first, retry] = useLoad<TrainingFirstView>(() => services.training.firstView(new Date()), [services]);
  const [tab, setTab] = React.useState<Tab>('sessions');
  /** The tab shown, for the panel that mounts on a switch (its effect runs before the state changes). */
  const shown = React.useRef<Tab>('sessions');
  const [sessions, setSessions] = React.useState<StoredSession[]>([]);
  const [next, setNext] = React.useState<string | undefined>();
  /** Sessions opened from elsewhere (My trainings) that are not in the current list. */
  const [others, setOthers] = React.useState<Map<number, StoredSession>>(new Map());
  const [seats, setSeats] = React.useState<Map<number, StoredRegistration[]>>(new Map());
  const [view, setView] = React.useState<View>({ kind: 'list' });
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [filter, setFilter] = React.useState<SessionFilterValue>(NO_FILTER);
  // The upcoming sessions as a list (with filters and seats) or as a month calendar.
  const [layout, setLayout] = React.useState<'list' | 'month'>('list');
  const [month, setMonth] = React.useState(() => new Date());
  /** The id of the button that opened the details or the form (the list it is in unmounts meanwhile). */
  const opener = React.useRef<string | undefined>();
  /** Set by "back": the opener's id, focused by the view that holds it once it is on screen again (returnFocus.tsx). */
  const [returnTo, setReturnTo] = React.useState<string | undefined>();
  const returnFocus = React.useMemo(() => ({ id: returnTo, done: () => setReturnTo(undefined) }), [returnTo]);

  const loadSeats = React.useCallback(
    async (ids: number[]): Promise<void> => {
      if (ids.length === 0) return;
      try {
        const found = await services.training.registrations.forSessions(ids);
        setSeats((old) => {
          const copy = new Map(old);
          found.forEach((v, k) => copy.set(k, v));
          return copy;
        });
      } catch (error) {
        setProblem(await toProblem(error));
      }
    },
    [services]
  );

  /** Shows a page of sessions; `known` carries seats that came with it, the rest are read now. */
  const showPage = React.useCallback(
    (rows: StoredSession[], link: string | undefined, append: boolean, known?: Map<number, StoredRegistration[]>): void => {
      setSessions((old) => (append ? old.concat(rows) : rows));
      setNext(link);
      if (known)
        setSeats((old) => {
          const copy = new Map(old);
          known.forEach((v, k) => copy.set(k, v));
          return copy;
        });
      loadSeats(rows.map((r) => r.session.id).filter((id) => !known?.has(id))).catch(() => undefined);
    },
    [loadSeats]
  );

  // The first view brings its seats in the same $batch: nothing more to read for the first screen.
  React.useEffect(() => {
    if (first.status === 'ready') showPage(first.value.upcoming.rows, first.value.upcoming.next, false, first.value.seats);
  }, [first, showPage]);

  // Once the list is on screen, the details' chunk comes in the background: opening one is then at once.
  React.useEffect(() => {
    if (first.status !== 'ready') return undefined;
    const timer = setTimeout(() => {
      loadDetails().catch(() => undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [first.status]);

  const switchTab = async (key: Tab): Promise<void> => {
    if (shown.current === key) return;
    shown.current = key;
    setTab(key);
    setView({ kind: 'list' });
    setProblem(undefined);
    setFilter(NO_FILTER);
    if (key === 'mine' || first.status !== 'ready') return;
    try {
      const now = new Date();
      if (key === 'past') {
        const page = await services.training.sessions.between(new Date(now.getTime() - YEAR_MS), now);
        showPage(page.rows, page.next, false);
      } else {
        const found = await services.training.upcomingWithSeats(now);
        showPage(found.upcoming.rows, found.upcoming.next, false, found.seats);
      }
    } catch (error) {
      setProblem(await toProblem(error));
    }
  };

  /** Topic and month are read from the server (an indexed range and choice); in person / online narrows what came. */
  const applyFilter = async (value: SessionFilterValue): Promise<void> => {
    const changedOnServer = value.topic !== filter.topic || value.month !== filter.month;
    setFilter(value);
    if (!changedOnServer) return;
    setProblem(undefined);
    try {
      const now = new Date();
      if (!value.topic && !value.month) {
        // No server-side filter: the plain upcoming list with its seats, as the first view read it.
        const found = await services.training.upcomingWithSeats(now);
        showPage(found.upcoming.rows, found.upcoming.next, false, found.seats);
      } else {
        // A page owner's preset topic stays: the filters narrow within it.
        const preset = props.topic && SESSION_TOPICS.indexOf(props.topic as never) >= 0 ? (props.topic as SessionTopic) : undefined;
        const page = await services.training.sessions.find(now, { topic: value.topic || preset, month: monthRange(value.month) });
        showPage(page.rows, page.next, false);
      }
    } catch (error) {
      setProblem(await toProblem(error));
    }
  };

  const loadMore = async (): Promise<void> => {
    if (!next) return;
    try {
      const page = await services.training.sessions.more(next);
      showPage(page.rows, page.next, true);
    } catch (error) {
      setProblem(await toProblem(error));
    }
  };

  /** Re-reads one session and its registrations after a change (sign-up, cancel, admin action). */
  const refresh = async (sessionId: number): Promise<void> => {
    const [stored] = await Promise.all([services.training.sessions.get(sessionId), loadSeats([sessionId])]);
    setSessions((old) => old.map((o) => (o.session.id === sessionId ? stored : o)));
    setOthers((old) => (old.has(sessionId) ? new Map(old).set(sessionId, stored) : old));
  };

  const open = (stored: StoredSession, from: HTMLElement): void => {
    opener.current = from.id || undefined;
    setReturnTo(undefined);
    if (!sessions.some((o) => o.session.id === stored.session.id)) setOthers((old) => new Map(old).set(stored.session.id, stored));
    // Always re-read by the Session lookup: the details (and every decision made there) rest on
    // that read, never on the list's summary.
    loadSeats([stored.session.id]).catch(() => undefined);
    setView({ kind: 'details', sessionId: stored.session.id });
  };
  const back = (): void => {
    setReturnTo(opener.current);
    setView({ kind: 'list' });
  };

  if (first.status === 'loading') return <Loading />;
  if (first.status === 'failed') {
    return (
      <React.Suspense fallback={<Loading />}>
        <ProblemNotice problem={first.problem} onRetry={retry} />
      </React.Suspense>
    );
  }
  const { viewer } = first.value;
  // Filtered in the browser, page by page: "load more" brings the next page of sessions to filter.
  const topic = props.topic && SESSION_TOPICS.indexOf(props.topic as never) >= 0 ? props.topic : undefined;
  const filtering = !!(filter.topic || filter.month || filter.mode);
  const shownSessions = sessions.filter((o) => (!topic || o.session.topic === topic) && matchesMode(o, filter.mode));
  const find = (id?: number): StoredSession | undefined =>
    sessions.find((o) => o.session.id === id) || (id === undefined ? undefined : others.get(id));

  /** What a tab's panel shows: its list, or the details or form opened from it. */
  const bodyFor = (key: Tab): JSX.Element => {
    // A panel that just mounted on a switch shows its list, never the view opened in the other tab.
    const current = key === tab ? view : { kind: 'list' as const };
    if (current.kind === 'form') {
      const initial = find(current.sessionId);
      const registrations = initial ? seats.get(initial.session.id) : undefined;
      return (
        <SessionForm
          initial={initial}
          viewer={viewer}
          confirmedCount={initial && registrations ? allocateSeats(initial.session, registrations).confirmed.length : undefined}
          seriesNames={seriesNames(sessions)}
          onSaved={(saved) => {
            setSessions((old) =>
              old.some((o) => o.session.id === saved.session.id)
                ? old.map((o) => (o.session.id === saved.session.id ? saved : o))
                : [saved].concat(old)
            );
            setOthers((old) => (old.has(saved.session.id) ? new Map(old).set(saved.session.id, saved) : old));
            loadSeats([saved.session.id]).catch(() => undefined);
            setView({
              kind: 'details',
              sessionId: saved.session.id,
              seatsBefore: initial && registrations ? { session: initial, registrations } : undefined
            });
          }}
          onClose={() => (initial ? setView({ kind: 'details', sessionId: initial.session.id }) : back())}
        />
      );
    }
    if (current.kind === 'details' && find(current.sessionId)) {
      const stored = find(current.sessionId) as StoredSession;
      return (
        <SessionDetails
          key={stored.session.id}
          stored={stored}
          registrations={seats.get(stored.session.id)}
          viewer={viewer}
          onBack={back}
          onEdit={() => setView({ kind: 'form', sessionId: stored.session.id })}
          onChanged={() => refresh(stored.session.id)}
          seatsBefore={current.seatsBefore}
          onOpenSession={open}
        />
      );
    }
    if (key === 'mine') return <MyTrainings viewer={viewer} onOpen={open} />;
    return (
      <>
        {viewer.isAdmin && key === 'sessions' && (
          <LightButton
            primary
            id="ddh-training-new-session"
            text={s.NewSession}
            style={{ marginBottom: 12 }}
            onClick={(e) => {
              opener.current = e.currentTarget.id;
              setView({ kind: 'form' });
            }}
          />
        )}
        {key === 'sessions' && (
          <div role="group" aria-label={s.ViewLabel} style={{ display: 'flex', flexWrap: 'wrap', gap: 4, margin: '0 0 8px' }}>
            <LightButton text={s.ViewList} primary={layout === 'list'} aria-pressed={layout === 'list'} onClick={() => setLayout('list')} />
            <LightButton
              text={s.ViewMonth}
              primary={layout === 'month'}
              aria-pressed={layout === 'month'}
              onClick={() => setLayout('month')}
            />
          </div>
        )}
        {key === 'sessions' && layout === 'month' ? (
          // Its own fallback: the view switch stays on screen while the month's code loads.
          <React.Suspense fallback={<Loading />}>
            <MonthView month={month} onMonth={setMonth} onOpen={open} accept={(o) => !topic || o.session.topic === topic} />
          </React.Suspense>
        ) : (
          <>
            {key === 'sessions' && (
              // The filters (under 1 KB gzip) come with the list, not a round trip after it.
              <SessionFilters
                value={filter}
                now={new Date()}
                topicFixed={!!topic}
                onChange={(value) => {
                  applyFilter(value).catch(() => undefined);
                }}
              />
            )}
            {key === 'sessions' && filtering && shownSessions.length === 0 ? (
              <p>{s.NoSessionsMatch}</p>
            ) : (
              <SessionList sessions={key === 'sessions' ? shownSessions : sessions} seats={seats} viewerId={viewer.id} onOpen={open} />
            )}
            {next && (
              <LightButton
                text={s.LoadMore}
                onClick={() => {
                  loadMore().catch(() => undefined);
                }}
                style={{ marginTop: 12 }}
              />
            )}
          </>
        )}
      </>
    );
  };

  const panel = (key: Tab): JSX.Element => (
    <TabPanel
      key={key}
      onShown={() => {
        switchTab(key).catch(() => undefined);
      }}
    >
      {problem && (
        <React.Suspense fallback={null}>
          <ProblemNotice problem={problem} />
        </React.Suspense>
      )}
      <div style={{ marginTop: 12 }}>
        <React.Suspense fallback={<Loading />}>{bodyFor(key)}</React.Suspense>
      </div>
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
    if (target && target.getAttribute('aria-selected') === 'true' && view.kind !== 'list') {
      setView({ kind: 'list' });
      setProblem(undefined);
    }
  };

  return (
    <>
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
        <ReturnFocus.Provider value={returnFocus}>
          <Tabs label={s.Title} idPrefix="ddh-training" tabs={tabs} />
        </ReturnFocus.Provider>
      </div>
    </>
  );
}

/** A tab's panel: tells the app when it is shown (mounted), so the tab's content is read then. */
function TabPanel(props: { onShown: () => void; children: React.ReactNode }): JSX.Element {
  const { onShown } = props;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  React.useEffect(() => {
    onShown();
  }, []);
  return <>{props.children}</>;
}
