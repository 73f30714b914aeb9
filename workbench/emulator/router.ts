/**
 * Maps `_api/…` URLs to handlers, segment by segment, the way SharePoint's REST service
 * resolves `web/lists/getByTitle('…')/items(3)/recycle`.
 */
import { routeContentTypes } from './content-types';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from './digest';
import * as directory from './directory';
import { errors } from './errors';
import * as fields from './fields';
import { routeWebFile } from './files';
import { folderByUrl, folderJson, routeFolder } from './folders';
import { canSeeList } from './guard';
import { entityResponse, numberArg, RequestContext, Segment, stringArg, valueResponse } from './http';
import { routeItem } from './item-routes';
import * as items from './items';
import * as lists from './lists';
import type { GroupRecord } from './model';
import { canOpenSite } from './permissions';
import { createRoleDefinition } from './role-definitions';
import * as security from './security';
import { getStorageEntity } from './storage-entities';
import type { ListData } from './store';
import { addValidateUpdateItemUsingPath } from './validate';

function badMethod(ctx: RequestContext): Error {
  return errors.badQuery(`The HTTP method '${ctx.method}' cannot be used on this resource.`);
}

function only(ctx: RequestContext, method: string, run: () => Response): Response {
  if (ctx.method !== method) throw badMethod(ctx);
  return run();
}

export function contextInfo(ctx: RequestContext): Response {
  const info = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(ctx.store.state.web.Id, ctx.now()),
    LibraryVersion: '16.0.25000.12000', SiteFullUrl: ctx.siteUrl, SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.siteUrl
  };
  return entityResponse(ctx, ctx.verbose ? { GetContextWebInformation: info } : { 'odata.type': 'SP.ContextWebInformation', ...info });
}

function webJson(ctx: RequestContext): Record<string, unknown> {
  const web = ctx.store.state.web;
  const url = new URL(ctx.siteUrl);
  return {
    'odata.type': 'SP.Web', 'odata.id': `${ctx.siteUrl}/_api/Web`, 'odata.editLink': 'Web',
    Created: new Date(web.Created).toISOString(), Description: web.Description, Id: web.Id, Language: 1033,
    ServerRelativeUrl: url.pathname, Title: web.Title, Url: ctx.siteUrl, WebTemplate: 'STS', HasUniqueRoleAssignments: true
  };
}

/** Whether `$expand` names this navigation property (lower case). */
function expands(ctx: RequestContext, property: string): boolean {
  return (ctx.query.get('$expand') ?? '').split(',').some((e) => e.trim().split('/')[0].toLowerCase() === property);
}

export function routeApi(ctx: RequestContext, segs: Segment[]): Response {
  const [head, ...rest] = segs;
  if (!head) throw errors.notFoundResource('_api');
  if (head.lower === 'contextinfo') return only(ctx, 'POST', () => contextInfo(ctx));
  if (!canOpenSite(ctx.store.state, ctx.user.Id)) throw errors.accessDenied();
  if (head.lower === 'web') return routeWeb(ctx, rest);
  if (head.lower === 'site' && rest.length === 0) {
    return entityResponse(ctx, { 'odata.type': 'SP.Site', Id: ctx.store.state.web.siteId, Url: ctx.siteUrl, ServerRelativeUrl: new URL(ctx.siteUrl).pathname });
  }
  throw errors.notFoundResource(head.name);
}

function routeWeb(ctx: RequestContext, segs: Segment[]): Response {
  const [head, ...rest] = segs;
  // The emulated web is its site collection's root web, whose ParentWeb is null (`$expand=ParentWeb`).
  if (!head) return only(ctx, 'GET', () => directory.single(ctx, { ...webJson(ctx), ...(expands(ctx, 'parentweb') ? { ParentWeb: null } : {}) }));
  const web: security.Securable = { kind: 'web' };
  switch (head.lower) {
    case 'title': return valueResponse(ctx, 'Title', ctx.store.state.web.Title);
    case 'currentuser': return routeUser(ctx, ctx.user.Id, rest);
    case 'getuserbyid': return routeUser(ctx, directory.userById(ctx, numberArg(head.args, ctx.query)).Id, rest);
    case 'ensureuser': return only(ctx, 'POST', () => directory.ensureUser(ctx));
    case 'siteusers': return routeSiteUsers(ctx, head, rest);
    case 'sitegroups': return routeSiteGroups(ctx, head, rest);
    case 'associatedownergroup': return routeGroup(ctx, group(ctx, ctx.store.state.web.associatedOwnerGroupId), rest);
    case 'associatedmembergroup': return routeGroup(ctx, group(ctx, ctx.store.state.web.associatedMemberGroupId), rest);
    case 'associatedvisitorgroup': return routeGroup(ctx, group(ctx, ctx.store.state.web.associatedVisitorGroupId), rest);
    case 'effectivebasepermissions': return security.effectivePermissions(ctx, web);
    case 'getusereffectivepermissions': return security.userEffectivePermissions(ctx, web, head);
    case 'roledefinitions': return routeRoleDefinitions(ctx, head, rest);
    case 'roleassignments': return security.routeRoleAssignments(ctx, web, rest);
    case 'hasuniqueroleassignments': return valueResponse(ctx, 'HasUniqueRoleAssignments', true);
    case 'lists': return routeLists(ctx, head, rest);
    case 'getstorageentity': return only(ctx, 'GET', () => getStorageEntity(ctx, head, ctx.storageEntities));
    case 'getfolderbyserverrelativepath': {
      const m = /decodedurl\s*=\s*'((?:[^']|'')*)'/i.exec(head.args ?? '');
      return routeFolder(ctx, folderByUrl(ctx, m ? m[1].replace(/''/g, "'") : stringArg(head.args, ctx.query)), rest);
    }
    case 'getfilebyserverrelativepath': case 'getfilebyserverrelativeurl': return routeWebFile(ctx, head, rest);
    case 'getfolderbyserverrelativeurl': return routeFolder(ctx, folderByUrl(ctx, stringArg(head.args, ctx.query)), rest);
    default: throw errors.notFoundResource(head.name);
  }
}

