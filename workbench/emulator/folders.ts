/**
 * Folders of lists: `list/rootFolder`, `web/getFolderByServerRelativePath(decodedUrl='…')`
 * (and `…Url('…')`), `folders`, `folders/addUsingPath(DecodedUrl='…',overwrite=…)`,
 * `AddSubFolderUsingPath`, `listItemAllFields`, `parentFolder`, DELETE and `recycle`.
 *
 * As in SharePoint, a generic list knows two kinds of folder. `folders.addUsingPath` creates a
 * plain file-system folder with no list item: it is not in `items`, its `listItemAllFields` is
 * `{"odata.null":true}` and it has no permissions of its own. A folder *item* (content type
 * Folder, FSObjType 1) — made by `AddSubFolderUsingPath` or `addValidateUpdateItemUsingPath`
 * with `UnderlyingObjectType: 1` — is both: it appears in `items`, and it can get unique
 * permissions that the items inside it inherit. Folder items need `EnableFolderCreation`.
 */
import { selectEntity } from './entity-query';
import { errors, SpError } from './errors';
import { DOCUMENT_LIBRARY, folderUrl, joinPath, leafOf, parentPath, resolveListPath, validFolderName } from './folder-paths';
import { canSeeList } from './guard';
import { emptyOk, Entity, entityResponse, parseBody, RequestContext, Segment, stringArg, collectionResponse } from './http';
import { canViewItem, demandFolder } from './item-security';
import { applyDefaults, newItem, removeFolderTree, removeWithContents, targetItem } from './items';
import type { ItemRecord, StoredValue } from './model';
import { PermissionKind } from './permissions';
import { folderKey, type FolderEntry, type ListData } from './store';

