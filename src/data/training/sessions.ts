/**
 * Training sessions over @pnp/sp. Only training admins (Edit on the list) can write; the
 * server refuses anyone else with 403, whatever the user interface shows.
 *
 * Every list query's first filter clause is a range on the indexed StartsAt column, so it keeps
 * working past the 5,000-item list view threshold as long as the range itself is not larger
 * than that: "upcoming" and one year of past sessions are, years of history together are not.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IItems } from '@pnp/sp/items';
import { changeMatters, Session, SESSION_TOPICS, SessionTopic } from '../../domain/training';
import { SESSION_FIELDS as S, TRAINING_LISTS } from '../../lists/trainingLists';
import { odataDate, odataInteger, odataString } from '../odata';
import { Page, readNextPage, readPage } from '../paging';
import { newSessionBody, SESSION_EXPAND, SESSION_SELECT, sessionBody, StoredSession, toSession } from './rows';

/** Sessions per page: with one registrations read per session, a page and its seats fit one $batch (≤ 20). */
export const SESSION_PAGE_SIZE = 18;

/** The most sessions one month shows (HR staff development runs a few dozen a month at most). */
export const MONTH_SESSIONS = 200;

/** The most parts of one series read (a course of a few sessions; a longer one shows its first). */
export const SERIES_PARTS = 20;

/** A session that has started stays in "upcoming" for this long, so admins can mark attendance. */
export const RUNNING_GRACE_MS = 24 * 3600 * 1000;

export type SessionPage = Page<StoredSession>;

/** Where "upcoming" begins: sessions that started less than RUNNING_GRACE_MS ago still count. */
export function upcomingFrom(now: Date): Date {
  return new Date(now.getTime() - RUNNING_GRACE_MS);
}

/** The session list's server-side filters: a topic (a SessionTopic code, never free text) and a month [from, to). */
export interface SessionFilter {
  topic?: SessionTopic;
  month?: { from: Date; to: Date };
}

function toPage(page: Page<Record<string, unknown>>): SessionPage {
  return { rows: page.rows.map(toSession), next: page.next };
}

export class SessionRepository {
  public constructor(private readonly sp: SPFI) {}

  private get items(): IItems {
    return this.sp.web.lists.getByTitle(TRAINING_LISTS.sessions.title).items;
  }

  /** Sessions starting from `now` minus a day, soonest first (cancelled ones too: people must hear of it). */
  public upcoming(now: Date, sp: SPFI = this.sp): Promise<SessionPage> {
    const from = upcomingFrom(now);
    const items = sp.web.lists
      .getByTitle(TRAINING_LISTS.sessions.title)
      .items.filter(`${S.startsAt} ge ${odataDate(from)}`)
      .select(...SESSION_SELECT)
      .expand(...SESSION_EXPAND)
      .orderBy(S.startsAt, true)
      .top(SESSION_PAGE_SIZE);
    return readPage(items).then(toPage);
  }

  /** Sessions that started in [from, to), latest first: one bounded range of the StartsAt index. */
  public between(from: Date, to: Date): Promise<SessionPage> {
    const items = this.items
      .filter(`${S.startsAt} ge ${odataDate(from)} and ${S.startsAt} lt ${odataDate(to)}`)
      .select(...SESSION_SELECT)
      .expand(...SESSION_EXPAND)
      .orderBy(S.startsAt, false)
      .top(SESSION_PAGE_SIZE);
    return readPage(items).then(toPage);
  }

  /**
   * The sessions that start in [from, to) — a month of the month view — soonest first: one bounded
   * range of the StartsAt index (docs/query-patterns.md row 2), at most MONTH_SESSIONS.
   */
  public async month(from: Date, to: Date): Promise<StoredSession[]> {
    const rows = await this.items
      .filter(`${S.startsAt} ge ${odataDate(from)} and ${S.startsAt} lt ${odataDate(to)}`)
      .select(...SESSION_SELECT)
      .expand(...SESSION_EXPAND)
      .orderBy(S.startsAt, true)
      .top(MONTH_SESSIONS)<Array<Record<string, unknown>>>();
    return rows.map(toSession);
  }

  /**
   * Upcoming sessions narrowed by the list's filters, soonest first: a StartsAt range first (from
   * `upcomingFrom(now)`, or the chosen month's start when later, to the month's end), then an
   * eq on the indexed Topic AND-ed after it (docs/query-patterns.md rows 1, 2 and 6).
   */
  public find(now: Date, filter: SessionFilter): Promise<SessionPage> {
    const earliest = upcomingFrom(now);
    const from = filter.month && filter.month.from > earliest ? filter.month.from : earliest;
    const clauses = [`${S.startsAt} ge ${odataDate(from)}`];
    if (filter.month) clauses.push(`${S.startsAt} lt ${odataDate(filter.month.to)}`);
    // A code from the fixed list goes into the query, never anything else (no quoting to get wrong).
    if (filter.topic && SESSION_TOPICS.indexOf(filter.topic) < 0) throw new Error(`Unknown session topic: ${String(filter.topic)}`);
    if (filter.topic) clauses.push(`${S.topic} eq '${filter.topic}'`);
    const items = this.items
      .filter(clauses.join(' and '))
      .select(...SESSION_SELECT)
      .expand(...SESSION_EXPAND)
      .orderBy(S.startsAt, true)
      .top(SESSION_PAGE_SIZE);
    return readPage(items).then(toPage);
  }

