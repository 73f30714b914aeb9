/** @jest-environment node */
import { createTestSite, spError } from '../support/sp';

describe('lists and fields through @pnp/sp', () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);

  test('lists.ensure creates once; an existing list is updated on a fresh queryable', async () => {
    const first = await sp.web.lists.ensure('Plans', 'Communication plans');
    expect(first.created).toBe(true);
    expect(first.data.Title).toBe('Plans');
    expect(first.data.Id).toMatch(/^[0-9a-f-]{36}$/);
    // PnPjs's ensure of an existing list reads it with select('Title') and MERGEs on the same
    // queryable (`MERGE …?$select=Title`): a query option on a write, which the emulator refuses
    // (README, "undocumented forms refused"); ensure then tries to add and meets the title.
    const again = await spError(sp.web.lists.ensure('Plans', 'Updated description'));
    expect(again.message).toContain('already exists');
    await sp.web.lists.getByTitle('Plans').update({ Description: 'Updated description' });
    const info = await sp.web.lists.getByTitle('Plans').select('Title', 'Description', 'ItemCount', 'Id')();
    expect(info).toMatchObject({ Title: 'Plans', Description: 'Updated description', ItemCount: 0 });
    const byId = await sp.web.lists.getById(info.Id)();
    expect(byId.Title).toBe('Plans');
    const filtered = await sp.web.lists.filter("Title eq 'Plans'").select('Title')();
    expect(filtered).toHaveLength(1);
  });

  test('missing list is a 404 like SharePoint', async () => {
    const e = await spError(sp.web.lists.getByTitle('Nope')());
    expect(e.status).toBe(404);
    expect(e.message).toContain("List 'Nope' does not exist");
  });

  test('every field type PnPjs adds, read back by internal name', async () => {
    await sp.web.lists.ensure('Sessions');
    const fields = sp.web.lists.getByTitle('Sessions').fields;
    const categories = await sp.web.lists.ensure('Categories');
    await fields.addText('Code', { MaxLength: 20 });
    await fields.addChoice('Topic', { Choices: ['Social media', 'Teams'], FillInChoice: false });
    await fields.addMultiChoice('Channels', { Choices: ['Facebook', 'X', 'LinkedIn'] });
    await fields.addUser('Organiser', { SelectionMode: 0 });
    await fields.addDateTime('StartsAt', { DisplayFormat: 1 });
    await fields.addNumber('Capacity', { MinimumValue: 0 });
    await fields.addBoolean('Online');
    await fields.addMultilineText('Body', { RichText: true });
    await fields.addUrl('MeetingLink');
    const lookup = await fields.addLookup('Category', { LookupListId: categories.data.Id, LookupFieldName: 'Title' });
    expect(lookup.InternalName).toBe('Category');
    const topic = await fields.getByInternalNameOrTitle('Topic')();
    expect(topic).toMatchObject({ TypeAsString: 'Choice', Choices: ['Social media', 'Teams'], FieldTypeKind: 6 });
    const code = await fields.getByInternalNameOrTitle('Code')();
    expect(code).toMatchObject({ MaxLength: 20 });
    const custom = await fields.filter('Hidden eq false and FromBaseType eq false').select('InternalName')();
    expect(custom.map((f: { InternalName: string }) => f.InternalName).sort()).toEqual([
      'Body',
      'Capacity',
      'Category',
      'Channels',
      'Code',
      'MeetingLink',
      'Online',
      'Organiser',
      'StartsAt',
      'Topic'
    ]);
    const dup = await spError(fields.addText('Code'));
    expect(dup.status).toBe(400);
    expect(dup.message).toContain('duplicate field name');
  });

  test('display names with spaces get SharePoint internal names; XML creation honours the name hint', async () => {
    await sp.web.lists.ensure('Names');
    const fields = sp.web.lists.getByTitle('Names').fields;
    const spaced = await fields.addText('Plan State');
    expect(spaced.InternalName).toBe('Plan_x0020_State');
    const xml = await fields.createFieldAsXml({
      SchemaXml: '<Field Type="UserMulti" Name="Reviewers" DisplayName="Plan reviewers" Mult="TRUE" />',
      Options: 8
    });
    expect(xml.InternalName).toBe('Reviewers');
    expect(xml.TypeAsString).toBe('UserMulti');
  });

  test('field update: Indexed, EnforceUniqueValues, Required; SharePoint refuses what it cannot index', async () => {
    await sp.web.lists.ensure('Indexes');
    const list = sp.web.lists.getByTitle('Indexes');
    await list.fields.addText('Key');
    await list.fields.addMultilineText('Notes');
    await list.fields.addMultiChoice('Tags', { Choices: ['a', 'b'] });
    const key = list.fields.getByInternalNameOrTitle('Key');
    const notIndexed = await spError(key.update({ EnforceUniqueValues: true }));
    expect(notIndexed.status).toBe(400);
    await key.update({ Indexed: true, EnforceUniqueValues: true, Required: true });
    expect(await key.select('Indexed', 'EnforceUniqueValues', 'Required')()).toMatchObject({
      Indexed: true,
      EnforceUniqueValues: true,
      Required: true
    });
    expect((await spError(list.fields.getByInternalNameOrTitle('Notes').update({ Indexed: true }))).status).toBe(400);
    expect((await spError(list.fields.getByInternalNameOrTitle('Tags').update({ Indexed: true }))).status).toBe(400);
    for (let i = 0; i < 19; i++) await list.fields.addNumber(`N${i}`, { Indexed: true });
    const tooMany = await spError(list.fields.addNumber('N19', { Indexed: true }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.message).toContain('maximum of 20');
    const unknown = await spError(list.fields.getByInternalNameOrTitle('Nope')());
    expect(unknown.status).toBe(404);
  });

  test('list update sets item-level security; unknown list property is a 400', async () => {
    await sp.web.lists.ensure('Secured');
    const list = sp.web.lists.getByTitle('Secured');
    await list.update({ ReadSecurity: 2, WriteSecurity: 2, EnableVersioning: true });
    expect(await list.select('ReadSecurity', 'WriteSecurity', 'EnableVersioning')()).toMatchObject({
      ReadSecurity: 2,
      WriteSecurity: 2,
      EnableVersioning: true
    });
    const bad = await spError(sp.web.lists.getByTitle('Secured').update({ Colour: 'red' } as never));
    expect(bad).toMatchObject({ status: 400 });
    expect(bad.message).toContain("The property 'Colour' does not exist on type 'SP.List'");
  });

  test('field delete removes the column', async () => {
    await sp.web.lists.ensure('Temp');
    const fields = sp.web.lists.getByTitle('Temp').fields;
    await fields.addText('Gone');
    await fields.getByInternalNameOrTitle('Gone').delete();
    expect((await spError(fields.getByInternalNameOrTitle('Gone')())).status).toBe(404);
    expect((await spError(fields.getByInternalNameOrTitle('Title').delete())).status).toBe(400);
  });
});
