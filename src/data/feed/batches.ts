/**
 * Many small requests as `$batch` round trips of at most 20 requests each, all in parallel.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/batching';
import { settle, Settled } from '../settle';

/** The most requests one `$batch` carries here unless a read says otherwise: PnPjs's own default (it splits bigger batches). */
export const BATCH_LIMIT = 20;

/**
 * The most SharePoint Online answers in one `$batch`, as PnP's maintainers report it (pnp/pnpcore
 * #284, pnp/pnpjs #3207; Microsoft's `$batch` page names no number): a read that must be one round
 * trip and one request asks PnPjs for up to this many (`sp.batched({ maxRequests })`).
 */
export const MAX_BATCH_REQUESTS = 100;

/**
 * Runs the calls in `$batch` requests of at most 20, all batches at once: one round trip of
 * wall time. Each call's outcome is returned in order; one failure does not fail the others.
 */
export async function batchedSettled<T>(sp: SPFI, calls: Array<(batched: SPFI) => Promise<T>>): Promise<Settled<T>[]> {
  const chunks: Array<Array<(batched: SPFI) => Promise<T>>> = [];
  for (let i = 0; i < calls.length; i += BATCH_LIMIT) chunks.push(calls.slice(i, i + BATCH_LIMIT));
  const results = await Promise.all(
    chunks.map(async (chunk) => {
      if (chunk.length === 1) return [await settle(chunk[0](sp))];
      const [batched, execute] = sp.batched();
      const outcomes = chunk.map((call) => settle(call(batched)));
      await execute();
      return Promise.all(outcomes);
    })
  );
  return ([] as Settled<T>[]).concat(...results);
}

/** Like `batchedSettled`, but throws the first failure. */
export async function batchedAll<T>(sp: SPFI, calls: Array<(batched: SPFI) => Promise<T>>): Promise<T[]> {
  const settled = await batchedSettled(sp, calls);
  const failed = settled.find((s) => !s.ok);
  if (failed && !failed.ok) throw failed.error;
  return settled.map((s) => (s as { ok: true; value: T }).value);
}
