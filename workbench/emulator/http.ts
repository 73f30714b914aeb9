/**
 * Request context, URL segment parsing and the JSON dialects SharePoint answers in: JSON light
 * (`Accept: application/json`, minimal metadata), JSON light without metadata
 * (`application/json;odata=nometadata`) and verbose (`application/json;odata=verbose` → `{"d":…}`).
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
  /** `Accept: application/json;odata=nometadata`: rows without their control information (metadataLevel). */
  noMetadata: boolean;
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
const LIGHT_NO_METADATA = 'application/json;odata=nometadata;streaming=true;charset=utf-8';
const VERBOSE = 'application/json;odata=verbose;charset=utf-8';

/**
 * Which JSON a request asked for by its Accept header. JSON light comes with minimal metadata
 * (`odata.type`, `odata.id`, `odata.etag`, `odata.editLink` on every entity) unless the client asks
 * for `odata=nometadata`, which leaves them out: Learn, "Working with the SharePoint Send HTTP
 * Request flow action in Power Automate", *Use JSON light*. A client that also sends
 * `OData-Version: 4.0` (SPFx's SPHttpClient does) is refused that form with 406 Not Acceptable:
 * SharePoint/sp-dev-docs #644 (closed by design; OData 4.0 spells it `odata.metadata=none`, which the
 * emulator does not model).
 */
export function metadataLevel(headers: Headers): { verbose: boolean; noMetadata: boolean } {
  const accept = headers.get('Accept') ?? '';
  const noMetadata = /odata=nometadata/i.test(accept);
  if (noMetadata && (headers.get('OData-Version') ?? '').trim() === '4.0')
    throw errors.spException(406, 'The requested format is not acceptable: odata=nometadata with OData-Version 4.0.');
  return { verbose: /odata=verbose/i.test(accept), noMetadata };
}

/**
 * An entity without its control information, as `odata=nometadata` answers: every `odata.*`
 * property goes, in expanded entities too, except the paging link, which a client still needs
 * ("odata.metadata=none … SHOULD omit control information other than odata.nextLink and
 * odata.count": OData JSON Format 4.0, 3.1.3), and `odata.null`, which is the answer itself (an
 * absent tenant property: CLI for Microsoft 365 asks for it with odata=nometadata and reads
 * `odata.null`, storage-entities.ts).
 */
const KEPT_WITHOUT_METADATA = new Set(['odata.nextLink', 'odata.count', 'odata.null']);

function stripMetadata(entity: Entity): Entity {
  const out: Entity = {};
  for (const [k, v] of Object.entries(entity)) {
    if (k.startsWith('odata.') && !KEPT_WITHOUT_METADATA.has(k)) continue;
    out[k] = Array.isArray(v)
      ? v.map((x) => (x && typeof x === 'object' ? stripMetadata(x as Entity) : x))
      : v && typeof v === 'object'
        ? stripMetadata(v as Entity)
        : v;
  }
  return out;
}

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
  if (payload !== null) h.set('Content-Type', ctx.verbose ? VERBOSE : ctx.noMetadata ? LIGHT_NO_METADATA : LIGHT);
  return new Response(status === 204 ? null : payload, { status, headers: h });
}

export function entityResponse(ctx: RequestContext, entity: Entity, status = 200, headers: Record<string, string> = {}): Response {
  const body = ctx.verbose ? { d: toVerbose(entity) } : ctx.noMetadata ? stripMetadata(entity) : entity;
  return respond(ctx, status, JSON.stringify(body), headers);
}

export function collectionResponse(ctx: RequestContext, entities: Entity[], extra: Entity = {}): Response {
  const body = ctx.verbose
    ? { d: { results: entities.map(toVerbose), ...(extra['odata.nextLink'] ? { __next: extra['odata.nextLink'] } : {}) } }
    : ctx.noMetadata
      ? stripMetadata({ value: entities, ...extra })
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
