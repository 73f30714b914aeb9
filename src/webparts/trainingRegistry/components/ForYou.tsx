/**
 * "For you" above the training list: what changed for the viewer since they last looked here — a
 * seat that came from the waiting list, a seat lost to it, a session cancelled (domain
 * trainingNews). What this browser saw last is kept per site and person (localStorage); the news
 * stays until the person says they have seen it or opens the session, so a reload loses nothing.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { registrationStatus, seenAfter, SeenStatuses, trainingNews, MyStatus, TrainingNews } from '../../../domain/training';
import { StoredRegistration, StoredSession, TrainingViewer } from '../../../data/training';
import { useHub } from '../../../ui/HubContext';
import { format } from '../../../ui/format';
import { LightButton, useLightClasses } from '../../../ui/light';
import { block, space, useLayout } from '../../../ui/layout';
import { LightMessage } from '../../../ui/LightMessage';
import { readLocalCopy, writeLocalCopy } from '../../../ui/localCopy';
import { formatMoment, useText } from './text';

const classes = mergeStyleSets({
  forYou: { margin: block(space.s, space.m) },
  title: { margin: block(0, space.xs) }
});

export function forYouKey(siteKey: string, personId: number): string {
  return `ddh.trainingRegistry.forYou|${siteKey}|${personId}`;
}

/** The viewer's status in each session they are registered for (an open registration, or their latest). */
export function myStatuses(
  sessions: readonly StoredSession[],
  seats: ReadonlyMap<number, StoredRegistration[]>,
  viewerId: number
): MyStatus[] {
  const result: MyStatus[] = [];
  for (const stored of sessions) {
    const registrations = seats.get(stored.session.id);
    if (!registrations) continue;
    const mine = registrations.filter((r) => r.person.id === viewerId);
    const open = mine.find((r) => !r.cancelled);
    if (!open) continue;
    const status = registrationStatus(stored.session, registrations, open);
    result.push({ sessionId: stored.session.id, code: status.code, position: status.code === 'waiting' ? status.position : undefined });
  }
  return result;
}

export function ForYou(props: {
  sessions: readonly StoredSession[];
  seats: ReadonlyMap<number, StoredRegistration[]>;
  viewer: TrainingViewer;
  onOpen: (stored: StoredSession, from: HTMLElement) => void;
}): JSX.Element | null {
  const { sessions, seats, viewer, onOpen } = props;
  const { services, locale } = useHub<'training'>();
  const s = useText();
  const layout = useLayout();
  const light = useLightClasses();
  const key = forYouKey(services.training.siteKey, viewer.id);
  const now = React.useMemo(() => myStatuses(sessions, seats, viewer.id), [sessions, seats, viewer.id]);
  const [seen] = React.useState(() => readLocalCopy<SeenStatuses>(key, (v) => typeof v === 'object' && v !== null));
  const [news, setNews] = React.useState<TrainingNews[]>(() => trainingNews(seen, now));
  // A first look here only remembers; later looks keep the old statuses until the news is seen.
  React.useEffect(() => {
    if (!seen) writeLocalCopy(key, seenAfter(now));
  }, [seen, key, now]);
  if (news.length === 0) return null;
  const seenAll = (): void => {
    writeLocalCopy(key, seenAfter(now));
    setNews([]);
  };
  const line = (item: TrainingNews, stored: StoredSession): string => {
    const when = formatMoment(stored.session.start, locale);
    if (item.kind === 'seat') return format(s.ForYouSeat, stored.session.title, when);
    if (item.kind === 'waiting') return format(s.ForYouWaiting, stored.session.title, when, item.position);
    return format(s.ForYouCancelled, stored.session.title, when);
  };
  return (
    <section aria-labelledby="ddh-training-for-you" className={classes.forYou}>
      <h3 id="ddh-training-for-you" className={classes.title}>
        {s.ForYouTitle}
      </h3>
      <LightMessage
        kind={news.some((n) => n.kind !== 'seat') ? 'warning' : 'success'}
        actions={<LightButton text={s.ForYouSeen} onClick={seenAll} />}
      >
        <ul className={layout.list}>
          {news.map((item) => {
            const stored = sessions.find((o) => o.session.id === item.sessionId);
            if (!stored) return null;
            return (
              <li key={`${item.kind}-${item.sessionId}`}>
                {line(item, stored)}{' '}
                <button
                  type="button"
                  id={`ddh-for-you-${item.sessionId}`}
                  className={light.textButton}
                  onClick={(e) => {
                    seenAll();
                    onOpen(stored, e.currentTarget);
                  }}
                >
                  {format(s.ForYouOpen, stored.session.title)}
                </button>
              </li>
            );
          })}
        </ul>
      </LightMessage>
    </section>
  );
}
