/**
 * The sessions the app lists and the seats read for them: the first view (with its seats, in one
 * $batch), the tabs' lists (upcoming, past), the filters, "load more", and the re-read of one
 * session after a change. The app's root (TrainingRegistryApp.tsx) only composes what this holds.
 */
import * as React from 'react';
import { SeatsRead, StoredRegistration, StoredSession, TrainingFirstView } from '../../../../data/training';
import { Problem, toProblem } from '../../../../data/errors';
import { useHub } from '../../../../ui/HubContext';
import { takeEarly } from '../../../../data/earlyRead';
import { trainingFirstRead } from '../../../../data/trainingAppServices';
import { Loaded, useLoad } from '../../../../ui/useLoad';
import { SESSION_TOPICS, SessionTopic } from '../../../../domain/training';
import { monthRange, NO_FILTER, SessionFilterValue } from '../filter';

export type Tab = 'sessions' | 'mine' | 'past';

const YEAR_MS = 365 * 24 * 3600 * 1000;

export interface TrainingSessions {
  first: Loaded<TrainingFirstView>;
  retry(): void;
  /** A page owner's preset topic, when it is one of the topics. */
  topic?: SessionTopic;
  sessions: StoredSession[];
  /** The link to the next page of the current list, if any. */
  next?: string;
  seats: Map<number, StoredRegistration[]>;
  problem?: Problem;
  filter: SessionFilterValue;
  tab: Tab;
  /**
   * Shows a tab (once its panel is shown): clears the problem and the filters and reads its list;
   * false when it was shown already.
   */
  showTab(key: Tab): boolean;
  /** The upcoming sessions as a list (with filters and seats) or as a month calendar. */
  layout: 'list' | 'month';
  setLayout(layout: 'list' | 'month'): void;
  month: Date;
  setMonth(month: Date): void;
  setProblem(problem: Problem | undefined): void;
  applyFilter(value: SessionFilterValue): Promise<void>;
  loadMore(): Promise<void>;
  /** A session opened from elsewhere (My trainings, For you): kept while shown, its seats read again. */
  opened(stored: StoredSession): void;
  /** A session just saved by the form: listed (or replaced), its seats read again. */
  saved(stored: StoredSession): void;
  /** Re-reads one session and its registrations after a change; the read, unless the registrations failed. */
  refresh(sessionId: number): Promise<SeatsRead | undefined>;
  /** A session by id: from the list, or one opened from elsewhere. */
  find(id?: number): StoredSession | undefined;
}

/** A page of sessions read, with the seats that came with it (the upcoming list's $batch). */
type ListRead = { rows: StoredSession[]; next?: string; seats?: Map<number, StoredRegistration[]> };

function merged<K, V>(old: Map<K, V>, found: Map<K, V>): Map<K, V> {
  const copy = new Map(old);
  found.forEach((v, k) => copy.set(k, v));
  return copy;
}

