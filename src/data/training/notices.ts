/**
 * Telling people of their training session (#13 item 6), by e-mail through Microsoft Graph as the
 * person who acted (messages.ts), never instead of the act: the sign-up, cancellation or edit is
 * saved first, then the message goes, then it is recorded so that it goes once.
 *
 * - **A seat** (domain `newSeats`): the person who just signed up and got a seat, or the first in
 *   line when someone cancelled or an admin gave a seat, gets "you have a seat" with the calendar
 *   file. The page that acted sends it; the record is a row in DDH Training Messages keyed
 *   `seat:<registrationId>`, read before sending, so a second page (the person's own, another
 *   admin's) finds it told. Staff only add rows there; a row decides no seat (see trainingLists.ts).
 * - **A change or a cancellation** of the session: the admin's save writes ChangedAt on the session
 *   (sessions.ts); everyone who then held a place is told — seat holders with an updated or
 *   cancelling calendar file — and ToldAt on the session records it. Only admins write sessions,
 *   so only they can send or record it, and the admin's session page offers it until it is sent.
 *
 * The whole module loads with a session page's first message (TrainingService.notices).
 *
 * A failed send throws MessageNotSent with nothing recorded, so it can be sent again; a message
 * sent whose record failed is only recorded on the next try (`sentHere`), never sent twice.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import {
  changeRecipients,
  changeUntold,
  newSeats,
  SeatNews,
  seatMessageKey,
  sequenceOf,
  sessionIcsFileName,
  sessionToIcs
} from '../../domain/training';
import { TRAINING_LISTS, TRAINING_MESSAGE_FIELDS as M } from '../../lists/trainingLists';
import { NoMailHost } from '../mailHost';
import { GraphMailClient, Message, MessageService } from '../messages';
import { odataString } from '../odata';
import type { StoredRegistration, StoredSession } from './rows';
import type { SessionRepository } from './sessions';
import { TrainingNoticeKind, trainingNoticeText } from './noticeText';

/** A session and its registrations as read at one moment (before or after an act). */
export interface SeatsRead {
  session: StoredSession;
  registrations: readonly StoredRegistration[];
}

/** Where the message points and what makes the calendar file's UID (the site's host). */
export interface NoticePlace {
  pageUrl: string;
  siteHost: string;
  now?: Date;
}

/** A session change still to tell: who, and about which change. */
export interface ChangeNotice {
  session: StoredSession;
  seated: StoredRegistration[];
  waiting: StoredRegistration[];
}

const hasAddress = (r: StoredRegistration): boolean => !!(r.person.email && r.person.email.trim());

export class TrainingNotices {
  private readonly sentHere = new Set<string>();

  public constructor(
    private readonly sp: SPFI,
    private readonly sessions: SessionRepository,
    private readonly graph?: () => Promise<GraphMailClient>
  ) {}

  /** Whether this page can send e-mail (a host with Microsoft Graph). */
  public get canSend(): boolean {
    return !!this.graph;
  }

  /**
   * The seats an action gave (the session and its registrations read before it and after it) that
   * nobody has told of yet: one read of the message records per seat, in one $batch. Empty on a
   * site before v7.
   */
  public async seatsToTell(before: SeatsRead, after: SeatsRead): Promise<Array<SeatNews<StoredRegistration>>> {
    if (!after.session.announcement) return [];
    const news = newSeats(
      { session: before.session.session, registrations: before.registrations },
      { session: after.session.session, registrations: after.registrations }
    ).filter((n) => hasAddress(n.registration));
    if (news.length === 0) return [];
    const [batched, execute] = this.sp.batched();
    const reads = news.map((n) =>
      batched.web.lists
        .getByTitle(TRAINING_LISTS.trainingMessages.title)
        .items.filter(`${M.key} eq ${odataString(seatMessageKey(n.registration.id))}`)
        .select('Id')
        .top(1)<Array<{ Id: number }>>()
    );
    await execute();
    const recorded = await Promise.all(reads);
    return news.filter((_, i) => recorded[i].length === 0);
  }

  /**
   * Tells each person of their seat, one message each (with the calendar file and the meeting
   * link: they have a seat), and records it. Throws MessageNotSent on the first send Graph refuses;
   * those sent before it are recorded, so a retry sends only the rest.
   */
  public async sendSeats(stored: StoredSession, news: ReadonlyArray<SeatNews<StoredRegistration>>, place: NoticePlace): Promise<void> {
    if (!this.graph) throw new NoMailHost();
    const messages = new MessageService(this.graph);
    for (const n of news) {
      const key = seatMessageKey(n.registration.id);
      if (!this.sentHere.has(key)) {
        const kind: TrainingNoticeKind = n.fromWaitingList ? 'seatFromWaitingList' : 'seat';
        await messages.send(this.message(stored, [n.registration], kind, place, true));
        this.sentHere.add(key);
      }
      await this.sp.web.lists.getByTitle(TRAINING_LISTS.trainingMessages.title).items.add({ Title: key, [M.key]: key });
    }
  }

  /** The change of the session still to tell, and to whom; undefined when none is (or nobody to tell). */
  public changeToTell(stored: StoredSession, registrations: readonly StoredRegistration[]): ChangeNotice | undefined {
    if (!changeUntold(stored.announcement)) return undefined;
    const { seated, waiting } = changeRecipients(stored.session, registrations, stored.announcement.changedAt);
    const notice = { session: stored, seated: seated.filter(hasAddress), waiting: waiting.filter(hasAddress) };
    return notice.seated.length + notice.waiting.length > 0 ? notice : undefined;
  }

  /**
   * Tells registered people of the change (seat holders with the updated or cancelling calendar
   * file, people in line without one), then records it on the session (ToldAt).
   */
  public async sendChange(notice: ChangeNotice, place: NoticePlace): Promise<void> {
    if (!this.graph) throw new NoMailHost();
    const messages = new MessageService(this.graph);
    const stored = notice.session;
    const changedAt = stored.announcement?.changedAt?.toISOString() || '';
    const cancelled = stored.session.cancelled;
    const groups: Array<[string, StoredRegistration[], TrainingNoticeKind, boolean]> = [
      ['seated', notice.seated, cancelled ? 'cancelled' : 'changed', true],
      ['waiting', notice.waiting, cancelled ? 'cancelled' : 'changedWaiting', false]
    ];
    for (const [group, people, kind, withCalendar] of groups) {
      const key = `change:${stored.session.id}:${changedAt}:${group}`;
      if (people.length === 0 || this.sentHere.has(key)) continue;
      await messages.send(this.message(stored, people, kind, place, withCalendar));
      this.sentHere.add(key);
    }
    await this.sessions.recordTold(stored);
  }

  private message(
    stored: StoredSession,
    people: readonly StoredRegistration[],
    kind: TrainingNoticeKind,
    place: NoticePlace,
    withCalendar: boolean
  ): Message {
    const session = stored.session;
    const { subject, body } = trainingNoticeText(kind, session, place.pageUrl, withCalendar);
    const ics = withCalendar
      ? sessionToIcs(session, {
          siteHost: place.siteHost,
          now: place.now || new Date(),
          includeOnlineLink: !session.cancelled,
          sequence: sequenceOf(stored.etag)
        })
      : undefined;
    return {
      to: people.map((r) => (r.person.email as string).trim()),
      subject,
      body,
      attachments: ics ? [{ name: sessionIcsFileName(session), contentType: 'text/calendar', bytes: new TextEncoder().encode(ics) }] : []
    };
  }
}
