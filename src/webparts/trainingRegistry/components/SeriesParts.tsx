/**
 * A session that is one part of a series (#12 item 4): which part it is, and every part of the
 * series with its date, each a way to open it (its own sign-up). The parts are read by the series'
 * indexed name (SessionRepository.series) when the details open; nothing shows for a single session.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { StoredSession } from '../../../data/training';
import { format } from '../../../ui/format';
import { useHub } from '../../../ui/HubContext';
import { useLightClasses } from '../../../ui/light';
import { block, space, useLayout } from '../../../ui/layout';
import { formatMoment, useText } from './text';

const classes = mergeStyleSets({
  series: { margin: block(space.m) },
  title: { margin: block(0, space.xs) },
  /** The list's marker stays on the first line when a part's name wraps. */
  partLink: { verticalAlign: 'top' }
});

export function SeriesParts(props: {
  stored: StoredSession;
  onOpen?: (stored: StoredSession, from: HTMLElement) => void;
}): JSX.Element | null {
  const { services, locale } = useHub<'training'>();
  const s = useText();
  const layout = useLayout();
  const light = useLightClasses();
  const { session } = props.stored;
  const name = session.series || '';
  const [parts, setParts] = React.useState<StoredSession[]>([]);
  React.useEffect(() => {
    let live = true;
    if (!name) return undefined;
    services.training.sessions.series(name).then(
      (found) => {
        if (live) setParts(found);
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [services, name, session.id]);
  const at = parts.findIndex((p) => p.session.id === session.id);
  if (!name || parts.length < 2 || at < 0) return null;
  const headingId = `ddh-series-${session.id}`;
  return (
    <section aria-labelledby={headingId} className={classes.series}>
      <h4 id={headingId} className={classes.title}>
        {format(s.SeriesPartOf, at + 1, parts.length)} · {format(s.SeriesParts, name)}
      </h4>
      <ol className={layout.list}>
        {parts.map((part) => (
          <li key={part.session.id}>
            {part.session.id === session.id || !props.onOpen ? (
              <span
                aria-current={part.session.id === session.id ? 'true' : undefined}
                className={part.session.id === session.id ? layout.strong : undefined}
              >
                {formatMoment(part.session.start, locale)} – {part.session.title}
              </span>
            ) : (
              <button
                type="button"
                id={`ddh-series-part-${part.session.id}`}
                className={`${light.textButton} ${classes.partLink}`}
                onClick={(e) => props.onOpen?.(part, e.currentTarget)}
              >
                {formatMoment(part.session.start, locale)} – {part.session.title}
              </button>
            )}
            {part.session.cancelled && <> ({s.SessionCancelledBadge})</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
