/**
 * Users and SharePoint groups: current user, site users (ensureuser, by id, by login alias),
 * site groups (create, by name or id, members), and the web's associated groups.
 */
import { queryEntities, selectEntity } from './entity-query';
import { errors } from './errors';
import { demandWeb } from './guard';
import { collectionResponse, emptyOk, Entity, entityResponse, parseBody, RequestContext } from './http';
import type { GroupRecord, UserRecord } from './model';
import { has, PermissionKind } from './permissions';
import { webMask } from './guard';

export function userJson(ctx: RequestContext, u: UserRecord): Entity {
  const email = u.Email;
  return {
    'odata.type': 'SP.User',
    'odata.id': `${ctx.siteUrl}/_api/Web/GetUserById(${u.Id})`,
    'odata.editLink': `Web/GetUserById(${u.Id})`,
    Id: u.Id,
    IsHiddenInUI: false,
    LoginName: u.LoginName,
    Title: u.Title,
    PrincipalType: 1,
    Email: email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: u.IsSiteAdmin,
    UserId: { NameId: u.Id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: email
  };
}

export function groupJson(ctx: RequestContext, g: GroupRecord): Entity {
  const owner = ctx.store.user(g.OwnerId) ?? ctx.store.group(g.OwnerId);
  return {
    'odata.type': 'SP.Group',
    'odata.id': `${ctx.siteUrl}/_api/Web/SiteGroups/GetById(${g.Id})`,
    'odata.editLink': `Web/SiteGroups/GetById(${g.Id})`,
    Id: g.Id,
    IsHiddenInUI: false,
    LoginName: g.Title,
    Title: g.Title,
    PrincipalType: 8,
    AllowMembersEditMembership: g.AllowMembersEditMembership,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: g.Description,
    OnlyAllowMembersViewMembership: g.OnlyAllowMembersViewMembership,
    OwnerTitle: owner ? owner.Title : '',
    RequestToJoinLeaveEmailSetting: null
  };
}

export function principalJson(ctx: RequestContext, id: number): Entity {
  const user = ctx.store.user(id);
  if (user) return userJson(ctx, user);
  const group = ctx.store.group(id);
  if (group) return groupJson(ctx, group);
  throw errors.userNotFound(String(id));
}

export function single(ctx: RequestContext, entity: Entity): Response {
  return entityResponse(ctx, selectEntity(entity, ctx.query.get('$select')));
}

export function many(ctx: RequestContext, entities: Entity[]): Response {
  return collectionResponse(ctx, queryEntities(entities, ctx.query));
}

export function groupsOfUser(ctx: RequestContext, userId: number): GroupRecord[] {
  return ctx.store.state.groups.filter((g) => g.memberIds.includes(userId));
}

export function userById(ctx: RequestContext, id: number): UserRecord {
  const user = ctx.store.user(id);
  if (!user) throw errors.userNotFound(String(id));
  return user;
}

export function userByLogin(ctx: RequestContext, login: string): UserRecord {
  const user = ctx.store.userByLogin(login);
  if (!user) throw errors.userNotFound(login);
  return user;
}

/** POST web/ensureuser {"logonName": claims login or e-mail}: the user from the directory. */
export function ensureUser(ctx: RequestContext): Response {
  demandWeb(ctx, PermissionKind.BrowseUserInfo);
  const body = parseBody(ctx);
  const login = typeof body.logonName === 'string' ? body.logonName : '';
  return entityResponse(ctx, userJson(ctx, userByLogin(ctx, login)));
}

/** Who may change a group's membership: its owner, members when allowed, or ManagePermissions. */
function demandGroupEdit(ctx: RequestContext, group: GroupRecord): void {
  if (has(webMask(ctx), PermissionKind.ManagePermissions)) return;
  if (group.OwnerId === ctx.user.Id) return;
  if (ctx.store.group(group.OwnerId)?.memberIds.includes(ctx.user.Id)) return;
  if (group.AllowMembersEditMembership && group.memberIds.includes(ctx.user.Id)) return;
  throw errors.accessDenied();
}

/** Reading members: OnlyAllowMembersViewMembership restricts to members and group editors. */
function demandGroupView(ctx: RequestContext, group: GroupRecord): void {
  if (!group.OnlyAllowMembersViewMembership || group.memberIds.includes(ctx.user.Id)) return;
  demandGroupEdit(ctx, group);
}

export function groupUsers(ctx: RequestContext, group: GroupRecord): Response {
  demandGroupView(ctx, group);
  return many(
    ctx,
    group.memberIds.map((id) => principalJson(ctx, id))
  );
}

export function addGroupUser(ctx: RequestContext, group: GroupRecord): Response {
  demandGroupEdit(ctx, group);
  const body = parseBody(ctx);
  const user = userByLogin(ctx, typeof body.LoginName === 'string' ? body.LoginName : '');
  if (!group.memberIds.includes(user.Id)) group.memberIds.push(user.Id);
  return entityResponse(ctx, userJson(ctx, user), 201);
}

export function removeGroupUser(ctx: RequestContext, group: GroupRecord, userId: number): Response {
  demandGroupEdit(ctx, group);
  group.memberIds = group.memberIds.filter((id) => id !== userId);
  return emptyOk();
}

export function createGroup(ctx: RequestContext): Response {
  demandWeb(ctx, PermissionKind.CreateGroups);
  const body = parseBody(ctx);
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (!title) throw errors.badValue('The group name cannot be empty.');
  if (ctx.store.groupByName(title)) {
    throw errors.spException(400, `The specified name is already in use.`);
  }
  const group: GroupRecord = {
    Id: ctx.store.nextPrincipalId(),
    Title: title,
    Description: typeof body.Description === 'string' ? body.Description : '',
    OwnerId: ctx.user.Id,
    memberIds: [],
    AllowMembersEditMembership: body.AllowMembersEditMembership === true,
    OnlyAllowMembersViewMembership: body.OnlyAllowMembersViewMembership !== false
  };
  ctx.store.state.groups.push(group);
  return entityResponse(ctx, groupJson(ctx, group), 201);
}

/**
 * MERGE `sitegroups(n)`: a group's settings (Learn: "Users, groups, and roles REST API reference",
 * update a group with `X-HTTP-Method: MERGE`; SP.Group's Title, Description, AllowMembersEditMembership,
 * OnlyAllowMembersViewMembership). Its owner or someone with ManagePermissions; unknown properties
 * are refused as SharePoint refuses them on any entity.
 */
export function updateGroup(ctx: RequestContext, group: GroupRecord): Response {
  const body = parseBody(ctx);
  if (!(
    has(webMask(ctx), PermissionKind.ManagePermissions) ||
    group.OwnerId === ctx.user.Id ||
    ctx.store.group(group.OwnerId)?.memberIds.includes(ctx.user.Id)
  )) {
    throw errors.accessDenied();
  }
  const changes: Array<() => void> = [];
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata') continue;
    if (name === 'Title' && typeof value === 'string' && value.trim())
      changes.push(() => {
        group.Title = value.trim();
      });
    else if (name === 'Description' && typeof value === 'string')
      changes.push(() => {
        group.Description = value;
      });
    else if (name === 'AllowMembersEditMembership' && typeof value === 'boolean')
      changes.push(() => {
        group.AllowMembersEditMembership = value;
      });
    else if (name === 'OnlyAllowMembersViewMembership' && typeof value === 'boolean')
      changes.push(() => {
        group.OnlyAllowMembersViewMembership = value;
      });
    else
      throw errors.badValue(
        `The property '${name}' does not exist on type 'SP.Group'. Make sure to only use property names that are defined by the type.`
      );
  }
  changes.forEach((change) => change());
  return emptyOk();
}

export function removeGroup(ctx: RequestContext, group: GroupRecord): Response {
  demandWeb(ctx, PermissionKind.ManagePermissions);
  const state = ctx.store.state;
  state.groups = state.groups.filter((g) => g !== group);
  state.webRoleAssignments = state.webRoleAssignments.filter((a) => a.principalId !== group.Id);
  for (const list of state.lists) list.roleAssignments = list.roleAssignments.filter((a) => a.principalId !== group.Id);
  return emptyOk();
}
