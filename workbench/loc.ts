import * as fs from 'fs';
import * as path from 'path';

/** The languages the suite speaks, as SharePoint names its loc files. */
export const LOCALES = ['en-us', 'fi-fi', 'sv-se'] as const;
export type LocaleFile = (typeof LOCALES)[number];

/** Every folder of loc files: one per web part plus the shell's common strings. */
export const LOC_FOLDERS: Record<string, string> = {
  common: 'src/ui/loc',
  planSubmissions: 'src/webparts/planSubmissions/loc',
  practiceFeed: 'src/webparts/practiceFeed/loc',
  trainingRegistry: 'src/webparts/trainingRegistry/loc'
};

/**
 * Reads an AMD loc file (`define([], function () { return {…}; })`) the way SharePoint's
 * loader would, with a one-line `define` shim, so the files stay exactly what SPFx ships.
 */
export function readLocFile(file: string): Record<string, string> {
  const source = fs.readFileSync(file, 'utf8');
  let strings: Record<string, string> | undefined;
  const define = (_deps: string[], factory: () => Record<string, string>): void => {
    strings = factory();
  };
  // eslint-disable-next-line no-new-func
  new Function('define', source)(define);
  if (!strings) throw new Error(`${file} does not call define()`);
  return strings;
}

export function readLoc(root: string, folder: string, locale: LocaleFile): Record<string, string> {
  return readLocFile(path.join(root, LOC_FOLDERS[folder], `${locale}.js`));
}

/** BCP 47 tag for a loc file name: 'fi-fi' → 'fi-FI'. */
export function localeTag(locale: LocaleFile): string {
  const [language, region] = locale.split('-');
  return `${language}-${region.toUpperCase()}`;
}
