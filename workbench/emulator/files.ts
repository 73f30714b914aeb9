/**
 * Files in document libraries (base template 101): `folder/files` (list, `addUsingPath`,
 * `getByUrl`), `web/getFileByServerRelativePath(decodedUrl='…')` (and `…Url('…')`), a file's
 * properties, `$value` (read, and PUT to replace), `listItemAllFields`, DELETE / `recycle`, and
 * chunked upload (`startUpload`, `continueUpload`, `finishUpload`, `cancelUpload`).
 *
 * A file is its library's list item (FSObjType 0, FileLeafRef = its name) carrying a FileRecord,
 * so item-level security applies unchanged: who may view the item may read the file, adding
 * needs AddListItems on the folder's scope, replacing EditListItems, deleting DeleteListItems.
 * The bytes are in the content store (file-store.ts), never in the JSON state.
 *
 * Sources: Learn "Working with folders and files with REST" (files/add, $value, listItemAllFields);
 * Learn "File.StartUpload method" (offsets returned as the running total; an upload session ends
 * with FinishUpload or CancelUpload); Learn "Restrictions and limitations in OneDrive and
 * SharePoint" (names, 400-character decoded path, 250 GB per file); s-KaiNet/spsave #37 (a
 * single request larger than 262,144,000 bytes is refused: "The request message is too big…").
 */
import { randomUUID } from 'crypto';
import { errors, SpError } from './errors';
import { folderUrl, joinPath, leafOf, parentPath, resolveListPath, DOCUMENT_LIBRARY } from './folder-paths';
import { fileNotFound, folderAt, type FolderRef } from './folders';
import { collectionResponse, Entity, entityResponse, emptyOk, numberArg, RequestContext, Segment, stringArg, valueResponse } from './http';
import { demandFolder, demandItem } from './item-security';
import { newItem, removeWithContents, visibility } from './items';
import type { FileRecord, ItemRecord } from './model';
import { PermissionKind } from './permissions';
import { folderKey, type ListData } from './store';

export interface UploadLimits {
  /** The largest body one request may carry (spsave #37: SharePoint Online refuses more than 262,144,000 bytes). */
  requestBytes: number;
  /** The largest file ("Restrictions and limitations…": 250 GB). */
  fileBytes: number;
}

export const UPLOAD_LIMITS: UploadLimits = { requestBytes: 262_144_000, fileBytes: 250 * 1024 ** 3 };

/** The decoded path of a file or folder, site URL included, may not be longer ("Restrictions and limitations…"). */
export const MAX_PATH_LENGTH = 400;

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A file the request addresses: its library and its list item. */
export interface FileRef {
  list: ListData;
  item: ItemRecord & { file: FileRecord };
}

/**
 * Names SharePoint Online refuses ("Restrictions and limitations in OneDrive and SharePoint",
 * "Invalid file names and file types"): the characters " * : < > ? / \ | anywhere, a leading or
 * trailing space, the names .lock, CON, PRN, AUX, NUL, COM0–9, LPT0–9 and desktop.ini, `_vti_`
 * anywhere, and a name that begins with `~$`.
 */
