import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { TextField } from '@fluentui/react/lib/TextField';
import { allocateSeats, canCancel, canSignUp, registrationStatus, signUpClosesAt } from '../../../domain/training';
import { SeatsRead, StoredRegistration, StoredSession, TrainingViewer } from '../../../data/training';
import { toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { problemText } from '../../../ui/problemText';
import { format } from '../../../ui/format';
import { hrefFor } from '../../../ui/links';
import { SvgIcon, IconName } from '../../../ui/icons';
import { LightButton, useLightClasses, LightText } from '../../../ui/light';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { NARROW } from '../../../ui/narrow';
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from '../../../ui/localCopy';
import { Loading } from '../../../ui/Loading';
import { downloadIcs } from './calendar';
import { LightMessage as Notice } from '../../../ui/LightMessage';
import { DateTile, SeatsText, SessionMeta, useCardClasses } from './SessionList';
import { SessionTime } from './SessionTime';
import { formatMoment, myStatusText, refusalText, useText } from './text';
import { Attachments, readBytes } from '../../../ui/Attachments';
import { ActPlace, ChangeNotice, useSeatNotice } from './SessionNotices';
import { SeriesParts } from './SeriesParts';
import { MissionOptions, useLastMission, useMissions } from '../../../ui/missions';

// Only training admins see the registrations table (with attendance, moves and the CSV export).
const AdminRegistrations = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-training-admin' */ './AdminRegistrations').then((m) => ({ default: m.AdminRegistrations }))
);

export interface SessionDetailsProps {
  stored: StoredSession;
  registrations?: StoredRegistration[];
  viewer: TrainingViewer;
  onBack: () => void;
  onEdit: () => void;
  /** Re-read this session and its registrations after a change. */
  onChanged: () => Promise<void>;
  /** The session and its registrations read before the admin's edit just saved: whoever it gave a seat is told. */
  seatsBefore?: SeatsRead;
  /** Opens another session (a part of the same series). */
  onOpenSession?: (stored: StoredSession, from: HTMLElement) => void;
  now?: () => Date;
}

type Notice = { kind: 'success' | 'info' | 'error'; text: string };

/** The unit typed for a sign-up, kept in this browser until the sign-up is saved (per site, session and person). */
interface UnitCopy {
  unit: string;
  savedAt: string;
}
export function unitCopyKey(siteKey: string, sessionId: number, personId: number): string {
  return `ddh.trainingRegistry.signUpUnit|${siteKey}|Registrations|session-${sessionId}|${personId}`;
}

const STATUS_ID = 'ddh-session-status';
const UNIT_OPTIONS_ID = 'ddh-session-unit-missions';
const CANCEL_MINE_ID = 'ddh-session-cancel-mine';

