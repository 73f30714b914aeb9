import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { TextField } from '@fluentui/react/lib/TextField';
import { allocateSeats, canCancel, canSignUp, registrationStatus, signUpClosesAt } from '../../../domain/training';
import { StoredRegistration, StoredSession, TrainingViewer } from '../../../data/training';
import { toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { problemText } from '../../../ui/problemText';
import { format } from '../../../ui/format';
import { hrefFor } from '../../../ui/links';
import { LightButton, LightText } from '../../../ui/light';
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from '../../../ui/localCopy';
import { Loading } from '../../../ui/Loading';
import { downloadIcs } from './calendar';
import { LightMessage as Notice } from '../../../ui/LightMessage';
import { SeatsText } from './SessionList';
import { SessionTime } from './SessionTime';
import { formatMoment, myStatusText, refusalText, topicText, useText } from './text';

// Only training admins see the registrations table (with attendance, moves and the CSV export).
const AdminRegistrations = React.lazy(() => import(/* webpackChunkName: 'ddh-training-admin' */ './AdminRegistrations').then((m) => ({ default: m.AdminRegistrations })));

export interface SessionDetailsProps {
  stored: StoredSession;
  registrations?: StoredRegistration[];
  viewer: TrainingViewer;
  onBack: () => void;
  onEdit: () => void;
  /** Re-read this session and its registrations after a change. */
  onChanged: () => Promise<void>;
  now?: () => Date;
}

type Notice = { kind: 'success' | 'info' | 'error'; text: string };

/** The unit typed for a sign-up, kept in this browser until the sign-up is saved (per site, session and person). */
interface UnitCopy { unit: string; savedAt: string }
export function unitCopyKey(siteKey: string, sessionId: number, personId: number): string {
  return `ddh.trainingRegistry.signUpUnit|${siteKey}|Registrations|session-${sessionId}|${personId}`;
}

const STATUS_ID = 'ddh-session-status';
const CANCEL_MINE_ID = 'ddh-session-cancel-mine';

export function SessionDetails(props: SessionDetailsProps): JSX.Element {
  const { services, common, locale } = useHub();
  const s = useText();
  const { stored, registrations, viewer } = props;
  const { session } = stored;
  const now = (props.now || (() => new Date()))();
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const unitKey = unitCopyKey(services.training.siteKey, session.id, viewer.id);
  const [restored, setRestored] = React.useState(() => readLocalCopy<UnitCopy>(unitKey, (copy) => typeof copy.unit === 'string' && !!copy.unit.trim()));
  const [unit, setUnit] = React.useState(restored ? restored.unit : '');
  /** Where focus goes once the next render is on screen (the control that had it is gone). */
  const focusNext = React.useRef<string | undefined>();
  const [confirming, setConfirming] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);

  React.useEffect(() => { heading.current?.focus(); }, [session.id]);
  React.useEffect(() => {
    const id = focusNext.current;
    const target = id ? document.getElementById(id) : null;
    if (target) { focusNext.current = undefined; target.focus(); }
  });

  const typeUnit = (value: string): void => {
    setUnit(value);
    if (value.trim()) writeLocalCopy(unitKey, { unit: value, savedAt: new Date().toISOString() });
    else removeLocalCopy(unitKey);
  };
  const discardUnit = (): void => {
    setRestored(undefined);
    typeUnit('');
  };

  const mine = registrations?.find((r) => r.person.id === viewer.id && !r.cancelled);
  // With no open registration, my latest one (cancelled by me or an admin) still tells me where I
  // stand, next to the button that signs me up again.
  const latest = registrations?.filter((r) => r.person.id === viewer.id).pop();
  const status = registrations ? registrationStatus(session, registrations, mine || latest) : undefined;
  const confirmed = status?.code === 'confirmed';
  const full = registrations ? allocateSeats(session, registrations).freeSeats <= 0 : false;
  const signUpCheck = canSignUp(session, now, mine);
  const cancelCheck = canCancel(session, now, mine, { status: status?.code });

  const run = async (action: () => Promise<Notice | undefined>): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await action();
      await props.onChanged();
      setNotice(result);
    } catch (error) {
      const problem = await toProblem(error);
      setNotice({ kind: 'error', text: problemText(problem.kind, common) });
    } finally {
      setBusy(false);
    }
  };

  const signUp = (): Promise<void> => run(async () => {
    const result = await services.training.registrations.signUp(stored, viewer, unit, new Date());
    if (result.outcome === 'refused') return { kind: 'error', text: refusalText(result.reason, s) };
    // Saved: the copy kept in this browser has done its work.
    removeLocalCopy(unitKey);
    setRestored(undefined);
    if (result.outcome === 'alreadyRegistered') return { kind: 'info', text: s.AlreadyRegistered };
    return result.status.code === 'waiting'
      ? { kind: 'success', text: format(s.SignedUpWaiting, result.status.position) }
      : { kind: 'success', text: s.SignedUpSeat };
  });

  const cancelMine = (): Promise<void> => run(async () => {
    setConfirming(false);
    if (!mine || !registrations) return undefined;
    const result = await services.training.registrations.cancel(stored, mine, registrations, { now: new Date() });
    return result.outcome === 'refused' ? { kind: 'error', text: refusalText(result.reason, s) } : { kind: 'success', text: s.CancelledMine };
  });

  return (
    <article aria-labelledby="ddh-session-heading">
      <LightButton onClick={props.onBack} text={s.Back} />
      <h3 id="ddh-session-heading" tabIndex={-1} ref={heading} style={{ fontSize: 20, fontWeight: 600, margin: '12px 0 8px' }}>
        {session.title}
      </h3>
      {session.cancelled && (
        <Notice kind="warning">{s.SessionWasCancelled}</Notice>
      )}
      <SessionTime start={session.start} end={session.end} />
      <dl className="ddh-session-facts">
        <dt>{s.FieldTopic}</dt><dd>{topicText(session.topic, s)}</dd>
        {session.audience && (<><dt>{s.FieldAudience}</dt><dd>{session.audience}</dd></>)}
        {session.place && (<><dt>{s.FieldPlace}</dt><dd>{session.place}</dd></>)}
        {session.onlineMeetingUrl && (
          <>
            <dt>{s.FieldOnlineLink}</dt>
            <dd>
              {confirmed && !session.cancelled
                ? <MeetingLink url={session.onlineMeetingUrl} text={s.JoinOnline} />
                : s.OnlineLinkForConfirmed}
            </dd>
          </>
        )}
        {session.organiser && (<><dt>{s.FieldOrganiser}</dt><dd>{session.organiser.name}</dd></>)}
        <dt>{s.FieldDeadline}</dt><dd>{formatMoment(signUpClosesAt(session), locale)}</dd>
        {session.linkedEvent && (<><dt>{s.FieldLinkedEvent}</dt><dd>{session.linkedEvent}</dd></>)}
      </dl>
      {session.description && <LightText as="p" block style={{ whiteSpace: 'pre-wrap' }}>{session.description}</LightText>}
      <SeatsText stored={stored} registrations={registrations} />
      {status && status.code !== 'notRegistered' && <LightText block><strong>{myStatusText(status, s)}</strong></LightText>}

      <div id={STATUS_ID} tabIndex={-1} className="ddh-live" role="status" aria-live="polite" aria-atomic="true" style={{ margin: '8px 0' }}>
        {notice && (
          <Notice kind={notice.kind}>{notice.text}</Notice>
        )}
      </div>

      {registrations && !mine && signUpCheck.allowed && (
        <div>
          <TextField label={s.FieldUnit} value={unit} onChange={(_, v) => typeUnit(v || '')} maxLength={120} />
          {restored && (
            <LightText block variant="small" style={{ marginTop: 4 }}>
              {s.UnitRestored}{' '}
              <LightButton onClick={discardUnit} text={s.DiscardUnit} />
            </LightText>
          )}
          <LightButton primary onClick={() => { signUp().catch(() => undefined); }} disabled={busy} style={{ marginTop: 8 }}
            text={busy ? s.Working : full ? s.JoinWaitingList : s.SignUp} />
        </div>
      )}
      {registrations && !mine && !signUpCheck.allowed && signUpCheck.reason !== 'alreadyRegistered' && (
        <LightText block>{refusalText(signUpCheck.reason, s)}</LightText>
      )}
      {mine && cancelCheck.allowed && !confirming && (
        <LightButton id={CANCEL_MINE_ID} onClick={() => setConfirming(true)} disabled={busy} text={s.CancelMine} />
      )}
      {mine && confirming && (
        <div role="group" aria-label={s.CancelMine}>
          <LightText block>{format(s.ConfirmCancelMine, session.title)}</LightText>
          <LightButton primary disabled={busy} style={{ marginRight: 8 }} text={s.ConfirmYes}
            onClick={() => { focusNext.current = STATUS_ID; cancelMine().catch(() => undefined); }} />
          <LightButton onClick={() => { focusNext.current = CANCEL_MINE_ID; setConfirming(false); }} autoFocus text={s.ConfirmNo} />
        </div>
      )}
      {mine && !cancelCheck.allowed && cancelCheck.reason === 'deadlinePassed' && <LightText block>{s.CancelClosed}</LightText>}
      {mine && (
        <LightButton onClick={() => downloadIcs(stored, confirmed)} style={{ marginTop: 8 }} text={s.DownloadIcs} />
      )}

      {viewer.isAdmin && (
        <section aria-label={s.AdminTools} style={{ marginTop: 24 }}>
          <LightButton onClick={props.onEdit} disabled={session.cancelled} style={{ marginRight: 8 }} text={s.EditSession} />
          <CancelSessionButton stored={stored} onDone={props.onChanged} />
          {registrations && (
            <React.Suspense fallback={<Loading />}>
              <AdminRegistrations stored={stored} registrations={registrations} now={now} onChanged={props.onChanged} />
            </React.Suspense>
          )}
        </section>
      )}
    </article>
  );
}