function group(ctx: RequestContext, id: number): GroupRecord {
  const found = ctx.store.group(id);
  if (!found) throw errors.groupNotFound();
  return found;
}

function routeUser(ctx: RequestContext, userId: number, rest: Segment[]): Response {
  if (rest.length === 0) return only(ctx, 'GET', () => directory.single(ctx, directory.userJson(ctx, directory.userById(ctx, userId))));
  if (rest[0].lower === 'groups' && rest.length === 1) {
    return directory.many(ctx, directory.groupsOfUser(ctx, userId).map((g) => directory.groupJson(ctx, g)));
  }
  throw errors.notFoundResource(rest[0].name);
}

function routeSiteUsers(ctx: RequestContext, head: Segment, rest: Segment[]): Response {
  if (head.args !== undefined) return routeUser(ctx, directory.userByLogin(ctx, stringArg(head.args, ctx.query)).Id, rest);
  if (rest.length === 0) {
    if (ctx.method === 'POST') return directory.ensureUser({ ...ctx, body: JSON.stringify({ logonName: JSON.parse(ctx.body || '{}').LoginName }) });
    return directory.many(ctx, ctx.store.state.users.map((u) => directory.userJson(ctx, u)));
  }
  const [by, ...tail] = rest;
  const value = stringArg(by.args, ctx.query);
  if (by.lower === 'getbyid') return routeUser(ctx, directory.userById(ctx, Number(value)).Id, tail);
  if (by.lower === 'getbyemail' || by.lower === 'getbyloginname') return routeUser(ctx, directory.userByLogin(ctx, value).Id, tail);
  throw errors.notFoundResource(by.name);
}

function routeSiteGroups(ctx: RequestContext, head: Segment, rest: Segment[]): Response {
  if (head.args !== undefined) return routeGroup(ctx, group(ctx, numberArg(head.args, ctx.query)), rest);
  if (rest.length === 0) {
    if (ctx.method === 'POST') return directory.createGroup(ctx);
    return directory.many(ctx, ctx.store.state.groups.map((g) => directory.groupJson(ctx, g)));
  }
  const [by, ...tail] = rest;
  const value = stringArg(by.args, ctx.query);
  if (by.lower === 'getbyid') return routeGroup(ctx, group(ctx, Number(value)), tail);
  if (by.lower === 'getbyname') {
    const found = ctx.store.groupByName(value);
    if (!found) throw errors.groupNotFound();
    return routeGroup(ctx, found, tail);
  }
  if (by.lower === 'removebyid') return only(ctx, 'POST', () => directory.removeGroup(ctx, group(ctx, Number(value))));
  throw errors.notFoundResource(by.name);
}

function routeGroup(ctx: RequestContext, g: GroupRecord, rest: Segment[]): Response {
  if (rest.length === 0) return only(ctx, 'GET', () => directory.single(ctx, directory.groupJson(ctx, g)));
  if (rest[0].lower !== 'users') throw errors.notFoundResource(rest[0].name);
  const tail = rest.slice(1);
  if (tail.length === 0) return ctx.method === 'POST' ? directory.addGroupUser(ctx, g) : directory.groupUsers(ctx, g);
  const by = tail[0];
  if (by.lower === 'removebyid') return only(ctx, 'POST', () => directory.removeGroupUser(ctx, g, numberArg(by.args, ctx.query)));
  if (by.lower === 'removebyloginname') {
    return only(ctx, 'POST', () => directory.removeGroupUser(ctx, g, directory.userByLogin(ctx, stringArg(by.args, ctx.query)).Id));
  }
  if (by.lower === 'getbyid') {
    const id = numberArg(by.args, ctx.query);
    if (!g.memberIds.includes(id)) throw errors.userNotFound(String(id));
    return directory.single(ctx, directory.principalJson(ctx, id));
  }
  throw errors.notFoundResource(by.name);
}

function routeRoleDefinitions(ctx: RequestContext, head: Segment, rest: Segment[]): Response {
  if (head.args !== undefined) return security.getRoleDefinition(ctx, head, head);
  if (rest.length === 0) return ctx.method === 'POST' ? createRoleDefinition(ctx) : security.getRoleDefinitions(ctx);
  return security.getRoleDefinition(ctx, rest[0], head);
}

