/**
 * Telling people it is their turn (#13 item 6): a plan submitted or resubmitted → the reviewers;
 * changes requested, approved, start-up instructions sent → the plan's author. By e-mail through
 * Microsoft Graph as the person who acted (messages.ts), never instead of the act: the submit or
 * the decision is saved first, then the message goes, and then the event's row records it
 * (`NotifiedAt` on the Round or Review row, which its writer may change: WriteSecurity 2). An
 * event whose row has no NotifiedAt is still owed its message — after a failed send, or when the
 * tab closed in between — so the plan page offers to send it, and only its writer can; a second
 * send is prevented by the record. Messages are in Finnish, Swedish and English (the hub knows no
 * one's language), with the plan's name and where to open it.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
// The site's groups through the factory, not `@pnp/sp/site-groups`: that entry point also loads
// `@pnp/sp/security` (role assignments, about 4 KB gz) into the first view, which never uses it.
import { SiteGroups } from '@pnp/sp/site-groups/types.js';
import type { Decision, PlanDetail } from './PlanRepository';
import { PLAN_LISTS, REVIEW_FIELDS as V, ROUND_FIELDS as R, TURN_DECISIONS } from '../../lists/planLists';
import { GROUPS } from '../../lists/types';
import { NoMailHost } from '../mailHost';
import type { GraphMailClient, MessageService } from '../messages';
import { odataInteger } from '../odata';

/** An event that tells someone it is their turn, and the row that records it. */
export interface OwedNotice {
  kind: 'submitted' | Decision;
  list: 'planRounds' | 'planReviews';
  rowId: number;
  /** When the event was written (its row's Created). */
  at: string;
}

/** The column that records an event's message, per list (the same name in both). */
const NOTIFIED_AT: Record<OwedNotice['list'], string> = { planRounds: R.notifiedAt, planReviews: V.notifiedAt };

/** How long an event still owes its message. */
const OWED_FOR_MS = 7 * 24 * 3600 * 1000;

interface EventRow {
  Id: number;
  AuthorId: number;
  Created: string;
  Comment?: string;
  [field: string]: unknown;
}

export class PlanNotices {
  /** Rows whose message this page sent but could not record yet: a retry records, it does not send again. */
  private readonly sentHere = new Set<string>();

  public constructor(
    private readonly sp: SPFI,
    private readonly graph?: () => Promise<GraphMailClient>
  ) {}

  /** Whether this page can send e-mail (a host with Microsoft Graph). */
  public get canSend(): boolean {
    return !!this.graph;
  }

  /**
   * The message this viewer still owes for the plan: their own latest submit (to the reviewers)
   * or their own latest decision (to the author), when its row has no NotifiedAt. Undefined when
   * nothing is owed (or the site is before v5, whose rows have no such column).
   */
  public async owed(detail: PlanDetail, now: Date = new Date()): Promise<OwedNotice | undefined> {
    const me = detail.me.id;
    const reviewer = detail.roles.indexOf('reviewer') >= 0 && me !== detail.owner.id;
    const list: OwedNotice['list'] = reviewer ? 'planReviews' : 'planRounds';
    const kindField = reviewer ? V.decision : R.entry;
    const rows = await this.sp.web.lists
      .getByTitle(PLAN_LISTS[list].title)
      .items.filter(`${reviewer ? V.plan : R.plan}Id eq ${odataInteger(detail.id)}`)
      .select('Id', 'AuthorId', 'Created', kindField, NOTIFIED_AT[list])
      .orderBy('ID', false)
      .top(50)<EventRow[]>()
      .catch(() => [] as EventRow[]);
    const own = rows.filter((r) => r.AuthorId === me);
    const latest = reviewer
      ? own.find((r) => (TURN_DECISIONS as readonly string[]).indexOf(String(r[V.decision])) >= 0)
      : own.find((r) => r[R.entry] === 'submit');
    // The plan moved on since (a later submit or decision by anyone): that message is no longer the news.
    if (!latest || latest[NOTIFIED_AT[list]]) return undefined;
    // A week on, the message would be no news (and events from before v5 never had one).
    if (now.getTime() - Date.parse(latest.Created) > OWED_FOR_MS) return undefined;
    const newest = detail.derived.history[detail.derived.history.length - 1];
    if (newest && newest.event.by.person.id !== me) return undefined;
    return { kind: reviewer ? (String(latest[V.decision]) as Decision) : 'submitted', list, rowId: latest.Id, at: latest.Created };
  }

  /**
   * Sends the message the event owes, then records it on the event's row. Throws MessageNotSent
   * when Graph refused it (nothing recorded: it can be sent again), NoMailHost on a page without Graph.
   */
  public async send(detail: PlanDetail, notice: OwedNotice, pageUrl: string): Promise<void> {
    if (!this.graph) throw new NoMailHost();
    // The texts and the sending load with the first message, not with the plans.
    const [{ noticeText }, { MessageService: Messages }] = await Promise.all([
      import(/* webpackChunkName: 'ddh-plan-notices' */ './noticeText'),
      import(/* webpackChunkName: 'ddh-plan-notices' */ '../messages')
    ]);
    const messages: MessageService = new Messages(this.graph);
    const row = await this.sp.web.lists
      .getByTitle(PLAN_LISTS[notice.list].title)
      .items.getById(notice.rowId)
      .select('Id', 'AuthorId', 'Comment', NOTIFIED_AT[notice.list])<EventRow>();
    if (row[NOTIFIED_AT[notice.list]]) return;
    const key = `${notice.list}:${notice.rowId}`;
    if (!this.sentHere.has(key)) {
      const to = notice.kind === 'submitted' ? await this.reviewerAddresses() : await this.authorAddresses(detail);
      const { subject, body } = noticeText(
        notice.kind,
        detail.plan.identity.title || detail.plan.identity.embassy || String(detail.id),
        detail.me.title,
        String(row.Comment || ''),
        pageUrl
      );
      await messages.send({ to, subject, body });
      this.sentHere.add(key);
    }
    await this.sp.web.lists
      .getByTitle(PLAN_LISTS[notice.list].title)
      .items.getById(notice.rowId)
      .update({ [NOTIFIED_AT[notice.list]]: new Date().toISOString() });
  }

  /** The reviewers' e-mail addresses: the members of their group (visible to everyone from v5). */
  private async reviewerAddresses(): Promise<string[]> {
    const users = await SiteGroups(this.sp.web).getByName(GROUPS.reviewers.title).users.select('Email')<Array<{ Email: string }>>();
    return users.map((u) => u.Email).filter((e) => !!e);
  }

  /** The plan's author: who created it. */
  private async authorAddresses(detail: PlanDetail): Promise<string[]> {
    const user = await this.sp.web.siteUsers.getById(detail.owner.id).select('Email')<{ Email: string }>();
    return user.Email ? [user.Email] : [];
  }
}
