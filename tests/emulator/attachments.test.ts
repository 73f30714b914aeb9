/** @jest-environment node */
/**
 * List item attachments through the real @pnp/sp: add, list, read back byte for byte, replace,
 * delete; `Attachments` on the item; the item's permissions decide who reads and who adds.
 */
import '@pnp/sp/attachments';
import '@pnp/sp/security';
import { createTestSite, spError } from '../support/sp';

const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64')
);

describe('item attachments', () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);
  const member = site.addUser('anna.virtanen@contoso.onmicrosoft.com', 'Anna Virtanen', 'Hub Members');
  const visitor = site.addUser('erik.lund@contoso.onmicrosoft.com', 'Erik Lund', 'Hub Visitors');
  const sitePath = new URL(site.siteUrl).pathname;
  let id = 0;

  beforeAll(async () => {
    await sp.web.lists.add('DDH Plans', '', 100);
    id = (await sp.web.lists.getByTitle('DDH Plans').items.add({ Title: 'Spring campaign' })).Id;
  });

  const item = (client = sp) => client.web.lists.getByTitle('DDH Plans').items.getById(id);

  test('an item starts without attachments; add makes Attachments true and lists the file', async () => {
    expect((await item()()).Attachments).toBe(false);
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    const added = await item().attachmentFiles.add('brief.bin', bytes);
    expect(added.data).toMatchObject({
      FileName: 'brief.bin',
      ServerRelativeUrl: `${sitePath}/Lists/DDH Plans/Attachments/${id}/brief.bin`
    });
    await item().attachmentFiles.add('poster.png', PNG);
    expect((await item()()).Attachments).toBe(true);
    expect((await item().select('Attachments')()).Attachments).toBe(true);
    expect((await item().attachmentFiles()).map((a: { FileName: string }) => a.FileName)).toEqual(['brief.bin', 'poster.png']);
    const back = new Uint8Array(await item().attachmentFiles.getByName('brief.bin').getBuffer());
    expect(Array.from(back)).toEqual(Array.from(bytes));
    const png = new Uint8Array(await item().attachmentFiles.getByName('poster.png').getBuffer());
    expect(Buffer.from(png).equals(Buffer.from(PNG))).toBe(true);
  });

  test('a second attachment of the same name is refused; setContent replaces; delete removes', async () => {
    const again = await spError(item().attachmentFiles.add('BRIEF.bin', 'x'));
    expect(again.code).toContain('-2130575257');
    await item().attachmentFiles.getByName('brief.bin').setContent('new text');
    expect(await item().attachmentFiles.getByName('brief.bin').getText()).toBe('new text');
    await item().attachmentFiles.getByName('brief.bin').delete();
    await item().attachmentFiles.getByName('poster.png').recycle();
    expect(await item().attachmentFiles()).toEqual([]);
    expect((await item()()).Attachments).toBe(false);
    expect((await spError(item().attachmentFiles.getByName('brief.bin').getText())).status).toBe(404);
  });

  test('a reader reads attachments but cannot add; a member adds; bad names are refused', async () => {
    await item().attachmentFiles.add('notes.txt', 'for readers');
    expect(await item(site.spAs(visitor.loginName)).attachmentFiles.getByName('notes.txt').getText()).toBe('for readers');
    const refused = await spError(item(site.spAs(visitor.loginName)).attachmentFiles.add('mine.txt', 'x'));
    expect(refused.status).toBe(403);
    await item(site.spAs(member.loginName)).attachmentFiles.add('member.txt', 'by Anna');
    const bad = await spError(item().attachmentFiles.add('what?.txt', 'x'));
    expect(bad.status).toBe(400);
    expect(bad.message).toContain('not permitted');
  });

  test('a list with EnableAttachments false refuses attachments', async () => {
    await sp.web.lists.getByTitle('DDH Plans').update({ EnableAttachments: false });
    const refused = await spError(item().attachmentFiles.add('late.txt', 'x'));
    expect(refused.status).toBe(400);
    await sp.web.lists.getByTitle('DDH Plans').update({ EnableAttachments: true });
  });
});

