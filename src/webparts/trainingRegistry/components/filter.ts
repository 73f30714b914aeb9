/**
 * The session list's filter values and what the first view needs of them (the filter controls
 * come in their own chunk, SessionFilters.tsx): a month in the viewer's calendar, and in person /
 * online over the rows read.
 */
import { SessionTopic } from '../../../domain/training';
import { StoredSession } from '../../../data/training';

export type SessionMode = '' | 'inPerson' | 'online';

export interface SessionFilterValue {
  topic: SessionTopic | '';
  /** 'YYYY-MM' of a month in the viewer's calendar, '' for every month. */
  month: string;
  mode: SessionMode;
}

export const NO_FILTER: SessionFilterValue = { topic: '', month: '', mode: '' };

/** The month [from, to) in the viewer's own calendar. */
export function monthRange(key: string): { from: Date; to: Date } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  return { from: new Date(year, month, 1), to: new Date(year, month + 1, 1) };
}

/** A session held in person (a place) or online (a meeting link); a hybrid one is both. */
export function matchesMode(stored: StoredSession, mode: SessionMode): boolean {
  if (mode === 'inPerson') return !!stored.session.place;
  if (mode === 'online') return !!stored.session.onlineMeetingUrl;
  return true;
}
