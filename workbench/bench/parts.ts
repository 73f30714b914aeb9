/**
 * What the bench knows about each web part: its bundle, a representative viewer, the lists its
 * first view reads (seeded with realistic rows) and the service call its app makes for the first
 * view. Rows are generated from the schema in src/lists, so new columns get plausible values
 * without touching the bench; only the columns that shape the first-view queries (dates, states,
 * keys) follow the real distribution: history grows, the upcoming and the recent stay the same.
 */
import type { FeedAppServices } from '../../src/data/feedAppServices';
import type { PlanAppServices } from '../../src/data/planAppServices';
import type { TrainingAppServices } from '../../src/data/trainingAppServices';
import { CHANNELS as PLAN_CHANNELS, REGIONS as PLAN_REGIONS } from '../../src/domain/plans/plan';
import { sessionPersonKey } from '../../src/domain/training/seats';
import { FieldSpec, LISTS, ListKey, ListSpec } from '../../src/lists/schema';
import type { SeedRow } from '../emulator/items';

export type PartName = 'planSubmissions' | 'practiceFeed' | 'trainingRegistry';

/** Each web part's services, as its web part builds them (src/data/*AppServices.ts; scale.ts servicesAs). */
export interface PartServices {
  planSubmissions: PlanAppServices;
  practiceFeed: FeedAppServices;
  trainingRegistry: TrainingAppServices;
}

export interface SeedContext {
  now: Date;
  /** Directory user ids to spread authorship and people columns over. */
  people: number[];
  /** Users who worked here once: the authors of what is older than a posting (POSTING_YEARS). */
  former: number[];
  ownerId: number;
  /** Ids of the rows seeded so far, per list key (lookups point at them). */
  ids: Partial<Record<ListKey, number[]>>;
}

export interface ListSeed {
  key: ListKey;
  /** Rows for a list that holds `n` items in the scenario (dimension lists stay small). */
  count(n: number): number;
  shape?(i: number, count: number, ctx: SeedContext): SeedRow;
}

export interface FirstView {
  /** What was called, e.g. `training.firstView()`. */
  label: string;
  run(): Promise<unknown>;
}

export interface BenchPart<P extends PartName = PartName> {
  name: P;
  bundle: string;
  /** Region name in en-us (the app's Title). */
  viewer: { email: string; role: string };
  lists: ListSeed[];
  firstView(services: PartServices[P]): FirstView;
}

/** One of the parts, its services typed by its name. */
export type AnyBenchPart = { [P in PartName]: BenchPart<P> }[PartName];

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const iso = (ms: number): string => new Date(ms).toISOString();

/** A plausible value for any column, from its spec alone. */
function genericValue(field: FieldSpec, i: number, ctx: SeedContext): [string, unknown] | undefined {
  const cut = (s: string): string => (field.maxLength ? s.slice(-field.maxLength) : s);
  switch (field.kind) {
    case 'Text':
      return [field.name, cut(`${field.name} ${i}`)];
    case 'Note':
      return [field.name, `${field.name} ${i}: a few sentences of ordinary text written by a person.`];
    case 'RichNote':
      return [field.name, `<p>${field.name} ${i}: <strong>rich</strong> text with a <a href="https://example.org/">link</a>.</p>`];
    case 'Number':
      return [field.name, i % 100];
    case 'DateTime':
      return [field.name, iso(ctx.now.getTime() - i * HOUR)];
    case 'Boolean':
      return [field.name, false];
    case 'Choice':
      return field.choices?.length ? [field.name, field.choices[i % field.choices.length]] : undefined;
    case 'MultiChoice':
      return field.choices?.length ? [field.name, [field.choices[i % field.choices.length]]] : undefined;
    case 'User':
      return [`${field.name}Id`, ctx.people[i % ctx.people.length]];
    case 'UserMulti':
      return [`${field.name}Id`, [ctx.people[i % ctx.people.length]]];
    case 'Lookup': {
      const target = field.lookupList ? ctx.ids[field.lookupList as ListKey] : undefined;
      return target?.length ? [`${field.name}Id`, target[i % target.length]] : undefined;
    }
    case 'URL':
      return [field.name, { Url: `https://example.org/${i}`, Description: `Link ${i}` }];
    default:
      return undefined;
  }
}

