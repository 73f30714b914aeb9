/**
 * Jest globalSetup of the `browser` project: what every browser suite's workbench needs and that
 * takes most of its start — the page's script (development and production builds) and a freshly
 * provisioned, seeded demo site — is made once per run, not once per suite. Each suite still starts
 * its own workbench and browser (from this site, in memory) and stops them, so suites stay
 * independent and run alone or in any order. Without this setup (another jest config) a session
 * builds and seeds for itself.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleHarness } from '../../workbench/harness/build';
import { productionHarness } from '../../workbench/bench/browser';
import { startWorkbench } from '../../workbench/server';
import { filesDirOf, WORKBENCH_CACHE_ENV, WorkbenchCache, writeWorkbenchCache } from './workbenchCache';

export default async function browserSetup(): Promise<void> {
  const [harnessScript, productionScript] = await Promise.all([bundleHarness(), productionHarness()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ddh-browser-tests-'));
  // The seeded pictures are written to the cache folder, where every suite's workbench finds them.
  const workbench = await startWorkbench({ port: 0, log: () => undefined, harnessScript, filesDir: filesDirOf(dir) });
  let cache: Omit<WorkbenchCache, 'filesDir'>;
  try {
    cache = { state: workbench.emulator.snapshot(), harnessScript, productionScript };
  } finally {
    await workbench.close();
  }
  writeWorkbenchCache(dir, cache);
  // Workers start after this and inherit the environment.
  process.env[WORKBENCH_CACHE_ENV] = dir;
}
