/**
 * List content types, as a generic list has them: its own copy of "Item" (`0x0100` + a 32-digit
 * list-specific suffix, the id its items carry in ContentTypeId) and of "Folder" (`0x012000` + the
 * suffix). Read with `lists/…/contenttypes` (`$select`, `$filter`) and `contenttypes('<id>')`;
 * updated as @pnp/sp's `contentType.update(props)` sends it: POST with `X-HTTP-Method: MERGE`
 * (PATCH too) and a JSON body of the properties, answered 204. Updating needs ManageLists.
 *
 * The writable properties include the form customizer bindings SharePoint reads when someone opens
 * the list's New, Edit or Display form: `NewFormClientSideComponentId` and
 * `NewFormClientSideComponentProperties` (and the Edit / Display pairs), null until set.
 */
import { queryEntities, selectEntity } from './entity-query';
import { errors, SpError } from './errors';
import { demandList } from './guard';
import { collectionResponse, Entity, entityResponse, noContent, parseBody, RequestContext } from './http';
import type { ContentTypeRecord, ListRecord } from './model';
import { PermissionKind } from './permissions';
import type { ListData } from './store';
import { rootFolderUrl } from './folder-paths';

/** String properties a MERGE may set; stored as given and read back (null until set). */
export const CONTENT_TYPE_SETTINGS = [
  'NewFormClientSideComponentId',
  'NewFormClientSideComponentProperties',
  'EditFormClientSideComponentId',
  'EditFormClientSideComponentProperties',
  'DisplayFormClientSideComponentId',
  'DisplayFormClientSideComponentProperties',
  'JSLink',
  'ClientFormCustomFormatter',
  'NewFormUrl',
  'EditFormUrl',
  'DisplayFormUrl',
  'MobileNewFormUrl',
  'MobileEditFormUrl',
  'MobileDisplayFormUrl',
  'NewFormTemplateName',
  'EditFormTemplateName',
  'DisplayFormTemplateName',
  'DocumentTemplate'
] as const;

/** The form customizer binding: component id and properties for the New, Edit and Display forms. */
const FORM_BINDING_PROPERTIES = ['New', 'Edit', 'Display'].flatMap((form) => [
  `${form}FormClientSideComponentId`,
  `${form}FormClientSideComponentProperties`
]);

const TEXT_PROPERTIES = new Set(['Name', 'Description', 'Group']);
const FLAG_PROPERTIES = new Set(['Hidden', 'ReadOnly', 'Sealed']);
/** Properties SharePoint returns but computes: a MERGE that sets them is refused. */
const COMPUTED_PROPERTIES = new Set(['Id', 'StringId', 'SchemaXml', 'SchemaXmlWithResourceTokens', 'Scope', 'DocumentTemplateUrl']);

function suffixOf(listId: string): string {
  return listId.replace(/-/g, '').toUpperCase();
}

/** The id of the list's Item content type (what its items carry in ContentTypeId). */
export function itemContentTypeId(listId: string): string {
  return `0x0100${suffixOf(listId)}`;
}

/** The id of the list's Folder content type (what its folder items carry). */
export function folderContentTypeId(listId: string): string {
  return `0x012000${suffixOf(listId)}`;
}

function emptySettings(): Record<string, string | null> {
  const settings: Record<string, string | null> = {};
  for (const name of CONTENT_TYPE_SETTINGS) settings[name] = null;
  for (const form of ['New', 'Edit', 'Display']) settings[`${form}FormTemplateName`] = 'ListForm';
  return settings;
}

/** The content types a new generic list gets. */
export function defaultContentTypes(record: ListRecord): ContentTypeRecord[] {
  return [
    {
      StringId: itemContentTypeId(record.Id),
      Name: 'Item',
      Description: 'Create a new list item.',
      Group: 'List Content Types',
      Hidden: false,
      ReadOnly: false,
      Sealed: false,
      settings: emptySettings()
    },
    {
      StringId: folderContentTypeId(record.Id),
      Name: 'Folder',
      Description: 'Create a new folder.',
      Group: 'Folder Content Types',
      Hidden: false,
      ReadOnly: false,
      Sealed: false,
      settings: emptySettings()
    }
  ];
}

/** The list's content types, created for lists stored before content types were modelled. */
export function contentTypesOf(list: ListData): ContentTypeRecord[] {
  return (list.record.contentTypes ??= defaultContentTypes(list.record));
}

