/** @jest-environment node */
import '@pnp/sp/folders';
import '@pnp/sp/security/item';
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import { createTestSite, spError, TestSite } from '../support/sp';

const FULL_CONTROL = 1073741829;
const CONTRIBUTE = 1073741827;
const READ = 1073741826;

type FormResult = Array<{ FieldName: string; FieldValue: string | null; HasException: boolean }>;

describe('item-level permissions: one folder per blog, owners post', () => {
  // Every test gets its own site: DDH Posts with the folder blog-1, where Olga contributes and everyone else reads.
  let site: TestSite;
  let admin: SPFI;
  let olga: { id: number; loginName: string };
  let mika: { id: number; loginName: string };
  let ville: { id: number; loginName: string };
  let sitePath = '';
  let blog = '';
  const posts = (login: string) => site.spAs(login).web.lists.getByTitle('DDH Posts');
  const blogFolder = (login: string) => site.spAs(login).web.getFolderByServerRelativePath(blog);
  const post = (login: string, title: string) =>
    posts(login).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: title }], blog);
  const idOf = (result: unknown): number => Number((result as FormResult).find((r) => r.FieldName === 'Id')?.FieldValue);
  let membersId = 0;
  let visitorsId = 0;

  beforeEach(async () => {
    site = createTestSite();
    admin = site.spAs(site.adminLogin);
    olga = site.addUser('olga.owner@contoso.onmicrosoft.com', 'Olga Blogowner', 'Hub Members');
    mika = site.addUser('mika.member@contoso.onmicrosoft.com', 'Mika Member', 'Hub Members');
    ville = site.addUser('ville.visitor@contoso.onmicrosoft.com', 'Ville Visitor', 'Hub Visitors');
    sitePath = new URL(site.siteUrl).pathname;
    blog = `${sitePath}/Lists/DDH Posts/blog-1`;
    await admin.web.lists.ensure('DDH Posts');
    await posts(site.adminLogin).update({ EnableFolderCreation: true });
    await posts(site.adminLogin).rootFolder.addSubFolderUsingPath('blog-1');
    membersId = (await admin.web.associatedMemberGroup()).Id;
    visitorsId = (await admin.web.associatedVisitorGroup()).Id;
    // The blog folder: owners Contribute, everyone else Read.
    const folderItem = await blogFolder(site.adminLogin).getItem();
    await folderItem.breakRoleInheritance(false, true);
    await folderItem.roleAssignments.add(membersId, READ);
    await folderItem.roleAssignments.add(visitorsId, READ);
    await folderItem.roleAssignments.add(olga.id, CONTRIBUTE);
  });
  afterEach(() => site.dispose());

  test('the folder item has unique permissions; breaking without copy gave the caller Full Control', async () => {
    const item = blogFolder(site.adminLogin).listItemAllFields;
    expect(await item.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
    const folderItem = await blogFolder(site.adminLogin).getItem();
    type Assignment = { Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> };
    const assignments = (await folderItem.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as Assignment[];
    expect(assignments.map((a) => `${a.Member.Title}:${a.RoleDefinitionBindings.map((b) => b.Name).join('+')}`)).toEqual([
      'Site Admin:Full Control',
      'Hub Members:Read',
      'Hub Visitors:Read',
      'Olga Blogowner:Contribute'
    ]);
    expect(await folderItem.userHasPermissions(olga.loginName, PermissionKind.AddListItems)).toBe(true);
    expect(await folderItem.userHasPermissions(mika.loginName, PermissionKind.AddListItems)).toBe(false);
    expect(await folderItem.userHasPermissions(mika.loginName, PermissionKind.ViewListItems)).toBe(true);
  });

  test('the owner posts into the blog folder; another member (Edit on the list, Read on the folder) gets 403', async () => {
    const ok = await post(olga.loginName, 'Olga writes');
    expect((ok as unknown as FormResult).every((r) => !r.HasException)).toBe(true);
    const created = await posts(olga.loginName).items.getById(idOf(ok)).select('FileDirRef', 'HasUniqueRoleAssignments')();
    expect(created).toMatchObject({ FileDirRef: blog, HasUniqueRoleAssignments: false });
    const denied = await spError(post(mika.loginName, 'Mika tries'));
    expect(denied).toEqual({ status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied.' });
    expect((await spError(post(ville.loginName, 'Ville tries'))).status).toBe(403);
    expect((await spError(blogFolder(mika.loginName).addSubFolderUsingPath('sneaky'))).status).toBe(403);
    // Mika may still add to the list's root folder (Edit on the list).
    await posts(mika.loginName).items.add({ Title: 'Mika at the root' });
  });

  test('non-owners read the post but cannot update or delete it (403); the owner can', async () => {
    const id = idOf(await post(olga.loginName, 'Owned post'));
    const asMika = posts(mika.loginName).items.getById(id);
    expect((await asMika.select('Title')()).Title).toBe('Owned post');
    expect(await asMika.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect((await spError(asMika.update({ Title: 'hijack' }))).status).toBe(403);
    expect((await spError(posts(mika.loginName).items.getById(id).delete())).status).toBe(403);
    expect((await spError(asMika.recycle())).status).toBe(403);
    expect((await spError(asMika.validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'hijack' }]))).status).toBe(403);
    // Deleting the whole blog folder would delete Olga's posts: refused for a member with Read there.
    expect((await spError(blogFolder(mika.loginName).delete())).status).toBe(403);
    const asOlga = posts(olga.loginName).items.getById(id);
    await asOlga.update({ Title: 'Owned post, edited' });
    expect((await asOlga.select('Title')()).Title).toBe('Owned post, edited');
    await posts(olga.loginName).items.getById(id).delete();
  });

  test("changing the folder's role assignments takes effect on the next request", async () => {
    const folderItem = await blogFolder(site.adminLogin).getItem();
    await folderItem.roleAssignments.remove(olga.id, CONTRIBUTE);
    await folderItem.roleAssignments.add(mika.id, CONTRIBUTE);
    expect((await spError(post(olga.loginName, 'Olga again'))).status).toBe(403);
    await post(mika.loginName, 'Mika now owns it');
    await folderItem.roleAssignments.remove(mika.id, CONTRIBUTE);
    await folderItem.roleAssignments.add(olga.id, CONTRIBUTE);
    await post(olga.loginName, 'Olga is back');
    expect((await spError(post(mika.loginName, 'Mika again'))).status).toBe(403);
  });

  test('an item with unique permissions is hidden from those without read: left out of reads, 404 by id', async () => {
    await post(olga.loginName, 'Olga writes');
    const secret = await posts(site.adminLogin).items.add({ Title: 'Secret' });
    const item = posts(site.adminLogin).items.getById(secret.Id);
    await item.breakRoleInheritance(false);
    expect(await item.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
    // Mika has Edit (ManageLists) on the list: that does not bypass unique item permissions.
    expect(await posts(mika.loginName).currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
    const titles = (await posts(mika.loginName).items.select('Title')()).map((r: { Title: string }) => r.Title);
    expect(titles).not.toContain('Secret');
    expect(titles).toContain('Olga writes');
    expect((await spError(posts(mika.loginName).items.getById(secret.Id)())).status).toBe(404);
    expect((await spError(posts(mika.loginName).items.getById(secret.Id).update({ Title: 'x' }))).status).toBe(404);
    await item.roleAssignments.add(mika.id, READ);
    expect((await posts(mika.loginName).items.getById(secret.Id)()).Title).toBe('Secret');
    await item.resetRoleInheritance();
    await posts(mika.loginName).items.getById(secret.Id).update({ Title: 'No longer secret' });
  });

  test('role assignment changes on an inheriting item are refused (400); a visitor cannot break inheritance (403)', async () => {
    const plain = await posts(site.adminLogin).items.add({ Title: 'Plain' });
    expect((await spError(posts(site.adminLogin).items.getById(plain.Id).roleAssignments.add(mika.id, FULL_CONTROL))).status).toBe(400);
    expect((await spError(posts(ville.loginName).items.getById(plain.Id).breakRoleInheritance(true))).status).toBe(403);
  });

  test('resetting the folder makes its posts inherit the list again', async () => {
    await site.spAs(site.adminLogin).web.lists.ensure('Scratch posts');
    const scratch = (login: string) => site.spAs(login).web.lists.getByTitle('Scratch posts');
    await scratch(site.adminLogin).update({ EnableFolderCreation: true });
    await scratch(site.adminLogin).rootFolder.addSubFolderUsingPath('b');
    const folder = site.spAs(site.adminLogin).web.getFolderByServerRelativePath(`${sitePath}/Lists/Scratch posts/b`);
    const folderItem = await folder.getItem();
    await folderItem.breakRoleInheritance(true);
    await folderItem.roleAssignments.remove(membersId, 1073741830);
    await folderItem.roleAssignments.add(membersId, READ);
    const add = () =>
      scratch(mika.loginName).addValidateUpdateItemUsingPath(
        [{ FieldName: 'Title', FieldValue: 'm' }],
        `${sitePath}/Lists/Scratch posts/b`
      );
    expect((await spError(add())).status).toBe(403);
    await folderItem.resetRoleInheritance();
    await add();
  });

  test('snapshot and restore keep folders and item role assignments', async () => {
    const restored = createTestSite({ state: site.emulator.snapshot() });
    const path = `${new URL(restored.siteUrl).pathname}/Lists/DDH Posts/blog-1`;
    const folder = (login: string) => restored.spAs(login).web.getFolderByServerRelativePath(path);
    expect((await folder(site.adminLogin)()).Name).toBe('blog-1');
    expect(await folder(site.adminLogin).listItemAllFields.select('HasUniqueRoleAssignments')()).toMatchObject({
      HasUniqueRoleAssignments: true
    });
    const add = (login: string) =>
      restored
        .spAs(login)
        .web.lists.getByTitle('DDH Posts')
        .addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'after restore' }], path);
    await add(olga.loginName);
    expect((await spError(add(mika.loginName))).status).toBe(403);
    const inBlog = await restored
      .spAs(mika.loginName)
      .web.lists.getByTitle('DDH Posts')
      .items.filter(`FileDirRef eq '${path}'`)
      .select('Title')();
    expect(inBlog.map((r: { Title: string }) => r.Title)).toContain('after restore');
    restored.dispose();
  });

  // How long the paging takes is measured by the bench (workbench/bench/emulator.ts), not asserted here.
  test('paging a 100,000-item list with unique folder scopes leaves out what the reader cannot see', async () => {
    await admin.web.lists.ensure('Big posts');
    const big = (login: string) => site.spAs(login).web.lists.getByTitle('Big posts');
    await big(site.adminLogin).update({ EnableFolderCreation: true });
    for (const name of ['a', 'b']) await big(site.adminLogin).rootFolder.addSubFolderUsingPath(name);
    const hidden = await site.spAs(site.adminLogin).web.getFolderByServerRelativePath(`${sitePath}/Lists/Big posts/b`).getItem();
    await hidden.breakRoleInheritance(false);
    site.emulator.seedItems(
      'Big posts',
      Array.from({ length: 100000 }, (_, i) => ({ Title: `P${i}`, FileDirRef: i % 2 ? 'a' : 'b' }))
    );
    let seen = 0;
    let fromB = 0;
    for await (const page of big(mika.loginName).items.select('Id', 'FileDirRef').top(5000)) {
      for (const row of page as Array<{ FileDirRef: string }>) {
        seen++;
        if (row.FileDirRef.endsWith('/b')) fromB++;
      }
    }
    expect(fromB).toBe(0);
    expect(seen).toBe(50001); // the 50,000 posts in "a" and the folder item "a" itself
  });
});
