/**
 * Fields of a list: read (collection with $filter, getbyinternalnameortitle, getbytitle, by id),
 * create (verbose POST, addfield, createfieldasxml), update (MERGE) and delete — with SharePoint's
 * rules for indexes (≤ 20 per list, not on multi-value or multi-line columns) and unique values.
 */
import { queryEntities, selectEntity } from './entity-query';
import { errors } from './errors';
import { applyFieldProperties, fieldFromProperties, fieldFromSchemaXml, WRITABLE_FIELD_PROPERTIES } from './field-defs';
import { entityPropertyName, FIELD_ODATA_TYPE, FIELD_TYPE_KIND, indexKey, MULTI_KINDS, UNINDEXABLE_KINDS } from './field-types';
import { demandList } from './guard';
import { collectionResponse, emptyOk, Entity, entityResponse, noContent, parseBody, RequestContext } from './http';
import type { FieldDef } from './model';
import { PermissionKind } from './permissions';
import { beginIndexBuild } from './index-builds';
import { ListData, MAX_INDEXES_PER_LIST, Store } from './store';

const xmlText = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlBool = (v: boolean | undefined): string => (v ? 'TRUE' : 'FALSE');

/**
 * The column's `SchemaXml`, as SharePoint writes it: one `<Field>` element with the id in braces,
 * Type, Name / StaticName / DisplayName and the column's settings (choices as `<CHOICES>`), so
 * code that reads or copies a column's definition gets one (TENANT.md: it was always null).
 */
export function schemaXml(f: FieldDef): string {
  const type = f.TypeAsString;
  const a: Array<[string, string]> = [
    ['ID', `{${f.Id}}`],
    ['Type', type],
    ['Name', f.InternalName],
    ['StaticName', f.InternalName],
    ['DisplayName', f.Title]
  ];
  if (f.FromBaseType) a.push(['SourceID', 'http://schemas.microsoft.com/sharepoint/v3'], ['FromBaseType', 'TRUE']);
  if (f.ReadOnlyField) a.push(['ReadOnly', 'TRUE']);
  a.push(['Required', xmlBool(f.Required)]);
  if (f.Indexed) a.push(['Indexed', 'TRUE']);
  if (f.EnforceUniqueValues) a.push(['EnforceUniqueValues', 'TRUE']);
  if (f.Hidden) a.push(['Hidden', 'TRUE']);
  if (f.MaxLength !== undefined && type === 'Text') a.push(['MaxLength', String(f.MaxLength)]);
  if (type === 'Note') a.push(['RichText', xmlBool(f.RichText)], ['NumLines', String(f.NumberOfLines ?? 6)]);
  if ((type === 'Number' || type === 'Currency') && f.MinimumValue !== undefined) a.push(['Min', String(f.MinimumValue)]);
  if ((type === 'Number' || type === 'Currency') && f.MaximumValue !== undefined) a.push(['Max', String(f.MaximumValue)]);
  if (type === 'Currency') a.push(['LCID', String(f.CurrencyLocaleId ?? 1033)]);
  if (f.Choices) a.push(['FillInChoice', xmlBool(f.FillInChoice)]);
  if (type === 'User' || type === 'UserMulti')
    a.push(['List', 'UserInfo'], ['UserSelectionMode', f.SelectionMode === 0 ? 'PeopleOnly' : 'PeopleAndGroups']);
  if (type === 'Lookup' || type === 'LookupMulti')
    a.push(['List', f.LookupList ? `{${f.LookupList}}` : ''], ['ShowField', f.LookupField ?? 'Title']);
  if (MULTI_KINDS.has(type) && type !== 'MultiChoice') a.push(['Mult', 'TRUE']);
  if (f.Group) a.push(['Group', f.Group]);
  const attributes = a.map(([k, v]) => `${k}="${xmlText(v)}"`).join(' ');
  const children = [
    f.Choices ? `<CHOICES>${f.Choices.map((c) => `<CHOICE>${xmlText(c)}</CHOICE>`).join('')}</CHOICES>` : '',
    f.DefaultValue !== null && f.DefaultValue !== undefined ? `<Default>${xmlText(f.DefaultValue)}</Default>` : ''
  ].join('');
  return children ? `<Field ${attributes}>${children}</Field>` : `<Field ${attributes} />`;
}

