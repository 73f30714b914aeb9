/**
 * The session list as SharePoint's Events web part shows events: a date tile, the title, a topic
 * chip, place / online with their icons and a seats bar with its count in words ("37 / 40",
 * "Full · 2 waiting"). A cancelled session looks cancelled wherever a card shows it (greyed tile,
 * struck title, a "Cancelled" chip, no seats). The card pieces serve My trainings and the details too.
 */
import * as React from 'react';
import { themeClasses } from '../../../ui/themeClasses';
import { allocateSeats, registrationStatus, Session } from '../../../domain/training';
import { StoredRegistration, StoredSession } from '../../../data/training';
import { dateFormat, format, plural } from '../../../ui/format';
import { useHub } from '../../../ui/HubContext';
import { SvgIcon } from '../../../ui/icons';
import { LightLink } from '../../../ui/light';
import { useLayout } from '../../../ui/layout';
import { NARROW } from '../../../ui/narrow';
import { SessionTime, viewerTimeZone } from './SessionTime';
import { myStatusText, topicText, useText } from './text';
import { useReturnFocus } from './returnFocus';

export interface SessionListProps {
  sessions: StoredSession[];
  /** Registrations per session id; a missing entry means "still loading". */
  seats: Map<number, StoredRegistration[]>;
  viewerId: number;
  onOpen: (stored: StoredSession, opener: HTMLElement) => void;
}

const FORCED = '@media (forced-colors: active)';

/** The cards' classes in the current theme (light, dark; forced colours keep borders and the bar). */
export const useCardClasses: () => Record<
  | 'card'
  | 'tile'
  | 'month'
  | 'day'
  | 'body'
  | 'title'
  | 'meta'
  | 'chip'
  | 'cancelledChip'
  | 'where'
  | 'seats'
  | 'track'
  | 'fill'
  | 'status'
  | 'actions'
  | 'pageHead'
  | 'pageTitle',
  string
> = themeClasses(({ palette, semanticColors, fonts }) => {
  const subtle = semanticColors.bodySubtext;
  const card = {
    display: 'grid',
    gridTemplateColumns: '64px minmax(0, 1fr)',
    columnGap: 16,
    padding: '12px 0',
    borderBottom: `1px solid ${semanticColors.bodyDivider}`,
    selectors: { [NARROW]: { columnGap: 12 } }
  };
  const title = {
    ...fonts.large,
    fontWeight: 600,
    margin: 0,
    lineHeight: '24px',
    selectors: {
      '[data-cancelled] & button, [data-cancelled] & span': { textDecoration: 'line-through' },
      // The title's link (a button) reads as the heading it is in.
      '& > button': { fontSize: 'inherit', fontWeight: 'inherit', lineHeight: 'inherit' }
    }
  };
  return {
    card,
    /** A session page's head: the card's tile and title, with no line below (the facts follow). */
    pageHead: [card, { borderBottom: 0, paddingBottom: 0 }],
    tile: {
      // One width for every card (titles line up), room for the longest short month ("MAALIS", "MARRAS").
      width: 64,
      height: 60,
      boxSizing: 'border-box',
      alignSelf: 'start',
      borderRadius: 4,
      textAlign: 'center',
      overflow: 'hidden',
      border: `1px solid ${semanticColors.bodyDivider}`,
      background: semanticColors.bodyBackground,
      color: semanticColors.bodyText,
      selectors: { '[data-cancelled] &': { color: subtle } }
    },
    month: {
      display: 'block',
      padding: '2px 4px',
      fontSize: 11,
      fontWeight: 600,
      textTransform: 'uppercase',
      lineHeight: '16px',
      background: palette.themePrimary,
      color: palette.white,
      selectors: {
        '[data-cancelled] &': { background: palette.neutralSecondary },
        [FORCED]: { background: 'Canvas', color: 'CanvasText', borderBottom: '1px solid CanvasText' }
      }
    },
    day: { display: 'block', fontSize: 24, fontWeight: 600, lineHeight: '38px' },
    body: { minWidth: 0, overflowWrap: 'anywhere' },
    title,
    /** A session page's own title: the web part's title size. */
    pageTitle: [title, { fontSize: fonts.xLarge.fontSize, lineHeight: '28px' }],
    meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', margin: '4px 0' },
    chip: {
      ...fonts.small,
      display: 'inline-block',
      padding: '1px 8px',
      borderRadius: 12,
      lineHeight: '18px',
      background: palette.themeLighter,
      color: palette.themeDarkAlt,
      border: '1px solid transparent',
      selectors: { [FORCED]: { borderColor: 'CanvasText' } }
    },
    cancelledChip: {
      ...fonts.small,
      display: 'inline-block',
      padding: '1px 8px',
      borderRadius: 12,
      lineHeight: '18px',
      fontWeight: 600,
      color: semanticColors.errorText,
      border: `1px solid ${semanticColors.errorText}`
    },
    where: { display: 'inline-flex', alignItems: 'center', gap: 4, minWidth: 0, color: semanticColors.bodyText },
    seats: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: '4px 8px', margin: '6px 0 2px' },
    track: {
      flex: '0 1 160px',
      minWidth: 80,
      height: 6,
      borderRadius: 3,
      overflow: 'hidden',
      background: palette.neutralLight,
      selectors: { [FORCED]: { border: '1px solid CanvasText' } }
    },
    fill: {
      display: 'block',
      height: '100%',
      background: palette.themePrimary,
      selectors: { [FORCED]: { background: 'CanvasText' } }
    },
    status: { fontWeight: 600, margin: '2px 0' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }
  };
});

