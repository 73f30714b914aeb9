/** Lists: read, create (as `lists.add` / `lists.ensure` send it), update (MERGE) and delete. */
import { builtInFields } from './field-defs';
import { queryEntities, selectEntity } from './entity-query';
import { errors } from './errors';
import { DOCUMENT_LIBRARY } from './folder-paths';
import { canSeeList, demandList, demandWeb } from './guard';
import { collectionResponse, emptyOk, Entity, entityResponse, noContent, parseBody, RequestContext } from './http';
import type { ListRecord } from './model';
import { PermissionKind } from './permissions';
import type { ListData } from './store';

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** List properties a MERGE may set that the emulator stores without giving them meaning. */
const STORED_LIST_PROPERTIES = new Set([
  'AllowContentTypes',
  'EnableAttachments',
  'EnableFolderCreation',
  'EnableMinorVersions',
  'EnableModeration',
  'MajorVersionLimit',
  'MajorWithMinorVersionsLimit',
  'NoCrawl',
  'OnQuickLaunch',
  'DraftVersionVisibility',
  'ForceCheckout',
  'Direction',
  'DisableGridEditing',
  'ListExperienceOptions',
  'ExcludeFromOfflineClient',
  'IrmEnabled',
  'ValidationFormula',
  'ValidationMessage',
  'DefaultContentApprovalWorkflowId',
  'EnableRequestSignOff',
  'IsApplicationList',
  'ImageUrl',
  'DocumentTemplateUrl'
]);

export function listJson(ctx: RequestContext, list: ListData): Entity {
  const r = list.record;
  const apiUrl = `${ctx.siteUrl}/_api/Web/Lists(guid'${r.Id}')`;
  return {
    'odata.type': 'SP.List',
    'odata.id': apiUrl,
    'odata.editLink': `Web/Lists(guid'${r.Id}')`,
    AllowContentTypes: r.extra.AllowContentTypes ?? false,
    BaseTemplate: r.BaseTemplate,
    BaseType: r.BaseTemplate === DOCUMENT_LIBRARY ? 1 : 0,
    ContentTypesEnabled: r.ContentTypesEnabled,
    Created: iso(r.Created),
    Description: r.Description,
    EnableAttachments: r.extra.EnableAttachments ?? true,
    EnableFolderCreation: r.extra.EnableFolderCreation ?? false,
    EnableMinorVersions: false,
    EnableModeration: false,
    EnableVersioning: r.EnableVersioning,
    EntityTypeName: r.EntityTypeName,
    HasUniqueRoleAssignments: r.hasUniqueRoleAssignments,
    Hidden: r.Hidden,
    Id: r.Id,
    ItemCount: list.itemCount,
    LastItemModifiedDate: iso(r.lastItemModified),
    ListItemEntityTypeFullName: listItemEntityTypeFullName(r),
    ParentWebUrl: new URL(ctx.siteUrl).pathname,
    ReadSecurity: r.ReadSecurity,
    WriteSecurity: r.WriteSecurity,
    Title: r.Title,
    ...r.extra
  };
}

export function listItemEntityTypeFullName(r: ListRecord): string {
  return `SP.Data.${r.EntityTypeName.replace(/List$/, '')}ListItem`;
}

/** The lists the caller can see; `extra` carries expanded navigation properties (`$expand=ParentWeb`). */
export function getLists(ctx: RequestContext, extra: Entity = {}): Response {
  const visible = ctx.store.allLists().filter((l) => canSeeList(ctx, l));
  return collectionResponse(
    ctx,
    queryEntities(
      visible.map((l) => ({ ...listJson(ctx, l), ...extra })),
      ctx.query
    )
  );
}

/** A list; `extra` carries expanded navigation properties (`$expand=RootFolder`). */
export function getList(ctx: RequestContext, list: ListData, extra: Entity = {}): Response {
  return entityResponse(ctx, selectEntity({ ...listJson(ctx, list), ...extra }, ctx.query.get('$select')));
}

/** SharePoint refuses a list title longer than this (TENANT.md: found by a public client's test suite). */
export const MAX_LIST_TITLE = 255;

/**
 * Checks every property of a create or MERGE body first and applies them only when all pass: as in
 * SharePoint, a MERGE with one unknown or invalid property changes nothing (TENANT.md, "smaller
 * differences": the emulator used to refuse it after applying the properties before it).
 */
