/**
 * Every `_api/…` path the emulator answers, as one declarative map (the shape is in
 * route-table.ts). The functions that do the work live in the files each resource names; this
 * file only says which segment leads where and which HTTP method does what. The README's
 * "Routes" section is printed from this map (`npm run emulator:routes`), and
 * `tests/emulator/routes.test.ts` fails when the two differ.
 */
import * as attachments from './attachments';
import * as contentTypes from './content-types';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from './digest';
import * as directory from './directory';
import { errors } from './errors';
import * as fields from './fields';
import * as files from './files';
import * as folders from './folders';
import { resolveListPath } from './folder-paths';
import type { FolderRef } from './folders';
import { canSeeList } from './guard';
import { entityResponse, numberArg, RequestContext, respond, Segment, stringArg, valueResponse } from './http';
import { compileProjection, etagOf, itemJson } from './item-json';
import * as items from './items';
import * as lists from './lists';
import type { GroupRecord } from './model';
import { canOpenSite } from './permissions';
import { createRoleDefinition } from './role-definitions';
import { Resource, Route, routesMarkdown, walk } from './route-table';
import * as security from './security';
import { getStorageEntity } from './storage-entities';
import type { ListData } from './store';
import { addValidateUpdateItemUsingPath, validateUpdateListItem } from './validate';

type Nothing = null;

/** `decodedUrl='…'` (the …Path forms) or a plain `'…'` argument. */
function pathArg(ctx: RequestContext, seg: Segment): string {
  const m = /decodedurl\s*=\s*'((?:[^']|'')*)'/i.exec(seg.args ?? '');
  return m ? m[1].replace(/''/g, "'") : stringArg(seg.args, ctx.query);
}

/** Whether `$expand` names this navigation property (lower case). */
function expands(ctx: RequestContext, property: string): boolean {
  return (ctx.query.get('$expand') ?? '').split(',').some((e) => e.trim().split('/')[0].toLowerCase() === property);
}

function contextInfo(ctx: RequestContext): Response {
  const info = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(ctx.store.state.web.Id, ctx.now()),
    LibraryVersion: '16.0.25000.12000',
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.siteUrl
  };
  return entityResponse(ctx, ctx.verbose ? { GetContextWebInformation: info } : { 'odata.type': 'SP.ContextWebInformation', ...info });
}

function webJson(ctx: RequestContext): Record<string, unknown> {
  const web = ctx.store.state.web;
  const url = new URL(ctx.siteUrl);
  return {
    'odata.type': 'SP.Web',
    'odata.id': `${ctx.siteUrl}/_api/Web`,
    'odata.editLink': 'Web',
    Created: new Date(web.Created).toISOString(),
    Description: web.Description,
    Id: web.Id,
    Language: 1033,
    ServerRelativeUrl: url.pathname,
    Title: web.Title,
    Url: ctx.siteUrl,
    WebTemplate: 'STS',
    HasUniqueRoleAssignments: true
  };
}

function groupById(ctx: RequestContext, id: number): GroupRecord {
  const found = ctx.store.group(id);
  if (!found) throw errors.groupNotFound();
  return found;
}

// ---- permissions, the same on the web, a list and an item ----

const ROLE_ASSIGNMENTS: Resource<security.Securable> = {
  name: 'role assignments',
  reached: '`…/roleassignments` on the web, a list or an item',
  file: 'security.ts',
  methods: { GET: (ctx, target) => security.getRoleAssignments(ctx, target) },
  doc: 'with `$expand=Member,RoleDefinitionBindings`; needs EnumeratePermissions',
  below: {
    addroleassignment: { doc: '`(principalid=…,roledefid=…)`', methods: { POST: security.addRoleAssignment } },
    removeroleassignment: { doc: '`(principalid=…,roledefid=…)`', methods: { POST: security.removeRoleAssignment } }
  }
};

/** The permission segments a securable (web, list, item) has. */
function permissionRoutes<T>(securable: (ctx: RequestContext, target: T) => security.Securable): Record<string, Route<T>> {
  return {
    effectivebasepermissions: {
      doc: "the caller's permissions (`High`, `Low`)",
      methods: { GET: (ctx, t) => security.effectivePermissions(ctx, securable(ctx, t)) }
    },
    getusereffectivepermissions: {
      doc: "`(@user)?@user='login'`: another person's permissions",
      methods: { GET: (ctx, t, seg) => security.userEffectivePermissions(ctx, securable(ctx, t), seg) }
    },
    roleassignments: { to: ROLE_ASSIGNMENTS, resolve: (ctx, t) => securable(ctx, t) }
  };
}

