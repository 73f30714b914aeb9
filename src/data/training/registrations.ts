/**
 * Registrations over @pnp/sp: sign up, cancel, and the admin's moves and attendance marks.
 *
 * Seats are never written: a registration is one item, and who holds a seat follows from the
 * session's capacity and the items' arrival order (domain `allocateSeats`). So a sign-up is a
 * single add — fifty people taking the last seat at once get fifty items in the order the
 * server received them, and exactly `capacity` of them hold seats. The unique `SessionPerson`
 * key makes the server refuse a second active registration of one person for one session.
 *
 * Reads filter on indexed columns first (`Session/Id`, `ParticipantId`, `SessionPerson`) and
 * page by the server's next link, so they keep working on a list of 100,000 registrations.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { IItems } from '@pnp/sp/items';
import {
  Attendance, canCancel, canSignUp, CancelRefusal, giveSeat, moveToFrontOfWaitingList, QueueMoveRefusal,
  registrationStatus, RegistrationStatus, releasedSessionPersonKey, sessionPersonKey, SignUpRefusal
} from '../../domain/training';
import { REGISTRATION_FIELDS as R, TRAINING_LISTS } from '../../lists/trainingLists';
import { isDuplicateRefusal } from '../errors';
import { odataInteger, odataString } from '../odata';
import { Page, readAll, readNextPage, readPage } from '../paging';
import { idProperty, REGISTRATION_EXPAND, REGISTRATION_SELECT, StoredRegistration, StoredSession, toRegistrations } from './rows';
import { SessionRepository } from './sessions';

/** Rows per page when reading one session's registrations (a session rarely needs a second page). */
const SESSION_PAGE = 2000;
const MY_PAGE = 50;

export interface Signer {
  id: number;
  title: string;
  email?: string;
}

export type SignUpResult =
  | { outcome: 'signedUp'; registration: StoredRegistration; status: RegistrationStatus }
  | { outcome: 'alreadyRegistered'; registration?: StoredRegistration; status: RegistrationStatus }
  | { outcome: 'refused'; reason: SignUpRefusal };

export type CancelResult = { outcome: 'cancelled' } | { outcome: 'refused'; reason: CancelRefusal };
export type MoveResult = { outcome: 'moved' } | { outcome: 'refused'; reason: QueueMoveRefusal };

export class RegistrationRepository {
  public constructor(private readonly sp: SPFI, private readonly sessions: SessionRepository) {}

  private itemsOf(sp: SPFI = this.sp): IItems {
    return sp.web.lists.getByTitle(TRAINING_LISTS.registrations.title).items;
  }

  private sessionQuery(sessionId: number, sp: SPFI = this.sp): IItems {
    // SessionId (the lookup's documented filter form) is indexed: the first and only clause, so the index serves it.
    return this.itemsOf(sp).filter(`${idProperty(R.session)} eq ${odataInteger(sessionId)}`)
      .select(...REGISTRATION_SELECT).expand(...REGISTRATION_EXPAND).top(SESSION_PAGE);
  }

  /** All registrations of one session, in arrival order, every page. */
  public async forSession(sessionId: number): Promise<StoredRegistration[]> {
    return toRegistrations(await readAll(this.sp, this.sessionQuery(sessionId)));
  }

  /** Registrations of several sessions in one $batch (the list view's seats); further pages after it. */
  public async forSessions(sessionIds: readonly number[]): Promise<Map<number, StoredRegistration[]>> {
    const result = new Map<number, StoredRegistration[]>();
    const unique = Array.from(new Set(sessionIds));
    if (unique.length === 0) return result;
    const [batched, execute] = this.sp.batched();
    const firstPages = unique.map((id) => readPage(this.sessionQuery(id, batched)));
    await execute();
    const pages = await Promise.all(firstPages);
    await Promise.all(pages.map(async (page, index) => {
      result.set(unique[index], toRegistrations(await readAll(this.sp, this.sessionQuery(unique[index]), page)));
    }));
    return result;
  }

  /** My registrations, newest first: `ParticipantId eq me` on the indexed person column. */
  public async mine(personId: number): Promise<Page<StoredRegistration>> {
    const page = await readPage(this.itemsOf().filter(`${idProperty(R.participant)} eq ${odataInteger(personId)}`)
      .select(...REGISTRATION_SELECT).expand(...REGISTRATION_EXPAND).orderBy('Id', false).top(MY_PAGE));
    return { rows: toRegistrations(page.rows), next: page.next };
  }

  public async mineMore(next: string): Promise<Page<StoredRegistration>> {
    const page = await readNextPage(this.sp, next);
    return { rows: toRegistrations(page.rows), next: page.next };
  }

  /** The person's active registration for a session, found by its unique key. */
  public async activeFor(sessionId: number, personId: number): Promise<StoredRegistration | undefined> {
    const rows = await this.itemsOf().filter(`${R.sessionPerson} eq ${odataString(sessionPersonKey(sessionId, personId))}`)
      .select(...REGISTRATION_SELECT).expand(...REGISTRATION_EXPAND).top(1)<Array<Record<string, unknown>>>();
    return toRegistrations(rows).find((r) => !r.cancelled);
  }

