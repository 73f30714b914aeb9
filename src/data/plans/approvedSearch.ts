/**
 * Approved plans that match the approved list's filters, found on the server (issue #11 item 7:
 * a filter must not only sift the pages already loaded). Loaded when a filter is first set.
 *
 * No filter column can lead a query on a large list: Region and Purpose have few values, so each
 * value's approvals outgrow the threshold with the history; Channels is multi-choice (never
 * indexed); embassies are typed by people. So the search walks back through the approvals by
 * their indexed ApprovedAt in windows of time (each an index range of at most 5,000 approvals at
 * the pace of the process), the region and purpose clauses AND-ed after the range to keep the
 * answers small, and the filters' own rules (`filterPlans`) applied to what comes back. A page
 * stops at LIST_PAGE matches or after WINDOWS_PER_PAGE windows, whichever comes first, so each
 * "search further" reads a bounded number of rows; the page says how far back it has searched.
 * The newest window travels in the first `$batch`; the others follow in a second only when it
 * did not fill the page (a rare filter).
 *
 * An embassy filter reads the embassy's own approvals instead (schema v8): the time key
 * EmbassyApproved (src/lists/timeKeys.ts, keyPages.ts) holds each approval's embassy, then its
 * time, so each chosen embassy's range is read newest first up to a page, all embassies in one
 * `$batch` with the site's schema version, merged newest first (the region and purpose clauses
 * AND-ed after each range, `filterPlans` after that). The next page is a new range ending before
 * the oldest approval the page vouches for (`next`, a time: the server's token cannot follow a merge
 * of several ranges). A site whose recorded version is older (its keys may not be filled in yet)
 * is searched by windows as above (siteVersion.ts: one more round trip when the version was not known).
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { QueueFilter, filterPlans } from '../../domain/plans/queue';
import { PLAN_LISTS, REVIEW_FIELDS as V, embassyGroup } from '../../lists/planLists';
import { toProblem } from '../errors';
import { odataDate, odataString } from '../odata';
import { Page, readPage } from '../paging';
import { APPROVAL_WITH_PLAN, LIST_PAGE, approvedPage } from './overview';
import { Settled, settle } from '../settle';
import { KeyPage, KeyQuery, firstKeyRead, keyPage } from './keyPages';
import { TIME_KEYS_SINCE } from '../../lists/timeKeys';
import { knownVersion, readVersionWith } from './siteVersion';
import { ReviewRow } from './rows';
import { PlanListing } from './summaries';

const DAY = 24 * 3600 * 1000;
/** A window of approvals: about a year (some 1,100 approvals at the pace of 90 embassies). */
export const WINDOW_DAYS = 365;
/** Windows read at most per page: the newest, then the rest in one more `$batch`. */
export const WINDOWS_PER_PAGE = 4;

export interface ApprovedMatches {
  plans: PlanListing[];
  /** Where the next page starts (an approval time, ISO); undefined when every approval was searched. */
  next?: string;
  /** How far back this page searched: approvals from this time on are all matched. */
  searchedTo?: string;
}

const anyOf = (column: string, values: readonly string[] | undefined): string =>
  values && values.length ? ` and (${values.map((v) => `${column} eq ${odataString(v)}`).join(' or ')})` : '';

function windowQuery(sp: SPFI, filter: QueueFilter, from: Date, before: Date): Promise<{ rows: ReviewRow[] }> {
  const clauses =
    `${V.approvedAt} ge ${odataDate(from)} and ${V.approvedAt} lt ${odataDate(before)}` +
    ` and ${V.decision} eq ${odataString('approve')}${anyOf(V.region, filter.regions)}${anyOf(V.purpose, filter.purposes)}`;
  return readPage<ReviewRow>(
    sp.web.lists
      .getByTitle(PLAN_LISTS.planReviews.title)
      .items.select(...APPROVAL_WITH_PLAN)
      .expand(V.plan)
      .filter(clauses)
      .orderBy(V.approvedAt, false)
      .top(5000)
  );
}

type Read = { ok: true; value: { rows: ReviewRow[] } } | { ok: false; error: unknown };

/**
 * A window's approvals, newest first. A window the threshold refused (more than 5,000 approvals
 * in it: a busier stretch than the pace, or an import) is read again as its two halves, each
 * narrowed the same way, as the feed's scan does (src/data/feed/scan.ts).
 */
