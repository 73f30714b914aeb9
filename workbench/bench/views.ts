/**
 * Every list view at two list sizes: the requests and the rows the emulator read when a person
 * opens it. A first view that stays flat is not enough (issue #11 item 7): the channel map, the
 * next pages, each feed filter, "my trainings", past sessions and an admin's big session are
 * views people open too, and each must read about as much at 100,000 items as at 1,000.
 */
import { approvedMatching } from '../../src/data/plans/approvedSearch';
import { olderInReview } from '../../src/data/plans/olderQueue';
import type { Workbench } from '../server';
import { PartName, PartServices } from './parts';
import { countRoundTrips } from './roundTrips';
import { servicesAs } from './scale';

/** A view of web part P, called with the services P's web part builds. */
export interface PartView<P extends PartName> {
  part: P;
  label: string;
  viewer: string;
  /** What opening the view calls (setup outside the measured part goes in `prepare`). */
  prepare?(services: PartServices[P]): Promise<unknown>;
  run(services: PartServices[P], prepared: unknown): Promise<unknown>;
  /**
   * A search a person starts: how many rows its page shows (`run`'s answer). A young site may hold
   * fewer matches than a page, and no read can touch fewer rows than it shows, so such a view's
   * rows are compared per row shown (run.ts, table 3b).
   */
  shown?(result: unknown): number;
}

export type ListView = { [P in PartName]: PartView<P> }[PartName];

const REVIEWER = 'erik.lindqvist@formin.example';
const AUTHOR = 'aino.virtanen@formin.example';
const STAFF = 'sofia.jarvinen@formin.example';
const TRAINEE = 'mikko.nieminen@formin.example';
const TRAINING_ADMIN = 'helmi.korhonen@formin.example';
const YEAR_MS = 365 * 24 * 3600 * 1000;

type Overview = Awaited<ReturnType<PartServices['planSubmissions']['plans']['repository']['overview']>>;
type FeedView = Awaited<ReturnType<PartServices['practiceFeed']['feed']['firstView']>>;

