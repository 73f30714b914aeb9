/**
 * The plans first view at any list size: every read is an index range or an index walk whose
 * size does not grow with the lists' history.
 *
 * Who writes what (the server enforces it):
 * - the author writes the plan row, with the listing hint `PlanState` (draft → submitted →
 *   archived) and `SubmittedAt`, both indexed. Reviewers cannot write plan rows, so the hint
 *   still says "submitted" after a reviewer's decision, until the author acts again.
 * - reviewers write decisions in DDH Plan Reviews (authors cannot). An approve row carries the
 *   approved plan's listing facts (v3) and when it was approved (`ApprovedAt`, indexed, v4), so
 *   the approved list and the channel map come from reviewers' rows only, newest first along
 *   that index: an author who writes PlanState='approved' on a plan gains nothing.
 *
 * The queue is what moved in the last QUEUE_WINDOW_DAYS: the plans an author submitted in the
 * window (the author's indexed `SubmittedAt`, a range as long as the window whatever the
 * history), verified against the decisions of the same window (the indexed `Created` of DDH Plan
 * Reviews; a decision follows the submit it answers, so every decision that counts for such a
 * plan is in the window), and the approvals of the window whose plan was submitted before it.
 * Both reads are bounded by the pace of the process, not by the lists' history, and travel in the
 * first `$batch`. A plan approved years ago whose author never filed it stays in the author's
 * "submitted" hint forever: it is no longer read with the queue (it is in the approved list, and
 * its author's own list shows it verified), so the queue and its counts are the last
 * QUEUE_WINDOW_DAYS' (the page says so).
 *
 * Whether an approved plan was filed is the author's step: an approval's row brings it along
 * from the plan through the Plan lookup (`$expand=Plan`, the plan's `ArchivedAt` and
 * `ArchiveReference`), so the approved list needs no second read for it.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { IItems } from '@pnp/sp/items';
import { PLAN_STATES, PlanState } from '../../domain/plans/workflow';
import { PLAN_FIELDS as P, PLAN_LISTS, REVIEW_FIELDS as V } from '../../lists/planLists';
import { toProblem } from '../errors';
import { odataDate, odataInteger, odataString } from '../odata';
import { Page, readAll, readPage, withoutMetadata } from '../paging';
import { settle, Settled } from '../settle';
import { APPROVAL_SELECT, PlanRow, ReviewRow, SUMMARY_SELECT, approvalFacts, hintOf, summaryFacts } from './rows';
import { PlanListing, STATE_DECISIONS, buildListings, mineListings } from './summaries';

/** Pages are at most 5,000 rows, the list view threshold. */
export const MAX_PAGE = 5000;
/** Rows per page of the lists people browse (approved plans, my plans). */
export const LIST_PAGE = 50;
/** The first view's queue: plans submitted, and decisions taken, this recently. */
export const QUEUE_WINDOW_DAYS = 120;
/**
 * Drafts and archived plans are counted by walking their index range for at most this many rows:
 * exact below it, "200+" above. Their exact number is not worth reading the history for (the
 * queue's states are counted exactly, from the plans in review).
 */
export const COUNT_CAP = 200;

export interface StateCount {
  count: number;
  /** At least `count`: the walk stopped at COUNT_CAP. */
  capped: boolean;
}

export interface ListingPage {
  plans: PlanListing[];
  /** The server's token for the next page; undefined on the last. */
  next?: string;
}

export interface InReview {
  /**
   * Plans submitted in the last QUEUE_WINDOW_DAYS between submit and archiving, and plans approved
   * in them still waiting for start-up instructions; states verified.
   */
  plans: PlanListing[];
  counts: Record<PlanState, StateCount>;
  /** Where the queue and its counts start (now − QUEUE_WINDOW_DAYS), for the page to say so. */
  since?: string;
}

function list(sp: SPFI, key: keyof typeof PLAN_LISTS): ReturnType<SPFI['web']['lists']['getByTitle']> {
  return sp.web.lists.getByTitle(PLAN_LISTS[key].title);
}