async function windowRows(sp: SPFI, filter: QueueFilter, from: Date, before: Date, read: Read): Promise<ReviewRow[]> {
  if (read.ok) return read.value.rows;
  if ((await toProblem(read.error)).kind !== 'threshold' || before.getTime() - from.getTime() < 60 * 1000) throw read.error;
  const mid = new Date(from.getTime() + Math.floor((before.getTime() - from.getTime()) / 2));
  const newer = await windowRows(sp, filter, mid, before, await settle(windowQuery(sp, filter, mid, before)));
  const older = await windowRows(sp, filter, from, mid, await settle(windowQuery(sp, filter, from, mid)));
  return [...newer, ...older];
}

/**
 * The first approval written: the Decision index from its start ('approve' sorts first of the
 * decisions, then by id). Rows are written as things happen, so no approval is much older than
 * it; the search goes one window further to be sure (only an import could write an older one).
 */
function oldestQuery(sp: SPFI): Promise<ReviewRow[]> {
  return sp.web.lists
    .getByTitle(PLAN_LISTS.planReviews.title)
    .items.select('Id', 'Created', V.decision, V.approvedAt)
    .orderBy(V.decision, true)
    .top(1)<ReviewRow[]>();
}

const approvedTime = (row: ReviewRow): number => Date.parse((row[V.approvedAt] as string) || row.Created);

/** One chosen embassy's approvals as a time key range (keyPages.ts), the region and purpose clauses after it. */
function embassyQuery(group: number, filter: QueueFilter): KeyQuery<ReviewRow> {
  const and = `${anyOf(V.region, filter.regions)}${anyOf(V.purpose, filter.purposes)}`.replace(/^ and /, '');
  return {
    items: (sp) =>
      sp.web.lists
        .getByTitle(PLAN_LISTS.planReviews.title)
        .items.select(...APPROVAL_WITH_PLAN)
        .expand(V.plan),
    column: V.embassyApproved,
    group,
    and: and || undefined,
    timeOf: approvedTime
  };
}

/**
 * The page of the embassies' ranges merged newest first: the approvals every range vouches for
 * (each range that stopped at its page vouches only down to its oldest whole minute), at most
 * about a page of them; `complete` where the next page starts.
 */
function merged(pages: Array<KeyPage<ReviewRow>>): KeyPage<ReviewRow> {
  const stops = pages.map((p) => p.complete).filter((c): c is number => c !== undefined);
  let complete = stops.length ? Math.max(...stops) : undefined;
  let rows = ([] as ReviewRow[])
    .concat(...pages.map((p) => p.rows))
    .filter((r) => complete === undefined || approvedTime(r) >= complete)
    .sort((a, b) => approvedTime(b) - approvedTime(a) || b.Id - a.Id);
  if (rows.length > LIST_PAGE) {
    // Several embassies: a page of the newest, and every approval of the same instant as its last.
    complete = approvedTime(rows[LIST_PAGE - 1]);
    rows = rows.filter((r) => approvedTime(r) >= (complete as number));
  }
  return { rows, complete };
}

/** The embassy filter's page from the time keys: the first reads (sent with the version), then any refused range read by windows. */
async function byEmbassy(
  sp: SPFI,
  filter: QueueFilter,
  inReview: Map<number, PlanListing>,
  queries: Array<KeyQuery<ReviewRow>>,
  firsts: Array<Settled<Page<ReviewRow>>>,
  before: number | undefined,
  now: Date
): Promise<ApprovedMatches> {
  const pages = await Promise.all(queries.map((q, i) => keyPage(sp, q, LIST_PAGE, firsts[i], before, now.getTime())));
  const { rows, complete } = merged(pages);
  const page = await approvedPage(sp, { ok: true, value: { rows } }, inReview);
  const plans = filterPlans(page.plans, filter) as PlanListing[];
  if (complete === undefined) return { plans };
  const to = new Date(complete).toISOString();
  return { plans, next: to, searchedTo: to };
}

/**
 * One page of approved plans matching `filter`, newest approval first, from `before` (an ISO time
 * from the previous page's `next`; now when absent). `inReview`: the plans the first view verified.
 */