export const VIEWS: ListView[] = [
  {
    part: 'planSubmissions',
    label: 'reviewer: first view (queue, counts, approved page 1)',
    viewer: REVIEWER,
    run: (s) => s.plans.repository.overview()
  },
  { part: 'planSubmissions', label: 'author: first view with my plans', viewer: AUTHOR, run: (s) => s.plans.repository.overview() },
  {
    part: 'planSubmissions',
    label: 'author: my plans, next page',
    viewer: AUTHOR,
    prepare: (s) => s.plans.repository.overview(),
    run: (s, o) => {
      const ov = o as Overview;
      return ov.mine?.next ? s.plans.repository.moreMine(ov.mine.next, ov.inReview.plans) : Promise.resolve();
    }
  },
  {
    part: 'planSubmissions',
    label: 'reviewer: approved plans, next page',
    viewer: REVIEWER,
    prepare: (s) => s.plans.repository.overview(),
    run: (s, o) => {
      const ov = o as Overview;
      return ov.approved.next ? s.plans.repository.moreApproved(ov.approved.next, ov.inReview.plans) : Promise.resolve();
    }
  },
  { part: 'planSubmissions', label: 'reviewer: channel map', viewer: REVIEWER, run: (s) => s.plans.repository.channelMap('en-US') },
  // Filters search the server (approvedSearch.ts): a common value fills a page from the newest
  // window of approvals; a rare one reads a bounded number of windows further back.
  {
    part: 'planSubmissions',
    label: 'reviewer: approved plans, filter (one region)',
    viewer: REVIEWER,
    run: (s) => s.plans.repository.read((sp) => approvedMatching(sp, { regions: ['europe'] }, new Map()))
  },
  {
    part: 'planSubmissions',
    label: 'reviewer: approved plans, filter (one embassy)',
    viewer: REVIEWER,
    shown: (r) => (r as { plans: unknown[] }).plans.length,
    run: (s) => s.plans.repository.read((sp) => approvedMatching(sp, { embassies: ['Embassy 7'] }, new Map()))
  },
  // On request: plans from before the queue's window still waiting (two years of submits a page).
  {
    part: 'planSubmissions',
    label: 'reviewer: older plans still waiting (first page)',
    viewer: REVIEWER,
    shown: (r) => (r as { plans: unknown[] }).plans.length,
    run: (s) => s.plans.repository.read((sp) => olderInReview(sp))
  },

  { part: 'practiceFeed', label: 'first view', viewer: STAFF, run: (s) => s.feed.firstView() },
  { part: 'practiceFeed', label: 'filter: kind (good practice)', viewer: STAFF, run: (s) => s.feed.firstView({ kind: 'goodPractice' }) },
  {
    part: 'practiceFeed',
    label: 'filter: common keyword',
    viewer: STAFF,
    shown: (r) => (r as FeedView).page.items.length,
    run: (s) => s.feed.firstView({ keyword: 'keyword0' })
  },
  {
    part: 'practiceFeed',
    label: 'filter: rare keyword',
    viewer: STAFF,
    shown: (r) => (r as FeedView).page.items.length,
    run: (s) => s.feed.firstView({ keyword: 'keyword50' })
  },
  {
    part: 'practiceFeed',
    label: 'filter: one blog',
    viewer: STAFF,
    prepare: (s) => s.feed.blogs.list(),
    run: (s, blogs) => s.feed.firstView({ blogId: (blogs as Array<{ id: number }>)[0].id })
  },
  {
    part: 'practiceFeed',
    label: 'filter: unit',
    viewer: STAFF,
    shown: (r) => (r as FeedView).page.items.length,
    run: (s) => s.feed.firstView({ unit: 'Unit 3' })
  },
  { part: 'practiceFeed', label: 'filter: text', viewer: STAFF, run: (s) => s.feed.firstView({ text: 'keyword3' }) },
  {
    part: 'practiceFeed',
    label: 'next page',
    viewer: STAFF,
    prepare: (s) => s.feed.firstView(),
    run: (s, v) => {
      const fv = v as FeedView;
      return fv.page.cursor ? s.feed.more(fv.page.cursor) : Promise.resolve();
    }
  },
  {
    part: 'practiceFeed',
    label: 'a post with many comments',
    viewer: STAFF,
    // The post of the first page with the most comments (the seed piles comments on every
    // hundredth post from the newest): its counts and its comments, as opening it reads them.
    prepare: async (s) => {
      const items = (await s.feed.firstView()).page.items;
      return items.reduce((a, b) => (b.counts.comments > a.counts.comments ? b : a)).post.id;
    },
    run: async (s, id) => {
      const post = await s.feed.item(id as number);
      return post ? s.feed.comments.forPost(post.post) : undefined;
    }
  },
  {
    part: 'practiceFeed',
    label: "author page (one person's posts)",
    viewer: STAFF,
    prepare: (s) => s.feed.firstView(),
    shown: (r) => (r as { items: unknown[] }).items.length,
    run: (s, v) => s.feed.feed({ authorId: (v as FeedView).viewer.id })
  },

  { part: 'trainingRegistry', label: 'first view', viewer: TRAINEE, run: (s) => s.training.firstView() },
  {
    part: 'trainingRegistry',
    label: 'my trainings',
    viewer: TRAINEE,
    prepare: (s) => s.site.me(),
    run: (s, me) => s.training.myTrainings((me as { id: number }).id)
  },
  {
    part: 'trainingRegistry',
    label: 'past sessions (a year)',
    viewer: TRAINEE,
    run: (s) => {
      const now = new Date();
      return s.training.sessions.between(new Date(now.getTime() - YEAR_MS), now);
    }
  },
  {
    part: 'trainingRegistry',
    label: 'admin: registrations of a big session',
    viewer: TRAINING_ADMIN,
    // The soonest session that has not started: the seed's 150 registrations for 20 seats.
    prepare: async (s) => (await s.training.sessions.upcoming(new Date())).rows.find((r) => r.session.start.getTime() > Date.now()),
    run: (s, stored) => s.training.registrations.forSession((stored as { session: { id: number } }).session.id)
  }
];

export interface ViewCost {
  requests?: number;
  roundTrips?: number;
  rowsRead?: number;
  /** Rows the view showed (`PartView.shown`), for a search. */
  shown?: number;
  ms?: number;
  error?: string;
}

/** One warm-up, then one measured run of `view` (requests and rows read are deterministic). */
export async function measureView<P extends PartName>(workbench: Workbench, view: PartView<P>): Promise<ViewCost> {
  const services = servicesAs(view.part, workbench.siteUrl, view.viewer);
  try {
    const prepared = view.prepare ? await view.prepare(services) : undefined;
    await view.run(services, prepared);
    const before = workbench.emulator.stats();
    const started = performance.now();
    const trips = countRoundTrips();
    let roundTrips = 0;
    let result: unknown;
    try {
      result = await view.run(services, prepared);
    } finally {
      roundTrips = trips.stop();
    }
    const ms = performance.now() - started;
    const after = workbench.emulator.stats();
    const shown = view.shown ? view.shown(result) : undefined;
    return { requests: after.requests - before.requests, roundTrips, rowsRead: after.rowsRead - before.rowsRead, shown, ms };
  } catch (error) {
    const e = error as { status?: number; message?: string };
    return { error: `${e.status ? `HTTP ${e.status}: ` : ''}${(e.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 100)}` };
  }
}
