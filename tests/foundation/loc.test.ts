import * as fs from 'fs';
import * as path from 'path';
import { LOC_FOLDERS, LOCALES, localeTag, readLoc } from '../../workbench/loc';

const root = path.resolve(__dirname, '../..');

/** Keys declared in the folder's mystrings.d.ts interface. */
function declaredKeys(folder: string): string[] {
  const source = fs.readFileSync(path.join(root, LOC_FOLDERS[folder], 'mystrings.d.ts'), 'utf8');
  const body = /declare interface \w+ \{([\s\S]*?)\n\}/.exec(source);
  if (!body) throw new Error(`no interface in ${folder}/mystrings.d.ts`);
  return Array.from(body[1].matchAll(/^\s*(\w+)\??:\s*string;/gm))
    .map((m) => m[1])
    .sort();
}

/** A plural set's key: `LikeCount__one`, `LikeCount__other` (src/ui/format's `plural`). */
const PLURAL_KEY = /^(.+)__(zero|one|two|few|many|other)$/;

/** Strings where a count stands with a fixed limit (never 1), so one form serves: "{0} / {1} characters". */
const FIXED_LIMITS = new Set(['BackgroundCounter', 'Problem_tooLong']);

function placeholders(text: string): string[] {
  return Array.from(text.matchAll(/\{(\d+)\}/g))
    .map((m) => m[1])
    .sort();
}

describe.each(Object.keys(LOC_FOLDERS))('loc files of %s', (folder) => {
  const declared = declaredKeys(folder);

  test.each([...LOCALES])('%s has exactly the declared keys, each a non-empty string', (locale) => {
    const strings = readLoc(root, folder, locale);
    expect(Object.keys(strings).sort()).toEqual(declared);
    for (const key of declared) {
      expect(typeof strings[key]).toBe('string');
      expect(strings[key].trim()).not.toBe('');
    }
  });

  test('every language uses the same {n} placeholders in each string', () => {
    const english = readLoc(root, folder, 'en-us');
    for (const locale of LOCALES) {
      const strings = readLoc(root, folder, locale);
      for (const key of declared) {
        expect({ key, locale, slots: placeholders(strings[key]) }).toEqual({ key, locale, slots: placeholders(english[key]) });
      }
    }
  });

  test('Finnish and Swedish are translated, not copied from English', () => {
    const english = readLoc(root, folder, 'en-us');
    for (const locale of ['fi-fi', 'sv-se'] as const) {
      const strings = readLoc(root, folder, locale);
      const copied = declared.filter((key) => strings[key] === english[key] && /[a-z]{4,}/i.test(english[key]));
      expect({ locale, copied }).toEqual({ locale, copied: [] });
    }
  });

  test("plural sets are complete: each base has a string for every category of each language's plural rules, and no other", () => {
    for (const locale of LOCALES) {
      const strings = readLoc(root, folder, locale);
      const categories = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories.slice().sort();
      const sets = new Map<string, string[]>();
      for (const key of Object.keys(strings)) {
        const match = PLURAL_KEY.exec(key);
        if (match) sets.set(match[1], [...(sets.get(match[1]) ?? []), match[2]]);
      }
      for (const [base, found] of Array.from(sets.entries())) {
        expect({ locale, base, categories: found.sort() }).toEqual({ locale, base, categories });
        // A plural set replaces the single string: a leftover would be used by mistake.
        expect({ locale, base, single: base in strings }).toEqual({ locale, base, single: false });
      }
    }
  });

  test('a count shown with a noun comes as a plural set (no "1 comments")', () => {
    const english = readLoc(root, folder, 'en-us');
    const counted = /\{\d\}(?: \/ \{\d\})? (?:comments|likes|posts|plans|seats|characters|sessions|registrations|people|places)\b/;
    const single = Object.keys(english).filter((key) => !PLURAL_KEY.test(key) && !FIXED_LIMITS.has(key) && counted.test(english[key]));
    expect(single).toEqual([]);
  });
});
