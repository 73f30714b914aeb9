/** @jest-environment node */
/**
 * Files attached to a plan (#13 item 3), through @pnp/sp against the emulator: the plan's author
 * adds supporting material, everyone who reads the plan sees and reads it, nobody else adds or
 * removes one (the server refuses, 403); the hub's rules refuse bad names, sizes and types before
 * anything is sent, and SharePoint's own refusals stand behind them; an attachment is a new
 * version of the plan, so the author's next guarded save uses the ETag it answers.
 */
import '@pnp/sp/attachments';
import { AttachmentFile } from '../../src/data/attachments';
import { AttachmentRefusedError } from '../../src/data/attachmentWrites';
import { MAX_ATTACHMENT_BYTES } from '../../src/domain/attachments';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { completePlan, createPlanSite, PlanSite } from './fixtures';

function file(name: string, bytes: Uint8Array | string): AttachmentFile {
  const content = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: content.length, arrayBuffer: async () => content.slice().buffer };
}

const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n';

describe('attachments on a plan', () => {
  let s: PlanSite;
  beforeAll(async () => {
    s = await createPlanSite();
  });
  afterAll(() => s.site.dispose());

  test('the author adds a file; staff see it with the plan and read it; others cannot add or remove', async () => {
    const anna = s.as('anna');
    const { id } = await anna.repository.create(completePlan('Oslo'));
    await (await anna.attachments()).add(id, file('Audience survey 2026.pdf', PDF));

    const seen = await s.as('sam').repository.load(id);
    expect(seen.attachments).toEqual([
      { name: 'Audience survey 2026.pdf', url: expect.stringMatching(/\/Attachments\/\d+\/Audience survey 2026\.pdf$/) }
    ]);
    const read = await s
      .sp('sam')
      .web.lists.getByTitle(PLAN_LISTS.plans.title)
      .items.getById(id)
      .attachmentFiles.getByName('Audience survey 2026.pdf')
      .getText();
    expect(read).toBe(PDF);

    await expect((await s.as('bo').attachments()).add(id, file('mine.pdf', PDF))).rejects.toMatchObject({ status: 403 });
    await expect((await s.as('sam').attachments()).add(id, file('mine.pdf', PDF))).rejects.toMatchObject({ status: 403 });
    await expect((await s.as('erik').attachments()).remove(id, 'Audience survey 2026.pdf')).rejects.toMatchObject({ status: 403 });
    expect((await anna.repository.load(id)).attachments.map((a) => a.name)).toEqual(['Audience survey 2026.pdf']);

    await (await anna.attachments()).remove(id, 'Audience survey 2026.pdf');
    expect((await anna.repository.load(id)).attachments).toEqual([]);
  });

  test('an attachment is a new version of the plan: the next save uses the ETag it answered', async () => {
    const anna = s.as('anna');
    const created = await anna.repository.create(completePlan('Rome'));
    const { etag } = await (await anna.attachments()).add(created.id, file('brief.docx', 'PK\u0003\u0004 word'));
    expect(etag).not.toBe(created.etag);
    await expect(anna.repository.saveDraft(created.id, completePlan('Rome'), created.etag)).rejects.toMatchObject({ status: 412 });
    await expect(anna.repository.saveDraft(created.id, completePlan('Rome'), etag)).resolves.toHaveProperty('etag');
  });

  test('the hub refuses bad names, sizes and types before sending anything', async () => {
    const anna = s.as('anna');
    const { id } = await anna.repository.create(completePlan('Lima'));
    const writes = await anna.attachments();
    const refusal = (f: AttachmentFile): Promise<unknown> =>
      writes.add(id, f).then(
        () => 'added',
        (e: unknown) => (e instanceof AttachmentRefusedError ? e.reason : e)
      );
    expect(await refusal(file('plan: final.pdf', PDF))).toBe('invalidCharacters');
    expect(await refusal(file('CON.pdf', PDF))).toBe('reservedName');
    expect(await refusal(file('setup.exe', 'MZ\u0090\u0000'))).toBe('fileType');
    expect(await refusal(file('notes.pdf', 'MZ\u0090\u0000 this is a program'))).toBe('program');
    expect(await refusal(file('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" onload="alert(1)"/></svg>'))).toBe(
      'svgScript'
    );
    expect(await refusal(file('empty.txt', ''))).toBe('empty');
    expect(await refusal(file('huge.pdf', new Uint8Array(MAX_ATTACHMENT_BYTES + 1)))).toBe('tooLarge');
    expect(await refusal(file(`${'a'.repeat(130)}.pdf`, PDF))).toBe('pathTooLong');
    expect(await refusal(file('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'))).toBe('added');
    expect((await anna.repository.load(id)).attachments.map((a) => a.name)).toEqual(['logo.svg']);
  });

  test("SharePoint's own refusals stand behind the rules: a name it refuses, a path over 400 characters, a second file of the same name", async () => {
    const anna = s.as('anna');
    const { id } = await anna.repository.create(completePlan('Bern'));
    const item = s.sp('anna').web.lists.getByTitle(PLAN_LISTS.plans.title).items.getById(id);
    await expect(item.attachmentFiles.add('a|b.pdf', PDF)).rejects.toMatchObject({ status: 400 });
    await expect(item.attachmentFiles.add(`${'x'.repeat(396)}.pdf`, PDF)).rejects.toMatchObject({ status: 400 });
    await item.attachmentFiles.add('same.pdf', PDF);
    await expect(item.attachmentFiles.add('SAME.pdf', PDF)).rejects.toMatchObject({ status: 400 });
    expect((await anna.repository.load(id)).attachments.map((a) => a.name)).toEqual(['same.pdf']);
  });
});
