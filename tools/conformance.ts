/**
 * `npm run conformance -- --site <url> [--token <t>] [--token2 <t>]`: runs the conformance suite
 * (tests/conformance) against a real SharePoint Online test site instead of the emulator, so the
 * emulator's rules can be checked where only a tenant can settle them (design: TENANT.md).
 *
 * Without `--token`, the site owner's token comes from CLI for Microsoft 365 (`m365 login` first):
 * `m365 util accesstoken get --resource <site origin> --new`. `--token2` (or CONFORMANCE_TOKEN_2)
 * is a second account's token for the role tests; without it they are skipped and say so.
 * Any other argument goes to jest (e.g. `-t 'ETag'`).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '..');

function usage(message: string): never {
  console.error(
    `${message}\n\nUsage: npm run conformance -- --site https://<tenant>.sharepoint.com/sites/<empty-test-site> [--token <owner token>] [--token2 <second account token>] [jest options]`
  );
  process.exit(2);
}

function parse(argv: string[]): { site?: string; token?: string; token2?: string; rest: string[] } {
  const result: { site?: string; token?: string; token2?: string; rest: string[] } = { rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) usage(`${name} needs a value`);
      return next;
    };
    if (name === '--site') result.site = value();
    else if (name === '--token') result.token = value();
    else if (name === '--token2') result.token2 = value();
    else result.rest.push(argv[i]);
  }
  return result;
}

/** The signed-in CLI for Microsoft 365 account's access token for the site's origin. */
function tokenFromCli(origin: string): string {
  const cli = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'm365.cmd' : 'm365');
  try {
    return execFileSync(cli, ['util', 'accesstoken', 'get', '--resource', origin, '--new', '--output', 'text'], {
      encoding: 'utf8',
      env: { ...process.env, CLIMICROSOFT365_NOUPDATE: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
      .trim()
      .replace(/^"|"$/g, '');
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr || String(error);
    return usage(`No --token given and CLI for Microsoft 365 gave none (run \`npx m365 login\` first):\n${detail.trim()}`);
  }
}

const args = parse(process.argv.slice(2));
if (!args.site) usage('--site is required (an empty, dedicated test site: provisioning creates the real lists there)');
let site: URL;
try {
  site = new URL(args.site);
} catch {
  usage(`--site is not a URL: ${args.site}`);
}
if (site.protocol !== 'https:') usage('--site must be an https:// SharePoint Online site');
const siteUrl = `${site.origin}${site.pathname.replace(/\/+$/, '')}`;
const token = args.token || process.env.CONFORMANCE_TOKEN || tokenFromCli(site.origin);
const token2 = args.token2 || process.env.CONFORMANCE_TOKEN_2;

console.log(`Conformance against ${siteUrl}${token2 ? ' (with a second account)' : ' (one account: role tests are skipped)'}`);
const started = Date.now();
const jest = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    'tests/conformance',
    '--runInBand',
    '--testTimeout',
    String(30 * 60000),
    ...args.rest
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CONFORMANCE_SITE: siteUrl, CONFORMANCE_TOKEN: token, ...(token2 ? { CONFORMANCE_TOKEN_2: token2 } : {}) }
  }
);
console.log(`Conformance run took ${Math.round((Date.now() - started) / 1000)} s: ${jest.status === 0 ? 'PASS' : 'FAIL'}`);
process.exit(jest.status ?? 1);
