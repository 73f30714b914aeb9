/**
 * A session's page: its heading and facts, the description, the series, the files, the viewer's
 * own registration (MyRegistration) and, for training admins, their tools (AdminTools). The data
 * and acts are in hooks: `useSessionPage` (the read after a change, shared with the seat e-mail)
 * and `useRegistration` (the viewer's sign-up and cancellation).
 */
import * as React from 'react';
import { SeatsRead, StoredRegistration, StoredSession, TrainingViewer } from '../../../data/training';
import { LightButton, LightText } from '../../../ui/light';
import { LightMessage as Notice } from '../../../ui/LightMessage';
import { Attachments } from '../../../ui/Attachments';
import { useLayout } from '../../../ui/layout';
import { DateTile, SessionMeta, useCardClasses } from './SessionList';
import { useNavigate, useText } from './text';
import { SeriesParts } from './SeriesParts';
import { SessionFacts } from './SessionFacts';
import { MyRegistration } from './MyRegistration';
import { AdminTools } from './AdminTools';
import { useSessionPage } from './hooks/useSessionPage';
import { useRegistration } from './hooks/useRegistration';

export interface SessionDetailsProps {
  stored: StoredSession;
  registrations?: StoredRegistration[];
  viewer: TrainingViewer;
  /** Re-read this session and its registrations after a change; the read, unless the registrations failed. */
  onChanged: () => Promise<SeatsRead | undefined>;
  /** The session and its registrations read before the admin's edit just saved: whoever it gave a seat is told. */
  seatsBefore?: SeatsRead;
  /** Opens another session (a part of the same series). */
  onOpenSession?: (stored: StoredSession, from: HTMLElement) => void;
  now?: () => Date;
}

export function SessionDetails(props: SessionDetailsProps): JSX.Element {
  const s = useText();
  const navigate = useNavigate();
  const { stored, registrations, viewer } = props;
  const { session } = stored;
  const now = (props.now || (() => new Date()))();
  const page = useSessionPage(props);
  const registration = useRegistration({ stored, registrations, viewer, now, afterAct: page.afterAct });
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    heading.current?.focus();
  }, [session.id]);
  const c = useCardClasses();
  const layout = useLayout();

  return (
    <article aria-labelledby="ddh-session-heading" data-cancelled={session.cancelled ? '' : undefined}>
      <LightButton onClick={() => navigate({ view: 'list' })} text={s.Back} />
      <div className={c.pageHead}>
        <DateTile start={session.start} />
        <div className={c.body}>
          <h3 id="ddh-session-heading" tabIndex={-1} ref={heading} className={c.pageTitle}>
            <span>{session.title}</span>
          </h3>
          <SessionMeta session={session} />
        </div>
      </div>
      {session.cancelled && <Notice kind="warning">{s.SessionWasCancelled}</Notice>}
      <SessionFacts stored={stored} registrations={registrations} confirmed={registration.confirmed} />
      {session.description && (
        <LightText as="p" block className={layout.preWrap}>
          {session.description}
        </LightText>
      )}
      {session.series && <SeriesParts stored={stored} onOpen={props.onOpenSession} />}
      {/* Slides and handouts: everyone reads them; training admins add and remove (the server lets only them). */}
      {(viewer.isAdmin || stored.attachments.length > 0) && (
        <Attachments
          kind="session"
          idPrefix="ddh-session"
          attachments={stored.attachments}
          onAdd={viewer.isAdmin ? page.addFile : undefined}
          onRemove={viewer.isAdmin ? page.removeFile : undefined}
        />
      )}
      <MyRegistration stored={stored} registration={registration} seatNotice={page.seatNotice('mine')} />
      {viewer.isAdmin && (
        <AdminTools stored={stored} registrations={registrations} viewer={viewer} now={now} page={page} actionsClass={c.actions} />
      )}
    </article>
  );
}
