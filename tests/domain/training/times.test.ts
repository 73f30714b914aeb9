/**
 * Runs in the node environment on purpose: jsdom's environment may lack some Intl time zones.
 * The instants are chosen around the 2026 DST changes:
 *   US: 8 March and 1 November; EU: 29 March and 25 October; Australia (Canberra): 5 April and 4 October.
 */
import { formatSessionTime, formatUtcOffset, utcOffsetMinutes } from '../../../src/domain/training';

const TOKYO = 'Asia/Tokyo';
const NEW_YORK = 'America/New_York';
const CANBERRA = 'Australia/Canberra';
const HELSINKI = 'Europe/Helsinki';

function hours(start: string, end: string, zone: string): [string, string, number] {
  const line = formatSessionTime(new Date(start), new Date(end), { locale: 'fi-FI', viewerTimeZone: zone }).viewer;
  return [line.startTime, line.endTime, line.startOffsetMinutes];
}

describe('formatSessionTime across DST changes (fi-FI, 10.00–12.00 Helsinki time)', () => {
  const cases: Array<[string, string, string, string, Record<string, [string, string, number]>]> = [
    // label, start, end, Helsinki hours, viewer zone → [start, end, offset]
    [
      '5 Mar: all on winter/summer as in February',
      '2026-03-05T08:00:00Z',
      '2026-03-05T10:00:00Z',
      '10.00',
      {
        [NEW_YORK]: ['3.00', '5.00', -300],
        [TOKYO]: ['17.00', '19.00', 540],
        [CANBERRA]: ['19.00', '21.00', 660]
      }
    ],
    [
      '10 Mar: New York has moved to EDT, Helsinki not yet',
      '2026-03-10T08:00:00Z',
      '2026-03-10T10:00:00Z',
      '10.00',
      {
        [NEW_YORK]: ['4.00', '6.00', -240],
        [TOKYO]: ['17.00', '19.00', 540],
        [CANBERRA]: ['19.00', '21.00', 660]
      }
    ],
    [
      '30 Mar: Helsinki on EEST',
      '2026-03-30T07:00:00Z',
      '2026-03-30T09:00:00Z',
      '10.00',
      {
        [NEW_YORK]: ['3.00', '5.00', -240],
        [TOKYO]: ['16.00', '18.00', 540],
        [CANBERRA]: ['18.00', '20.00', 660]
      }
    ],
    [
      '6 Apr: Canberra back on AEST',
      '2026-04-06T07:00:00Z',
      '2026-04-06T09:00:00Z',
      '10.00',
      {
        [NEW_YORK]: ['3.00', '5.00', -240],
        [TOKYO]: ['16.00', '18.00', 540],
        [CANBERRA]: ['17.00', '19.00', 600]
      }
    ],
    [
      '5 Oct: Canberra on AEDT again, Helsinki still EEST',
      '2026-10-05T07:00:00Z',
      '2026-10-05T09:00:00Z',
      '10.00',
      {
        [NEW_YORK]: ['3.00', '5.00', -240],
        [TOKYO]: ['16.00', '18.00', 540],
        [CANBERRA]: ['18.00', '20.00', 660]
      }
    ],
    [
      '26 Oct: Helsinki back on EET, New York still EDT',
      '2026-10-26T08:00:00Z',
      '2026-10-26T10:00:00Z',
      '10.00',
      {
        [NEW_YORK]: ['4.00', '6.00', -240],
        [TOKYO]: ['17.00', '19.00', 540],
        [CANBERRA]: ['19.00', '21.00', 660]
      }
    ],
    [
      '2 Nov: New York back on EST',
      '2026-11-02T08:00:00Z',
      '2026-11-02T10:00:00Z',
      '10.00',
      {
        [NEW_YORK]: ['3.00', '5.00', -300],
        [TOKYO]: ['17.00', '19.00', 540],
        [CANBERRA]: ['19.00', '21.00', 660]
      }
    ]
  ];

  for (const [label, start, end, helsinkiStart, viewers] of cases) {
    it(label, () => {
      for (const zone of Object.keys(viewers)) {
        expect([zone, ...hours(start, end, zone)]).toEqual([zone, ...viewers[zone]]);
        const display = formatSessionTime(new Date(start), new Date(end), { locale: 'fi-FI', viewerTimeZone: zone });
        expect(display.helsinki).toBeDefined();
        expect(display.helsinki!.startTime).toBe(helsinkiStart);
        expect(display.helsinki!.endTime).toBe('12.00');
      }
    });
  }
});

