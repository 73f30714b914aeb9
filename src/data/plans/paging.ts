/**
 * Reading every page of a list query: the first page (which may ride in a `$batch`), then
 * SharePoint's `odata.nextLink` verbatim until there is none — never `$skip`, which does not
 * page list items. Pages are at most 5,000 rows, the list view threshold.
 */
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { ISPQueryable, SPCollection } from '@pnp/sp';

export const PAGE_SIZE = 5000;

export interface Page<T> {
  rows: T[];
  nextLink?: string;
}

const pageParser = parseBinderWithErrorCheck(async (response: Response) => {
  const json = await response.json();
  const nextLink: unknown = json && json.d && json.d.__next ? json.d.__next : json['odata.nextLink'];
  return { rows: parseODataJSON(json), nextLink: typeof nextLink === 'string' && nextLink !== '' ? nextLink : undefined };
});

/** Runs a collection query and keeps its nextLink. Call it on a batched query to join the batch. */
export function firstPage<T>(query: ISPQueryable): Promise<Page<T>> {
  return query.using(pageParser)<Page<T>>();
}

/**
 * The rows of `page` and of every page after it. `base` must not be batched: each next page is
 * requested with the nextLink of the one before.
 */
export async function withFollowingPages<T>(base: ISPQueryable, page: Page<T>): Promise<T[]> {
  const rows = page.rows.slice();
  let next = page.nextLink;
  while (next) {
    const more = await SPCollection([base, next]).using(pageParser)<Page<T>>();
    rows.push(...more.rows);
    next = more.nextLink;
  }
  return rows;
}