/*
 * Every ordered read here is one SharePoint documents for large lists: an indexed filter whose
 * range stays under the threshold, or an unfiltered read ordered by one indexed column (served by
 * walking the index from its start, so the rows read are the rows returned), and later pages
 * only by the server's own `odata.nextLink`. Never a hand-built `$skiptoken`: SharePoint documents
 * only the tokens it issues (Learn: "Use OData query operations in SharePoint REST requests").
 */

/**
 * The queries of the first view, added to a `$batch` (nothing is sent before it executes). Their
 * rows are only shown and counted, never written back, so they come without metadata (paging.ts,
 * withoutMetadata): half the bytes of the view's answer.
 */
export interface FirstViewReads {
  /** Plans submitted in the window, every hint state. */
  inReview: Promise<Settled<Page<PlanRow>>>;
  decisions: Promise<Settled<Page<ReviewRow>>>;
  approved: Promise<Settled<Page<ReviewRow>>>;
  drafts: Promise<Settled<Page<PlanRow>>>;
  archived: Promise<Settled<Page<PlanRow>>>;
  windowStart: Date;
}

export function queueFirstViewReads(batched: SPFI, now: Date): FirstViewReads {
  const windowStart = new Date(now.getTime() - QUEUE_WINDOW_DAYS * 24 * 3600 * 1000);
  const plans = (): IItems => list(batched, 'plans').items;
  const reviews = (): IItems => list(batched, 'planReviews').items;
  return {
    windowStart,
    inReview: settle(
      readPage<PlanRow>(
        withoutMetadata(
          plans()
            .select(...SUMMARY_SELECT)
            .filter(submittedSince(windowStart))
            .orderBy(P.submittedAt)
            .top(MAX_PAGE)
        )
      )
    ),
    decisions: settle(
      readPage<ReviewRow>(
        withoutMetadata(
          reviews()
            .select(...APPROVAL_WITH_PLAN)
            .expand(V.plan)
            .filter(`${V.created} ge ${odataDate(windowStart)}`)
            .top(MAX_PAGE)
        )
      )
    ),
    approved: settle(readPage<ReviewRow>(withoutMetadata(approvedWalk(batched, LIST_PAGE)))),
    // Drafts are few (each is on its way to review): an indexed range, refused only above 5,000.
    drafts: settle(
      readPage<PlanRow>(
        withoutMetadata(
          plans()
            .select('Id', P.state)
            .filter(`${P.state} eq ${odataString('draft')}`)
            .top(COUNT_CAP + 1)
        )
      )
    ),
    // Archived plans are the history: the PlanState index from its start ('approved', which only a
    // forging author writes, then 'archived'), as far as the cap.
    archived: settle(
      readPage<PlanRow>(
        withoutMetadata(
          plans()
            .select('Id', P.state)
            .orderBy(P.state, true)
            .top(COUNT_CAP + 1)
        )
      )
    )
  };
}

/**
 * Approve rows, newest first: the ApprovedAt index walked from its newest end (only approve rows
 * carry the column; all other rows are nulls, which sort after them). Later pages: the server's token.
 */
export function approvedWalk(sp: SPFI, top: number, withPlan: boolean = true): IItems {
  const items = list(sp, 'planReviews').items;
  return (withPlan ? items.select(...APPROVAL_WITH_PLAN).expand(V.plan) : items.select(...APPROVAL_SELECT))
    .orderBy(V.approvedAt, false)
    .top(top);
}

/** The window's plans: the author's indexed SubmittedAt from the window's start (a range the pace bounds). */
export function submittedSince(start: Date): string {
  return `${P.submittedAt} ge ${odataDate(start)}`;
}

/**
 * An approval with its plan's filing, projected through the Plan lookup (Learn "Use OData query
 * operations in SharePoint REST requests": a request may return projected fields from the list a
 * lookup points to). Only DateTime and Text columns: among the types a join may project (Learn
 * "ProjectedFields element (View)"); the Choice hint is not one of them.
 */
export const APPROVAL_WITH_PLAN = [...APPROVAL_SELECT, `${V.plan}/${P.archivedAt}`, `${V.plan}/${P.archiveReference}`];

