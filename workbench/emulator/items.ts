/**
 * List items: query, read one, add, update (MERGE + IF-Match), delete, recycle — with the
 * list's permissions, item-level unique permissions, ReadSecurity / WriteSecurity, column type
 * rules and unique values. Like SharePoint's REST/CSOM writes, these do not enforce `Required` or
 * choice membership (only forms and the validate* endpoints do). Deleting a folder item deletes
 * everything inside it. Also the bulk seeding path used by tests and the bench.
 */
import { randomUUID } from 'crypto';
import { errors } from './errors';
import { jsonPropertyName, toStored } from './field-types';
import { DOCUMENT_LIBRARY, isUnder, joinPath, resolveListPath } from './folder-paths';
import { demandList, managesList } from './guard';
import { collectionResponse, emptyOk, entityResponse, noContent, parseBody, RequestContext } from './http';
import { compileProjection, etagOf, itemJson } from './item-json';
import { canViewItem, checker, demandItem } from './item-security';
import { listItemEntityTypeFullName } from './lists';
import type { FieldDef, ItemRecord, StoredValue } from './model';
import { has, PermissionKind } from './permissions';
import { parseExpand, parseItemQuery, runItemQuery, skipTokenAfter } from './query';
import { folderKey, type ListData, type Store } from './store';

/** Under ReadSecurity 2 a reader sees only the items they created, unless they manage the list. */
/** Items with unique permissions are visible only where their scope grants ViewListItems (no bypass). */
export function visibility(ctx: RequestContext, list: ListData): (item: ItemRecord) => boolean {
  const me = ctx.user.Id;
  const own =
    list.record.ReadSecurity !== 2 || managesList(ctx, list) ? undefined : (item: ItemRecord): boolean => item.values.Author === me;
  if (list.uniqueScopes === 0) return own ?? (() => true);
  const scopes = checker(ctx, list);
  return (item) => (!own || own(item)) && has(scopes.item(item), PermissionKind.ViewListItems);
}

export function getItems(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ViewListItems);
  const query = parseItemQuery(ctx.store, list, ctx.query);
  const projectors = compileProjection(ctx, list, ctx.query.get('$select'), query.expand);
  const page = runItemQuery(ctx.store, list, query, visibility(ctx, list), ctx.counters);
  const extra: Record<string, string> = {};
  if (page.hasMore && page.rows.length > 0)
    extra['odata.nextLink'] = nextLink(ctx, skipTokenAfter(list, page.rows[page.rows.length - 1], query.orderBy));
  return collectionResponse(
    ctx,
    page.rows.map((row) => itemJson(ctx, list, row, projectors)),
    extra
  );
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
  return entityResponse(ctx, itemJson(ctx, list, item, projectors, true), 200, { ETag: etagOf(item) });
}

function fieldForProperty(list: ListData, key: string): FieldDef | undefined {
  return list.record.fields.find((f) => jsonPropertyName(f) === key);
}