const BUILT_IN = new Set(['Author', 'Editor', 'Created', 'Modified', 'ID', 'Id']);

export function generateRows(spec: ListSpec, seed: ListSeed, count: number, ctx: SeedContext): SeedRow[] {
  const rows: SeedRow[] = [];
  const known = new Set(['Title', 'Created', 'Modified', 'AuthorId', 'EditorId', 'FileDirRef']);
  for (const f of spec.fields) known.add(['User', 'UserMulti', 'Lookup'].includes(f.kind) ? `${f.name}Id` : f.name);
  for (let i = 0; i < count; i++) {
    const row: SeedRow = { Title: `${spec.title} ${i + 1}` };
    for (const field of spec.fields) {
      if (BUILT_IN.has(field.name)) continue;
      const value = genericValue(field, i, ctx);
      if (value) row[value[0]] = value[1];
    }
    const author = ctx.people[i % ctx.people.length];
    Object.assign(row, { AuthorId: author, EditorId: author });
    // Shaped values only for columns the list has (the schema may move under the bench).
    for (const [name, value] of Object.entries(seed.shape ? seed.shape(i, count, ctx) : {})) if (known.has(name)) row[name] = value;
    rows.push(row);
  }
  return rows;
}

const UPCOMING_SESSIONS = 60;

let split: { of: number[]; upcoming: number[]; past: number[] } | undefined;
/** The seeded sessions' ids: the last 60 are the upcoming ones (computed once per list, not per row). */
function splitSessions(sessions: number[]): { upcoming: number[]; past: number[] } {
  if (!split || split.of !== sessions) {
    split = {
      of: sessions,
      upcoming: sessions.slice(-UPCOMING_SESSIONS),
      past: sessions.slice(0, Math.max(0, sessions.length - UPCOMING_SESSIONS))
    };
  }
  return split;
}
const UPCOMING_REGISTRATIONS = 600;
/** Registrations on the first upcoming session (20 seats): the admin's big session. */
export const BIG_SESSION_REGISTRATIONS = 150;
/**
 * The pace of a real site: about 6,000 rows in five years (issue #11's realistic history: 90
 * embassies, a plan or so a month each). A bigger list is an older site, so what the last months
 * hold stays the same and the history behind it grows (at 100,000 rows it reaches decades back,
 * as imported archives do).
 */
const PACE = (5 * YEAR) / 6000;
/** Every hundredth post from the newest draws a third of the comments (and is never moved into a burst). */
const popular = (i: number, count: number): boolean => (count - 1 - i) % 100 === 0;
/** Posts: one every two hours. */
const POST_PACE = 2 * HOUR;

