/**
 * Plans from before the queue's window that still wait for the reviewers (a decision, or start-up
 * instructions), looked for on request: the first view's queue covers QUEUE_WINDOW_DAYS only
 * (overview.ts), and a plan must not drop out of the reviewers' sight just because it waited long.
 *
 * The author's "submitted" hint range cannot be read whole (plans approved years ago and never
 * filed stay in it), so the search walks back through it in windows of the indexed SubmittedAt
 * (`SubmittedAt ge … and SubmittedAt lt … and PlanState eq 'submitted'`: the range is a year of
 * submits at the pace of the process, the hint filters its rows), verifies each plan found with
 * its own decisions, and keeps those still waiting. A page reads WINDOWS_PER_PAGE windows and says
 * how far back it has searched. Loaded when a reviewer asks (a chunk of its own).
 *
 * On a site at schema v8 the plans are read by the time key SubmittedWaiting instead (set only
 * while the hint says `submitted`, src/lists/planLists.ts): its range before the window, newest
 * first, OLDER_PAGE plans a page (keyPages.ts), in one `$batch` with the site's version, then those
 * plans' decisions in one more (verifyPlans, 20 plans a `$batch`). Rows read follow the page, not
 * the site's age. A site whose recorded version is older is searched by windows as above
 * (siteVersion.ts: one more round trip when the version was not known).
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { awaitsReviewer, sortOldestWaitingFirst } from '../../domain/plans/queue';
import { PLAN_FIELDS as P, PLAN_LISTS, SUBMITTED_GROUP } from '../../lists/planLists';
import { toProblem } from '../errors';
import { odataDate, odataString } from '../odata';
import { readPage } from '../paging';
import { QUEUE_WINDOW_DAYS, verifyPlans } from './overview';
import { settle } from '../settle';
import { KeyQuery, firstKeyRead, keyPage } from './keyPages';
import { TIME_KEYS_SINCE } from '../../lists/timeKeys';
import { knownVersion, readVersionWith } from './siteVersion';
import { PlanRow, SUMMARY_SELECT } from './rows';
import { PlanListing } from './summaries';

const DAY = 24 * 3600 * 1000;
/** A window of submits: a year (some 1,200 plans at the pace of 90 embassies). */
export const OLDER_WINDOW_DAYS = 365;
/** Windows per page, in one `$batch`. */
export const OLDER_WINDOWS_PER_PAGE = 2;
/** Plans per page from the time key: one `$batch` of their decisions (verifyPlans reads 20 plans a batch). */
export const OLDER_PAGE = 20;

const submittedTime = (row: PlanRow): number => Date.parse(row[P.submittedAt] as string);

/** The plans whose hint says `submitted`, by SubmittedWaiting. */
const WAITING: KeyQuery<PlanRow> = {
  items: (sp) => sp.web.lists.getByTitle(PLAN_LISTS.plans.title).items.select(...SUMMARY_SELECT),
  column: P.submittedWaiting,
  group: SUBMITTED_GROUP,
  timeOf: submittedTime
};

export interface OlderPlans {
  /** Plans from before the window still waiting for the reviewers, oldest waiting first. */
  plans: PlanListing[];
  /** Where the next page starts (ISO); undefined when every plan was searched. */
  next?: string;
  /** Plans submitted from this time on have been searched. */
  searchedTo?: string;
}

type Read = { ok: true; value: { rows: PlanRow[] } } | { ok: false; error: unknown };

function windowQuery(sp: SPFI, from: Date, before: Date): Promise<{ rows: PlanRow[] }> {
  const filter = `${P.submittedAt} ge ${odataDate(from)} and ${P.submittedAt} lt ${odataDate(before)} and ${P.state} eq ${odataString('submitted')}`;
  return readPage<PlanRow>(
    sp.web.lists
      .getByTitle(PLAN_LISTS.plans.title)
      .items.select(...SUMMARY_SELECT)
      .filter(filter)
      .top(5000)
  );
}