/** Breaking and resetting inheritance: lists and items (the emulated web always has its own). */
function inheritanceRoutes<T>(securable: (ctx: RequestContext, target: T) => security.Securable): Record<string, Route<T>> {
  return {
    breakroleinheritance: {
      doc: '`(copyroleassignments=…,clearsubscopes=…)`',
      methods: { POST: (ctx, t, seg) => security.breakRoleInheritance(ctx, securable(ctx, t), seg) }
    },
    resetroleinheritance: { doc: '', methods: { POST: (ctx, t) => security.resetRoleInheritance(ctx, securable(ctx, t)) } }
  };
}

// ---- users and groups ----

const USER: Resource<number> = {
  name: 'user',
  file: 'directory.ts',
  reached:
    "`web/currentuser`, `web/getuserbyid(n)`, `web/siteusers(@v)?@v='login'`, `siteusers/getbyid(n)`, `getbyemail('…')`, `getbyloginname('…')`",
  methods: { GET: (ctx, id) => directory.single(ctx, directory.userJson(ctx, directory.userById(ctx, id))) },
  below: {
    groups: {
      doc: 'the groups the user is in',
      methods: {
        GET: (ctx, id) =>
          directory.many(
            ctx,
            directory.groupsOfUser(ctx, id).map((g) => directory.groupJson(ctx, g))
          )
      }
    }
  }
};

const userByLogin = (ctx: RequestContext, seg: Segment): number => directory.userByLogin(ctx, stringArg(seg.args, ctx.query)).Id;

const SITE_USERS: Resource<Nothing> = {
  name: 'site users',
  reached: '`web/siteusers`',
  file: 'directory.ts',
  methods: {
    GET: (ctx) =>
      directory.many(
        ctx,
        ctx.store.state.users.map((u) => directory.userJson(ctx, u))
      ),
    POST: (ctx) => directory.ensureUser({ ...ctx, body: JSON.stringify({ logonName: JSON.parse(ctx.body || '{}').LoginName }) })
  },
  doc: 'POST `{LoginName}` adds a person, as `ensureuser` does',
  member: { doc: 'by login', to: USER, resolve: (ctx, _, seg) => userByLogin(ctx, seg) },
  below: {
    getbyid: { to: USER, resolve: (ctx, _, seg) => directory.userById(ctx, numberArg(seg.args, ctx.query)).Id },
    getbyemail: { to: USER, resolve: (ctx, _, seg) => userByLogin(ctx, seg) },
    getbyloginname: { to: USER, resolve: (ctx, _, seg) => userByLogin(ctx, seg) }
  }
};

const GROUP_USERS: Resource<GroupRecord> = {
  name: 'group members',
  reached: '`…/sitegroups(n)/users` and every other way to a group',
  file: 'directory.ts',
  methods: { GET: (ctx, g) => directory.groupUsers(ctx, g), POST: (ctx, g) => directory.addGroupUser(ctx, g) },
  doc: 'POST `{LoginName}` adds a member (owners only)',
  below: {
    removebyid: { doc: '`(n)`', methods: { POST: (ctx, g, seg) => directory.removeGroupUser(ctx, g, numberArg(seg.args, ctx.query)) } },
    removebyloginname: { doc: "`('login')`", methods: { POST: (ctx, g, seg) => directory.removeGroupUser(ctx, g, userByLogin(ctx, seg)) } },
    getbyid: {
      doc: '`(n)`: a member',
      methods: {
        GET: (ctx, g, seg) => {
          const id = numberArg(seg.args, ctx.query);
          if (!g.memberIds.includes(id)) throw errors.userNotFound(String(id));
          return directory.single(ctx, directory.principalJson(ctx, id));
        }
      }
    }
  }
};

const GROUP: Resource<GroupRecord> = {
  name: 'group',
  file: 'directory.ts',
  reached:
    "`web/sitegroups(n)`, `sitegroups/getbyid(n)`, `getbyname('…')`, `web/associatedownergroup|associatedmembergroup|associatedvisitorgroup`",
  methods: { GET: (ctx, g) => directory.single(ctx, directory.groupJson(ctx, g)), MERGE: (ctx, g) => directory.updateGroup(ctx, g) },
  doc: 'MERGE changes its settings (its owner or ManagePermissions)',
  below: { users: { to: GROUP_USERS, resolve: (_, g) => g } }
};

