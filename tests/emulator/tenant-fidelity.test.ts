/** @jest-environment node */
/**
 * Smaller fidelity gaps a public client's test suite found (TENANT.md, "smaller differences";
 * issue #11.5): long list titles, ParentList / ParentWeb, SharePoint's fixed built-in column ids,
 * a list MERGE that changes nothing when one property is unknown, Currency columns, SchemaXml.
 */
import '@pnp/sp/fields';
import '@pnp/sp/content-types/list';
import { createEmulator } from '../../workbench/emulator';
import { createTestSite, spError } from '../support/sp';

describe('smaller SharePoint behaviours', () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);
  afterAll(() => site.dispose());

  beforeAll(async () => {
    await sp.web.lists.add('Budget', 'Money', 100, false);
    await sp.web.lists.getByTitle('Budget').items.add({ Title: 'Ash cloud campaign' });
  });

  test('a list title of 255 characters is accepted, 256 refused (create and rename)', async () => {
    const longest = 'L'.repeat(255);
    await sp.web.lists.add(longest);
    expect((await sp.web.lists.getByTitle(longest).select('Title')()).Title).toBe(longest);
    const create = await spError(sp.web.lists.add('L'.repeat(256)));
    expect(create.status).toBe(400);
    expect(create.message).toContain('255');
    const rename = await spError(sp.web.lists.getByTitle('Budget').update({ Title: 'B'.repeat(256) }));
    expect(rename.status).toBe(400);
    expect((await sp.web.lists.getByTitle('Budget').select('Title')()).Title).toBe('Budget');
  });

  test('a list MERGE with an unknown property changes nothing, not even the properties before it', async () => {
    const list = () => sp.web.lists.getByTitle('Budget');
    const refused = await spError(list().update({ Description: 'Changed', ReadSecurity: 2, Colour: 'red' } as never));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain("The property 'Colour' does not exist on type 'SP.List'");
    expect(await list().select('Description', 'ReadSecurity')()).toMatchObject({ Description: 'Money', ReadSecurity: 1 });
    const invalid = await spError(list().update({ Description: 'Changed', WriteSecurity: 3 }));
    expect(invalid.status).toBe(400);
    expect((await list().select('Description')()).Description).toBe('Money');
  });

  test('$expand=ParentList on items: the whole list, or the ParentList/X selected; it needs the $expand', async () => {
    const list = sp.web.lists.getByTitle('Budget');
    const info = await sp.web.lists.getByTitle('Budget').select('Id')();
    const rows = await list.items.select('Title', 'ParentList/Id', 'ParentList/Title').expand('ParentList')();
    expect(rows[0].ParentList).toMatchObject({ Id: info.Id, Title: 'Budget' });
    expect(rows[0].ParentList.Description).toBeUndefined();
    const whole = await sp.web.lists.getByTitle('Budget').items.getById(1).expand('ParentList')();
    expect(whole.ParentList).toMatchObject({ Id: info.Id, Title: 'Budget', Description: 'Money', 'odata.type': 'SP.List' });
    expect(whole.Title).toBe('Ash cloud campaign');
    const notExpanded = await spError(sp.web.lists.getByTitle('Budget').items.select('ParentList/Title')());
    expect(notExpanded.status).toBe(400);
  });

  test('$expand=ParentWeb on a list, the lists and the web (the root web has none)', async () => {
    const list = await sp.web.lists.getByTitle('Budget').expand('ParentWeb')<{ ParentWeb: Record<string, unknown> }>();
    expect(list.ParentWeb).toMatchObject({ 'odata.type': 'SP.Web', Title: 'Hub', Url: site.siteUrl });
    const lists = await sp.web.lists.filter("Title eq 'Budget'").expand('ParentWeb')<Array<{ ParentWeb: { Title: string } }>>();
    expect(lists[0].ParentWeb.Title).toBe('Hub');
    const web = await sp.web.expand('ParentWeb')<{ ParentWeb: unknown }>();
    expect(web.ParentWeb).toBeNull();
    expect((await sp.web<{ ParentWeb?: unknown }>()).ParentWeb).toBeUndefined();
  });

  test("built-in columns have SharePoint's fixed ids, in every list", async () => {
    const ids = {
      ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
      Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
      Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
      Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
      Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
      Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2'
    };
    await sp.web.lists.add('Other');
    for (const title of ['Budget', 'Other']) {
      const fields = await sp.web.lists.getByTitle(title).fields.select('InternalName', 'Id')<
        Array<{ InternalName: string; Id: string }>
      >();
      for (const [name, id] of Object.entries(ids)) expect(fields.find((f) => f.InternalName === name)?.Id).toBe(id);
    }
    expect(
      (await sp.web.lists.getByTitle('Other').fields.getById('fa564e0f-0c70-4ab9-b863-0177e6ddd247').select('InternalName')()).InternalName
    ).toBe('Title');
  });

  test('a state saved with random built-in ids gets the fixed ones when restored', async () => {
    const state = site.emulator.snapshot();
    const budget = state.lists.find((l) => l.Title === 'Budget');
    const title = budget?.fields.find((f) => f.InternalName === 'Title');
    if (!title) throw new Error('Budget list missing from the snapshot');
    title.Id = '00000000-0000-4000-8000-000000000000';
    const restored = createEmulator({ siteUrl: 'https://contoso.sharepoint.test/sites/restored', state });
    const answer = await restored.handle(
      new Request(
        "https://contoso.sharepoint.test/sites/restored/_api/web/lists/getByTitle('Budget')/fields/getByInternalNameOrTitle('Title')?$select=Id",
        {
          headers: { 'X-Emulator-User': site.adminLogin, Accept: 'application/json' }
        }
      )
    );
    expect((await answer.json()).Id).toBe('fa564e0f-0c70-4ab9-b863-0177e6ddd247');
  });

  test('Currency columns stay Currency (REST and XML), with their locale; amounts are numbers', async () => {
    const fields = sp.web.lists.getByTitle('Budget').fields;
    const rest = await fields.addCurrency('Cost', { MinimumValue: 0, CurrencyLocaleId: 1035 });
    expect(rest).toMatchObject({ TypeAsString: 'Currency', FieldTypeKind: 10, CurrencyLocaleId: 1035 });
    const xml = await fields.createFieldAsXml({
      SchemaXml: '<Field Type="Currency" Name="Reach" DisplayName="Reach" LCID="1053" />',
      Options: 8
    });
    expect(xml).toMatchObject({ TypeAsString: 'Currency', FieldTypeKind: 10, CurrencyLocaleId: 1053 });
    await sp.web.lists.getByTitle('Budget').items.getById(1).update({ Cost: 1250.5 });
    expect((await sp.web.lists.getByTitle('Budget').items.getById(1).select('Cost')()).Cost).toBe(1250.5);
    expect((await spError(sp.web.lists.getByTitle('Budget').items.getById(1).update({ Cost: -1 }))).status).toBe(400);
    const rows = await sp.web.lists.getByTitle('Budget').items.filter('Cost gt 1000').select('Title')();
    expect(rows).toHaveLength(1);
  });

  test('SchemaXml describes the column, and a column made from it is the same column', async () => {
    const fields = sp.web.lists.getByTitle('Budget').fields;
    await fields.addChoice('Channel', { Choices: ['Facebook', 'X & Y', '<LinkedIn>'], Required: true });
    const channel = await fields.getByInternalNameOrTitle('Channel').select('SchemaXml', 'Id')<{ SchemaXml: string; Id: string }>();
    expect(channel.SchemaXml).toMatch(new RegExp(`^<Field ID="\\{${channel.Id}\\}" Type="Choice" Name="Channel"`));
    expect(channel.SchemaXml).toContain('Required="TRUE"');
    expect(channel.SchemaXml).toContain(
      '<CHOICES><CHOICE>Facebook</CHOICE><CHOICE>X &amp; Y</CHOICE><CHOICE>&lt;LinkedIn&gt;</CHOICE></CHOICES>'
    );
    const title = await fields.getByInternalNameOrTitle('Title').select('SchemaXml')<{ SchemaXml: string }>();
    expect(title.SchemaXml).toContain('ID="{fa564e0f-0c70-4ab9-b863-0177e6ddd247}"');
    const author = await fields.getByInternalNameOrTitle('Author').select('SchemaXml')<{ SchemaXml: string }>();
    expect(author.SchemaXml).toContain('List="UserInfo"');

    await sp.web.lists.add('Copy');
    const copy = sp.web.lists.getByTitle('Copy').fields;
    await copy.createFieldAsXml({ SchemaXml: channel.SchemaXml.replace(/ID="[^"]*" /, ''), Options: 8 });
    const copied = await copy.getByInternalNameOrTitle('Channel').select('TypeAsString', 'Choices', 'Required')();
    expect(copied).toMatchObject({ TypeAsString: 'Choice', Choices: ['Facebook', 'X & Y', '<LinkedIn>'], Required: true });
  });
});

