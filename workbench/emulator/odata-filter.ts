/**
 * Parser for the OData v3 `$filter` dialect SharePoint's list items endpoint understands:
 * eq ne gt ge lt le, and or not, parentheses, startswith(), substringof(), literals for strings
 * (with doubled apostrophes), numbers, booleans, null, datetime'…' and guid'…', and field paths
 * such as `Author/Id`.
 */
import { errors } from './errors';

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null'; value: null }
  | { type: 'datetime'; value: string }
  | { type: 'guid'; value: string };

export interface FieldPath {
  name: string;
  sub?: string;
}

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'compare'; op: CompareOp; field: FieldPath; value: Literal }
  | { kind: 'startswith' | 'substringof'; field: FieldPath; value: string; negate: boolean };

type Token = { t: 'punct'; v: '(' | ')' | ',' } | { t: 'ident'; v: string } | { t: 'literal'; v: Literal };

const COMPARE_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const MIRROR: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

function syntaxError(filter: string): Error {
  return errors.badQuery(`The expression "${filter}" is not valid.`);
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    // i points at the opening apostrophe; '' inside is an escaped apostrophe
    let out = '';
    i++;
    for (;;) {
      if (i >= input.length) throw syntaxError(input);
      const c = input[i];
      if (c === "'") {
        if (input[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        i++;
        return out;
      }
      out += c;
      i++;
    }
  };
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: 'punct', v: c });
      i++;
      continue;
    }
    if (c === "'") {
      tokens.push({ t: 'literal', v: { type: 'string', value: readQuoted() } });
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(input.slice(i));
    if (num && !/[A-Za-z_]/.test(input[i + num[0].length] ?? '')) {
      tokens.push({ t: 'literal', v: { type: 'number', value: parseFloat(num[0]) } });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(input.slice(i));
    if (!word) throw syntaxError(input);
    i += word[0].length;
    const lower = word[0].toLowerCase();
    if ((lower === 'datetime' || lower === 'guid' || lower === 'datetimeoffset') && input[i] === "'") {
      const text = readQuoted();
      tokens.push({ t: 'literal', v: lower === 'guid' ? { type: 'guid', value: text } : { type: 'datetime', value: text } });
    } else if (lower === 'true' || lower === 'false') {
      tokens.push({ t: 'literal', v: { type: 'boolean', value: lower === 'true' } });
    } else if (lower === 'null') {
      tokens.push({ t: 'literal', v: { type: 'null', value: null } });
    } else {
      tokens.push({ t: 'ident', v: word[0] });
    }
  }
  return tokens;
}

function toPath(text: string): FieldPath {
  const [name, sub, extra] = text.split('/');
  if (extra !== undefined) throw errors.badQuery(`The field path '${text}' is not supported.`);
  return sub === undefined ? { name } : { name, sub };
}

export function parseFilter(filter: string): FilterExpr {
  const tokens = tokenize(filter);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (word: string): boolean => {
    const t = peek();
    return t?.t === 'ident' && t.v.toLowerCase() === word;
  };
  const expectPunct = (v: string): void => {
    const t = tokens[pos++];
    if (t?.t !== 'punct' || t.v !== v) throw syntaxError(filter);
  };

  const parseOr = (): FilterExpr => {
    let left = parseAnd();
    while (isWord('or')) {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterExpr => {
    let left = parseUnary();
    while (isWord('and')) {
      pos++;
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterExpr => {
    if (isWord('not')) {
      pos++;
      return { kind: 'not', operand: parseUnary() };
    }
    return parsePrimary();
  };
  const parseOperand = (): { field?: FieldPath; literal?: Literal } => {
    const t = tokens[pos++];
    if (t?.t === 'ident') return { field: toPath(t.v) };
    if (t?.t === 'literal') return { literal: t.v };
    throw syntaxError(filter);
  };
  const parseFunction = (name: 'startswith' | 'substringof'): FilterExpr => {
    pos++;
    expectPunct('(');
    const a = parseOperand();
    expectPunct(',');
    const b = parseOperand();
    expectPunct(')');
    // startswith(Field,'x') ; substringof('x',Field)
    const field = name === 'startswith' ? a.field : b.field;
    const literal = name === 'startswith' ? b.literal : a.literal;
    if (!field || literal?.type !== 'string') throw syntaxError(filter);
    let negate = false;
    if (isWord('eq') || isWord('ne')) {
      const op = (tokens[pos++] as { v: string }).v.toLowerCase();
      const rhs = tokens[pos++];
      if (rhs?.t !== 'literal' || rhs.v.type !== 'boolean') throw syntaxError(filter);
      negate = (op === 'eq') !== rhs.v.value;
    }
    return { kind: name, field, value: literal.value, negate };
  };
  const parsePrimary = (): FilterExpr => {
    const t = peek();
    if (t?.t === 'punct' && t.v === '(') {
      pos++;
      const inner = parseOr();
      expectPunct(')');
      return inner;
    }
    if (isWord('startswith')) return parseFunction('startswith');
    if (isWord('substringof')) return parseFunction('substringof');
    const left = parseOperand();
    const opToken = tokens[pos++];
    if (opToken?.t !== 'ident' || !COMPARE_OPS.has(opToken.v.toLowerCase())) throw syntaxError(filter);
    const op = opToken.v.toLowerCase() as CompareOp;
    const right = parseOperand();
    if (left.field && right.literal) return { kind: 'compare', op, field: left.field, value: right.literal };
    if (left.literal && right.field) return { kind: 'compare', op: MIRROR[op], field: right.field, value: left.literal };
    throw syntaxError(filter);
  };

  const expr = parseOr();
  if (pos !== tokens.length) throw syntaxError(filter);
  return expr;
}

/** The leftmost clause of the top-level AND chain: what SharePoint tries to serve from an index. */
export function firstClause(expr: FilterExpr): FilterExpr {
  return expr.kind === 'and' ? firstClause(expr.left) : expr;
}
