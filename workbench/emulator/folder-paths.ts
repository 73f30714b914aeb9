/**
 * Where things live in a list's folder tree. A generic list's root folder is
 * `<site>/Lists/<url name>`, the URL name being fixed when the list is created (SharePoint takes it
 * from the title; the emulator reads it back from the EntityTypeName, which SharePoint derives from
 * the same URL, so `DDH Posts` lives at `/sites/hub/Lists/DDH Posts` and is `DDH_x0020_PostsList`).
 * Folder paths inside a list are kept list-relative (`blog-1`, `blog-1/drafts`), '' being the root.
 */
import type { ItemRecord, ListRecord } from './model';
import type { ListData, Store } from './store';

const urlNames = new Map<string, string>();

export function listUrlName(record: ListRecord): string {
  let name = urlNames.get(record.EntityTypeName);
  if (name === undefined) {
    name = record.EntityTypeName.replace(/List$/, '').replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16))
    );
    urlNames.set(record.EntityTypeName, name);
  }
  return name;
}

/** A document library (base template 101) lives at the web's root, not under `Lists/`. */
export const DOCUMENT_LIBRARY = 101;

/** Web-relative URL of a list's root folder: `Lists/Posts`, or `Pictures` for a library. */
function webRelativeRoot(record: ListRecord): string {
  return record.BaseTemplate === DOCUMENT_LIBRARY ? listUrlName(record) : `Lists/${listUrlName(record)}`;
}

/** Server-relative URL of the list's root folder, e.g. `/sites/hub/Lists/Posts` or `/sites/hub/Pictures`. */
export function rootFolderUrl(store: Store, list: ListData): string {
  return `${store.sitePath}/${webRelativeRoot(list.record)}`;
}

export function joinPath(dir: string | undefined, leaf: string): string {
  return dir ? `${dir}/${leaf}` : leaf;
}

export function parentPath(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

export function leafOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Server-relative URL of a folder given its list-relative path. */
export function folderUrl(store: Store, list: ListData, path: string): string {
  return path ? `${rootFolderUrl(store, list)}/${path}` : rootFolderUrl(store, list);
}

/** FileLeafRef: a folder's or file's name, or `<id>_.000` for an item, as SharePoint names list items. */
export function leafRef(item: ItemRecord): string {
  return item.leaf !== undefined ? item.leaf : `${item.id}_.000`;
}

/** Whether `path` is `ancestor` or lies under it (list-relative, case-insensitive). */
export function isUnder(path: string | undefined, ancestor: string): boolean {
  const p = (path ?? '').toLowerCase();
  const a = ancestor.toLowerCase();
  return a === '' || p === a || p.startsWith(`${a}/`);
}

function trimSlashes(path: string): string {
  return path
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/{2,}/g, '/');
}

/**
 * Resolves a server-relative (`/sites/hub/Lists/Posts/blog-1`) or web-relative
 * (`Lists/Posts/blog-1`) URL to a list and a list-relative path. Undefined when it names no list.
 */
export function resolveListPath(store: Store, url: string): { list: ListData; path: string } | undefined {
  let rest = trimSlashes(url);
  const site = store.sitePath.toLowerCase();
  if (rest.startsWith('/')) {
    if (!(rest.toLowerCase() === site || rest.toLowerCase().startsWith(`${site}/`))) return undefined;
    rest = rest.slice(site.length).replace(/^\//, '');
  }
  const lower = rest.toLowerCase();
  for (const list of store.allLists()) {
    const prefix = webRelativeRoot(list.record).toLowerCase();
    if (lower === prefix) return { list, path: '' };
    if (lower.startsWith(`${prefix}/`)) return { list, path: rest.slice(prefix.length + 1) };
  }
  return undefined;
}

/** A folder name SharePoint accepts: not empty, no path or reserved characters. */
export function validFolderName(name: string): boolean {
  return name.trim() !== '' && !/["*:<>?/\\|#%]/.test(name) && !name.startsWith('.') && !name.endsWith('.') && name.length <= 255;
}
