/** @jest-environment node */
/**
 * Custom permission levels as PnPjs creates them (`sp.web.roleDefinitions.add`), and what a level
 * without EditListItems / DeleteListItems lets its holders do: add items, never change or delete them.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import '@pnp/sp/site-groups/web';
import { PermissionKind } from '@pnp/sp/security';
import { createTestSite, spError } from '../support/sp';

const CONTRIBUTE_LOW = 1011028719;
const ADD_ONLY = { High: 432, Low: (CONTRIBUTE_LOW & ~((1 << 2) | (1 << 3))) >>> 0 };

describe('web/roledefinitions: custom permission levels', () => {
  const site = createTestSite();
  const admin = site.spAs(site.adminLogin);
  const member = site.addUser('mika.member@contoso.onmicrosoft.com', 'Mika Member', 'Hub Members');
  const other = site.addUser('maria.member@contoso.onmicrosoft.com', 'Maria Member', 'Hub Members');
  afterAll(() => site.dispose());

  test('a site owner creates a level; it reads back by name and id with its mask; a member may not create one', async () => {
    const { data } = await admin.web.roleDefinitions.add('Add Only', 'Can add, not edit.', 100, ADD_ONLY);
    const created = data as { Id: number; Name: string; RoleTypeKind: number; BasePermissions: { High: string; Low: string } };
    expect(created).toMatchObject({ Name: 'Add Only', RoleTypeKind: 0, BasePermissions: { High: '432', Low: String(ADD_ONLY.Low) } });
    expect(created.Id).toBeGreaterThan(1073741830);
    const byName = await admin.web.roleDefinitions.getByName('Add Only')<{ Id: number }>();
    expect(byName.Id).toBe(created.Id);
    expect((await admin.web.roleDefinitions.getById(created.Id)<{ Name: string }>()).Name).toBe('Add Only');
    // Names are unique in the site collection.
    expect((await spError(admin.web.roleDefinitions.add('add only', '', 100, ADD_ONLY))).status).toBe(400);
    expect((await spError(site.spAs(member.loginName).web.roleDefinitions.add('Mine', '', 100, ADD_ONLY))).status).toBe(403);
  });

  test('granted on a list, it lets members add items but not edit or delete them, not even their own', async () => {
    await admin.web.lists.ensure('Sign-ups');
    const list = admin.web.lists.getByTitle('Sign-ups');
    await list.breakRoleInheritance(false, true);
    const level = await admin.web.roleDefinitions.getByName('Add Only')<{ Id: number }>();
    const members = await admin.web.siteGroups.getByName('Hub Members')<{ Id: number }>();
    await list.roleAssignments.add(members.Id, level.Id);

    const mine = site.spAs(member.loginName).web.lists.getByTitle('Sign-ups');
    const added = (await mine.items.add({ Title: 'first' })) as { Id: number };
    expect((await mine.items.getById(added.Id)<{ Title: string }>()).Title).toBe('first');
    expect((await spError(mine.items.getById(added.Id).update({ Title: 'changed' }))).status).toBe(403);
    expect((await spError(mine.items.getById(added.Id).delete())).status).toBe(403);
    expect(
      (await spError(site.spAs(other.loginName).web.lists.getByTitle('Sign-ups').items.getById(added.Id).update({ Title: 'x' }))).status
    ).toBe(403);
    // What the level grants, as the list reports it to the member.
    const perms = await mine.getCurrentUserEffectivePermissions();
    expect(admin.web.hasPermissions(perms, PermissionKind.AddListItems)).toBe(true);
    expect(admin.web.hasPermissions(perms, PermissionKind.EditListItems)).toBe(false);
    expect(admin.web.hasPermissions(perms, PermissionKind.DeleteListItems)).toBe(false);
    expect((await admin.web.lists.getByTitle('Sign-ups').items.getById(added.Id)<{ Title: string }>()).Title).toBe('first');
  });
});
