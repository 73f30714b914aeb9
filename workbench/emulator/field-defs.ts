/**
 * Column definitions: the built-in columns of a custom list, and building a FieldDef from the
 * three ways PnPjs creates one (verbose `fields` POST, `fields/addfield`, `createfieldasxml`).
 */
import { randomUUID } from 'crypto';
import { errors } from './errors';
import type { FieldDef, FieldKind } from './model';

function base(kind: FieldKind, internalName: string, title: string, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    Id: randomUUID(),
    InternalName: internalName,
    Title: title,
    TypeAsString: kind,
    Required: false,
    Indexed: false,
    EnforceUniqueValues: false,
    Hidden: false,
    ReadOnlyField: false,
    FromBaseType: false,
    Description: '',
    Group: 'Custom Columns',
    DefaultValue: null,
    ...extra
  };
}

/**
 * The built-in columns' ids are SharePoint's own, the same in every list of every site
 * (Microsoft.SharePoint.SPBuiltInFieldId: Title, ID, Created, Modified, Author, Editor; the same
 * ids appear in every list's field schema and in MS-OUTSPS), not new GUIDs per list.
 */
export const BUILT_IN_FIELD_IDS: Readonly<Record<string, string>> = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2'
};

export function builtInFields(): FieldDef[] {
  const sys = { FromBaseType: true, ReadOnlyField: true, Group: '_Hidden' };
  const fields = [
    base('Counter', 'ID', 'ID', sys),
    base('Text', 'Title', 'Title', { FromBaseType: true, Required: true, MaxLength: 255, Group: 'Custom Columns' }),
    base('DateTime', 'Created', 'Created', sys),
    base('DateTime', 'Modified', 'Modified', sys),
    base('User', 'Author', 'Created By', { ...sys, SelectionMode: 0 }),
    base('User', 'Editor', 'Modified By', { ...sys, SelectionMode: 0 })
  ];
  for (const field of fields) field.Id = BUILT_IN_FIELD_IDS[field.InternalName];
  return fields;
}

/** SharePoint's internal name for a display name: non-alphanumerics as _xHHHH_, at most 32 chars. */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)?.toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

const KIND_BY_TYPE_KIND: Record<number, FieldKind> = {
  1: 'Number',
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  6: 'Choice',
  7: 'Lookup',
  8: 'Boolean',
  9: 'Number',
  10: 'Currency',
  11: 'URL',
  15: 'MultiChoice',
  20: 'User'
};

const KIND_BY_XML_TYPE: Record<string, FieldKind> = {
  text: 'Text',
  note: 'Note',
  number: 'Number',
  currency: 'Currency',
  integer: 'Number',
  datetime: 'DateTime',
  boolean: 'Boolean',
  choice: 'Choice',
  multichoice: 'MultiChoice',
  user: 'User',
  usermulti: 'UserMulti',
  lookup: 'Lookup',
  lookupmulti: 'LookupMulti',
  url: 'URL'
};

function choicesOf(raw: unknown): string[] | undefined {
  if (Array.isArray(raw)) return raw.map(String);
  if (raw && typeof raw === 'object' && Array.isArray((raw as { results?: unknown }).results)) {
    return (raw as { results: unknown[] }).results.map(String);
  }
  return undefined;
}

function bool(raw: unknown): boolean | undefined {
  if (raw === undefined || raw === null) return undefined;
  return raw === true || raw === 'TRUE' || raw === 'true' || raw === 1;
}

function num(raw: unknown): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

function guid(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw ? raw.replace(/[{}]/g, '').toLowerCase() : undefined;
}

/** Settable column properties shared by creation and MERGE updates. */
export const WRITABLE_FIELD_PROPERTIES = new Set([
  'Title',
  'Description',
  'Required',
  'Indexed',
  'EnforceUniqueValues',
  'Hidden',
  'MaxLength',
  'Choices',
  'FillInChoice',
  'DefaultValue',
  'Group',
  'RichText',
  'NumberOfLines',
  'AllowMultipleValues',
  'SelectionMode',
  'DisplayFormat',
  'MinimumValue',
  'MaximumValue',
  'LookupField',
  'LookupList',
  'ValidationFormula',
  'ValidationMessage',
  'EditFormat',
  'AllowHyperlink',
  'AppendOnly',
  'RestrictedMode',
  'DateTimeCalendarType',
  'FriendlyDisplayFormat',
  'CurrencyLocaleId',
  'StaticName',
  'FieldTypeKind',
  'UnlimitedLengthInDocumentLibrary',
  'IsCompactName',
  'LookupWebId',
  'LookupListId',
  'LookupFieldName',
  'Type',
  'JSLink',
  'ClientSideComponentId',
  'CustomFormatter',
  'ShowInFiltersPane'
]);

