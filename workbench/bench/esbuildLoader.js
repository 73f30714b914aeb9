/**
 * A webpack loader that turns TypeScript into JavaScript with esbuild, for the bench's webpack
 * build of the workbench page (browser.ts, splitHarness). Written here because the SPFx toolchain
 * compiles with tsc into lib/ before webpack runs, and the bench must build from src/ in seconds;
 * esbuild is already a dependency, so no other loader is installed for ten lines.
 */
const { transform } = require('esbuild');

module.exports = function esbuildLoader(source) {
  const done = this.async();
  transform(source, {
    loader: this.resourcePath.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'esm',
    target: 'es2019',
    sourcefile: this.resourcePath
  }).then((result) => done(null, result.code), done);
};