const SITE_GROUPS: Resource<Nothing> = {
  name: 'site groups',
  reached: '`web/sitegroups`',
  file: 'directory.ts',
  methods: {
    GET: (ctx) =>
      directory.many(
        ctx,
        ctx.store.state.groups.map((g) => directory.groupJson(ctx, g))
      ),
    POST: (ctx) => directory.createGroup(ctx)
  },
  doc: 'POST creates a group',
  member: { doc: 'by id', to: GROUP, resolve: (ctx, _, seg) => groupById(ctx, numberArg(seg.args, ctx.query)) },
  below: {
    getbyid: { to: GROUP, resolve: (ctx, _, seg) => groupById(ctx, Number(stringArg(seg.args, ctx.query))) },
    getbyname: {
      to: GROUP,
      resolve: (ctx, _, seg) => {
        const found = ctx.store.groupByName(stringArg(seg.args, ctx.query));
        if (!found) throw errors.groupNotFound();
        return found;
      }
    },
    removebyid: {
      doc: '`(n)`',
      methods: { POST: (ctx, _, seg) => directory.removeGroup(ctx, groupById(ctx, Number(stringArg(seg.args, ctx.query)))) }
    }
  }
};

// ---- permission levels ----

type RoleDefinitionKey = { by: 'id' | 'type' | 'name'; value: string };

const ROLE_DEFINITION: Resource<RoleDefinitionKey> = {
  name: 'permission level',
  reached: "`web/roledefinitions(n)`, `roledefinitions/getbyid(n)`, `getbytype(n)`, `getbyname('…')`",
  file: 'security.ts',
  methods: { GET: (ctx, key) => security.getRoleDefinition(ctx, key.by, key.value) },
  below: {}
};

const roleDefinitionBy = (by: RoleDefinitionKey['by']) => ({
  to: ROLE_DEFINITION,
  resolve: (ctx: RequestContext, _: Nothing, seg: Segment): RoleDefinitionKey => ({ by, value: stringArg(seg.args, ctx.query) })
});

const ROLE_DEFINITIONS: Resource<Nothing> = {
  name: 'permission levels',
  reached: '`web/roledefinitions`',
  file: 'security.ts, role-definitions.ts',
  methods: { GET: (ctx) => security.getRoleDefinitions(ctx), POST: (ctx) => createRoleDefinition(ctx) },
  doc: "POST creates a custom level as PnPjs's `roleDefinitions.add` sends it",
  member: { doc: 'by id', ...roleDefinitionBy('id') },
  below: { getbyid: roleDefinitionBy('id'), getbytype: roleDefinitionBy('type'), getbyname: roleDefinitionBy('name') }
};

// ---- items, files and folders ----

/** An item as a route addresses it; `id` is absent for a plain folder's (itemless) `listItemAllFields`. */
interface ItemTarget {
  list: ListData;
  id?: number;
}

function itemId(target: ItemTarget): number {
  if (target.id === undefined) throw errors.notFoundResource('ListItemAllFields');
  return target.id;
}

const itemSecurable = (ctx: RequestContext, t: ItemTarget): security.Securable => ({
  kind: 'item',
  list: t.list,
  item: items.findItem(ctx, t.list, itemId(t))
});

const ATTACHMENT: Resource<attachments.AttachmentRef> = {
  name: 'attachment',
  reached: "`…/AttachmentFiles('name')`, `AttachmentFiles/getByFileName('name')`",
  file: 'attachments.ts',
  methods: { GET: attachments.getAttachment, DELETE: attachments.deleteAttachment },
  below: {
    $value: {
      doc: 'the bytes; PUT replaces them',
      methods: { GET: attachments.getAttachmentContent, PUT: attachments.putAttachmentContent }
    },
    recycleobject: {
      doc: 'POST, also with `X-HTTP-Method: DELETE` as PnPjs sends it',
      methods: { POST: attachments.recycleAttachment, DELETE: attachments.recycleAttachment }
    }
  }
};

