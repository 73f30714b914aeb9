/** @jest-environment node */
/**
 * Files in document libraries through the real @pnp/sp: binary round trips, folders, chunked
 * upload, item-level permissions on files, SharePoint's name and size refusals, and contents kept
 * in the content store beside the state (a snapshot holds ids, not bytes).
 */
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/security/item';
import { createEmulator, memoryContentStore } from '../../workbench/emulator';
import { createTestSite, spError } from '../support/sp';

const READ = 1073741826;
const CONTRIBUTE = 1073741827;

/** A 1×1 PNG (red pixel): a real image's bytes, including the zero bytes and high bytes text would mangle. */
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64')
);

const allBytes = (): Uint8Array => Uint8Array.from({ length: 256 }, (_, i) => i);

describe('files in document libraries', () => {
  const contents = memoryContentStore();
  const site = createTestSite({ contents, limits: { requestBytes: 3 * 1024 * 1024, fileBytes: 8 * 1024 * 1024 } });
  const sp = site.spAs(site.adminLogin);
  const member = site.addUser('anna.virtanen@contoso.onmicrosoft.com', 'Anna Virtanen', 'Hub Members');
  const visitor = site.addUser('erik.lund@contoso.onmicrosoft.com', 'Erik Lund', 'Hub Visitors');
  const asMember = site.spAs(member.loginName);
  const asVisitor = site.spAs(visitor.loginName);
  const sitePath = new URL(site.siteUrl).pathname;
  const root = `${sitePath}/Pictures`;
  const library = sp.web.lists.getByTitle('Pictures');

  beforeAll(async () => {
    await sp.web.lists.add('Pictures', 'Post pictures', 101);
  });

  test('a library (template 101) lives at the web root and says so', async () => {
    const info = await library.select('BaseTemplate', 'BaseType', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(info).toMatchObject({ BaseTemplate: 101, BaseType: 1, RootFolder: { ServerRelativeUrl: root } });
    expect((await sp.web.getFolderByServerRelativePath(root)()).Name).toBe('Pictures');
  });

  test('every byte value and a PNG round-trip unchanged; $value answers the type by extension', async () => {
    const added = await library.rootFolder.files.addUsingPath('bytes.bin', allBytes());
    expect(added).toMatchObject({ Name: 'bytes.bin', ServerRelativeUrl: `${root}/bytes.bin`, Length: '256', Exists: true });
    expect(added.UniqueId).toMatch(/^[0-9a-f-]{36}$/);
    expect(added.ETag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    const back = new Uint8Array(await sp.web.getFileByServerRelativePath(`${root}/bytes.bin`).getBuffer());
    expect(Array.from(back)).toEqual(Array.from(allBytes()));

    await library.rootFolder.files.addUsingPath('pixel.png', PNG);
    const png = new Uint8Array(await library.rootFolder.files.getByUrl('pixel.png').getBuffer());
    expect(Buffer.from(png).equals(Buffer.from(PNG))).toBe(true);
    const response = await site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/getFileByServerRelativePath(decodedUrl='${root}/pixel.png')/$value`, {
        headers: { 'X-Emulator-User': site.adminLogin }
      })
    );
    expect(response.headers.get('Content-Type')).toBe('image/png');

    await library.rootFolder.files.addUsingPath('note.txt', 'Hyvää päivää, ÅÄÖ ✓');
    expect(await sp.web.getFileByServerRelativePath(`${root}/note.txt`).getText()).toBe('Hyvää päivää, ÅÄÖ ✓');
  });

  test('a name that exists is refused unless Overwrite, which makes a new version', async () => {
    await library.rootFolder.files.addUsingPath('report.txt', 'one');
    const again = await spError(library.rootFolder.files.addUsingPath('report.txt', 'two'));
    expect(again.code).toBe('-2130575257, Microsoft.SharePoint.SPException');
    expect(again.message).toBe(`A file with the name ${root}/report.txt already exists.`);
    const replaced = await library.rootFolder.files.addUsingPath('REPORT.txt', 'two!', { Overwrite: true });
    expect(replaced).toMatchObject({ Name: 'report.txt', Length: '4', UIVersionLabel: '2.0' });
    expect(await library.rootFolder.files.getByUrl('report.txt').getText()).toBe('two!');
  });

  test('folders hold files; a file is its library item (FileLeafRef, FileRef) and leaves with its folder', async () => {
    await library.rootFolder.folders.addUsingPath('embassy-helsinki');
    const folder = sp.web.getFolderByServerRelativePath(`${root}/embassy-helsinki`);
    await folder.files.addUsingPath('banner.png', PNG);
    expect((await folder.files()).map((f: { Name: string }) => f.Name)).toEqual(['banner.png']);
    const item = await folder.files.getByUrl('banner.png').listItemAllFields.select('Id', 'FileLeafRef', 'FileRef', 'FSObjType')();
    expect(item).toMatchObject({ FileLeafRef: 'banner.png', FileRef: `${root}/embassy-helsinki/banner.png`, FSObjType: '0' });
    const rows = await library.items.select('FileLeafRef').filter(`Id eq ${item.Id}`)();
    expect(rows[0].FileLeafRef).toBe('banner.png');
    await folder.delete();
    expect((await spError(sp.web.getFileByServerRelativePath(`${root}/embassy-helsinki/banner.png`)())).status).toBe(404);
  });

  test('a reader reads, a reader cannot add (403); a member adds and deletes', async () => {
    await library.rootFolder.files.addUsingPath('public.txt', 'for all');
    expect(await asVisitor.web.getFileByServerRelativePath(`${root}/public.txt`).getText()).toBe('for all');
    const refused = await spError(asVisitor.web.lists.getByTitle('Pictures').rootFolder.files.addUsingPath('mine.txt', 'x'));
    expect(refused.status).toBe(403);
    expect(refused.code).toContain('UnauthorizedAccessException');
    const overwrite = await spError(
      asVisitor.web.lists.getByTitle('Pictures').rootFolder.files.addUsingPath('public.txt', 'x', { Overwrite: true })
    );
    expect(overwrite.status).toBe(403);
    await asMember.web.lists.getByTitle('Pictures').rootFolder.files.addUsingPath('member.txt', 'by Anna');
    await asMember.web.getFileByServerRelativePath(`${root}/member.txt`).delete();
    expect((await spError(sp.web.getFileByServerRelativePath(`${root}/member.txt`)())).status).toBe(404);
  });

  test('unique permissions on a folder govern its files: hidden from others, added by the one granted', async () => {
    await library.rootFolder.folders.addUsingPath('restricted');
    const folderItem = await sp.web.getFolderByServerRelativePath(`${root}/restricted`).getItem();
    await folderItem.breakRoleInheritance(false, true);
    await folderItem.roleAssignments.add(visitor.id, CONTRIBUTE);
    await sp.web.getFolderByServerRelativePath(`${root}/restricted`).files.addUsingPath('secret.txt', 'eyes only');
    expect((await spError(asMember.web.getFileByServerRelativePath(`${root}/restricted/secret.txt`).getText())).status).toBe(404);
    const memberAdd = await spError(asMember.web.lists.getByTitle('Pictures').rootFolder.files.addUsingPath('restricted/try.txt', 'x'));
    expect([403, 404]).toContain(memberAdd.status);
    expect(await asVisitor.web.getFileByServerRelativePath(`${root}/restricted/secret.txt`).getText()).toBe('eyes only');
    await asVisitor.web.getFolderByServerRelativePath(`${root}/restricted`).files.addUsingPath('visitor.txt', 'allowed here');
    const names = (await asVisitor.web.getFolderByServerRelativePath(`${root}/restricted`).files()).map((f: { Name: string }) => f.Name);
    expect(names).toEqual(['secret.txt', 'visitor.txt']);
    await folderItem.roleAssignments.add(member.id, READ);
    expect(await asMember.web.getFileByServerRelativePath(`${root}/restricted/secret.txt`).getText()).toBe('eyes only');
  });

  test("permissions broken on a file's own item hide it from readers; getItem reaches the library item", async () => {
    await library.rootFolder.files.addUsingPath('draft.txt', 'not yet');
    const fileItem = await sp.web.getFileByServerRelativePath(`${root}/draft.txt`).getItem('Id', 'FileLeafRef');
    expect((fileItem as unknown as { FileLeafRef: string }).FileLeafRef).toBe('draft.txt');
    expect(await asVisitor.web.getFileByServerRelativePath(`${root}/draft.txt`).getText()).toBe('not yet');
    await fileItem.breakRoleInheritance(false, true);
    expect((await spError(asVisitor.web.getFileByServerRelativePath(`${root}/draft.txt`).getText())).status).toBe(404);
    expect((await asVisitor.web.lists.getByTitle('Pictures').rootFolder.files()).map((f: { Name: string }) => f.Name)).not.toContain(
      'draft.txt'
    );
    await fileItem.roleAssignments.add(member.id, CONTRIBUTE);
    await asMember.web.lists.getByTitle('Pictures').rootFolder.files.addUsingPath('draft.txt', 'edited by Anna', { Overwrite: true });
    expect(await sp.web.getFileByServerRelativePath(`${root}/draft.txt`).getText()).toBe('edited by Anna');
  });

  test.each([
    'a:b.png',
    'what?.txt',
    'pipe|.txt',
    'star*.txt',
    'quote".txt',
    'lt<.txt',
    ' leading.txt',
    'trailing.txt ',
    'tab\t.txt',
    'CON',
    'aux',
    'com1',
    'LPT9',
    '.lock',
    'desktop.ini',
    'my_vti_file.txt',
    '~$draft.docx'
  ])('SharePoint refuses the name %j', async (name) => {
    const refused = await spError(library.rootFolder.files.addUsingPath(name, 'x'));
    expect(refused.status).toBe(400);
    expect(refused.code).toBe('-2130575245, Microsoft.SharePoint.SPException');
    expect(refused.message).toContain('not permitted');
  });

  test('a path longer than 400 characters is refused; names with # and % are kept', async () => {
    const long = `${'a'.repeat(400 - root.length - 5)}.txt`;
    expect(`${root}/${long}`.length).toBe(400);
    await library.rootFolder.files.addUsingPath(long, 'fits');
    const refused = await spError(library.rootFolder.files.addUsingPath(`b${long}`, 'too long'));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain('400 characters or less');
    await library.rootFolder.files.addUsingPath('50% #1.txt', 'odd name');
    expect(await sp.web.getFileByServerRelativePath(`${root}/50% #1.txt`).getText()).toBe('odd name');
  });

  test('a single request over the request limit is refused; chunked upload carries a few MB intact', async () => {
    const big = Uint8Array.from({ length: 5 * 1024 * 1024 + 123 }, (_, i) => (i * 7919) % 251);
    const tooBig = await spError(library.rootFolder.files.addUsingPath('big.bin', big));
    expect(tooBig.status).toBe(400);
    expect(tooBig.message).toContain('The request message is too big');
    const stages: string[] = [];
    await library.rootFolder.files.addChunked('big.bin', new Blob([big]), {
      chunkSize: 1024 * 1024,
      progress: (p) => stages.push(p.stage)
    });
    expect(stages.filter((s) => s === 'continue').length).toBe(4);
    const file = await library.rootFolder.files.getByUrl('big.bin')();
    expect(file.Length).toBe(String(big.length));
    const back = new Uint8Array(await library.rootFolder.files.getByUrl('big.bin').getBuffer());
    expect(back.length).toBe(big.length);
    expect(Buffer.from(back).equals(Buffer.from(big))).toBe(true);
  });

  test('a file over the file size limit is refused, even in chunks; a wrong offset is refused', async () => {
    const tooLarge = new Uint8Array(9 * 1024 * 1024);
    const refused = await spError(library.rootFolder.files.addChunked('huge.bin', new Blob([tooLarge]), { chunkSize: 2 * 1024 * 1024 }));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain('too large');
    await library.rootFolder.files.addUsingPath('offset.bin', '');
    const file = library.rootFolder.files.getByUrl('offset.bin');
    const uploadId = '0f0e0d0c-0b0a-4909-8807-060504030201';
    await site.emulator.handle(
      new Request(
        `${site.siteUrl}/_api/web/getFileByServerRelativePath(decodedUrl='${root}/offset.bin')/startUpload(uploadId=guid'${uploadId}')`,
        { method: 'POST', headers: { 'X-Emulator-User': site.adminLogin }, body: new Uint8Array(10) }
      )
    );
    const wrong = await site.emulator.handle(
      new Request(
        `${site.siteUrl}/_api/web/getFileByServerRelativePath(decodedUrl='${root}/offset.bin')/continueUpload(uploadId=guid'${uploadId}',fileOffset=5)`,
        { method: 'POST', headers: { 'X-Emulator-User': site.adminLogin }, body: new Uint8Array(10) }
      )
    );
    expect(wrong.status).toBe(400);
    expect((await file()).Length).toBe('0');
  });

  test('a generic list does not take files; a library does not take items without a file', async () => {
    await sp.web.lists.add('Notes', '', 100);
    const refused = await spError(sp.web.lists.getByTitle('Notes').rootFolder.files.addUsingPath('a.txt', 'x'));
    expect(refused.status).toBe(400);
    const item = await spError(library.items.add({ Title: 'no file' }));
    expect(item).toMatchObject({ status: 500, message: 'To add an item to a document library, use SPFileCollection.Add()' });
  });

  test('the state holds content ids, not bytes; a restored snapshot reads the same contents', async () => {
    await library.rootFolder.files.addUsingPath('kept.png', PNG);
    const state = site.emulator.snapshot();
    const json = JSON.stringify(state);
    expect(json).not.toContain(Buffer.from(PNG).toString('base64'));
    expect(json.length).toBeLessThan(200_000);
    await library.rootFolder.files.addUsingPath('kept.png', 'replaced', { Overwrite: true });
    const restored = createEmulator({ siteUrl: 'https://restored.test/sites/hub', state: JSON.parse(json), contents });
    const response = await restored.handle(
      new Request(
        `https://restored.test/sites/hub/_api/web/getFileByServerRelativePath(decodedUrl='/sites/hub/Pictures/kept.png')/$value`,
        { headers: { 'X-Emulator-User': site.adminLogin } }
      )
    );
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PNG))).toBe(true);
  });
});
