/**
 * Paging by the server's `odata.nextLink` (never `$skip`, which list items ignore), and running
 * many small reads as `$batch` round trips of at most 20 requests each, in parallel.
 */
import { SPFI, SPCollection } from '@pnp/sp';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { IItems } from '@pnp/sp/items';
import '@pnp/sp/webs';
import '@pnp/sp/batching';
import { Row } from './rows';

export interface Page {
  rows: Row[];
  /** The server's link to the next page; opaque, undefined on the last page. */
  next?: string;
}

const withNextLink = parseBinderWithErrorCheck(async (response: Response): Promise<Page> => {
  const json = await response.json();
  const next = json && json.d && json.d.__next ? json.d.__next : json['odata.nextLink'];
  return { rows: parseODataJSON(json) as Row[], next: typeof next === 'string' && next ? next : undefined };
});

/** The first page of a query (works inside a `$batch` too). */
export function readPage(items: IItems): Promise<Page> {
  return items.using(withNextLink)() as unknown as Promise<Page>;
}

/** The page a `next` link points to. */
export function readNextPage(sp: SPFI, next: string): Promise<Page> {
  return SPCollection([sp.web, next]).using(withNextLink)() as unknown as Promise<Page>;
}

/** Every row of a query, page by page. */
export async function readAll(sp: SPFI, items: IItems): Promise<Row[]> {
  let page = await readPage(items);
  const rows = page.rows.slice();
  while (page.next) {
    page = await readNextPage(sp, page.next);
    rows.push(...page.rows);
  }
  return rows;
}

/** SharePoint takes at most 20 requests in one `$batch`. */
export const BATCH_LIMIT = 20;

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs the calls in `$batch` requests of at most 20, all batches at once: one round trip of
 * wall time. Each call's outcome is returned in order; one failure does not fail the others.
 */
export async function batchedSettled<T>(sp: SPFI, calls: Array<(batched: SPFI) => Promise<T>>): Promise<Settled<T>[]> {
  const settle = (promise: Promise<T>): Promise<Settled<T>> =>
    promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
  const chunks: Array<Array<(batched: SPFI) => Promise<T>>> = [];
  for (let i = 0; i < calls.length; i += BATCH_LIMIT) chunks.push(calls.slice(i, i + BATCH_LIMIT));
  const results = await Promise.all(chunks.map(async (chunk) => {
    if (chunk.length === 1) return [await settle(chunk[0](sp))];
    const [batched, execute] = sp.batched();
    const outcomes = chunk.map((call) => settle(call(batched)));
    await execute();
    return Promise.all(outcomes);
  }));
  return ([] as Settled<T>[]).concat(...results);
}

/** Like `batchedSettled`, but throws the first failure. */
export async function batchedAll<T>(sp: SPFI, calls: Array<(batched: SPFI) => Promise<T>>): Promise<T[]> {
  const settled = await batchedSettled(sp, calls);
  const failed = settled.find((s) => !s.ok);
  if (failed && !failed.ok) throw failed.error;
  return settled.map((s) => (s as { ok: true; value: T }).value);
}
