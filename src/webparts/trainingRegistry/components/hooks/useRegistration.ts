/**
 * The viewer's own registration on a session's page: where they stand (status, what they may do),
 * the unit typed for a sign-up (kept in this browser until it is saved), and the acts themselves —
 * sign up, cancel mine — with the message each leaves.
 */
import * as React from 'react';
import {
  allocateSeats,
  canCancel,
  CancelRefusal,
  canSignUp,
  Check,
  RegistrationStatus,
  registrationStatus,
  SignUpRefusal
} from '../../../../domain/training';
import { SeatsRead, StoredRegistration, StoredSession, TrainingViewer } from '../../../../data/training';
import { toProblem } from '../../../../data/errors';
import { useHub } from '../../../../ui/HubContext';
import { problemText } from '../../../../ui/problemText';
import { format } from '../../../../ui/format';
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from '../../../../ui/localCopy';
import type { Mission } from '../../../../data/missions';
import { useLastMission, useMissions } from '../../../../ui/missions';
import { useText } from '../text';
import { refusalText } from '../registrationText';
import { ActPlace } from '../SessionNotices';

export type RegistrationNotice = { kind: 'success' | 'info' | 'error'; text: string };

/** The unit typed for a sign-up, kept in this browser until the sign-up is saved (per site, session and person). */
interface UnitCopy {
  unit: string;
  savedAt: string;
}
export function unitCopyKey(siteKey: string, sessionId: number, personId: number): string {
  return `ddh.trainingRegistry.signUpUnit|${siteKey}|Registrations|session-${sessionId}|${personId}`;
}

export interface Registration {
  /** My open registration, if any. */
  mine?: StoredRegistration;
  status?: RegistrationStatus;
  confirmed: boolean;
  /** No free seat: signing up joins the waiting list. */
  full: boolean;
  signUpCheck: Check<SignUpRefusal>;
  cancelCheck: Check<CancelRefusal>;
  /** Not registered, and signing up is open. */
  offerSignUp: boolean;
  unit: string;
  typeUnit(value: string): void;
  /** The unit was restored from this browser (said under the field, with a button that discards it). */
  restored: boolean;
  discardUnit(): void;
  missions: Mission[];
  busy: boolean;
  notice?: RegistrationNotice;
  /** The "cancel my registration?" question is open. */
  confirming: boolean;
  setConfirming(confirming: boolean): void;
  signUp(): Promise<void>;
  cancelMine(): Promise<void>;
}

export function useRegistration(props: {
  stored: StoredSession;
  registrations?: StoredRegistration[];
  viewer: TrainingViewer;
  now: Date;
  afterAct(before: SeatsRead, where: ActPlace): Promise<void>;
}): Registration {
  const { services, common } = useHub<'training'>();
  const s = useText();
  const { stored, registrations, viewer, now } = props;
  const { session } = stored;
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<RegistrationNotice | undefined>();
  const [confirming, setConfirming] = React.useState(false);
  const unitKey = unitCopyKey(services.training.siteKey, session.id, viewer.id);
  const [restored, setRestored] = React.useState(() =>
    readLocalCopy<UnitCopy>(unitKey, (copy) => typeof copy.unit === 'string' && !!copy.unit.trim())
  );
  // The unit starts as typed before (kept in this browser), else as the person's last embassy or unit.
  const lastMission = useLastMission(viewer.id);
  const [unit, setUnit] = React.useState(restored ? restored.unit : lastMission.last);
  const missions = useMissions();

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
  const signUpCheck = canSignUp(session, now, mine);

  const run = async (action: () => Promise<RegistrationNotice | undefined>): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    const before = { session: stored, registrations: registrations || [] };
    try {
      const result = await action();
      await props.afterAct(before, 'mine');
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

  return {
    mine,
    status,
    confirmed: status?.code === 'confirmed',
    full: registrations ? allocateSeats(session, registrations).freeSeats <= 0 : false,
    signUpCheck,
    cancelCheck: canCancel(session, now, mine, { status: status?.code }),
    offerSignUp: !!registrations && !mine && signUpCheck.allowed,
    unit,
    typeUnit,
    restored: !!restored,
    discardUnit,
    missions,
    busy,
    notice,
    confirming,
    setConfirming,
    signUp,
    cancelMine
  };
}