  /**
   * Signs a person up. A full session is no refusal: the new item simply lands behind the seat
   * holders. A second sign-up (another tab, a double click, two at once) is refused by the
   * unique key and answered as "already registered" with the existing place.
   */
  public async signUp(stored: StoredSession, signer: Signer, unit?: string, now: Date = new Date()): Promise<SignUpResult> {
    const session = stored.session;
    const check = canSignUp(session, now);
    if (!check.allowed) return { outcome: 'refused', reason: check.reason };
    let added: { Id: number } | undefined;
    try {
      added = (await this.itemsOf().add({
        Title: `${signer.title} – ${session.title}`.slice(0, 255),
        [idProperty(R.session)]: session.id,
        [idProperty(R.participant)]: signer.id,
        [R.sessionPerson]: sessionPersonKey(session.id, signer.id),
        // The session's stamp, so the first view finds this row by range (only v2 sessions have one).
        ...(stored.stamp ? { [R.sessionStartsAt]: stored.stamp.toISOString() } : {}),
        [R.unit]: unit && unit.trim() ? unit.trim().slice(0, 120) : null,
        [R.cancelled]: false
      })) as { Id: number };
    } catch (error) {
      if (!(await isDuplicateRefusal(error, async () => !!(await this.activeFor(session.id, signer.id))))) throw error;
    }
    const all = await this.forSession(session.id);
    const registration = added ? all.find((r) => r.id === added?.Id) : all.find((r) => r.person.id === signer.id && !r.cancelled);
    const status = registrationStatus(session, all, registration);
    if (added && registration) return { outcome: 'signedUp', registration, status };
    return { outcome: 'alreadyRegistered', registration, status };
  }

  /**
   * Cancels a registration: the person's own (until the deadline; from the waiting list until the
   * start) or, as an admin, anyone's. The item is kept with its key released, so signing up again
   * later joins the end of the line. A stale ETag means the item changed meanwhile (e.g. an admin
   * moved it): cancelling is still what the person asked for, so it is re-read and tried once more.
   */
  public async cancel(
    stored: StoredSession, registration: StoredRegistration, all: readonly StoredRegistration[],
    options: { asAdmin?: boolean; now?: Date } = {}
  ): Promise<CancelResult> {
    const now = options.now || new Date();
    const status = registrationStatus(stored.session, all, registration).code;
    const check = canCancel(stored.session, now, registration, { status, asAdmin: options.asAdmin });
    if (!check.allowed) return { outcome: 'refused', reason: check.reason };
    const body = {
      [R.cancelled]: true,
      [R.cancelledAt]: now.toISOString(),
      [R.sessionPerson]: releasedSessionPersonKey(registration.sessionId, registration.person.id, registration.id)
    };
    await this.updateFresh(registration, body, (current) => !current.cancelled);
    return { outcome: 'cancelled' };
  }

  /** Admin: attendance of a seat holder (undefined clears the mark). */
  public async markAttendance(registration: StoredRegistration, attendance: Attendance | undefined): Promise<void> {
    await this.updateFresh(registration, { [R.attendance]: attendance || null }, (current) => !current.cancelled);
  }

  /** Admin: put a waiting person first in line. */
  public async moveToFront(stored: StoredSession, all: readonly StoredRegistration[], registrationId: number): Promise<MoveResult> {
    const move = moveToFrontOfWaitingList(stored.session, all, registrationId);
    if (!move.allowed) return { outcome: 'refused', reason: move.reason };
    const registration = all.find((r) => r.id === registrationId) as StoredRegistration;
    // Not retried on a conflict: the queue may have changed, so the admin should see it first.
    await this.itemsOf().getById(registrationId).update({ [R.queueOrder]: move.queueOrder }, registration.etag);
    return { outcome: 'moved' };
  }

  /** Admin: give a waiting person a seat by adding one. Queue place first, capacity second. */
  public async giveSeat(stored: StoredSession, all: readonly StoredRegistration[], registrationId: number): Promise<MoveResult> {
    const grant = giveSeat(stored.session, all, registrationId);
    if (!grant.allowed) return { outcome: 'refused', reason: grant.reason };
    const registration = all.find((r) => r.id === registrationId) as StoredRegistration;
    await this.itemsOf().getById(registrationId).update({ [R.queueOrder]: grant.queueOrder }, registration.etag);
    await this.sessions.setCapacity(stored.session.id, grant.capacity, stored.etag);
    return { outcome: 'moved' };
  }

  private async read(id: number): Promise<StoredRegistration | undefined> {
    const row = await this.itemsOf().getById(id).select(...REGISTRATION_SELECT).expand(...REGISTRATION_EXPAND)<Record<string, unknown>>();
    return toRegistrations([row])[0];
  }

  /** An ETag-guarded update; on 412 re-read, and write once more if `stillWanted` says so. */
  private async updateFresh(
    registration: StoredRegistration, body: Record<string, unknown>, stillWanted: (current: StoredRegistration) => boolean
  ): Promise<void> {
    try {
      await this.itemsOf().getById(registration.id).update(body, registration.etag);
    } catch (error) {
      if ((error as { status?: number }).status !== 412) throw error;
      const current = await this.read(registration.id);
      if (!current || !stillWanted(current)) return;
      await this.itemsOf().getById(registration.id).update(body, current.etag);
    }
  }
}
