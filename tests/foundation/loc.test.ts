import * as fs from 'fs';
import * as path from 'path';
import { LOC_FOLDERS, LOCALES, readLoc } from '../../workbench/loc';

const root = path.resolve(__dirname, '../..');

/** Keys declared in the folder's mystrings.d.ts interface. */
function declaredKeys(folder: string): string[] {
  const source = fs.readFileSync(path.join(root, LOC_FOLDERS[folder], 'mystrings.d.ts'), 'utf8');
  const body = /declare interface \w+ \{([\s\S]*?)\n\}/.exec(source);
  if (!body) throw new Error(`no interface in ${folder}/mystrings.d.ts`);
  return Array.from(body[1].matchAll(/^\s*(\w+)\??:\s*string;/gm)).map((m) => m[1]).sort();
}

function placeholders(text: string): string[] {
  return Array.from(text.matchAll(/\{(\d+)\}/g)).map((m) => m[1]).sort();
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
});
