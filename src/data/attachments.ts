/**
 * Files attached to a list item (a plan, a training session) over @pnp/sp: SharePoint's item
 * attachments (`items(n)/AttachmentFiles`). They follow the item's permissions on the server:
 * whoever may read the item reads them, and only someone who may edit the item adds or removes
 * one (a plan's author; the training admins) — anyone else is refused 403 whatever the page does.
 *
 * An item's attachments come with the item's own read (`$expand=AttachmentFiles`), so showing
 * them costs no request. Adding or removing one is a new version of the item, so its ETag
 * changes: each write answers the item's new ETag, for the next guarded save of the same item.
 * The hub's rules (names, sizes, types: domain/attachments.ts) are checked before anything is sent.
 *
 * The writes (attachmentWrites.ts) load with the first file added or removed: the plans' and
 * training's first views have no room for them.
 */
import type { SPFI } from '@pnp/sp';
import { loadOnce } from './loadOnce';

/** What a read selects and expands to carry an item's attachments. */
export const ATTACHMENTS_SELECT = 'AttachmentFiles';
export const ATTACHMENTS_EXPAND = 'AttachmentFiles';

/** An attached file: its name and the server-relative URL SharePoint serves it at. */
export interface Attachment {
  name: string;
  url: string;
}

interface AttachmentRow {
  FileName?: unknown;
  ServerRelativeUrl?: unknown;
}

/** The attachments of a row read with ATTACHMENTS_SELECT / ATTACHMENTS_EXPAND, in name order. */
export function attachmentsOf(row: object): Attachment[] {
  const given = (row as { AttachmentFiles?: unknown }).AttachmentFiles;
  const files = Array.isArray(given) ? (given as AttachmentRow[]) : [];
  return files
    .filter((f) => typeof f.FileName === 'string' && typeof f.ServerRelativeUrl === 'string')
    .map((f) => ({ name: f.FileName as string, url: f.ServerRelativeUrl as string }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A file as the browser hands it over (a File is one): its name, size and bytes. */
export interface AttachmentFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

type Writes = import('./attachmentWrites').AttachmentWrites;

/**
 * The writes of one list's attachments, loaded with the first file added or removed (the first
 * views have no room for them): `(await attachments()).add(…)`.
 */
export function attachmentWrites(sp: SPFI, listTitle: string): () => Promise<Writes> {
  return loadOnce(() =>
    import(/* webpackChunkName: 'ddh-attachment-writes' */ './attachmentWrites').then((m) => new m.AttachmentWrites(sp, listTitle))
  );
}