function applyListProperties(ctx: RequestContext, record: ListRecord, body: Record<string, unknown>, creating: boolean): void {
  const changes: Array<() => void> = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key === 'odata.type') continue;
    switch (key) {
      case 'Title': {
        if (typeof value !== 'string' || !value.trim()) throw errors.badValue('The list title cannot be empty.');
        if (value.length > MAX_LIST_TITLE) throw errors.badValue(`The list title cannot be longer than ${MAX_LIST_TITLE} characters.`);
        const other = ctx.store.listByTitle(value);
        if (other && other.record !== record) throw duplicateTitle();
        changes.push(() => {
          record.Title = value;
        });
        break;
      }
      case 'Description':
        changes.push(() => {
          record.Description = String(value ?? '');
        });
        break;
      case 'BaseTemplate':
        if (creating)
          changes.push(() => {
            record.BaseTemplate = Number(value);
          });
        break;
      case 'ReadSecurity': {
        if (value !== 1 && value !== 2) throw errors.badValue('ReadSecurity must be 1 or 2.');
        changes.push(() => {
          record.ReadSecurity = value;
        });
        break;
      }
      case 'WriteSecurity': {
        if (value !== 1 && value !== 2 && value !== 4) throw errors.badValue('WriteSecurity must be 1, 2 or 4.');
        changes.push(() => {
          record.WriteSecurity = value;
        });
        break;
      }
      case 'EnableVersioning':
        changes.push(() => {
          record.EnableVersioning = value === true;
        });
        break;
      case 'ContentTypesEnabled':
        changes.push(() => {
          record.ContentTypesEnabled = value === true;
        });
        break;
      case 'Hidden':
        changes.push(() => {
          record.Hidden = value === true;
        });
        break;
      default:
        if (!STORED_LIST_PROPERTIES.has(key)) throw errors.propertyDoesNotExist(key, 'SP.List');
        changes.push(() => {
          record.extra[key] = value === undefined ? null : (value as string | number | boolean | null);
        });
    }
  }
  for (const change of changes) change();
}

/** The entity name comes from the list's URL, fixed at creation: other characters become _xHHHH_. */
function entityTypeName(title: string): string {
  return `${title.replace(/[^A-Za-z0-9_]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`)}List`;
}

function duplicateTitle(): Error {
  return errors.spException(
    500,
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
  );
}

export function createList(ctx: RequestContext): Response {
  demandWeb(ctx, PermissionKind.ManageLists);
  const body = parseBody(ctx);
  const title = body.Title;
  if (typeof title !== 'string' || !title.trim()) throw errors.badValue('The list title cannot be empty.');
  if (title.length > MAX_LIST_TITLE) throw errors.badValue(`The list title cannot be longer than ${MAX_LIST_TITLE} characters.`);
  if (ctx.store.listByTitle(title)) throw duplicateTitle();
  const now = ctx.now().getTime();
  const record: ListRecord = {
    Id: ctx.store.newGuid(),
    Title: title,
    Description: '',
    BaseTemplate: 100,
    EntityTypeName: entityTypeName(title),
    Created: now,
    ReadSecurity: 1,
    WriteSecurity: 1,
    EnableVersioning: false,
    ContentTypesEnabled: false,
    Hidden: false,
    extra: {},
    hasUniqueRoleAssignments: false,
    roleAssignments: [],
    fields: builtInFields(),
    nextItemId: 1,
    lastItemModified: now,
    items: []
  };
  applyListProperties(ctx, record, body, true);
  // A library's URL name is its title's, without the generic list's `List` suffix (`Shared_x0020_Documents`).
  if (record.BaseTemplate === DOCUMENT_LIBRARY) record.EntityTypeName = record.EntityTypeName.replace(/List$/, '');
  const list = ctx.store.addList(record);
  return entityResponse(ctx, listJson(ctx, list), 201);
}

export function updateList(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  applyListProperties(ctx, list.record, parseBody(ctx), false);
  return noContent();
}

export function deleteList(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  ctx.store.removeList(list);
  return emptyOk();
}

export function recycleList(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  ctx.store.removeList(list);
  return entityResponse(ctx, { value: ctx.store.newGuid() });
}