const ATTACHMENTS: Resource<attachments.ItemRef> = {
  name: 'attachments',
  reached: '`items(n)/AttachmentFiles`',
  file: 'attachments.ts',
  methods: { GET: attachments.listAttachments },
  doc: '`FileName`, `ServerRelativeUrl` = `<list root>/Attachments/<id>/<name>`',
  member: { doc: 'by name', to: ATTACHMENT, resolve: (ctx, t, seg) => attachments.attachmentAt(t, stringArg(seg.args, ctx.query)) },
  below: {
    add: {
      doc: "`(FileName='…')`, the content as the body; the item's `Attachments` turns true",
      methods: { POST: attachments.addAttachment }
    },
    getbyfilename: { to: ATTACHMENT, resolve: (ctx, t, seg) => attachments.attachmentAt(t, pathArg(ctx, seg)) },
    getbyfilenameaspath: { to: ATTACHMENT, resolve: (ctx, t, seg) => attachments.attachmentAt(t, pathArg(ctx, seg)) }
  }
};

// An item's segments are filled in below FOLDER and FILE: the map has cycles (a folder item leads
// to its folder, a folder to its files, a file to its item).
const ITEM: Resource<ItemTarget> = {
  name: 'item',
  reached: '`items(n)`, `items/getbyid(n)`',
  file: 'items.ts, item-security.ts, validate.ts',
  methods: {
    GET: (ctx, t) => items.getItem(ctx, t.list, itemId(t)),
    MERGE: (ctx, t) => items.updateItem(ctx, t.list, itemId(t)),
    DELETE: (ctx, t) => items.deleteItem(ctx, t.list, itemId(t))
  },
  doc: 'MERGE and DELETE honour `IF-Match`; MERGE answers 204 with the new `ETag`',
  below: {}
};

const ALL_FIELDS: Resource<ItemTarget> = {
  ...ITEM,
  name: 'item of a file or folder',
  reached: '`…/listItemAllFields` of a file or folder',
  methods: {
    ...ITEM.methods,
    GET: (ctx, t) => {
      // A plain folder (folders.addUsingPath in a list) has no item: SharePoint answers null.
      if (t.id === undefined) return respond(ctx, 200, JSON.stringify(ctx.verbose ? { d: null } : { 'odata.null': true }));
      const item = items.findItem(ctx, t.list, t.id);
      const projectors = compileProjection(ctx, t.list, ctx.query.get('$select'), new Set());
      return entityResponse(ctx, itemJson(ctx, t.list, item, projectors, true), 200, { ETag: etagOf(item) });
    }
  },
  doc: 'GET: every field of the item; `{"odata.null":true}` for a plain folder, which has none; the rest as on an item'
};

const FILE: Resource<files.FileRef> = {
  name: 'file',
  file: 'files.ts',
  reached:
    "`folder/files('name')`, `files/getByUrl('name')`, `web/getFileByServerRelativePath(decodedUrl='…')`, `web/getFileByServerRelativeUrl('…')`",
  methods: { GET: (ctx, ref) => entityResponse(ctx, files.fileJson(ctx, ref)), DELETE: files.deleteFile },
  doc: '`SP.File`: `Name`, `ServerRelativeUrl`, `Length` as a string, `TimeCreated`, `TimeLastModified`, `UniqueId`, `ETag`, `UIVersionLabel`',
  below: {
    $value: {
      doc: 'the bytes, with a Content-Type by extension; PUT (or POST with `X-HTTP-Method: PUT`) replaces them',
      methods: { GET: files.getFileContent, PUT: files.putFileContent, POST: files.putFileContent }
    },
    listitemallfields: { to: ALL_FIELDS, resolve: (_, ref) => ({ list: ref.list, id: ref.item.id }) },
    recycle: { doc: '→ `{"value":"<guid>"}`', methods: { POST: files.recycleFile } },
    startupload: {
      doc: "`(uploadId=guid'…')`, the first chunk as the body → the running total as a string",
      methods: { POST: files.chunkedUpload }
    },
    continueupload: { doc: '`(uploadId=…,fileOffset=n)`', methods: { POST: files.chunkedUpload } },
    finishupload: { doc: '`(uploadId=…,fileOffset=n)` → the file', methods: { POST: files.chunkedUpload } },
    cancelupload: { doc: '`(uploadId=…)`', methods: { POST: files.chunkedUpload } }
  },
  properties: { names: files.FILE_PROPERTIES, read: (ctx, ref, name) => valueResponse(ctx, name, files.fileJson(ctx, ref)[name]) }
};

