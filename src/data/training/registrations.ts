/**
 * Registrations over @pnp/sp: sign up, cancel, and the admin's moves and attendance marks.
 *
 * Seats are never written: a registration is one item, and who holds a seat follows from the
 * session's capacity and the items' arrival order (domain `allocateSeats`). So a sign-up is a
 * single add — fifty people taking the last seat at once get fifty items in the order the
 * server received them, and exactly `capacity` of them hold seats. Staff only add rows (schema
 * v4): a person's cancellation is a row of its own, and one registration per person and session
 * follows from the rows' server-set Author and Id (domain `collapseRegistrations`), so nobody can
 * block or take someone else's place by writing a row in their name.
 *
 * Reads filter on indexed columns first (`SessionId`, `ParticipantId`, `SessionPerson`) and
 * page by the server's next link, so they keep working on a list of 100,000 registrations.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { IItems } from '@pnp/sp/items';
import {
  Attendance,
  canCancel,
  canSignUp,
  CancelRefusal,
  giveSeat,
  moveToFrontOfWaitingList,
  QueueMoveRefusal,
  registrationStatus,
  RegistrationStatus,
  sessionPersonKey,
  SignUpRefusal
} from '../../domain/training';
import { REGISTRATION_FIELDS as R, TRAINING_LISTS } from '../../lists/trainingLists';
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
  public constructor(
    private readonly sp: SPFI,
    private readonly sessions: SessionRepository
  ) {}

  private itemsOf(sp: SPFI = this.sp): IItems {
    return sp.web.lists.getByTitle(TRAINING_LISTS.registrations.title).items;
  }

  private sessionQuery(sessionId: number, sp: SPFI = this.sp): IItems {
    // SessionId (the lookup's documented filter form) is indexed: the first and only clause, so the index serves it.
    return this.itemsOf(sp)
      .filter(`${idProperty(R.session)} eq ${odataInteger(sessionId)}`)
      .select(...REGISTRATION_SELECT)
      .expand(...REGISTRATION_EXPAND)
      .top(SESSION_PAGE);
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
    await Promise.all(
      pages.map(async (page, index) => {
        result.set(unique[index], toRegistrations(await readAll(this.sp, this.sessionQuery(unique[index]), page)));
      })
    );
    return result;
  }

  /**
   * My registrations, newest first: `ParticipantId eq me` on the indexed person column, and only
   * rows I wrote (rows others wrote in my name count for nothing and must not fill my pages).
   */
  public async mine(personId: number): Promise<Page<StoredRegistration>> {
    const me = odataInteger(personId);
    const page = await readPage(
      this.itemsOf()
        .filter(`${idProperty(R.participant)} eq ${me} and AuthorId eq ${me}`)
        .select(...REGISTRATION_SELECT)
        .expand(...REGISTRATION_EXPAND)
        .orderBy('Id', false)
        .top(MY_PAGE)
    );
    return { rows: toRegistrations(page.rows), next: page.next };
  }

  public async mineMore(next: string): Promise<Page<StoredRegistration>> {
    const page = await readNextPage(this.sp, next);
    return { rows: toRegistrations(page.rows), next: page.next };
  }

  /**
   * The person's open registration for a session: their rows found by the indexed SessionPerson
   * locator (rows others wrote with the same key are ignored by the log's rules).
   */
  public async activeFor(sessionId: number, personId: number): Promise<StoredRegistration | undefined> {
    const rows = await readAll(
      this.sp,
      this.itemsOf()
        .filter(`${R.sessionPerson} eq ${odataString(sessionPersonKey(sessionId, personId))}`)
        .select(...REGISTRATION_SELECT)
        .expand(...REGISTRATION_EXPAND)
        .top(MY_PAGE)
    );
    return toRegistrations(rows).find((r) => r.person.id === personId && !r.cancelled);
  }

  /** A row of the signer's for the session: a sign-up, or (cancelled) a cancellation. */
  private rowFor(stored: StoredSession, signer: Signer, values: Record<string, unknown>): Record<string, unknown> {
    return {
      Title: `${signer.title} – ${stored.session.title}`.slice(0, 255),
      [idProperty(R.session)]: stored.session.id,
      [idProperty(R.participant)]: signer.id,
      [R.sessionPerson]: sessionPersonKey(stored.session.id, signer.id),
      // The session's stamp, so the first view finds this row by range (only v2 sessions have one).
      ...(stored.stamp ? { [R.sessionStartsAt]: stored.stamp.toISOString() } : {}),
      ...values
    };
  }

  /**
   * Signs a person up. A full session is no refusal: the new item simply lands behind the seat
   * holders. Someone already registered is answered with their place and nothing is written; a
   * second sign-up that races the first (another tab, a double click) adds a row the rules read
   * as a duplicate, and is answered the same way.
   */
  public async signUp(stored: StoredSession, signer: Signer, unit?: string, now: Date = new Date()): Promise<SignUpResult> {
    const session = stored.session;
    const check = canSignUp(session, now);
    if (!check.allowed) return { outcome: 'refused', reason: check.reason };
    const before = await this.forSession(session.id);
    const existing = before.find((r) => r.person.id === signer.id && !r.cancelled);
    if (existing) return { outcome: 'alreadyRegistered', registration: existing, status: registrationStatus(session, before, existing) };
    const added = (await this.itemsOf().add(
      this.rowFor(stored, signer, {
        [R.unit]: unit && unit.trim() ? unit.trim().slice(0, 120) : null,
        [R.cancelled]: false
      })
    )) as { Id: number };
    const all = await this.forSession(session.id);
    const registration = all.find((r) => r.id === added.Id);
    if (registration) return { outcome: 'signedUp', registration, status: registrationStatus(session, all, registration) };
    const open = all.find((r) => r.person.id === signer.id && !r.cancelled);
    return { outcome: 'alreadyRegistered', registration: open, status: registrationStatus(session, all, open) };
  }

  /**
   * Cancels a registration: the person's own (until the deadline; from the waiting list until the
   * start) by adding a cancellation row — staff cannot edit rows — or, as an admin, anyone's by
   * marking the row (an admin's change counts). The sign-up row stays as history, and signing up
   * again later adds a new row at the end of the line. An admin's stale ETag means the item
   * changed meanwhile: cancelling is still what was asked, so it is re-read and tried once more.
   */
  public async cancel(
    stored: StoredSession,
    registration: StoredRegistration,
    all: readonly StoredRegistration[],
    options: { asAdmin?: boolean; now?: Date; signer?: Signer } = {}
  ): Promise<CancelResult> {
    const now = options.now || new Date();
    const status = registrationStatus(stored.session, all, registration).code;
    const check = canCancel(stored.session, now, registration, { status, asAdmin: options.asAdmin });
    if (!check.allowed) return { outcome: 'refused', reason: check.reason };
    if (options.asAdmin) {
      await this.updateFresh(registration, { [R.cancelled]: true, [R.cancelledAt]: now.toISOString() }, (current) => !current.cancelled);
    } else {
      const signer = options.signer || { id: registration.person.id, title: registration.person.name };
      await this.itemsOf().add(this.rowFor(stored, signer, { [R.cancelled]: true, [R.cancelledAt]: now.toISOString() }));
      // A cancellation row counts only for its author: read back whether it closed this one
      // (someone who is not the registration's person has only added a row that counts for nothing).
      const after = await this.forSession(stored.session.id);
      if (after.some((r) => r.id === registration.id && !r.cancelled)) return { outcome: 'refused', reason: 'notRegistered' };
    }
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
    await this.itemsOf()
      .getById(registrationId)
      .update({ [R.queueOrder]: move.queueOrder }, registration.etag);
    return { outcome: 'moved' };
  }

  /** Admin: give a waiting person a seat by adding one. Queue place first, capacity second. */
  public async giveSeat(stored: StoredSession, all: readonly StoredRegistration[], registrationId: number): Promise<MoveResult> {
    const grant = giveSeat(stored.session, all, registrationId);
    if (!grant.allowed) return { outcome: 'refused', reason: grant.reason };
    const registration = all.find((r) => r.id === registrationId) as StoredRegistration;
    await this.itemsOf()
      .getById(registrationId)
      .update({ [R.queueOrder]: grant.queueOrder }, registration.etag);
    await this.sessions.setCapacity(stored.session.id, grant.capacity, stored.etag);
    return { outcome: 'moved' };
  }

  private async read(id: number): Promise<StoredRegistration | undefined> {
    const row = await this.itemsOf()
      .getById(id)
      .select(...REGISTRATION_SELECT)
      .expand(...REGISTRATION_EXPAND)<Record<string, unknown>>();
    return toRegistrations([row])[0];
  }

  /** An ETag-guarded update; on 412 re-read, and write once more if `stillWanted` says so. */
  private async updateFresh(
    registration: StoredRegistration,
    body: Record<string, unknown>,
    stillWanted: (current: StoredRegistration) => boolean
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