/** Month and day in the viewer's zone (the times beside it say the rest); decorative for screen readers. */
export function DateTile(props: { start: Date }): JSX.Element {
  const { locale } = useHub();
  const c = useCardClasses();
  const timeZone = viewerTimeZone();
  return (
    <div className={c.tile} aria-hidden="true" data-date-tile="">
      <span className={c.month}>{dateFormat(locale, { month: 'short', timeZone }).format(props.start).replace(/\.$/, '')}</span>
      <span className={c.day}>{dateFormat(locale, { day: 'numeric', timeZone }).format(props.start).replace(/\.$/, '')}</span>
    </div>
  );
}

/** Topic chip, "Cancelled" chip, place and online with their icons. */
export function SessionMeta(props: { session: Session }): JSX.Element {
  const s = useText();
  const c = useCardClasses();
  const { session } = props;
  return (
    <div className={c.meta}>
      {session.cancelled && <span className={c.cancelledChip}>{s.SessionCancelledBadge}</span>}
      <span className={c.chip}>{topicText(session.topic, s)}</span>
      {session.series && (
        <span className={c.where}>
          <SvgIcon name="calendar" />
          {format(s.SeriesOf, session.series)}
        </span>
      )}
      {session.place && (
        <span className={c.where}>
          <SvgIcon name="pin" />
          {session.place}
        </span>
      )}
      {session.onlineMeetingUrl && (
        <span className={c.where}>
          <SvgIcon name="video" />
          {s.OnlineMeeting}
        </span>
      )}
    </div>
  );
}

/**
 * Seats as a bar and in words: "Seats 37 / 40 · 3 free", "Full · 2 waiting". The words carry the
 * meaning (the bar is decorative), so colour is never the only sign. Nothing for a cancelled session.
 */
