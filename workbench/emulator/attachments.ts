/**
 * List item attachments: `items(n)/AttachmentFiles` (GET), `AttachmentFiles/add(FileName='…')`
 * (POST, the content as the body), `AttachmentFiles('name')` / `getByFileName('name')` with
 * `$value` (GET, PUT to replace), DELETE and `recycleObject`. The item's `Attachments` turns true
 * with its first attachment.
 *
 * Sources: Learn "Working with lists and list items with REST" (AttachmentFiles, add(FileName=…));
 * the attachment URL `<list root>/Attachments/<item id>/<name>` as SharePoint serves it (same page);
 * names follow the file rules (files.ts, "Restrictions and limitations in OneDrive and
 * SharePoint"). Reading needs the item's view permission, changing needs EditListItems on it.
 */
import { randomUUID } from 'crypto';
import { errors, SpError } from './errors';
import { DOCUMENT_LIBRARY, rootFolderUrl } from './folder-paths';
import { fileNotFound } from './folders';
import { contentResponse, refuseName } from './files';
import { collectionResponse, Entity, entityResponse, emptyOk, RequestContext, Segment, stringArg } from './http';
import { demandItem } from './item-security';
import type { AttachmentRecord, ItemRecord } from './model';
import { PermissionKind } from './permissions';
import type { ListData } from './store';

function attachmentJson(ctx: RequestContext, list: ListData, item: ItemRecord, a: AttachmentRecord): Entity {
  const url = `${rootFolderUrl(ctx.store, list)}/Attachments/${item.id}/${a.name}`;
  const link = `Web/Lists(guid'${list.record.Id}')/Items(${item.id})/AttachmentFiles('${encodeURIComponent(a.name.replace(/'/g, "''"))}')`;
  return {
    'odata.type': 'SP.Attachment', 'odata.id': `${ctx.siteUrl}/_api/${link}`, 'odata.editLink': link,
    FileName: a.name, FileNameAsPath: { DecodedUrl: a.name }, ServerRelativePath: { DecodedUrl: url }, ServerRelativeUrl: url
  };
}

function touch(ctx: RequestContext, list: ListData, item: ItemRecord): void {
  const at = ctx.now().getTime();
  item.version++;
  item.values.Modified = at;
  item.values.Editor = ctx.user.Id;
  list.record.lastItemModified = at;
}

function addAttachment(ctx: RequestContext, list: ListData, item: ItemRecord, seg: Segment): Response {
  if (list.record.BaseTemplate === DOCUMENT_LIBRARY || list.record.extra.EnableAttachments === false) {
    throw errors.spException(400, 'Attachments are not allowed in this list.');
  }
  const m = /filename\s*=\s*'((?:[^']|'')*)'/i.exec(seg.args ?? '');
  const name = m ? m[1].replace(/''/g, "'") : stringArg(seg.args, ctx.query);
  refuseName(name);
  demandItem(ctx, list, item, PermissionKind.EditListItems);
  if (ctx.bytes.length > ctx.limits.requestBytes) {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The request message is too big. The server does not allow messages larger than ${ctx.limits.requestBytes} bytes.`);
  }
  const all = (item.attachments ??= []);
  if (all.some((a) => a.name.toLowerCase() === name.toLowerCase())) {
    throw new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${rootFolderUrl(ctx.store, list)}/Attachments/${item.id}/${name} already exists.`);
  }
  const record: AttachmentRecord = { name, contentId: ctx.contents.put(ctx.bytes), length: ctx.bytes.length };
  all.push(record);
  touch(ctx, list, item);
  return entityResponse(ctx, attachmentJson(ctx, list, item, record));
}

function routeAttachment(ctx: RequestContext, list: ListData, item: ItemRecord, name: string, rest: Segment[]): Response {
  const all = item.attachments ?? [];
  const at = all.findIndex((a) => a.name.toLowerCase() === name.toLowerCase());
  if (at < 0) throw fileNotFound();
  const a = all[at];
  const [head] = rest;
  const remove = (): void => {
    demandItem(ctx, list, item, PermissionKind.EditListItems);
    all.splice(at, 1);
    if (all.length === 0) delete item.attachments;
    touch(ctx, list, item);
  };
  if (!head) {
    if (ctx.method === 'GET') return entityResponse(ctx, attachmentJson(ctx, list, item, a));
    if (ctx.method === 'DELETE') { remove(); return emptyOk(); }
  } else if (head.lower === '$value' && rest.length === 1) {
    if (ctx.method === 'GET') return contentResponse(ctx, a.contentId, a.name);
    if (ctx.method === 'PUT') {
      demandItem(ctx, list, item, PermissionKind.EditListItems);
      a.contentId = ctx.contents.put(ctx.bytes);
      a.length = ctx.bytes.length;
      touch(ctx, list, item);
      return new Response(null, { status: 204 });
    }
  } else if (head.lower === 'recycleobject' && (ctx.method === 'POST' || ctx.method === 'DELETE')) {
    // PnPjs's `recycle()` posts recycleObject with `X-HTTP-Method: DELETE`.
    remove();
    return entityResponse(ctx, { value: randomUUID() });
  }
  throw errors.badQuery(`The HTTP method '${ctx.method}' cannot be used on this resource.`);
}

/** `items(n)/AttachmentFiles…`; the item is one the caller may see (items.findItem). */
export function routeAttachments(ctx: RequestContext, list: ListData, item: ItemRecord, head: Segment, rest: Segment[]): Response {
  if (head.args !== undefined) return routeAttachment(ctx, list, item, stringArg(head.args, ctx.query), rest);
  const [next, ...tail] = rest;
  if (!next) {
    if (ctx.method !== 'GET') throw errors.badQuery(`The HTTP method '${ctx.method}' cannot be used on this resource.`);
    return collectionResponse(ctx, (item.attachments ?? []).map((a) => attachmentJson(ctx, list, item, a)));
  }
  if (next.lower === 'add' && ctx.method === 'POST' && tail.length === 0) return addAttachment(ctx, list, item, next);
  if (next.lower === 'getbyfilename' || next.lower === 'getbyfilenameaspath') {
    const m = /decodedurl\s*=\s*'((?:[^']|'')*)'/i.exec(next.args ?? '');
    return routeAttachment(ctx, list, item, m ? m[1].replace(/''/g, "'") : stringArg(next.args, ctx.query), tail);
  }
  throw errors.notFoundResource(next.name);
}
