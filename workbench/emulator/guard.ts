/** Permission checks: a request that lacks the right gets SharePoint's 403 "Access denied.". */
import { errors } from './errors';
import type { RequestContext } from './http';
import type { BasePermissions } from './model';
import { has, listPermissions, PermissionKind, webPermissions } from './permissions';
import type { ListData } from './store';

export function webMask(ctx: RequestContext): BasePermissions {
  return webPermissions(ctx.store.state, ctx.user.Id);
}

export function listMask(ctx: RequestContext, list: ListData): BasePermissions {
  return listPermissions(ctx.store.state, list.record, ctx.user.Id);
}

export function demandWeb(ctx: RequestContext, kind: PermissionKind): void {
  if (!has(webMask(ctx), kind)) throw errors.accessDenied();
}

export function demandList(ctx: RequestContext, list: ListData, kind: PermissionKind): void {
  if (!has(listMask(ctx, list), kind)) throw errors.accessDenied();
}

/** People who can manage the list bypass item-level security (ReadSecurity / WriteSecurity). */
export function managesList(ctx: RequestContext, list: ListData): boolean {
  return has(listMask(ctx, list), PermissionKind.ManageLists);
}

export function canSeeList(ctx: RequestContext, list: ListData): boolean {
  return has(listMask(ctx, list), PermissionKind.ViewListItems);
}
