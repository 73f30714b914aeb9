/**
 * The list items query engine: $filter, $orderby, $top and $skiptoken paging, with SharePoint's
 * list view threshold. On a list above 5,000 items a query runs only when an index serves it;
 * the rows it touches (the cost) are the rows the index yields, counted in `rowsRead`.
 */
import { Column, Comparable, resolveColumn } from './columns';
import { errors } from './errors';
import { compileFilter, IndexSeek, indexSeek, Predicate } from './filter-eval';
import { isIdProperty } from './field-types';
import type { ItemRecord } from './model';
import { FilterExpr, parseFilter } from './odata-filter';
import { indexServing } from './index-builds';
import { compareKeys, SortedIndex } from './sorted-index';
import { LIST_VIEW_THRESHOLD, ListData, Store } from './store';

/** `$expand=ParentList` on items: the key it has in an ItemQuery's `expand` set. */
export const PARENT_LIST = 'parentlist';
/** `$expand=AttachmentFiles` on items: the key it has in an ItemQuery's `expand` set. */
export const ATTACHMENT_FILES = 'attachmentfiles';

export interface OrderKey {
  column: Column;
  descending: boolean;
}

export interface ItemQuery {
  expand: Set<string>;
  top: number;
  orderBy: OrderKey[];
  predicate?: Predicate;
  filter?: FilterExpr;
  cursor?: { keys: Comparable[]; id: number };
}

export interface QueryCounters {
  rowsRead: number;
}

export interface QueryPage {
  rows: ItemRecord[];
  hasMore: boolean;
}

const DEFAULT_TOP = 100;