export function SessionDetails(props: SessionDetailsProps): JSX.Element {
  const { services, common, locale } = useHub<'training'>();
  const s = useText();
  const { stored, registrations, viewer } = props;
  const { session } = stored;
  const now = (props.now || (() => new Date()))();
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const unitKey = unitCopyKey(services.training.siteKey, session.id, viewer.id);
  const [restored, setRestored] = React.useState(() =>
    readLocalCopy<UnitCopy>(unitKey, (copy) => typeof copy.unit === 'string' && !!copy.unit.trim())
  );
  // The unit starts as typed before (kept in this browser), else as the person's last embassy or unit.
  const lastMission = useLastMission(viewer.id);
  const [unit, setUnit] = React.useState(restored ? restored.unit : lastMission.last);
  const missions = useMissions();
  /** Where focus goes once the next render is on screen (the control that had it is gone). */
  const focusNext = React.useRef<string | undefined>();
  const [confirming, setConfirming] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);

  React.useEffect(() => {
    heading.current?.focus();
  }, [session.id]);
  React.useEffect(() => {
    const id = focusNext.current;
    const target = id ? document.getElementById(id) : null;
    if (target) {
      focusNext.current = undefined;
      target.focus();
    }
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

  // Each file changes the session's item (a new version): the session is read again after it.
  const onChanged = props.onChanged;
  const addFile = React.useCallback(
    async (file: File): Promise<void> => {
      await (
        await services.training.attachments()
      ).add(
        session.id,
        { name: file.name, size: file.size, arrayBuffer: () => readBytes(file) },
        { existing: stored.attachments.map((a) => a.name) }
      );
      await onChanged();
    },
    [services, session.id, stored.attachments, onChanged]
  );
  const removeFile = React.useCallback(
    async (name: string): Promise<void> => {
      await (await services.training.attachments()).remove(session.id, name);
      await onChanged();
    },
    [services, session.id, onChanged]
  );

  // Whoever gets a seat through an act on this page is told by e-mail once it is saved.
  const seatNotice = useSeatNotice(session.id);
  const afterAct = async (before: SeatsRead, where: ActPlace): Promise<void> => {
    // The act's own message does not wait for the e-mail: it says how the e-mail went when it has.
    seatNotice.tell(before, where).catch(() => undefined);
    await props.onChanged();
  };
  // Back from the admin's edit: a larger capacity may have given seats (the App hands over what it read before).
  const seatsBefore = props.seatsBefore;
  const tellSeats = seatNotice.tell;
  React.useEffect(() => {
    if (seatsBefore) tellSeats(seatsBefore, 'admin').catch(() => undefined);
  }, [seatsBefore, tellSeats]);

  const run = async (action: () => Promise<Notice | undefined>): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    const before = { session: stored, registrations: registrations || [] };
    try {
      const result = await action();
      await afterAct(before, 'mine');
      setNotice(result);
    } catch (error) {
      const problem = await toProblem(error);
      setNotice({ kind: 'error', text: problemText(problem.kind, common) });
    } finally {
      setBusy(false);
    }
  };

  const signUp = (): Promise<void> =>
    run(async () => {
      const result = await services.training.registrations.signUp(stored, viewer, unit, new Date());
      if (result.outcome === 'refused') return { kind: 'error', text: refusalText(result.reason, s) };
      // Saved: the copy kept in this browser has done its work; the unit starts the next sign-up.
      removeLocalCopy(unitKey);
      lastMission.remember(unit);
      setRestored(undefined);
      if (result.outcome === 'alreadyRegistered') return { kind: 'info', text: s.AlreadyRegistered };
      return result.status.code === 'waiting'
        ? { kind: 'success', text: format(s.SignedUpWaiting, result.status.position) }
        : { kind: 'success', text: s.SignedUpSeat };
    });

  const cancelMine = (): Promise<void> =>
    run(async () => {
      setConfirming(false);
      if (!mine || !registrations) return undefined;
      const result = await services.training.registrations.cancel(stored, mine, registrations, { now: new Date() });
      return result.outcome === 'refused'
        ? { kind: 'error', text: refusalText(result.reason, s) }
        : { kind: 'success', text: s.CancelledMine };
    });

  const c = useCardClasses();
  const light = useLightClasses();
  const joinHref = confirmed && !session.cancelled && session.onlineMeetingUrl ? hrefFor(session.onlineMeetingUrl) : undefined;
  const offerSignUp = !!registrations && !mine && signUpCheck.allowed;

  return (
    <article aria-labelledby="ddh-session-heading" data-cancelled={session.cancelled ? '' : undefined}>
      <LightButton onClick={props.onBack} text={s.Back} />
      <div className={c.card} style={{ borderBottom: 0, paddingBottom: 0 }}>
        <DateTile start={session.start} />
        <div className={c.body}>
          <h3 id="ddh-session-heading" tabIndex={-1} ref={heading} className={c.title} style={{ fontSize: 20, lineHeight: '28px' }}>
            <span>{session.title}</span>
          </h3>
          <SessionMeta session={session} />
        </div>
      </div>
      {session.cancelled && <Notice kind="warning">{s.SessionWasCancelled}</Notice>}
      <dl className={facts.grid}>
        <Fact icon="clock" label={s.FactWhen}>
          <SessionTime start={session.start} end={session.end} />
        </Fact>
        <Fact icon="seat" label={s.FieldCapacity}>
          <SeatsText stored={stored} registrations={registrations} labelled />
          {session.cancelled && s.SessionCancelledBadge}
        </Fact>
        {session.place && (
          <Fact icon="pin" label={s.FieldPlace}>
            {session.place}
          </Fact>
        )}
        {session.onlineMeetingUrl && (
          <Fact icon="video" label={s.FieldOnlineLink}>
            {confirmed && !session.cancelled ? (
              <MeetingLink url={session.onlineMeetingUrl} text={s.JoinOnline} />
            ) : (
              s.OnlineLinkForConfirmed
            )}
          </Fact>
        )}
        {session.organiser && (
          <Fact icon="person" label={s.FieldOrganiser}>
            {session.organiser.name}
          </Fact>
        )}
        {session.audience && (
          <Fact icon="person" label={s.FieldAudience}>
            {session.audience}
          </Fact>
        )}
        <Fact icon="calendar" label={s.FieldDeadline}>
          {formatMoment(signUpClosesAt(session), locale)}
        </Fact>
        {session.linkedEvent && (
          <Fact icon="calendar" label={s.FieldLinkedEvent}>
            {session.linkedEvent}
          </Fact>
        )}
      </dl>
      {session.description && (
        <LightText as="p" block style={{ whiteSpace: 'pre-wrap' }}>
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
          onAdd={viewer.isAdmin ? addFile : undefined}
          onRemove={viewer.isAdmin ? removeFile : undefined}
        />
      )}
      {status && status.code !== 'notRegistered' && <div className={c.status}>{myStatusText(status, s)}</div>}

      <div
        id={STATUS_ID}
        tabIndex={-1}
        className="ddh-live"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        style={{ margin: '8px 0' }}
      >
        {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
        {seatNotice.view('mine')}
      </div>

      {offerSignUp && (
        <div>
          <TextField
            label={s.FieldUnit}
            value={unit}
            onChange={(_, v) => typeUnit(v || '')}
            maxLength={120}
            list={UNIT_OPTIONS_ID}
            autoComplete="off"
          />
          <MissionOptions id={UNIT_OPTIONS_ID} missions={missions} />
          {restored && (
            <LightText block variant="small" style={{ marginTop: 4 }}>
              {s.UnitRestored} <LightButton onClick={discardUnit} text={s.DiscardUnit} />
            </LightText>
          )}
        </div>
      )}
      {registrations && !mine && !signUpCheck.allowed && signUpCheck.reason !== 'alreadyRegistered' && (
        <LightText block>{refusalText(signUpCheck.reason, s)}</LightText>
      )}
      {mine && !cancelCheck.allowed && cancelCheck.reason === 'deadlinePassed' && <LightText block>{s.CancelClosed}</LightText>}
      {mine && confirming ? (
        <div role="group" aria-label={s.CancelMine} style={{ marginTop: 8 }}>
          <LightText block>{format(s.ConfirmCancelMine, session.title)}</LightText>
          <div className={c.actions}>
            <LightButton
              primary
              disabled={busy}
              text={s.ConfirmYes}
              onClick={() => {
                focusNext.current = STATUS_ID;
                cancelMine().catch(() => undefined);
              }}
            />
            <LightButton
              onClick={() => {
                focusNext.current = CANCEL_MINE_ID;
                setConfirming(false);
              }}
              autoFocus
              text={s.ConfirmNo}
            />
          </div>
        </div>
      ) : (
        (offerSignUp || mine) && (
          // One primary action: sign up (or join the line) for someone not registered, join the
          // meeting for a seat holder of an online session; the rest are plain buttons beside it.
          <div className={c.actions} data-actions="">
            {offerSignUp && (
              <LightButton
                primary
                onClick={() => {
                  signUp().catch(() => undefined);
                }}
                disabled={busy}
                text={busy ? s.Working : full ? s.JoinWaitingList : s.SignUp}
              />
            )}
            {joinHref && (
              <a
                href={joinHref}
                target="_blank"
                rel="noopener noreferrer"
                className={light.primary}
                aria-label={format(s.JoinMeetingFor, session.title)}
                style={{ display: 'inline-flex', alignItems: 'center', gap: 6, textDecoration: 'none', boxSizing: 'border-box' }}
              >
                <SvgIcon name="video" />
                {s.JoinMeeting}
              </a>
            )}
            {mine && <LightButton onClick={() => downloadIcs(stored, confirmed)} text={s.DownloadIcs} />}
            {mine && cancelCheck.allowed && (
              <LightButton id={CANCEL_MINE_ID} onClick={() => setConfirming(true)} disabled={busy} text={s.CancelMine} />
            )}
          </div>
        )
      )}

      {viewer.isAdmin && (
        <section aria-label={s.AdminTools} style={{ marginTop: 24 }}>
          <div className={c.actions}>
            <LightButton onClick={props.onEdit} disabled={session.cancelled} text={s.EditSession} />
            <CancelSessionButton stored={stored} onDone={props.onChanged} />
          </div>
          {registrations && <ChangeNotice stored={stored} registrations={registrations} viewer={viewer} onSent={props.onChanged} />}
          <div role="status" aria-live="polite">
            {seatNotice.view('admin')}
          </div>
          {registrations && (
            <React.Suspense fallback={<Loading />}>
              <AdminRegistrations
                stored={stored}
                registrations={registrations}
                now={now}
                onChanged={() => afterAct({ session: stored, registrations }, 'admin')}
              />
            </React.Suspense>
          )}
        </section>
      )}
    </article>
  );
}

/** The facts as a grid of icon, label and value: two or three columns when wide, one when narrow. */
const facts = {
  grid: mergeStyles({
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: '12px 24px',
    margin: '16px 0',
    selectors: { [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)' } }
  }),
  fact: mergeStyles({ minWidth: 0, overflowWrap: 'anywhere' }),
  label: mergeStyles({ display: 'flex', alignItems: 'center', gap: 8, fontWeight: 600, margin: 0 }),
  value: mergeStyles({ margin: '2px 0 0 24px' })
};

function Fact(props: { icon: IconName; label: string; children: React.ReactNode }): JSX.Element {
  return (
    <div className={facts.fact} data-fact="">
      <dt className={facts.label}>
        <SvgIcon name={props.icon} />
        {props.label}
      </dt>
      <dd className={facts.value}>{props.children}</dd>
    </div>
  );
}

const CANCEL_SESSION_ID = 'ddh-training-cancel-session';
const CANCEL_SESSION_STATUS_ID = 'ddh-training-cancel-session-status';

/** The join link, live only when it is https (or mailto / this site); otherwise the stored text as it is. */
function MeetingLink(props: { url: string; text: string }): JSX.Element {
  const href = hrefFor(props.url);
  return href ? (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {props.text}
    </Link>
  ) : (
    <span>{props.url}</span>
  );
}

function CancelSessionButton(props: { stored: StoredSession; onDone: () => Promise<void> }): JSX.Element {
  const { services, common } = useHub<'training'>();
  const s = useText();
  const [confirming, setConfirming] = React.useState(false);
  const [message, setMessage] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  // The confirmation's buttons leave the page when it closes: focus goes where the answer shows.
  const focusNext = React.useRef<string | undefined>();
  React.useEffect(() => {
    const id = focusNext.current;
    const target = id ? document.getElementById(id) : null;
    if (target) {
      focusNext.current = undefined;
      target.focus();
    }
  });
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
              focusNext.current = CANCEL_SESSION_STATUS_ID;
              cancel().catch(() => undefined);
            }}
            disabled={busy}
            style={{ marginRight: 8 }}
            text={s.ConfirmCancelSessionYes}
          />
          <LightButton
            onClick={() => {
              focusNext.current = CANCEL_SESSION_ID;
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
