/**
 * Paging list items the way SharePoint pages them: by the server's `odata.nextLink`
 * (`$skiptoken=Paged=TRUE&p_…&p_ID=…`), never by `$skip`, which list items ignore.
 *
 * `readPage` also works inside a `$batch` (it only changes how the answer is parsed), so the
 * first page of a view can travel with the view's other reads; later pages follow the link.
 */
import { SPFI } from '@pnp/sp';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { SPCollection } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import '@pnp/sp/webs';

export interface Page<T> {
  rows: T[];
  /** The server's link to the next page; opaque, undefined on the last page. */
  next?: string;
}

type Row = Record<string, unknown>;

const withNextLink = parseBinderWithErrorCheck(async (response: Response): Promise<Page<Row>> => {
  const json = await response.json();
  const next = json && json.d && json.d.__next ? json.d.__next : json['odata.nextLink'];
  return { rows: parseODataJSON(json) as Row[], next: typeof next === 'string' && next ? next : undefined };
});

/** The first page of a query. */
export function readPage(items: IItems): Promise<Page<Row>> {
  return items.using(withNextLink)() as unknown as Promise<Page<Row>>;
}

/** The page a `next` link points to. */
export function readNextPage(sp: SPFI, next: string): Promise<Page<Row>> {
  return SPCollection([sp.web, next]).using(withNextLink)() as unknown as Promise<Page<Row>>;
}

/** Every row of a query, page by page (each page served by the same index as the first). */
export async function readAll(sp: SPFI, items: IItems, first?: Page<Row>): Promise<Row[]> {
  let page = first || (await readPage(items));
  const rows = page.rows.slice();
  while (page.next) {
    page = await readNextPage(sp, page.next);
    rows.push(...page.rows);
  }
  return rows;
}
