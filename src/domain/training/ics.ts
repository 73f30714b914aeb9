/**
 * A calendar file (.ics, RFC 5545) for one session, so people can put it in Outlook.
 *
 * One VEVENT in a VCALENDAR with METHOD:PUBLISH (a published event, not a meeting request that
 * would expect replies). UID is stable across downloads so that a re-imported file updates the
 * same calendar entry instead of creating a copy; SEQUENCE tells clients which copy is newer.
 */
import { safeLink } from '../links';
import { Session } from './session';

export const ICS_PRODUCT_ID = '-//Digital Diplomacy Hub//Training Registry//EN';

export interface SessionIcsOptions {
  /** Host of the SharePoint site, e.g. "contoso.sharepoint.com": makes the UID globally unique. */
  siteHost: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
  /**
   * The online meeting link goes out only to people with a seat: the caller says whether the
   * viewer is confirmed. Without it the file carries no URL.
   */
  includeOnlineLink: boolean;
  /** Increase on every change of the session (e.g. the item's version); 0 by default. */
  sequence?: number;
  /** Extra text for the description, e.g. a link back to the session page. */
  descriptionSuffix?: string;
}

/** Stable UID: the same session on the same site always gives the same value. */
export function sessionUid(sessionId: number, siteHost: string): string {
  const host = siteHost
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/:].*$/, '');
  return `training-session-${sessionId}@${host}`;
}

/** DATE-TIME in UTC: 20260310T080000Z. */
export function icsUtcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. Other
 * control characters are not allowed in content lines at all, so they are dropped.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((character) => character === '\t' || !isControlCharacter(character))
    .join('');
}

function isControlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines begin with one space,
 * which counts towards their 75. Lengths are UTF-8 bytes, and a fold never falls inside a
 * character, so "ä" (2 bytes) or an emoji (4 bytes) always stays whole.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const character of Array.from(line)) {
    const bytes = utf8Length(character.codePointAt(0) || 0);
    if (currentBytes + bytes > 75) {
      lines.push(current);
      current = ' ';
      currentBytes = 1;
    }
    current += character;
    currentBytes += bytes;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A parameter value (e.g. CN) cannot hold a double quote; quote it when it has : ; or ,. */
function parameterValue(value: string): string {
  const clean = value
    .split('')
    .filter((character) => character !== '"' && !isControlCharacter(character))
    .join('');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * The meeting link as the file may carry it: https only, as the URL parser writes it. The stored
 * text is never written as is: a browser's parser drops a CR/LF inside a URL, so a check on the
 * parsed URL alone would let "https://…\r\nATTACH:…" add lines to the event.
 */
function httpsLink(value: string | undefined): string | undefined {
  const href = safeLink(value);
  return href && /^https:/.test(href) ? href : undefined;
}

export function sessionToIcs(session: Session, options: SessionIcsOptions): string {
  const description = [session.description || '', options.descriptionSuffix || ''].filter((part) => part).join('\n\n');
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODUCT_ID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${sessionUid(session.id, options.siteHost)}`,
    `DTSTAMP:${icsUtcDateTime(options.now)}`,
    `DTSTART:${icsUtcDateTime(session.start)}`,
    `DTEND:${icsUtcDateTime(session.end)}`,
    `SEQUENCE:${Math.max(0, Math.floor(options.sequence || 0))}`,
    `SUMMARY:${escapeIcsText(session.title)}`
  ];
  if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  if (session.place && session.place.trim()) lines.push(`LOCATION:${escapeIcsText(session.place.trim())}`);
  // URL is a URI value, not TEXT: it is not escaped, and only an https link is ever written.
  const link = options.includeOnlineLink ? httpsLink(session.onlineMeetingUrl) : undefined;
  if (link) lines.push(`URL:${link}`);
  if (session.organiser && session.organiser.email) {
    lines.push(`ORGANIZER;CN=${parameterValue(session.organiser.name)}:mailto:${session.organiser.email.trim()}`);
  }
  lines.push(`STATUS:${session.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** File name for the download: ASCII only, so every browser and mail client keeps it. */
export function sessionIcsFileName(session: Session): string {
  return `training-${session.id}.ics`;
}