/** A stable pseudo-random number in [0, 1) for row i and a salt (murmur3's finalizer: salts are independent). */
export function unit(i: number, salt: number = 0): number {
  let h = (Math.imul(i, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * When row i of `count` happened, at PACE with bursts: a quarter of the rows fall in the ten days
 * of the two planning rounds of each year (late January, early September); the rest spread
 * evenly. Ids grow with time except inside bursts, as rows written in a rush do.
 */
export function historyTime(i: number, count: number, now: number, pace: number = PACE, steady: boolean = false): number {
  const even = now - pace * (count - i - 0.5);
  if (steady || unit(i, 1) >= 0.25) return even;
  const year = new Date(even).getUTCFullYear();
  const round = unit(i, 2) < 0.5 ? Date.UTC(year, 0, 20) : Date.UTC(year, 8, 5);
  const at = round + unit(i, 3) * 10 * DAY;
  return at < now ? at : even;
}

/** The recent window the reviewers work in: plans this young are the ones still moving. */
const ACTIVE_DAYS = 120;
/**
 * Staff rotate: a diplomat's posting lasts about four years, so what is older than that was written
 * by people who have moved on. An older site has more history, not more plans per person today.
 */
const POSTING_YEARS = 4;
/** The author of history written at `at`: today's staff within a posting, former staff before it. */
export function authorAt(i: number, at: number, ctx: SeedContext): number {
  const pool = ctx.now.getTime() - at > POSTING_YEARS * YEAR && ctx.former.length ? ctx.former : ctx.people;
  return pool[i % pool.length];
}

export interface PlanFate {
  at: number;
  state: 'draft' | 'submitted' | 'archived';
  /** The reviewer's decision on the plan's review row. */
  decision: 'comment' | 'requestChanges' | 'approve';
}

/**
 * Every plan state, as a site's history holds them: abandoned drafts pile up (6 % of the history,
 * so above 5,000 at 100,000 plans), a few approved plans were never archived by their authors
 * (their hint still says "submitted"), the rest are filed; the last 120 days hold plans waiting,
 * sent back, approved and waiting for start-up instructions, new drafts and newly filed plans.
 */
export function planFate(i: number, count: number, now: number): PlanFate {
  const at = historyTime(i, count, now);
  const u = unit(i, 4);
  if (now - at < ACTIVE_DAYS * DAY) {
    if (u < 0.3) return { at, state: 'submitted', decision: 'comment' };
    if (u < 0.45) return { at, state: 'submitted', decision: 'requestChanges' };
    if (u < 0.65) return { at, state: 'submitted', decision: 'approve' };
    if (u < 0.8) return { at, state: 'draft', decision: 'requestChanges' };
    return { at, state: 'archived', decision: 'approve' };
  }
  if (u < 0.06) return { at, state: 'draft', decision: 'requestChanges' };
  if (u < 0.08) return { at, state: 'submitted', decision: 'approve' };
  if (u < 0.1) return { at, state: 'archived', decision: 'comment' };
  return { at, state: 'archived', decision: 'approve' };
}

const EMBASSIES = 90;
const KEYWORDS = 60;
/** Keyword j (0 or 1) of post i: keyword k with weight 1 / (k + 1), two different ones per post. */
export function keywordOf(i: number, j: number): string {
  const k = Math.floor(Math.pow(KEYWORDS + 1, unit(i, 30 + j)) - 1);
  return `keyword${j === 1 && k === Math.floor(Math.pow(KEYWORDS + 1, unit(i, 30)) - 1) ? (k + 1) % KEYWORDS : k}`;
}
const CHANNELS = PLAN_CHANNELS.slice(0, 6);

export const PARTS: AnyBenchPart[] = [
  {
    name: 'planSubmissions',
    bundle: 'plan-submissions-web-part',
    viewer: { email: 'erik.lindqvist@formin.example', role: 'reviewer' },
    lists: [
      {
        // Five years of plans in every state (planFate): drafts, waiting, sent back, approved and filed.
        key: 'plans',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const { at, state } = planFate(i, count, ctx.now.getTime());
          const author = authorAt(i, at, ctx);
          return {
            AuthorId: author,
            EditorId: author,
            Embassy: `Embassy ${i % EMBASSIES}`,
            PlanState: state,
            Round: state === 'draft' ? 0 : 1 + (i % 3),
            SubmittedAt: state === 'draft' ? null : iso(at),
            PlanContent: '{}',
            ArchiveReference: state === 'archived' ? `REF-${i}` : null,
            ArchivedAt: state === 'archived' ? iso(at + 20 * DAY) : null,
            Created: iso(at - DAY),
            Modified: iso(state === 'archived' ? at + 20 * DAY : at)
          };
        }
      },
      {
        key: 'planRounds',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const at = planFate(i, count, ctx.now.getTime()).at;
          const author = authorAt(i, at, ctx);
          return {
            AuthorId: author,
            EditorId: author,
            Round: 1,
            Snapshot: '{}',
            Entry: 'submit',
            Section: null,
            Reference: null,
            Created: iso(at)
          };
        }
      },
      {
        // One review row per plan, a day after its submit, by someone else: the decision its fate
        // needs (approvals carry the facts a reviewer copies onto them, several channels each).
        key: 'planReviews',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const { at, decision } = planFate(i, count, ctx.now.getTime());
          const owner = ctx.people[i % ctx.people.length];
          const approve = decision === 'approve';
          const created = iso(Math.min(at + DAY, ctx.now.getTime() - HOUR));
          const channels = CHANNELS.filter((_, c) => unit(i, 10 + c) < 0.35);
          return {
            Round: 1,
            Decision: decision,
            Section: null,
            Fingerprint: null,
            Created: created,
            ApprovedAt: approve ? created : null,
            AuthorId: ctx.people[(i + 1) % ctx.people.length],
            EditorId: ctx.people[(i + 1) % ctx.people.length],
            PlanTitle: approve ? `DDH Plans ${i + 1}` : null,
            Embassy: approve ? `Embassy ${i % EMBASSIES}` : null,
            Region: approve ? PLAN_REGIONS[i % PLAN_REGIONS.length] : null,
            Channels: approve ? (channels.length ? channels : ['facebook']) : [],
            Purpose: approve ? 'activeUse' : null,
            PlanOwner: approve ? owner : null
          };
        }
      }
    ],
    firstView: (services) => ({ label: 'plans.repository.overview()', run: () => services.plans.repository.overview() })
  },
  {
    name: 'practiceFeed',
    bundle: 'practice-feed-web-part',
    viewer: { email: 'sofia.jarvinen@formin.example', role: 'staff' },
    lists: [
      {
        key: 'blogs',
        count: () => 40,
        shape: (i, count, ctx) => ({ BlogOwnersId: [ctx.people[i % ctx.people.length]], OwnerGroups: null })
      },
      {
        // A post every two hours across the ministry's blogs, with bursts (historyTime: 100,000
        // posts reach back some 20 years, to the feed's epoch), keywords as people use them: a few
        // common, many rare (keyword k is used in proportion to 1 / (k + 1)).
        key: 'posts',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const at = historyTime(i, count, ctx.now.getTime(), POST_PACE, popular(i, count));
          postPublished[i] = at;
          // Written by today's staff within a posting, by former colleagues before it (authorAt).
          const author = authorAt(i, at, ctx);
          return {
            AuthorId: author,
            EditorId: author,
            Published: iso(at),
            Created: iso(at),
            Modified: iso(at),
            Keywords: `${keywordOf(i, 0)}\n${keywordOf(i, 1)}`,
            Unit: `Unit ${i % 12}`,
            SearchText: `post ${i} ${keywordOf(i, 0)}`,
            HiddenComments: null,
            PlanLinks: null,
            PracticeLinks: null,
            Licence: 'CC BY 4.0'
          };
        }
      },
      {
        // Two keyword rows per post, newest posts first, copying its Published as the app does: as
        // many rows as posts, so the older half has none (posts from before the keyword list).
        key: 'postKeywords',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const posts = ctx.ids.posts ?? [0];
          const index = Math.max(0, posts.length - 1 - (Math.floor(i / 2) % posts.length));
          const keyword = keywordOf(index, i % 2);
          return {
            PostId: posts[index],
            Keyword: keyword,
            PostKeyword: `${posts[index]}:${keyword}`,
            Published: iso(postPublished[index] ?? ctx.now.getTime())
          };
        }
      },
      {
        // Comments pile on popular posts: a third of them on one post in a hundred (counted from the newest).
        key: 'comments',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const posts = ctx.ids.posts ?? [0];
          const index =
            unit(i, 20) < 0.33 ? Math.max(0, posts.length - 1 - Math.floor((unit(i, 21) * posts.length) / 100) * 100) : i % posts.length;
          // (popular(index) holds for the first kind: those posts keep their place in time.)
          return {
            PostId: posts[index],
            PostPublished: iso(postPublished[index] ?? ctx.now.getTime()),
            Created: iso(Math.min(ctx.now.getTime(), (postPublished[index] ?? 0) + DAY))
          };
        }
      },
      {
        key: 'likes',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const posts = ctx.ids.posts ?? [0];
          const post = posts[i % posts.length];
          // As the app writes it: the liker copies the post's Published (the first view reads likes by it).
          return { PostId: post, LikeKey: `${post}:${i}`, PostPublished: iso(postPublished[i % posts.length] ?? ctx.now.getTime()) };
        }
      }
    ],
    firstView: (services) => ({ label: 'feed.firstView()', run: () => services.feed.firstView() })
  },
  {
    name: 'trainingRegistry',
    bundle: 'training-registry-web-part',
    viewer: { email: 'mikko.nieminen@formin.example', role: 'staff' },
    lists: [
      {
        // Five years of past sessions (with the busy weeks of historyTime), always the same 60
        // upcoming sessions (one every other day).
        key: 'sessions',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const past = count - UPCOMING_SESSIONS;
          const start =
            i < past
              ? Math.min(historyTime(i, past, ctx.now.getTime()), ctx.now.getTime() - 3 * HOUR)
              : ctx.now.getTime() + (i - past + 1) * 2 * DAY;
          sessionStarts[i] = start;
          return {
            StartsAt: iso(start),
            OriginalStartsAt: iso(start),
            EndsAt: iso(start + 2 * HOUR),
            Capacity: 20,
            Cancelled: false,
            SignUpDeadline: null,
            OnlineLink: null,
            MeetingLink: i % 2 ? 'https://teams.example.org/meet/' + i : null,
            LinkedEvent: null,
            Place: 'Helsinki, Merikasarmi',
            OrganiserId: ctx.ownerId
          };
        }
      },
      {
        // 600 registrations on the upcoming sessions: 150 on the first (20 seats, a long waiting
        // list), 10 on each of the others; the rest on past sessions with attendance marked. One in
        // ten is cancelled (the row stays, as the app writes it).
        key: 'registrations',
        count: (n) => n,
        shape: (i, count, ctx) => {
          const { upcoming, past } = splitSessions(ctx.ids.sessions ?? [0]);
          const onUpcoming = i < Math.min(UPCOMING_REGISTRATIONS, count);
          const big = onUpcoming && i < BIG_SESSION_REGISTRATIONS;
          const session = big ? upcoming[0] : onUpcoming ? upcoming[1 + (i % (upcoming.length - 1))] : past[i % Math.max(1, past.length)];
          const slot = big ? i : onUpcoming ? Math.floor(i / upcoming.length) : Math.floor(i / Math.max(1, past.length));
          // Past registrations spread over everyone (a different person on each row of a session);
          // those older than a posting over former staff (authorAt).
          const start = startOf(ctx.ids.sessions ?? [], session);
          const spread = onUpcoming ? slot : slot + (i % Math.max(1, past.length)) * 13;
          const person = onUpcoming ? ctx.people[spread % ctx.people.length] : authorAt(spread, start, ctx);
          const cancelled = unit(i, 40) < 0.1;
          return {
            SessionId: session,
            ParticipantId: person,
            SessionPerson: sessionPersonKey(session, person),
            // As the app writes it: the session's original start, which the first view reads by range.
            SessionStartsAt: iso(start),
            Cancelled: cancelled,
            CancelledAt: cancelled ? iso(Math.min(ctx.now.getTime(), start - DAY)) : null,
            Attendance: !onUpcoming && !cancelled ? (unit(i, 41) < 0.9 ? 'attended' : 'noShow') : null,
            QueueOrder: null,
            AuthorId: person,
            EditorId: person
          };
        }
      }
    ],
    firstView: (services) => ({ label: 'training.firstView()', run: () => services.training.firstView() })
  }
];

/** Start times and Published values by row index, so dependent rows can copy them as the app does. */
const sessionStarts: number[] = [];
const postPublished: number[] = [];
let startsById: { ids: number[]; map: Map<number, number> } | undefined;

function startOf(ids: number[], session: number): number {
  if (!startsById || startsById.ids !== ids) {
    startsById = { ids, map: new Map(ids.map((id, index) => [id, sessionStarts[index]])) };
  }
  return startsById.map.get(session) ?? 0;
}

export function listSpec(key: ListKey): ListSpec {
  return LISTS[key];
}