function routeLists(ctx: RequestContext, head: Segment, rest: Segment[]): Response {
  let list: ListData | undefined;
  let tail = rest;
  let name = '';
  if (head.args !== undefined) {
    name = stringArg(head.args, ctx.query);
    list = ctx.store.listById(name);
  } else if (rest.length === 0) {
    return ctx.method === 'POST' ? lists.createList(ctx) : lists.getLists(ctx, expands(ctx, 'parentweb') ? { ParentWeb: webJson(ctx) } : {});
  } else if (rest[0].lower === 'getbytitle' || rest[0].lower === 'getbyid') {
    name = stringArg(rest[0].args, ctx.query);
    list = rest[0].lower === 'getbytitle' ? ctx.store.listByTitle(name) : ctx.store.listById(name);
    tail = rest.slice(1);
  } else {
    throw errors.notFoundResource(rest[0].name);
  }
  // Lists the caller cannot see do not exist for them, as in SharePoint.
  if (!list || !canSeeList(ctx, list)) throw errors.listNotFound(name, ctx.siteUrl);
  return routeList(ctx, list, tail);
}

function routeList(ctx: RequestContext, list: ListData, rest: Segment[]): Response {
  const [head, ...tail] = rest;
  if (!head) {
    if (ctx.method === 'GET') {
      return lists.getList(ctx, list, {
        ...(expands(ctx, 'rootfolder') ? { RootFolder: folderJson(ctx, { list, path: '' }) } : {}),
        ...(expands(ctx, 'parentweb') ? { ParentWeb: webJson(ctx) } : {})
      });
    }
    if (ctx.method === 'MERGE') return lists.updateList(ctx, list);
    if (ctx.method === 'DELETE') return lists.deleteList(ctx, list);
    throw badMethod(ctx);
  }
  const target: security.Securable = { kind: 'list', list };
  switch (head.lower) {
    case 'items': return routeItems(ctx, list, head, tail);
    case 'rootfolder': return routeFolder(ctx, { list, path: '' }, tail);
    case 'addvalidateupdateitemusingpath': return only(ctx, 'POST', () => addValidateUpdateItemUsingPath(ctx, list));
    case 'fields': return routeFields(ctx, list, head, tail);
    case 'contenttypes': return routeContentTypes(ctx, list, head, tail);
    case 'effectivebasepermissions': return security.effectivePermissions(ctx, target);
    case 'getusereffectivepermissions': return security.userEffectivePermissions(ctx, target, head);
    case 'roleassignments': return security.routeRoleAssignments(ctx, target, tail);
    case 'breakroleinheritance': return only(ctx, 'POST', () => security.breakRoleInheritance(ctx, target, head));
    case 'resetroleinheritance': return only(ctx, 'POST', () => security.resetRoleInheritance(ctx, target));
    case 'hasuniqueroleassignments': return valueResponse(ctx, 'HasUniqueRoleAssignments', list.record.hasUniqueRoleAssignments);
    case 'itemcount': return valueResponse(ctx, 'ItemCount', list.itemCount);
    case 'recycle': return only(ctx, 'POST', () => lists.recycleList(ctx, list));
    default: throw errors.notFoundResource(head.name);
  }
}

function routeItems(ctx: RequestContext, list: ListData, head: Segment, rest: Segment[]): Response {
  let id: number | undefined;
  let tail = rest;
  if (head.args !== undefined) id = numberArg(head.args, ctx.query);
  else if (rest[0]?.lower === 'getbyid') { id = numberArg(rest[0].args, ctx.query); tail = rest.slice(1); }
  else if (rest.length > 0) throw errors.notFoundResource(rest[0].name);
  if (id === undefined) {
    if (ctx.method === 'GET') return items.getItems(ctx, list);
    if (ctx.method === 'POST') return items.addItem(ctx, list);
    throw badMethod(ctx);
  }
  return routeItem(ctx, list, id, tail);
}

function routeFields(ctx: RequestContext, list: ListData, head: Segment, rest: Segment[]): Response {
  if (head.args === undefined && rest.length === 0) {
    return ctx.method === 'POST' ? fields.createField(ctx, list) : fields.getFields(ctx, list);
  }
  if (head.args === undefined && rest[0].lower === 'addfield') return only(ctx, 'POST', () => fields.addField(ctx, list));
  if (head.args === undefined && rest[0].lower === 'createfieldasxml') return only(ctx, 'POST', () => fields.createFieldAsXml(ctx, list));
  const seg = head.args !== undefined ? head : rest[0];
  const tail = head.args !== undefined ? rest : rest.slice(1);
  const field = fields.findFieldBySegment(ctx, list, seg, head);
  if (tail.length > 0) throw errors.notFoundResource(tail[0].name);
  if (ctx.method === 'GET') return fields.getField(ctx, list, field);
  if (ctx.method === 'MERGE') return fields.updateField(ctx, list, field);
  if (ctx.method === 'DELETE') return fields.deleteField(ctx, list, field);
  throw badMethod(ctx);
}