export function SeatsText(props: {
  stored: StoredSession;
  registrations?: StoredRegistration[];
  /** Under a "Seats" label already (the details' facts). */ labelled?: boolean;
}): JSX.Element | null {
  const s = useText();
  const c = useCardClasses();
  const { locale } = useHub();
  const { session } = props.stored;
  if (session.cancelled) return null;
  if (!props.registrations) return <div className={c.seats}>{s.SeatsLoading}</div>;
  const allocation = allocateSeats(session, props.registrations);
  const taken = allocation.confirmed.length;
  const full = allocation.freeSeats <= 0;
  const waiting = allocation.waiting.length;
  const text = full
    ? waiting > 0
      ? plural(s, 'SeatsFullWaiting', locale, waiting)
      : s.SeatsFullNoQueue
    : `${format(s.SeatsTaken, taken, session.capacity)} · ${plural(s, 'SeatsFree', locale, allocation.freeSeats)}`;
  const percent = session.capacity > 0 ? Math.min(100, Math.round((taken / session.capacity) * 100)) : 100;
  return (
    <div className={c.seats} data-seats="">
      {!props.labelled && <SvgIcon name="seat" />}
      <span className={c.track} aria-hidden="true">
        {/* eslint-disable-next-line react/forbid-dom-props -- the share of seats taken, per session */}
        <span className={c.fill} style={{ width: `${percent}%` }} />
      </span>
      <span>
        {full ? (
          <strong>{text}</strong>
        ) : (
          <>
            {!props.labelled && <span>{s.FieldCapacity} </span>}
            {text}
          </>
        )}
      </span>
    </div>
  );
}

export interface SessionCardProps {
  stored: StoredSession;
  registrations?: StoredRegistration[];
  /** The viewer's own status line, when they are registered. */
  status?: string;
  /** The id of the title's button (focus comes back to it from the details). */
  openId: string;
  onOpen: (stored: StoredSession, opener: HTMLElement) => void;
  /** Over: no seats to show (My trainings' past ones). */
  past?: boolean;
  /** Buttons after the card's text (My trainings: the calendar file). */
  actions?: React.ReactNode;
}

/** One session as a card: the title opens the details (one action per card, not a button on each row). */
export function SessionCard(props: SessionCardProps): JSX.Element {
  const s = useText();
  const c = useCardClasses();
  const { session } = props.stored;
  const headingId = `${props.openId}-heading`;
  return (
    <li aria-labelledby={headingId} className={c.card} data-cancelled={session.cancelled ? '' : undefined}>
      <DateTile start={session.start} />
      <div className={c.body}>
        {/* The heading is named by the title (its button's name says what pressing does). */}
        <h3 className={c.title} id={headingId} aria-label={session.title}>
          <LightLink
            id={props.openId}
            onClick={(event) => props.onOpen(props.stored, event.currentTarget)}
            aria-label={format(s.OpenDetailsFor, session.title)}
          >
            {session.title}
          </LightLink>
        </h3>
        <SessionMeta session={session} />
        <SessionTime start={session.start} end={session.end} />
        {!props.past && <SeatsText stored={props.stored} registrations={props.registrations} />}
        {props.status && <div className={c.status}>{props.status}</div>}
        {props.actions && <div className={c.actions}>{props.actions}</div>}
      </div>
    </li>
  );
}

export function SessionList(props: SessionListProps): JSX.Element {
  const s = useText();
  const layout = useLayout();
  useReturnFocus(props.sessions.length > 0);
  if (props.sessions.length === 0) return <p>{s.NoSessions}</p>;
  // Seats no longer matter once a session is over (admins' past sessions).
  const now = Date.now();
  return (
    <ul className={layout.plainList} aria-label={s.TabSessions}>
      {props.sessions.map((stored) => {
        const { session } = stored;
        const registrations = props.seats.get(session.id);
        const mine = registrations?.find((r) => r.person.id === props.viewerId && !r.cancelled);
        const status = registrations && mine ? registrationStatus(session, registrations, mine) : undefined;
        return (
          <SessionCard
            key={session.id}
            stored={stored}
            registrations={registrations}
            openId={`ddh-training-open-${session.id}`}
            past={session.end.getTime() <= now}
            status={status ? myStatusText(status, s) : undefined}
            onOpen={props.onOpen}
          />
        );
      })}
    </ul>
  );
}
