/**
 * The form-style write endpoints:
 * - `lists/…/AddValidateUpdateItemUsingPath()` with `{ listItemCreateInfo: { FolderPath: { DecodedUrl },
 *   UnderlyingObjectType, LeafName? }, formValues: [{ FieldName, FieldValue }], bNewDocumentUpdate, checkInComment }`
 * - `items(n)/ValidateUpdateListItem()` with `{ formValues, bNewDocumentUpdate }`.
 * Both answer 200 `{ value: [{ ErrorCode, ErrorMessage, FieldName, FieldValue, HasException, ItemId }…] }`.
 * Unlike plain REST writes they enforce `Required` ("You can't leave this blank.") and report
 * per-field problems as `HasException` entries; if any field fails, nothing is written. A successful
 * add ends with an `Id` entry carrying the new item's id. Permission problems, a missing folder or
 * an unknown column are HTTP errors (403 / 404 / 400), as they are not field validation.
 */
import { errors } from './errors';
import { resolveListPath } from './folder-paths';
import { createFolderItem, fileNotFound, folderAt } from './folders';
import { BLANK, FieldError, fromFormValue, VALIDATION_ERROR_CODE } from './form-values';
import { managesList } from './guard';
import { collectionResponse, Entity, parseBody, RequestContext } from './http';
import { demandFolder } from './item-security';
import { applyDefaults, commitUpdate, newItem, targetItem } from './items';
import type { StoredValue } from './model';
import { PermissionKind } from './permissions';
import { indexKey } from './field-types';
import type { ListData } from './store';

interface FormValue {
  FieldName: string;
  FieldValue: string | null;
}
interface Outcome {
  FieldName: string;
  FieldValue: string | null;
  error?: string;
}

/** Columns a form may set although they are read-only elsewhere (the "system update" trick). */
const FORM_SETTABLE = new Set(['Created', 'Modified', 'Author', 'Editor']);

function readFormValues(body: Record<string, unknown>): FormValue[] {
  const raw = body.formValues;
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object' && Array.isArray((raw as { results?: unknown }).results)
      ? (raw as { results: unknown[] }).results
      : undefined;
  if (!list) throw errors.badQuery("The parameter 'formValues' is missing or not a collection.");
  return list.map((entry) => {
    const e = (entry ?? {}) as { FieldName?: unknown; FieldValue?: unknown };
    if (typeof e.FieldName !== 'string') throw errors.badQuery('A form value has no FieldName.');
    return { FieldName: e.FieldName, FieldValue: e.FieldValue === null || e.FieldValue === undefined ? null : String(e.FieldValue) };
  });
}

function isEmpty(value: StoredValue | undefined): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Converts the form values; unknown columns are an HTTP 400 (Column 'X' does not exist). */
function convert(
  ctx: RequestContext,
  list: ListData,
  formValues: FormValue[]
): { values: Record<string, StoredValue>; outcomes: Outcome[] } {
  const values: Record<string, StoredValue> = {};
  const outcomes = formValues.map((fv): Outcome => {
    const field = list.field(fv.FieldName);
    if (!field) throw errors.columnDoesNotExist(fv.FieldName);
    const outcome: Outcome = { FieldName: fv.FieldName, FieldValue: fv.FieldValue };
    try {
      if (field.ReadOnlyField && !FORM_SETTABLE.has(field.InternalName)) {
        throw new FieldError('Invalid data has been used to update the list item. The field you are trying to update may be read only.');
      }
      values[field.InternalName] = fromFormValue(ctx.store, field, fv.FieldValue);
      if (field.Required && isEmpty(values[field.InternalName])) outcome.error = BLANK;
    } catch (e) {
      if (!(e instanceof FieldError)) throw e;
      outcome.error = e.message;
    }
    return outcome;
  });
  return { values, outcomes };
}

/** Per-field unique-value violations (the form reports them on the field). */
function markDuplicates(list: ListData, values: Record<string, StoredValue>, outcomes: Outcome[], selfId: number | undefined): void {
  for (const field of list.record.fields) {
    if (!field.EnforceUniqueValues || !(field.InternalName in values)) continue;
    const key = indexKey(field, values[field.InternalName]);
    if (key === null) continue;
    if (!(list.indexes.get(field.InternalName)?.equal(key) ?? []).some((id) => id !== selfId)) continue;
    const outcome = outcomes.find((o) => o.FieldName.toLowerCase() === field.InternalName.toLowerCase());
    if (outcome && !outcome.error) outcome.error = 'This value already exists in the list.';
  }
}

