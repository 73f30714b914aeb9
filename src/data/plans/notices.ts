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
import '@pnp/sp/site-groups/web';
import type { Decision, PlanDetail } from './PlanRepository';
import { PLAN_LISTS, REVIEW_FIELDS as V, ROUND_FIELDS as R, TURN_DECISIONS } from '../../lists/planLists';
import { GROUPS } from '../../lists/types';
import { GraphMailClient, Localised, MessageService } from '../messages';
import { odataInteger } from '../odata';


/** An event that tells someone it is their turn, and the row that records it. */
export interface OwedNotice {
  kind: 'submitted' | Decision;
  list: 'planRounds' | 'planReviews';
  rowId: number;
  /** When the event was written (its row's Created). */
  at: string;
}

/** How long an event still owes its message. */
const OWED_FOR_MS = 7 * 24 * 3600 * 1000;

/** Nothing can be sent here (no Graph client: a host without Microsoft Graph). */
export class NoMailHost extends Error {
  public constructor() {
    super('This page cannot send e-mail.');
    this.name = 'NoMailHost';
  }
}

const SUBJECTS: Record<OwedNotice['kind'], Localised> = {
  submitted: { fi: 'Uusi suunnitelma tarkistettavana: {0}', sv: 'Ny plan att granska: {0}', en: 'A plan to review: {0}' },
  requestChanges: { fi: 'Suunnitelmaasi pyydetään muutoksia: {0}', sv: 'Ändringar begärs i din plan: {0}', en: 'Changes requested in your plan: {0}' },
  approve: { fi: 'Suunnitelmasi on hyväksytty: {0}', sv: 'Din plan har godkänts: {0}', en: 'Your plan was approved: {0}' },
  sendStartupInstructions: { fi: 'Käynnistysohjeet suunnitelmaasi: {0}', sv: 'Startinstruktioner för din plan: {0}', en: 'Start-up instructions for your plan: {0}' }
};

const OPENINGS: Record<OwedNotice['kind'], Localised> = {
  submitted: {
    fi: '{1} lähetti suunnitelman "{0}" tarkistettavaksi.',
    sv: '{1} skickade planen "{0}" för granskning.',
    en: '{1} sent the plan "{0}" for review.'
  },
  requestChanges: {
    fi: '{1} pyytää muutoksia suunnitelmaan "{0}". Kommentit näkyvät suunnitelman sivulla.',
    sv: '{1} begär ändringar i planen "{0}". Kommentarerna finns på planens sida.',
    en: '{1} asks for changes to the plan "{0}". The comments are on the plan\'s page.'
  },
  approve: {
    fi: '{1} hyväksyi suunnitelman "{0}". Seuraava vaihe: arkistoi se asianhallintajärjestelmään.',
    sv: '{1} godkände planen "{0}". Nästa steg: arkivera den i ärendehanteringssystemet.',
    en: '{1} approved the plan "{0}". Next step: file it in the records system.'
  },
  sendStartupInstructions: {
    fi: '{1} lähetti käynnistysohjeet suunnitelmaan "{0}".',
    sv: '{1} skickade startinstruktioner för planen "{0}".',
    en: '{1} sent start-up instructions for the plan "{0}".'
  }
};

const COMMENT: Localised = { fi: 'Kommentti:', sv: 'Kommentar:', en: 'Comment:' };
const OPEN: Localised = { fi: 'Avaa suunnitelmat:', sv: 'Öppna planerna:', en: 'Open the plans:' };

const fill = (text: string, ...values: string[]): string => values.reduce((out, value, i) => out.split(`{${i}}`).join(value), text);

/** The message's subject and text in each language. */
export function noticeText(kind: OwedNotice['kind'], planTitle: string, actor: string, comment: string, pageUrl: string): { subject: Localised; body: Localised } {
  const subject = {} as Localised;
  const body = {} as Localised;
  for (const language of ['fi', 'sv', 'en'] as const) {
    subject[language] = fill(SUBJECTS[kind][language], planTitle);
    const lines = [fill(OPENINGS[kind][language], planTitle, actor)];
    if (comment.trim()) lines.push('', COMMENT[language], comment.trim());
    if (pageUrl) lines.push('', `${OPEN[language]} ${pageUrl}`);
    body[language] = lines.join('\n');
  }
  return { subject, body };
}

