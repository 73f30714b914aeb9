/**
 * Role definitions and role assignments on the web and on lists: breakroleinheritance,
 * resetroleinheritance, addroleassignment / removeroleassignment, roleassignments with
 * `$expand=Member,RoleDefinitionBindings`, and EffectiveBasePermissions.
 */
import { queryEntities } from './entity-query';
import { errors } from './errors';
import { demandList, demandWeb, listMask, webMask } from './guard';
import { collectionResponse, emptyOk, Entity, entityResponse, namedArgs, RequestContext, Segment, stringArg } from './http';
import { principalJson, userByLogin } from './directory';
import {
  breakItemInheritance,
  clearScopesUnder,
  demandItem,
  effectiveItemAssignments,
  itemMask,
  itemPermissions,
  resetItemInheritance
} from './item-security';
import type { ItemRecord, RoleAssignmentRecord, RoleDefinitionRecord } from './model';
import { listPermissions, PermissionKind, permissionsJson, webPermissions } from './permissions';
import type { ListData } from './store';

/** The securable a request addresses: the web, a list, or a list item (folders included). */
export type Securable = { kind: 'web' } | { kind: 'list'; list: ListData } | { kind: 'item'; list: ListData; item: ItemRecord };

export function roleDefinitionJson(ctx: RequestContext, d: RoleDefinitionRecord): Entity {
  return {
    'odata.type': 'SP.RoleDefinition',
    'odata.id': `${ctx.siteUrl}/_api/Web/RoleDefinitions(${d.Id})`,
    BasePermissions: permissionsJson(d.BasePermissions),
    Description: d.Description,
    Hidden: d.Hidden,
    Id: d.Id,
    Name: d.Name,
    Order: d.Order,
    RoleTypeKind: d.RoleTypeKind
  };
}

export function getRoleDefinitions(ctx: RequestContext): Response {
  return collectionResponse(
    ctx,
    queryEntities(
      ctx.store.state.roleDefinitions.map((d) => roleDefinitionJson(ctx, d)),
      ctx.query
    )
  );
}

/** `roledefinitions(n)` and `getbyid(n)` (by: 'id'), `getbytype(n)` ('type'), `getbyname('…')` ('name'). */
export function getRoleDefinition(ctx: RequestContext, by: 'id' | 'type' | 'name', value: string): Response {
  const defs = ctx.store.state.roleDefinitions;
  const def =
    by === 'id'
      ? defs.find((d) => d.Id === Number(value))
      : by === 'type'
        ? defs.find((d) => d.RoleTypeKind === Number(value))
        : defs.find((d) => d.Name.toLowerCase() === value.toLowerCase());
  if (!def) throw errors.spException(404, 'The specified role definition could not be found.');
  return entityResponse(ctx, roleDefinitionJson(ctx, def));
}

function assignmentsOf(ctx: RequestContext, target: Securable): RoleAssignmentRecord[] {
  if (target.kind === 'web') return ctx.store.state.webRoleAssignments;
  if (target.kind === 'item') return effectiveItemAssignments(ctx.store.state, target.list, target.item);
  return target.list.record.hasUniqueRoleAssignments ? target.list.record.roleAssignments : ctx.store.state.webRoleAssignments;
}

function demand(ctx: RequestContext, target: Securable, kind: PermissionKind): void {
  if (target.kind === 'web') demandWeb(ctx, kind);
  else if (target.kind === 'item') demandItem(ctx, target.list, target.item, kind);
  else demandList(ctx, target.list, kind);
}

function demandManagePermissions(ctx: RequestContext, target: Securable): void {
  demand(ctx, target, PermissionKind.ManagePermissions);
}

function demandEnumerate(ctx: RequestContext, target: Securable): void {
  demand(ctx, target, PermissionKind.EnumeratePermissions);
}

export function getRoleAssignments(ctx: RequestContext, target: Securable): Response {
  demandEnumerate(ctx, target);
  const expand = (ctx.query.get('$expand') ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());
  const entities = assignmentsOf(ctx, target).map((a) => {
    const e: Entity = { 'odata.type': 'SP.RoleAssignment', PrincipalId: a.principalId };
    if (expand.includes('member')) e.Member = principalJson(ctx, a.principalId);
    if (expand.includes('roledefinitionbindings')) {
      e.RoleDefinitionBindings = a.roleDefinitionIds
        .map((id) => ctx.store.state.roleDefinitions.find((d) => d.Id === id))
        .filter((d): d is RoleDefinitionRecord => d !== undefined)
        .map((d) => roleDefinitionJson(ctx, d));
    }
    return e;
  });
  return collectionResponse(ctx, entities);
}