const FILES: Resource<FolderRef> = {
  name: 'files',
  reached: '`…/files` of a folder',
  file: 'files.ts',
  methods: { GET: files.listFiles },
  doc: "the folder's files, in name order",
  member: {
    doc: 'by name or server-relative URL',
    to: FILE,
    resolve: (ctx, folder, seg) => files.childFile(ctx, folder, stringArg(seg.args, ctx.query))
  },
  below: {
    addusingpath: {
      doc: "`(decodedurl='…',Overwrite=true)`, the content as the body (a name, a relative path or a server-relative URL) → the file",
      methods: { POST: files.addFile }
    },
    add: { doc: "`(url='…',overwrite=true)`, the older form", methods: { POST: files.addFile } },
    getbyurl: { to: FILE, resolve: (ctx, folder, seg) => files.childFile(ctx, folder, stringArg(seg.args, ctx.query)) }
  }
};

const FOLDER: Resource<FolderRef> = {
  name: 'folder',
  file: 'folders.ts',
  reached:
    "`lists/…/rootFolder`, `web/getFolderByServerRelativePath(decodedUrl='…')`, `web/getFolderByServerRelativeUrl('…')` (server- or web-relative), `folders('name')`, `items(n)/folder`",
  methods: { GET: folders.getFolder, DELETE: folders.deleteFolderRoute },
  below: {
    files: { to: FILES, resolve: (_, ref) => ref },
    listitemallfields: { to: ALL_FIELDS, resolve: (_, ref) => ({ list: ref.list, id: ref.entry?.item?.id }) },
    addsubfolderusingpath: {
      doc: 'POST `{"leafPath":{"DecodedUrl":"name"}}`: a folder item (it can hold unique permissions)',
      methods: { POST: folders.addSubFolder }
    },
    recycle: { doc: '→ `{"value":"<guid>"}`', methods: { POST: folders.recycleFolder } }
  },
  properties: { names: folders.FOLDER_PROPERTIES, read: (ctx, ref, name) => valueResponse(ctx, name, folders.folderJson(ctx, ref)[name]) }
};

const FOLDERS: Resource<FolderRef> = {
  name: 'folders',
  reached: '`…/folders` of a folder',
  file: 'folders.ts',
  methods: { GET: folders.listSubFolders },
  doc: 'the direct subfolders, in name order',
  member: {
    doc: 'by name or server-relative URL',
    to: FOLDER,
    resolve: (ctx, ref, seg) => folders.childByName(ctx, ref, stringArg(seg.args, ctx.query))
  },
  below: {
    addusingpath: {
      doc: "`(DecodedUrl='…',overwrite=…)`: a plain folder in a list (no item), a folder item in a library",
      methods: { POST: folders.addPlainFolder }
    },
    getbyurl: { to: FOLDER, resolve: (ctx, ref, seg) => folders.childByName(ctx, ref, stringArg(seg.args, ctx.query)) }
  }
};
// The map's cycles: a folder's subfolders and its parent are folders again.
Object.assign(FOLDER.below, {
  folders: { to: FOLDERS, resolve: (_: RequestContext, ref: FolderRef) => ref },
  parentfolder: { to: FOLDER, resolve: (ctx: RequestContext, ref: FolderRef) => folders.parentOf(ctx, ref) }
});

const itemRoutes: Record<string, Route<ItemTarget>> = {
  recycle: { doc: '→ `{"value":"<guid>"}`', methods: { POST: (ctx, t) => items.recycleItem(ctx, t.list, itemId(t)) } },
  validateupdatelistitem: {
    doc: 'POST `{"formValues":[…],"bNewDocumentUpdate":false}` → 200 `{"value":[{"ErrorCode","ErrorMessage","FieldName","FieldValue","HasException","ItemId"}…]}`',
    methods: { POST: (ctx, t) => validateUpdateListItem(ctx, t.list, itemId(t)) }
  },
  ...inheritanceRoutes(itemSecurable),
  ...permissionRoutes(itemSecurable),
  hasuniqueroleassignments: {
    doc: '',
    methods: {
      GET: (ctx, t) => valueResponse(ctx, 'HasUniqueRoleAssignments', items.findItem(ctx, t.list, itemId(t)).roleAssignments !== undefined)
    }
  },
  attachmentfiles: { to: ATTACHMENTS, resolve: (ctx, t) => ({ list: t.list, item: items.findItem(ctx, t.list, itemId(t)) }) },
  folder: {
    doc: 'of a folder item',
    to: FOLDER,
    resolve: (ctx, t) => folders.folderOfItem(ctx, t.list, items.findItem(ctx, t.list, itemId(t)))
  }
};
Object.assign(ITEM.below, itemRoutes);

