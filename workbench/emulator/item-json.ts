/**
 * Writes list items as SharePoint's JSON light does: `odata.*` annotations, `<Person>Id` /
 * `<Lookup>Id` for people and lookups, arrays for multi-values, ISO dates with Z, and — with
 * `$expand` — the projected `Author/Title`-style objects.
 */
import { findField, findIdField, USER_PROPERTIES, userProperty } from './columns';
import { errors } from './errors';
import { isIdProperty, jsonPropertyName, LOOKUP_KINDS, MULTI_KINDS, toJson } from './field-types';
import type { Entity, RequestContext } from './http';
import { selectEntity } from './entity-query';
import { listItemEntityTypeFullName, listJson } from './lists';
import type { FieldDef, ItemRecord } from './model';
import { ATTACHMENT_FILES, PARENT_LIST } from './query';
import { attachmentJson } from './attachments';
import type { ListData } from './store';
import { contentTypeId, valueOf } from './virtual-fields';

type Projector = (item: ItemRecord, out: Entity) => void;

const SYSTEM_TAIL = ['ID', 'Modified', 'Created', 'Author', 'Editor'];

export function etagOf(item: ItemRecord): string {
  return `"${item.version}"`;
}

function scalarOf(ctx: RequestContext, list: ListData, field: FieldDef, name: string): Projector {
  return (item, out) => {
    out[name] = toJson(field, valueOf(ctx.store, list, field, item));
  };
}

function defaultProjectors(ctx: RequestContext, list: ListData): Projector[] {
  const scalar = (field: FieldDef, name: string): Projector => scalarOf(ctx, list, field, name);
  const fields = list.record.fields;
  const custom = fields.filter((f) => !SYSTEM_TAIL.includes(f.InternalName) && f.InternalName !== 'Title' && !f.Hidden);
  const byName = (n: string): FieldDef => fields.find((f) => f.InternalName === n) as FieldDef;
  return [
    (item, out) => {
      out.FileSystemObjectType = item.fsObjType ?? 0;
      out.Id = item.id;
      out.ServerRedirectedEmbedUri = null;
      out.ServerRedirectedEmbedUrl = '';
      out.ContentTypeId = contentTypeId(list, item);
    },
    scalar(byName('Title'), 'Title'),
    ...custom.map((f) => scalar(f, jsonPropertyName(f))),
    ...SYSTEM_TAIL.map((n) => scalar(byName(n), jsonPropertyName(byName(n)))),
    (item, out) => {
      out.OData__UIVersionString = `${item.version}.0`;
      out.Attachments = (item.attachments?.length ?? 0) > 0;
      out.GUID = item.guid;
    }
  ];
}