/** Whether the approval's plan was filed, from the projected Plan fields (undefined: not read with it). */
function filingOf(row: ReviewRow): { archived: boolean; reference: string } | undefined {
  const plan = row[V.plan] as Record<string, unknown> | null | undefined;
  if (plan === undefined) return undefined;
  const at = plan ? plan[P.archivedAt] : null;
  const reference = plan && typeof plan[P.archiveReference] === 'string' ? (plan[P.archiveReference] as string) : '';
  // Filing writes both (PlanRepository.archive); either one says the author filed it.
  return { archived: (typeof at === 'string' && at !== '') || reference !== '', reference };
}

/** The approve rows of a page of the ApprovedAt walk, and whether the walk reached its end (the first null). */
export function approvalsOf(rows: readonly ReviewRow[]): { approvals: ReviewRow[]; ended: boolean } {
  const end = rows.findIndex((r) => typeof r[V.approvedAt] !== 'string' || r[V.approvedAt] === '');
  const walked = end < 0 ? rows : rows.slice(0, end);
  // A reviewer could stamp ApprovedAt on another kind of row: only approvals count.
  return { approvals: walked.filter((r) => r[V.decision] === 'approve'), ended: end >= 0 };
}

export async function isThreshold(error: unknown): Promise<boolean> {
  return (await toProblem(error)).kind === 'threshold';
}

/**
 * Rows of a filter that the threshold refused as one range, read in windows of 5,000 ids (the id
 * is always indexed), 20 windows per `$batch`. Linear in the list: only for ranges that outgrew
 * what the process keeps in them (more than 5,000 plans in review, or decisions in the window).
 */
export async function byIdWindows<T>(
  sp: SPFI,
  key: keyof typeof PLAN_LISTS,
  filter: string,
  select: string[],
  expand: string[] = []
): Promise<T[]> {
  const last = await list(sp, key).items.select('Id').orderBy('Id', false).top(1)<Array<{ Id: number }>>();
  const maxId = last.length ? last[0].Id : 0;
  const rows: T[] = [];
  for (let start = 0; start < maxId; start += MAX_PAGE * 20) {
    const [batched, execute] = sp.batched();
    const pages: Array<Promise<Page<T>>> = [];
    for (let lo = start; lo < Math.min(maxId, start + MAX_PAGE * 20); lo += MAX_PAGE) {
      const window = `Id gt ${odataInteger(lo)} and Id le ${odataInteger(lo + MAX_PAGE)} and ${filter}`;
      pages.push(
        readPage<T>(
          list(batched, key)
            .items.filter(window)
            .select(...select)
            .expand(...expand)
            .top(MAX_PAGE)
        )
      );
    }
    await execute();
    (await Promise.all(pages)).forEach((page) => rows.push(...page.rows));
  }
  return rows;
}

async function rowsOf<T>(
  sp: SPFI,
  key: keyof typeof PLAN_LISTS,
  read: Settled<Page<T>>,
  filter: string,
  select: string[],
  expand: string[] = []
): Promise<T[]> {
  if (read.ok) return readAll<T>(sp, list(sp, key).items, read.value);
  if (!(await isThreshold(read.error))) throw read.error;
  return byIdWindows<T>(sp, key, filter, select, expand);
}

/** Each plan's decisions, 20 plans per `$batch`: for plans still "submitted" from before the window. */
async function decisionsOfPlans(sp: SPFI, ids: readonly number[]): Promise<ReviewRow[]> {
  // Every batch of 20 at once: one round trip of waiting however many plans there are.
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += 20) chunks.push(ids.slice(i, i + 20));
  const read = await Promise.all(
    chunks.map(async (chunk) => {
      const [batched, execute] = sp.batched();
      const pages = chunk.map((id) =>
        readPage<ReviewRow>(
          list(batched, 'planReviews')
            .items.select(...APPROVAL_SELECT)
            .filter(`PlanId eq ${odataInteger(id)}`)
            .top(MAX_PAGE)
        )
      );
      pages.forEach((page) => page.catch(() => undefined));
      await execute();
      const rows: ReviewRow[] = [];
      for (const page of await Promise.all(pages)) rows.push(...(await readAll(sp, list(sp, 'planReviews').items, page)));
      return rows;
    })
  );
  return ([] as ReviewRow[]).concat(...read);
}

