/** @jest-environment node */
/**
 * The workbench keeps file contents beside state.json (`<dataDir>/files/<sha256>`), not inside it:
 * a file uploaded over HTTP reads back byte for byte after a restart, and `--reset` clears them.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { startWorkbench } from '../../workbench/server';
import { DEMO_ADMIN, loginOf } from '../../workbench/demo/people';

jest.setTimeout(120000);

function spAt(siteUrl: string) {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': loginOf(DEMO_ADMIN.email) }));
}

describe('workbench file contents', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ddh-files-'));
  });
  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('a file survives a restart from .workbench/files, the state holds only its id, and reset clears it', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 256);
    const id = createHash('sha256').update(bytes).digest('hex');
    const first = await startWorkbench({ port: 0, dataDir, log: () => undefined });
    let fileUrl = '';
    try {
      const sp = spAt(first.siteUrl);
      await sp.web.lists.add('Test Pictures', '', 101);
      const added = await sp.web.lists.getByTitle('Test Pictures').rootFolder.files.addUsingPath('photo.bin', bytes);
      fileUrl = added.ServerRelativeUrl;
    } finally {
      await first.close();
    }
    expect(fs.readFileSync(path.join(dataDir, 'files', id)).equals(Buffer.from(bytes))).toBe(true);
    const state = fs.readFileSync(path.join(dataDir, 'state.json'), 'utf8');
    expect(state).toContain(id);
    expect(state).not.toContain(Buffer.from(bytes).toString('base64').slice(0, 64));

    const second = await startWorkbench({ port: 0, dataDir, log: () => undefined });
    try {
      const back = new Uint8Array(await spAt(second.siteUrl).web.getFileByServerRelativePath(fileUrl).getBuffer());
      expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      await second.close();
    }

    const reset = await startWorkbench({ port: 0, dataDir, reset: true, log: () => undefined });
    try {
      expect(fs.existsSync(path.join(dataDir, 'files', id))).toBe(false);
      await expect(spAt(reset.siteUrl).web.getFileByServerRelativePath(fileUrl)()).rejects.toMatchObject({ status: 404 });
    } finally {
      await reset.close();
    }
  });
});
