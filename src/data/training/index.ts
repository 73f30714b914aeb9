/**
 * The training registry's data: sessions, registrations and the views built from them.
 * Components reach it as `services.training` and never build repositories themselves.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { effectivePermissions, hasRight, RIGHTS } from '../permissions';
import { TRAINING_LISTS } from '../../lists/trainingLists';
import { attachmentWrites } from '../attachments';
import { PeopleSearch } from './people';
import { RegistrationRepository } from './registrations';
import { StoredRegistration, StoredSession } from './rows';
import { SessionRepository, upcomingFrom } from './sessions';
import { queueSeatRanges, seatsForPage, UpcomingWithSeats } from './upcoming';
import type { TrainingNotices } from './notices';
import type { PageFacts } from '../page';
import { loadOnce } from '../loadOnce';

export * from './rows';
export * from './sessions';
export * from './registrations';
export * from './upcoming';
export * from './people';
export type { ChangeNotice, NoticePlace, SeatsRead, TrainingNotices } from './notices';
export type { Page } from '../paging';

export interface TrainingViewer {
  id: number;
  title: string;
  email: string;
  loginName: string;
  /** Manages the sessions list (training admins, site owners): the server lets them write sessions. */
  isAdmin: boolean;
}

/**
 * Everything the first screen shows: who is looking, the first page of upcoming sessions, their
 * seats and so the viewer's own status in each. `extraRoundTrips` is 0 when one $batch carried it
 * all; `fallback` names the sessions whose seats needed the second step, and why.
 */
export interface TrainingFirstView extends UpcomingWithSeats {
  viewer: TrainingViewer;
}

/** One of my registrations with its session (undefined when the session was deleted). */
export interface MyTraining {
  registration: StoredRegistration;
  session?: StoredSession;
  /** The session's registrations, for my place in line. */
  all: StoredRegistration[];
}

interface UserRow {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
}

export class TrainingService {
  public readonly sessions: SessionRepository;
  public readonly registrations: RegistrationRepository;
  /** The organiser picker's directory: site users by name, and ensureUser for the one picked. */
  public readonly people: PeopleSearch;
  /** Slides and handouts on sessions: training admins add them, everyone who sees the session reads them. */
  public readonly attachments: ReturnType<typeof attachmentWrites>;

  /**
   * The e-mail that tells people of their seat and of changes to their session (notices.ts), loaded
   * with a session page's first message: the first view has no room for it.
   */
  public readonly notices: () => Promise<TrainingNotices>;
  /** Whether this page can send e-mail (a host with Microsoft Graph). */
  public readonly canSendMail: boolean;

  public constructor(
    private readonly sp: SPFI,
    page: Pick<PageFacts, 'graph'> = {}
  ) {
    this.sessions = new SessionRepository(sp);
    this.notices = loadOnce(() =>
      import(/* webpackChunkName: 'ddh-training-notices' */ './notices').then((m) => new m.TrainingNotices(sp, this.sessions, page.graph))
    );
    this.canSendMail = !!page.graph;
    this.attachments = attachmentWrites(sp, TRAINING_LISTS.sessions.title);
    this.registrations = new RegistrationRepository(sp, this.sessions);
    this.people = new PeopleSearch(sp);
  }

  /** The site, for keys of what a person types that is kept in this browser (as the feed's siteKey). */
  public get siteKey(): string {
    const url = this.sp.web.toUrl();
    const at = url.toLowerCase().indexOf('/_api/');
    if (/^https?:/i.test(url) && at > 0) return url.slice(0, at).toLowerCase();
    return typeof location !== 'undefined' ? location.host.toLowerCase() : 'site';
  }

  /**
   * Who is looking, whether they manage sessions, the upcoming sessions and their seats: one
   * $batch round trip (see upcoming.ts for how, and for when a second one follows).
   */
  public async firstView(now: Date = new Date()): Promise<TrainingFirstView> {
    const [batched, execute] = this.sp.batched();
    const user = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<UserRow>();
    const permissions = effectivePermissions(batched.web.lists.getByTitle(TRAINING_LISTS.sessions.title));
    const upcoming = this.sessions.upcoming(now, batched);
    const ranges = queueSeatRanges(batched, upcomingFrom(now), now);
    await execute();
    const [me, rights, page] = await Promise.all([user, permissions, upcoming]);
    const withSeats = await seatsForPage(this.sp, page, ranges, (ids) => this.registrations.forSessions(ids));
    return {
      viewer: {
        id: me.Id,
        title: me.Title,
        email: me.Email,
        loginName: me.LoginName,
        isAdmin: hasRight(rights, RIGHTS.ManageLists)
      },
      ...withSeats
    };
  }

  /** The first page of upcoming sessions with their seats, in one $batch (the list tab, again). */
  public async upcomingWithSeats(now: Date = new Date()): Promise<UpcomingWithSeats> {
    const [batched, execute] = this.sp.batched();
    const upcoming = this.sessions.upcoming(now, batched);
    const ranges = queueSeatRanges(batched, upcomingFrom(now), now);
    await execute();
    return seatsForPage(this.sp, await upcoming, ranges, (ids) => this.registrations.forSessions(ids));
  }

  /** My registrations (newest first) with their sessions and queues: two more round trips. */
  public async myTrainings(personId: number): Promise<{ items: MyTraining[]; next?: string }> {
    const page = await this.registrations.mine(personId);
    return { items: await this.withSessions(page.rows), next: page.next };
  }

  public async moreMyTrainings(next: string): Promise<{ items: MyTraining[]; next?: string }> {
    const page = await this.registrations.mineMore(next);
    return { items: await this.withSessions(page.rows), next: page.next };
  }

  /**
   * My rows of a page, as registrations read from their sessions' full queues: a page may hold a
   * cancellation row without its sign-up (or the other way round), so the page alone cannot say
   * whether I am registered. One registration per session, my latest there.
   */
  private async withSessions(mine: StoredRegistration[]): Promise<MyTraining[]> {
    const sessionIds = Array.from(new Set(mine.map((r) => r.sessionId)));
    const [sessions, queues] = await Promise.all([this.sessions.getMany(sessionIds), this.registrations.forSessions(sessionIds)]);
    const out: MyTraining[] = [];
    for (const sessionId of sessionIds) {
      const all = queues.get(sessionId) || [];
      const own = all.filter((r) => r.person.id === mine[0].person.id);
      const registration = own.length ? own[own.length - 1] : mine.filter((r) => r.sessionId === sessionId).pop();
      if (registration) out.push({ registration, session: sessions.get(sessionId), all: all.length ? all : [registration] });
    }
    return out;
  }
}