/** Converts a JSON light body into column values, refusing what SharePoint refuses. */
export function convertBody(store: Store, list: ListData, body: Record<string, unknown>): Record<string, StoredValue> {
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

export function applyDefaults(store: Store, list: ListData, values: Record<string, StoredValue>): void {
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

export function newItem(list: ListData, values: Record<string, StoredValue>, authorId: number, at: number, dir = ''): ItemRecord {
  const id = list.record.nextItemId++;
  list.record.lastItemModified = at;
  const item: ItemRecord = {
    id,
    version: 1,
    guid: randomUUID(),
    values: { ...values, ID: id, Author: authorId, Editor: authorId, Created: at, Modified: at }
  };
  if (dir) item.dir = dir;
  return item;
}

export function addItem(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.AddListItems);
  // A library's rows are files (files.ts); SharePoint Online answers an item POST with a 500 (probe recorded in public client tests).
  if (list.record.BaseTemplate === DOCUMENT_LIBRARY)
    throw errors.spException(500, 'To add an item to a document library, use SPFileCollection.Add()');
  if (list.record.WriteSecurity === 4 && !managesList(ctx, list)) throw errors.accessDenied();
  const values = convertBody(ctx.store, list, parseBody(ctx));
  applyDefaults(ctx.store, list, values);
  list.assertUnique(values, undefined);
  const item = newItem(list, values, ctx.user.Id, ctx.now().getTime());
  list.insert(item);
  const projectors = compileProjection(ctx, list, null, new Set());
  return entityResponse(ctx, itemJson(ctx, list, item, projectors), 201, { ETag: etagOf(item) });
}

/** WriteSecurity 2: only your own items; 4: none. List managers bypass both. */
export function demandWriteAccess(ctx: RequestContext, list: ListData, item: ItemRecord): void {
  if (managesList(ctx, list)) return;
  const ws = list.record.WriteSecurity;
  if (ws === 4 || (ws === 2 && item.values.Author !== ctx.user.Id)) throw errors.accessDenied();
  if (list.record.ReadSecurity === 2 && item.values.Author !== ctx.user.Id) throw errors.accessDenied();
}

export function checkEtag(ctx: RequestContext, item: ItemRecord): void {
  const sent = ctx.headers.get('IF-Match');
  if (sent === null || sent.trim() === '*') return;
  const version = /(\d+)/.exec(sent.replace(/^W\//, ''))?.[1];
  if (version === undefined || Number(version) !== item.version) throw errors.etagMismatch(sent, etagOf(item));
}

/**
 * The item a write addresses, checked as SharePoint does: missing or hidden by its unique
 * permissions → 404; lacking the right on its effective scope, or WriteSecurity → 403.
 */
export function targetItem(ctx: RequestContext, list: ListData, id: number, kind: PermissionKind): ItemRecord {
  const item = list.items.get(id);
  if (!item) {
    demandList(ctx, list, kind);
    throw errors.itemNotFound();
  }
  if (list.uniqueScopes > 0 && !canViewItem(ctx, list, item)) throw errors.itemNotFound();
  demandItem(ctx, list, item, kind);
  demandWriteAccess(ctx, list, item);
  return item;
}

/** Applies changes as the caller, bumping the version (the ETag) and Modified. */
export function commitUpdate(ctx: RequestContext, list: ListData, item: ItemRecord, changes: Record<string, StoredValue>): void {
  list.assertUnique(changes, item.id);
  const at = ctx.now().getTime();
  list.update(item, { Editor: ctx.user.Id, Modified: Math.max(at, (item.values.Modified as number) ?? 0), ...changes });
  item.version++;
  list.record.lastItemModified = at;
}

export function updateItem(ctx: RequestContext, list: ListData, id: number): Response {
  const item = targetItem(ctx, list, id, PermissionKind.EditListItems);
  checkEtag(ctx, item);
  const changes = convertBody(ctx.store, list, parseBody(ctx));
  commitUpdate(ctx, list, item, changes);
  return noContent({ ETag: etagOf(item) });
}

/**
 * Deletes a folder's tree: everything inside `path` (items, folder items, plain folders) and the
 * folder item itself, when given. SharePoint deletes a folder's contents with it; that needs
 * DeleteListItems on each item — one refusal refuses all (403), nothing is deleted.
 */
export function removeFolderTree(ctx: RequestContext, list: ListData, path: string, folderItem?: ItemRecord): void {
  const doomed = folderItem ? [folderItem] : [];
  for (const other of list.items.values()) if (other !== folderItem && isUnder(other.dir, path)) doomed.push(other);
  const scopes = checker(ctx, list);
  for (const other of doomed) if (!has(scopes.item(other), PermissionKind.DeleteListItems)) throw errors.accessDenied();
  for (const plain of [...(list.record.plainFolders ?? [])]) if (isUnder(plain.path, path)) list.removePlainFolder(plain);
  for (const item of doomed.reverse()) list.remove(item);
  list.record.lastItemModified = ctx.now().getTime();
}

/** Deletes an item; a folder item takes everything inside it along. */
export function removeWithContents(ctx: RequestContext, list: ListData, item: ItemRecord): void {
  if (item.fsObjType === 1 && item.leaf !== undefined) {
    removeFolderTree(ctx, list, joinPath(item.dir, item.leaf), item);
    return;
  }
  list.remove(item);
  list.record.lastItemModified = ctx.now().getTime();
}

export function deleteItem(ctx: RequestContext, list: ListData, id: number): Response {
  const item = targetItem(ctx, list, id, PermissionKind.DeleteListItems);
  checkEtag(ctx, item);
  removeWithContents(ctx, list, item);
  return emptyOk();
}

export function recycleItem(ctx: RequestContext, list: ListData, id: number): Response {
  const item = targetItem(ctx, list, id, PermissionKind.DeleteListItems);
  removeWithContents(ctx, list, item);
  return entityResponse(ctx, { value: randomUUID() });
}

export interface SeedRow {
  [property: string]: unknown;
}

/**
 * Bulk insert for tests and the bench, bypassing HTTP and permissions but not the column rules:
 * values go through the same conversion and unique checks, and indexes are rebuilt once.
 * A row may set `Created` / `Modified` (ISO) and `AuthorId` / `EditorId` to shape realistic data,
 * and `FileDirRef` (an existing folder's server- or list-relative URL) to place it in a folder.
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
    const { Created, Modified, AuthorId, EditorId, FileDirRef, ...rest } = row;
    const values = convertBody(store, list, rest);
    applyDefaults(store, list, values);
    for (const [name, seen] of uniqueSeen) {
      const v = values[name];
      if (v === null || v === undefined) continue;
      const key = typeof v === 'string' ? v.toLowerCase() : (v as number);
      if (seen.has(key)) throw errors.duplicateValues([name]);
      seen.add(key);
    }
    const created = typeof Created === 'string' ? Date.parse(Created) : now;
    const item = newItem(list, values, typeof AuthorId === 'number' ? AuthorId : authorId, created, seedFolder(store, list, FileDirRef));
    if (typeof Modified === 'string') item.values.Modified = Date.parse(Modified);
    if (typeof EditorId === 'number') item.values.Editor = EditorId;
    items.push(item);
  }
  list.insertMany(items);
  return items.map((i) => i.id);
}

function seedFolder(store: Store, list: ListData, raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') return '';
  const resolved = raw.startsWith('/') || raw.toLowerCase().startsWith('lists/') ? resolveListPath(store, raw) : { list, path: raw };
  if (!resolved || resolved.list !== list) throw new Error(`'${raw}' is not a folder of this list.`);
  const folder = resolved.path ? list.folders.get(folderKey(resolved.path)) : undefined;
  if (resolved.path && !folder) throw new Error(`Folder '${raw}' does not exist.`);
  return folder?.path ?? '';
}
