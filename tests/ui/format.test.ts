import { dateFormat, format } from '../../src/ui/format';

describe('format', () => {
  test('fills numbered slots in any order and leaves unknown slots', () => {
    expect(format('{1} / {0} / {2}', 'a', 3)).toBe('3 / a / {2}');
  });

  test('dateFormat makes one formatter per locale and options, and formats in that language', () => {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'Europe/Helsinki' };
    expect(dateFormat('fi-FI', options)).toBe(dateFormat('fi-FI', { ...options }));
    expect(dateFormat('fi-FI', options)).not.toBe(dateFormat('sv-SE', options));
    const date = new Date('2026-03-15T12:00:00Z');
    expect(dateFormat('fi-FI', options).format(date)).toMatch(/maaliskuu/);
    expect(dateFormat('sv-SE', options).format(date)).toMatch(/mars/);
  });
});