export function refuseName(name: string): void {
  const reserved = /^(\.lock|con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop\.ini)$/i;
  if (
    name === '' ||
    /["*:<>?/\\|]/.test(name) ||
    [...name].some((c) => c.charCodeAt(0) < 32) ||
    name !== name.trim() ||
    reserved.test(name) ||
    /_vti_/i.test(name) ||
    name.startsWith('~$')
  ) {
    // Code: Microsoft's Yammer native mode FAQ lists FileNameCharactersNotPermitted as -2130575245.
    throw new SpError(
      400,
      '-2130575245, Microsoft.SharePoint.SPException',
      `The file or folder name "${name}" contains characters that are not permitted. Please use a different name.`
    );
  }
}

export function refusePath(url: string): void {
  if (url.length > MAX_PATH_LENGTH) {
    throw errors.spException(
      400,
      `The specified file or folder name is too long. The URL path for all files and folders must be ${MAX_PATH_LENGTH} characters or less (and no more than 128 characters for any single file or folder name in the URL). Please type a shorter file or folder name.`
    );
  }
}

/** spsave #37: the message SharePoint Online answers a body over 262,144,000 bytes with. */
export function refuseBody(ctx: RequestContext): void {
  if (ctx.bytes.length > ctx.limits.requestBytes) {
    throw new SpError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The request message is too big. The server does not allow messages larger than ${ctx.limits.requestBytes} bytes.`
    );
  }
}

export function refuseSize(ctx: RequestContext, length: number): void {
  if (length > ctx.limits.fileBytes) {
    throw errors.spException(400, `The file is too large. The maximum file size is ${ctx.limits.fileBytes} bytes.`);
  }
}

/** Code and wording as SharePoint Online answers (pnp/cli-microsoft365 `spo app add` tests; Yammer native mode FAQ: FilealreadyExists -2130575257). */
function alreadyExists(url: string): SpError {
  return new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${url} already exists.`);
}

function notALibrary(): SpError {
  return errors.spException(400, 'Files can be added only to a document library.');
}

/** The file at a list-relative path whose item the caller may see. */
export function fileAt(ctx: RequestContext, list: ListData, path: string): FileRef | undefined {
  const dir = folderKey(parentPath(path));
  const leaf = leafOf(path).toLowerCase();
  for (const item of list.items.values()) {
    if (!item.file || item.leaf?.toLowerCase() !== leaf || folderKey(item.dir) !== dir) continue;
    return visibility(ctx, list)(item) ? { list, item: item as FileRef['item'] } : undefined;
  }
  return undefined;
}

/** `getFileByServerRelativePath(decodedUrl='…')`: a server- or web-relative URL → file, else 404. */
export function fileByUrl(ctx: RequestContext, url: string): FileRef {
  const resolved = resolveListPath(ctx.store, url);
  const ref =
    resolved && resolved.path !== '' && folderAt(ctx, resolved.list, parentPath(resolved.path))
      ? fileAt(ctx, resolved.list, resolved.path)
      : undefined;
  if (!ref) throw fileNotFound();
  return ref;
}

export function fileUrl(ctx: RequestContext, ref: FileRef): string {
  return `${folderUrl(ctx.store, ref.list, ref.item.dir ?? '')}/${ref.item.leaf}`;
}

export function fileJson(ctx: RequestContext, ref: FileRef): Entity {
  const url = fileUrl(ctx, ref);
  const file = ref.item.file;
  const link = `Web/GetFileByServerRelativePath(decodedurl='${encodeURIComponent(url.replace(/'/g, "''"))}')`;
  return {
    'odata.type': 'SP.File',
    'odata.id': `${ctx.siteUrl}/_api/${link}`,
    'odata.editLink': link,
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${ref.item.guid.toUpperCase()}},${file.version},${file.version}`,
    CustomizedPageStatus: 0,
    ETag: `"{${ref.item.guid.toUpperCase()}},${file.version}"`,
    Exists: true,
    IrmEnabled: false,
    // Int64 properties travel as strings in SharePoint's JSON.
    Length: String(file.length),
    Level: 1,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: file.version,
    MinorVersion: 0,
    Name: ref.item.leaf,
    ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url,
    TimeCreated: iso(file.created),
    TimeLastModified: iso(file.modified),
    Title: null,
    UIVersion: file.version * 512,
    UIVersionLabel: `${file.version}.0`,
    UniqueId: ref.item.guid
  };
}

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
  htm: 'text/html',
  xml: 'text/xml',
  css: 'text/css',
  js: 'application/javascript',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
  zip: 'application/zip'
};

export function contentTypeOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && CONTENT_TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

/** A file's or attachment's bytes as `$value` answers them. */
export function contentResponse(ctx: RequestContext, contentId: string, name: string): Response {
  const bytes = ctx.contents.get(contentId);
  if (!bytes) throw errors.spException(500, `The content of '${name}' is missing from the content store.`);
  return new Response(bytes, { status: 200, headers: { 'Content-Type': contentTypeOf(name), 'Content-Length': String(bytes.length) } });
}

/** Replaces a file's content (a new version). */
function writeContent(ctx: RequestContext, ref: FileRef, bytes: Uint8Array): void {
  refuseSize(ctx, bytes.length);
  const at = ctx.now().getTime();
  ref.item.file.contentId = ctx.contents.put(bytes);
  ref.item.file.length = bytes.length;
  ref.item.file.modified = at;
  ref.item.file.version++;
  ref.item.version++;
  ref.item.values.Modified = at;
  ref.item.values.Editor = ctx.user.Id;
  ref.list.record.lastItemModified = at;
}

/** `files/addUsingPath(decodedurl='…',Overwrite=true)` with the content as the body. */
export function addFile(ctx: RequestContext, folder: FolderRef, seg: Segment): Response {
  if (folder.list.record.BaseTemplate !== DOCUMENT_LIBRARY) throw notALibrary();
  refuseBody(ctx);
  const args = seg.args ?? '';
  const m = /(?:decodedurl|url)\s*=\s*'((?:[^']|'')*)'/i.exec(args);
  const name = m ? m[1].replace(/''/g, "'") : stringArg(args, ctx.query);
  const overwrite = /overwrite\s*=\s*true/i.test(args);
  let dir = folder.path;
  let leaf = name;
  if (name.startsWith('/')) {
    const resolved = resolveListPath(ctx.store, name);
    if (!resolved || resolved.list !== folder.list || resolved.path === '') throw errors.badValue(`The file URL '${name}' is not valid.`);
    dir = parentPath(resolved.path);
    leaf = leafOf(resolved.path);
  } else if (name.includes('/')) {
    dir = parentPath(joinPath(folder.path, name));
    leaf = leafOf(name);
  }
  refuseName(leaf);
  if (dir && !folder.list.folders.has(folderKey(dir))) throw fileNotFound();
  const url = `${folderUrl(ctx.store, folder.list, dir)}/${leaf}`;
  refusePath(url);
  refuseSize(ctx, ctx.bytes.length);
  if (folder.list.folders.has(folderKey(joinPath(dir, leaf)))) throw alreadyExists(url);
  const existing = fileAt(ctx, folder.list, joinPath(dir, leaf));
  if (existing) {
    if (!overwrite) throw alreadyExists(url);
    demandItem(ctx, folder.list, existing.item, PermissionKind.EditListItems);
    writeContent(ctx, existing, ctx.bytes);
    return entityResponse(ctx, fileJson(ctx, existing));
  }
  demandFolder(ctx, folder.list, dir, PermissionKind.AddListItems);
  const at = ctx.now().getTime();
  const storedDir = dir ? (folder.list.folders.get(folderKey(dir))?.path ?? dir) : '';
  const item = newItem(folder.list, { Title: null }, ctx.user.Id, at, storedDir);
  item.leaf = leaf;
  item.file = { contentId: ctx.contents.put(ctx.bytes), length: ctx.bytes.length, created: at, modified: at, version: 1 };
  folder.list.insert(item);
  return entityResponse(ctx, fileJson(ctx, { list: folder.list, item: item as FileRef['item'] }));
}

/** `folder/files`: the folder's files the caller may see, in name order. */
export function listFiles(ctx: RequestContext, folder: FolderRef): Response {
  const files: Entity[] = [];
  const visible = visibility(ctx, folder.list);
  const key = folderKey(folder.path);
  for (const item of folder.list.items.values()) {
    if (item.file && folderKey(item.dir) === key && visible(item))
      files.push(fileJson(ctx, { list: folder.list, item: item as FileRef['item'] }));
  }
  return collectionResponse(
    ctx,
    files.sort((a, b) => String(a.Name).localeCompare(String(b.Name)))
  );
}

/** `files('name')`, `files/getByUrl('name')`: a name in the folder, or a server-relative URL. */
export function childFile(ctx: RequestContext, folder: FolderRef, name: string): FileRef {
  if (name.startsWith('/')) return fileByUrl(ctx, name);
  const ref = fileAt(ctx, folder.list, joinPath(folder.path, name));
  if (!ref) throw fileNotFound();
  return ref;
}

interface UploadSession {
  itemGuid: string;
  chunks: Uint8Array[];
  offset: number;
}

/** Chunked uploads in progress, by site and upload id; they end with finishUpload or cancelUpload. */
const sessions = new Map<string, UploadSession>();

function uploadId(ctx: RequestContext, seg: Segment): string {
  const m = /uploadid\s*=\s*(?:guid)?'([^']*)'/i.exec(seg.args ?? '');
  if (!m) throw errors.badQuery('The parameter uploadId is missing.');
  return `${ctx.store.state.web.Id}:${m[1].toLowerCase()}`;
}

function fileOffset(ctx: RequestContext, seg: Segment): number {
  const m = /fileoffset\s*=\s*'?(\d+)'?/i.exec(seg.args ?? '');
  if (!m) throw errors.badQuery('The parameter fileOffset is missing.');
  return numberArg(m[1], ctx.query);
}

function session(ctx: RequestContext, ref: FileRef, seg: Segment): UploadSession {
  const found = sessions.get(uploadId(ctx, seg));
  if (!found || found.itemGuid !== ref.item.guid) throw errors.spException(400, 'The upload session was not found.');
  if (fileOffset(ctx, seg) !== found.offset) {
    throw errors.spException(400, `The file offset ${fileOffset(ctx, seg)} does not match the uploaded length ${found.offset}.`);
  }
  return found;
}

function appendChunk(ctx: RequestContext, upload: UploadSession): void {
  refuseBody(ctx);
  refuseSize(ctx, upload.offset + ctx.bytes.length);
  upload.chunks.push(ctx.bytes.slice());
  upload.offset += ctx.bytes.length;
}

/** `startUpload`, `continueUpload`, `finishUpload`, `cancelUpload` (the segment names which). */
export function chunkedUpload(ctx: RequestContext, ref: FileRef, seg: Segment): Response {
  demandItem(ctx, ref.list, ref.item, PermissionKind.EditListItems);
  switch (seg.lower) {
    case 'startupload': {
      const upload: UploadSession = { itemGuid: ref.item.guid, chunks: [], offset: 0 };
      appendChunk(ctx, upload);
      sessions.set(uploadId(ctx, seg), upload);
      return valueResponse(ctx, 'StartUpload', String(upload.offset));
    }
    case 'continueupload': {
      const upload = session(ctx, ref, seg);
      appendChunk(ctx, upload);
      return valueResponse(ctx, 'ContinueUpload', String(upload.offset));
    }
    case 'finishupload': {
      const upload = session(ctx, ref, seg);
      appendChunk(ctx, upload);
      sessions.delete(uploadId(ctx, seg));
      const whole = new Uint8Array(upload.offset);
      let at = 0;
      for (const chunk of upload.chunks) {
        whole.set(chunk, at);
        at += chunk.length;
      }
      writeContent(ctx, ref, whole);
      return entityResponse(ctx, fileJson(ctx, ref));
    }
    default: {
      sessions.delete(uploadId(ctx, seg));
      return emptyOk();
    }
  }
}

/** The file's properties a route may read one at a time (`…/Name` → `{"value":…}`). */
export const FILE_PROPERTIES = [
  'Exists',
  'Length',
  'Name',
  'ServerRelativeUrl',
  'TimeCreated',
  'TimeLastModified',
  'UniqueId',
  'ETag',
  'UIVersionLabel'
];

export function deleteFile(ctx: RequestContext, ref: FileRef): Response {
  demandItem(ctx, ref.list, ref.item, PermissionKind.DeleteListItems);
  removeWithContents(ctx, ref.list, ref.item);
  return emptyOk();
}

export function recycleFile(ctx: RequestContext, ref: FileRef): Response {
  demandItem(ctx, ref.list, ref.item, PermissionKind.DeleteListItems);
  removeWithContents(ctx, ref.list, ref.item);
  return entityResponse(ctx, { value: randomUUID() });
}

export function getFileContent(ctx: RequestContext, ref: FileRef): Response {
  return contentResponse(ctx, ref.item.file.contentId, ref.item.leaf ?? '');
}

/** `$value` PUT (or POST with `X-HTTP-Method: PUT`): a new version with the body as its content. */
export function putFileContent(ctx: RequestContext, ref: FileRef): Response {
  refuseBody(ctx);
  demandItem(ctx, ref.list, ref.item, PermissionKind.EditListItems);
  writeContent(ctx, ref, ctx.bytes);
  return new Response(null, { status: 204 });
}
