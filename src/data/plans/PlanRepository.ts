/**
 * Plans over @pnp/sp: the overview (summaries, queue, channel map) and one plan with its
 * history in one `$batch` each; drafts saved with the ETag read (a 412 is a conflict, nothing
 * is overwritten); workflow steps checked by the domain's rules before anything is written,
 * and by the lists' permissions on the server whatever the client does.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { IList } from '@pnp/sp/lists';
import { IItems } from '@pnp/sp/items';
import { PersonRef, Plan, SectionId, planFingerprint } from '../../domain/plans/plan';
import { Action, DerivedPlanState, Role, WorkflowReason, allowedActionsForRoles, derivePlanState } from '../../domain/plans/workflow';
import {
  LATEST_DECISION_FIELDS as L,
  PLAN_FIELDS as P,
  PLAN_LISTS,
  REVIEW_FIELDS as V,
  ROUND_FIELDS as R,
  TURN_DECISIONS
} from '../../lists/planLists';
import { GROUPS } from '../../lists/types';
import { Attachment, ATTACHMENTS_EXPAND, ATTACHMENTS_SELECT, attachmentsOf } from '../attachments';
import { toProblem } from '../errors';
import { loadOnce } from '../loadOnce';
import { odataInteger } from '../odata';
import type { PageFacts } from '../page';
import { Me } from '../people';
import { reviewEvents, roundEvents } from './events';
import { readAll, readNextPage, readPage, withoutMetadata } from '../paging';
import {
  LATEST_DECISION_SELECT,
  LatestDecisionRow,
  PLAN_SELECT,
  PlanHint,
  PlanRow,
  ROUND_SELECT,
  REVIEW_SELECT,
  ReviewRow,
  RoundRow,
  SUMMARY_SELECT,
  hintOf,
  parsePlan,
  personOf,
  planColumns
} from './rows';
import { PlanListing } from './summaries';
import {
  InReview,
  LIST_PAGE,
  ListingPage,
  MAX_PAGE as PAGE_SIZE,
  approvedPage,
  buildFirstView,
  myPlans,
  queueFirstViewReads
} from './overview';
import { settle } from '../settle';
import { hasTimeKeys, readVersionWith } from './siteVersion';
import type { ChannelMap } from '../../domain/plans/queue';

/** What the write path (planWrites.ts) needs of the repository: its client, and a fresh read of a plan. */
export interface PlanWriteContext {
  sp: SPFI;
  load: (id: number) => Promise<PlanDetail>;
  /** Whether the site has the v8 time keys (src/lists/planLists.ts): writes leave them out on a site without them. */
  timeKeys: () => Promise<boolean>;
}

/** The steps people take (submit, archive, comment, decide) load with the first one: the overview needs none. */
const loadWrites = loadOnce(() => import(/* webpackChunkName: 'ddh-plan-writes' */ './planWrites'));

/** A step the workflow refuses, before anything is sent. `incomplete`: the plan has validation errors. */
export class WorkflowRefusedError extends Error {
  public constructor(public readonly reason: WorkflowReason | 'incomplete') {
    super(`Refused: ${reason}`);
    this.name = 'WorkflowRefusedError';
  }
}

export type Decision = (typeof TURN_DECISIONS)[number];

/**
 * What someone else decided while this reviewer looked at an older page: told to the reviewer
 * whose decision the server refused.
 */
export interface DecidedFirst {
  kind: Decision;
  by: PersonRef;
  at: string;
}

/**
 * The server refused a decision: another reviewer decided since the plan was read (the plan's
 * DDH Plan Latest Decisions row had moved on). Nothing was written. `fresh` is the plan as it is
 * now; `decided` who decided what, when it is known.
 */
export class DecisionConflictError extends Error {
  public constructor(
    public readonly fresh: PlanDetail,
    public readonly decided?: DecidedFirst
  ) {
    super('Refused: another reviewer decided first');
    this.name = 'DecisionConflictError';
  }
}

/** The plan's row in DDH Plan Latest Decisions, as read with the plan: a decision takes turn `turn + 1`. */
export interface LatestDecision {
  id: number;
  /** The ETag read with the plan: the next decision updates the row only if it is still this. */
  etag: string;
  turn: number;
  decision: Decision;
  /** Who took the turn and when (the row's server-set Editor and Modified). */
  by: PersonRef;
  at: string;
  /** A Review row carries this turn; false while its writer has not written it (or that write failed). */
  recorded: boolean;
}

export interface Viewer {
  me: Me;
  /** The site's URL: local draft copies are kept per site. */
  siteUrl: string;
  isReviewer: boolean;
  /** May start a plan: an embassy author (or a site admin). */
  isAuthor: boolean;
}