/** A folder the request addresses: the list's root folder (path '') or one inside it. */
export interface FolderRef {
  list: ListData;
  path: string;
  entry?: FolderEntry;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function fileNotFound(): SpError {
  return new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

function alreadyExists(url: string): SpError {
  return errors.spException(500, `A file or folder with the name ${url} already exists.`);
}

/** The folder at a list-relative path, if it exists and the caller may see it. */
export function folderAt(ctx: RequestContext, list: ListData, path: string): FolderRef | undefined {
  if (!canSeeList(ctx, list)) return undefined;
  if (path === '') return { list, path: '' };
  const entry = list.folders.get(folderKey(path));
  if (!entry || (entry.item && !canViewItem(ctx, list, entry.item))) return undefined;
  return { list, path: entry.path, entry };
}

/** `getFolderByServerRelativePath(decodedUrl='…')`: server- or web-relative URL → folder, else 404. */
export function folderByUrl(ctx: RequestContext, url: string): FolderRef {
  const resolved = resolveListPath(ctx.store, url);
  const ref = resolved && folderAt(ctx, resolved.list, resolved.path);
  if (!ref) throw fileNotFound();
  return ref;
}

export function folderJson(ctx: RequestContext, ref: FolderRef): Entity {
  const url = folderUrl(ctx.store, ref.list, ref.path);
  const record = ref.list.record;
  const item = ref.entry?.item;
  const created = item ? (item.values.Created as number) : (ref.entry?.plain?.created ?? record.Created);
  const modified = item ? (item.values.Modified as number) : created;
  const uniqueId = item?.guid ?? ref.entry?.plain?.uniqueId ?? (record.rootFolderId ??= ctx.store.newGuid());
  const link = `Web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(url.replace(/'/g, "''"))}')`;
  return {
    'odata.type': 'SP.Folder',
    'odata.id': `${ctx.siteUrl}/_api/${link}`,
    'odata.editLink': link,
    Exists: true,
    ExistsAllowThrowForPolicyFailures: true,
    ExistsWithException: true,
    IsWOPIEnabled: false,
    ItemCount: ref.list.childCounts.get(folderKey(ref.path)) ?? 0,
    Name: ref.path ? leafOf(ref.path) : leafOf(url),
    ProgID: null,
    ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url,
    TimeCreated: iso(created),
    TimeLastModified: iso(modified),
    UniqueId: uniqueId,
    WelcomePage: ''
  };
}

/** Direct subfolders of a folder, in name order. */
function subFolders(ctx: RequestContext, ref: FolderRef): FolderRef[] {
  const key = folderKey(ref.path);
  const out: FolderRef[] = [];
  for (const entry of ref.list.folders.values()) {
    if (folderKey(parentPath(entry.path)) !== key) continue;
    const child = folderAt(ctx, ref.list, entry.path);
    if (child) out.push(child);
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Splits a name given to addUsingPath (a leaf, a relative path, or a server-relative URL) into parent + leaf. */
function targetPath(ctx: RequestContext, ref: FolderRef, name: string): { parent: string; leaf: string } {
  let path: string;
  if (name.startsWith('/')) {
    const resolved = resolveListPath(ctx.store, name);
    if (!resolved || resolved.list !== ref.list || resolved.path === '') throw errors.badValue(`The folder URL '${name}' is not valid.`);
    path = resolved.path;
  } else {
    path = joinPath(ref.path, name.replace(/^\/+|\/+$/g, ''));
  }
  const leaf = leafOf(path);
  const parent = parentPath(path);
  if (!validFolderName(leaf)) throw errors.badValue(`The folder name '${leaf}' is not valid.`);
  if (parent && !ref.list.folders.has(folderKey(parent))) throw fileNotFound();
  return { parent, leaf };
}

/** `folders/addUsingPath(DecodedUrl='…',overwrite=…)`: a plain folder, no list item (an existing one is returned). */
export function addPlainFolder(ctx: RequestContext, ref: FolderRef, seg: Segment): Response {
  const m = /decodedurl\s*=\s*'((?:[^']|'')*)'/i.exec(seg.args ?? '');
  const name = m ? m[1].replace(/''/g, "'") : stringArg(seg.args, ctx.query);
  const { parent, leaf } = targetPath(ctx, ref, name);
  const path = joinPath(parent, leaf);
  demandFolder(ctx, ref.list, parent, PermissionKind.AddListItems);
  const existing = folderAt(ctx, ref.list, path);
  // A document library's folders are always items (files.ts): they can hold unique permissions.
  if (!existing && ref.list.record.BaseTemplate === DOCUMENT_LIBRARY) {
    createFolderItem(ctx, ref.list, parent, leaf);
  } else if (!existing) {
    ref.list.addPlainFolder({ path, uniqueId: ctx.store.newGuid(), created: ctx.now().getTime() });
  }
  return entityResponse(ctx, folderJson(ctx, folderAt(ctx, ref.list, path) as FolderRef));
}

/**
 * Creates a folder item (FSObjType 1, Title = name) in `parent`. Needs EnableFolderCreation on a
 * generic list and AddListItems on the parent folder's scope; the name must be free.
 */
export function createFolderItem(
  ctx: RequestContext,
  list: ListData,
  parent: string,
  leaf: string,
  values: Record<string, StoredValue> = {}
): ItemRecord {
  if (list.record.BaseTemplate === 100 && list.record.extra.EnableFolderCreation !== true) {
    throw errors.spException(500, 'Folders are not allowed in this list. Set EnableFolderCreation to true to create folders.');
  }
  if (!validFolderName(leaf)) throw errors.badValue(`The folder name '${leaf}' is not valid.`);
  if (parent && !list.folders.has(folderKey(parent))) throw fileNotFound();
  demandFolder(ctx, list, parent, PermissionKind.AddListItems);
  const path = joinPath(parent, leaf);
  if (list.folders.has(folderKey(path))) throw alreadyExists(folderUrl(ctx.store, list, path));
  const all = { Title: leaf, ...values };
  applyDefaults(ctx.store, list, all);
  list.assertUnique(all, undefined);
  const item = newItem(list, all, ctx.user.Id, ctx.now().getTime(), list.folders.get(folderKey(parent))?.path ?? '');
  item.fsObjType = 1;
  item.leaf = leaf;
  list.insert(item);
  return item;
}

/** `AddSubFolderUsingPath` with `{"leafPath":{"DecodedUrl":"name"}}`: a folder item. */
export function addSubFolder(ctx: RequestContext, ref: FolderRef): Response {
  const body = parseBody(ctx) as { leafPath?: { DecodedUrl?: unknown } };
  const leaf = typeof body.leafPath?.DecodedUrl === 'string' ? body.leafPath.DecodedUrl : '';
  createFolderItem(ctx, ref.list, ref.path, leaf);
  return emptyOk();
}

function deleteFolder(ctx: RequestContext, ref: FolderRef): void {
  if (ref.path === '') throw errors.badValue('The root folder of a list cannot be deleted.');
  const item = ref.entry?.item;
  if (item) {
    removeWithContents(ctx, ref.list, targetItem(ctx, ref.list, item.id, PermissionKind.DeleteListItems));
    return;
  }
  demandFolder(ctx, ref.list, parentPath(ref.path), PermissionKind.DeleteListItems);
  removeFolderTree(ctx, ref.list, ref.path);
}

/** The folder's properties a route may read one at a time (`…/ServerRelativeUrl` → `{"value":…}`). */
export const FOLDER_PROPERTIES = [
  'Exists',
  'ItemCount',
  'Name',
  'ServerRelativeUrl',
  'TimeCreated',
  'TimeLastModified',
  'UniqueId',
  'WelcomePage'
];

export function getFolder(ctx: RequestContext, ref: FolderRef): Response {
  return entityResponse(ctx, selectEntity(folderJson(ctx, ref), ctx.query.get('$select')));
}

export function deleteFolderRoute(ctx: RequestContext, ref: FolderRef): Response {
  deleteFolder(ctx, ref);
  return emptyOk();
}

export function recycleFolder(ctx: RequestContext, ref: FolderRef): Response {
  deleteFolder(ctx, ref);
  return entityResponse(ctx, { value: ctx.store.newGuid() });
}

/** `parentFolder`; the root folder has none (404). */
export function parentOf(ctx: RequestContext, ref: FolderRef): FolderRef {
  if (ref.path === '') throw fileNotFound();
  return folderAt(ctx, ref.list, parentPath(ref.path)) ?? { list: ref.list, path: '' };
}

/** `items(n)/folder` of a folder item; any other item has none (404). */
export function folderOfItem(ctx: RequestContext, list: ListData, item: ItemRecord): FolderRef {
  const folder = item.fsObjType === 1 && item.leaf !== undefined ? folderAt(ctx, list, joinPath(item.dir, item.leaf)) : undefined;
  if (!folder) throw errors.notFoundResource('Folder');
  return folder;
}

/** `folders`: the direct subfolders the caller may see, in name order. */
export function listSubFolders(ctx: RequestContext, ref: FolderRef): Response {
  return collectionResponse(
    ctx,
    subFolders(ctx, ref).map((f) => selectEntity(folderJson(ctx, f), ctx.query.get('$select')))
  );
}

/** `folders('name')` / `folders/getByUrl('name')`: a child by name, or a server-relative URL. */
export function childByName(ctx: RequestContext, ref: FolderRef, name: string): FolderRef {
  const child = name.startsWith('/') ? folderByUrl(ctx, name) : folderAt(ctx, ref.list, joinPath(ref.path, name));
  if (!child) throw fileNotFound();
  return child;
}