const ITEMS: Resource<ListData> = {
  name: 'items',
  reached: '`lists/…/items`',
  file: 'items.ts, query.ts',
  methods: { GET: (ctx, list) => items.getItems(ctx, list), POST: (ctx, list) => items.addItem(ctx, list) },
  doc: 'GET with `$select $expand $filter $orderby $top $skiptoken` (and `$expand=ParentList`); POST adds (201 + the item)',
  member: { doc: 'by id', to: ITEM, resolve: (ctx, list, seg) => ({ list, id: numberArg(seg.args, ctx.query) }) },
  below: { getbyid: { to: ITEM, resolve: (ctx, list, seg) => ({ list, id: numberArg(seg.args, ctx.query) }) } }
};

// ---- fields, content types, lists ----

const FIELD: Resource<{ list: ListData; field: ReturnType<typeof fields.findField> }> = {
  name: 'field',
  reached: "`fields('guid')`, `fields/getbyinternalnameortitle('…')`, `getbytitle('…')`, `getbyid('…')`",
  file: 'fields.ts',
  methods: {
    GET: (ctx, t) => fields.getField(ctx, t.list, t.field),
    MERGE: (ctx, t) => fields.updateField(ctx, t.list, t.field),
    DELETE: (ctx, t) => fields.deleteField(ctx, t.list, t.field)
  },
  doc: 'every field answers `SchemaXml`',
  below: {}
};

const fieldBy = (by: fields.FieldLookup) => ({
  to: FIELD,
  resolve: (ctx: RequestContext, list: ListData, seg: Segment) => ({
    list,
    field: fields.findField(ctx, list, by, stringArg(seg.args, ctx.query))
  })
});

const FIELDS: Resource<ListData> = {
  name: 'fields',
  reached: '`lists/…/fields`',
  file: 'fields.ts',
  methods: { GET: (ctx, list) => fields.getFields(ctx, list), POST: (ctx, list) => fields.createField(ctx, list) },
  doc: 'GET with `$filter`; verbose POST `{"__metadata":{"type":"SP.FieldText"},…}` → `{"d":…}`',
  member: { doc: 'by id', ...fieldBy('getbyid') },
  below: {
    addfield: { doc: 'POST: lookups', methods: { POST: (ctx, list) => fields.addField(ctx, list) } },
    createfieldasxml: {
      doc: 'POST `SchemaXml`; internal name from `DisplayName` unless Options has `AddFieldInternalNameHint` (8), as in SharePoint',
      methods: { POST: (ctx, list) => fields.createFieldAsXml(ctx, list) }
    },
    getbyinternalnameortitle: fieldBy('getbyinternalnameortitle'),
    getbytitle: fieldBy('getbytitle'),
    getbyid: fieldBy('getbyid')
  }
};

const CONTENT_TYPE: Resource<contentTypes.ContentTypeRef> = {
  name: 'content type',
  reached: "`contenttypes('<id>')`, `contenttypes/getbyid('<id>')` (id case-insensitive; unknown → 404)",
  file: 'content-types.ts',
  methods: { GET: contentTypes.getContentType, MERGE: contentTypes.updateContentType },
  doc: "GET with `$select`; MERGE as @pnp/sp's `contentType.update(props)` sends it (POST + `X-HTTP-Method: MERGE` or `PATCH`, a JSON body) → 204; see *Content types*",
  below: {}
};

const CONTENT_TYPES: Resource<ListData> = {
  name: 'content types',
  reached: '`lists/…/contenttypes`',
  file: 'content-types.ts',
  methods: { GET: contentTypes.listContentTypes },
  doc: 'with `$filter/$select/$orderby/$top`',
  member: { doc: 'by id', to: CONTENT_TYPE, resolve: (ctx, list, seg) => contentTypes.contentTypeAt(list, stringArg(seg.args, ctx.query)) },
  below: { getbyid: { to: CONTENT_TYPE, resolve: (ctx, list, seg) => contentTypes.contentTypeAt(list, stringArg(seg.args, ctx.query)) } }
};

