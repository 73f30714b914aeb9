/**
 * List items: query, read one, add, update (MERGE + IF-Match), delete, recycle — with the
 * list's permissions, item-level security (ReadSecurity / WriteSecurity), required columns,
 * choice validation and unique values. Also the bulk seeding path used by tests and the bench.
 */
import { randomUUID } from 'crypto';
import { errors } from './errors';
import { jsonPropertyName, toStored } from './field-types';
import { demandList, managesList } from './guard';
import { collectionResponse, emptyOk, entityResponse, noContent, parseBody, RequestContext } from './http';
import { compileProjection, etagOf, itemJson } from './item-json';
import { listItemEntityTypeFullName } from './lists';
import type { FieldDef, ItemRecord, StoredValue } from './model';
import { PermissionKind } from './permissions';
import { parseExpand, parseItemQuery, runItemQuery, skipTokenAfter } from './query';
import type { ListData, Store } from './store';

/** Under ReadSecurity 2 a reader sees only the items they created, unless they manage the list. */
export function visibility(ctx: RequestContext, list: ListData): (item: ItemRecord) => boolean {
  if (list.record.ReadSecurity !== 2 || managesList(ctx, list)) return () => true;
  const me = ctx.user.Id;
  return (item) => item.values.Author === me;
}

export function getItems(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ViewListItems);
  const query = parseItemQuery(ctx.store, list, ctx.query);
  const projectors = compileProjection(ctx, list, ctx.query.get('$select'), query.expand);
  const page = runItemQuery(ctx.store, list, query, visibility(ctx, list), ctx.counters);
  const extra: Record<string, string> = {};
  if (page.hasMore && page.rows.length > 0) extra['odata.nextLink'] = nextLink(ctx, skipTokenAfter(page.rows[page.rows.length - 1], query.orderBy));
  return collectionResponse(ctx, page.rows.map((row) => itemJson(ctx, list, row, projectors)), extra);
}

/** The next page's URL: the same query with `$skiptoken`, encoded as SharePoint writes it. */
function nextLink(ctx: RequestContext, token: string): string {
  const base = `${ctx.url.origin}${ctx.url.pathname}`;
  const encode = (v: string): string => encodeURIComponent(v).replace(/%3D/g, '%3d').replace(/%2C/g, '%2c');
  const parts = [`%24skiptoken=${encode(token)}`];
  for (const key of ['$top', '$select', '$expand', '$filter', '$orderby']) {
    const v = ctx.query.get(key);
    if (v !== null) parts.push(`${encode(key)}=${encode(v)}`);
  }
  return `${base}?${parts.join('&')}`;
}

export function findItem(ctx: RequestContext, list: ListData, id: number): ItemRecord {
  const item = list.items.get(id);
  if (!item || !visibility(ctx, list)(item)) throw errors.itemNotFound();
  return item;
}

export function getItem(ctx: RequestContext, list: ListData, id: number): Response {
  demandList(ctx, list, PermissionKind.ViewListItems);
  const item = findItem(ctx, list, id);
  ctx.counters.rowsRead++;
  const projectors = compileProjection(ctx, list, ctx.query.get('$select'), parseExpand(list, ctx.query));
  return entityResponse(ctx, itemJson(ctx, list, item, projectors), 200, { ETag: etagOf(item) });
}

function fieldForProperty(list: ListData, key: string): FieldDef | undefined {
  return list.record.fields.find((f) => jsonPropertyName(f) === key);
}

/** Converts a JSON light body into column values, refusing what SharePoint refuses. */
function convertBody(store: Store, list: ListData, body: Record<string, unknown>): Record<string, StoredValue> {
  const typeName = listItemEntityTypeFullName(list.record);
  const values: Record<string, StoredValue> = {};
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.')) continue;
    const field = fieldForProperty(list, key);
    if (!field) {
      const nav = list.record.fields.find((f) => f.InternalName === key && jsonPropertyName(f) !== key);
      if (nav) throw errors.badValue(`The property '${key}' is a navigation property; write '${key}Id' instead.`);
      throw errors.propertyDoesNotExist(key, typeName);
    }
    if (field.ReadOnlyField) throw errors.readOnlyField();
    values[field.InternalName] = toStored(field, raw, store);
  }
  return values;
}

function isEmpty(value: StoredValue | undefined): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function assertRequired(list: ListData, values: Record<string, StoredValue>, onlyPresent: boolean): void {
  for (const field of list.record.fields) {
    if (!field.Required || field.ReadOnlyField) continue;
    if (onlyPresent && !(field.InternalName in values)) continue;
    if (isEmpty(values[field.InternalName])) throw errors.badValue(`The field '${field.Title}' is required and cannot be empty.`);
  }
}

function applyDefaults(store: Store, list: ListData, values: Record<string, StoredValue>): void {
  for (const field of list.record.fields) {
    if (field.DefaultValue === null || field.ReadOnlyField || field.InternalName in values) continue;
    const raw = field.TypeAsString === 'MultiChoice' ? field.DefaultValue.split(';#').filter(Boolean) : field.DefaultValue;
    try {
      values[field.InternalName] = toStored(field, raw, store);
    } catch {
      // a default SharePoint cannot apply (e.g. a formula) is left empty
    }
  }
}

