import * as path from 'path';
import { build } from 'esbuild';

/**
 * Bundles the harness page (and with it the three apps from src/) for the browser, in memory.
 * The apps are the same components the web parts render; only the host around them differs.
 */
export async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'index.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    sourcemap: 'inline',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}
