/**
 * Bundle sizes: the project's `gulp bundle --ship` and a hello-world React web part built in the
 * same run, measured as gzip -9 of each web part's entry chunk (what SharePoint loads for the first
 * view) and of the entry plus every lazy chunk its webpack runtime can load.
 *
 * Both builds run in temporary copies (sources, config, gulpfile; node_modules symlinked), so the
 * bench never cleans or rewrites dist/, lib/ or release/ of the working tree under someone's feet.
 * Lint is switched off in those copies: it does not change a byte of output and takes a third of
 * the build. A fresh release/assets of the working tree (newer than src/, config/ and the lock
 * file) is reused instead of building the project again.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { HELLO_BUNDLE, HELLO_FILES } from './hello';

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

/** What opening one lazy view loads: the chunks of one `import()` beyond what was already loaded. */
export interface LazyView {
  /** The named chunk of the import (webpackChunkName), or the chunk ids when none is named. */
  name: string;
  /** The view it is opened from: undefined for the first view. */
  from?: string;
  chunks: string[];
  /** gzip bytes of those chunks. */
  gzip: number;
}

export interface BundleSizes {
  bundle: string;
  entry: ChunkSize;
  lazy: ChunkSize[];
  /** Each `import()` site of the entry (and of the chunks it loads), with what it loads more. */
  views: LazyView[];
  /** Entry plus every lazy chunk, gzip bytes. */
  totalGzip: number;
  totalRaw: number;
}

export interface SizeReport {
  /** Per bundle name of config/config.json; undefined when the project did not build. */
  project?: Record<string, BundleSizes>;
  hello?: BundleSizes;
  projectSource: string;
  errors: string[];
  seconds: number;
}

const PROJECT_FILES = ['config', 'src', 'gulpfile.js', 'tsconfig.json', 'package.json', '.eslintrc.js'];

export function gzipSize(buffer: Buffer): number {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

function sizeOf(folder: string, file: string): ChunkSize {
  const buffer = fs.readFileSync(path.join(folder, file));
  return { file, raw: buffer.length, gzip: gzipSize(buffer) };
}

/** Entry chunk `<bundle>_<hash>.js` and the lazy `chunk.<id>_<hash>.js` files its runtime names. */
export function measureBundles(assets: string, bundles: string[]): Record<string, BundleSizes> {
  const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  const chunks = files.filter((f) => f.startsWith('chunk.'));
  const result: Record<string, BundleSizes> = {};
  for (const bundle of bundles) {
    const entryFile = files.find((f) => new RegExp(`^${bundle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(_[0-9a-f]+)?\\.js$`).test(f));
    if (!entryFile) throw new Error(`No entry chunk for bundle '${bundle}' in ${assets}.`);
    const entryText = fs.readFileSync(path.join(assets, entryFile), 'utf8');
    // The runtime's chunk-file map carries each lazy chunk's content hash (or its whole name).
    const lazy = chunks
      .filter((chunk) => {
        const hash = /_([0-9a-f]{8,})\.js$/.exec(chunk);
        return hash ? entryText.includes(hash[1]) : entryText.includes(chunk);
      })
      .map((chunk) => sizeOf(assets, chunk));
    const entry = sizeOf(assets, entryFile);
    result[bundle] = {
      bundle,
      entry,
      lazy,
      views: lazyViews(assets, entryFile, lazy),
      totalGzip: entry.gzip + lazy.reduce((n, c) => n + c.gzip, 0),
      totalRaw: entry.raw + lazy.reduce((n, c) => n + c.raw, 0)
    };
  }
  return result;
}

/**
 * The `import()` sites of a webpack 5 runtime: `Promise.all([r.e(958),r.e(27)])` or `r.e(100)`,
 * chunk ids the runtime names by its `"chunk."+({27:"ddh-provision",…}[e]||e)+"_"+hash` map. A
 * view's extra load is its group's chunks; an import inside a lazy chunk (a view opened from
 * another) counts only the chunks its parent did not load already.
 */
export function lazyViews(assets: string, entryFile: string, lazy: ChunkSize[]): LazyView[] {
  const entryText = fs.readFileSync(path.join(assets, entryFile), 'utf8');
  const names = new Map<string, string>();
  const nameMap = /"chunk\."\+\(\{([^}]*)\}\[\w+\]\|\|\w+\)/.exec(entryText);
  if (nameMap) for (const m of nameMap[1].matchAll(/(\d+):"([^"]+)"/g)) names.set(m[1], m[2]);
  const fileOf = (id: string): ChunkSize | undefined => lazy.find((c) => c.file.startsWith(`chunk.${names.get(id) ?? id}_`));
  const groupsIn = (text: string): string[][] => {
    const groups: string[][] = [];
    const all = /Promise\.all\(\[((?:[\w$]+\.e\(\d+\),?)+)\]\)/g;
    let rest = text;
    for (const m of text.matchAll(all)) groups.push([...m[1].matchAll(/\.e\((\d+)\)/g)].map((x) => x[1]));
    rest = text.replace(all, '');
    for (const m of rest.matchAll(/[\w$]+\.e\((\d+)\)/g)) groups.push([m[1]]);
    return groups;
  };
  const views: LazyView[] = [];
  const seen = new Set<string>();
  const visit = (text: string, from: LazyView | undefined, depth: number): void => {
    for (const group of groupsIn(text)) {
      const files = group.map(fileOf).filter((c): c is ChunkSize => !!c);
      const named = group.map((id) => names.get(id)).filter((n): n is string => !!n);
      const name = named.length ? named.join(' + ') : group.join(' + ');
      const key = `${from?.name ?? ''}>${name}`;
      if (!files.length || seen.has(key)) continue;
      seen.add(key);
      const extra = files.filter((c) => !from || from.chunks.indexOf(c.file) < 0);
      const view: LazyView = { name, from: from?.name, chunks: extra.map((c) => c.file), gzip: extra.reduce((n, c) => n + c.gzip, 0) };
      views.push(view);
      if (depth < 3)
        for (const c of files)
          visit(
            fs.readFileSync(path.join(assets, c.file), 'utf8'),
            { ...view, chunks: [...(from?.chunks ?? []), ...files.map((f) => f.file)] },
            depth + 1
          );
    }
  };
  visit(entryText, undefined, 0);
  return views;
}

