/**
 * Form values as the validate* endpoints take them: every value a string in the format a
 * SharePoint form posts, converted and checked per column type. A value SharePoint would refuse
 * is a FieldError, reported as a `HasException` entry (HTTP 200), not as an HTTP error.
 *
 * Formats accepted (the site's regional settings are en-US, its time zone UTC):
 * - Text / Note / Choice: the text ('' clears); MultiChoice: `;#a;#b;#` or `a;#b`.
 * - Number: `12`, `-3.5`, `1,234.5`. Boolean: `1`/`0`, `Yes`/`No`, `true`/`false`.
 * - DateTime: ISO 8601 (`2026-03-01`, `2026-03-01T09:30:00Z`, with or without offset; without
 *   one it is site time, i.e. UTC) or en-US `3/1/2026`, `3/1/2026 9:30 AM`, `3/1/2026 21:30`.
 * - User / UserMulti: `[{"Key":"i:0#.f|membership|anna@contoso.com"}]` (JSON; the Key may also be
 *   an e-mail or a SharePoint group name); `[]` or '' clears.
 * - Lookup / LookupMulti: `12`, `12;#`, `12;#Title`, multi `1;#;#2;#` or `1;#A;#2;#B`.
 * - URL: `https://example.org, Description` (description optional).
 */
import type { FieldDef, StoredValue } from './model';
import type { Store } from './store';

export const VALIDATION_ERROR_CODE = -2146233088;
export const BLANK = "You can't leave this blank.";

export class FieldError extends Error {}

function splitMulti(text: string): string[] {
  return text
    .split(';#')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseNumber(field: FieldDef, text: string): number {
  const cleaned = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) {
    throw new FieldError('Invalid number value. A number field contains invalid data. Please check the value and try again.');
  }
  const n = Number(cleaned);
  if ((field.MinimumValue !== undefined && n < field.MinimumValue) || (field.MaximumValue !== undefined && n > field.MaximumValue)) {
    throw new FieldError(`The value of this field must be between ${field.MinimumValue ?? '-∞'} and ${field.MaximumValue ?? '∞'}.`);
  }
  return n;
}

/** ISO 8601 or en-US `M/D/YYYY[ h:mm[:ss][ AM|PM]]`, site time = UTC. */
export function parseSiteDate(text: string): number | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (iso) {
    const ms = Date.parse(iso[4] === undefined ? `${t.slice(0, 10)}T00:00:00Z` : iso[7] ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(t);
  if (!us) return undefined;
  const [, mo, d, y, h = '0', mi = '0', s = '0', ampm] = us;
  let hour = Number(h);
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
  }
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, Number(mi), Number(s));
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || hour > 23 || Number(mi) > 59) return undefined;
  return ms;
}

function parsePeople(store: Store, field: FieldDef, text: string): number[] {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    throw new FieldError('The user does not exist or is not unique.');
  }
  if (!Array.isArray(entries)) throw new FieldError('The user does not exist or is not unique.');
  const ids = entries.map((entry) => {
    const key = entry && typeof entry === 'object' ? (entry as { Key?: unknown }).Key : undefined;
    if (typeof key !== 'string') throw new FieldError('The user does not exist or is not unique.');
    const principal = store.userByLogin(key) ?? store.groupByName(key);
    if (!principal) throw new FieldError('The user does not exist or is not unique.');
    return principal.Id;
  });
  if (field.TypeAsString === 'User' && ids.length > 1) throw new FieldError('You can only enter one name.');
  return ids;
}

function parseLookups(text: string): number[] {
  const parts = text.split(';#');
  const ids: number[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const raw = parts[i].trim();
    if (raw === '' && i > 0) continue;
    if (!/^\d+$/.test(raw))
      throw new FieldError('Invalid lookup value. A lookup field contains invalid data. Please check the value and try again.');
    if (Number(raw) > 0) ids.push(Number(raw));
  }
  return ids;
}

/** Converts one form value to what the store keeps, or throws a FieldError. */
export function fromFormValue(store: Store, field: FieldDef, value: string | null | undefined): StoredValue {
  const text = value ?? '';
  if (text.trim() === '') return field.TypeAsString === 'Boolean' ? false : null;
  switch (field.TypeAsString) {
    case 'Text':
      if (text.length > (field.MaxLength ?? 255))
        throw new FieldError(`The value of this field can't be longer than ${field.MaxLength ?? 255} characters.`);
      return text;
    case 'Note':
    case 'Choice':
      return text;
    case 'MultiChoice': {
      const values = splitMulti(text);
      return values.length ? values : null;
    }
    case 'Number':
    case 'Currency':
      return parseNumber(field, text);
    case 'DateTime': {
      const ms = parseSiteDate(text);
      if (ms === undefined)
        throw new FieldError('Invalid date/time value. A date/time field contains invalid data. Please check the value and try again.');
      return ms;
    }
    case 'Boolean': {
      const lower = text.trim().toLowerCase();
      if (['1', 'yes', 'true'].includes(lower)) return true;
      if (['0', 'no', 'false'].includes(lower)) return false;
      throw new FieldError('Invalid Yes/No value. A Yes/No field contains invalid data. Please check the value and try again.');
    }
    case 'User':
    case 'UserMulti': {
      const ids = parsePeople(store, field, text);
      if (ids.length === 0) return null;
      return field.TypeAsString === 'User' ? ids[0] : ids;
    }
    case 'Lookup':
    case 'LookupMulti': {
      const ids = parseLookups(text);
      if (ids.length === 0) return null;
      return field.TypeAsString === 'Lookup' ? ids[0] : ids;
    }
    case 'URL': {
      const at = text.indexOf(', ');
      const url = (at < 0 ? text : text.slice(0, at)).trim();
      if (!/^(https?|ftp|mailto|file|news):/i.test(url) && !url.startsWith('/')) throw new FieldError(`Invalid URL: ${url}.`);
      return { Url: url, Description: at < 0 ? url : text.slice(at + 2) };
    }
    default:
      throw new FieldError('Invalid data has been used to update the list item. The field you are trying to update may be read only.');
  }
}
