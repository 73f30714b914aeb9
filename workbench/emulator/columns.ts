/**
 * Resolves the field paths of $select, $filter and $orderby against a list's schema, the way
 * SharePoint does: `Title`, `AuthorId`, `Author/Id`, and — only with `$expand=Author` —
 * `Author/Title`, `Author/EMail`, `Lookup/Title`.
 */
import { errors } from './errors';
import { isIdProperty, LOOKUP_KINDS, MULTI_KINDS, PRINCIPAL_KINDS } from './field-types';
import type { FieldDef, ItemRecord, StoredValue } from './model';
import type { FieldPath } from './odata-filter';
import type { ListData, Store } from './store';
import { valueOf, virtualField } from './virtual-fields';

export type ValueKind = 'text' | 'number' | 'date' | 'bool';
/** A comparable value: lower-cased text, numbers (dates as epoch ms, booleans as 0/1), or null. */
export type Comparable = string | number | null;

export interface Column {
  path: string;
  field: FieldDef;
  kind: ValueKind;
  multi: boolean;
  /** True when values come straight from the column (so its index, if any, can serve the clause). */
  direct: boolean;
  read(item: ItemRecord): Comparable[];
}

/** Properties of a person that a `$select=Author/X` projection can reach (UserInfo list columns). */
export const USER_PROPERTIES = [
  'Id',
  'ID',
  'Title',
  'EMail',
  'Name',
  'UserName',
  'LoginName',
  'FirstName',
  'LastName',
  'JobTitle',
  'Department',
  'Office'
];

export function userProperty(store: Store, principalId: number, prop: string): string | number | null {
  const user = store.user(principalId);
  const group = user ? undefined : store.group(principalId);
  const lower = prop.toLowerCase();
  if (lower === 'id') return principalId;
  if (user) {
    switch (lower) {
      case 'title':
        return user.Title;
      case 'email':
        return user.Email;
      case 'name':
      case 'loginname':
        return user.LoginName;
      case 'username':
        return user.Email;
      case 'firstname':
        return user.Title.split(' ')[0] ?? null;
      case 'lastname':
        return user.Title.split(' ').slice(1).join(' ') || null;
      default:
        return null;
    }
  }
  if (group) return lower === 'title' || lower === 'name' || lower === 'loginname' ? group.Title : null;
  return null;
}

export function kindOf(field: FieldDef): ValueKind {
  switch (field.TypeAsString) {
    case 'Counter':
    case 'Number':
    case 'Currency':
    case 'User':
    case 'UserMulti':
    case 'Lookup':
    case 'LookupMulti':
      return 'number';
    case 'DateTime':
      return 'date';
    case 'Boolean':
      return 'bool';
    default:
      return 'text';
  }
}

export function comparable(value: StoredValue | string | number | undefined): Comparable[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return (value as Array<string | number>).map((v) => (typeof v === 'string' ? v.toLowerCase() : v));
  if (typeof value === 'string') return [value.toLowerCase()];
  if (typeof value === 'number') return [value];
  if (typeof value === 'boolean') return [value ? 1 : 0];
  return [value.Url.toLowerCase()];
}

function ids(value: StoredValue | undefined): number[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? (value as number[]) : [value as number];
}

export function findField(list: ListData, name: string): FieldDef | undefined {
  if (name.toLowerCase() === 'id') return list.field('ID');
  return list.field(name.startsWith('OData_') ? name.slice(6) : name) ?? virtualField(name);
}

/** A `<Name>Id` property of a person or lookup column. */
export function findIdField(list: ListData, name: string): FieldDef | undefined {
  if (!/Id$/.test(name) || name.length <= 2) return undefined;
  const field = findField(list, name.slice(0, -2));
  return field && isIdProperty(field) ? field : undefined;
}

export function resolveColumn(store: Store, list: ListData, path: FieldPath, expand: Set<string>): Column {
  const text = path.sub ? `${path.name}/${path.sub}` : path.name;
  if (!path.sub) {
    const idField = findIdField(list, path.name);
    const field = findField(list, path.name) ?? idField;
    if (!field) throw errors.columnDoesNotExist(path.name);
    const multi = MULTI_KINDS.has(field.TypeAsString);
    return { path: text, field, kind: kindOf(field), multi, direct: true, read: (item) => comparable(valueOf(store, list, field, item)) };
  }
  const field = findField(list, path.name);
  if (!field) throw errors.columnDoesNotExist(path.name);
  if (!isIdProperty(field)) throw errors.fieldOrPropertyDoesNotExist(text);
  const multi = MULTI_KINDS.has(field.TypeAsString);
  if (path.sub.toLowerCase() === 'id') {
    return { path: text, field, kind: 'number', multi, direct: true, read: (item) => ids(item.values[field.InternalName]) };
  }
  if (!expand.has(field.InternalName.toLowerCase())) throw errors.queryNotExpanded(text, path.name);
  const sub = path.sub;
  if (PRINCIPAL_KINDS.has(field.TypeAsString)) {
    if (!USER_PROPERTIES.some((p) => p.toLowerCase() === sub.toLowerCase())) throw errors.fieldOrPropertyDoesNotExist(text);
    return {
      path: text,
      field,
      kind: 'text',
      multi,
      direct: false,
      read: (item) => ids(item.values[field.InternalName]).flatMap((id) => comparable(userProperty(store, id, sub) ?? undefined))
    };
  }
  if (LOOKUP_KINDS.has(field.TypeAsString)) {
    const target = field.LookupList ? store.listById(field.LookupList) : undefined;
    const targetField = target ? findField(target, sub) : undefined;
    if (!target || !targetField || MULTI_KINDS.has(targetField.TypeAsString)) throw errors.fieldOrPropertyDoesNotExist(text);
    return {
      path: text,
      field,
      kind: kindOf(targetField),
      multi,
      direct: false,
      read: (item) =>
        ids(item.values[field.InternalName]).flatMap((id) => comparable(target.items.get(id)?.values[targetField.InternalName]))
    };
  }
  throw errors.fieldOrPropertyDoesNotExist(text);
}
