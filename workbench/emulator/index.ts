/**
 * A small SharePoint Online: `handle(request)` answers the REST calls @pnp/sp v4 makes, over an
 * in-memory site that can be snapshotted to JSON and restored. See README.md for what it speaks.
 */
import { formatBatchResponse, parseBatch } from './batch';
import { DIGEST_TIMEOUT_SECONDS, digestIsValid, issueDigest } from './digest';
import { randomUUID } from 'crypto';
import { duplicateForm, errorBody, errors, Language, languageOf, SpError } from './errors';
import { FaultInjector } from './faults';
import { ContentStore, memoryContentStore } from './file-store';
import { UPLOAD_LIMITS, type UploadLimits } from './files';
import { metadataLevel, parseSegments, RequestContext } from './http';
import { seedItems, SeedRow } from './items';
import type { EmulatorState, UserRecord } from './model';
import { routeApi } from './routes';
import { claimsLogin, initialState } from './state';
import type { StorageEntityLookup } from './storage-entities';
import { Store } from './store';
import { configureIndexBuilds, IndexBuildOptions } from './index-builds';

export type { EmulatorState } from './model';
export type { FailOptions, FaultMatch } from './faults';
export { FaultInjector } from './faults';
export type { SeedRow } from './items';
export type { ContentStore } from './file-store';
export { directoryContentStore, memoryContentStore } from './file-store';

export interface EmulatorOptions {
  /** Absolute site URL, e.g. http://127.0.0.1:4321/sites/hub */
  siteUrl: string;
  state?: EmulatorState;
  now?: () => Date;
  /** Site title for a new site (groups are "<Title> Owners" …); defaults to the last URL segment, capitalised. */
  title?: string;
  /** The site admin of a new site; defaults to admin@contoso.onmicrosoft.com. */
  admin?: { email: string; title: string };
  /** Tenant properties every site answers `web/GetStorageEntity` from (tenant.ts); none: every key is absent. */
  storageEntities?: StorageEntityLookup;
  /** Where file contents live (file-store.ts); in memory unless given (the workbench keeps them on disk). */
  contents?: ContentStore;
  /** Upload limits, SharePoint Online's unless given (files.ts, UPLOAD_LIMITS); tests lower them. */
  limits?: Partial<UploadLimits>;
  /** A new index on a large list: build delay on this clock and the size that refuses one (index-builds.ts); off unless given. */
  indexBuilds?: IndexBuildOptions;
}

export interface Emulator {
  handle(request: Request): Promise<Response>;
  readonly siteUrl: string;
  addUser(user: { loginName?: string; email: string; title: string; isSiteAdmin?: boolean }): { id: number; loginName: string };
  addToGroup(groupTitle: string, loginName: string): void;
  /** Bulk insert without HTTP (tests, bench): column rules apply, permissions do not. Returns the new ids. */
  seedItems(listTitle: string, rows: SeedRow[], asLoginName?: string): number[];
  faults: FaultInjector;
  snapshot(): EmulatorState;
  stats(): { requests: number; rowsRead: number };
  /** A request digest as the site's pages carry it (`formDigestValue`, valid for `timeoutSeconds`). */
  issueDigest(): { value: string; timeoutSeconds: number };
}

interface RawRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  bytes?: Uint8Array;
}

/** Who is calling: the header stands for a bearer token (tests, tools), the cookie for a browser's sign-in. */
export function identityOf(headers: Headers): { login: string; byCookie: boolean } | undefined {
  const header = headers.get('X-Emulator-User');
  if (header) return { login: header, byCookie: false };
  const cookie = headers.get('Cookie') ?? '';
  const m = /(?:^|;\s*)emulator-user=([^;]*)/.exec(cookie);
  return m ? { login: decodeURIComponent(m[1]), byCookie: true } : undefined;
}

/**
 * A change (POST, MERGE, PATCH, PUT, DELETE) that carries OData query options, as a reused PnPjs
 * queryable does when `.filter()`/`.select()` were set on it before `.add()` or `.update()`:
 * `POST items?$filter=…`. How SharePoint treats them is undocumented (TENANT.md, risk 7; Learn
 * "Use OData query operations in SharePoint REST requests" defines them for reads only), so the
 * emulator refuses the undocumented form with a 400 that names the option, and the whole test
 * suite proves the data layer never sends one. Parameter aliases (`@v`) stay allowed.
 */
