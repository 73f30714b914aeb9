/** @jest-environment node */
import { PermissionKind } from '@pnp/sp/security';
import { createTestSite, spError } from '../support/sp';

describe('users, groups and permissions', () => {
  const site = createTestSite();
  const admin = site.spAs(site.adminLogin);
  const owner = site.addUser('olga.owner@contoso.onmicrosoft.com', 'Olga Owner', 'Hub Owners');
  const member = site.addUser('mika.member@contoso.onmicrosoft.com', 'Mika Member', 'Hub Members');
  const other = site.addUser('maria.member@contoso.onmicrosoft.com', 'Maria Member', 'Hub Members');
  const visitor = site.addUser('ville.visitor@contoso.onmicrosoft.com', 'Ville Visitor', 'Hub Visitors');
  const outsider = site.addUser('otto.outsider@contoso.onmicrosoft.com', 'Otto Outsider');

  beforeAll(async () => {
    await admin.web.lists.ensure('Plans');
  });

  test('no identity or an unknown user is a 401', async () => {
    const anonymous = await site.emulator.handle(new Request(`${site.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } }));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json())['odata.error'].code).toContain('UnauthorizedAccessException');
    expect((await spError(site.spAs('i:0#.f|membership|nobody@contoso.onmicrosoft.com').web())).status).toBe(401);
  });

  test('the cookie set by the workbench user switcher identifies the user', async () => {
    const r = await site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/currentuser`, {
        headers: { Accept: 'application/json', Cookie: `emulator-user=${encodeURIComponent(member.loginName)}` }
      })
    );
    expect((await r.json()).Title).toBe('Mika Member');
  });

  test('current user, their groups, associated groups and site groups', async () => {
    const sp = site.spAs(member.loginName);
    const me = await sp.web.currentUser();
    expect(me).toMatchObject({
      Id: member.id,
      LoginName: member.loginName,
      Email: 'mika.member@contoso.onmicrosoft.com',
      IsSiteAdmin: false
    });
    expect((await sp.web.currentUser.groups()).map((g: { Title: string }) => g.Title)).toEqual(['Hub Members']);
    expect((await sp.web.associatedOwnerGroup()).Title).toBe('Hub Owners');
    expect((await sp.web.associatedVisitorGroup.users()).map((u: { Title: string }) => u.Title)).toEqual(['Ville Visitor']);
    const members = await sp.web.siteGroups.getByName('Hub Members').users();
    expect(members.map((u: { Title: string }) => u.Title)).toEqual(['Mika Member', 'Maria Member']);
    const group = await admin.web.siteGroups.getById((await sp.web.associatedMemberGroup()).Id)();
    expect(group.Title).toBe('Hub Members');
  });

  test('ensureuser takes the claims login or the e-mail; siteusers by login alias and by id', async () => {
    const byEmail = await admin.web.ensureUser('otto.outsider@contoso.onmicrosoft.com');
    expect(byEmail.Id).toBe(outsider.id);
    const byLogin = await admin.web.ensureUser(outsider.loginName);
    expect(byLogin.LoginName).toBe(outsider.loginName);
    expect((await admin.web.siteUsers.getByLoginName(member.loginName)()).Id).toBe(member.id);
    expect((await admin.web.getUserById(visitor.id)()).Title).toBe('Ville Visitor');
    expect((await admin.web.siteUsers.getByEmail('ville.visitor@contoso.onmicrosoft.com')()).Id).toBe(visitor.id);
    expect((await spError(admin.web.ensureUser('ghost@contoso.onmicrosoft.com'))).status).toBeGreaterThanOrEqual(400);
  });

  test('creating a group and adding a member', async () => {
    const created = await site.spAs(owner.loginName).web.siteGroups.add({ Title: 'Reviewers', Description: 'Web communications' });
    expect(created.Title).toBe('Reviewers');
    await site.spAs(owner.loginName).web.siteGroups.getByName('Reviewers').users.add(other.loginName);
    expect((await admin.web.siteGroups.getByName('Reviewers').users()).map((u: { Id: number }) => u.Id)).toEqual([other.id]);
    expect((await spError(site.spAs(visitor.loginName).web.siteGroups.add({ Title: 'Nope' }))).status).toBe(403);
    expect((await spError(site.spAs(member.loginName).web.siteGroups.getByName('Reviewers').users.add(member.loginName))).status).toBe(403);
  });

  test("role definitions carry SharePoint's real masks", async () => {
    type Def = { Name: string; Id: number; RoleTypeKind: number; BasePermissions: { Low: string; High: string } };
    const defs = (await admin.web.roleDefinitions()) as unknown as Def[];
    const byName = Object.fromEntries(defs.map((d) => [d.Name, d]));
    expect(byName['Full Control']).toMatchObject({
      Id: 1073741829,
      RoleTypeKind: 5,
      BasePermissions: { High: '2147483647', Low: '4294967295' }
    });
    expect(byName.Edit).toMatchObject({ Id: 1073741830, RoleTypeKind: 6, BasePermissions: { High: '432', Low: '1011030767' } });
    expect(byName.Contribute).toMatchObject({ Id: 1073741827, RoleTypeKind: 3, BasePermissions: { High: '432', Low: '1011028719' } });
    expect(byName.Read).toMatchObject({ Id: 1073741826, RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } });
    expect((await admin.web.roleDefinitions.getByType(4)()).Name).toBe('Design');
    expect((await admin.web.roleDefinitions.getByName('Read')()).Id).toBe(1073741826);
  });

  test('effective permissions: Read cannot add, Edit manages lists, site admin has all', async () => {
    const plans = (login: string) => site.spAs(login).web.lists.getByTitle('Plans');
    expect(await plans(visitor.loginName).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await plans(visitor.loginName).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await plans(member.loginName).currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
    expect(await plans(member.loginName).currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    expect(await site.spAs(site.adminLogin).web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
    const denied = await spError(plans(visitor.loginName).items.add({ Title: 'x' }));
    expect(denied).toEqual({ status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied.' });
    expect((await spError(site.spAs(visitor.loginName).web.lists.ensure('New list'))).status).toBe(403);
    expect((await spError(site.spAs(outsider.loginName).web())).status).toBe(403);
  });

  test('ReadSecurity 2 / WriteSecurity 2: own items only, list managers bypass', async () => {
    const contributors = await admin.web.lists.ensure('Drafts');
    const drafts = (login: string) => site.spAs(login).web.lists.getByTitle('Drafts');
    await drafts(site.adminLogin).breakRoleInheritance(false, true);
    const contribute = (await admin.web.roleDefinitions.getByName('Contribute')()).Id;
    await drafts(site.adminLogin).roleAssignments.add(member.id, contribute);
    await drafts(site.adminLogin).roleAssignments.add(other.id, contribute);
    await drafts(site.adminLogin).update({ ReadSecurity: 2, WriteSecurity: 2 });
    expect(contributors.created).toBe(true);
    const mine = await drafts(member.loginName).items.add({ Title: 'Mika draft' });
    const theirs = await drafts(other.loginName).items.add({ Title: 'Maria draft' });
    expect((await drafts(member.loginName).items.select('Title')()).map((i: { Title: string }) => i.Title)).toEqual(['Mika draft']);
    expect((await spError(drafts(member.loginName).items.getById(theirs.Id)())).status).toBe(404);
    expect((await spError(drafts(member.loginName).items.getById(theirs.Id).update({ Title: 'hijack' }))).status).toBe(403);
    expect((await spError(drafts(member.loginName).items.getById(theirs.Id).delete())).status).toBe(403);
    await drafts(member.loginName).items.getById(mine.Id).update({ Title: 'Mika draft 2' });
    // The site admin (Full Control → ManageLists) sees and edits everything.
    expect(await drafts(site.adminLogin).items.select('Title')()).toHaveLength(2);
    await drafts(site.adminLogin).items.getById(theirs.Id).update({ Title: 'Edited by admin' });
    await drafts(site.adminLogin).update({ WriteSecurity: 4 });
    expect((await spError(drafts(member.loginName).items.add({ Title: 'x' }))).status).toBe(403);
  });

  test('breakRoleInheritance, addroleassignment and roleassignments with $expand', async () => {
    await admin.web.lists.ensure('Reviews');
    const reviews = admin.web.lists.getByTitle('Reviews');
    expect((await spError(reviews.roleAssignments.add(member.id, 1073741826))).status).toBe(400);
    expect(await reviews.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: false });
    await reviews.breakRoleInheritance(true, false);
    expect(await reviews.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
    const visitors = await admin.web.associatedVisitorGroup();
    await reviews.roleAssignments.remove(visitors.Id, 1073741826);
    await reviews.roleAssignments.add(visitor.id, 1073741827);
    type Assignment = { Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> };
    const assignments = (await reviews.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as Assignment[];
    const summary = assignments.map((a) => `${a.Member.Title}:${a.RoleDefinitionBindings.map((b) => b.Name).join('+')}`);
    expect(summary).toEqual(['Hub Owners:Full Control', 'Hub Members:Edit', 'Ville Visitor:Contribute']);
    // The visitor can now add here (Contribute) but still not on inheriting lists.
    await site.spAs(visitor.loginName).web.lists.getByTitle('Reviews').items.add({ Title: 'From Ville' });
    expect(
      (await spError(site.spAs(member.loginName).web.lists.getByTitle('Reviews').roleAssignments.add(member.id, 1073741829))).status
    ).toBe(403);
    await reviews.resetRoleInheritance();
    expect((await spError(site.spAs(visitor.loginName).web.lists.getByTitle('Reviews').items.add({ Title: 'again' }))).status).toBe(403);
  });

  test('a list shared with an outsider only is visible to them, others are not', async () => {
    await admin.web.lists.ensure('Private');
    const priv = admin.web.lists.getByTitle('Private');
    await priv.breakRoleInheritance(false);
    await priv.roleAssignments.add(outsider.id, 1073741826);
    expect((await site.spAs(outsider.loginName).web.lists.getByTitle('Private').items()).length).toBe(0);
    expect((await spError(site.spAs(member.loginName).web.lists.getByTitle('Private')())).status).toBe(404);
    const visible = await site.spAs(outsider.loginName).web.lists.select('Title')();
    expect(visible.map((l: { Title: string }) => l.Title)).toEqual(['Private']);
  });
});