export function parseExpand(list: ListData, params: URLSearchParams): Set<string> {
  const expand = new Set<string>();
  for (const part of (params.get('$expand') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const name = part.split('/')[0];
    // The item's list, a navigation property of SP.ListItem (item-json.ts, PARENT_LIST).
    if (name.toLowerCase() === PARENT_LIST) {
      expand.add(PARENT_LIST);
      continue;
    }
    // The item's attachments, a navigation property too (item-json.ts, ATTACHMENT_FILES).
    if (name.toLowerCase() === ATTACHMENT_FILES) {
      expand.add(ATTACHMENT_FILES);
      continue;
    }
    const field = list.field(name);
    if (!field || !isIdProperty(field)) throw errors.fieldOrPropertyDoesNotExist(name);
    expand.add(field.InternalName.toLowerCase());
  }
  return expand;
}

export function parseItemQuery(store: Store, list: ListData, params: URLSearchParams): ItemQuery {
  const expand = parseExpand(list, params);
  const topText = params.get('$top');
  const top = topText === null ? DEFAULT_TOP : Number(topText);
  if (!Number.isInteger(top) || top < 0) throw errors.badQuery(`Invalid $top value '${topText}'.`);
  const orderBy: OrderKey[] = [];
  for (const part of (params.get('$orderby') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [path, direction = 'asc'] = part.split(/\s+/);
    const [name, sub] = path.split('/');
    const column = resolveColumn(store, list, sub ? { name, sub } : { name }, expand);
    if (column.multi) throw errors.badQuery(`The field '${path}' cannot be used to sort because it can hold multiple values.`);
    orderBy.push({ column, descending: direction.toLowerCase() === 'desc' });
  }
  const filterText = params.get('$filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  const predicate = filter ? compileFilter(store, list, filter, expand) : undefined;
  const query: ItemQuery = { expand, top, orderBy, predicate, filter };
  const token = params.get('$skiptoken');
  if (token) query.cursor = parseSkipToken(list, token);
  return query;
}

/**
 * Paging tokens this emulator issued, per list: token text → the exact cursor it stands for.
 * Microsoft documents `$skiptoken` only as the value the server puts in `odata.nextLink`
 * (Learn: "Use OData query operations in SharePoint REST requests"; sp-dev-docs #1654 shows a
 * hand-made `p_ID` token misread). SharePoint itself accepts hand-made tokens in practice
 * (pnp/pnpjs #440), but how it reads their values and breaks ties is undocumented, so the data
 * layer promises to send only issued tokens and the emulator holds it to that: a token it did not
 * issue for this list is refused (stricter than SharePoint on purpose; README "Paging tokens").
 * The cursor is kept exactly (dates to the millisecond) because the token text, like
 * SharePoint's, carries dates to the second.
 */
const issuedTokens = new WeakMap<ListData, Map<string, { keys: Comparable[]; id: number }>>();
/** Tokens remembered per list; the oldest are forgotten first (a client follows its links soon). */
const MAX_ISSUED_TOKENS = 200_000;

function parseSkipToken(list: ListData, token: string): { keys: Comparable[]; id: number } {
  const cursor = issuedTokens.get(list)?.get(token);
  if (!cursor) {
    throw errors.badQuery(
      `The $skiptoken '${token}' was not issued by this server for the list '${list.record.Title}'. ` +
        'Follow the odata.nextLink of the previous page; the emulator refuses hand-made paging tokens.'
    );
  }
  return cursor;
}

/** A date as SharePoint writes it in a paging token: `20250805 13:12:08` (UTC, to the second). */
export function pagingDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/**
 * Issues the `$skiptoken` after `row`, in SharePoint's format `Paged=TRUE&p_<Field>=<value>&p_ID=<id>`
 * (`p_ID` only when ordered by id or not at all). Values as SharePoint writes them in its paging
 * strings: dates `yyyyMMdd HH:mm:ss` (a SharePoint list view's own paging link reads
 * `p_Modified=20250805+13%3A12%3A08`), numbers in plain decimal, booleans 1/0, persons and lookups
 * by id, empty for no value; text is percent-encoded so that `&` or `=` in a value cannot split
 * the token.
 */
export function skipTokenAfter(list: ListData, row: ItemRecord, orderBy: OrderKey[]): string {
  let token = 'Paged=TRUE';
  for (const { column } of orderBy) {
    const name = column.field.InternalName;
    if (name === 'ID') continue;
    const raw = column.direct ? row.values[name] : column.read(row)[0];
    const text =
      raw === null || raw === undefined
        ? ''
        : column.kind === 'date' && typeof raw === 'number'
          ? pagingDate(raw)
          : typeof raw === 'boolean'
            ? raw
              ? '1'
              : '0'
            : typeof raw === 'number'
              ? String(raw)
              : encodeURIComponent(Array.isArray(raw) ? String(raw[0] ?? '') : String(raw));
    token += `&p_${name}=${text}`;
  }
  token += `&p_ID=${row.id}`;
  let issued = issuedTokens.get(list);
  if (!issued) issuedTokens.set(list, (issued = new Map()));
  issued.delete(token);
  issued.set(token, { keys: sortKeys(row, orderBy), id: row.id });
  if (issued.size > MAX_ISSUED_TOKENS) issued.delete(issued.keys().next().value as string);
  return token;
}

function sortKeys(item: ItemRecord, orderBy: OrderKey[]): Comparable[] {
  return orderBy.map(({ column }) => column.read(item)[0] ?? null);
}

function comparator(orderBy: OrderKey[]): (a: { keys: Comparable[]; id: number }, b: { keys: Comparable[]; id: number }) => number {
  // Ties break on the item id, in the direction of the last sort key (as an index walk does).
  const idDescending = orderBy.length > 0 && orderBy[orderBy.length - 1].descending;
  return (a, b) => {
    for (let i = 0; i < orderBy.length; i++) {
      const c = compareKeys(a.keys[i], b.keys[i]);
      if (c !== 0) return orderBy[i].descending ? -c : c;
    }
    return idDescending ? b.id - a.id : a.id - b.id;
  };
}

/** An ordered read that an index can serve: no keys, the id, or one indexed column (+ id). */
function orderedWalkColumn(store: Store, list: ListData, orderBy: OrderKey[]): { column: string; descending: boolean } | undefined {
  if (orderBy.length === 0) return { column: 'ID', descending: false };
  const [first, second] = orderBy;
  if (orderBy.length > 2 || !first.column.direct) return undefined;
  if (second && (second.column.field.InternalName !== 'ID' || second.descending !== first.descending)) return undefined;
  const name = first.column.field.InternalName;
  if (name !== 'ID' && !list.indexes.has(name)) return undefined;
  // An index still being built serves nothing yet (index-builds.ts); a small list is read whole anyway.
  if (name !== 'ID' && !indexServing(store, list, name)) return undefined;
  return { column: name, descending: first.descending };
}

export function runItemQuery(
  store: Store,
  list: ListData,
  query: ItemQuery,
  visible: (item: ItemRecord) => boolean,
  counters: QueryCounters
): QueryPage {
  const large = list.itemCount > LIST_VIEW_THRESHOLD;
  if (large && query.top > LIST_VIEW_THRESHOLD) throw errors.throttled();
  const accept = (item: ItemRecord): boolean => visible(item) && (!query.predicate || query.predicate(item));

  if (!query.predicate || !query.filter) {
    const walk = orderedWalkColumn(store, list, query.orderBy);
    if (walk) return walkInOrder(list, query, walk, accept, counters);
    if (large) throw errors.throttled();
    counters.rowsRead += list.itemCount;
    return sortAndPage([...list.items.values()].filter(accept), query);
  }

  const found = indexSeek(store, list, query.filter, query.expand);
  const seek = found && (found.column === 'ID' || indexServing(store, list, found.column)) ? found : undefined;
  if (!seek) {
    if (large) throw errors.throttled();
    counters.rowsRead += list.itemCount;
    return sortAndPage([...list.items.values()].filter(accept), query);
  }
  const inOrder = seek.column === 'ID' ? undefined : seekInOrder(query.orderBy, seek);
  if (inOrder) {
    const index = list.indexes.get(seek.column);
    // The threshold counts what the indexed clause matches, however few rows the page returns.
    if (!index || (large && index.countRange(seek.range) > LIST_VIEW_THRESHOLD)) throw errors.throttled();
    return walkSeek(list, query, index, seek, inOrder, accept, counters);
  }
  const candidateIds = seek.column === 'ID' ? idRange(list, seek.range) : (list.indexes.get(seek.column)?.range(seek.range) ?? []);
  if (large && candidateIds.length > LIST_VIEW_THRESHOLD) throw errors.throttled();
  counters.rowsRead += candidateIds.length;
  const rows: ItemRecord[] = [];
  for (const id of candidateIds) {
    const item = list.items.get(id);
    if (item && accept(item)) rows.push(item);
  }
  return sortAndPage(rows, query);
}

/**
 * Whether the query's order is the seek's own index order, so the rows can be read from the index
 * in order and the read stops at `$top` (`sorted-index.ts` keeps entries by (value, item id)):
 * `$orderby` the seek column, optionally then `ID` the same way, or — when the seek is one value,
 * as `Keyword eq 'x'` — `ID` alone. Anything else is sorted after the seek (`sortAndPage`).
 * No Microsoft page describes what SharePoint reads for such a query; a SQL index range read in
 * its own order stops at the rows it returns, as the ordered walks of query-patterns row 4 do.
 */
function seekInOrder(orderBy: OrderKey[], seek: IndexSeek): { descending: boolean; byIdOnly: boolean } | undefined {
  const [first, second] = orderBy;
  if (!first || orderBy.length > 2 || !first.column.direct) return undefined;
  const firstName = first.column.field.InternalName;
  const point =
    seek.range.lower !== undefined &&
    seek.range.upper !== undefined &&
    seek.range.lower.inclusive &&
    seek.range.upper.inclusive &&
    compareKeys(seek.range.lower.key, seek.range.upper.key) === 0;
  if (firstName === 'ID') return orderBy.length === 1 && point ? { descending: first.descending, byIdOnly: true } : undefined;
  if (firstName !== seek.column) return undefined;
  if (second && (second.column.field.InternalName !== 'ID' || second.descending !== first.descending)) return undefined;
  return { descending: first.descending, byIdOnly: false };
}

function walkSeek(
  list: ListData,
  query: ItemQuery,
  index: SortedIndex,
  seek: IndexSeek,
  order: { descending: boolean; byIdOnly: boolean },
  accept: (item: ItemRecord) => boolean,
  counters: QueryCounters
): QueryPage {
  const page = pageOfWalk(list, query, accept, counters);
  const cursor = query.cursor;
  // Ordered by ID alone over one value: the cursor's key is that value.
  const after = cursor ? { key: order.byIdOnly ? (seek.range.lower?.key ?? null) : cursor.keys[0], id: cursor.id } : undefined;
  index.walkRange(seek.range, order.descending, after, page.visit);
  return page.result();
}

/**
 * A page gathered from an index walk: `visit` counts each row read, keeps what the query accepts
 * up to `$top`, and stops the walk at the first accepted row past the page (there is more).
 */
function pageOfWalk(
  list: ListData,
  query: ItemQuery,
  accept: (item: ItemRecord) => boolean,
  counters: QueryCounters
): { visit: (id: number) => boolean; result: () => QueryPage } {
  const rows: ItemRecord[] = [];
  let hasMore = false;
  const visit = (id: number): boolean => {
    const item = list.items.get(id);
    counters.rowsRead++;
    if (!item || !accept(item)) return true;
    if (rows.length === query.top) {
      hasMore = true;
      return false;
    }
    rows.push(item);
    return true;
  };
  return { visit, result: () => ({ rows, hasMore }) };
}

function idRange(
  list: ListData,
  range: { lower?: { key: Comparable; inclusive: boolean }; upper?: { key: Comparable; inclusive: boolean } }
): number[] {
  const lowerKey = typeof range.lower?.key === 'number' ? range.lower.key : -Infinity;
  const upperKey = typeof range.upper?.key === 'number' ? range.upper.key : Infinity;
  const ids = list.ids;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < lowerKey || (ids[mid] === lowerKey && range.lower && !range.lower.inclusive)) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < ids.length; i++) {
    const id = ids[i];
    if (id > upperKey || (id === upperKey && range.upper && !range.upper.inclusive)) break;
    out.push(id);
  }
  return out;
}

function sortAndPage(rows: ItemRecord[], query: ItemQuery): QueryPage {
  const compare = comparator(query.orderBy);
  let keyed = rows.map((item) => ({ item, keys: sortKeys(item, query.orderBy), id: item.id }));
  keyed.sort(compare);
  const cursor = query.cursor;
  if (cursor) keyed = keyed.filter((row) => compare(row, cursor) > 0);
  return { rows: keyed.slice(0, query.top).map((r) => r.item), hasMore: keyed.length > query.top };
}

function walkInOrder(
  list: ListData,
  query: ItemQuery,
  walk: { column: string; descending: boolean },
  accept: (item: ItemRecord) => boolean,
  counters: QueryCounters
): QueryPage {
  const { visit, result } = pageOfWalk(list, query, accept, counters);
  if (walk.column === 'ID') {
    const ids = list.ids;
    const after = query.cursor?.id;
    if (!walk.descending) {
      let i = 0;
      if (after !== undefined) {
        let lo = 0;
        let hi = ids.length;
        while (lo < hi) {
          const m = (lo + hi) >>> 1;
          if (ids[m] <= after) lo = m + 1;
          else hi = m;
        }
        i = lo;
      }
      for (; i < ids.length; i++) if (!visit(ids[i])) break;
    } else {
      let i = ids.length - 1;
      if (after !== undefined) {
        let lo = 0;
        let hi = ids.length;
        while (lo < hi) {
          const m = (lo + hi) >>> 1;
          if (ids[m] < after) lo = m + 1;
          else hi = m;
        }
        i = lo - 1;
      }
      for (; i >= 0; i--) if (!visit(ids[i])) break;
    }
  } else {
    const index = list.indexes.get(walk.column);
    const cursor = query.cursor;
    index?.walk(walk.descending, cursor ? { key: cursor.keys[0], id: cursor.id } : undefined, visit);
  }
  return result();
}