interface EventRow { Id: number; AuthorId: number; Created: string; Comment?: string; [field: string]: unknown }

export class PlanNotices {
  private readonly messages?: MessageService;

  public constructor(private readonly sp: SPFI, graph?: () => Promise<GraphMailClient>) {
    this.messages = graph ? new MessageService(graph) : undefined;
  }

  /** Whether this page can send e-mail (a host with Microsoft Graph). */
  public get canSend(): boolean {
    return !!this.messages;
  }

  /**
   * The message this viewer still owes for the plan: their own latest submit (to the reviewers)
   * or their own latest decision (to the author), when its row has no NotifiedAt. Undefined when
   * nothing is owed (or the site is before v5, whose rows have no such column).
   */
  public async owed(detail: PlanDetail, now: Date = new Date()): Promise<OwedNotice | undefined> {
    const me = detail.me.id;
    const reviewer = detail.roles.indexOf('reviewer') >= 0 && me !== detail.owner.id;
    const list = reviewer ? 'planReviews' : 'planRounds';
    const kindField = reviewer ? V.decision : R.entry;
    const rows = await this.sp.web.lists.getByTitle(PLAN_LISTS[list].title).items
      .filter(`${reviewer ? V.plan : R.plan}Id eq ${odataInteger(detail.id)}`)
      .select('Id', 'AuthorId', 'Created', kindField, reviewer ? V.notifiedAt : R.notifiedAt).orderBy('ID', false).top(50)<EventRow[]>()
      .catch(() => [] as EventRow[]);
    const own = rows.filter((r) => r.AuthorId === me);
    const latest = reviewer
      ? own.find((r) => (TURN_DECISIONS as readonly string[]).indexOf(String(r[V.decision])) >= 0)
      : own.find((r) => r[R.entry] === 'submit');
    // The plan moved on since (a later submit or decision by anyone): that message is no longer the news.
    if (!latest || latest[reviewer ? V.notifiedAt : R.notifiedAt]) return undefined;
    // A week on, the message would be no news (and events from before v5 never had one).
    if (now.getTime() - Date.parse(latest.Created) > OWED_FOR_MS) return undefined;
    const newest = detail.derived.history[detail.derived.history.length - 1];
    if (newest && newest.event.by.person.id !== me) return undefined;
    return { kind: reviewer ? String(latest[V.decision]) as Decision : 'submitted', list, rowId: latest.Id, at: latest.Created };
  }

  /**
   * Sends the message the event owes, then records it on the event's row. Throws MessageNotSent
   * when Graph refused it (nothing recorded: it can be sent again), NoMailHost on a page without Graph.
   */
  public async send(detail: PlanDetail, notice: OwedNotice, pageUrl: string): Promise<void> {
    if (!this.messages) throw new NoMailHost();
    const row = await this.sp.web.lists.getByTitle(PLAN_LISTS[notice.list].title).items.getById(notice.rowId)
      .select('Id', 'AuthorId', 'Comment', notice.list === 'planReviews' ? V.notifiedAt : R.notifiedAt)<EventRow>();
    if (row[notice.list === 'planReviews' ? V.notifiedAt : R.notifiedAt]) return;
    const to = notice.kind === 'submitted' ? await this.reviewerAddresses() : await this.authorAddresses(detail);
    const { subject, body } = noticeText(notice.kind, detail.plan.identity.title || detail.plan.identity.embassy || String(detail.id), detail.me.title, String(row.Comment || ''), pageUrl);
    await this.messages.send({ to, subject, body });
    await this.sp.web.lists.getByTitle(PLAN_LISTS[notice.list].title).items.getById(notice.rowId)
      .update({ [notice.list === 'planReviews' ? V.notifiedAt : R.notifiedAt]: new Date().toISOString() });
  }

  /** The reviewers' e-mail addresses: the members of their group (visible to everyone from v5). */
  private async reviewerAddresses(): Promise<string[]> {
    const users = await this.sp.web.siteGroups.getByName(GROUPS.reviewers.title).users.select('Email')<Array<{ Email: string }>>();
    return users.map((u) => u.Email).filter((e) => !!e);
  }

  /** The plan's author: who created it. */
  private async authorAddresses(detail: PlanDetail): Promise<string[]> {
    const user = await this.sp.web.siteUsers.getById(detail.owner.id).select('Email')<{ Email: string }>();
    return user.Email ? [user.Email] : [];
  }
}