/** Required columns the add leaves empty get an entry of their own. */
function markMissingRequired(list: ListData, values: Record<string, StoredValue>, outcomes: Outcome[]): void {
  for (const field of list.record.fields) {
    if (!field.Required || field.ReadOnlyField || field.Hidden || !isEmpty(values[field.InternalName])) continue;
    if (outcomes.some((o) => o.FieldName.toLowerCase() === field.InternalName.toLowerCase())) continue;
    outcomes.push({ FieldName: field.InternalName, FieldValue: null, error: BLANK });
  }
}

/** The answer: one entry per form value (ItemId: the item's id; 0 for an add that failed). */
function answer(ctx: RequestContext, outcomes: Outcome[], itemId: number): Response {
  return collectionResponse(
    ctx,
    outcomes.map((o): Entity => ({
      ErrorCode: o.error ? VALIDATION_ERROR_CODE : 0,
      ErrorMessage: o.error ?? null,
      FieldName: o.FieldName,
      FieldValue: o.FieldValue,
      HasException: o.error !== undefined,
      ItemId: itemId
    }))
  );
}

function systemValues(values: Record<string, StoredValue>): Record<string, StoredValue> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => FORM_SETTABLE.has(k)));
}

/** The folder an add targets: '' (root) or the list-relative path of an existing, visible folder. */
function targetFolder(ctx: RequestContext, list: ListData, url: unknown): string {
  if (typeof url !== 'string' || url.trim() === '') return '';
  const resolved = resolveListPath(ctx.store, url);
  if (!resolved || resolved.list !== list) throw fileNotFound();
  const folder = folderAt(ctx, list, resolved.path);
  if (!folder) throw fileNotFound();
  return folder.path;
}

export function addValidateUpdateItemUsingPath(ctx: RequestContext, list: ListData): Response {
  const body = parseBody(ctx);
  const info = (body.listItemCreateInfo ?? {}) as {
    FolderPath?: { DecodedUrl?: unknown };
    UnderlyingObjectType?: unknown;
    LeafName?: { DecodedUrl?: unknown };
  };
  const dir = targetFolder(ctx, list, info.FolderPath?.DecodedUrl);
  demandFolder(ctx, list, dir, PermissionKind.AddListItems);
  if (list.record.WriteSecurity === 4 && !managesList(ctx, list)) throw errors.accessDenied();
  const formValues = readFormValues(body);
  const { values, outcomes } = convert(ctx, list, formValues);
  if (Number(info.UnderlyingObjectType ?? 0) === 1) {
    const leaf = typeof info.LeafName?.DecodedUrl === 'string' ? info.LeafName.DecodedUrl : '';
    if (!leaf) throw errors.badValue('The LeafName of a new folder cannot be empty.');
    if (outcomes.some((o) => o.error)) return answer(ctx, outcomes, 0);
    const folder = createFolderItem(ctx, list, dir, leaf, values);
    return answer(ctx, [...outcomes, { FieldName: 'Id', FieldValue: String(folder.id) }], folder.id);
  }
  applyDefaults(ctx.store, list, values);
  markMissingRequired(list, values, outcomes);
  markDuplicates(list, values, outcomes, undefined);
  if (outcomes.some((o) => o.error)) return answer(ctx, outcomes, 0);
  const item = newItem(list, values, ctx.user.Id, ctx.now().getTime(), dir);
  Object.assign(item.values, systemValues(values));
  list.insert(item);
  return answer(ctx, [...outcomes, { FieldName: 'Id', FieldValue: String(item.id) }], item.id);
}

export function validateUpdateListItem(ctx: RequestContext, list: ListData, id: number): Response {
  const item = targetItem(ctx, list, id, PermissionKind.EditListItems);
  const { values, outcomes } = convert(ctx, list, readFormValues(parseBody(ctx)));
  markDuplicates(list, values, outcomes, item.id);
  if (outcomes.some((o) => o.error)) return answer(ctx, outcomes, item.id);
  commitUpdate(ctx, list, item, values);
  return answer(ctx, outcomes, item.id);
}