describe('formatSessionTime lines', () => {
  it('omits the Helsinki line for a viewer in Helsinki or on the same offset', () => {
    const start = new Date('2026-03-10T08:00:00Z');
    const end = new Date('2026-03-10T10:00:00Z');
    const inHelsinki = formatSessionTime(start, end, { locale: 'fi-FI', viewerTimeZone: HELSINKI });
    expect(inHelsinki.helsinki).toBeUndefined();
    expect(inHelsinki.viewer.text).toBe('ti 10.3.2026 10.00–12.00 UTC+2');
    expect(formatSessionTime(start, end, { locale: 'fi-FI', viewerTimeZone: 'Europe/Tallinn' }).helsinki).toBeUndefined();
  });

  it('shows Helsinki for Istanbul in winter (UTC+3 vs EET) but not in summer (both UTC+3)', () => {
    const winter = formatSessionTime(new Date('2026-01-15T08:00:00Z'), new Date('2026-01-15T10:00:00Z'), {
      locale: 'fi-FI',
      viewerTimeZone: 'Europe/Istanbul'
    });
    expect(winter.viewer.startTime).toBe('11.00');
    expect(winter.helsinki!.startTime).toBe('10.00');
    const summer = formatSessionTime(new Date('2026-06-15T07:00:00Z'), new Date('2026-06-15T09:00:00Z'), {
      locale: 'fi-FI',
      viewerTimeZone: 'Europe/Istanbul'
    });
    expect(summer.viewer.startTime).toBe('10.00');
    expect(summer.helsinki).toBeUndefined();
  });

  it('shows both offsets for a session across the night Helsinki changes to summer time', () => {
    // 29 March 2026: 03.00 EET becomes 04.00 EEST at 01:00Z.
    const display = formatSessionTime(new Date('2026-03-29T00:30:00Z'), new Date('2026-03-29T02:30:00Z'), {
      locale: 'fi-FI',
      viewerTimeZone: HELSINKI
    });
    expect(display.viewer.startTime).toBe('2.30');
    expect(display.viewer.endTime).toBe('5.30');
    expect(display.viewer.startOffsetMinutes).toBe(120);
    expect(display.viewer.endOffsetMinutes).toBe(180);
    expect(display.viewer.text).toBe('su 29.3.2026 2.30 UTC+2 – 5.30 UTC+3');
  });

  it('shows the end date when the session crosses midnight for the viewer (Tokyo)', () => {
    const display = formatSessionTime(new Date('2026-03-10T13:00:00Z'), new Date('2026-03-10T15:00:00Z'), {
      locale: 'fi-FI',
      viewerTimeZone: TOKYO
    });
    expect(display.viewer.sameDay).toBe(false);
    expect(display.viewer.text).toBe('ti 10.3.2026 22.00 – ke 11.3.2026 0.00 UTC+9');
    expect(display.helsinki!.text).toBe('ti 10.3.2026 15.00–17.00 UTC+2');
  });

  it('writes times the way each locale does, with zone and offset', () => {
    const start = new Date('2026-10-26T08:00:00Z');
    const end = new Date('2026-10-26T10:00:00Z');
    const sv = formatSessionTime(start, end, { locale: 'sv-SE', viewerTimeZone: NEW_YORK });
    expect(sv.viewer.startTime).toBe('4:00');
    expect(sv.helsinki!.startTime).toBe('10:00');
    expect(sv.helsinki!.startZone).toMatch(/^(EET \(UTC\+2\)|GMT\+2|UTC\+2)$/);
    const enUs = formatSessionTime(start, end, { locale: 'en-US', viewerTimeZone: NEW_YORK });
    expect(enUs.viewer.startTime).toMatch(/^4:00\sAM$/);
    expect(enUs.viewer.endZone).toBe('EDT (UTC-4)');
    expect(enUs.helsinki!.startTime).toMatch(/^10:00\sAM$/);
    const enGb = formatSessionTime(start, end, { locale: 'en-GB', viewerTimeZone: CANBERRA });
    expect(enGb.viewer.startTime).toBe('19:00');
    expect(enGb.viewer.startDate).toBe('Mon, 26 Oct 2026');
    expect(enGb.viewer.startZone).toMatch(/UTC\+11|GMT\+11/);
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    const display = formatSessionTime(new Date('2026-03-10T08:00:00Z'), new Date('2026-03-10T10:00:00Z'), {
      locale: 'fi-FI',
      viewerTimeZone: 'Mars/Olympus_Mons'
    });
    expect(display.viewer.timeZone).toBe('UTC');
    expect(display.viewer.startTime).toBe('8.00');
    expect(display.helsinki!.startTime).toBe('10.00');
  });
});

describe('offsets', () => {
  it('computes minutes east of UTC, including half-hour zones', () => {
    expect(utcOffsetMinutes(new Date('2026-07-01T12:00:00Z'), HELSINKI)).toBe(180);
    expect(utcOffsetMinutes(new Date('2026-01-01T12:00:00Z'), HELSINKI)).toBe(120);
    expect(utcOffsetMinutes(new Date('2026-01-01T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(utcOffsetMinutes(new Date('2026-01-01T00:00:00Z'), 'America/New_York')).toBe(-300);
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(-240)).toBe('UTC-4');
    expect(formatUtcOffset(0)).toBe('UTC');
  });
});
