/** @jest-environment node */
/**
 * List item attachments through the real @pnp/sp: add, list, read back byte for byte, replace,
 * delete; `Attachments` on the item; the item's permissions decide who reads and who adds.
 */
import '@pnp/sp/attachments';
import { createTestSite, spError } from '../support/sp';

const PNG = Uint8Array.from(Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'));

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
    expect(added.data).toMatchObject({ FileName: 'brief.bin', ServerRelativeUrl: `${sitePath}/Lists/DDH Plans/Attachments/${id}/brief.bin` });
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
