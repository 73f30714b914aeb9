/** @jest-environment node */
import '@pnp/sp/content-types/list';
import { createEmulator } from '../../workbench/emulator';
import { createTestSite, spError, TestSite } from '../support/sp';

interface CtRow {
  StringId: string;
  Id: { StringValue: string };
  Name: string;
  NewFormClientSideComponentId: string | null;
  EditFormClientSideComponentId: string | null;
  DisplayFormClientSideComponentId: string | null;
  NewFormClientSideComponentProperties: string | null;
  EditFormClientSideComponentProperties: string | null;
  DisplayFormClientSideComponentProperties: string | null;
}

const COMPONENT = 'abebfc85-4da4-4886-99d5-9b7318928ffd';

describe('list content types', () => {
  let site: TestSite;
  let listId: string;

  beforeEach(async () => {
    site = createTestSite();
    const owner = site.spAs(site.adminLogin);
    const added = await owner.web.lists.add('DDH Plans', 'Plans', 100, false);
    listId = (added as unknown as { Id: string }).Id;
  });
  afterEach(() => site.dispose());

  const itemCt = (): string => `0x0100${listId.replace(/-/g, '').toUpperCase()}`;

  test('a generic list has its own Item content type (the id its items carry) with no form customizer bound', async () => {
    const list = site.spAs(site.adminLogin).web.lists.getByTitle('DDH Plans');
    const rows = await list.contentTypes<CtRow[]>();
    const item = rows.find((r) => r.Name === 'Item');
    expect(item).toMatchObject({
      StringId: itemCt(),
      Id: { StringValue: itemCt() },
      NewFormClientSideComponentId: null,
      EditFormClientSideComponentId: null,
      DisplayFormClientSideComponentId: null,
      NewFormClientSideComponentProperties: null,
      EditFormClientSideComponentProperties: null,
      DisplayFormClientSideComponentProperties: null
    });
    expect(item?.StringId).toMatch(/^0x0100[0-9A-F]{32}$/);
    expect(rows.map((r) => r.Name)).toEqual(['Item', 'Folder']);
    const added = await list.items.add({ Title: 'One' });
    const read = await list.items.getById((added as unknown as { Id: number }).Id).select('ContentTypeId')<{ ContentTypeId: string }>();
    expect(read.ContentTypeId).toBe(itemCt());
    // $filter and $select over the collection, and the single content type by id (any case).
    const filtered = await list.contentTypes.filter("Name eq 'Item'").select('StringId', 'Name')<Array<Record<string, unknown>>>();
    expect(filtered).toEqual([expect.objectContaining({ StringId: itemCt(), Name: 'Item' })]);
    expect(
      Object.keys(filtered[0])
        .filter((k) => !k.startsWith('odata.'))
        .sort()
    ).toEqual(['Name', 'StringId']);
    await expect(list.contentTypes.getById(itemCt().toLowerCase()).select('Name')()).resolves.toMatchObject({ Name: 'Item' });
  });

  test('update (MERGE) binds a form customizer; the binding reads back and survives a snapshot', async () => {
    const list = site.spAs(site.adminLogin).web.lists.getByTitle('DDH Plans');
    const ct = list.contentTypes.getById(itemCt());
    await ct.update({
      NewFormClientSideComponentId: COMPONENT,
      EditFormClientSideComponentId: COMPONENT,
      DisplayFormClientSideComponentProperties: '{"a":1}'
    });
    const read = await ct<CtRow>();
    expect(read).toMatchObject({
      NewFormClientSideComponentId: COMPONENT,
      EditFormClientSideComponentId: COMPONENT,
      DisplayFormClientSideComponentId: null,
      DisplayFormClientSideComponentProperties: '{"a":1}',
      Name: 'Item'
    });

    const restored = createEmulator({
      siteUrl: 'https://elsewhere.test/sites/hub',
      state: JSON.parse(JSON.stringify(site.emulator.snapshot()))
    });
    const response = await restored.handle(
      new Request(`https://elsewhere.test/sites/hub/_api/web/lists/getbytitle('DDH Plans')/contenttypes('${itemCt()}')`, {
        headers: { Accept: 'application/json', 'X-Emulator-User': site.adminLogin }
      })
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ NewFormClientSideComponentId: COMPONENT, EditFormClientSideComponentId: COMPONENT });

    // PATCH, the other verb SharePoint accepts for an update, and clearing with null.
    const patch = await site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/lists/getbytitle('DDH Plans')/contenttypes('${itemCt()}')`, {
        method: 'PATCH',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Emulator-User': site.adminLogin },
        body: JSON.stringify({ NewFormClientSideComponentId: null })
      })
    );
    expect(patch.status).toBe(204);
    expect((await ct.select('NewFormClientSideComponentId')<CtRow>()).NewFormClientSideComponentId).toBeNull();
  });

  test('refuses an update from someone without ManageLists (403), an unknown id (404) and unknown or computed properties (400)', async () => {
    const member = site.addUser('member@contoso.onmicrosoft.com', 'Member', 'Hub Visitors');
    const asMember = site.spAs(member.loginName).web.lists.getByTitle('DDH Plans');
    // Reading is allowed to anyone who can see the list; changing is not.
    await expect(asMember.contentTypes.getById(itemCt()).select('Name')()).resolves.toMatchObject({ Name: 'Item' });
    const refused = await spError(asMember.contentTypes.getById(itemCt()).update({ NewFormClientSideComponentId: COMPONENT }));
    expect(refused).toEqual({ status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied.' });

    const owner = site.spAs(site.adminLogin).web.lists.getByTitle('DDH Plans');
    expect((await owner.contentTypes.getById(itemCt())<CtRow>()).NewFormClientSideComponentId).toBeNull();
    expect((await spError(owner.contentTypes.getById('0x0100DEADBEEF')())).status).toBe(404);
    expect((await spError(owner.contentTypes.getById('0x0100DEADBEEF').update({ Name: 'x' }))).status).toBe(404);
    const unknown = await spError(owner.contentTypes.getById(itemCt()).update({ NewFormComponent: COMPONENT }));
    expect(unknown).toMatchObject({
      status: 400,
      message: expect.stringContaining("The property 'NewFormComponent' does not exist on type 'SP.ContentType'")
    });
    expect((await spError(owner.contentTypes.getById(itemCt()).update({ StringId: '0x01' }))).status).toBe(400);
    // A refused MERGE changes nothing, not even the valid properties in the same body.
    expect(
      (await spError(owner.contentTypes.getById(itemCt()).update({ EditFormClientSideComponentId: COMPONENT, Hidden: 'yes' }))).status
    ).toBe(400);
    expect((await owner.contentTypes.getById(itemCt())<CtRow>()).EditFormClientSideComponentId).toBeNull();
  });

  test('a state saved before content types were modelled loads with the default ones', async () => {
    const state = JSON.parse(JSON.stringify(site.emulator.snapshot()));
    for (const list of state.lists) delete list.contentTypes;
    const restored = createEmulator({ siteUrl: 'https://old.test/sites/hub', state });
    const response = await restored.handle(
      new Request(
        `https://old.test/sites/hub/_api/web/lists/getbytitle('DDH Plans')/contenttypes?$select=StringId,Name,NewFormClientSideComponentId`,
        {
          headers: { Accept: 'application/json', 'X-Emulator-User': site.adminLogin }
        }
      )
    );
    expect(((await response.json()) as { value: unknown[] }).value).toEqual([
      expect.objectContaining({ StringId: itemCt(), Name: 'Item', NewFormClientSideComponentId: null }),
      expect.objectContaining({ Name: 'Folder' })
    ]);
  });

  test('works inside a $batch', async () => {
    const owner = site.spAs(site.adminLogin);
    const [batched, execute] = owner.batched();
    const update = batched.web.lists
      .getByTitle('DDH Plans')
      .contentTypes.getById(itemCt())
      .update({ DisplayFormClientSideComponentId: COMPONENT });
    const read = batched.web.lists.getByTitle('DDH Plans').contentTypes.select('StringId', 'DisplayFormClientSideComponentId')<CtRow[]>();
    await execute();
    await update;
    expect((await read).find((r) => r.StringId === itemCt())?.DisplayFormClientSideComponentId).toBe(COMPONENT);
  });
});