/** Plans' listings, their states derived from their own decisions (plans from before the window). */
export async function verifyPlans(sp: SPFI, rows: readonly PlanRow[]): Promise<PlanListing[]> {
  return buildListings(
    rows,
    (
      await decisionsOfPlans(
        sp,
        rows.map((r) => r.Id)
      )
    ).filter(isDecision)
  );
}

/** Plan rows by id, 20 per `$batch` (facts for approvals written before v3). */
export async function plansById(sp: SPFI, ids: readonly number[]): Promise<Map<number, PlanRow>> {
  const found = new Map<number, PlanRow>();
  const unique = ids.filter((id, i) => ids.indexOf(id) === i);
  const chunks: number[][] = [];
  for (let i = 0; i < unique.length; i += 20) chunks.push(unique.slice(i, i + 20));
  // Every batch of 20 at once: one round trip of waiting.
  const read = await Promise.all(
    chunks.map(async (chunk) => {
      const [batched, execute] = sp.batched();
      const reads = chunk.map((id) =>
        settle(
          list(batched, 'plans')
            .items.filter(`Id eq ${odataInteger(id)}`)
            .select(...SUMMARY_SELECT)
            .top(1)<PlanRow[]>()
        )
      );
      await execute();
      return Promise.all(reads);
    })
  );
  for (const outcome of ([] as Array<Settled<PlanRow[]>>).concat(...read)) {
    if (!outcome.ok) throw outcome.error;
    outcome.value.forEach((row) => found.set(row.Id, row));
  }
  return found;
}

/** Drafts from their indexed range: the threshold refuses a range above 5,000 rows, so a refusal means "more than the cap". */
async function draftCount(page: Settled<Page<PlanRow>>): Promise<StateCount> {
  if (!page.ok) {
    if (await isThreshold(page.error)) return { count: COUNT_CAP, capped: true };
    throw page.error;
  }
  const count = page.value.rows.length;
  return count > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count, capped: false };
}

/**
 * Archived plans from the start of the PlanState index: rows an author forged as 'approved' (or
 * left empty) come first and are passed over; the count is exact once a later state shows up.
 */
function archivedCount(page: Settled<Page<PlanRow>>): StateCount {
  // A walk along an index is never refused by the threshold: any failure is a real one.
  if (!page.ok) throw page.error;
  let count = 0;
  for (const row of page.value.rows) {
    const state = row[P.state];
    if (state === 'archived') count++;
    else if (state && state !== 'approved') return { count, capped: false };
  }
  // A full page without reaching the next state: there may be more.
  if (page.value.rows.length > COUNT_CAP) return { count: Math.min(count, COUNT_CAP), capped: true };
  return { count, capped: false };
}

const isDecision = (row: ReviewRow): boolean => (STATE_DECISIONS as readonly string[]).indexOf(row[V.decision] as string) >= 0;

/**
 * An approval counts only as what a reviewer wrote: not an approval by the plan's own creator
 * (who may also be a reviewer), and one listing per plan (the first row seen). The creator is
 * the plan row's server-set Author when the plan is in review (or the row was read), else the
 * PlanOwner the approving reviewer copied from it.
 */
export function validApprovals(rows: readonly ReviewRow[], owners: Map<number, number>): ReviewRow[] {
  const seen = new Set<number>();
  return rows
    .filter((r) => r[V.decision] === 'approve')
    .filter((r) => {
      const owner = owners.get(r.PlanId);
      if (owner === undefined || owner === r.AuthorId || seen.has(r.PlanId)) return false;
      seen.add(r.PlanId);
      return true;
    });
}

/** Whether an approved plan was filed: its own row when read (legacy approvals), else the projection read with the approval. */
function filingFrom(approval: ReviewRow, row: PlanRow | undefined): { archived: boolean; reference: string } {
  if (row) {
    const hint = hintOf(row);
    return { archived: hint.state === 'archived', reference: hint.archiveReference };
  }
  // Not projected (nothing read it): an approval is where the author's filing starts.
  return filingOf(approval) || { archived: false, reference: '' };
}

