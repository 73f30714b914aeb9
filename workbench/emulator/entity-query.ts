/**
 * $select / $filter / $orderby / $top for the small collections (lists, fields, users, groups,
 * role definitions): evaluated over the JSON entities themselves.
 */
import { errors } from './errors';
import { Entity } from './http';
import { CompareOp, FilterExpr, Literal, parseFilter } from './odata-filter';

type Plain = string | number | boolean | null;

function prop(entity: Entity, name: string, sub?: string): unknown {
  const key = Object.keys(entity).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : entity[key];
  if (sub && value && typeof value === 'object') return prop(value as Entity, sub);
  return value;
}

function literalValue(l: Literal): Plain {
  return l.type === 'null' ? null : l.value;
}

function norm(v: unknown): Plain {
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return v === undefined ? null : String(v);
}

function compare(op: CompareOp, a: Plain, b: Plain): boolean {
  if (typeof a === 'boolean' && typeof b === 'number') b = b !== 0;
  if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '') b = Number(b);
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null) return false;
  switch (op) {
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    default:
      return a <= b;
  }
}

function evaluate(expr: FilterExpr, e: Entity): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, e) && evaluate(expr.right, e);
    case 'or':
      return evaluate(expr.left, e) || evaluate(expr.right, e);
    case 'not':
      return !evaluate(expr.operand, e);
    case 'compare':
      return compare(expr.op, norm(prop(e, expr.field.name, expr.field.sub)), norm(literalValue(expr.value)));
    default: {
      const v = prop(e, expr.field.name, expr.field.sub);
      const text = typeof v === 'string' ? v.toLowerCase() : '';
      const needle = expr.value.toLowerCase();
      return (expr.kind === 'startswith' ? text.startsWith(needle) : text.includes(needle)) !== expr.negate;
    }
  }
}

export function selectEntity(entity: Entity, select: string | null): Entity {
  if (!select || select.trim() === '' || select.trim() === '*') return entity;
  const wanted = select.split(',').map((s) => s.trim().split('/')[0].toLowerCase());
  const out: Entity = {};
  for (const [k, v] of Object.entries(entity)) if (k.startsWith('odata.') || wanted.includes(k.toLowerCase())) out[k] = v;
  return out;
}

export function queryEntities(entities: Entity[], params: URLSearchParams): Entity[] {
  let rows = entities;
  const filter = params.get('$filter');
  if (filter) {
    const expr = parseFilter(filter);
    rows = rows.filter((e) => evaluate(expr, e));
  }
  const orderby = params.get('$orderby');
  if (orderby) {
    const keys = orderby.split(',').map((p) => p.trim().split(/\s+/));
    rows = [...rows].sort((a, b) => {
      for (const [name, dir] of keys) {
        const x = norm(prop(a, name));
        const y = norm(prop(b, name));
        if (x === y) continue;
        const c = x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
        return dir?.toLowerCase() === 'desc' ? -c : c;
      }
      return 0;
    });
  }
  const top = params.get('$top');
  if (top !== null) {
    const n = Number(top);
    if (!Number.isInteger(n) || n < 0) throw errors.badQuery(`Invalid $top value '${top}'.`);
    rows = rows.slice(0, n);
  }
  return rows.map((e) => selectEntity(e, params.get('$select')));
}
