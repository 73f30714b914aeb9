/**
 * The session form as a view of the app (a new session, or an admin's edit of one it has read):
 * what the form needs from the app's lists, and where the reader goes once it is saved — the
 * session's page, with the seats read before an edit (whoever it gave a seat is told there).
 * It comes in the form's chunk: the first view carries none of it.
 */
import * as React from 'react';
import { StoredSession, TrainingViewer } from '../../../data/training';
import { allocateSeats } from '../../../domain/training';
import { TrainingSessions } from './hooks/useTrainingSessions';
import { SessionForm } from './SessionForm';
import { useNavigate } from './text';

/**
 * The series names of the sessions read, for the form's suggestions; undefined when the site has
 * no series column (sessions read from a site before v7 carry none), so the form does not offer one.
 */
function seriesNames(sessions: readonly StoredSession[]): string[] | undefined {
  if (sessions.length > 0 && sessions.every((o) => o.session.series === undefined)) return undefined;
  return Array.from(new Set(sessions.map((o) => o.session.series || '').filter((name) => !!name))).sort();
}

export function SessionFormPage(props: { list: TrainingSessions; sessionId?: number; viewer: TrainingViewer }): JSX.Element {
  const navigate = useNavigate();
  const { list } = props;
  const initial = list.find(props.sessionId);
  const registrations = initial ? list.seats.get(initial.session.id) : undefined;
  return (
    <SessionForm
      initial={initial}
      viewer={props.viewer}
      confirmedCount={initial && registrations ? allocateSeats(initial.session, registrations).confirmed.length : undefined}
      seriesNames={seriesNames(list.sessions)}
      onSaved={(saved) => {
        list.saved(saved);
        navigate({
          view: 'details',
          sessionId: saved.session.id,
          seatsBefore: initial && registrations ? { session: initial, registrations } : undefined
        });
      }}
    />
  );
}