/** When each plan last had start-up instructions sent, among these decisions (ms since the epoch). */
function lastStartupByPlan(decisions: readonly ReviewRow[]): Map<number, number> {
  const last = new Map<number, number>();
  decisions.forEach((d) => {
    if (d[V.decision] !== 'sendStartupInstructions') return;
    const at = Date.parse(d.Created);
    if (at > (last.get(d.PlanId) ?? -Infinity)) last.set(d.PlanId, at);
  });
  return last;
}

/** The listing of an approved plan from its approve row (and when start-up instructions last followed, lastStartupByPlan). */
function approvedListing(
  approval: ReviewRow,
  facts: ReturnType<typeof approvalFacts>,
  lastStartup: ReadonlyMap<number, number>,
  inReview: Map<number, PlanListing>,
  modified: string,
  filing: { archived: boolean; reference: string }
): PlanListing | null {
  const verified = inReview.get(approval.PlanId);
  if (verified) return verified.state === 'approved' || verified.state === 'archived' ? verified : null;
  if (!facts) return null;
  const approvedAt = approval.Created;
  const startupInstructionsSent = (lastStartup.get(approval.PlanId) ?? -Infinity) > Date.parse(approvedAt);
  // After an approval the author's only step is filing it: archived when the plan says it was.
  return {
    ...facts,
    state: filing.archived ? 'archived' : 'approved',
    submittedAt: null,
    approvedAt,
    startupInstructionsSent,
    modified,
    archiveReference: filing.archived ? filing.reference : ''
  };
}

export interface FirstViewResult {
  inReview: InReview;
  approved: ListingPage;
  /** Verified listings of the window's plans in review, by id (to show the state of an author's own plans). */
  byId: Map<number, PlanListing>;
}

/** Reads what `queueFirstViewReads` queued and builds the queue, the counts and the first approved page. */
export async function buildFirstView(sp: SPFI, reads: FirstViewReads): Promise<FirstViewResult> {
  const windowRows = await rowsOf<PlanRow>(sp, 'plans', await reads.inReview, submittedSince(reads.windowStart), SUMMARY_SELECT);
  // Filed plans of the window are listed from their approvals below; drafts are not in review.
  const planRows = windowRows.filter((r) => hintOf(r).state === 'submitted');
  const windowById = new Map(windowRows.map((r) => [r.Id, r]));
  const recent = (
    await rowsOf<ReviewRow>(
      sp,
      'planReviews',
      await reads.decisions,
      `${V.created} ge ${odataDate(reads.windowStart)}`,
      APPROVAL_WITH_PLAN,
      [V.plan]
    )
  ).filter(isDecision);

  const listings = buildListings(planRows, recent);
  const byId = new Map(listings.map((l) => [l.id, l]));
  const owners = new Map(planRows.map((r) => [r.Id, r.AuthorId]));
  // Approvals in the window of plans not in review in it (filed since, or submitted before the
  // window): waiting for the reviewers if no start-up instructions followed.
  const outside = recent.filter((d) => d[V.decision] === 'approve' && !byId.has(d.PlanId));
  outside.forEach((d) => {
    const facts = approvalFacts(d);
    if (facts) owners.set(d.PlanId, facts.authorId);
  });
  const lastStartup = lastStartupByPlan(recent);
  const legacy = outside.filter((d) => !approvalFacts(d)).map((d) => d.PlanId);
  const legacyRows = legacy.length ? await plansById(sp, legacy) : new Map<number, PlanRow>();
  legacyRows.forEach((row) => owners.set(row.Id, row.AuthorId));
  const approvedOutside: PlanListing[] = [];
  validApprovals(outside, owners).forEach((approval) => {
    const row = legacyRows.get(approval.PlanId);
    const facts = approvalFacts(approval) || (row ? summaryFacts(row) : null);
    const listing = approvedListing(
      approval,
      facts,
      lastStartup,
      byId,
      row ? row.Modified : approval.Created,
      filingFrom(approval, row || windowById.get(approval.PlanId))
    );
    if (listing) approvedOutside.push(listing);
  });

  const counts = {} as Record<PlanState, StateCount>;
  PLAN_STATES.forEach((s) => {
    counts[s] = { count: 0, capped: false };
  });
  listings.forEach((l) => {
    counts[l.state].count += 1;
  });
  approvedOutside.forEach((l) => {
    if (l.state === 'approved') counts.approved.count += 1;
  });
  // Drafts and archived plans: bounded walks of the author's hint (a count to orient by, not a decision).
  counts.draft = await draftCount(await reads.drafts);
  counts.archived = archivedCount(await reads.archived);

  const waiting = approvedOutside.filter((l) => l.state === 'approved' || !l.startupInstructionsSent);
  const approved = await approvedPage(sp, await reads.approved, byId, windowById);
  return { inReview: { plans: [...listings, ...waiting], counts, since: reads.windowStart.toISOString() }, approved, byId };
}

