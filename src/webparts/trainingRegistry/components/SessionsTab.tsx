/**
 * The list a tab shows (upcoming sessions, or an admin's past ones): for upcoming, the admin's
 * "New session", the list / month switch, the filters and the list, with "load more" under it.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { StoredSession, TrainingViewer } from '../../../data/training';
import { LightButton } from '../../../ui/light';
import { Loading } from '../../../ui/Loading';
import { block, space } from '../../../ui/layout';
import { matchesMode } from './filter';
import { SessionFilters } from './SessionFilters';
import { SessionList } from './SessionList';
import { TrainingSessions } from './hooks/useTrainingSessions';
import { useText } from './text';

const classes = mergeStyleSets({
  newSession: { marginBottom: space.m },
  /** List or month: two buttons side by side. */
  viewSwitch: { display: 'flex', flexWrap: 'wrap', gap: space.xs, margin: block(0, space.s) },
  loadMore: { marginTop: space.m }
});

const MonthView = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-training-month' */ './MonthView').then((m) => ({ default: m.MonthView }))
);

export interface SessionsTabProps {
  tab: 'sessions' | 'past';
  list: TrainingSessions;
  viewer: TrainingViewer;
  onOpen(stored: StoredSession, from: HTMLElement): void;
  /** "New session": the form opens (from this button, where focus returns). */
  onNew(from: HTMLElement): void;
}

export function SessionsTab(props: SessionsTabProps): JSX.Element {
  const s = useText();
  const { list, viewer, onOpen } = props;
  const upcoming = props.tab === 'sessions';
  const { topic, filter, layout } = list;
  return (
    <>
      {viewer.isAdmin && upcoming && (
        <LightButton
          primary
          id="ddh-training-new-session"
          text={s.NewSession}
          className={classes.newSession}
          onClick={(e) => props.onNew(e.currentTarget)}
        />
      )}
      {upcoming && (
        <div role="group" aria-label={s.ViewLabel} className={classes.viewSwitch}>
          <LightButton
            text={s.ViewList}
            primary={layout === 'list'}
            aria-pressed={layout === 'list'}
            onClick={() => list.setLayout('list')}
          />
          <LightButton
            text={s.ViewMonth}
            primary={layout === 'month'}
            aria-pressed={layout === 'month'}
            onClick={() => list.setLayout('month')}
          />
        </div>
      )}
      {upcoming && layout === 'month' ? (
        // Its own fallback: the view switch stays on screen while the month's code loads.
        <React.Suspense fallback={<Loading />}>
          <MonthView month={list.month} onMonth={list.setMonth} onOpen={onOpen} accept={(o) => !topic || o.session.topic === topic} />
        </React.Suspense>
      ) : (
        <>
          {upcoming && (
            // The filters (under 1 KB gzip) come with the list, not a round trip after it.
            <SessionFilters
              value={filter}
              now={new Date()}
              topicFixed={!!topic}
              onChange={(value) => {
                list.applyFilter(value).catch(() => undefined);
              }}
            />
          )}
          <Sessions {...props} />
          {list.next && (
            <LightButton
              text={s.LoadMore}
              onClick={() => {
                list.loadMore().catch(() => undefined);
              }}
              className={classes.loadMore}
            />
          )}
        </>
      )}
    </>
  );
}

/** The sessions themselves: filtered in the browser, page by page ("load more" brings the next page to filter). */
function Sessions(props: SessionsTabProps): JSX.Element {
  const s = useText();
  const { list } = props;
  const { topic, filter } = list;
  if (props.tab === 'past')
    return <SessionList sessions={list.sessions} seats={list.seats} viewerId={props.viewer.id} onOpen={props.onOpen} />;
  const shown = list.sessions.filter((o) => (!topic || o.session.topic === topic) && matchesMode(o, filter.mode));
  if (shown.length === 0 && (filter.topic || filter.month || filter.mode)) return <p>{s.NoSessionsMatch}</p>;
  return <SessionList sessions={shown} seats={list.seats} viewerId={props.viewer.id} onOpen={props.onOpen} />;
}