const listSecurable = (_: RequestContext, list: ListData): security.Securable => ({ kind: 'list', list });

const LIST: Resource<ListData> = {
  name: 'list',
  reached: "`web/lists/getbytitle('…')`, `lists('guid')`, `lists(guid'…')`, `lists/getbyid('…')`",
  file: 'lists.ts',
  methods: {
    GET: (ctx, list) =>
      lists.getList(ctx, list, {
        ...(expands(ctx, 'rootfolder') ? { RootFolder: folders.folderJson(ctx, { list, path: '' }) } : {}),
        ...(expands(ctx, 'parentweb') ? { ParentWeb: webJson(ctx) } : {})
      }),
    MERGE: (ctx, list) => lists.updateList(ctx, list),
    DELETE: (ctx, list) => lists.deleteList(ctx, list)
  },
  doc: 'GET with `$expand=RootFolder,ParentWeb`; MERGE changes all or nothing',
  below: {
    items: { to: ITEMS, resolve: (_, list) => list },
    rootfolder: { to: FOLDER, resolve: (_, list) => ({ list, path: '' }) },
    addvalidateupdateitemusingpath: {
      doc: 'POST `{"listItemCreateInfo":{"FolderPath":{"DecodedUrl":"…"},"UnderlyingObjectType":0 or 1,"LeafName":{"DecodedUrl":"…"}},"formValues":[{"FieldName","FieldValue"}],"bNewDocumentUpdate":false}`',
      methods: { POST: (ctx, list) => addValidateUpdateItemUsingPath(ctx, list) }
    },
    fields: { to: FIELDS, resolve: (_, list) => list },
    contenttypes: { to: CONTENT_TYPES, resolve: (_, list) => list },
    ...permissionRoutes(listSecurable),
    ...inheritanceRoutes(listSecurable),
    hasuniqueroleassignments: {
      doc: '',
      methods: { GET: (ctx, list) => valueResponse(ctx, 'HasUniqueRoleAssignments', list.record.hasUniqueRoleAssignments) }
    },
    itemcount: { doc: '', methods: { GET: (ctx, list) => valueResponse(ctx, 'ItemCount', list.itemCount) } },
    recycle: { doc: '', methods: { POST: (ctx, list) => lists.recycleList(ctx, list) } }
  }
};

/** A list the caller may see; one they cannot does not exist for them, as in SharePoint. */
function visibleList(ctx: RequestContext, name: string, list: ListData | undefined): ListData {
  if (!list || !canSeeList(ctx, list)) throw errors.listNotFound(name, ctx.siteUrl);
  return list;
}

const listById = (ctx: RequestContext, _: Nothing, seg: Segment): ListData => {
  const name = stringArg(seg.args, ctx.query);
  return visibleList(ctx, name, ctx.store.listById(name));
};

const LISTS: Resource<Nothing> = {
  name: 'lists',
  reached: '`web/lists`',
  file: 'lists.ts',
  methods: {
    GET: (ctx) => lists.getLists(ctx, expands(ctx, 'parentweb') ? { ParentWeb: webJson(ctx) } : {}),
    POST: (ctx) => lists.createList(ctx)
  },
  doc: 'GET with `$filter/$select/$orderby/$top`; POST creates as `lists.add`/`ensure` send it (base template 101: a document library)',
  member: { doc: 'by id', to: LIST, resolve: listById },
  below: {
    getbytitle: {
      to: LIST,
      resolve: (ctx, _, seg) => {
        const name = stringArg(seg.args, ctx.query);
        return visibleList(ctx, name, ctx.store.listByTitle(name));
      }
    },
    getbyid: { to: LIST, resolve: listById }
  }
};

// ---- the web and the root ----

const webSecurable = (): security.Securable => ({ kind: 'web' });