export function fieldJson(ctx: RequestContext, list: ListData, f: FieldDef): Entity {
  const odataType = FIELD_ODATA_TYPE[f.TypeAsString];
  const json: Entity = {
    'odata.type': odataType,
    'odata.id': `${ctx.siteUrl}/_api/Web/Lists(guid'${list.record.Id}')/Fields(guid'${f.Id}')`,
    'odata.editLink': `Web/Lists(guid'${list.record.Id}')/Fields(guid'${f.Id}')`,
    AutoIndexed: false,
    CanBeDeleted: !f.FromBaseType,
    DefaultValue: f.DefaultValue,
    Description: f.Description,
    EnforceUniqueValues: f.EnforceUniqueValues,
    EntityPropertyName: entityPropertyName(f),
    FieldTypeKind: FIELD_TYPE_KIND[f.TypeAsString],
    Filterable: true,
    FromBaseType: f.FromBaseType,
    Group: f.Group,
    Hidden: f.Hidden,
    Id: f.Id,
    Indexed: f.Indexed || f.InternalName === 'ID',
    InternalName: f.InternalName,
    ReadOnlyField: f.ReadOnlyField,
    Required: f.Required,
    Sortable: !MULTI_KINDS.has(f.TypeAsString),
    SchemaXml: schemaXml(f),
    StaticName: f.InternalName,
    Title: f.Title,
    TypeAsString: f.TypeAsString,
    TypeDisplayName: f.TypeAsString
  };
  if (f.MaxLength !== undefined) json.MaxLength = f.MaxLength;
  if (f.Choices) {
    json.Choices = [...f.Choices];
    json.FillInChoice = f.FillInChoice ?? false;
  }
  if (f.TypeAsString === 'Note') {
    json.RichText = f.RichText ?? false;
    json.NumberOfLines = f.NumberOfLines ?? 6;
  }
  if (f.TypeAsString === 'Currency') json.CurrencyLocaleId = f.CurrencyLocaleId ?? 1033;
  if (f.TypeAsString === 'Number' || f.TypeAsString === 'Currency') {
    json.MinimumValue = f.MinimumValue ?? -1.7976931348623157e308;
    json.MaximumValue = f.MaximumValue ?? 1.7976931348623157e308;
  }
  if (f.TypeAsString === 'DateTime' || f.TypeAsString === 'URL') json.DisplayFormat = f.DisplayFormat ?? 0;
  if (f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti') {
    json.AllowMultipleValues = f.TypeAsString === 'UserMulti';
    json.SelectionMode = f.SelectionMode ?? 1;
    json.LookupField = 'ImnName';
  }
  if (f.TypeAsString === 'Lookup' || f.TypeAsString === 'LookupMulti') {
    json.AllowMultipleValues = f.TypeAsString === 'LookupMulti';
    json.LookupList = f.LookupList ? `{${f.LookupList}}` : '';
    json.LookupField = f.LookupField ?? 'Title';
  }
  return json;
}

/** Resolves `fields/getbyinternalnameortitle('X')`, `getbytitle('X')`, `getbyid('guid')`, `fields('guid')`. */
/** How a route names a field: `fields('guid')` and `getbyid` by id, or by internal name or title. */
export type FieldLookup = 'getbyid' | 'getbytitle' | 'getbyinternalnameortitle';

export function findField(ctx: RequestContext, list: ListData, by: FieldLookup, given: string): FieldDef {
  const matches: Record<FieldLookup, (f: FieldDef, v: string) => boolean> = {
    getbyinternalnameortitle: (f, v) => f.InternalName.toLowerCase() === v || f.Title.toLowerCase() === v,
    getbytitle: (f, v) => f.Title.toLowerCase() === v,
    getbyid: (f, v) => f.Id === v.replace(/[{}]/g, '')
  };
  const value = given.toLowerCase();
  const found =
    list.record.fields.find((f) => matches[by](f, value)) ??
    (by === 'getbyinternalnameortitle' ? list.record.fields.find((f) => f.InternalName.toLowerCase() === value) : undefined);
  if (!found) throw errors.fieldNotFound(given);
  return found;
}