function refuseQueryOptionsOnWrite(method: string, url: URL): void {
  if (method === 'GET') return;
  for (const key of url.searchParams.keys()) {
    if (key.startsWith('$')) {
      throw errors.badQuery(
        `The query option '${key}' cannot be used with the HTTP method '${method}'. Query options apply to reads only.`
      );
    }
  }
}

export function createEmulator(options: EmulatorOptions): Emulator {
  const siteUrl = options.siteUrl.replace(/\/+$/, '');
  // The root site's path is '/', and its REST calls are '/_api/…': compare without the trailing slash.
  const sitePath = new URL(siteUrl).pathname.replace(/\/+$/, '').toLowerCase();
  const now = options.now ?? (() => new Date());
  const segment = sitePath.split('/').filter(Boolean).pop() ?? 'Site';
  const title = options.title ?? segment.charAt(0).toUpperCase() + segment.slice(1);
  const admin = options.admin ?? { email: 'admin@contoso.onmicrosoft.com', title: 'Site Admin' };
  const state: EmulatorState = options.state ? structuredClone(options.state) : initialState(title, admin, now());
  const store = new Store(state, new URL(siteUrl).pathname.replace(/\/+$/, ''));
  configureIndexBuilds(store, options.indexBuilds, now);
  const faults = new FaultInjector();
  const contents = options.contents ?? memoryContentStore();
  const limits: UploadLimits = { ...UPLOAD_LIMITS, ...options.limits };
  const counters = { requests: 0, rowsRead: 0 };
  let tail: Promise<unknown> = Promise.resolve();

  let duplicatesRefused = 0;

  const errorResponse = (error: SpError, language: Language = 'en'): Response => {
    // A unique column's refusal takes SharePoint's observed forms in turn (errors.ts, duplicateForm).
    const answer = error.duplicateFields ? duplicateForm(error.duplicateFields, duplicatesRefused++) : error;
    return new Response(errorBody(answer, language), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', ...answer.headers }
    });
  };

  /**
   * Every answer carries `SPRequestGuid` and `request-id` (the same GUID), as SharePoint Online's
   * do: the correlation id support finds a request by (pnp/pnpcore PR #1464: "the SPRequestGuid
   * header of SharePoint, also known as Correlation Id").
   */
  const withRequestId = (response: Response): Response => {
    const id = randomUUID();
    response.headers.set('SPRequestGuid', id);
    response.headers.set('request-id', id);
    return response;
  };

  /** Runs one request to completion. State changes happen synchronously, so requests never interleave. */
  async function process(raw: RawRequest, batchUser?: UserRecord, batchLanguage?: Language): Promise<Response> {
    return withRequestId(await answer(raw, batchUser, batchLanguage));
  }

  async function answer(raw: RawRequest, batchUser?: UserRecord, batchLanguage?: Language): Promise<Response> {
    const language = languageOf(raw.headers.get('Accept-Language')) ?? batchLanguage ?? 'en';
    try {
      const url = new URL(raw.url);
      const identity = batchUser ? undefined : identityOf(raw.headers);
      const user = batchUser ?? (identity ? store.userByLogin(identity.login) : undefined);
      if (!user) throw errors.unauthorized();
      const path = url.pathname;
      const apiAt = path.toLowerCase().indexOf('/_api/');
      if (apiAt < 0 || path.slice(0, apiAt).toLowerCase() !== sitePath) throw errors.notFoundResource(path);
      const apiPath = path.slice(apiAt + '/_api/'.length);
      const method = (raw.headers.get('X-HTTP-Method') ?? raw.method).toUpperCase();
      if (
        identity?.byCookie &&
        raw.method.toUpperCase() !== 'GET' &&
        apiPath.toLowerCase() !== 'contextinfo' &&
        !digestIsValid(state.web.Id, raw.headers.get('X-RequestDigest'), now())
      )
        throw errors.securityValidation();
      if (apiPath === '$batch') {
        if (batchUser) throw errors.badQuery('A batch cannot contain a batch.');
        const inner = parseBatch(raw.headers.get('Content-Type') ?? '', raw.body);
        const responses: Response[] = [];
        for (const request of inner) responses.push(await process(request, user, language));
        const { body, contentType } = await formatBatchResponse(responses);
        return new Response(body, { status: 200, headers: { 'Content-Type': contentType } });
      }
      refuseQueryOptionsOnWrite(method, url);
      const segments = parseSegments(
        apiPath
          .split('/')
          .map((s) => decodeURIComponent(s))
          .join('/')
      );
      const ctx: RequestContext = {
        method: method === 'PATCH' ? 'MERGE' : method,
        url,
        query: url.searchParams,
        headers: raw.headers,
        body: raw.body,
        bytes: raw.bytes ?? new TextEncoder().encode(raw.body),
        contents,
        limits,
        user,
        ...metadataLevel(raw.headers),
        store,
        siteUrl,
        now,
        counters,
        storageEntities: options.storageEntities
      };
      return routeApi(ctx, segments);
    } catch (e) {
      if (e instanceof SpError) return errorResponse(e, language);
      const message = e instanceof Error ? e.message : String(e);
      return errorResponse(new SpError(500, '-2146233088, System.InvalidOperationException', message), language);
    }
  }

  async function handle(request: Request): Promise<Response> {
    counters.requests++;
    const method = (request.headers.get('X-HTTP-Method') ?? request.method).toUpperCase();
    const fault = faults.take(request.url, method);
    const latency = faults.latencyMs;
    // Read the body and wait out the latency now, so that delays overlap; process in arrival order.
    // Bytes, not text: a file upload's body is binary; everything else reads it as UTF-8.
    const ready = Promise.all([request.arrayBuffer(), latency > 0 ? new Promise((r) => setTimeout(r, latency)) : undefined]);
    const result = tail.then(async () => {
      const [buffer] = await ready;
      const bytes = new Uint8Array(buffer);
      const body = new TextDecoder().decode(bytes);
      if (fault?.kind === 'drop') throw new TypeError('fetch failed');
      if (fault?.kind === 'fail') return withRequestId(errorResponse(errors.tooManyRequests(fault.status, fault.retryAfterSeconds)));
      return process({ method: request.method, url: request.url, headers: request.headers, body, bytes });
    });
    tail = result.catch(() => undefined);
    return result;
  }

  function userByLoginOrThrow(login: string): UserRecord {
    const user = store.userByLogin(login);
    if (!user) throw new Error(`Unknown user '${login}'.`);
    return user;
  }

  return {
    handle,
    siteUrl,
    faults,
    addUser(user) {
      const loginName = user.loginName ?? claimsLogin(user.email);
      const existing = store.userByLogin(loginName) ?? store.userByLogin(user.email);
      if (existing) return { id: existing.Id, loginName: existing.LoginName };
      const record: UserRecord = {
        Id: store.nextPrincipalId(),
        LoginName: loginName,
        Title: user.title,
        Email: user.email,
        IsSiteAdmin: user.isSiteAdmin ?? false
      };
      state.users.push(record);
      return { id: record.Id, loginName };
    },
    addToGroup(groupTitle, loginName) {
      const group = store.groupByName(groupTitle);
      if (!group) throw new Error(`Unknown group '${groupTitle}'.`);
      const user = userByLoginOrThrow(loginName);
      if (!group.memberIds.includes(user.Id)) group.memberIds.push(user.Id);
    },
    seedItems(listTitle, rows, asLoginName) {
      const list = store.listByTitle(listTitle);
      if (!list) throw new Error(`Unknown list '${listTitle}'.`);
      const author = asLoginName ? userByLoginOrThrow(asLoginName) : (state.users.find((u) => u.IsSiteAdmin) ?? state.users[0]);
      return seedItems(store, list, rows, author.Id, now().getTime());
    },
    snapshot: () => structuredClone(state),
    stats: () => ({ requests: counters.requests, rowsRead: counters.rowsRead }),
    issueDigest: () => ({ value: issueDigest(state.web.Id, now()), timeoutSeconds: DIGEST_TIMEOUT_SECONDS })
  };
}