const WEB: Resource<Nothing> = {
  name: 'web',
  reached: '`_api/web`',
  file: 'routes.ts',
  // The emulated web is its site collection's root web, whose ParentWeb is null (`$expand=ParentWeb`).
  methods: { GET: (ctx) => directory.single(ctx, { ...webJson(ctx), ...(expands(ctx, 'parentweb') ? { ParentWeb: null } : {}) }) },
  doc: '`$expand=ParentWeb` → `null` (the root web of its site collection)',
  below: {
    title: { doc: '', methods: { GET: (ctx) => valueResponse(ctx, 'Title', ctx.store.state.web.Title) } },
    currentuser: { to: USER, resolve: (ctx) => ctx.user.Id },
    getuserbyid: { to: USER, resolve: (ctx, _, seg) => directory.userById(ctx, numberArg(seg.args, ctx.query)).Id },
    ensureuser: { doc: 'POST `{logonName}`: a claims login or an e-mail', methods: { POST: (ctx) => directory.ensureUser(ctx) } },
    siteusers: { to: SITE_USERS, resolve: () => null },
    sitegroups: { to: SITE_GROUPS, resolve: () => null },
    associatedownergroup: { to: GROUP, resolve: (ctx) => groupById(ctx, ctx.store.state.web.associatedOwnerGroupId) },
    associatedmembergroup: { to: GROUP, resolve: (ctx) => groupById(ctx, ctx.store.state.web.associatedMemberGroupId) },
    associatedvisitorgroup: { to: GROUP, resolve: (ctx) => groupById(ctx, ctx.store.state.web.associatedVisitorGroupId) },
    ...permissionRoutes(webSecurable),
    roledefinitions: { to: ROLE_DEFINITIONS, resolve: () => null },
    hasuniqueroleassignments: { doc: 'always true', methods: { GET: (ctx) => valueResponse(ctx, 'HasUniqueRoleAssignments', true) } },
    lists: { to: LISTS, resolve: () => null },
    getstorageentity: {
      doc: "`('key')`: a tenant property (`tenant.ts`)",
      methods: { GET: (ctx, _, seg) => getStorageEntity(ctx, seg, ctx.storageEntities) }
    },
    getfolderbyserverrelativepath: { to: FOLDER, resolve: (ctx, _, seg) => folders.folderByUrl(ctx, pathArg(ctx, seg)) },
    getfolderbyserverrelativeurl: { to: FOLDER, resolve: (ctx, _, seg) => folders.folderByUrl(ctx, stringArg(seg.args, ctx.query)) },
    // Learn "Web.GetList method": the list whose root folder is at this server-relative URL.
    getlist: {
      doc: "`('url')`: the list whose root folder is at this server-relative URL",
      to: LIST,
      resolve: (ctx, _, seg) => {
        const url = stringArg(seg.args, ctx.query);
        const found = resolveListPath(ctx.store, url);
        return visibleList(ctx, url, found && found.path === '' ? found.list : undefined);
      }
    },
    getfilebyserverrelativepath: { to: FILE, resolve: (ctx, _, seg) => files.fileByUrl(ctx, pathArg(ctx, seg)) },
    getfilebyserverrelativeurl: { to: FILE, resolve: (ctx, _, seg) => files.fileByUrl(ctx, pathArg(ctx, seg)) }
  }
};

/** Everything but `contextinfo` needs a person who may open the site. */
function openSite(ctx: RequestContext): Nothing {
  if (!canOpenSite(ctx.store.state, ctx.user.Id)) throw errors.accessDenied();
  return null;
}

export const API: Resource<Nothing> = {
  name: '_api',
  reached: '`<site>/_api/…` (and `_api/$batch`, answered by `batch.ts` with these routes)',
  file: 'routes.ts',
  methods: {},
  below: {
    contextinfo: { doc: 'the form digest, flat `FormDigestValue`', methods: { POST: (ctx) => contextInfo(ctx) } },
    web: { to: WEB, resolve: (ctx) => openSite(ctx) },
    site: {
      doc: '`SP.Site`: `Id`, `Url`, `ServerRelativeUrl`',
      methods: {
        GET: (ctx) => {
          openSite(ctx);
          return entityResponse(ctx, {
            'odata.type': 'SP.Site',
            Id: ctx.store.state.web.siteId,
            Url: ctx.siteUrl,
            ServerRelativeUrl: new URL(ctx.siteUrl).pathname
          });
        }
      }
    }
  }
};

/** Answers `_api/<segments>`. */
export function routeApi(ctx: RequestContext, segs: Segment[]): Response {
  if (segs.length === 0) throw errors.notFoundResource('_api');
  return walk(ctx, API, null, { name: '_api', lower: '_api' }, segs);
}

/** The map as the README shows it. */
export function routesReadme(): string {
  return routesMarkdown(API as Resource<unknown>);
}