export function bundleNames(configJson: string): string[] {
  return Object.keys((JSON.parse(configJson) as { bundles: Record<string, unknown> }).bundles);
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** release/assets of the working tree, if it was built after the last change to what goes into it. */
function freshAssets(root: string, bundles: string[]): string | undefined {
  const assets = path.join(root, 'release', 'assets');
  if (!fs.existsSync(assets)) return undefined;
  const files = fs.readdirSync(assets);
  if (!bundles.every((b) => files.some((f) => f.startsWith(`${b}_`) && f.endsWith('.js')))) return undefined;
  const built = Math.min(...files.filter((f) => f.endsWith('.js')).map((f) => fs.statSync(path.join(assets, f)).mtimeMs));
  const inputs = Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'config')),
    newestMtime(path.join(root, 'package-lock.json')),
    newestMtime(path.join(root, 'gulpfile.js'))
  );
  return built > inputs ? assets : undefined;
}

function copyProject(root: string, target: string, files: string[]): void {
  fs.mkdirSync(target, { recursive: true });
  for (const name of files) {
    const from = path.join(root, name);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, name), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  // Same build as the project's, without lint (no effect on the output).
  const gulpfile = path.join(target, 'gulpfile.js');
  const text = fs.readFileSync(gulpfile, 'utf8');
  fs.writeFileSync(gulpfile, text.replace(/build\.initialize\(/, 'build.lintCmd.enabled = false;\nbuild.initialize('));
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d) => {
      output += String(d);
    });
    child.stderr.on('data', (d) => {
      output += String(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
  });
}

async function gulpBundle(dir: string, root: string): Promise<{ ok: boolean; errors: string[] }> {
  const gulp = path.join(root, 'node_modules', 'gulp', 'bin', 'gulp.js');
  const { code, output } = await run(process.execPath, [gulp, 'bundle', '--ship'], dir);
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const errors = plain
    .split('\n')
    .filter((l) => /Error -|error TS|ERROR in/.test(l))
    .slice(0, 8)
    .map((l) => l.trim());
  return {
    ok: code === 0 && fs.existsSync(path.join(dir, 'release', 'assets')),
    errors: code === 0 ? [] : errors.length ? errors : [plain.slice(-600)]
  };
}

