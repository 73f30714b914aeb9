/**
 * Turns a parsed $filter into a predicate over list items, and finds the index range that can
 * serve its first clause.
 */
import { Column, Comparable, findField, resolveColumn, ValueKind } from './columns';
import { errors } from './errors';
import type { ItemRecord } from './model';
import { isIdProperty } from './field-types';
import { CompareOp, FieldPath, FilterExpr, firstClause, Literal } from './odata-filter';
import { compareKeys, KeyRange } from './sorted-index';
import type { ListData, Store } from './store';

export type Predicate = (item: ItemRecord) => boolean;

function coerce(literal: Literal, kind: ValueKind, path: string): Comparable {
  const invalid = (): Error => errors.badQuery(`The literal '${String(literal.value)}' is not valid for the field '${path}'.`);
  if (literal.type === 'null') return null;
  switch (kind) {
    case 'number':
      if (literal.type === 'number') return literal.value;
      if (literal.type === 'string' && literal.value.trim() !== '' && !Number.isNaN(Number(literal.value))) return Number(literal.value);
      throw invalid();
    case 'bool':
      if (literal.type === 'boolean') return literal.value ? 1 : 0;
      if (literal.type === 'number' && (literal.value === 0 || literal.value === 1)) return literal.value;
      throw invalid();
    case 'date': {
      if (literal.type !== 'datetime' && literal.type !== 'string') throw invalid();
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(literal.value) || !/T/.test(literal.value) ? literal.value : `${literal.value}Z`);
      if (Number.isNaN(ms)) throw invalid();
      return ms;
    }
    default:
      if (literal.type === 'string' || literal.type === 'guid') return literal.value.toLowerCase();
      if (literal.type === 'number') return String(literal.value);
      if (literal.type === 'boolean') return literal.value ? '1' : '0';
      throw invalid();
  }
}

function test(op: CompareOp, a: Comparable, b: Comparable): boolean {
  if (a === null || b === null) return false;
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}

function compileCompare(column: Column, op: CompareOp, value: Comparable): Predicate {
  if (value === null) {
    if (op === 'eq') return (item) => column.read(item).length === 0;
    if (op === 'ne') return (item) => column.read(item).length > 0;
    throw errors.badQuery(`The operator '${op}' cannot be used with null.`);
  }
  // Multi-valued columns match when any value matches; `ne` means no value equals.
  if (op === 'ne') return (item) => !column.read(item).some((v) => v === value);
  return (item) => column.read(item).some((v) => test(op, v, value));
}

/**
 * `$filter=Session/Id eq 3` without `$expand=Session` is refused: Microsoft documents lookups
 * filtered by their id property, `SessionId eq 3` (sp-dev-docs PR #2313; Learn "Use OData query
 * operations in SharePoint REST requests"), and a `<Field>/<sub>` path as a projection that needs
 * the field in `$expand`. Whether SharePoint Online serves `<Field>/Id` without it is undocumented
 * (TENANT.md, risk 8), so the emulator refuses the undocumented form with the answer SharePoint
 * gives a projection that is not expanded. With `$expand` it stays allowed.
 */
function demandLookupIdForm(list: ListData, path: FieldPath, expand: Set<string>): void {
  if (!path.sub || path.sub.toLowerCase() !== 'id') return;
  const field = findField(list, path.name);
  if (!field || !isIdProperty(field) || expand.has(field.InternalName.toLowerCase())) return;
  throw errors.queryNotExpanded(`${path.name}/${path.sub}`, path.name);
}

export function compileFilter(store: Store, list: ListData, expr: FilterExpr, expand: Set<string>): Predicate {
  switch (expr.kind) {
    case 'and': {
      const l = compileFilter(store, list, expr.left, expand);
      const r = compileFilter(store, list, expr.right, expand);
      return (item) => l(item) && r(item);
    }
    case 'or': {
      const l = compileFilter(store, list, expr.left, expand);
      const r = compileFilter(store, list, expr.right, expand);
      return (item) => l(item) || r(item);
    }
    case 'not': {
      const inner = compileFilter(store, list, expr.operand, expand);
      return (item) => !inner(item);
    }
    case 'compare': {
      demandLookupIdForm(list, expr.field, expand);
      const column = resolveColumn(store, list, expr.field, expand);
      return compileCompare(column, expr.op, coerce(expr.value, column.kind, column.path));
    }
    case 'startswith':
    case 'substringof': {
      demandLookupIdForm(list, expr.field, expand);
      const column = resolveColumn(store, list, expr.field, expand);
      if (column.kind !== 'text') throw errors.badQuery(`The function '${expr.kind}' requires a text field, not '${column.path}'.`);
      const needle = expr.value.toLowerCase();
      const match =
        expr.kind === 'startswith'
          ? (v: Comparable): boolean => typeof v === 'string' && v.startsWith(needle)
          : (v: Comparable): boolean => typeof v === 'string' && v.includes(needle);
      return (item) => column.read(item).some(match) !== expr.negate;
    }
  }
}

export interface IndexSeek {
  /** Internal name of the indexed column, or 'ID' for the item id. */
  column: string;
  range: KeyRange;
}

function andChain(expr: FilterExpr): FilterExpr[] {
  return expr.kind === 'and' ? [...andChain(expr.left), ...andChain(expr.right)] : [expr];
}

function tighten(range: KeyRange, op: CompareOp, key: Comparable): KeyRange {
  const bound = { key, inclusive: op !== 'gt' && op !== 'lt' };
  const out = { ...range };
  if (op === 'eq' || op === 'gt' || op === 'ge') {
    if (!out.lower || compareKeys(key, out.lower.key) > 0 || (compareKeys(key, out.lower.key) === 0 && !bound.inclusive)) out.lower = bound;
  }
  if (op === 'eq' || op === 'lt' || op === 'le') {
    if (!out.upper || compareKeys(key, out.upper.key) < 0 || (compareKeys(key, out.upper.key) === 0 && !bound.inclusive)) out.upper = bound;
  }
  return out;
}

/**
 * The index range serving the first clause of the top-level AND chain, if the clause is an
 * equality or range comparison on an indexed column (or the item id) with a non-null value.
 * Further AND-ed range clauses on the same column narrow the seek (`Due ge X and Due lt Y`).
 */
export function indexSeek(store: Store, list: ListData, expr: FilterExpr, expand: Set<string>): IndexSeek | undefined {
  const clause = firstClause(expr);
  if (clause.kind !== 'compare' || clause.op === 'ne' || clause.value.type === 'null') return undefined;
  const column = resolveColumn(store, list, clause.field, expand);
  if (!column.direct || column.multi) return undefined;
  const name = column.field.InternalName;
  if (name !== 'ID' && !list.indexes.has(name)) return undefined;
  let range: KeyRange = {};
  for (const leaf of andChain(expr)) {
    if (leaf.kind !== 'compare' || leaf.op === 'ne' || leaf.value.type === 'null') continue;
    const other = resolveColumn(store, list, leaf.field, expand);
    if (!other.direct || other.field !== column.field) continue;
    range = tighten(range, leaf.op, coerce(leaf.value, other.kind, other.path));
  }
  return { column: name, range };
}