export function getFields(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ViewListItems);
  return collectionResponse(
    ctx,
    queryEntities(
      list.record.fields.map((f) => fieldJson(ctx, list, f)),
      ctx.query
    )
  );
}

export function getField(ctx: RequestContext, list: ListData, field: FieldDef): Response {
  demandList(ctx, list, PermissionKind.ViewListItems);
  return entityResponse(ctx, selectEntity(fieldJson(ctx, list, field), ctx.query.get('$select')));
}

function indexedCount(list: ListData): number {
  return list.record.fields.filter((f) => f.Indexed && f.InternalName !== 'ID').length;
}

/** Applies Indexed / EnforceUniqueValues changes with SharePoint's checks, maintaining the index. */
function applyIndexing(store: Store, list: ListData, field: FieldDef, indexed: boolean | undefined, unique: boolean | undefined): void {
  const wantIndexed = indexed ?? field.Indexed;
  const wantUnique = unique ?? field.EnforceUniqueValues;
  if (wantIndexed && !field.Indexed) {
    if (UNINDEXABLE_KINDS.has(field.TypeAsString)) {
      throw errors.spException(
        400,
        `The field '${field.Title}' cannot be indexed: columns of type ${field.TypeAsString} do not support indexing.`
      );
    }
    if (indexedCount(list) >= MAX_INDEXES_PER_LIST) {
      throw errors.spException(400, `The list '${list.record.Title}' already has the maximum of ${MAX_INDEXES_PER_LIST} indexed columns.`);
    }
  }
  if (wantUnique && !wantIndexed) {
    throw errors.spException(400, `The field '${field.Title}' must be indexed before it can enforce unique values.`);
  }
  if (wantUnique && MULTI_KINDS.has(field.TypeAsString)) {
    throw errors.spException(400, `The field '${field.Title}' cannot enforce unique values because it allows multiple values.`);
  }
  if (wantUnique && !field.EnforceUniqueValues) {
    const seen = new Set<string | number>();
    for (const item of list.items.values()) {
      const key = indexKey(field, item.values[field.InternalName] ?? null);
      if (key === null) continue;
      if (seen.has(key))
        throw errors.spException(
          400,
          `The field '${field.Title}' cannot enforce unique values because the list already contains duplicate values in it.`
        );
      seen.add(key);
    }
  }
  // On a large list the index is built in the background, or refused (index-builds.ts).
  if (wantIndexed && !field.Indexed) beginIndexBuild(store, list, field);
  const wasIndexed = field.Indexed;
  field.Indexed = wantIndexed;
  field.EnforceUniqueValues = wantUnique;
  if (wantIndexed && !wasIndexed) list.buildIndex(field);
  if (!wantIndexed && wasIndexed) list.dropIndex(field);
}

function addToList(ctx: RequestContext, list: ListData, field: FieldDef, status: number): Response {
  const clash = list.record.fields.find((f) => f.Title.toLowerCase() === field.Title.toLowerCase());
  if (clash) throw errors.spException(400, `A duplicate field name "${field.Title}" was found.`);
  // Internal names are unique per list: SharePoint appends a digit when the encoded name is taken.
  const taken = (name: string): boolean => list.record.fields.some((f) => f.InternalName.toLowerCase() === name.toLowerCase());
  if (taken(field.InternalName)) {
    let n = 0;
    while (taken(`${field.InternalName.slice(0, 31)}${n}`)) n++;
    field.InternalName = `${field.InternalName.slice(0, 31)}${n}`;
  }
  if (
    (field.TypeAsString === 'Lookup' || field.TypeAsString === 'LookupMulti') &&
    !(field.LookupList && ctx.store.listById(field.LookupList))
  ) {
    throw errors.badValue('The lookup column must point to an existing list (LookupList / LookupListId).');
  }
  const indexed = field.Indexed;
  const unique = field.EnforceUniqueValues;
  field.Indexed = false;
  field.EnforceUniqueValues = false;
  applyIndexing(ctx.store, list, field, indexed, unique);
  list.record.fields.push(field);
  return entityResponse(ctx, fieldJson(ctx, list, field), status);
}