/** Extracts src/ (and the build files) of a git ref instead of the working tree. */
async function exportGitRef(root: string, ref: string, target: string): Promise<void> {
  fs.mkdirSync(target, { recursive: true });
  const archive = path.join(target, '..', 'ref.tar');
  const { code, output } = await run(
    'git',
    ['archive', '-o', archive, ref, ...PROJECT_FILES.filter((f) => fs.existsSync(path.join(root, f)))],
    root
  );
  if (code !== 0) throw new Error(`git archive ${ref}: ${output}`);
  const untar = await run('tar', ['-xf', archive, '-C', target], root);
  if (untar.code !== 0) throw new Error(`tar: ${untar.output}`);
}

export async function measureSizes(
  root: string,
  options: { gitRef?: string; forceBuild?: boolean; skipHello?: boolean; keepBuild?: boolean; log(line: string): void }
): Promise<SizeReport> {
  const started = Date.now();
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ddh-bench-'));
  const errors: string[] = [];
  const bundles = bundleNames(fs.readFileSync(path.join(root, 'config', 'config.json'), 'utf8'));
  try {
    // Hello world: the project's config and packages, one web part.
    const helloDir = path.join(temp, 'hello');
    copyProject(root, helloDir, ['config', 'gulpfile.js', 'tsconfig.json', 'package.json', '.eslintrc.js']);
    for (const [file, text] of Object.entries(HELLO_FILES)) {
      fs.mkdirSync(path.dirname(path.join(helloDir, file)), { recursive: true });
      fs.writeFileSync(path.join(helloDir, file), text);
    }
    const hello = options.skipHello ? Promise.resolve(undefined) : gulpBundle(helloDir, root);

    let projectSource: string;
    let project: Promise<Record<string, BundleSizes> | undefined>;
    const reuse = !options.gitRef && !options.forceBuild ? freshAssets(root, bundles) : undefined;
    if (reuse) {
      projectSource = 'release/assets of the working tree (built after the last change)';
      project = Promise.resolve(measureBundles(reuse, bundles));
    } else {
      const appDir = path.join(temp, 'app');
      if (options.gitRef) {
        await exportGitRef(root, options.gitRef, appDir);
        fs.symlinkSync(path.join(root, 'node_modules'), path.join(appDir, 'node_modules'), 'dir');
        const gulpfile = path.join(appDir, 'gulpfile.js');
        fs.writeFileSync(
          gulpfile,
          fs.readFileSync(gulpfile, 'utf8').replace(/build\.initialize\(/, 'build.lintCmd.enabled = false;\nbuild.initialize(')
        );
        projectSource = `git ${options.gitRef}, gulp bundle --ship in a temporary copy`;
      } else {
        copyProject(root, appDir, PROJECT_FILES);
        projectSource = 'working tree, gulp bundle --ship in a temporary copy';
      }
      options.log(`sizes: building the project and the hello-world baseline (${path.relative(os.tmpdir(), temp)})…`);
      project = gulpBundle(appDir, root).then((built) => {
        if (!built.ok) {
          errors.push('project build failed:', ...built.errors);
          return undefined;
        }
        return measureBundles(path.join(appDir, 'release', 'assets'), bundles);
      });
    }
    const [projectSizes, helloBuilt] = await Promise.all([project, hello]);
    let helloSizes: BundleSizes | undefined;
    if (!helloBuilt) helloSizes = undefined;
    else if (helloBuilt.ok) helloSizes = measureBundles(path.join(helloDir, 'release', 'assets'), [HELLO_BUNDLE])[HELLO_BUNDLE];
    else errors.push('hello-world build failed:', ...helloBuilt.errors);
    return { project: projectSizes, hello: helloSizes, projectSource, errors, seconds: (Date.now() - started) / 1000 };
  } finally {
    if (options.keepBuild) options.log(`sizes: build kept in ${temp}`);
    else fs.rmSync(temp, { recursive: true, force: true });
  }
}
