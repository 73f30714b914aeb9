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
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { awaitsReviewer, sortOldestWaitingFirst } from '../../domain/plans/queue';
import { PLAN_FIELDS as P, PLAN_LISTS } from '../../lists/planLists';
import { toProblem } from '../errors';
import { odataDate, odataString } from '../odata';
import { readPage } from '../paging';
import { QUEUE_WINDOW_DAYS, verifyPlans } from './overview';
import { settle } from '../settle';
import { PlanRow, SUMMARY_SELECT } from './rows';
import { PlanListing } from './summaries';

const DAY = 24 * 3600 * 1000;
/** A window of submits: a year (some 1,200 plans at the pace of 90 embassies). */
export const OLDER_WINDOW_DAYS = 365;
/** Windows per page, in one `$batch`. */
export const OLDER_WINDOWS_PER_PAGE = 2;

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

/** A page of the older plans still waiting, from `before` (the previous page's `next`; the window's start when absent). */
export async function olderInReview(sp: SPFI, before?: string, now: Date = new Date()): Promise<OlderPlans> {
  const upper = before ? new Date(before) : new Date(now.getTime() - QUEUE_WINDOW_DAYS * DAY);
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
  const waiting = sortOldestWaitingFirst(rows.length ? (await verifyPlans(sp, rows)).filter(awaitsReviewer) : []) as PlanListing[];
  return ended ? { plans: waiting } : { plans: waiting, next: searchedTo.toISOString(), searchedTo: searchedTo.toISOString() };
}