function expandedObject(ctx: RequestContext, field: FieldDef, id: number, props: string[]): Entity {
  if (!LOOKUP_KINDS.has(field.TypeAsString)) {
    const obj: Entity = { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': `${ctx.siteUrl}/_api/Web/SiteUserInfoList/Items(${id})` };
    for (const p of props) obj[p] = userProperty(ctx.store, id, p);
    return obj;
  }
  const target = field.LookupList ? ctx.store.listById(field.LookupList) : undefined;
  const row = target?.items.get(id);
  const obj: Entity = { 'odata.type': target ? listItemEntityTypeFullName(target.record) : 'SP.ListItem' };
  for (const p of props) {
    if (p.toLowerCase() === 'id') {
      obj[p] = id;
      continue;
    }
    const f = target ? findField(target, p) : undefined;
    obj[p] = f && row ? toJson(f, row.values[f.InternalName] ?? null) : null;
  }
  return obj;
}

function expanded(ctx: RequestContext, field: FieldDef, props: string[]): Projector {
  const name = jsonPropertyName(field).replace(/Id$/, '');
  return (item, out) => {
    const v = item.values[field.InternalName];
    if (MULTI_KINDS.has(field.TypeAsString)) {
      out[name] = (Array.isArray(v) ? (v as number[]) : []).map((id) => expandedObject(ctx, field, id, props));
    } else {
      out[name] = typeof v === 'number' ? expandedObject(ctx, field, v, props) : null;
    }
  };
}

/** Compiles `$select` (with `$expand`) into projectors once per request, validating every path. */
export function compileProjection(ctx: RequestContext, list: ListData, select: string | null, expand: Set<string>): Projector[] {
  const parts = (select ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const projectors: Projector[] = [];
  const subProps = new Map<string, { field: FieldDef; props: string[] }>();
  const everything = parts.length === 0 || parts.includes('*');
  if (everything) projectors.push(...defaultProjectors(ctx, list));
  // `$expand=ParentList`: the item's list (SP.List), all of it or the `ParentList/X` selected
  // (a public client's tests read `ParentList/Id`, TENANT.md "smaller differences").
  let parentList: string[] | undefined = expand.has(PARENT_LIST) && everything ? [] : undefined;
  // `$expand=AttachmentFiles`: the item's attachments, as `items(n)/AttachmentFiles` lists them
  // (PnP samples read `items.select('*', 'AttachmentFiles').expand('AttachmentFiles')`).
  let attachmentFiles = expand.has(ATTACHMENT_FILES) && everything;
  for (const part of parts) {
    if (part === '*') continue;
    const [name, sub] = part.split('/');
    if (name.toLowerCase() === ATTACHMENT_FILES) {
      if (!expand.has(ATTACHMENT_FILES)) throw errors.queryNotExpanded(part, name);
      attachmentFiles = true;
      continue;
    }
    if (name.toLowerCase() === PARENT_LIST) {
      if (!expand.has(PARENT_LIST)) throw errors.queryNotExpanded(part, name);
      parentList = parentList ?? [];
      if (sub !== undefined) parentList.push(sub);
      continue;
    }
    if (sub !== undefined) {
      const field = findField(list, name);
      if (!field || !isIdProperty(field)) throw errors.fieldOrPropertyDoesNotExist(part);
      if (!expand.has(field.InternalName.toLowerCase())) throw errors.queryNotExpanded(part, name);
      if (!LOOKUP_KINDS.has(field.TypeAsString) && !USER_PROPERTIES.some((p) => p.toLowerCase() === sub.toLowerCase())) {
        throw errors.fieldOrPropertyDoesNotExist(part);
      }
      if (LOOKUP_KINDS.has(field.TypeAsString)) {
        const target = field.LookupList ? ctx.store.listById(field.LookupList) : undefined;
        if (sub.toLowerCase() !== 'id' && !(target && findField(target, sub))) throw errors.fieldOrPropertyDoesNotExist(part);
      }
      const entry = subProps.get(field.InternalName) ?? { field, props: [] };
      entry.props.push(sub);
      subProps.set(field.InternalName, entry);
      continue;
    }
    if (name === 'Id' || name === 'ID') {
      projectors.push((item, out) => {
        out[name] = item.id;
      });
      continue;
    }
    const idField = findIdField(list, name);
    if (idField) {
      projectors.push(scalarOf(ctx, list, idField, name));
      continue;
    }
    const field = findField(list, name);
    if (!field) throw errors.fieldOrPropertyDoesNotExist(name);
    if (isIdProperty(field)) {
      if (!expand.has(field.InternalName.toLowerCase())) throw errors.queryNotExpanded(name, name);
      subProps.set(field.InternalName, subProps.get(field.InternalName) ?? { field, props: [] });
      continue;
    }
    projectors.push(scalarOf(ctx, list, field, name));
  }
  for (const { field, props } of subProps.values()) {
    projectors.push(expanded(ctx, field, props.length ? props : ['Id', 'Title']));
  }
  if (attachmentFiles) {
    projectors.push((item, out) => {
      out.AttachmentFiles = (item.attachments ?? []).map((a) => attachmentJson(ctx, list, item, a));
    });
  }
  if (parentList) {
    const select = parentList.length ? parentList.join(',') : null;
    projectors.push((_item, out) => {
      out.ParentList = selectEntity(listJson(ctx, list), select);
    });
  }
  // An expanded field with no $select of its own still comes back, with its default properties.
  for (const name of expand) {
    const field = findField(list, name);
    if (field && !subProps.has(field.InternalName) && (parts.length === 0 || parts.includes('*'))) {
      projectors.push(expanded(ctx, field, LOOKUP_KINDS.has(field.TypeAsString) ? ['Id', 'Title'] : ['Id', 'Title', 'EMail']));
    }
  }
  return projectors;
}

/** An item as JSON light writes it; `single` adds the `odata.metadata` a single-entity answer carries. */
export function itemJson(ctx: RequestContext, list: ListData, item: ItemRecord, projectors: Projector[], single = false): Entity {
  const editLink = `Web/Lists(guid'${list.record.Id}')/Items(${item.id})`;
  const out: Entity = single
    ? { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#SP.ListData.${list.record.EntityTypeName}Items/@Element` }
    : {};
  Object.assign(out, {
    'odata.type': listItemEntityTypeFullName(list.record),
    'odata.id': `${ctx.siteUrl}/_api/${editLink}`,
    'odata.etag': etagOf(item),
    'odata.editLink': editLink
  });
  for (const project of projectors) project(item, out);
  return out;
}