function newItem(list: ListData, values: Record<string, StoredValue>, authorId: number, at: number): ItemRecord {
  const id = list.record.nextItemId++;
  list.record.lastItemModified = at;
  return {
    id, version: 1, guid: randomUUID(),
    values: { ...values, ID: id, Author: authorId, Editor: authorId, Created: at, Modified: at }
  };
}

export function addItem(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.AddListItems);
  if (list.record.WriteSecurity === 4 && !managesList(ctx, list)) throw errors.accessDenied();
  const values = convertBody(ctx.store, list, parseBody(ctx));
  applyDefaults(ctx.store, list, values);
  assertRequired(list, values, false);
  list.assertUnique(values, undefined);
  const item = newItem(list, values, ctx.user.Id, ctx.now().getTime());
  list.insert(item);
  const projectors = compileProjection(ctx, list, null, new Set());
  return entityResponse(ctx, itemJson(ctx, list, item, projectors), 201, { ETag: etagOf(item) });
}

/** WriteSecurity 2: only your own items; 4: none. List managers bypass both. */
function demandWriteAccess(ctx: RequestContext, list: ListData, item: ItemRecord): void {
  if (managesList(ctx, list)) return;
  const ws = list.record.WriteSecurity;
  if (ws === 4 || (ws === 2 && item.values.Author !== ctx.user.Id)) throw errors.accessDenied();
  if (list.record.ReadSecurity === 2 && item.values.Author !== ctx.user.Id) throw errors.accessDenied();
}

function checkEtag(ctx: RequestContext, item: ItemRecord): void {
  const sent = ctx.headers.get('IF-Match');
  if (sent === null || sent.trim() === '*') return;
  const version = /(\d+)/.exec(sent.replace(/^W\//, ''))?.[1];
  if (version === undefined || Number(version) !== item.version) throw errors.etagMismatch(sent, etagOf(item));
}

function targetItem(ctx: RequestContext, list: ListData, id: number): ItemRecord {
  const item = list.items.get(id);
  if (!item) throw errors.itemNotFound();
  demandWriteAccess(ctx, list, item);
  return item;
}

export function updateItem(ctx: RequestContext, list: ListData, id: number): Response {
  demandList(ctx, list, PermissionKind.EditListItems);
  const item = targetItem(ctx, list, id);
  checkEtag(ctx, item);
  const changes = convertBody(ctx.store, list, parseBody(ctx));
  assertRequired(list, changes, true);
  list.assertUnique(changes, item.id);
  const at = ctx.now().getTime();
  list.update(item, { ...changes, Editor: ctx.user.Id, Modified: Math.max(at, (item.values.Modified as number) ?? 0) });
  item.version++;
  list.record.lastItemModified = at;
  return noContent({ ETag: etagOf(item) });
}

export function deleteItem(ctx: RequestContext, list: ListData, id: number): Response {
  demandList(ctx, list, PermissionKind.DeleteListItems);
  const item = targetItem(ctx, list, id);
  checkEtag(ctx, item);
  list.remove(item);
  return emptyOk();
}

export function recycleItem(ctx: RequestContext, list: ListData, id: number): Response {
  demandList(ctx, list, PermissionKind.DeleteListItems);
  const item = targetItem(ctx, list, id);
  list.remove(item);
  return entityResponse(ctx, { value: randomUUID() });
}

export interface SeedRow { [property: string]: unknown }

/**
 * Bulk insert for tests and the bench, bypassing HTTP and permissions but not the column rules:
 * values go through the same conversion, required and unique checks, and indexes are rebuilt once.
 * A row may set `Created` / `Modified` (ISO) and `AuthorId` / `EditorId` to shape realistic data.
 */
export function seedItems(store: Store, list: ListData, rows: SeedRow[], authorId: number, now: number): number[] {
  const uniqueSeen = new Map<string, Set<string | number>>();
  for (const f of list.record.fields) if (f.EnforceUniqueValues) uniqueSeen.set(f.InternalName, new Set());
  for (const item of list.items.values()) {
    for (const [name, seen] of uniqueSeen) {
      const v = item.values[name];
      if (v !== null && v !== undefined) seen.add(typeof v === 'string' ? v.toLowerCase() : (v as number));
    }
  }
  const items: ItemRecord[] = [];
  for (const row of rows) {
    const { Created, Modified, AuthorId, EditorId, ...rest } = row;
    const values = convertBody(store, list, rest);
    applyDefaults(store, list, values);
    assertRequired(list, values, false);
    for (const [name, seen] of uniqueSeen) {
      const v = values[name];
      if (v === null || v === undefined) continue;
      const key = typeof v === 'string' ? v.toLowerCase() : (v as number);
      if (seen.has(key)) throw errors.duplicateValues([name]);
      seen.add(key);
    }
    const created = typeof Created === 'string' ? Date.parse(Created) : now;
    const item = newItem(list, values, typeof AuthorId === 'number' ? AuthorId : authorId, created);
    if (typeof Modified === 'string') item.values.Modified = Date.parse(Modified);
    if (typeof EditorId === 'number') item.values.Editor = EditorId;
    items.push(item);
  }
  list.insertMany(items);
  return items.map((i) => i.id);
}

