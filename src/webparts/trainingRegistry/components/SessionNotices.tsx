/**
 * The e-mail a session page owes (src/data/training/notices.ts), shown where the act was done:
 *
 * - `useSeatNotice`: after a sign-up, a cancellation or an admin's seat, whoever now has a seat is
 *   told at once; the page says who was told, or that the e-mail failed (the act is saved) with a
 *   button that sends it again.
 * - `ChangeNotice`, on the admin's session page: a change of time, place or link, or a cancelled
 *   session, still untold. Sent at once on the page of the admin who just made it; offered with a
 *   button on any admin's page otherwise (a failed send, a tab closed in between).
 *
 * Nothing shows on a page that cannot send e-mail or when nothing is owed.
 */
import * as React from 'react';
import { changeUntold, SeatNews } from '../../../domain/training';
import { ChangeNotice as Owed, SeatsRead, StoredRegistration, StoredSession, TrainingViewer } from '../../../data/training';
import { useHub } from '../../../ui/HubContext';
import { plural } from '../../../ui/format';
import { LightButton } from '../../../ui/light';
import { LightMessage } from '../../../ui/LightMessage';
import { useText } from './text';

/** A change this recent, made by the viewer, is the one just made here: its message goes without asking. */
const SEND_AT_ONCE_MS = 5 * 60 * 1000;

type State<T> =
  { kind: 'idle' } | { kind: 'sending'; owed: T } | { kind: 'sent'; owed: T } | { kind: 'failed'; owed: T } | { kind: 'owed'; owed: T };

/** The seats to tell of, with the session as read after the act (its calendar file). */
interface SeatsOwed {
  session: StoredSession;
  news: Array<SeatNews<StoredRegistration>>;
}

function place(): { pageUrl: string; siteHost: string } {
  return { pageUrl: window.location.href.split('#')[0], siteHost: window.location.host };
}

/** Where the act was done on the page (the person's own buttons, or the admin's table): its message shows there. */
export type ActPlace = 'mine' | 'admin';

/**
 * Tells whoever got a seat through this page's act: `tell(before, after, where)` once the act is
 * saved, with the session and its registrations as they were read before it and the page's own
 * read of them after it (one read serves the page and the e-mail; undefined when it failed).
 */
export function useSeatNotice(): {
  tell(before: SeatsRead, after: Promise<SeatsRead | undefined>, where: ActPlace): Promise<void>;
  view(where: ActPlace): JSX.Element | null;
} {
  const { services, locale } = useHub<'training'>();
  const s = useText();
  const training = services.training;
  const [state, setState] = React.useState<State<SeatsOwed>>({ kind: 'idle' });
  const [shownAt, setShownAt] = React.useState<ActPlace>('mine');

  const send = React.useCallback(
    async (owed: SeatsOwed): Promise<void> => {
      setState({ kind: 'sending', owed });
      try {
        await (await training.notices()).sendSeats(owed.session, owed.news, place());
        setState({ kind: 'sent', owed });
      } catch {
        setState({ kind: 'failed', owed });
      }
    },
    [training]
  );

  const tell = React.useCallback(
    async (before: SeatsRead, after: Promise<SeatsRead | undefined>, where: ActPlace): Promise<void> => {
      setState({ kind: 'idle' });
      setShownAt(where);
      if (!training.canSendMail) return;
      try {
        const [notices, read] = await Promise.all([training.notices(), after]);
        if (!read) return;
        const news = await notices.seatsToTell(before, read);
        if (news.length > 0) await send({ session: read.session, news });
      } catch {
        // The act is saved; what could not be read now, the person with the seat still sees under "For you".
      }
    },
    [training, send]
  );

  if (state.kind === 'idle' || state.kind === 'owed') return { tell, view: () => null };
  const names = state.owed.news.map((n) => n.registration.person.name);
  const view =
    state.kind === 'sending' ? (
      <LightMessage kind="info">{s.NoticeSending}</LightMessage>
    ) : state.kind === 'sent' ? (
      <LightMessage kind="success">{plural(s, 'NoticeSeatSent', locale, names.length, names.join(', '))}</LightMessage>
    ) : (
      <LightMessage
        kind="warning"
        actions={
          <LightButton
            text={s.NoticeSend}
            onClick={() => {
              send(state.owed).catch(() => undefined);
            }}
          />
        }
      >
        {plural(s, 'NoticeSeatFailed', locale, names.length, names.join(', '))}
      </LightMessage>
    );
  return { tell, view: (where) => (where === shownAt ? view : null) };
}

