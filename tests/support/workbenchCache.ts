/**
 * The browser tests' shared start (see browserSetup.ts): the seeded demo site and the page's
 * scripts, in a temporary folder named by an environment variable that jest's workers inherit.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { EmulatorState } from '../../workbench/emulator';

export const WORKBENCH_CACHE_ENV = 'DDH_BROWSER_TEST_CACHE';

export interface WorkbenchCache {
  /** A freshly provisioned and seeded demo site (`emulator.snapshot()`). */
  state: EmulatorState;
  /** The workbench page's script (development build). */
  harnessScript: string;
  /** The same page as a minified production build (BrowserSessionOptions.harness 'production'). */
  productionScript: string;
  /** The seeded site's file contents (the demo posts' pictures): every suite's workbench reads them here. */
  filesDir: string;
}

const FILES = { state: 'state.json', harnessScript: 'harness.js', productionScript: 'harness.production.js' } as const;

/** Where a cache folder keeps the seeded site's file contents. */
export function filesDirOf(dir: string): string {
  return path.join(dir, 'files');
}

export function writeWorkbenchCache(dir: string, cache: Omit<WorkbenchCache, 'filesDir'>): void {
  fs.writeFileSync(path.join(dir, FILES.state), JSON.stringify(cache.state));
  fs.writeFileSync(path.join(dir, FILES.harnessScript), cache.harnessScript);
  fs.writeFileSync(path.join(dir, FILES.productionScript), cache.productionScript);
}

/** What browserSetup made for this run, or undefined when it did not run. */
export function readWorkbenchCache(): WorkbenchCache | undefined {
  const dir = process.env[WORKBENCH_CACHE_ENV];
  if (!dir || !fs.existsSync(path.join(dir, FILES.state))) return undefined;
  return {
    state: JSON.parse(fs.readFileSync(path.join(dir, FILES.state), 'utf8')) as EmulatorState,
    harnessScript: fs.readFileSync(path.join(dir, FILES.harnessScript), 'utf8'),
    productionScript: fs.readFileSync(path.join(dir, FILES.productionScript), 'utf8'),
    filesDir: filesDirOf(dir)
  };
}
