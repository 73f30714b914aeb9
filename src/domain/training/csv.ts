/**
 * Participant export that opens right in Excel, in Finnish, Swedish and English Windows alike.
 *
 * - UTF-8 with a byte order mark: without it Excel reads the file as the ANSI code page and
 *   "Mäkelä" turns into "MÃ¤kelÃ¤". (No "sep=;" line: Excel then ignores the BOM.)
 * - The separator follows the locale: Finnish and Swedish Excel use the comma as the decimal
 *   mark and therefore expect ";" between cells.
 * - RFC 4180 quoting, CRLF between records.
 * - CSV formula injection: a cell that starts with = + - @ (or tab / CR) is a formula to Excel;
 *   names and units are typed by users, so such cells get a leading apostrophe.
 */
import { Session } from './session';
import { allocateSeats, Attendance, Registration, RegistrationStatus, statusesById } from './seats';
import { HELSINKI_TIME_ZONE, wallClock } from './times';

export type CsvSeparator = ',' | ';' | '\t';

export const CSV_BOM = '\uFEFF';

/** fi and sv → ';' (their Excel's list separator), everything else → ','. */
export function csvSeparatorForLocale(locale: string): ',' | ';' {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === 'fi' || language === 'sv' ? ';' : ',';
}

// Also the full-width forms: some spreadsheet programs normalise them into the ASCII ones.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell: formula guard first, then quoting when the value holds a separator, quote or line break. */
export function csvCell(value: string, separator: CsvSeparator): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = guarded.indexOf(separator) >= 0 || /["\r\n]/.test(guarded) || /^\s|\s$/.test(guarded);
  return needsQuotes ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A whole file: BOM, header row, rows, each record ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  return CSV_BOM + rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator) + '\r\n').join('');
}

/** "2026-03-10 14:05" in the given zone: Excel reads this as a date in every locale. */
export function csvDateTime(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${clock.year}-${two(clock.month)}-${two(clock.day)} ${two(clock.hour)}:${two(clock.minute)}`;
}

/** Translated text comes from the caller: headers and the words for statuses and attendance. */
export interface ParticipantCsvText {
  headers: {
    name: string;
    email: string;
    unit: string;
    status: string;
    registeredAt: string;
    attended: string;
  };
  /** e.g. confirmed → "Vahvistettu", waiting 3 → "Jonossa 3", cancelled → "Peruttu". */
  status: (status: RegistrationStatus) => string;
  /** attended / noShow / undefined (not marked yet). */
  attendance: (attendance: Attendance | undefined) => string;
}

export interface ParticipantCsvOptions {
  locale: string;
  text: ParticipantCsvText;
  /** Defaults to the locale's separator. */
  separator?: CsvSeparator;
  /** Zone for the "registered at" column; Helsinki by default (the admins are there). */
  timeZone?: string;
}

/** Seat holders first, then the waiting list in order, then cancellations. */
export function participantsCsv(session: Session, registrations: readonly Registration[], options: ParticipantCsvOptions): string {
  const separator = options.separator || csvSeparatorForLocale(options.locale);
  const timeZone = options.timeZone || HELSINKI_TIME_ZONE;
  const allocation = allocateSeats(session, registrations);
  const statuses = statusesById(allocation);
  const ordered = allocation.confirmed
    .concat(allocation.waiting.map((place) => place.registration))
    .concat(allocation.cancelled)
    .concat(allocation.sessionCancelled);
  const headers = options.text.headers;
  const rows: string[][] = [[headers.name, headers.email, headers.unit, headers.status, headers.registeredAt, headers.attended]];
  for (const registration of ordered) {
    const status = statuses.get(registration.id) || { code: 'notRegistered' };
    rows.push([
      registration.person.name || '',
      registration.person.email || '',
      registration.person.unit || '',
      options.text.status(status),
      csvDateTime(registration.registeredAt, timeZone),
      options.text.attendance(registration.attendance)
    ]);
  }
  return toCsv(rows, separator);
}

/** ASCII file name with the session's date, e.g. "participants-12-2026-03-10.csv". */
export function participantsCsvFileName(session: Session): string {
  return `participants-${session.id}-${csvDateTime(session.start, HELSINKI_TIME_ZONE).slice(0, 10)}.csv`;
}