describe('multi-person columns and form bindings as a tenant treats them', () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);
  afterAll(() => site.dispose());
  beforeAll(async () => {
    await sp.web.lists.add('People');
  });

  test('AllowMultipleValues in a creation body is refused; createFieldAsXml UserMulti Mult="TRUE" makes the column', async () => {
    const fields = sp.web.lists.getByTitle('People').fields;
    const verbose = await spError(fields.add('Owners', 20, { SelectionMode: 0, AllowMultipleValues: true } as never));
    expect(verbose.status).toBe(400);
    expect(verbose.message).toContain('createFieldAsXml');
    expect((await spError(fields.addUser('Readers', { AllowMultipleValues: true } as never))).status).toBe(400);
    expect((await sp.web.lists.getByTitle('People').fields.filter("InternalName eq 'Owners'")()).length).toBe(0);
    const xml = await fields.createFieldAsXml({
      SchemaXml: '<Field Type="UserMulti" Name="Owners" DisplayName="Owners" Mult="TRUE" UserSelectionMode="PeopleOnly" />',
      Options: 8
    });
    expect(xml).toMatchObject({ InternalName: 'Owners', TypeAsString: 'UserMulti', AllowMultipleValues: true, SelectionMode: 0 });
  });

  test("saving one form's customizer binding alone resets the others; all six together keep them", async () => {
    const types = () => sp.web.lists.getByTitle('People').contentTypes;
    const item = (await types().select('StringId')<Array<{ StringId: string }>>()).find((r) => /^0x0100/i.test(r.StringId));
    if (!item) throw new Error('no Item content type');
    const id = '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
    const all = {
      NewFormClientSideComponentId: id,
      NewFormClientSideComponentProperties: '{"a":1}',
      EditFormClientSideComponentId: id,
      EditFormClientSideComponentProperties: null,
      DisplayFormClientSideComponentId: id,
      DisplayFormClientSideComponentProperties: null
    };
    await types().getById(item.StringId).update(all);
    const read = () =>
      types()
        .getById(item.StringId)
        .select(...Object.keys(all))<Record<string, string | null>>();
    expect(await read()).toMatchObject(all);
    await types().getById(item.StringId).update({ DisplayFormClientSideComponentId: id });
    expect(await read()).toMatchObject({
      NewFormClientSideComponentId: null,
      NewFormClientSideComponentProperties: null,
      EditFormClientSideComponentId: null,
      DisplayFormClientSideComponentId: id
    });
    await types().getById(item.StringId).update({ Description: 'Not a form binding' });
    expect((await read()).DisplayFormClientSideComponentId).toBe(id);
  });
});
