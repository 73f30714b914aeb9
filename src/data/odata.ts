/**
 * OData literals for hand-written `$filter` clauses, in one tested place.
 *
 * PnPjs sends filter text as given: it does not escape apostrophes in string values, so a
 * name like O'Brien would end the literal early (and let typed text change the query).
 */

/** A string literal: `'O''Brien'` (an apostrophe is doubled, as OData and SharePoint expect). */
export function odataString(value: string): string {
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** A date-time literal in UTC, as SharePoint REST reads it: `datetime'2026-03-10T08:00:00.000Z'`. */
export function odataDate(value: Date): string {
  if (!(value instanceof Date) || isNaN(value.getTime())) throw new RangeError('odataDate: invalid date');
  return `datetime'${value.toISOString()}'`;
}

/** A whole number (ids, counts); refuses anything else so that no text reaches the query. */
export function odataInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`odataInteger: ${String(value)} is not a whole number`);
  return String(value);
}
