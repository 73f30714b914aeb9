/**
 * What a session's page does after something changed on it (a sign-up, a cancellation, an admin's
 * act, a file added): the session and its registrations are read again once, by the app
 * (`onChanged`), and that one read serves both the page and the seat e-mail (`useSeatNotice`):
 * whoever the act gave a seat is told.
 */
import * as React from 'react';
import { SeatsRead, StoredSession } from '../../../../data/training';
import { useHub } from '../../../../ui/HubContext';
import { readBytes } from '../../../../ui/Attachments';
import { ActPlace, useSeatNotice } from '../SessionNotices';

export interface SessionPage {
  /** Reads the session and its registrations again; the read, unless the registrations failed. */
  reload(): Promise<SeatsRead | undefined>;
  /** Once an act is saved: the page read again, and whoever got a seat told, from that one read. */
  afterAct(before: SeatsRead, where: ActPlace): Promise<void>;
  /** How the seat e-mail went, shown where the act was done. */
  seatNotice(where: ActPlace): JSX.Element | null;
  addFile(file: File): Promise<void>;
  removeFile(name: string): Promise<void>;
}

export function useSessionPage(props: {
  stored: StoredSession;
  onChanged(): Promise<SeatsRead | undefined>;
  /** The session and its registrations read before the admin's edit just saved. */
  seatsBefore?: SeatsRead;
}): SessionPage {
  const { services } = useHub<'training'>();
  const { stored, seatsBefore } = props;
  const sessionId = stored.session.id;
  // The app's latest onChanged, behind a function that stays the same (the effect below runs once per edit).
  const onChanged = React.useRef(props.onChanged);
  onChanged.current = props.onChanged;
  const reload = React.useCallback(() => onChanged.current(), []);
  const { tell, view } = useSeatNotice();

  const afterAct = React.useCallback(
    async (before: SeatsRead, where: ActPlace): Promise<void> => {
      const after = reload();
      // The act's own message does not wait for the e-mail: it says how the e-mail went when it has.
      tell(before, after, where).catch(() => undefined);
      await after;
    },
    [reload, tell]
  );

  // Back from the admin's edit: a larger capacity may have given seats (the App hands over what it read before).
  const canSendMail = services.training.canSendMail;
  React.useEffect(() => {
    if (seatsBefore && canSendMail) tell(seatsBefore, reload(), 'admin').catch(() => undefined);
  }, [seatsBefore, canSendMail, tell, reload]);

  // Each file changes the session's item (a new version): the session is read again after it.
  const addFile = React.useCallback(
    async (file: File): Promise<void> => {
      const names = stored.attachments.map((a) => a.name);
      await (
        await services.training.attachments()
      ).add(sessionId, { name: file.name, size: file.size, arrayBuffer: () => readBytes(file) }, { existing: names });
      await reload();
    },
    [services, sessionId, stored.attachments, reload]
  );
  const removeFile = React.useCallback(
    async (name: string): Promise<void> => {
      await (await services.training.attachments()).remove(sessionId, name);
      await reload();
    },
    [services, sessionId, reload]
  );

  return { reload, afterAct, seatNotice: view, addFile, removeFile };
}
