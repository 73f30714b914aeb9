/** Jest globalTeardown of the `browser` project: removes what browserSetup made. */
import * as fs from 'fs';
import { WORKBENCH_CACHE_ENV } from './workbenchCache';

export default async function browserTeardown(): Promise<void> {
  const dir = process.env[WORKBENCH_CACHE_ENV];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  delete process.env[WORKBENCH_CACHE_ENV];
}