/**
 * One page of the approved list from a walk of the approve rows, newest first: the facts are
 * what the reviewer wrote on the approve row (or, for approvals written before v3, the plan's
 * own row, read by id), the filing what the plan says, projected with the approval.
 */
export async function approvedPage(
  sp: SPFI,
  read: Settled<Page<ReviewRow>>,
  inReview: Map<number, PlanListing>,
  known: Map<number, PlanRow> = new Map()
): Promise<ListingPage> {
  if (!read.ok) {
    if (!(await isThreshold(read.error))) throw read.error;
    // The ApprovedAt index is not there yet (SharePoint builds a new index of a large list in the
    // background): the newest approvals from windows of ids, without further pages.
    const every = await byIdWindows<ReviewRow>(sp, 'planReviews', `${V.decision} eq ${odataString('approve')}`, APPROVAL_WITH_PLAN, [
      V.plan
    ]);
    const newest = every.sort((a, b) => b.Id - a.Id).slice(0, LIST_PAGE);
    return {
      plans: (
        await approvedPage(sp, { ok: true, value: { rows: newest.map((r) => ({ ...r, [V.approvedAt]: r.Created })) } }, inReview, known)
      ).plans
    };
  }
  const { approvals, ended } = approvalsOf(read.value.rows);
  const pageRows = approvals;
  const legacy = pageRows.filter((r) => !approvalFacts(r) && !inReview.has(r.PlanId)).map((r) => r.PlanId);
  const legacyRows = legacy.length ? await plansById(sp, legacy) : new Map<number, PlanRow>();
  const owners = new Map<number, number>();
  pageRows.forEach((r) => {
    const facts = approvalFacts(r);
    const row = legacyRows.get(r.PlanId);
    const known = inReview.get(r.PlanId);
    owners.set(r.PlanId, known ? known.authorId : facts ? facts.authorId : row ? row.AuthorId : r.AuthorId);
  });
  const plans: PlanListing[] = [];
  validApprovals(pageRows, owners).forEach((approval) => {
    const row = legacyRows.get(approval.PlanId);
    const facts = approvalFacts(approval) || (row ? summaryFacts(row) : null);
    const listing = approvedListing(
      approval,
      facts,
      new Map(),
      inReview,
      row ? row.Modified : approval.Created,
      filingFrom(approval, row || known.get(approval.PlanId))
    );
    if (listing) plans.push(listing);
  });
  return { plans, next: ended ? undefined : read.value.next };
}

/**
 * An author's own plans: a plan of the window's queue shows its verified state; one whose hint
 * still says "submitted" from before the window (approved and never filed, or waiting long) is
 * verified with its own decisions, at most a page of plans in one more request; otherwise the
 * author's own hint, which can only say draft or archived.
 */
export async function myPlans(sp: SPFI, page: Page<PlanRow>, inReview: Map<number, PlanListing>): Promise<ListingPage> {
  const older = page.rows.filter((r) => !inReview.has(r.Id) && hintOf(r).state === 'submitted');
  if (!older.length) return mineListings(page, inReview);
  const verified = await verifyPlans(sp, older);
  return mineListings(page, new Map([...inReview, ...verified.map((l): [number, PlanListing] => [l.id, l])]));
}

/**
 * The channel map reads the newest approvals, at most this many: one request whatever the
 * history (about a year of approvals at the pace of 90 embassies). Older approvals are left out
 * and the map says from when it counts (`since`), rather than walking every approval ever made.
 */
export const MAP_APPROVALS = 1000;