  public async more(next: string): Promise<SessionPage> {
    return toPage(await readNextPage(this.sp, next));
  }

  public async get(id: number, sp: SPFI = this.sp): Promise<StoredSession> {
    const row = await sp.web.lists
      .getByTitle(TRAINING_LISTS.sessions.title)
      .items.getById(Number(odataInteger(id)))
      .select(...SESSION_SELECT)
      .expand(...SESSION_EXPAND)<Record<string, unknown>>();
    return toSession(row);
  }

  /** Several sessions by id in one round trip (My trainings: the sessions of my registrations). */
  public async getMany(ids: readonly number[]): Promise<Map<number, StoredSession>> {
    const unique = Array.from(new Set(ids));
    const result = new Map<number, StoredSession>();
    if (unique.length === 0) return result;
    const [batched, execute] = this.sp.batched();
    const reads = unique.map((id) =>
      this.get(id, batched).then(
        (stored) => {
          result.set(id, stored);
        },
        (error) => {
          if ((error as { status?: number }).status !== 404) throw error;
        }
      )
    );
    await execute();
    await Promise.all(reads);
    return result;
  }

  /**
   * The parts of a series, by start: `Series eq` on its index (docs/query-patterns.md row 1), at
   * most SERIES_PARTS. Empty for a session that is no part of one.
   */
  public async series(name: string): Promise<StoredSession[]> {
    if (!name.trim()) return [];
    const rows = await this.items
      .filter(`${S.series} eq ${odataString(name.trim())}`)
      .select(...SESSION_SELECT)
      .expand(...SESSION_EXPAND)
      .orderBy(S.startsAt, true)
      .top(SERIES_PARTS)<Array<Record<string, unknown>>>();
    return rows.map(toSession);
  }

  public async create(session: Session): Promise<StoredSession> {
    const added = await this.items.add(newSessionBody(session));
    return this.get((added as { Id: number }).Id);
  }

  /**
   * Saves an edit; a 412 means someone else saved first (nothing is overwritten). Given the session
   * as it was read (`before`), a change registered people must hear of (time, place, link) also
   * writes ChangedAt on a v7 site, so the e-mail that tells them is owed until sent (notices.ts).
   */
  public async update(session: Session, etag: string, before?: StoredSession, now: Date = new Date()): Promise<StoredSession> {
    const announce = !!before && !!before.announcement && changeMatters(before.session, session);
    await this.items
      .getById(session.id)
      .update({ ...sessionBody(session), ...(announce ? { [S.changedAt]: now.toISOString() } : {}) }, etag);
    return this.get(session.id);
  }

  /**
   * Cancels a session. Its registrations stay as they are: the cancelled flag frees everyone. On a
   * v7 site (`announce`: the session read has the column) it writes ChangedAt too: people are told.
   */
  public async cancel(id: number, etag: string, options: { announce?: boolean; now?: Date } = {}): Promise<StoredSession> {
    const changedAt = options.announce ? { [S.changedAt]: (options.now || new Date()).toISOString() } : {};
    await this.items.getById(id).update({ [S.cancelled]: true, ...changedAt }, etag);
    return this.get(id);
  }

  /**
   * Records that registered people were told of the change read with `stored`: ToldAt takes that
   * change's ChangedAt, guarded by the ETag. After a 412 the session is read again: if it changed
   * again meanwhile, that newer change is still owed its message and nothing is recorded;
   * otherwise the record is written then.
   */
  public async recordTold(stored: StoredSession): Promise<void> {
    const changedAt = stored.announcement?.changedAt;
    if (!changedAt) return;
    const body = { [S.toldAt]: changedAt.toISOString() };
    try {
      await this.items.getById(stored.session.id).update(body, stored.etag);
    } catch (error) {
      if ((error as { status?: number }).status !== 412) throw error;
      const current = await this.get(stored.session.id);
      if (current.announcement?.changedAt?.getTime() !== changedAt.getTime()) return;
      await this.items.getById(stored.session.id).update(body, current.etag);
    }
  }

  /** Raises capacity by one seat (admin "give seat"), guarded by the session's ETag. */
  public async setCapacity(id: number, capacity: number, etag: string): Promise<void> {
    await this.items.getById(id).update({ [S.capacity]: capacity }, etag);
  }
}
