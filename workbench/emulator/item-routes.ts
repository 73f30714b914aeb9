/**
 * `…/items(n)/…` (also reached as `getFolderByServerRelativePath(…)/listItemAllFields/…`): the item
 * itself (GET, MERGE, DELETE), `recycle`, `validateupdatelistitem`, its permissions
 * (`breakroleinheritance`, `resetroleinheritance`, `roleassignments…`, `HasUniqueRoleAssignments`,
 * `EffectiveBasePermissions`, `getUserEffectivePermissions(@user)`) and, for folder items, `folder`.
 */
import { routeAttachments } from './attachments';
import { errors } from './errors';
import { joinPath } from './folder-paths';
import { folderAt, routeFolder } from './folders';
import type { RequestContext, Segment } from './http';
import { valueResponse } from './http';
import * as items from './items';
import * as security from './security';
import type { ListData } from './store';
import { validateUpdateListItem } from './validate';

function post(ctx: RequestContext, run: () => Response): Response {
  if (ctx.method !== 'POST') throw errors.badQuery(`The HTTP method '${ctx.method}' cannot be used on this resource.`);
  return run();
}

export function routeItem(ctx: RequestContext, list: ListData, id: number, rest: Segment[]): Response {
  const [head, ...tail] = rest;
  if (!head) {
    if (ctx.method === 'GET') return items.getItem(ctx, list, id);
    if (ctx.method === 'MERGE') return items.updateItem(ctx, list, id);
    if (ctx.method === 'DELETE') return items.deleteItem(ctx, list, id);
    throw errors.badQuery(`The HTTP method '${ctx.method}' cannot be used on this resource.`);
  }
  if (head.lower === 'recycle') return post(ctx, () => items.recycleItem(ctx, list, id));
  if (head.lower === 'validateupdatelistitem') return post(ctx, () => validateUpdateListItem(ctx, list, id));
  const item = items.findItem(ctx, list, id);
  const target: security.Securable = { kind: 'item', list, item };
  switch (head.lower) {
    case 'breakroleinheritance': return post(ctx, () => security.breakRoleInheritance(ctx, target, head));
    case 'resetroleinheritance': return post(ctx, () => security.resetRoleInheritance(ctx, target));
    case 'roleassignments': return security.routeRoleAssignments(ctx, target, tail);
    case 'hasuniqueroleassignments': return valueResponse(ctx, 'HasUniqueRoleAssignments', item.roleAssignments !== undefined);
    case 'effectivebasepermissions': return security.effectivePermissions(ctx, target);
    case 'getusereffectivepermissions': return security.userEffectivePermissions(ctx, target, head);
    case 'attachmentfiles': return routeAttachments(ctx, list, item, head, tail);
    case 'folder': {
      const folder = item.fsObjType === 1 && item.leaf !== undefined ? folderAt(ctx, list, joinPath(item.dir, item.leaf)) : undefined;
      if (!folder) throw errors.notFoundResource(head.name);
      return routeFolder(ctx, folder, tail);
    }
    default: throw errors.notFoundResource(head.name);
  }
}
