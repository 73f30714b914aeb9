/**
 * The training admin's part of a session's page: edit and cancel the session, the change still to
 * tell, how a seat e-mail from the registrations table went, and the table itself (its own chunk).
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { StoredRegistration, StoredSession, TrainingViewer } from '../../../data/training';
import { toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { problemText } from '../../../ui/problemText';
import { format } from '../../../ui/format';
import { LightButton, LightText } from '../../../ui/light';
import { Loading } from '../../../ui/Loading';
import { space } from '../../../ui/layout';
import { useFocusAfterRender } from '../../../ui/useFocusAfterRender';
import { ChangeNotice } from './SessionNotices';
import { useNavigate, useText } from './text';
import { SessionPage } from './hooks/useSessionPage';

const classes = mergeStyleSets({
  /** The admin's tools, set apart from the viewer's own part above. */
  tools: { marginTop: space.xxl },
  /** The confirmation's first button, a step from the second. */
  confirmYes: { marginRight: space.s }
});

// Only training admins see the registrations table (with attendance, moves and the CSV export).
const AdminRegistrations = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-training-admin' */ './AdminRegistrations').then((m) => ({ default: m.AdminRegistrations }))
);

export function AdminTools(props: {
  stored: StoredSession;
  registrations?: StoredRegistration[];
  viewer: TrainingViewer;
  now: Date;
  page: SessionPage;
  /** The row of buttons' class (as the viewer's own actions). */
  actionsClass: string;
}): JSX.Element {
  const s = useText();
  const navigate = useNavigate();
  const { stored, registrations, page } = props;
  const { session } = stored;
  return (
    <section aria-label={s.AdminTools} className={classes.tools}>
      <div className={props.actionsClass}>
        <LightButton onClick={() => navigate({ view: 'form', sessionId: session.id })} disabled={session.cancelled} text={s.EditSession} />
        <CancelSessionButton stored={stored} onDone={page.reload} />
      </div>
      {registrations && <ChangeNotice stored={stored} registrations={registrations} viewer={props.viewer} onSent={page.reload} />}
      <div role="status" aria-live="polite">
        {page.seatNotice('admin')}
      </div>
      {registrations && (
        <React.Suspense fallback={<Loading />}>
          <AdminRegistrations
            stored={stored}
            registrations={registrations}
            now={props.now}
            onChanged={() => page.afterAct({ session: stored, registrations }, 'admin')}
          />
        </React.Suspense>
      )}
    </section>
  );
}

const CANCEL_SESSION_ID = 'ddh-training-cancel-session';
const CANCEL_SESSION_STATUS_ID = 'ddh-training-cancel-session-status';

function CancelSessionButton(props: { stored: StoredSession; onDone: () => Promise<unknown> }): JSX.Element {
  const { services, common } = useHub<'training'>();
  const s = useText();
  const [confirming, setConfirming] = React.useState(false);
  const [message, setMessage] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  // The confirmation's buttons leave the page when it closes: focus goes where the answer shows.
  const focusAfterRender = useFocusAfterRender();
  const focusOn = (id: string): void => focusAfterRender(() => document.getElementById(id));
  const open = !props.stored.session.cancelled;
  const cancel = async (): Promise<void> => {
    setBusy(true);
    try {
      await services.training.sessions.cancel(props.stored.session.id, props.stored.etag, { announce: !!props.stored.announcement });
      await props.onDone();
      setMessage(s.SessionCancelledDone);
    } catch (error) {
      setMessage(problemText((await toProblem(error)).kind, common));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <>
      {open && !confirming && <LightButton id={CANCEL_SESSION_ID} onClick={() => setConfirming(true)} text={s.CancelSession} />}
      {open && confirming && (
        <div role="group" aria-label={s.CancelSession}>
          <LightText block>{format(s.ConfirmCancelSession, props.stored.session.title)}</LightText>
          <LightButton
            primary
            onClick={() => {
              focusOn(CANCEL_SESSION_STATUS_ID);
              cancel().catch(() => undefined);
            }}
            disabled={busy}
            className={classes.confirmYes}
            text={s.ConfirmCancelSessionYes}
          />
          <LightButton
            onClick={() => {
              focusOn(CANCEL_SESSION_ID);
              setConfirming(false);
            }}
            autoFocus
            text={s.ConfirmNo}
          />
        </div>
      )}
      {/* The same element before and after: it keeps focus while the session reloads as cancelled. */}
      <div id={CANCEL_SESSION_STATUS_ID} role="status" aria-live="polite" tabIndex={-1}>
        {message && <LightText block>{message}</LightText>}
      </div>
    </>
  );
}
