import * as React from 'react';
import { registrationStatus } from '../../../domain/training';
import { MyTraining, StoredSession, TrainingViewer } from '../../../data/training';
import { toProblem, Problem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { Loading } from '../../../ui/Loading';
import { useLoad } from '../../../ui/useLoad';
import { format } from '../../../ui/format';
import { LightButton, LightText } from '../../../ui/light';
import { downloadIcs } from './calendar';
import { ProblemMessage as ProblemNotice } from '../../../ui/ProblemMessage';
import { SessionTime } from './SessionTime';
import { myStatusText, useText } from './text';

/** What I signed up for, newest first: status, place in line, calendar file. */
export function MyTrainings(props: { viewer: TrainingViewer; onOpen: (stored: StoredSession, opener: HTMLElement) => void }): JSX.Element {
  const { services } = useHub();
  const s = useText();
  const [loaded, retry] = useLoad(() => services.training.myTrainings(props.viewer.id), [services, props.viewer.id]);
  const [more, setMore] = React.useState<MyTraining[]>([]);
  const [next, setNext] = React.useState<string | undefined>();
  const [moreProblem, setMoreProblem] = React.useState<Problem | undefined>();
  React.useEffect(() => {
    setMore([]);
    setNext(loaded.status === 'ready' ? loaded.value.next : undefined);
  }, [loaded]);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <ProblemNotice problem={loaded.problem} onRetry={retry} />;
  const items = loaded.value.items.concat(more);
  if (items.length === 0) return <LightText as="p" block>{s.MineEmpty}</LightText>;

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

  return (
    <>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={s.TabMine}>
        {items.map(({ registration, session: stored, all }) => {
          if (!stored) return <li key={registration.id}><LightText block>{s.MineSessionMissing}</LightText></li>;
          const status = registrationStatus(stored.session, all, registration);
          return (
            <li key={registration.id} style={{ borderBottom: '1px solid rgba(128,128,128,.4)', padding: '12px 0' }}>
              <LightText as="h3" variant="large" block>{stored.session.title}</LightText>
              <SessionTime start={stored.session.start} end={stored.session.end} />
              <LightText block><strong>{myStatusText(status, s)}</strong></LightText>
              <LightButton id={`ddh-training-mine-open-${stored.session.id}`} onClick={(e) => props.onOpen(stored, e.currentTarget)}
                aria-label={format(s.OpenDetailsFor, stored.session.title)} style={{ marginRight: 8 }} text={s.Details} />
              {(status.code === 'confirmed' || status.code === 'waiting') && (
                <LightButton onClick={() => downloadIcs(stored, status.code === 'confirmed')}
                  aria-label={format(s.DownloadIcsFor, stored.session.title)} text={s.DownloadIcs} />
              )}
            </li>
          );
        })}
      </ul>
      {moreProblem && <ProblemNotice problem={moreProblem} />}
      {next && <LightButton onClick={() => { loadMore().catch(() => undefined); }} style={{ marginTop: 8 }} text={s.LoadMore} />}
    </>
  );
}