export function useTrainingSessions(presetTopic?: string): TrainingSessions {
  const { services } = useHub<'training'>();
  const training = services.training;
  const [first, retry] = useLoad<TrainingFirstView>(() => takeEarly(services, () => trainingFirstRead(services)), [services]);
  const topic = presetTopic && SESSION_TOPICS.indexOf(presetTopic as never) >= 0 ? (presetTopic as SessionTopic) : undefined;
  /** The tab shown, for the panel that mounts on a switch (its effect runs before the state changes). */
  const shown = React.useRef<Tab>('sessions');
  const [tab, setTab] = React.useState<Tab>('sessions');
  const [layout, setLayout] = React.useState<'list' | 'month'>('list');
  const [month, setMonth] = React.useState(() => new Date());
  const [sessions, setSessions] = React.useState<StoredSession[]>([]);
  const [next, setNext] = React.useState<string | undefined>();
  /** Sessions opened from elsewhere (My trainings) that are not in the current list. */
  const [others, setOthers] = React.useState<Map<number, StoredSession>>(new Map());
  const [seats, setSeats] = React.useState<Map<number, StoredRegistration[]>>(new Map());
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [filter, setFilter] = React.useState<SessionFilterValue>(NO_FILTER);

  /** Reads the seats of these sessions; a failure is the problem shown (and the answer undefined). */
  const loadSeats = React.useCallback(
    async (ids: number[]): Promise<Map<number, StoredRegistration[]> | undefined> => {
      if (ids.length === 0) return undefined;
      try {
        const found = await training.registrations.forSessions(ids);
        setSeats((old) => merged(old, found));
        return found;
      } catch (error) {
        setProblem(await toProblem(error));
        return undefined;
      }
    },
    [training]
  );

  /** Shows a page of sessions; `known` carries seats that came with it, the rest are read now. */
  const showPage = React.useCallback(
    (rows: StoredSession[], link: string | undefined, append: boolean, known?: Map<number, StoredRegistration[]>): void => {
      setSessions((old) => (append ? old.concat(rows) : rows));
      setNext(link);
      if (known) setSeats((old) => merged(old, known));
      loadSeats(rows.map((r) => r.session.id).filter((id) => !known?.has(id))).catch(() => undefined);
    },
    [loadSeats]
  );

  // The first view brings its seats in the same $batch: nothing more to read for the first screen.
  React.useEffect(() => {
    if (first.status === 'ready') showPage(first.value.upcoming.rows, first.value.upcoming.next, false, first.value.seats);
  }, [first, showPage]);

  /** Shows a list read from the server (the upcoming one comes with its seats), or says what went wrong. */
  const show = async (read: () => Promise<ListRead>, append = false): Promise<void> => {
    try {
      const page = await read();
      showPage(page.rows, page.next, append, page.seats);
    } catch (error) {
      setProblem(await toProblem(error));
    }
  };
  const upcoming = (): Promise<ListRead> =>
    training.upcomingWithSeats(new Date()).then((found) => ({ ...found.upcoming, seats: found.seats }));

  const showTab = (key: Tab): boolean => {
    if (shown.current === key) return false;
    shown.current = key;
    setTab(key);
    setProblem(undefined);
    setFilter(NO_FILTER);
    if (key === 'mine' || first.status !== 'ready') return true;
    const past = (): Promise<ListRead> => {
      const now = new Date();
      return training.sessions.between(new Date(now.getTime() - YEAR_MS), now);
    };
    show(key === 'sessions' ? upcoming : past).catch(() => undefined);
    return true;
  };

  /** Topic and month are read from the server (an indexed range and choice); in person / online narrows what came. */
  const applyFilter = async (value: SessionFilterValue): Promise<void> => {
    const changedOnServer = value.topic !== filter.topic || value.month !== filter.month;
    setFilter(value);
    if (!changedOnServer) return;
    setProblem(undefined);
    // No server-side filter: the plain upcoming list with its seats, as the first view read it.
    // Otherwise a page owner's preset topic stays: the filters narrow within it.
    const found = (): Promise<ListRead> =>
      training.sessions.find(new Date(), { topic: value.topic || topic, month: monthRange(value.month) });
    await show(!value.topic && !value.month ? upcoming : found);
  };

  const loadMore = async (): Promise<void> => {
    if (next) await show(() => training.sessions.more(next), true);
  };

  /** Puts a session read again where the app shows it (the list, or the sessions opened from elsewhere). */
  const replace = (stored: StoredSession): void => {
    const id = stored.session.id;
    setSessions((old) => old.map((o) => (o.session.id === id ? stored : o)));
    setOthers((old) => (old.has(id) ? new Map(old).set(id, stored) : old));
  };

  const refresh = async (sessionId: number): Promise<SeatsRead | undefined> => {
    const [stored, found] = await Promise.all([training.sessions.get(sessionId), loadSeats([sessionId])]);
    replace(stored);
    const registrations = found?.get(sessionId);
    return registrations && { session: stored, registrations };
  };

  const opened = (stored: StoredSession): void => {
    if (!sessions.some((o) => o.session.id === stored.session.id)) setOthers((old) => new Map(old).set(stored.session.id, stored));
    // Always re-read by the Session lookup: the details (and every decision made there) rest on
    // that read, never on the list's summary.
    loadSeats([stored.session.id]).catch(() => undefined);
  };

  const saved = (stored: StoredSession): void => {
    setSessions((old) => (old.some((o) => o.session.id === stored.session.id) ? old : [stored].concat(old)));
    replace(stored);
    loadSeats([stored.session.id]).catch(() => undefined);
  };

  const find = (id?: number): StoredSession | undefined =>
    sessions.find((o) => o.session.id === id) || (id === undefined ? undefined : others.get(id));

  return {
    first,
    retry,
    topic,
    sessions,
    next,
    seats,
    problem,
    filter,
    tab,
    showTab,
    layout,
    setLayout,
    month,
    setMonth,
    setProblem,
    applyFilter,
    loadMore,
    opened,
    saved,
    refresh,
    find
  };
}