const CANCEL_SESSION_ID = 'ddh-training-cancel-session';
const CANCEL_SESSION_STATUS_ID = 'ddh-training-cancel-session-status';

/** The join link, live only when it is https (or mailto / this site); otherwise the stored text as it is. */
function MeetingLink(props: { url: string; text: string }): JSX.Element {
  const href = hrefFor(props.url);
  return href ? <Link href={href} target="_blank" rel="noopener noreferrer">{props.text}</Link> : <span>{props.url}</span>;
}

function CancelSessionButton(props: { stored: StoredSession; onDone: () => Promise<void> }): JSX.Element {
  const { services, common } = useHub();
  const s = useText();
  const [confirming, setConfirming] = React.useState(false);
  const [message, setMessage] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  // The confirmation's buttons leave the page when it closes: focus goes where the answer shows.
  const focusNext = React.useRef<string | undefined>();
  React.useEffect(() => {
    const id = focusNext.current;
    const target = id ? document.getElementById(id) : null;
    if (target) { focusNext.current = undefined; target.focus(); }
  });
  const open = !props.stored.session.cancelled;
  const cancel = async (): Promise<void> => {
    setBusy(true);
    try {
      await services.training.sessions.cancel(props.stored.session.id, props.stored.etag);
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
          <LightButton primary onClick={() => { focusNext.current = CANCEL_SESSION_STATUS_ID; cancel().catch(() => undefined); }} disabled={busy} style={{ marginRight: 8 }} text={s.ConfirmCancelSessionYes} />
          <LightButton onClick={() => { focusNext.current = CANCEL_SESSION_ID; setConfirming(false); }} autoFocus text={s.ConfirmNo} />
        </div>
      )}
      {/* The same element before and after: it keeps focus while the session reloads as cancelled. */}
      <div id={CANCEL_SESSION_STATUS_ID} role="status" aria-live="polite" tabIndex={-1}>{message && <LightText block>{message}</LightText>}</div>
    </>
  );
}