function assertKnownProperties(body: Record<string, unknown>, typeName: string): void {
  for (const key of Object.keys(body)) {
    if (key === '__metadata' || key === 'odata.type' || WRITABLE_FIELD_PROPERTIES.has(key)) continue;
    throw errors.propertyDoesNotExist(key, typeName);
  }
}

/** POST `fields` (verbose, `{"__metadata":{"type":"SP.FieldText"},…}`). */
export function createField(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  const body = parseBody(ctx);
  const meta = body.__metadata as { type?: string } | undefined;
  assertKnownProperties(body, meta?.type ?? 'SP.Field');
  return addToList(ctx, list, fieldFromProperties(body), 201);
}

/** POST `fields/addfield` with `{ parameters: { Title, FieldTypeKind, LookupListId, … } }`. */
export function addField(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  const parameters = (parseBody(ctx).parameters ?? {}) as Record<string, unknown>;
  return addToList(ctx, list, fieldFromProperties(parameters), 200);
}

/** POST `fields/createfieldasxml` with `{ parameters: { SchemaXml, Options } }`. */
export function createFieldAsXml(ctx: RequestContext, list: ListData): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  const parameters = (parseBody(ctx).parameters ?? {}) as { SchemaXml?: string; Options?: number };
  if (typeof parameters.SchemaXml !== 'string') throw errors.badValue('SchemaXml is required.');
  return addToList(ctx, list, fieldFromSchemaXml(parameters.SchemaXml, Number(parameters.Options ?? 0)), 200);
}

export function updateField(ctx: RequestContext, list: ListData, field: FieldDef): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  const body = parseBody(ctx);
  assertKnownProperties(body, FIELD_ODATA_TYPE[field.TypeAsString]);
  if (
    typeof body.Title === 'string' &&
    body.Title.toLowerCase() !== field.Title.toLowerCase() &&
    list.record.fields.some((f) => f !== field && f.Title.toLowerCase() === String(body.Title).toLowerCase())
  ) {
    throw errors.spException(400, `A duplicate field name "${body.Title}" was found.`);
  }
  const { Indexed, EnforceUniqueValues, ...rest } = body;
  if (field.FromBaseType && field.InternalName !== 'Title' && Object.keys(rest).some((k) => k !== '__metadata')) {
    throw errors.spException(400, 'The built-in column cannot be changed.');
  }
  const wasMulti = MULTI_KINDS.has(field.TypeAsString);
  applyFieldProperties(field, rest);
  if (wasMulti !== MULTI_KINDS.has(field.TypeAsString)) convertMultiplicity(list, field);
  const asBool = (v: unknown): boolean | undefined => (v === undefined ? undefined : v === true || v === 'true');
  applyIndexing(ctx.store, list, field, asBool(Indexed), asBool(EnforceUniqueValues));
  return noContent();
}

/** Switching AllowMultipleValues keeps existing values: a single id becomes a one-element array. */
function convertMultiplicity(list: ListData, field: FieldDef): void {
  if (MULTI_KINDS.has(field.TypeAsString) && field.Indexed) {
    throw errors.spException(400, `The field '${field.Title}' cannot allow multiple values while it is indexed.`);
  }
  for (const item of list.items.values()) {
    const v = item.values[field.InternalName];
    if (v === null || v === undefined) continue;
    item.values[field.InternalName] = MULTI_KINDS.has(field.TypeAsString)
      ? Array.isArray(v)
        ? v
        : [v as number]
      : Array.isArray(v)
        ? ((v as number[])[0] ?? null)
        : v;
  }
}

export function deleteField(ctx: RequestContext, list: ListData, field: FieldDef): Response {
  demandList(ctx, list, PermissionKind.ManageLists);
  if (field.FromBaseType) throw errors.spException(400, 'You cannot delete a read-only or built-in column.');
  list.dropIndex(field);
  list.record.fields.splice(list.record.fields.indexOf(field), 1);
  for (const item of list.items.values()) delete item.values[field.InternalName];
  return emptyOk();
}
