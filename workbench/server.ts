/**
 * The local workbench: one Node server on 127.0.0.1 that serves
 *   /                         the harness page (every web part's app, with user / language / theme switchers)
 *   /workbench/harness.js     the page's script, bundled from workbench/harness by esbuild at start
 *   /workbench/loc.json       every loc file, read with the AMD shim (the same files SPFx ships)
 *   /workbench/users.json     the demo people the user switcher offers
 *   /sites/hub/_api/…         the SharePoint emulator: the hub site, with the lists
 *   /sites/team/_api/…, /_api/…  a team's site (a Teams tab's page) and the root site (a Teams
 *                             personal app's page), with no lists; one tenant (emulator/tenant.ts)
 *                             whose property DigitalDiplomacyHubSiteUrl names the hub
 *   /?host=teamTab|personalApp  the page as a Teams tab on the team's site / as a personal app
 *   /sites/hub/<library>/<file>  a file by its own URL (a picture in a post, an item's attachment), to whoever may read it
 *   /v1.0/me, /v1.0/me/sendMail  Microsoft Graph's mail, stood in for (graph/mail.ts)
 *   /workbench/inbox?user=<e-mail>  what that person received (and inbox.json for tests)
 * Data persists in .workbench/state.json (git-ignored), file contents beside it in .workbench/files/
 * (emulator/file-store.ts: one file per content, named by its SHA-256). The first start provisions the lists with
 * the real provisioning code and seeds demo content, both through @pnp/sp over HTTP.
 *
 *   npm start                 start (or continue with the saved data)
 *   npm start -- --reset      start from a new, freshly seeded site
 *   npm start -- --port 4400  another port
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { directoryContentStore, Emulator, EmulatorState, memoryContentStore } from './emulator';
import { createTenant, Tenant } from './emulator/tenant';
import { HUB_SITE_PROPERTY } from '../src/data/hubSite';
import { bundleHarness } from './harness/build';
import { LOC_FOLDERS, LOCALES, readLoc } from './loc';
import { DEMO_ADMIN, DEMO_PEOPLE } from './demo/people';
import { seedDemo } from './demo/seed';
import { createMailStandIn, inboxPage, MailStandIn } from './graph/mail';

const root = path.resolve(__dirname, '..');

export interface WorkbenchOptions {
  port: number;
  /** Folder for state.json; none keeps everything in memory (tests). */
  dataDir?: string;
  reset?: boolean;
  /** Logs what the server does; tests pass a no-op. */
  log?: (line: string) => void;
  /** The emulator's clock (Created, Modified, digests); tests move it on instead of waiting. Defaults to the real time. */
  now?: () => Date;
  /**
   * Start from this site (an `emulator.snapshot()`) instead of provisioning and seeding a new one,
   * when there is no saved state: the browser tests seed once per run and start every suite from it.
   */
  state?: EmulatorState;
  /** The page's script, already built (`bundleHarness()`): saves the build at start. */
  harnessScript?: string;
  /**
   * A folder for file contents without a saved state (`dataDir` has its own): the browser tests'
   * seeded site keeps its pictures there, and every suite started from that site reads them.
   */
  filesDir?: string;
}

/**
 * The bench's page (workbench/bench/browser.ts): one web part's bundle as `gulp bundle` builds it,
 * served in place of the harness. `page`: the page's own script, asked for beside the entry (a
 * SharePoint page holds its runtime); `chunks`: the lazy chunks by file name (`chunk-….js`).
 */
export interface BenchPage {
  entry: string;
  page?: string;
  chunks?: Record<string, string>;
}

export interface Workbench {
  url: string;
  siteUrl: string;
  /** The emulator answering now (a getter: `restore` puts a new one in place). */
  readonly emulator: Emulator;
  /** The tenant: the hub (`emulator`), the team's site `/sites/team` and the root site `/`. */
  readonly tenant: Tenant;
  /** Microsoft Graph's mail as the workbench stands in for it: who received what (`/workbench/inbox?user=`). */
  readonly mail: MailStandIn;
  /**
   * The bench's set-up, until called again with nothing: its page instead of the harness, and a
   * wait before every answer (`delayMs`: the distance to the tenant; every request pays it, the
   * page, each script and each SharePoint call). Served here rather than by the browser's request
   * interception, which adds a few milliseconds to every request it sees.
   */
  bench(setup?: { page?: BenchPage; delayMs?: number }): void;
  /** Replaces the site with a snapshot (`emulator.snapshot()`), with no faults: tests reset data between cases. */
  restore(state: EmulatorState): void;
  close(): Promise<void>;
}

