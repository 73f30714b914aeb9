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

/** What a read selects and expands to carry an item's attachments. */
export const ATTACHMENTS_SELECT = 'AttachmentFiles';
export const ATTACHMENTS_EXPAND = 'AttachmentFiles';

/** An attached file: its name and the server-relative URL SharePoint serves it at. */
export interface Attachment {
  name: string;
  url: string;
}

interface AttachmentRow { FileName?: unknown; ServerRelativeUrl?: unknown }

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

/** An item's attachments in one list: read with the item, written through attachmentWrites.ts. */
export class AttachmentRepository {
  private writes: Promise<Writes> | undefined;

  public constructor(private readonly sp: SPFI, private readonly listTitle: string) {}

  private load(): Promise<Writes> {
    if (!this.writes) {
      this.writes = import(/* webpackChunkName: 'ddh-attachment-writes' */ './attachmentWrites').then((m) => new m.AttachmentWrites(this.sp, this.listTitle));
      this.writes.catch(() => { this.writes = undefined; });
    }
    return this.writes;
  }

  /** The item's attachments as they are now. */
  public async list(itemId: number): Promise<Attachment[]> {
    return (await this.load()).list(itemId);
  }

  /**
   * Adds a file after the hub's rules allow it (else AttachmentRefusedError, nothing sent); resolves
   * to the stored file and the item's new ETag. `existing`: the names already attached.
   */
  public async add(itemId: number, file: AttachmentFile, place: { listUrl?: string; existing?: readonly string[] } = {}): Promise<{ etag: string; attachment: Attachment }> {
    return (await this.load()).add(itemId, file, place);
  }

  /** Removes a file (to the site's recycle bin, so it can be restored); resolves to the item's new ETag. */
  public async remove(itemId: number, name: string): Promise<{ etag: string }> {
    return (await this.load()).remove(itemId, name);
  }
}
