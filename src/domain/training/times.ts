/**
 * Session times for a reader anywhere: their own time zone first, Helsinki time second.
 *
 * Embassies are in every time zone and the sessions are organised from Helsinki, so a time
 * without a zone is a trap. Everything goes through Intl.DateTimeFormat with `timeZone`: the
 * runtime's time zone database knows every DST rule (EU, US, Australian...), and no date
 * library ships in the bundle. The second line is left out when the viewer's clock shows the
 * same offset as Helsinki at both ends of the session (e.g. Tallinn, or Istanbul in summer).
 */

export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';

export interface SessionTimeOptions {
  /** BCP 47 tag of the page, e.g. fi-FI, sv-SE, en-GB, en-US. */
  locale: string;
  /** IANA zone of the viewer, e.g. from Intl.DateTimeFormat().resolvedOptions().timeZone. */
  viewerTimeZone: string;
}

/** One line: a session's start and end as the clocks of one time zone show them. */
export interface ZonedTimeRange {
  /** The zone actually used (an unknown viewer zone falls back to UTC). */
  timeZone: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  /** The end falls on the same local date as the start. */
  sameDay: boolean;
  /** Zone name as the locale writes it, always with the offset (e.g. "EEST (UTC+3)", "UTC+9"). */
  startZone: string;
  endZone: string;
  /** Minutes east of UTC at the start and at the end (they differ across a DST change). */
  startOffsetMinutes: number;
  endOffsetMinutes: number;
  /** The whole line, e.g. "ti 10.3.2026 10.00–12.00 UTC+2". */
  text: string;
}

export interface SessionTimeDisplay {
  viewer: ZonedTimeRange;
  /** Helsinki time; undefined when it would repeat the viewer's line. */
  helsinki?: ZonedTimeRange;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, kind: 'date' | 'time' | 'zone' | 'parts'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${kind}`;
  let cached = formatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
        : kind === 'time'
          ? { timeZone, hour: 'numeric', minute: '2-digit' }
          : kind === 'zone'
            ? { timeZone, hour: 'numeric', timeZoneName: 'short' }
            : {
                timeZone,
                hour12: false,
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric'
              };
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

const knownTimeZones = new Map<string, boolean>();

/** True when the runtime knows the IANA zone name (asked once per name: a list asks in every row). */
export function isKnownTimeZone(timeZone: string): boolean {
  let known = knownTimeZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
      known = true;
    } catch {
      known = false;
    }
    knownTimeZones.set(timeZone, known);
  }
  return known;
}

/** The wall clock of `timeZone` at `instant`, as numbers (month 1–12). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter('en-US', timeZone, 'parts').formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = parseInt(part.value, 10);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    // Some engines write midnight as hour 24 under hour12: false.
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second
  };
}

/** Minutes east of UTC that `timeZone` shows at `instant` (Helsinki: 120 in winter, 180 in summer). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const wallClockAsUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const instantToSecond = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtc - instantToSecond) / 60000);
}

/** "UTC+3", "UTC-4", "UTC+5:30", "UTC". */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? ':' + String(minutes).padStart(2, '0') : ''}`;
}

function zoneLabel(instant: Date, locale: string, timeZone: string, offsetMinutes: number): string {
  const name = formatter(locale, timeZone, 'zone')
    .formatToParts(instant)
    .filter((part) => part.type === 'timeZoneName')
    .map((part) => part.value)
    .join('');
  // Locales write either an offset ("UTC+3", "GMT−4") or a letter abbreviation ("EEST", "EDT");
  // an abbreviation alone is ambiguous abroad, so the offset is added to it.
  if (!name) return formatUtcOffset(offsetMinutes);
  if (/\d/.test(name) || offsetMinutes === 0) return name;
  return `${name} (${formatUtcOffset(offsetMinutes)})`;
}

export function formatZonedRange(start: Date, end: Date, locale: string, requestedZone: string): ZonedTimeRange {
  const timeZone = isKnownTimeZone(requestedZone) ? requestedZone : 'UTC';
  const startDate = formatter(locale, timeZone, 'date').format(start);
  const endDate = formatter(locale, timeZone, 'date').format(end);
  const startTime = formatter(locale, timeZone, 'time').format(start);
  const endTime = formatter(locale, timeZone, 'time').format(end);
  const startOffsetMinutes = utcOffsetMinutes(start, timeZone);
  const endOffsetMinutes = utcOffsetMinutes(end, timeZone);
  const startZone = zoneLabel(start, locale, timeZone, startOffsetMinutes);
  const endZone = zoneLabel(end, locale, timeZone, endOffsetMinutes);
  const sameDay = startDate === endDate;
  const zoneChanges = startZone !== endZone;
  // An en dash between the two times reads right in fi, sv and en alike.
  const text =
    sameDay && !zoneChanges
      ? `${startDate} ${startTime}–${endTime} ${endZone}`
      : `${startDate} ${startTime}${zoneChanges ? ' ' + startZone : ''} – ${sameDay ? '' : endDate + ' '}${endTime} ${endZone}`;
  return {
    timeZone,
    startDate,
    startTime,
    endDate,
    endTime,
    sameDay,
    startZone,
    endZone,
    startOffsetMinutes,
    endOffsetMinutes,
    text
  };
}

export function formatSessionTime(start: Date, end: Date, options: SessionTimeOptions): SessionTimeDisplay {
  const viewer = formatZonedRange(start, end, options.locale, options.viewerTimeZone);
  const helsinki = formatZonedRange(start, end, options.locale, HELSINKI_TIME_ZONE);
  const sameClock = viewer.startOffsetMinutes === helsinki.startOffsetMinutes && viewer.endOffsetMinutes === helsinki.endOffsetMinutes;
  return sameClock ? { viewer } : { viewer, helsinki };
}