export async function approvedMatching(
  sp: SPFI,
  filter: QueueFilter,
  inReview: Map<number, PlanListing>,
  before?: string,
  now: Date = new Date()
): Promise<ApprovedMatches> {
  const groups = Array.from(new Set((filter.embassies || []).map(embassyGroup).filter((g): g is number => g !== null)));
  const known = knownVersion(sp);
  if (groups.length && (known === undefined || known >= TIME_KEYS_SINCE)) {
    // The embassies' ranges in one $batch, with the site's version when it is not known yet: used only on a site at v8.
    const [batched, execute] = sp.batched();
    const version = known === undefined ? readVersionWith(sp, batched) : Promise.resolve(known);
    const queries = groups.map((g) => embassyQuery(g, filter));
    const end = before ? Date.parse(before) : undefined;
    const firsts = queries.map((q) => firstKeyRead(batched, q, LIST_PAGE, end));
    await execute();
    const siteVersion = await version;
    if (siteVersion !== undefined && siteVersion >= TIME_KEYS_SINCE)
      return byEmbassy(sp, filter, inReview, queries, await Promise.all(firsts), end, now);
  }
  return byWindows(sp, filter, inReview, before, now);
}

/** A page by windows of ApprovedAt (a region or purpose filter, or a site before v8). */
async function byWindows(
  sp: SPFI,
  filter: QueueFilter,
  inReview: Map<number, PlanListing>,
  before: string | undefined,
  now: Date
): Promise<ApprovedMatches> {
  const upper = before ? new Date(before) : new Date(now.getTime() + DAY);
  const span = (i: number): { from: Date; before: Date } => ({
    from: new Date(upper.getTime() - (i + 1) * WINDOW_DAYS * DAY),
    before: new Date(upper.getTime() - i * WINDOW_DAYS * DAY)
  });
  // The newest window first, with the first approval's time; the others only if it did not fill the page.
  const [batched, execute] = sp.batched();
  const oldest = settle(oldestQuery(batched));
  const windows: Array<{ from: Date; before: Date; read: () => Promise<Read> }> = [];
  const newest = settle(windowQuery(batched, filter, span(0).from, span(0).before));
  windows.push({ ...span(0), read: () => newest });
  await execute();
  const first = await oldest;
  if (!first.ok) throw first.error;
  const row = first.value.find((r) => r[V.decision] === 'approve');
  const oldestAt = row ? Date.parse((row[V.approvedAt] as string) || row.Created) - WINDOW_DAYS * DAY : undefined;
  let rest: Array<Promise<Read>> | undefined;
  const later = (): Array<Promise<Read>> => {
    if (!rest) {
      const [more, send] = sp.batched();
      rest = windows.slice(1).map((w) => settle(windowQuery(more, filter, w.from, w.before)));
      // Each part reports its own failure (settled above); the batch's own answer adds nothing.
      send().catch(() => undefined);
    }
    return rest;
  };
  for (let i = 1; i < WINDOWS_PER_PAGE; i++) {
    const index = i;
    if (oldestAt !== undefined && span(i).before.getTime() > oldestAt) windows.push({ ...span(i), read: () => later()[index - 1] });
  }

  const plans: PlanListing[] = [];
  const seen = new Set<number>();
  for (const w of windows) {
    const rows = await windowRows(sp, filter, w.from, w.before, await w.read());
    const times = new Map<number, string>();
    rows.forEach((r) => {
      if (!times.has(r.PlanId) && typeof r[V.approvedAt] === 'string') times.set(r.PlanId, r[V.approvedAt] as string);
    });
    const page = await approvedPage(sp, { ok: true, value: { rows } }, inReview);
    const matching = filterPlans(page.plans, filter) as PlanListing[];
    for (const plan of matching) {
      if (seen.has(plan.id)) continue;
      seen.add(plan.id);
      plans.push(plan);
      if (plans.length === LIST_PAGE) {
        // Full: the next page starts at this approval (same-time approvals are met again and skipped by id).
        const at = times.get(plan.id) || plan.approvedAt || w.before.toISOString();
        return { plans, next: new Date(Date.parse(at) + 1).toISOString(), searchedTo: at };
      }
    }
    if (oldestAt === undefined || w.from.getTime() <= oldestAt) return { plans };
  }
  const searchedTo = windows[windows.length - 1].from.toISOString();
  return { plans, next: searchedTo, searchedTo };
}
