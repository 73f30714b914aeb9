/**
 * Per column type: how a value in a request body becomes a stored value, how a stored value is
 * written in JSON light, and which key it has in a column index.
 */
import { errors } from './errors';
import type { FieldDef, FieldKind, StoredValue, UrlValue } from './model';
import type { IndexKey } from './sorted-index';

export const MULTI_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['MultiChoice', 'UserMulti', 'LookupMulti']);
export const PRINCIPAL_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['User', 'UserMulti']);
export const LOOKUP_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['Lookup', 'LookupMulti']);
/** Column types SharePoint refuses to index. */
export const UNINDEXABLE_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'Note',
  'MultiChoice',
  'UserMulti',
  'LookupMulti',
  'Computed',
  'URL'
]);

export const FIELD_TYPE_KIND: Record<FieldKind, number> = {
  Counter: 5,
  Text: 2,
  Note: 3,
  Number: 9,
  Currency: 10,
  DateTime: 4,
  Boolean: 8,
  Choice: 6,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20,
  Lookup: 7,
  LookupMulti: 7,
  URL: 11,
  Computed: 12,
  Guid: 14
};

export const FIELD_ODATA_TYPE: Record<FieldKind, string> = {
  Counter: 'SP.Field',
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  DateTime: 'SP.FieldDateTime',
  Boolean: 'SP.Field',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser',
  Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup',
  URL: 'SP.FieldUrl',
  Computed: 'SP.FieldComputed',
  Guid: 'SP.FieldGuid'
};

/** Whether the JSON light property of the column is `<Name>Id` (people and lookups). */
export function isIdProperty(field: FieldDef): boolean {
  return PRINCIPAL_KINDS.has(field.TypeAsString) || LOOKUP_KINDS.has(field.TypeAsString);
}

/** The OData property name of a column: internal names starting with `_` get an `OData_` prefix. */
export function entityPropertyName(field: FieldDef): string {
  return field.InternalName.startsWith('_') ? `OData_${field.InternalName}` : field.InternalName;
}

export function jsonPropertyName(field: FieldDef): string {
  return isIdProperty(field) ? `${entityPropertyName(field)}Id` : entityPropertyName(field);
}

type Raw = unknown;

function asArray(raw: Raw, field: FieldDef): unknown[] | null {
  if (raw === null || raw === undefined) return null;
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'object' && Array.isArray((raw as { results?: unknown }).results)) {
    return (raw as { results: unknown[] }).results;
  }
  throw conversionError(field, 'Collection');
}

function conversionError(field: FieldDef, edmType: string): Error {
  return errors.badValue(`Cannot convert a primitive value to the expected type '${edmType}' for field '${field.InternalName}'.`);
}

function toId(value: unknown, field: FieldDef): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw conversionError(field, 'Edm.Int32');
  return n;
}

export interface ValueContext {
  principalExists(id: number): boolean;
}

/** Converts a request-body value to what the store keeps, enforcing the column's rules. */
export function toStored(field: FieldDef, raw: Raw, context: ValueContext): StoredValue {
  if (raw === undefined) return null;
  switch (field.TypeAsString) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (raw === null) return null;
      if (typeof raw !== 'string' && typeof raw !== 'number') throw conversionError(field, 'Edm.String');
      const text = String(raw);
      if (field.TypeAsString === 'Text' && text.length > (field.MaxLength ?? 255)) {
        throw errors.badValue(`The value of field '${field.Title}' exceeds its maximum length of ${field.MaxLength ?? 255} characters.`);
      }
      // Like SharePoint's REST/CSOM writes, a choice outside the column's choices is stored as given.
      return text === '' && field.TypeAsString === 'Choice' ? null : text;
    }
    case 'Number':
    case 'Currency': {
      if (raw === null || raw === '') return null;
      const n = typeof raw === 'string' ? Number(raw) : raw;
      if (typeof n !== 'number' || Number.isNaN(n)) throw conversionError(field, 'Edm.Double');
      if ((field.MinimumValue !== undefined && n < field.MinimumValue) || (field.MaximumValue !== undefined && n > field.MaximumValue)) {
        throw errors.badValue(`The value of field '${field.Title}' is out of range.`);
      }
      return n;
    }
    case 'DateTime': {
      if (raw === null || raw === '') return null;
      const ms = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
      if (Number.isNaN(ms)) throw conversionError(field, 'Edm.DateTime');
      return ms;
    }
    case 'Boolean': {
      if (raw === null) return null;
      if (typeof raw === 'boolean') return raw;
      if (raw === 1 || raw === '1' || raw === 'true') return true;
      if (raw === 0 || raw === '0' || raw === 'false') return false;
      throw conversionError(field, 'Edm.Boolean');
    }
    case 'MultiChoice': {
      const values = asArray(raw, field);
      if (values === null || values.length === 0) return null;
      return values.map((v) => {
        if (typeof v !== 'string') throw conversionError(field, 'Edm.String');
        return v;
      });
    }
    case 'User':
    case 'Lookup': {
      if (raw === null || raw === 0 || raw === -1) return null;
      const id = toId(raw, field);
      if (field.TypeAsString === 'User' && !context.principalExists(id)) {
        throw errors.spException(400, 'The user does not exist or is not unique.');
      }
      return id;
    }
    case 'UserMulti':
    case 'LookupMulti': {
      const values = asArray(raw, field);
      if (values === null || values.length === 0) return null;
      const ids = values.map((v) => toId(v, field));
      if (field.TypeAsString === 'UserMulti') {
        for (const id of ids) if (!context.principalExists(id)) throw errors.spException(400, 'The user does not exist or is not unique.');
      }
      return ids;
    }
    case 'URL': {
      if (raw === null) return null;
      if (typeof raw !== 'object' || typeof (raw as UrlValue).Url !== 'string') throw conversionError(field, 'SP.FieldUrlValue');
      const url = raw as UrlValue;
      return { Url: url.Url, Description: typeof url.Description === 'string' ? url.Description : url.Url };
    }
    default:
      throw errors.readOnlyField();
  }
}

/** Writes a stored value as JSON light does: ISO dates with Z, arrays for multi-values. */
export function toJson(field: FieldDef, value: StoredValue): unknown {
  if (field.TypeAsString === 'DateTime') {
    return typeof value === 'number' ? new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  }
  if ((field.TypeAsString === 'UserMulti' || field.TypeAsString === 'LookupMulti') && value === null) return [];
  if (field.TypeAsString === 'URL' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return { 'odata.type': 'SP.FieldUrlValue', Description: value.Description, Url: value.Url };
  }
  return value === undefined ? null : value;
}

/** Key under which a value sits in a column index (case-insensitive text, as SQL collation). */
export function indexKey(field: FieldDef, value: StoredValue): IndexKey {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}
