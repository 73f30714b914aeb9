/**
 * The training registry's data: sessions, registrations and the views built from them.
 * Components reach it as `services.training` and never build repositories themselves.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import { TRAINING_LISTS } from '../../lists/trainingLists';
import { RegistrationRepository } from './registrations';
import { StoredRegistration, StoredSession } from './rows';
import { SessionPage, SessionRepository } from './sessions';

export * from './rows';
export * from './sessions';
export * from './registrations';
export type { Page } from './paging';

export interface TrainingViewer {
  id: number;
  title: string;
  email: string;
  loginName: string;
  /** Manages the sessions list (training admins, site owners): the server lets them write sessions. */
  isAdmin: boolean;
}

export interface TrainingFirstView {
  viewer: TrainingViewer;
  upcoming: SessionPage;
}

/** One of my registrations with its session (undefined when the session was deleted). */
export interface MyTraining {
  registration: StoredRegistration;
  session?: StoredSession;
  /** The session's registrations, for my place in line. */
  all: StoredRegistration[];
}

interface UserRow { Id: number; Title: string; Email: string; LoginName: string }

export class TrainingService {
  public readonly sessions: SessionRepository;
  public readonly registrations: RegistrationRepository;

  public constructor(private readonly sp: SPFI) {
    this.sessions = new SessionRepository(sp);
    this.registrations = new RegistrationRepository(sp, this.sessions);
  }

  /** Who is looking, whether they manage sessions, and the upcoming sessions: one $batch round trip. */
  public async firstView(now: Date = new Date()): Promise<TrainingFirstView> {
    const [batched, execute] = this.sp.batched();
    const user = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<UserRow>();
    const permissions = batched.web.lists.getByTitle(TRAINING_LISTS.sessions.title).getCurrentUserEffectivePermissions();
    const upcoming = this.sessions.upcoming(now, batched);
    await execute();
    const [me, rights, page] = await Promise.all([user, permissions, upcoming]);
    const effective = ((rights as unknown as { EffectiveBasePermissions?: IBasePermissions }).EffectiveBasePermissions || rights);
    return {
      viewer: {
        id: me.Id, title: me.Title, email: me.Email, loginName: me.LoginName,
        isAdmin: this.sp.web.hasPermissions(effective, PermissionKind.ManageLists)
      },
      upcoming: page
    };
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

  private async withSessions(mine: StoredRegistration[]): Promise<MyTraining[]> {
    const sessionIds = mine.map((r) => r.sessionId);
    const [sessions, queues] = await Promise.all([
      this.sessions.getMany(sessionIds),
      // Queues matter only where I still hold a place; cancelled rows need no neighbours.
      this.registrations.forSessions(mine.filter((r) => !r.cancelled).map((r) => r.sessionId))
    ]);
    return mine.map((registration) => ({
      registration,
      session: sessions.get(registration.sessionId),
      all: queues.get(registration.sessionId) || [registration]
    }));
  }
}