describe('attachments read with their item, and the limits on adding one', () => {
  const site = createTestSite({ limits: { fileBytes: 1000 } });
  const sp = site.spAs(site.adminLogin);
  const anna = site.addUser('anna.virtanen@contoso.onmicrosoft.com', 'Anna Virtanen', 'Hub Members');
  // Contribute on the list only (members have Edit, which manages lists and so bypasses WriteSecurity).
  const bo = site.addUser('bo.berg@contoso.onmicrosoft.com', 'Bo Berg', 'Hub Visitors');
  const sitePath = new URL(site.siteUrl).pathname;
  const list = (client = sp) => client.web.lists.getByTitle('DDH Notes');
  let id = 0;

  beforeAll(async () => {
    await sp.web.lists.add('DDH Notes', '', 100);
    // Learn "SPList.WriteSecurity": 2 = people edit only the items they created.
    await list().update({ WriteSecurity: 2 });
    await list().breakRoleInheritance(true);
    await list().roleAssignments.add(bo.id, 1073741827);
    id = (await list(site.spAs(anna.loginName)).items.add({ Title: "Anna's note" })).Id;
  });

  test('$expand=AttachmentFiles brings the files with the item; selecting them without expanding is refused', async () => {
    await list(site.spAs(anna.loginName)).items.getById(id).attachmentFiles.add('one.txt', 'first');
    const row = await list().items.getById(id).select('Id', 'AttachmentFiles').expand('AttachmentFiles')<{
      AttachmentFiles: Array<{ FileName: string; ServerRelativeUrl: string }>;
    }>();
    expect(row.AttachmentFiles.map((a) => [a.FileName, a.ServerRelativeUrl])).toEqual([
      ['one.txt', `${sitePath}/Lists/DDH Notes/Attachments/${id}/one.txt`]
    ]);
    const rows = await list().items.select('*').expand('AttachmentFiles')<Array<{ AttachmentFiles: unknown[] }>>();
    expect(rows[0].AttachmentFiles).toHaveLength(1);
    expect((await list().items.getById(id)()).AttachmentFiles).toBeUndefined();
    const refused = await spError(list().items.getById(id).select('AttachmentFiles')());
    expect(refused.status).toBe(400);
    expect(refused.message).toContain('$expand query string must contains AttachmentFiles');
  });

  test("WriteSecurity 2: only the item's creator (or a list manager) adds or removes its attachments", async () => {
    expect((await spError(list(site.spAs(bo.loginName)).items.getById(id).attachmentFiles.add('bo.txt', 'x'))).status).toBe(403);
    expect((await spError(list(site.spAs(bo.loginName)).items.getById(id).attachmentFiles.getByName('one.txt').recycle())).status).toBe(
      403
    );
    await list().items.getById(id).attachmentFiles.add('owner.txt', 'by the site owner');
    expect((await list().items.getById(id).attachmentFiles()).map((a: { FileName: string }) => a.FileName)).toEqual([
      'one.txt',
      'owner.txt'
    ]);
  });

  test('a file over the size limit and a path over 400 characters are refused', async () => {
    const item = list(site.spAs(anna.loginName)).items.getById(id);
    expect((await spError(item.attachmentFiles.add('big.bin', new Uint8Array(1001)))).message).toContain('The file is too large');
    const long = await spError(
      item.attachmentFiles.add(`${'x'.repeat(400 - `${sitePath}/Lists/DDH Notes/Attachments/${id}/`.length - 3)}.txt`, 'x')
    );
    expect(long.message).toContain('400 characters or less');
    await item.attachmentFiles.add(`${'y'.repeat(400 - `${sitePath}/Lists/DDH Notes/Attachments/${id}/`.length - 4)}.txt`, 'just fits');
  });

  test('web.getList finds a list by its server-relative URL', async () => {
    const found = await sp.web.getList(`${sitePath}/Lists/DDH Notes`).select('Title')<{ Title: string }>();
    expect(found.Title).toBe('DDH Notes');
    expect((await spError(sp.web.getList(`${sitePath}/Lists/Nothing`)())).status).toBe(404);
  });
});
