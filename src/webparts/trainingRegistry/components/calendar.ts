import { sequenceOf, sessionIcsFileName, sessionToIcs } from '../../../domain/training';
import { StoredSession } from '../../../data/training';
import { downloadFile } from './download';

/** Calendar file for one session; the meeting link only for a seat holder. */
export function downloadIcs(stored: StoredSession, withLink: boolean): void {
  const ics = sessionToIcs(stored.session, {
    siteHost: typeof window !== 'undefined' ? window.location.host : 'localhost',
    now: new Date(),
    includeOnlineLink: withLink,
    // The same SEQUENCE as the e-mail of a change carries (the item's version), so the newest file wins.
    sequence: sequenceOf(stored.etag)
  });
  downloadFile(sessionIcsFileName(stored.session), ics, 'text/calendar;charset=utf-8');
}
