/**
 * What the bench knows about each web part: its bundle, a representative viewer, the lists its
 * first view reads (seeded with realistic rows) and the service call its app makes for the first
 * view. Rows are generated from the schema in src/lists, so new columns get plausible values
 * without touching the bench; only the columns that shape the first-view queries (dates, states,
 * keys) follow the real distribution: history grows, the upcoming and the recent stay the same.
 */
import type { HubServices } from '../../src/data/services';
import { sessionPersonKey } from '../../src/domain/training/seats';
import { FieldSpec, LISTS, ListKey, ListSpec } from '../../src/lists/schema';
import type { SeedRow } from '../emulator/items';

export type PartName = 'planSubmissions' | 'practiceFeed' | 'trainingRegistry';

export interface SeedContext {
  now: Date;
  /** Directory user ids to spread authorship and people columns over. */
  people: number[];
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
  /** What was called, e.g. `training.firstView()`; "(placeholder)" while the feature has none. */
  label: string;
  run(): Promise<unknown>;
}

export interface BenchPart {
  name: PartName;
  bundle: string;
  /** Region name in en-us (the app's Title). */
  viewer: { email: string; role: string };
  lists: ListSeed[];
  firstView(services: HubServices): FirstView;
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const iso = (ms: number): string => new Date(ms).toISOString();

/** A plausible value for any column, from its spec alone. */
function genericValue(field: FieldSpec, i: number, ctx: SeedContext): [string, unknown] | undefined {
  const cut = (s: string): string => (field.maxLength ? s.slice(-field.maxLength) : s);
  switch (field.kind) {
    case 'Text': return [field.name, cut(`${field.name} ${i}`)];
    case 'Note': return [field.name, `${field.name} ${i}: a few sentences of ordinary text written by a person.`];
    case 'RichNote': return [field.name, `<p>${field.name} ${i}: <strong>rich</strong> text with a <a href="https://example.org/">link</a>.</p>`];
    case 'Number': return [field.name, i % 100];
    case 'DateTime': return [field.name, iso(ctx.now.getTime() - i * HOUR)];
    case 'Boolean': return [field.name, false];
    case 'Choice': return field.choices?.length ? [field.name, field.choices[i % field.choices.length]] : undefined;
    case 'MultiChoice': return field.choices?.length ? [field.name, [field.choices[i % field.choices.length]]] : undefined;
    case 'User': return [`${field.name}Id`, ctx.people[i % ctx.people.length]];
    case 'UserMulti': return [`${field.name}Id`, [ctx.people[i % ctx.people.length]]];
    case 'Lookup': {
      const target = field.lookupList ? ctx.ids[field.lookupList as ListKey] : undefined;
      return target?.length ? [`${field.name}Id`, target[i % target.length]] : undefined;
    }
    case 'URL': return [field.name, { Url: `https://example.org/${i}`, Description: `Link ${i}` }];
    default: return undefined;
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

/** Calls `path` on the services if the feature has landed; the first match wins. */
function discover(services: HubServices, candidates: Array<[string, string[]]>): FirstView | undefined {
  for (const [label, path] of candidates) {
    let owner: unknown = services;
    for (const key of path.slice(0, -1)) owner = owner && (owner as Record<string, unknown>)[key];
    const method = owner && (owner as Record<string, unknown>)[path[path.length - 1]];
    if (typeof method === 'function') return { label, run: () => (method as () => Promise<unknown>).call(owner) };
  }
  return undefined;
}

/** Until a feature has its own first-view call, its app shows the signed-in person. */
function placeholder(services: HubServices): FirstView {
  return { label: 'site.me() (placeholder app)', run: () => services.site.me() };
}

const UPCOMING_SESSIONS = 60;

let split: { of: number[]; upcoming: number[]; past: number[] } | undefined;
/** The seeded sessions' ids: the last 60 are the upcoming ones (computed once per list, not per row). */
function splitSessions(sessions: number[]): { upcoming: number[]; past: number[] } {
  if (!split || split.of !== sessions) {
    split = { of: sessions, upcoming: sessions.slice(-UPCOMING_SESSIONS), past: sessions.slice(0, Math.max(0, sessions.length - UPCOMING_SESSIONS)) };
  }
  return split;
}
const UPCOMING_REGISTRATIONS = 600;
/** Plans in the last 50 days (6 hours apart): the ones in review, the same at any list size. */
const RECENT_PLANS = 200;
const RECENT_STATES = ['draft', 'submitted', 'submitted', 'submitted', 'archived'];
const RECENT_DECISIONS = ['comment', 'comment', 'requestChanges', 'approve', 'approve'];

export const PARTS: BenchPart[] = [
  {
    name: 'planSubmissions',
    bundle: 'plan-submissions-web-part',
    viewer: { email: 'erik.lindqvist@formin.example', role: 'reviewer' },
    lists: [
      {
        // History grows (archived plans), the plans in review stay the same: the last RECENT_PLANS
        // cycle through draft, waiting, sent back, approved and archived.
        key: 'plans', count: (n) => n,
        shape: (i, count, ctx) => {
          const recent = i >= count - RECENT_PLANS;
          const state = recent ? RECENT_STATES[i % 5] : 'archived';
          const at = ctx.now.getTime() - (count - i) * 6 * HOUR;
          return {
            Embassy: `Embassy ${i % 90}`, PlanState: state, Round: state === 'draft' ? 0 : 1 + (i % 3),
            SubmittedAt: state === 'draft' ? null : iso(at), PlanContent: '{}', ArchiveReference: state === 'archived' ? `REF-${i}` : null,
            ArchivedAt: state === 'archived' ? iso(at + DAY) : null, Created: iso(at - DAY), Modified: iso(at)
          };
        }
      },
      {
        key: 'planRounds', count: (n) => n,
        shape: (i, count, ctx) => ({ Round: 1, Snapshot: '{}', Entry: 'submit', Section: null, Reference: null, Created: iso(ctx.now.getTime() - (count - i) * 6 * HOUR) })
      },
      {
        // One review row per plan, an hour after its submit, by someone else: half the history is
        // approvals (with the facts a reviewer copies onto them), the rest comments; the recent
        // plans get the decision their state needs.
        key: 'planReviews', count: (n) => n,
        shape: (i, count, ctx) => {
          const recent = i >= count - RECENT_PLANS;
          const decision = recent ? RECENT_DECISIONS[i % 5] : i % 2 === 0 ? 'approve' : 'comment';
          const owner = ctx.people[i % ctx.people.length];
          const approve = decision === 'approve';
          const created = iso(ctx.now.getTime() - (count - i) * 6 * HOUR + HOUR);
          return {
            Round: 1, Decision: decision, Section: null, Fingerprint: null, Created: created, ApprovedAt: approve ? created : null,
            AuthorId: ctx.people[(i + 1) % ctx.people.length], EditorId: ctx.people[(i + 1) % ctx.people.length],
            PlanTitle: approve ? `DDH Plans ${i + 1}` : null, Embassy: approve ? `Embassy ${i % 90}` : null, Region: approve ? 'europe' : null,
            Channels: approve ? ['facebook'] : [], Purpose: approve ? 'activeUse' : null, PlanOwner: approve ? owner : null
          };
        }
      }
    ],
    firstView: (services) => discover(services, [
      ['plans.repository.overview()', ['plans', 'repository', 'overview']],
      ['plans.firstView()', ['plans', 'firstView']]
    ]) ?? placeholder(services)
  },
  {
    name: 'practiceFeed',
    bundle: 'practice-feed-web-part',
    viewer: { email: 'sofia.jarvinen@formin.example', role: 'staff' },
    lists: [
      { key: 'blogs', count: () => 40, shape: (i, count, ctx) => ({ BlogOwnersId: [ctx.people[i % ctx.people.length]], OwnerGroups: null }) },
      {
        // Newest last (ids grow with time), one post every two hours.
        key: 'posts', count: (n) => n,
        shape: (i, count, ctx) => {
          const at = ctx.now.getTime() - (count - i) * 2 * HOUR;
          postPublished[i] = at;
          return {
            Published: iso(at), Created: iso(at), Modified: iso(at), Keywords: `keyword${i % 50}\nkeyword${(i + 7) % 50}`,
            SearchText: `post ${i} keyword${i % 50}`, HiddenComments: null, PlanLinks: null, PracticeLinks: null, Licence: 'CC BY 4.0'
          };
        }
      },
      {
        key: 'postKeywords', count: (n) => n,
        shape: (i, count, ctx) => {
          const posts = ctx.ids.posts ?? [0];
          const post = posts[Math.floor(i / 2) % posts.length];
          return { PostId: post, Keyword: `keyword${i % 50}`, PostKeyword: `${post}:${i}`, Published: iso(ctx.now.getTime() - (count - i) * HOUR) };
        }
      },
      { key: 'comments', count: (n) => n },
      {
        key: 'likes', count: (n) => n,
        shape: (i, count, ctx) => {
          const posts = ctx.ids.posts ?? [0];
          const post = posts[i % posts.length];
          // As the app writes it: the liker copies the post's Published (the first view reads likes by it).
          return { PostId: post, LikeKey: `${post}:${i}`, PostPublished: iso(postPublished[i % posts.length] ?? ctx.now.getTime()) };
        }
      }
    ],
    firstView: (services) => discover(services, [
      ['feed.firstView()', ['feed', 'firstView']],
      ['feed.overview()', ['feed', 'overview']],
      ['feed.repository.firstView()', ['feed', 'repository', 'firstView']],
      ['practices.firstView()', ['practices', 'firstView']]
    ]) ?? placeholder(services)
  },
  {
    name: 'trainingRegistry',
    bundle: 'training-registry-web-part',
    viewer: { email: 'mikko.nieminen@formin.example', role: 'staff' },
    lists: [
      {
        // Years of history, always the same 60 upcoming sessions (one every other day).
        key: 'sessions', count: (n) => n,
        shape: (i, count, ctx) => {
          const past = count - UPCOMING_SESSIONS;
          const start = i < past ? ctx.now.getTime() - (past - i) * 6 * HOUR : ctx.now.getTime() + (i - past + 1) * 2 * DAY;
          sessionStarts[i] = start;
          return {
            StartsAt: iso(start), OriginalStartsAt: iso(start), EndsAt: iso(start + 2 * HOUR), Capacity: 20, Cancelled: false, SignUpDeadline: null,
            OnlineLink: null, MeetingLink: i % 2 ? 'https://teams.example.org/meet/' + i : null, LinkedEvent: null,
            Place: 'Helsinki, Merikasarmi', OrganiserId: ctx.ownerId
          };
        }
      },
      {
        // 600 registrations on the upcoming sessions (10 each), the rest on past ones.
        key: 'registrations', count: (n) => n,
        shape: (i, count, ctx) => {
          const { upcoming, past } = splitSessions(ctx.ids.sessions ?? [0]);
          const onUpcoming = i < Math.min(UPCOMING_REGISTRATIONS, count);
          const session = onUpcoming ? upcoming[i % upcoming.length] : past[i % Math.max(1, past.length)];
          const person = ctx.people[(onUpcoming ? Math.floor(i / upcoming.length) : Math.floor(i / Math.max(1, past.length))) % ctx.people.length];
          return {
            SessionId: session, ParticipantId: person, SessionPerson: sessionPersonKey(session, person),
            // As the app writes it: the session's original start, which the first view reads by range.
            SessionStartsAt: iso(startOf(ctx.ids.sessions ?? [], session)),
            Cancelled: false, CancelledAt: null, Attendance: null, QueueOrder: null, AuthorId: person, EditorId: person
          };
        }
      }
    ],
    firstView: (services) => discover(services, [
      ['training.firstView()', ['training', 'firstView']]
    ]) ?? placeholder(services)
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
