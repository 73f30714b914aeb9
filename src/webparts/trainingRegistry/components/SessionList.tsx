import * as React from 'react';
import { allocateSeats, registrationStatus } from '../../../domain/training';
import { StoredRegistration, StoredSession } from '../../../data/training';
import { format, plural } from '../../../ui/format';
import { useHub } from '../../../ui/HubContext';
import { LightButton, LightText } from '../../../ui/light';
import { SessionTime } from './SessionTime';
import { myStatusText, topicText, useText } from './text';

export interface SessionListProps {
  sessions: StoredSession[];
  /** Registrations per session id; a missing entry means "still loading". */
  seats: Map<number, StoredRegistration[]>;
  viewerId: number;
  onOpen: (stored: StoredSession, opener: HTMLElement) => void;
}

/** Seats in words: "3 of 10 seats free" / "Full – 4 on the waiting list". */
export function SeatsText(props: { stored: StoredSession; registrations?: StoredRegistration[] }): JSX.Element {
  const s = useText();
  const { locale } = useHub();
  const { session } = props.stored;
  if (session.cancelled) return <LightText block><strong>{s.SessionCancelledBadge}</strong></LightText>;
  if (!props.registrations) return <LightText block>{s.SeatsLoading}</LightText>;
  const allocation = allocateSeats(session, props.registrations);
  const text = allocation.freeSeats > 0
    ? plural(s, 'SeatsFree', locale, allocation.freeSeats, allocation.freeSeats, session.capacity)
    : allocation.waiting.length > 0 ? format(s.SeatsFull, allocation.waiting.length) : s.SeatsFullNoQueue;
  return <LightText block>{text}</LightText>;
}

export function SessionList(props: SessionListProps): JSX.Element {
  const s = useText();
  if (props.sessions.length === 0) return <LightText as="p" block>{s.NoSessions}</LightText>;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={s.TabSessions}>
      {props.sessions.map((stored) => {
        const { session } = stored;
        const registrations = props.seats.get(session.id);
        const mine = registrations?.find((r) => r.person.id === props.viewerId && !r.cancelled);
        const status = registrations && mine ? registrationStatus(session, registrations, mine) : undefined;
        const headingId = `ddh-session-${session.id}`;
        return (
          <li key={session.id} aria-labelledby={headingId} style={{ borderBottom: '1px solid', borderColor: 'rgba(128,128,128,.4)', padding: '12px 0' }}>
            <LightText as="h3" variant="large" block id={headingId}>
              {session.title}{session.cancelled ? ` (${s.SessionCancelledBadge})` : ''}
            </LightText>
            <SessionTime start={session.start} end={session.end} />
            <LightText block>
              {topicText(session.topic, s)}
              {session.place ? ` · ${session.place}` : ''}
              {session.onlineMeetingUrl ? ` · ${s.OnlineMeeting}` : ''}
            </LightText>
            <SeatsText stored={stored} registrations={registrations} />
            {status && <LightText block><strong>{myStatusText(status, s)}</strong></LightText>}
            <LightButton
              id={`ddh-training-open-${session.id}`}
              style={{ marginTop: 8 }}
              onClick={(event) => props.onOpen(stored, event.currentTarget)}
              aria-label={format(s.OpenDetailsFor, session.title)}
              text={s.Details}
            />
          </li>
        );
      })}
    </ul>
  );
}