export interface PlansOverview extends Viewer {
  inReview: InReview;
  /** The first page of approved plans, newest approval first. */
  approved: ListingPage;
  /** The viewer's own plans, newest first (authors only). */
  mine?: ListingPage;
}

export interface PlanRound {
  id: number;
  round: number;
  at: string;
  snapshot: Plan;
  fingerprint: string;
}

export interface PlanDetail extends Viewer {
  id: number;
  etag: string;
  plan: Plan;
  owner: { id: number; title: string };
  modified: string;
  hint: PlanHint;
  derived: DerivedPlanState;
  /** Submitted snapshots, oldest first: what each round looked like, for the diff. */
  rounds: PlanRound[];
  /** This viewer's roles towards this plan and the actions to offer. */
  roles: Role[];
  actions: Action[];
  /** The reviewers' turn counter; null before the first decision (or on a site not yet at schema v4). */
  latest?: LatestDecision | null;
  /** Supporting material the authors attached to the plan, for everyone who reads it. */
  attachments: Attachment[];
}

interface UserRowFull {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  IsSiteAdmin: boolean;
}

function rolesOf(viewer: Viewer, ownerId: number): Role[] {
  const roles: Role[] = [];
  if (viewer.me.id === ownerId) roles.push('author');
  if (viewer.isReviewer) roles.push('reviewer');
  return roles.length ? roles : ['staff'];
}