/** Role assignments can only change where inheritance is broken (the web always is). */
function ownAssignments(target: Securable, ctx: RequestContext): RoleAssignmentRecord[] {
  if (target.kind === 'web') return ctx.store.state.webRoleAssignments;
  if (target.kind === 'item') {
    if (!target.item.roleAssignments) throw errors.inheritsPermissions();
    return target.item.roleAssignments;
  }
  if (!target.list.record.hasUniqueRoleAssignments) throw errors.inheritsPermissions();
  return target.list.record.roleAssignments;
}

export function addRoleAssignment(ctx: RequestContext, target: Securable, seg: Segment): Response {
  demandManagePermissions(ctx, target);
  const args = namedArgs(seg.args, ctx.query);
  const principalId = Number(args.get('principalid'));
  const roleDefId = Number(args.get('roledefid'));
  if (!ctx.store.principalExists(principalId)) throw errors.userNotFound(String(principalId));
  if (!ctx.store.state.roleDefinitions.some((d) => d.Id === roleDefId))
    throw errors.spException(404, 'The specified role definition could not be found.');
  const assignments = ownAssignments(target, ctx);
  const existing = assignments.find((a) => a.principalId === principalId);
  if (existing) {
    if (!existing.roleDefinitionIds.includes(roleDefId)) existing.roleDefinitionIds.push(roleDefId);
  } else {
    assignments.push({ principalId, roleDefinitionIds: [roleDefId] });
  }
  return emptyOk();
}

export function removeRoleAssignment(ctx: RequestContext, target: Securable, seg: Segment): Response {
  demandManagePermissions(ctx, target);
  const args = namedArgs(seg.args, ctx.query);
  const principalId = Number(args.get('principalid'));
  const roleDefId = Number(args.get('roledefid'));
  const assignments = ownAssignments(target, ctx);
  const existing = assignments.find((a) => a.principalId === principalId);
  if (existing) {
    existing.roleDefinitionIds = existing.roleDefinitionIds.filter((id) => id !== roleDefId);
    if (existing.roleDefinitionIds.length === 0) assignments.splice(assignments.indexOf(existing), 1);
  }
  return emptyOk();
}

/**
 * breakroleinheritance(copyroleassignments=…, clearsubscopes=…). Without copying, SharePoint
 * gives the caller Full Control so that they do not lock themselves out.
 */
export function breakRoleInheritance(ctx: RequestContext, target: Securable, seg: Segment): Response {
  if (target.kind === 'web') throw errors.badQuery('The web always has unique role assignments.');
  demandManagePermissions(ctx, target);
  const args = namedArgs(seg.args, ctx.query);
  const copy = (args.get('copyroleassignments') ?? 'false').toLowerCase() === 'true';
  const clearSubscopes = (args.get('clearsubscopes') ?? 'false').toLowerCase() === 'true';
  if (target.kind === 'item') {
    breakItemInheritance(ctx, target.list, target.item, copy, clearSubscopes);
    return emptyOk();
  }
  const list = target.list;
  const record = list.record;
  if (clearSubscopes && !record.hasUniqueRoleAssignments) clearScopesUnder(list, '');
  if (!record.hasUniqueRoleAssignments) {
    record.roleAssignments = copy
      ? ctx.store.state.webRoleAssignments.map((a) => ({ principalId: a.principalId, roleDefinitionIds: [...a.roleDefinitionIds] }))
      : [{ principalId: ctx.user.Id, roleDefinitionIds: [1073741829] }];
    record.hasUniqueRoleAssignments = true;
  }
  return emptyOk();
}

export function resetRoleInheritance(ctx: RequestContext, target: Securable): Response {
  if (target.kind === 'web') throw errors.badQuery('The web cannot inherit role assignments.');
  demandManagePermissions(ctx, target);
  if (target.kind === 'item') {
    resetItemInheritance(target.list, target.item);
    return emptyOk();
  }
  const list = target.list;
  list.record.hasUniqueRoleAssignments = false;
  list.record.roleAssignments = [];
  return emptyOk();
}

export function effectivePermissions(ctx: RequestContext, target: Securable): Response {
  const mask =
    target.kind === 'web' ? webMask(ctx) : target.kind === 'item' ? itemMask(ctx, target.list, target.item) : listMask(ctx, target.list);
  return entityResponse(ctx, { 'odata.type': 'SP.BasePermissions', ...permissionsJson(mask) });
}

/** getUserEffectivePermissions(@user)?@user='login' — needs EnumeratePermissions. */
export function userEffectivePermissions(ctx: RequestContext, target: Securable, seg: Segment): Response {
  demandEnumerate(ctx, target);
  const user = userByLogin(ctx, stringArg(seg.args, ctx.query));
  const state = ctx.store.state;
  const mask =
    target.kind === 'web'
      ? webPermissions(state, user.Id)
      : target.kind === 'item'
        ? itemPermissions(state, target.list, target.item, user.Id)
        : listPermissions(state, target.list.record, user.Id);
  return entityResponse(ctx, { 'odata.type': 'SP.BasePermissions', ...permissionsJson(mask) });
}