function contentTypeJson(ctx: RequestContext, list: ListData, ct: ContentTypeRecord): Entity {
  const path = `Web/Lists(guid'${list.record.Id}')/ContentTypes('${ct.StringId}')`;
  return {
    'odata.type': 'SP.ContentType',
    'odata.id': `${ctx.siteUrl}/_api/${path}`,
    'odata.editLink': path,
    Description: ct.Description,
    Group: ct.Group,
    Hidden: ct.Hidden,
    Id: { StringValue: ct.StringId },
    Name: ct.Name,
    ReadOnly: ct.ReadOnly,
    Sealed: ct.Sealed,
    Scope: rootFolderUrl(ctx.store, list),
    StringId: ct.StringId,
    DocumentTemplateUrl: '',
    ...ct.settings
  };
}

function notFound(id: string): SpError {
  return errors.notFoundResource(`ContentTypes('${id}')`);
}

function find(list: ListData, id: string): ContentTypeRecord {
  const wanted = id.trim().toLowerCase();
  const found = contentTypesOf(list).find((ct) => ct.StringId.toLowerCase() === wanted);
  if (!found) throw notFound(id);
  return found;
}

function update(ctx: RequestContext, list: ListData, ct: ContentTypeRecord): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  const body = parseBody(ctx);
  // Check everything first: a refused MERGE changes nothing.
  const next: ContentTypeRecord = { ...ct, settings: { ...ct.settings } };
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key === 'odata.type') continue;
    if (COMPUTED_PROPERTIES.has(key)) throw errors.badValue(`The property '${key}' of SP.ContentType is read-only.`);
    if ((CONTENT_TYPE_SETTINGS as readonly string[]).includes(key)) {
      if (value !== null && typeof value !== 'string') throw errors.badValue(`The property '${key}' takes a string value.`);
      next.settings[key] = value;
    } else if (TEXT_PROPERTIES.has(key)) {
      if (typeof value !== 'string') throw errors.badValue(`The property '${key}' takes a string value.`);
      if (key === 'Name') {
        if (!value.trim()) throw errors.badValue('The content type name cannot be empty.');
        const clash = contentTypesOf(list).some((other) => other !== ct && other.Name.toLowerCase() === value.trim().toLowerCase());
        if (clash) throw errors.spException(400, `A content type with the name "${value.trim()}" already exists.`);
        next.Name = value.trim();
      } else if (key === 'Description') next.Description = value;
      else next.Group = value;
    } else if (FLAG_PROPERTIES.has(key)) {
      if (typeof value !== 'boolean') throw errors.badValue(`The property '${key}' takes a Boolean value.`);
      if (key === 'Hidden') next.Hidden = value;
      else if (key === 'ReadOnly') next.ReadOnly = value;
      else next.Sealed = value;
    } else {
      throw errors.propertyDoesNotExist(key, 'SP.ContentType');
    }
  }
  // Saving one form's customizer binding alone has reset the other forms to the default
  // (sp-dev-docs #9974: setting DisplayFormClientSideComponentId reset New and Edit). The emulator
  // models it: a MERGE that names some of the six form binding properties clears the others, so
  // code must write all six together.
  const named = FORM_BINDING_PROPERTIES.filter((name) => name in body);
  if (named.length > 0 && named.length < FORM_BINDING_PROPERTIES.length) {
    for (const name of FORM_BINDING_PROPERTIES) if (!(name in body)) next.settings[name] = null;
  }
  const all = contentTypesOf(list);
  all[all.indexOf(ct)] = next;
  return noContent();
}

/** `lists/…/contenttypes`: the list's content types, with `$filter/$select/$orderby/$top`. */
export function listContentTypes(ctx: RequestContext, list: ListData): Response {
  return collectionResponse(
    ctx,
    queryEntities(
      contentTypesOf(list).map((ct) => contentTypeJson(ctx, list, ct)),
      ctx.query
    )
  );
}

/** A content type the route names (`contenttypes('<id>')`, `contenttypes/getbyid('<id>')`). */
export interface ContentTypeRef {
  list: ListData;
  ct: ContentTypeRecord;
}

export function contentTypeAt(list: ListData, id: string): ContentTypeRef {
  return { list, ct: find(list, id) };
}

export function getContentType(ctx: RequestContext, ref: ContentTypeRef): Response {
  return entityResponse(ctx, selectEntity(contentTypeJson(ctx, ref.list, ref.ct), ctx.query.get('$select')));
}

export function updateContentType(ctx: RequestContext, ref: ContentTypeRef): Response {
  return update(ctx, ref.list, ref.ct);
}