export class PlanRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly page: PageFacts = {}
  ) {}

  private list(sp: SPFI, key: keyof typeof PLAN_LISTS): IList {
    return sp.web.lists.getByTitle(PLAN_LISTS[key].title);
  }

  private viewerQueries(sp: SPFI): () => Promise<Viewer> {
    const user = sp.web.currentUser.select('Id', 'LoginName', 'Title', 'Email', 'IsSiteAdmin')<UserRowFull>();
    const groups = sp.web.currentUser.groups.select('Title')<Array<{ Title: string }>>();
    const web = sp.web.select('Url')<{ Url: string }>();
    // The site's version along (siteVersion.ts): which columns later searches and steps use.
    readVersionWith(this.sp, sp).catch(() => undefined);
    return async () => {
      const [u, g, w] = await Promise.all([user, groups, web]);
      const titles = g.map((x) => x.Title);
      const me: Me = { id: u.Id, loginName: u.LoginName, title: u.Title, email: u.Email, isSiteAdmin: u.IsSiteAdmin, groups: titles };
      return {
        me,
        siteUrl: w.Url,
        isReviewer: titles.indexOf(GROUPS.reviewers.title) >= 0,
        isAuthor: u.IsSiteAdmin || titles.indexOf(GROUPS.authors.title) >= 0
      };
    };
  }

  /** Who is signed in, their plan roles and the site, in one `$batch`. */
  public async viewer(): Promise<Viewer> {
    const [batched, execute] = this.sp.batched();
    const viewer = this.viewerQueries(batched);
    await execute();
    return viewer();
  }

  /**
   * The first view in one `$batch`: who is looking, the plans in review with verified states and
   * counts, and the first page of approved plans (see overview.ts), and the viewer's own plans by
   * their indexed Author clause — by the id the page knows (or the last overview learnt). Without
   * one, an author's own plans follow in a second request.
   */
  public async overview(now: Date = new Date()): Promise<PlansOverview> {
    const [batched, execute] = this.sp.batched();
    const viewer = this.viewerQueries(batched);
    const known = this.lastViewer;
    // Someone who is not an author has no plans: a page id alone costs one indexed, empty query.
    const guessId = known ? (known.isAuthor ? known.me.id : undefined) : this.page.userId;
    const mine = guessId !== undefined ? settle(readPage<PlanRow>(withoutMetadata(this.mineQuery(batched, guessId)))) : undefined;
    const reads = queueFirstViewReads(batched, now);
    await execute();
    const who = await viewer();
    this.lastViewer = who;
    const first = await buildFirstView(this.sp, reads);
    let minePage: ListingPage | undefined;
    if (who.isAuthor) {
      const page =
        mine && guessId === who.me.id ? await mine : await settle(readPage<PlanRow>(withoutMetadata(this.mineQuery(this.sp, who.me.id))));
      if (!page.ok) throw page.error;
      minePage = await myPlans(this.sp, page.value, first.byId);
    }
    return { ...who, inReview: first.inReview, approved: first.approved, mine: minePage };
  }

  private lastViewer: Viewer | undefined;

  private mineQuery(sp: SPFI, authorId: number): IItems {
    return this.list(sp, 'plans')
      .items.select(...SUMMARY_SELECT)
      .filter(`AuthorId eq ${odataInteger(authorId)}`)
      .orderBy('Id', false)
      .top(LIST_PAGE);
  }

  /** The next page of my plans, by the server's paging token. */
  public async moreMine(next: string, inReview: readonly PlanListing[]): Promise<ListingPage> {
    return myPlans(this.sp, await readNextPage<PlanRow>(this.sp, next), new Map(inReview.map((p) => [p.id, p])));
  }

  /** The next page of approved plans, by the server's paging token. */
  public async moreApproved(next: string, inReview: readonly PlanListing[]): Promise<ListingPage> {
    const read = await settle(readNextPage<ReviewRow>(this.sp, next));
    return approvedPage(this.sp, read, new Map(inReview.map((p) => [p.id, p])));
  }

  /**
   * Runs a reader that a later view brings in its own chunk (the approved list's server-side
   * filters, the older plans still waiting) with this repository's SharePoint client, so their
   * code stays out of the first view.
   */
  public read<T>(reader: (sp: SPFI) => Promise<T>): Promise<T> {
    return reader(this.sp);
  }

  /**
   * Which embassies have which channels, from what reviewers wrote on the newest approvals (at
   * most MAP_APPROVALS, one request): read when the map is opened. When older approvals were left
   * out, the map carries `since`, the oldest approval it counts, for the page to say so.
   */
  public async channelMap(locale?: string): Promise<ChannelMap> {
    // The same chunk as the map's tab (ChannelMapTab): loaded with it, not with the first view.
    const data = await import(/* webpackChunkName: 'ddh-plan-map' */ './channelMapData');
    return data.channelMapOf(this.sp, locale);
  }

  /** One plan with its rounds, reviews and derived state, in one `$batch`. */
  public async load(id: number): Promise<PlanDetail> {
    const [batched, execute] = this.sp.batched();
    const viewer = this.viewerQueries(batched);
    const byPlan = `PlanId eq ${odataInteger(id)}`;
    const row = this.list(batched, 'plans')
      .items.getById(id)
      .select(...PLAN_SELECT, ATTACHMENTS_SELECT)
      .expand('Author', ATTACHMENTS_EXPAND)<PlanRow>();
    const rounds = readPage<RoundRow>(
      this.list(batched, 'planRounds')
        .items.filter(byPlan)
        .select(...ROUND_SELECT)
        .expand('Author')
        .top(PAGE_SIZE)
    );
    const reviews = readPage<ReviewRow>(
      this.list(batched, 'planReviews')
        .items.filter(byPlan)
        .select(...REVIEW_SELECT)
        .expand('Author')
        .top(PAGE_SIZE)
    );
    // Schema v4: the turn counter and the turns the Review rows took (apart, so a site not yet
    // updated still opens its plans: a $select of a missing column fails the whole read).
    const latestRows = settle(
      this.list(batched, 'planLatestDecisions')
        .items.filter(byPlan)
        .select(...LATEST_DECISION_SELECT)
        .expand('Editor')
        .top(1)<LatestDecisionRow[]>()
    );
    const turnRows = settle(
      this.list(batched, 'planReviews').items.filter(`${byPlan} and ${V.turn} ge 1`).select('Id', V.turn).top(PAGE_SIZE)<ReviewRow[]>()
    );
    await execute();
    const [who, planRow, roundPage, reviewPage, latestRead, turnRead] = await Promise.all([
      viewer(),
      row,
      rounds,
      reviews,
      latestRows,
      turnRows
    ]);
    const roundRows = await readAll(this.sp, this.list(this.sp, 'planRounds').items, roundPage);
    const reviewRows = await readAll(this.sp, this.list(this.sp, 'planReviews').items, reviewPage);
    const plan = parsePlan(planRow[P.content]);
    const owner = personOf(planRow.AuthorId, planRow.Author);
    const events = [...roundEvents(roundRows, planRow.AuthorId), ...reviewEvents(reviewRows)];
    const derived = derivePlanState(events, { authors: [owner], currentFingerprint: planFingerprint(plan) });
    const accepted = new Set(derived.history.map((h) => h.event.id));
    const submitted = roundRows
      .filter((r) => accepted.has(`round:${r.Id}`) && (r[R.entry] || 'submit') === 'submit')
      .map((r) => {
        const snapshot = parsePlan(r[R.snapshot]);
        return { id: r.Id, round: Number(r[R.round]) || 0, at: r.Created, snapshot, fingerprint: planFingerprint(snapshot) };
      })
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const roles = rolesOf(who, planRow.AuthorId);
    const context = { isOwnPlan: who.me.id === planRow.AuthorId, startupInstructionsSent: derived.startupInstructionsSent };
    return {
      ...who,
      id,
      etag: planRow['odata.etag'] || '*',
      plan,
      owner: { id: planRow.AuthorId, title: owner.title },
      modified: planRow.Modified,
      hint: hintOf(planRow),
      derived,
      rounds: submitted,
      roles,
      attachments: attachmentsOf(planRow),
      actions: allowedActionsForRoles(derived.state, roles, context),
      latest: await latestOf(latestRead, turnRead)
    };
  }

  /** Starts a plan as a draft; the creator becomes its author. */
  public async create(plan: Plan): Promise<{ id: number; etag: string }> {
    const added = await this.list(this.sp, 'plans').items.add({ ...planColumns(plan), [P.state]: 'draft', [P.round]: 0 });
    const row = added as unknown as PlanRow;
    return { id: row.Id, etag: row['odata.etag'] || '*' };
  }

  /** Saves the draft only if nobody saved since `etag` was read (else 412, a conflict). */
  public async saveDraft(id: number, plan: Plan, etag: string): Promise<{ etag: string }> {
    const result = await this.list(this.sp, 'plans').items.getById(id).update(planColumns(plan), etag);
    return { etag: (result as { etag?: string }).etag || etag };
  }

  /** Saves the content, records the round with its snapshot, and stamps the listing with the server's time. */
  public async submit(detail: PlanDetail, plan: Plan, etag: string, comment: string = ''): Promise<void> {
    return (await loadWrites()).submit(this.writeContext(), detail, plan, etag, comment);
  }

  /** Step 4a: the embassy files the approved plan in the records system. */
  public async archive(detail: PlanDetail, reference: string, comment: string): Promise<void> {
    return (await loadWrites()).archive(this.writeContext(), detail, reference, comment);
  }

  /** A comment on the plan or one section: reviewers' go to Reviews, the author's replies to Rounds. */
  public async comment(detail: PlanDetail, text: string, section?: SectionId): Promise<void> {
    return (await loadWrites()).comment(this.writeContext(), detail, text, section);
  }

  /**
   * A reviewer's decision: request changes, approve, or send start-up instructions. Always with a
   * comment. It first takes the plan's next turn in DDH Plan Latest Decisions, from what `detail`
   * read: if another reviewer decided since, the server refuses (412, or the unique Plan key when
   * both would create the row) and a DecisionConflictError says who decided what; nothing is written.
   */
  public async decide(detail: PlanDetail, decision: Decision, text: string): Promise<void> {
    return (await loadWrites()).decide(this.writeContext(), detail, decision, text);
  }

  private writeContext(): PlanWriteContext {
    return { sp: this.sp, load: (id) => this.load(id), timeKeys: () => hasTimeKeys(this.sp) };
  }
}

