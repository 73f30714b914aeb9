/** @jest-environment node */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LISTS, SCHEMA_VERSION } from '../../src/lists/schema';
import { readSchemaVersion } from '../../src/lists/version';
import { HUB_SITE_PROPERTY } from '../../src/data/hubSite';
import { startWorkbench } from '../../workbench/server';
import { DEMO_ADMIN, loginOf } from '../../workbench/demo/people';

jest.setTimeout(60000);

function spAt(siteUrl: string, email: string) {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': loginOf(email) }));
}

describe('workbench server', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ddh-workbench-'));
  });
  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only, serves the page, and provisions a new site with the real code', async () => {
    const workbench = await startWorkbench({ port: 0, dataDir, log: () => undefined });
    try {
      expect(new URL(workbench.url).hostname).toBe('127.0.0.1');
      const page = await fetch(`${workbench.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/workbench/harness.js');
      const script = await fetch(`${workbench.url}/workbench/harness.js`);
      expect(script.status).toBe(200);
      expect(await readSchemaVersion(spAt(workbench.siteUrl, DEMO_ADMIN.email))).toBe(SCHEMA_VERSION);
      // No identity, no data: the emulator answers like SharePoint without a sign-in.
      expect((await fetch(`${workbench.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } })).status).toBe(401);
    } finally {
      await workbench.close();
    }
  });

  test("serves the bench's page in place of the harness until told to stop: the page's script first, which then asks for the web part's bundle", async () => {
    const workbench = await startWorkbench({ port: 0, log: () => undefined, harnessScript: 'the harness' });
    const text = async (route: string): Promise<[number, string]> => {
      const response = await fetch(`${workbench.url}${route}`);
      return [response.status, await response.text()];
    };
    try {
      workbench.bench({ page: { entry: 'the entry', page: 'the page', chunks: { 'chunk-ddh-x.js': 'a chunk' } } });
      const [, html] = await text('/?part=practiceFeed');
      const pageAt = html.indexOf('<script src="/workbench/page.js"></script>');
      expect(pageAt).toBeGreaterThan(0);
      // No <script src> for the entry in the markup (the preload scanner would fetch it at once): the page's loader adds it.
      expect(html).not.toContain('<script src="/workbench/harness.js">');
      expect(html.indexOf("src: '/workbench/harness.js'")).toBeGreaterThan(pageAt);
      expect(await text('/workbench/harness.js')).toEqual([200, 'the entry']);
      expect(await text('/workbench/page.js')).toEqual([200, 'the page']);
      expect(await text('/workbench/chunk-ddh-x.js')).toEqual([200, 'a chunk']);
      expect((await text('/workbench/chunk-ddh-y.js'))[0]).toBe(404);

      workbench.bench();
      expect(await text('/workbench/harness.js')).toEqual([200, 'the harness']);
      expect((await text('/workbench/page.js'))[0]).toBe(404);
      expect((await text('/'))[1]).toContain('<script src="/workbench/harness.js"></script>');
    } finally {
      await workbench.close();
    }
  });

  test("stands in for Graph's mail: a message sent as a demo person is in the recipient's inbox page, and the page carries strings and people inline", async () => {
    const workbench = await startWorkbench({ port: 0, log: () => undefined });
    try {
      const page = await (await fetch(`${workbench.url}/`)).text();
      const inline = /<script id="workbench-data" type="application\/json">([^<]*)<\/script>/.exec(page);
      const data = JSON.parse((inline as RegExpExecArray)[1]) as { loc: Record<string, unknown>; users: Array<{ loginName: string }> };
      expect(Object.keys(data.loc)).toEqual(expect.arrayContaining(['common', 'planSubmissions']));
      expect(data.users.some((u) => u.loginName === loginOf(DEMO_ADMIN.email))).toBe(true);

      const sent = await fetch(`${workbench.url}/v1.0/me/sendMail`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Emulator-User': loginOf(DEMO_ADMIN.email) },
        body: JSON.stringify({
          message: {
            subject: 'Seat <confirmed>',
            body: { contentType: 'Text', content: 'See you.' },
            toRecipients: [{ emailAddress: { address: 'aino.virtanen@formin.example' } }]
          }
        })
      });
      expect(sent.status).toBe(202);
      const inbox = await (await fetch(`${workbench.url}/workbench/inbox?user=aino.virtanen@formin.example`)).text();
      expect(inbox).toContain('Seat &lt;confirmed&gt;');
      expect(await (await fetch(`${workbench.url}/workbench/inbox.json?user=aino.virtanen@formin.example`)).json()).toHaveLength(1);
      expect((await fetch(`${workbench.url}/v1.0/me/sendMail`, { method: 'POST', body: '{}' })).status).toBe(401);
    } finally {
      await workbench.close();
    }
  });

  test("serves a tenant around the hub: a team site and the root site with no lists, the tenant property naming the hub, each host's page with its own site", async () => {
    const workbench = await startWorkbench({ port: 0, log: () => undefined });
    try {
      const staff = loginOf('sofia.jarvinen@formin.example');
      for (const siteUrl of [`${workbench.url}/sites/team`, workbench.url]) {
        const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': staff }));
        expect((await sp.web.getStorageEntity(HUB_SITE_PROPERTY)).Value).toBe(workbench.siteUrl);
        expect(await readSchemaVersion(sp)).toBe(0);
      }
      const teamPage = await (await fetch(`${workbench.url}/?host=teamTab`)).text();
      expect(teamPage).toContain(`data-host="teamTab" data-site-url="${workbench.url}/sites/team"`);
      const appPage = await (await fetch(`${workbench.url}/?host=personalApp`)).text();
      expect(appPage).toContain(`data-host="personalApp" data-site-url="${workbench.url}"`);
    } finally {
      await workbench.close();
    }
  });

  test('keeps its data across a restart, and --reset starts clean', async () => {
    const first = await startWorkbench({ port: 0, dataDir, log: () => undefined });
    const added = await spAt(first.siteUrl, DEMO_ADMIN.email)
      .web.lists.getByTitle(LISTS.settings.title)
      .items.add({ Title: 'RestartCheck', Value: 'kept' });
    await first.close();
    expect(fs.existsSync(path.join(dataDir, 'state.json'))).toBe(true);

    const second = await startWorkbench({ port: 0, dataDir, log: () => undefined });
    try {
      const row = await spAt(second.siteUrl, DEMO_ADMIN.email)
        .web.lists.getByTitle(LISTS.settings.title)
        .items.getById(added.Id)
        .select('Value')<{ Value: string }>();
      expect(row.Value).toBe('kept');
    } finally {
      await second.close();
    }

    const reset = await startWorkbench({ port: 0, dataDir, reset: true, log: () => undefined });
    try {
      const rows = await spAt(reset.siteUrl, DEMO_ADMIN.email)
        .web.lists.getByTitle(LISTS.settings.title)
        .items.filter("Title eq 'RestartCheck'")();
      expect(rows).toEqual([]);
    } finally {
      await reset.close();
    }
  });
});
