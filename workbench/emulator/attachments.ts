/**
 * List item attachments: `items(n)/AttachmentFiles` (GET), `AttachmentFiles/add(FileName='…')`
 * (POST, the content as the body), `AttachmentFiles('name')` / `getByFileName('name')` with
 * `$value` (GET, PUT to replace), DELETE and `recycleObject`. The item's `Attachments` turns true
 * with its first attachment.
 *
 * Sources: Learn "Working with lists and list items with REST" (AttachmentFiles, add(FileName=…));
 * the attachment URL `<list root>/Attachments/<item id>/<name>` as SharePoint serves it (same page);
 * names, the 400-character path and the sizes follow the file rules (files.ts, "Restrictions and
 * limitations in OneDrive and SharePoint"). `$expand=AttachmentFiles` on items is item-json.ts.
 * Reading needs the item's view permission; changing needs EditListItems on it and the list's WriteSecurity ("2: create items and edit items that were created by the user",
 * Learn "SPList.WriteSecurity"): an attachment is a change of the item, a new version of it.
 */
import { randomUUID } from 'crypto';
import { errors, SpError } from './errors';
import { DOCUMENT_LIBRARY, rootFolderUrl } from './folder-paths';
import { fileNotFound } from './folders';
import { contentResponse, refuseBody, refuseName, refusePath, refuseSize } from './files';
import { collectionResponse, Entity, entityResponse, emptyOk, RequestContext, Segment, stringArg } from './http';
import { demandItem } from './item-security';
import { demandWriteAccess } from './items';
import type { AttachmentRecord, ItemRecord } from './model';
import { PermissionKind } from './permissions';
import type { ListData } from './store';

export function attachmentJson(ctx: RequestContext, list: ListData, item: ItemRecord, a: AttachmentRecord): Entity {
  const url = `${rootFolderUrl(ctx.store, list)}/Attachments/${item.id}/${a.name}`;
  const link = `Web/Lists(guid'${list.record.Id}')/Items(${item.id})/AttachmentFiles('${encodeURIComponent(a.name.replace(/'/g, "''"))}')`;
  return {
    'odata.type': 'SP.Attachment',
    'odata.id': `${ctx.siteUrl}/_api/${link}`,
    'odata.editLink': link,
    FileName: a.name,
    FileNameAsPath: { DecodedUrl: a.name },
    ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url
  };
}

function touch(ctx: RequestContext, list: ListData, item: ItemRecord): void {
  const at = ctx.now().getTime();
  item.version++;
  item.values.Modified = at;
  item.values.Editor = ctx.user.Id;
  list.record.lastItemModified = at;
}

/** The item a route addresses (one the caller may see: items.findItem). */
export interface ItemRef {
  list: ListData;
  item: ItemRecord;
}

/** An attachment a route addresses. */
export interface AttachmentRef extends ItemRef {
  attachment: AttachmentRecord;
}

/** `AttachmentFiles/add(FileName='…')`, the content as the body. */
export function addAttachment(ctx: RequestContext, { list, item }: ItemRef, seg: Segment): Response {
  if (list.record.BaseTemplate === DOCUMENT_LIBRARY || list.record.extra.EnableAttachments === false) {
    throw errors.spException(400, 'Attachments are not allowed in this list.');
  }
  const m = /filename\s*=\s*'((?:[^']|'')*)'/i.exec(seg.args ?? '');
  const name = m ? m[1].replace(/''/g, "'") : stringArg(seg.args, ctx.query);
  refuseName(name);
  demandItem(ctx, list, item, PermissionKind.EditListItems);
  demandWriteAccess(ctx, list, item);
  refusePath(`${rootFolderUrl(ctx.store, list)}/Attachments/${item.id}/${name}`);
  refuseBody(ctx);
  refuseSize(ctx, ctx.bytes.length);
  const all = (item.attachments ??= []);
  if (all.some((a) => a.name.toLowerCase() === name.toLowerCase())) {
    throw new SpError(
      400,
      '-2130575257, Microsoft.SharePoint.SPException',
      `A file with the name ${rootFolderUrl(ctx.store, list)}/Attachments/${item.id}/${name} already exists.`
    );
  }
  const record: AttachmentRecord = { name, contentId: ctx.contents.put(ctx.bytes), length: ctx.bytes.length };
  all.push(record);
  touch(ctx, list, item);
  return entityResponse(ctx, attachmentJson(ctx, list, item, record));
}

/** `AttachmentFiles('name')`, `getByFileName('name')`: by name, case-insensitive, else 404. */
export function attachmentAt({ list, item }: ItemRef, name: string): AttachmentRef {
  const attachment = (item.attachments ?? []).find((a) => a.name.toLowerCase() === name.toLowerCase());
  if (!attachment) throw fileNotFound();
  return { list, item, attachment };
}

export function listAttachments(ctx: RequestContext, { list, item }: ItemRef): Response {
  return collectionResponse(
    ctx,
    (item.attachments ?? []).map((a) => attachmentJson(ctx, list, item, a))
  );
}

export function getAttachment(ctx: RequestContext, { list, item, attachment }: AttachmentRef): Response {
  return entityResponse(ctx, attachmentJson(ctx, list, item, attachment));
}

export function getAttachmentContent(ctx: RequestContext, { attachment }: AttachmentRef): Response {
  return contentResponse(ctx, attachment.contentId, attachment.name);
}

export function putAttachmentContent(ctx: RequestContext, { list, item, attachment }: AttachmentRef): Response {
  demandItem(ctx, list, item, PermissionKind.EditListItems);
  demandWriteAccess(ctx, list, item);
  refuseBody(ctx);
  refuseSize(ctx, ctx.bytes.length);
  attachment.contentId = ctx.contents.put(ctx.bytes);
  attachment.length = ctx.bytes.length;
  touch(ctx, list, item);
  return new Response(null, { status: 204 });
}

function remove(ctx: RequestContext, { list, item, attachment }: AttachmentRef): void {
  demandItem(ctx, list, item, PermissionKind.EditListItems);
  demandWriteAccess(ctx, list, item);
  const all = item.attachments ?? [];
  all.splice(all.indexOf(attachment), 1);
  if (all.length === 0) delete item.attachments;
  touch(ctx, list, item);
}

export function deleteAttachment(ctx: RequestContext, ref: AttachmentRef): Response {
  remove(ctx, ref);
  return emptyOk();
}

/** `recycleObject`: PnPjs's `recycle()` posts it with `X-HTTP-Method: DELETE`. */
export function recycleAttachment(ctx: RequestContext, ref: AttachmentRef): Response {
  remove(ctx, ref);
  return entityResponse(ctx, { value: randomUUID() });
}