const isTurnDecision = (kind: string): kind is Decision => (TURN_DECISIONS as readonly string[]).indexOf(kind) >= 0;

/**
 * The plan's turn counter from the load's `$batch`. A site not yet at schema v4 has no such list
 * (404): no counter, and a decision there is refused by the server until an owner updates the site.
 */
type Read<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function latestOf(read: Read<LatestDecisionRow[]>, turns: Read<ReviewRow[]>): Promise<LatestDecision | null> {
  if (!read.ok) {
    if ((await toProblem(read.error)).kind === 'notFound') return null;
    throw read.error;
  }
  const row = read.value[0];
  if (!row) return null;
  if (!turns.ok) throw turns.error;
  const reviews = turns.value;
  const turn = Number(row[L.turn]) || 0;
  const decision = String(row[L.decision]);
  return {
    id: row.Id,
    etag: row['odata.etag'] || '*',
    turn,
    decision: isTurnDecision(decision) ? decision : 'requestChanges',
    by: personOf(row.EditorId, row.Editor),
    at: row.Modified,
    recorded: reviews.some((r) => Number(r[V.turn]) === turn)
  };
}

/**
 * What another reviewer decided after `before` was read: the newest decision the rules accepted
 * that `before` did not have, else (when its Review row is not there yet) the turn they took.
 */
export function decidedSince(before: PlanDetail, now: PlanDetail): DecidedFirst | undefined {
  const seen = new Set(before.derived.history.map((h) => h.event.id));
  const newer = now.derived.history.filter((h) => isTurnDecision(h.event.kind) && h.event.by.role === 'reviewer' && !seen.has(h.event.id));
  const last = newer[newer.length - 1];
  if (last) return { kind: last.event.kind as Decision, by: last.event.by.person, at: last.event.at };
  const latest = now.latest;
  const had = before.latest ? before.latest.turn : 0;
  if (latest && latest.turn > had && latest.by.id !== before.me.id) return { kind: latest.decision, by: latest.by, at: latest.at };
  return undefined;
}
