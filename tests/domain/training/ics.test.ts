import { escapeIcsText, foldIcsLine, sessionToIcs, sessionUid } from '../../../src/domain/training';
import { makeSession } from './fixtures';
import { HOSTILE_URLS } from '../../fixtures/hostile-urls';

const NOW = new Date('2026-02-20T09:15:30.123Z');

function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function field(ics: string, name: string): string | undefined {
  const line = unfold(ics).find((l) => l.startsWith(name + ':') || l.startsWith(name + ';'));
  return line === undefined ? undefined : line.slice(line.indexOf(':') + 1);
}

describe('sessionToIcs', () => {
  const session = makeSession({
    description: 'Rivi 1\nRivi 2; pilkku, kenoviiva \\ loppu',
    place: 'Merikasarmi, sali 3'
  });
  const ics = sessionToIcs(session, { siteHost: 'Contoso.SharePoint.com', now: NOW, includeOnlineLink: true, sequence: 2 });

  it('is a VCALENDAR with one VEVENT, CRLF line ends and a final CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Digital Diplomacy Hub//Training Registry//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH'
    ]);
  });

  it('has the event fields', () => {
    expect(field(ics, 'UID')).toBe('training-session-7@contoso.sharepoint.com');
    expect(field(ics, 'DTSTAMP')).toBe('20260220T091530Z');
    expect(field(ics, 'DTSTART')).toBe('20260310T080000Z');
    expect(field(ics, 'DTEND')).toBe('20260310T103000Z');
    expect(field(ics, 'SEQUENCE')).toBe('2');
    expect(field(ics, 'SUMMARY')).toBe('Sosiaalinen media kriisiviestinnässä');
    expect(field(ics, 'DESCRIPTION')).toBe('Rivi 1\\nRivi 2\\; pilkku\\, kenoviiva \\\\ loppu');
    expect(field(ics, 'LOCATION')).toBe('Merikasarmi\\, sali 3');
    expect(field(ics, 'URL')).toBe('https://teams.microsoft.com/l/meetup-join/abc');
    expect(field(ics, 'STATUS')).toBe('CONFIRMED');
    expect(unfold(ics)).toContain('ORGANIZER;CN=Henkilöstön kehittäminen:mailto:hal-10@example.fi');
  });

  it('keeps the UID stable and leaves the meeting link out unless the viewer is confirmed', () => {
    const other = sessionToIcs(session, {
      siteHost: 'https://contoso.sharepoint.com/sites/hub',
      now: new Date(),
      includeOnlineLink: false
    });
    expect(field(other, 'UID')).toBe(sessionUid(7, 'contoso.sharepoint.com'));
    expect(field(other, 'URL')).toBeUndefined();
    expect(other).not.toContain('teams.microsoft.com');
    expect(field(other, 'SEQUENCE')).toBe('0');
  });

  it('never writes a non-https link', () => {
    const bad = sessionToIcs(makeSession({ onlineMeetingUrl: 'javascript:alert(1)' }), {
      siteHost: 'contoso.sharepoint.com',
      now: NOW,
      includeOnlineLink: true
    });
    expect(field(bad, 'URL')).toBeUndefined();
  });

  it.each(HOSTILE_URLS.map((url) => [JSON.stringify(url), url]))('never writes the hostile link %s', (_name, url) => {
    const ics = sessionToIcs(makeSession({ onlineMeetingUrl: url }), {
      siteHost: 'contoso.sharepoint.com',
      now: NOW,
      includeOnlineLink: true
    });
    expect(field(ics, 'URL')).toBeUndefined();
  });

  it('writes the link as parsed, so a line break in it cannot add lines to the event', () => {
    const ics = sessionToIcs(makeSession({ onlineMeetingUrl: 'https://teams.example/j/1\r\nATTACH:https://evil.example/x\r\nX-A:' }), {
      siteHost: 'contoso.sharepoint.com',
      now: NOW,
      includeOnlineLink: true
    });
    expect(ics.split('\r\n').filter((line) => /^(ATTACH|X-A)[:;]/.test(line))).toEqual([]);
    expect(field(ics, 'URL')).toBe('https://teams.example/j/1ATTACH:https://evil.example/xX-A:');
  });

  it('says STATUS:CANCELLED for a cancelled session', () => {
    const cancelled = sessionToIcs(makeSession({ cancelled: true }), { siteHost: 'x.sharepoint.com', now: NOW, includeOnlineLink: false });
    expect(field(cancelled, 'STATUS')).toBe('CANCELLED');
  });

  it('folds long Finnish and Swedish text at 75 octets without splitting ä, ö or å', () => {
    const description =
      'Koulutuksessa käydään läpi sosiaalisen median käyttöä kriisiviestinnässä. ' +
      'Utbildningen går igenom hur sociala medier används i kriskommunikation för ambassaderna på två språk: ' +
      'äöå ÄÖÅ äöå ÄÖÅ äöå ÄÖÅ äöå ÄÖÅ äöå ÄÖÅ äöå ÄÖÅ äöå ÄÖÅ äöå ÄÖÅ äöå ÄÖÅ äöå ÄÖÅ 🇫🇮 loppu.';
    const long = sessionToIcs(makeSession({ description }), { siteHost: 'x.sharepoint.com', now: NOW, includeOnlineLink: false });
    const physical = long.split('\r\n').filter((l) => l !== '');
    for (const line of physical) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A split character would not survive the round trip through UTF-8.
      expect(bytes.toString('utf8')).toBe(line);
      expect(line).not.toMatch(/[\uD800-\uDFFF]/u);
    }
    const descriptionLines = physical.slice(physical.findIndex((l) => l.startsWith('DESCRIPTION:')));
    expect(descriptionLines.length).toBeGreaterThan(3);
    expect(field(long, 'DESCRIPTION')).toBe(escapeIcsText(description));
  });

  it('folds before a two-byte letter that would cross octet 75', () => {
    // "DESCRIPTION:" is 12 octets; 62 more make 74, and "ä" takes two.
    const line = 'DESCRIPTION:' + 'a'.repeat(62) + 'äbc';
    const folded = foldIcsLine(line).split('\r\n');
    expect(folded).toEqual(['DESCRIPTION:' + 'a'.repeat(62), ' äbc']);
    expect(Buffer.byteLength(folded[0])).toBe(74);
    // Exactly 75 ASCII octets fit on one line; the continuation's space counts.
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(
      foldIcsLine('x'.repeat(150))
        .split('\r\n')
        .map((l) => l.length)
    ).toEqual([75, 75, 2]);
  });

  it('escapes text values', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeIcsText('a\u0007b\tc')).toBe('ab\tc');
  });
});
