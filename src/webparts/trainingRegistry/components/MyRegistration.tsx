/**
 * The viewer's own part of a session's page (the state and acts are `useRegistration`): where they
 * stand, the messages of their acts (a live region), the unit field for a sign-up, and the buttons
 * — sign up or join the line, join the meeting, the calendar file, cancel mine (asked first).
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';
import { StoredSession } from '../../../data/training';
import { format } from '../../../ui/format';
import { SvgIcon } from '../../../ui/icons';
import { LightButton, useLightClasses, LightText } from '../../../ui/light';
import { LightMessage as Notice } from '../../../ui/LightMessage';
import { hrefFor } from '../../../ui/links';
import { block, space } from '../../../ui/layout';
import { MissionOptions } from '../../../ui/missions';
import { useFocusAfterRender } from '../../../ui/useFocusAfterRender';
import { downloadIcs } from './calendar';
import { Registration } from './hooks/useRegistration';
import { useCardClasses } from './SessionList';
import { myStatusText, useText } from './text';
import { refusalText } from './registrationText';

const classes = mergeStyleSets({
  /** Where the answers to the viewer's acts show. */
  live: { margin: block(space.s) },
  /** "Restored from this browser", under the unit field. */
  restored: { marginTop: space.xs },
  confirm: { marginTop: space.s },
  /** A link drawn as the primary button, its icon beside the text. */
  joinLink: { display: 'inline-flex', alignItems: 'center', gap: space.sNudge, textDecoration: 'none', boxSizing: 'border-box' }
});

const STATUS_ID = 'ddh-session-status';
const UNIT_OPTIONS_ID = 'ddh-session-unit-missions';
const CANCEL_MINE_ID = 'ddh-session-cancel-mine';

export function MyRegistration(props: { stored: StoredSession; registration: Registration; seatNotice: JSX.Element | null }): JSX.Element {
  const s = useText();
  const c = useCardClasses();
  const { registration: r } = props;
  const { mine, status, signUpCheck, cancelCheck } = r;
  return (
    <>
      {status && status.code !== 'notRegistered' && <div className={c.status}>{myStatusText(status, s)}</div>}

      <div id={STATUS_ID} tabIndex={-1} role="status" aria-live="polite" aria-atomic="true" className={`ddh-live ${classes.live}`}>
        {r.notice && <Notice kind={r.notice.kind}>{r.notice.text}</Notice>}
        {props.seatNotice}
      </div>

      {r.offerSignUp && <UnitField registration={r} />}
      {status && !mine && !signUpCheck.allowed && signUpCheck.reason !== 'alreadyRegistered' && (
        <LightText block>{refusalText(signUpCheck.reason, s)}</LightText>
      )}
      {mine && !cancelCheck.allowed && cancelCheck.reason === 'deadlinePassed' && <LightText block>{s.CancelClosed}</LightText>}
      <MyActions stored={props.stored} registration={r} />
    </>
  );
}

/** The unit (embassy or department) of a sign-up, with the missions offered and the copy restored from this browser. */
function UnitField(props: { registration: Registration }): JSX.Element {
  const s = useText();
  const { registration: r } = props;
  return (
    <div>
      <TextField
        label={s.FieldUnit}
        value={r.unit}
        onChange={(_, v) => r.typeUnit(v || '')}
        maxLength={120}
        list={UNIT_OPTIONS_ID}
        autoComplete="off"
      />
      <MissionOptions id={UNIT_OPTIONS_ID} missions={r.missions} />
      {r.restored && (
        <LightText block variant="small" className={classes.restored}>
          {s.UnitRestored} <LightButton onClick={r.discardUnit} text={s.DiscardUnit} />
        </LightText>
      )}
    </div>
  );
}

/** The question before cancelling mine, or the row of actions (one primary). */
function MyActions(props: { stored: StoredSession; registration: Registration }): JSX.Element | null {
  const s = useText();
  const c = useCardClasses();
  const light = useLightClasses();
  const { stored, registration: r } = props;
  const { session } = stored;
  const { mine, busy } = r;
  // The question's buttons leave the page when it closes: focus goes where the answer shows.
  const focusAfterRender = useFocusAfterRender();
  const focusOn = (id: string): void => focusAfterRender(() => document.getElementById(id));
  const joinHref = r.confirmed && !session.cancelled && session.onlineMeetingUrl ? hrefFor(session.onlineMeetingUrl) : undefined;

  if (mine && r.confirming) {
    return (
      <div role="group" aria-label={s.CancelMine} className={classes.confirm}>
        <LightText block>{format(s.ConfirmCancelMine, session.title)}</LightText>
        <div className={c.actions}>
          <LightButton
            primary
            disabled={busy}
            text={s.ConfirmYes}
            onClick={() => {
              focusOn(STATUS_ID);
              r.cancelMine().catch(() => undefined);
            }}
          />
          <LightButton
            onClick={() => {
              focusOn(CANCEL_MINE_ID);
              r.setConfirming(false);
            }}
            autoFocus
            text={s.ConfirmNo}
          />
        </div>
      </div>
    );
  }
  if (!r.offerSignUp && !mine) return null;
  return (
    // One primary action: sign up (or join the line) for someone not registered, join the
    // meeting for a seat holder of an online session; the rest are plain buttons beside it.
    <div className={c.actions} data-actions="">
      {r.offerSignUp && (
        <LightButton
          primary
          onClick={() => {
            r.signUp().catch(() => undefined);
          }}
          disabled={busy}
          text={busy ? s.Working : r.full ? s.JoinWaitingList : s.SignUp}
        />
      )}
      {joinHref && (
        <a
          href={joinHref}
          target="_blank"
          rel="noopener noreferrer"
          className={`${light.primary} ${classes.joinLink}`}
          aria-label={format(s.JoinMeetingFor, session.title)}
        >
          <SvgIcon name="video" />
          {s.JoinMeeting}
        </a>
      )}
      {mine && <LightButton onClick={() => downloadIcs(stored, r.confirmed)} text={s.DownloadIcs} />}
      {mine && r.cancelCheck.allowed && (
        <LightButton id={CANCEL_MINE_ID} onClick={() => r.setConfirming(true)} disabled={busy} text={s.CancelMine} />
      )}
    </div>
  );
}