/** On an admin's session page: a change registered people have not been told of yet. */
export function ChangeNotice(props: {
  stored: StoredSession;
  registrations: StoredRegistration[];
  viewer: TrainingViewer;
  onSent(): Promise<unknown>;
}): JSX.Element | null {
  const { services, locale } = useHub<'training'>();
  const s = useText();
  const training = services.training;
  const { stored, registrations, viewer, onSent } = props;
  const [state, setState] = React.useState<State<Owed>>({ kind: 'idle' });
  /** The change already sent at once from this page (a re-read while it goes must not send it again). */
  const sentAtOnce = React.useRef<string | undefined>();

  const send = React.useCallback(
    async (owed: Owed): Promise<void> => {
      setState({ kind: 'sending', owed });
      try {
        await (await training.notices()).sendChange(owed, place());
        setState({ kind: 'sent', owed });
        await onSent();
      } catch {
        setState((current) => (current.kind === 'sent' ? current : { kind: 'failed', owed }));
      }
    },
    [training, onSent]
  );

  // The change read with this version of the session (only an untold change loads the e-mail's
  // code): sent at once when it is the viewer's own, just made; offered otherwise.
  const untold = training.canSendMail && changeUntold(stored.announcement);
  React.useEffect(() => {
    if (!untold) return undefined;
    let live = true;
    training.notices().then(
      (notices) => {
        const owed = notices.changeToTell(stored, registrations);
        if (!live || !owed) return;
        // A message going or gone for this same change stays said; a newer change is owed anew.
        const same = (current: State<Owed>): boolean =>
          current.kind !== 'idle' && current.owed.session.announcement?.changedAt?.getTime() === stored.announcement?.changedAt?.getTime();
        setState((current) =>
          (current.kind === 'sending' || current.kind === 'sent') && same(current) ? current : { kind: 'owed', owed }
        );
        const announcement = stored.announcement;
        const recent = !!announcement?.changedAt && Math.abs(Date.now() - announcement.changedAt.getTime()) < SEND_AT_ONCE_MS;
        const key = announcement?.changedAt?.toISOString();
        if (recent && announcement?.editorId === viewer.id && sentAtOnce.current !== key) {
          sentAtOnce.current = key;
          send(owed).catch(() => undefined);
        }
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [untold, training, stored, registrations, viewer.id, send]);

  if (state.kind === 'idle') return null;
  const count = state.owed.seated.length + state.owed.waiting.length;
  if (state.kind === 'sent')
    return (
      <LightMessage kind="success">
        {plural(s, stored.session.cancelled ? 'NoticeCancelSent' : 'NoticeChangeSent', locale, count)}
      </LightMessage>
    );
  if (state.kind === 'sending') return <LightMessage kind="info">{s.NoticeSending}</LightMessage>;
  const owedNow = state.owed;
  return (
    <LightMessage
      kind="warning"
      actions={
        <LightButton
          text={s.NoticeSend}
          onClick={() => {
            send(owedNow).catch(() => undefined);
          }}
        />
      }
    >
      {state.kind === 'failed'
        ? s.NoticeFailed
        : plural(s, stored.session.cancelled ? 'NoticeCancelOwed' : 'NoticeChangeOwed', locale, count)}
    </LightMessage>
  );
}