/** A window's plans; one the threshold refused (a rush of submits, or an import) is read again as its halves. */
async function windowRows(sp: SPFI, from: Date, before: Date, read: Read): Promise<PlanRow[]> {
  if (read.ok) return read.value.rows;
  if ((await toProblem(read.error)).kind !== 'threshold' || before.getTime() - from.getTime() < 60 * 1000) throw read.error;
  const mid = new Date(from.getTime() + Math.floor((before.getTime() - from.getTime()) / 2));
  const newer = await windowRows(sp, mid, before, await settle(windowQuery(sp, mid, before)));
  const older = await windowRows(sp, from, mid, await settle(windowQuery(sp, from, mid)));
  return [...newer, ...older];
}

/** The plans' verified listings still waiting for the reviewers, oldest waiting first. */
async function stillWaiting(sp: SPFI, rows: readonly PlanRow[]): Promise<PlanListing[]> {
  return sortOldestWaitingFirst(rows.length ? (await verifyPlans(sp, rows)).filter(awaitsReviewer) : []) as PlanListing[];
}

/** A page of the older plans still waiting, from `before` (the previous page's `next`; the window's start when absent). */
export async function olderInReview(sp: SPFI, before?: string, now: Date = new Date()): Promise<OlderPlans> {
  const upper = before ? new Date(before) : new Date(now.getTime() - QUEUE_WINDOW_DAYS * DAY);
  const known = knownVersion(sp);
  if (known !== undefined && known < TIME_KEYS_SINCE) return byWindows(sp, upper);
  // The key's first page in one $batch, with the site's version when it is not known yet: used only on a site at v8.
  const [keyed, send] = sp.batched();
  const version = known === undefined ? readVersionWith(sp, keyed) : Promise.resolve(known);
  const firstRead = firstKeyRead(keyed, WAITING, OLDER_PAGE, upper.getTime());
  await send();
  const siteVersion = await version;
  if (siteVersion !== undefined && siteVersion >= TIME_KEYS_SINCE) {
    const page = await keyPage(sp, WAITING, OLDER_PAGE, await firstRead, upper.getTime(), now.getTime());
    // The key is the hint's: a row written by hand may disagree with it, the hint itself decides.
    const rows = page.rows.filter((r) => r[P.state] === 'submitted');
    const plans = await stillWaiting(sp, rows);
    if (page.complete === undefined) return { plans };
    const to = new Date(page.complete).toISOString();
    return { plans, next: to, searchedTo: to };
  }
  return byWindows(sp, upper);
}

/** A page by windows of SubmittedAt back from `upper` (a site before v8). */
async function byWindows(sp: SPFI, upper: Date): Promise<OlderPlans> {
  const [batched, execute] = sp.batched();
  // The first plan written: ids grow with time, so nothing was submitted much before it (one window's margin).
  const first = settle(
    batched.web.lists.getByTitle(PLAN_LISTS.plans.title).items.select('Id', 'Created').orderBy('Id', true).top(1)<PlanRow[]>()
  );
  const windows = Array.from({ length: OLDER_WINDOWS_PER_PAGE }, (_, i) => {
    const end = new Date(upper.getTime() - i * OLDER_WINDOW_DAYS * DAY);
    const from = new Date(end.getTime() - OLDER_WINDOW_DAYS * DAY);
    return { from, before: end, read: settle(windowQuery(batched, from, end)) };
  });
  await execute();
  const firstRead = await first;
  if (!firstRead.ok) throw firstRead.error;
  const start = firstRead.value.length ? Date.parse(firstRead.value[0].Created) - OLDER_WINDOW_DAYS * DAY : Infinity;
  const rows: PlanRow[] = [];
  let searchedTo = upper;
  let ended = false;
  for (const w of windows) {
    if (ended) break;
    rows.push(...(await windowRows(sp, w.from, w.before, await w.read)));
    searchedTo = w.from;
    ended = w.from.getTime() <= start;
  }
  const waiting = await stillWaiting(sp, rows);
  return ended ? { plans: waiting } : { plans: waiting, next: searchedTo.toISOString(), searchedTo: searchedTo.toISOString() };
}
