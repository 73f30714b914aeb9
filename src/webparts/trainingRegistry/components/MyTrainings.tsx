import * as React from 'react';
import { mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { registrationStatus } from '../../../domain/training';
import { MyTraining, StoredSession, TrainingViewer } from '../../../data/training';
import { toProblem, Problem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { Loading } from '../../../ui/Loading';
import { useLoad } from '../../../ui/useLoad';
import { format } from '../../../ui/format';
import { LightButton, LightText } from '../../../ui/light';
import { space, useLayout } from '../../../ui/layout';
import { downloadIcs } from './calendar';
import { ProblemMessage as ProblemNotice } from '../../../ui/ProblemMessage';
import { SessionCard } from './SessionList';
import { myStatusText, useText } from './text';
import { useReturnFocus } from './returnFocus';

const classes = mergeStyleSets({
  /** The past sessions, set apart from the upcoming ones. */
  past: { marginTop: space.xxl },
  loadMore: { marginTop: space.s }
});

const heading = mergeStyles({ fontSize: 16, fontWeight: 600, margin: '8px 0 0' });

/** What I signed up for, by session date (coming up first, past ones apart): status, place in line, calendar file. */
export function MyTrainings(props: {
  viewer: TrainingViewer;
  onOpen: (stored: StoredSession, opener: HTMLElement) => void;
  now?: () => Date;
}): JSX.Element {
  const { services } = useHub<'training'>();
  const s = useText();
  const layout = useLayout();
  const [loaded, retry] = useLoad(() => services.training.myTrainings(props.viewer.id), [services, props.viewer.id]);
  const [more, setMore] = React.useState<MyTraining[]>([]);
  const [next, setNext] = React.useState<string | undefined>();
  const [moreProblem, setMoreProblem] = React.useState<Problem | undefined>();
  React.useEffect(() => {
    setMore([]);
    setNext(loaded.status === 'ready' ? loaded.value.next : undefined);
  }, [loaded]);
  useReturnFocus(loaded.status === 'ready');

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <ProblemNotice problem={loaded.problem} onRetry={retry} />;
  const items = loaded.value.items.concat(more);
  if (items.length === 0)
    return (
      <LightText as="p" block>
        {s.MineEmpty}
      </LightText>
    );

  const loadMore = async (): Promise<void> => {
    if (!next) return;
    try {
      const page = await services.training.moreMyTrainings(next);
      setMore((m) => m.concat(page.items));
      setNext(page.next);
    } catch (error) {
      setMoreProblem(await toProblem(error));
    }
  };

  // By the session's date, not the sign-up's: what comes next first; what is over (or cancelled) apart, latest first.
  const now = (props.now || (() => new Date()))().getTime();
  const missing = items.filter((item) => !item.session);
  const known = items.filter((item) => !!item.session) as Array<MyTraining & { session: StoredSession }>;
  const isPast = (item: { session: StoredSession }): boolean => item.session.session.end.getTime() <= now || item.session.session.cancelled;
  const startOf = (item: { session: StoredSession }): number => item.session.session.start.getTime();
  const upcoming = known.filter((item) => !isPast(item)).sort((a, b) => startOf(a) - startOf(b));
  const past = known.filter(isPast).sort((a, b) => startOf(b) - startOf(a));

  const card = ({ registration, session: stored, all }: MyTraining & { session: StoredSession }): JSX.Element => {
    const status = registrationStatus(stored.session, all, registration);
    const past = isPast({ session: stored });
    const live = (status.code === 'confirmed' || status.code === 'waiting') && !past;
    return (
      <SessionCard
        key={registration.id}
        stored={stored}
        registrations={all}
        status={myStatusText(status, s)}
        past={past}
        openId={`ddh-training-mine-open-${stored.session.id}`}
        onOpen={props.onOpen}
        actions={
          live ? (
            <LightButton
              onClick={() => downloadIcs(stored, status.code === 'confirmed')}
              aria-label={format(s.DownloadIcsFor, stored.session.title)}
              text={s.DownloadIcs}
            />
          ) : undefined
        }
      />
    );
  };

  return (
    <>
      <section aria-labelledby="ddh-training-mine-upcoming">
        <h3 id="ddh-training-mine-upcoming" className={heading}>
          {s.MineUpcoming}
        </h3>
        {upcoming.length === 0 ? <p>{s.NoSessions}</p> : <ul className={layout.plainList}>{upcoming.map(card)}</ul>}
      </section>
      {(past.length > 0 || missing.length > 0) && (
        <section aria-labelledby="ddh-training-mine-past" className={classes.past}>
          <h3 id="ddh-training-mine-past" className={heading}>
            {s.MinePast}
          </h3>
          <ul className={layout.plainList}>
            {past.map(card)}
            {missing.map(({ registration }) => (
              <li key={registration.id}>
                <LightText block>{s.MineSessionMissing}</LightText>
              </li>
            ))}
          </ul>
        </section>
      )}
      {moreProblem && <ProblemNotice problem={moreProblem} />}
      {next && (
        <LightButton
          onClick={() => {
            loadMore().catch(() => undefined);
          }}
          className={classes.loadMore}
          text={s.LoadMore}
        />
      )}
    </>
  );
}