function readState(file: string | undefined): EmulatorState | undefined {
  if (!file || !fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as EmulatorState;
}

/** Writes atomically, so a crash mid-write never leaves half a file. */
function writeState(file: string, state: EmulatorState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}

async function toFetchRequest(req: http.IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body });
}

/** A served file's type by its extension, as SharePoint answers a file's URL (and never sniffed). */
function contentTypeOf(path: string): string {
  const types: Record<string, string> = {
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    gif: 'image/gif',
    webp: 'image/webp',
    pdf: 'application/pdf',
    txt: 'text/plain; charset=utf-8',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  };
  const extension = (/\.([a-z0-9]+)$/i.exec(path) || [])[1];
  return (extension && types[extension.toLowerCase()]) || 'application/octet-stream';
}

async function send(res: http.ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

function allLoc(): Record<string, Record<string, Record<string, string>>> {
  const result: Record<string, Record<string, Record<string, string>>> = {};
  for (const folder of Object.keys(LOC_FOLDERS)) {
    result[folder] = {};
    for (const locale of LOCALES) result[folder][locale] = readLoc(root, folder, locale);
  }
  return result;
}

/**
 * The page carries a request digest as a SharePoint page does (`legacyPageContext.formDigestValue`):
 * the SPFx behaviour of @pnp/sp takes it from there instead of asking `_api/contextinfo`.
 */
function page(siteUrl: string, digest: { value: string; timeoutSeconds: number } | undefined, host = 'hub', data?: unknown): string {
  // What a SharePoint page carries inline (its context) or loads beside the web part's bundle (its
  // strings) is inline here too, so that no extra round trip delays the first view. `<` is escaped
  // so that no text in it can end the script element.
  const inline =
    data === undefined
      ? ''
      : `<script id="workbench-data" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>\n`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Digital Diplomacy Hub — workbench</title>
<style>html,body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}</style>
</head>
<body>
<div id="workbench" data-host="${host}" data-site-url="${siteUrl}" data-form-digest="${digest?.value ?? ''}" data-form-digest-timeout="${digest?.timeoutSeconds ?? 0}"></div>
${inline}<script src="/workbench/harness.js"></script>
</body>
</html>`;
}

/** Where each host's page is: the hub's own page, a Teams tab on a team's site, a Teams personal app (the root site). */
const HOSTS: Record<string, string> = { hub: '/sites/hub', teamTab: '/sites/team', personalApp: '/' };

/**
 * The rest of the tenant around the hub: the demo people in its directory, members of a team's
 * site (with no lists) and readers of the root site, and the tenant property naming the hub, as
 * an administrator sets it (`m365 spo storageentity set`, README "Deploying"). These sites keep
 * nothing worth saving, so they start anew with the server.
 */
function seedTenant(tenant: Tenant, hubUrl: string): void {
  const team = tenant.addSite({ path: HOSTS.teamTab, title: 'Team', admin: DEMO_ADMIN });
  const root = tenant.addSite({ path: HOSTS.personalApp, title: 'Formin', admin: DEMO_ADMIN });
  for (const person of [DEMO_ADMIN, ...DEMO_PEOPLE]) {
    const { loginName } = tenant.addPerson(person);
    for (const [site, group] of [
      [team, 'Team Members'],
      [root, 'Formin Visitors']
    ] as const) {
      site.addUser({ loginName, email: person.email, title: person.title });
      site.addToGroup(group, loginName);
    }
  }
  tenant.setStorageEntity(HUB_SITE_PROPERTY, hubUrl, 'Digital Diplomacy Hub: the site that holds the lists');
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const log = options.log ?? ((line: string) => console.log(line));
  const stateFile = options.dataDir ? path.join(options.dataDir, 'state.json') : undefined;
  if (options.reset && stateFile && fs.existsSync(stateFile)) fs.rmSync(stateFile);
  // File contents live beside state.json, one file per content; --reset clears them with the state.
  const filesDir = options.dataDir ? path.join(options.dataDir, 'files') : options.filesDir;
  if (options.reset && filesDir) fs.rmSync(filesDir, { recursive: true, force: true });
  const contents = filesDir ? directoryContentStore(filesDir) : memoryContentStore();
  const saved = readState(stateFile) ?? options.state;

  const script = options.harnessScript ?? (await bundleHarness());
  let emulator: Emulator | undefined;
  // The tenant needs the port for its URLs, so it is made once the server listens.
  const made: { tenant?: Tenant } = {};
  let dirty = false;
  /** The demo people, as the page knows them (legacyPageContext.userId: their id, ensured like ensureUser). */
  const demoUsers = (): Array<{ loginName: string; id?: number; title: string; role: string }> =>
    [DEMO_ADMIN, ...DEMO_PEOPLE].map((p) => {
      const loginName = `i:0#.f|membership|${p.email}`;
      const id = emulator ? emulator.addUser({ loginName, email: p.email, title: p.title }).id : undefined;
      return { loginName, id, title: p.title, role: p.role };
    });

  // The signed-in person of a Graph call is the workbench's (a claims login ends with the e-mail).
  const mail = createMailStandIn((login) => {
    const email = login.split('|').pop() ?? login;
    const known = [DEMO_ADMIN, ...DEMO_PEOPLE].find((p) => p.email.toLowerCase() === email);
    return email.includes('@') ? { email, title: known ? known.title : email, loginName: login } : undefined;
  });

  let bench: { page?: BenchPage; delayMs?: number } = {};

  const server = http.createServer((req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const url = new URL(req.url ?? '/', origin);
    const route = url.pathname;
    const reply = async (): Promise<void> => {
      const { page: benchPage, delayMs } = bench;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const tenant = made.tenant;
      if (tenant && emulator && tenant.routes(route)) {
        const request = await toFetchRequest(req, origin);
        const response = await tenant.handle(request);
        if (request.method !== 'GET') dirty = true;
        return send(res, response);
      }
      // A file's own URL on the hub (a picture in a post): SharePoint serves it to whoever may read it.
      // Here it is the emulator's `$value` of the file, asked as the same person, so the same checks apply.
      if (
        tenant &&
        emulator &&
        req.method === 'GET' &&
        route.toLowerCase().startsWith(`${HOSTS.hub}/`) &&
        !/\/_(api|layouts|vti_bin)\//i.test(route)
      ) {
        const request = await toFetchRequest(req, origin);
        const decoded = decodeURIComponent(route);
        const quoted = (text: string): string => encodeURIComponent(text.replace(/'/g, "''"));
        // An item's attachment, `<list root>/Attachments/<item id>/<name>`, is read through its item.
        const attachment = /^(.*)\/Attachments\/(\d+)\/([^/]+)$/.exec(decoded);
        const api = attachment
          ? `${origin}${HOSTS.hub}/_api/web/getList('${quoted(attachment[1])}')/items(${attachment[2]})/AttachmentFiles('${quoted(attachment[3])}')/$value`
          : `${origin}${HOSTS.hub}/_api/web/getFileByServerRelativePath(decodedUrl='${quoted(decoded)}')/$value`;
        const response = await tenant.handle(new Request(api, { method: 'GET', headers: request.headers }));
        if (!response.ok) return send(res, response);
        res.writeHead(200, {
          'Content-Type': contentTypeOf(route),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, max-age=0',
          // What the browser may not show as a page of the site (an SVG's script would run on its origin) is only downloaded.
          ...(contentTypeOf(route) === 'application/octet-stream' ? { 'Content-Disposition': 'attachment' } : {})
        });
        return void res.end(Buffer.from(await response.arrayBuffer()));
      }
      // Microsoft Graph's mail, stood in for (workbench/graph/mail.ts), and each person's inbox.
      const graphAnswer = route.startsWith('/v1.0/') ? await mail.handle(await toFetchRequest(req, origin)) : undefined;
      if (graphAnswer) return send(res, graphAnswer);
      if (route === '/workbench/inbox' || route === '/workbench/inbox.json') {
        const email = (url.searchParams.get('user') ?? '').trim().toLowerCase();
        const received = mail.inbox(email);
        if (route.endsWith('.json')) {
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
          return void res.end(JSON.stringify(received));
        }
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        return void res.end(inboxPage(email, received));
      }
      if (route === '/' || route === '/index.html') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        // The page of the host's site carries that site's digest, as SharePoint's pages do.
        const host = HOSTS[url.searchParams.get('host') ?? ''] ? (url.searchParams.get('host') as string) : 'hub';
        const site = made.tenant?.site(HOSTS[host]);
        const html = page(`${origin}${HOSTS[host] === '/' ? '' : HOSTS[host]}`, site?.issueDigest(), host, {
          loc: allLoc(),
          users: demoUsers()
        });
        return void res.end(
          benchPage?.page
            ? html.replace(
                '<script src="/workbench/harness.js"></script>',
                // The page's runtime first; it then asks for the web part's bundle, as SharePoint's
                // page loads a web part once its own scripts have run (React is there before).
                '<script src="/workbench/page.js"></script>' +
                  "<script>document.body.appendChild(Object.assign(document.createElement('script'), { src: '/workbench/harness.js' }));</script>"
              )
            : html
        );
      }
      const benchScript =
        route === '/workbench/harness.js'
          ? (benchPage?.entry ?? script)
          : route === '/workbench/page.js'
            ? benchPage?.page
            : /^\/workbench\/chunk-[^/]+\.js$/.test(route)
              ? benchPage?.chunks?.[route.replace('/workbench/', '')]
              : undefined;
      if (benchScript !== undefined) {
        // The bench's page serves its scripts as a tenant serves a web part's bundle (a name with
        // its hash: a new version is a new name), kept by the browser, and the page's own scripts
        // the same way; each bench run uses browser profiles of its own (bench/browser.ts,
        // dailyVisitor). The workbench's own harness is rebuilt at every start: never kept.
        res.writeHead(200, {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Cache-Control': benchPage ? 'public, max-age=31536000, immutable' : 'no-cache'
        });
        return void res.end(benchScript);
      }
      if (route === '/workbench/loc.json') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        return void res.end(JSON.stringify(allLoc()));
      }
      if (route === '/workbench/users.json') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        return void res.end(JSON.stringify(demoUsers()));
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    };
    reply().catch((error) => {
      log(`workbench: ${String(error)}`);
      // A dropped connection injected by the emulator's faults looks like this to the browser.
      res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://127.0.0.1:${port}`;
  const siteUrl = `${url}/sites/hub`;

  const tenant = createTenant({ origin: url });
  made.tenant = tenant;
  emulator = tenant.addSite({ path: HOSTS.hub, state: saved, title: 'Hub', admin: DEMO_ADMIN, now: options.now, contents });
  seedTenant(tenant, siteUrl);
  if (!saved) {
    log('workbench: new site — provisioning lists and seeding demo content…');
    const report = await seedDemo(emulator, siteUrl);
    log(`workbench: ${report}`);
    dirty = true;
  } else {
    log(`workbench: continuing with ${stateFile ?? 'the given site'}`);
  }

  const save = (): void => {
    if (!dirty || !stateFile || !emulator) return;
    dirty = false;
    writeState(stateFile, emulator.snapshot());
  };
  save();
  const timer = setInterval(save, 1000);

  return {
    url,
    siteUrl,
    get emulator(): Emulator {
      return emulator as Emulator;
    },
    tenant,
    mail,
    bench(setup = {}): void {
      bench = setup;
    },
    restore(state: EmulatorState): void {
      emulator = tenant.addSite({ path: HOSTS.hub, state, title: 'Hub', admin: DEMO_ADMIN, now: options.now, contents });
      // A reset starts every inbox empty too.
      mail.clear();
      dirty = true;
    },
    close: async () => {
      clearInterval(timer);
      save();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 4321);
  startWorkbench({ port, dataDir: path.join(root, '.workbench'), reset: args.includes('--reset') }).then(
    (workbench) => {
      console.log(`Digital Diplomacy Hub workbench: ${workbench.url}/  (site ${workbench.siteUrl})`);
      const stop = (): void => {
        workbench.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}
