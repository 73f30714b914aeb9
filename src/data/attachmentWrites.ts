/**
 * The writes of item attachments (attachments.ts): a module of its own, loaded with the first file
 * added or removed, so the plans' and training's first views carry only the read side.
 *
 * The requests are the ones PnPjs's `@pnp/sp/attachments` sends (`attachmentFiles.add`,
 * `getByName(…).recycle()`), built on its core: a lazy import of a PnPjs extension registers on
 * a second copy of PnPjs when the code runs under Node's ESM loader (the workbench's demo seeding).
 */
import { SPFI, SPQueryable, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IItem } from '@pnp/sp/items';
import { AttachmentRefusal, attachmentRefusal } from '../domain/attachments';
import { Attachment, AttachmentFile, ATTACHMENTS_EXPAND, ATTACHMENTS_SELECT, attachmentsOf } from './attachments';

/** A file refused by the hub's rules before sending. */
export class AttachmentRefusedError extends Error {
  public constructor(
    public readonly reason: AttachmentRefusal,
    public readonly fileName: string
  ) {
    super(`Attachment refused: ${reason}`);
    this.name = 'AttachmentRefusedError';
  }
}

export class AttachmentWrites {
  public constructor(
    private readonly sp: SPFI,
    private readonly listTitle: string
  ) {}

  private item(itemId: number): IItem {
    return this.sp.web.lists.getByTitle(this.listTitle).items.getById(itemId);
  }

  /** The item's ETag as it is now (after an attachment changed it). */
  private async etagOf(itemId: number): Promise<string> {
    const row = await this.item(itemId).select('Id')<{ 'odata.etag'?: string }>();
    return row['odata.etag'] || '*';
  }

  /** The item's attachments as they are now. */
  public async list(itemId: number): Promise<Attachment[]> {
    const row = await this.item(itemId).select(ATTACHMENTS_SELECT).expand(ATTACHMENTS_EXPAND)<{ AttachmentFiles?: unknown }>();
    return attachmentsOf(row);
  }

  /**
   * Adds a file after the hub's rules allow it (else AttachmentRefusedError, nothing sent);
   * resolves to the stored file and the item's new ETag. `listUrl` is the list's server-relative
   * root, for the path limit; `existing` the names already attached.
   */
  public async add(
    itemId: number,
    file: AttachmentFile,
    place: { listUrl?: string; existing?: readonly string[] } = {}
  ): Promise<{ etag: string; attachment: Attachment }> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const refusal = attachmentRefusal({ name: file.name, size: bytes.length, head: bytes }, { ...place, itemId });
    if (refusal) throw new AttachmentRefusedError(refusal, file.name);
    // As PnPjs's encodePath: quotes doubled, then the whole name URI-encoded.
    const added = await spPost<Record<string, unknown>>(
      SPQueryable(this.item(itemId), `AttachmentFiles/add(FileName='${encodeURIComponent(file.name.replace(/'/g, "''"))}')`),
      { body: bytes }
    );
    const attachment = attachmentsOf({ AttachmentFiles: [added] })[0] || { name: file.name, url: '' };
    return { etag: await this.etagOf(itemId), attachment };
  }

  /** Removes a file (to the site's recycle bin, so it can be restored); resolves to the item's new ETag. */
  public async remove(itemId: number, name: string): Promise<{ etag: string }> {
    const attachment = SPQueryable(this.item(itemId), `AttachmentFiles('${encodeURIComponent(name.replace(/'/g, "''"))}')/recycleObject`);
    await spPost(attachment, { headers: { 'IF-Match': '*', 'X-HTTP-Method': 'DELETE' } });
    return { etag: await this.etagOf(itemId) };
  }
}