/** Applies the properties a body may carry to a definition (creation and update alike). */
export function applyFieldProperties(field: FieldDef, props: Record<string, unknown>): void {
  if (typeof props.Title === 'string') field.Title = props.Title;
  if (typeof props.Description === 'string') field.Description = props.Description;
  if (typeof props.Group === 'string') field.Group = props.Group;
  if (props.DefaultValue !== undefined) field.DefaultValue = props.DefaultValue === null ? null : String(props.DefaultValue);
  const flags: Array<'Required' | 'Hidden' | 'FillInChoice' | 'RichText'> = ['Required', 'Hidden', 'FillInChoice', 'RichText'];
  for (const flag of flags) {
    const v = bool(props[flag]);
    if (v !== undefined) field[flag] = v;
  }
  const numbers: Array<
    'MaxLength' | 'NumberOfLines' | 'MinimumValue' | 'MaximumValue' | 'SelectionMode' | 'DisplayFormat' | 'CurrencyLocaleId'
  > = ['MaxLength', 'NumberOfLines', 'MinimumValue', 'MaximumValue', 'SelectionMode', 'DisplayFormat', 'CurrencyLocaleId'];
  for (const key of numbers) {
    const v = num(props[key]);
    if (v !== undefined) field[key] = v;
  }
  const choices = choicesOf(props.Choices);
  if (choices) field.Choices = choices;
  const lookupList = guid(props.LookupList ?? props.LookupListId);
  if (lookupList) field.LookupList = lookupList;
  const lookupField = props.LookupField ?? props.LookupFieldName;
  if (typeof lookupField === 'string') field.LookupField = lookupField;
  const multi = bool(props.AllowMultipleValues);
  if (multi !== undefined) {
    if (field.TypeAsString === 'User' || field.TypeAsString === 'UserMulti') field.TypeAsString = multi ? 'UserMulti' : 'User';
    if (field.TypeAsString === 'Lookup' || field.TypeAsString === 'LookupMulti') field.TypeAsString = multi ? 'LookupMulti' : 'Lookup';
  }
}

/** From a `fields` POST (verbose) or `fields/addfield` parameters. */
export function fieldFromProperties(props: Record<string, unknown>): FieldDef {
  const typeKind = num(props.FieldTypeKind ?? props.Type);
  const kind = typeKind === undefined ? undefined : KIND_BY_TYPE_KIND[typeKind];
  if (!kind) throw errors.badValue(`The field type kind '${String(props.FieldTypeKind)}' is not supported by the emulator.`);
  if (typeof props.Title !== 'string' || !props.Title.trim()) throw errors.badValue('The field Title cannot be empty.');
  // `AllowMultipleValues` in a creation body is not a documented creation property: multi-person
  // and multi-lookup columns are made reliably with createFieldAsXml (`Type="UserMulti"
  // Mult="TRUE"`; pnp/pnpjs #1240, #774; PnP-PowerShell #557, #1716; TENANT.md risk 3). The
  // emulator refuses the undocumented form (emulator wording); a MERGE may still change it.
  if (props.AllowMultipleValues !== undefined) {
    throw errors.badValue(
      'AllowMultipleValues cannot be set when a field is created. Create a multi-value column with createFieldAsXml (Type="UserMulti" Mult="TRUE").'
    );
  }
  const field = base(kind, encodeInternalName(props.Title), props.Title);
  if (kind === 'Text') field.MaxLength = 255;
  if (kind === 'Note') {
    field.RichText = true;
    field.NumberOfLines = 6;
  }
  if (kind === 'Lookup') field.LookupField = 'Title';
  applyFieldProperties(field, props);
  field.Indexed = bool(props.Indexed) ?? false;
  field.EnforceUniqueValues = bool(props.EnforceUniqueValues) ?? false;
  return field;
}

function xmlUnescape(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function xmlAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]] = xmlUnescape(m[3] ?? m[4]);
  return out;
}

/**
 * From `createfieldasxml`. As in SharePoint, the internal name comes from DisplayName unless the
 * options carry AddFieldInternalNameHint (8), in which case Name is used.
 */
export function fieldFromSchemaXml(xml: string, options: number): FieldDef {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw errors.badValue('The SchemaXml is not a valid field definition.');
  const a = xmlAttributes(open[1]);
  const kind = KIND_BY_XML_TYPE[(a.Type ?? '').toLowerCase()];
  if (!kind) throw errors.badValue(`The field type '${a.Type}' is not supported by the emulator.`);
  const title = a.DisplayName ?? a.Name;
  if (!title) throw errors.badValue('The field must have a DisplayName or a Name.');
  // eslint-disable-next-line no-bitwise
  const useName = (options & 8) === 8 && a.Name;
  const field = base(kind === 'UserMulti' || kind === 'LookupMulti' ? kind : kind, encodeInternalName(useName ? a.Name : title), title);
  if (a.ID) field.Id = guid(a.ID) ?? field.Id;
  if (kind === 'Text') field.MaxLength = num(a.MaxLength) ?? 255;
  if (kind === 'Note') {
    field.RichText = bool(a.RichText) ?? false;
    field.NumberOfLines = num(a.NumLines) ?? 6;
  }
  if (a.Mult && bool(a.Mult)) {
    if (kind === 'User') field.TypeAsString = 'UserMulti';
    if (kind === 'Lookup') field.TypeAsString = 'LookupMulti';
  }
  field.Required = bool(a.Required) ?? false;
  field.Indexed = bool(a.Indexed) ?? false;
  field.EnforceUniqueValues = bool(a.EnforceUniqueValues) ?? false;
  field.Hidden = bool(a.Hidden) ?? false;
  field.FillInChoice = bool(a.FillInChoice) ?? false;
  if (a.Group) field.Group = a.Group;
  if (a.Description) field.Description = a.Description;
  if (a.Min) field.MinimumValue = num(a.Min);
  if (a.Max) field.MaximumValue = num(a.Max);
  if (kind === 'Currency') field.CurrencyLocaleId = num(a.LCID) ?? 1033;
  if (a.UserSelectionMode) field.SelectionMode = a.UserSelectionMode === 'PeopleOnly' ? 0 : (num(a.UserSelectionMode) ?? 1);
  if (kind === 'Lookup' || kind === 'LookupMulti') {
    field.LookupList = guid(a.List);
    field.LookupField = a.ShowField ?? 'Title';
  }
  const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/gi)].map((m) => xmlUnescape(m[1]));
  if (choices.length) field.Choices = choices;
  const dflt = /<Default>([^<]*)<\/Default>/i.exec(xml);
  if (dflt) field.DefaultValue = xmlUnescape(dflt[1]);
  return field;
}
