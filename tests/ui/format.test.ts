import { dateFormat, format, plural } from '../../src/ui/format';

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

describe('plural', () => {
  const strings = {
    Comments__one: '{0} comment',
    Comments__other: '{0} comments',
    Seats__one: '{0} seat free of {1}',
    Seats__other: '{0} seats free of {1}'
  };
  const fi = { Comments__one: '{0} kommentti', Comments__other: '{0} kommenttia' };

  test("picks the form by the language's plural rules", () => {
    expect(plural(strings, 'Comments', 'en-US', 1)).toBe('1 comment');
    expect(plural(strings, 'Comments', 'en-US', 0)).toBe('0 comments');
    expect(plural(strings, 'Comments', 'en-US', 2)).toBe('2 comments');
    expect(plural(fi, 'Comments', 'fi-FI', 1)).toBe('1 kommentti');
    expect(plural(fi, 'Comments', 'fi-FI', 0)).toBe('0 kommenttia');
    expect(plural(fi, 'Comments', 'fi-FI', 5)).toBe('5 kommenttia');
  });

  test('fills the slots with the values given, the count choosing the form', () => {
    expect(plural(strings, 'Seats', 'sv-SE', 1, 1, 40)).toBe('1 seat free of 40');
    expect(plural(strings, 'Seats', 'sv-SE', 3, 3, 40)).toBe('3 seats free of 40');
  });

  test('falls back to the other form for a category a language has no string for', () => {
    // Welsh has "two"; the strings only one and other.
    expect(plural(strings, 'Comments', 'cy', 2)).toBe('2 comments');
  });
});
