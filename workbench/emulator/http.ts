/**
 * Request context, URL segment parsing and the two JSON dialects SharePoint answers in:
 * JSON light (`Accept: application/json`) and verbose (`application/json;odata=verbose` → `{"d":…}`).
 */
import { errors } from './errors';
import type { ContentStore } from './file-store';
import type { UploadLimits } from './files';
import type { UserRecord } from './model';
import type { StorageEntityLookup } from './storage-entities';
import type { Store } from './store';

export interface RequestContext {
  /** The effective verb: X-HTTP-Method (MERGE, DELETE) wins over POST. */
  method: string;
  url: URL;
  query: URLSearchParams;
  headers: Headers;
  body: string;
  /** The body's bytes as sent (file uploads); `body` is the same bytes read as UTF-8. */
  bytes: Uint8Array;
  /** Where file and attachment contents live (file-store.ts). */
  contents: ContentStore;
  limits: UploadLimits;
  user: UserRecord;
  verbose: boolean;
  store: Store;
  siteUrl: string;
  now(): Date;
  counters: { rowsRead: number };
  /** The tenant's properties (storage-entities.ts), when the site belongs to an emulated tenant. */
  storageEntities?: StorageEntityLookup;
}

export interface Segment {
  name: string;
  lower: string;
  args?: string;
}

/** Splits `web/lists/getByTitle('A/B')/items(3)` into segments, respecting quotes. */
export function parseSegments(path: string): Segment[] {
  const raw: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of path) {
    if (c === "'") quoted = !quoted;
    if (c === '/' && !quoted) {
      raw.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  raw.push(current);
  return raw
    .filter((s) => s.length > 0)
    .map((s) => {
      const m = /^([^()]*)(?:\((.*)\))?$/s.exec(s);
      if (!m) throw errors.badQuery(`The segment '${s}' is not valid.`);
      return { name: m[1], lower: m[1].toLowerCase(), args: m[2] };
    });
}

/** `'text'` (doubled apostrophes), `guid'…'`, `@alias` or a bare token → its string value. */
export function stringArg(args: string | undefined, query: URLSearchParams): string {
  if (args === undefined) throw errors.badQuery('A parameter is missing.');
  let text = args.trim();
  if (text.startsWith('@')) text = (query.get(text) ?? '').trim();
  const m = /^(?:guid)?'(.*)'$/is.exec(text);
  return m ? m[1].replace(/''/g, "'") : text;
}

export function numberArg(args: string | undefined, query: URLSearchParams): number {
  const n = Number(stringArg(args, query));
  if (!Number.isFinite(n)) throw errors.badQuery(`The parameter '${args}' is not a number.`);
  return n;
}

/** `principalid=5, roledefid=1073741829` → lower-cased name → value. */
export function namedArgs(args: string | undefined, query: URLSearchParams): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (args ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    out.set(part.slice(0, eq).trim().toLowerCase(), stringArg(part.slice(eq + 1), query));
  }
  return out;
}

export function parseBody(ctx: RequestContext): Record<string, unknown> {
  if (!ctx.body.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(ctx.body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through to SharePoint's answer to an unreadable body
  }
  throw errors.badQuery('Invalid JSON. A token was not recognized in the JSON content.');
}

const LIGHT = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
const VERBOSE = 'application/json;odata=verbose;charset=utf-8';

export type Entity = Record<string, unknown>;

function toVerbose(entity: Entity): Entity {
  const out: Entity = {};
  const type = entity['odata.type'];
  if (typeof type === 'string') out.__metadata = { type, id: entity['odata.id'], uri: entity['odata.id'], etag: entity['odata.etag'] };
  for (const [k, v] of Object.entries(entity)) {
    if (k.startsWith('odata.')) continue;
    out[k] = Array.isArray(v)
      ? { results: v.map((x) => (x && typeof x === 'object' ? toVerbose(x as Entity) : x)) }
      : v && typeof v === 'object'
        ? toVerbose(v as Entity)
        : v;
  }
  return out;
}

export function respond(ctx: RequestContext, status: number, payload: string | null, headers: Record<string, string> = {}): Response {
  const h = new Headers(headers);
  if (payload !== null) h.set('Content-Type', ctx.verbose ? VERBOSE : LIGHT);
  return new Response(status === 204 ? null : payload, { status, headers: h });
}

export function entityResponse(ctx: RequestContext, entity: Entity, status = 200, headers: Record<string, string> = {}): Response {
  const body = ctx.verbose ? { d: toVerbose(entity) } : entity;
  return respond(ctx, status, JSON.stringify(body), headers);
}

export function collectionResponse(ctx: RequestContext, entities: Entity[], extra: Entity = {}): Response {
  const body = ctx.verbose
    ? { d: { results: entities.map(toVerbose), ...(extra['odata.nextLink'] ? { __next: extra['odata.nextLink'] } : {}) } }
    : { value: entities, ...extra };
  return respond(ctx, 200, JSON.stringify(body));
}

export function valueResponse(ctx: RequestContext, name: string, value: unknown): Response {
  return respond(ctx, 200, JSON.stringify(ctx.verbose ? { d: { [name]: value } } : { value }));
}

export function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers });
}

export function emptyOk(): Response {
  return new Response('', { status: 200 });
}
