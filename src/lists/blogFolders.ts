/**
 * A blog's folders and their permissions, the SharePoint way: DDH Posts and DDH Post Images each
 * have one folder per blog ("blog-<id>") with unique permissions — the blog's owners (people, or a
 * site group for a group blog) Contribute, the site's owners Full Control, staff Read. What is
 * created inside inherits that, so the server refuses anyone else (403), even over REST.
 *
 * Here, not in the feed's data layer, because provisioning needs it too: the v5 step gives every
 * blog that existed before it a pictures folder with the same grants (migrations.ts).
 * Setting permissions needs ManagePermissions: site owners run all of this.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import '@pnp/sp/security/item';
import { IItem } from '@pnp/sp/items';
import { blogFolderName } from './feedLists';
import { ROLE_TYPES } from './types';

type RoleIds = Record<keyof typeof ROLE_TYPES, number>;
interface AssignmentRow {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}

/** Role definition ids and the site's three groups, read once per use. */
async function roleIds(sp: SPFI): Promise<RoleIds> {
  const names = Object.keys(ROLE_TYPES) as Array<keyof typeof ROLE_TYPES>;
  const defs = await Promise.all(names.map((name) => sp.web.roleDefinitions.getByType(ROLE_TYPES[name]).select('Id')<{ Id: number }>()));
  const ids = {} as RoleIds;
  names.forEach((name, i) => {
    ids[name] = defs[i].Id;
  });
  return ids;
}

async function staffGroups(sp: SPFI): Promise<{ owners: number; members: number; visitors: number }> {
  const [owners, members, visitors] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>(),
    sp.web.associatedMemberGroup.select('Id')<{ Id: number }>(),
    sp.web.associatedVisitorGroup.select('Id')<{ Id: number }>()
  ]);
  return { owners: owners.Id, members: members.Id, visitors: visitors.Id };
}

/** Server-relative URL of the blog's folder in the list or library. */
export async function blogFolderUrl(sp: SPFI, listTitle: string, blogId: number): Promise<string> {
  const root = await sp.web.lists.getByTitle(listTitle).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
  return `${root.ServerRelativeUrl.replace(/\/+$/, '')}/${blogFolderName(blogId)}`;
}

/** The list item of the blog's folder (what carries its permissions); undefined when there is no folder. */
async function folderItemId(sp: SPFI, listTitle: string, blogId: number): Promise<number | undefined> {
  try {
    const row = await sp.web.getFolderByServerRelativePath(await blogFolderUrl(sp, listTitle, blogId)).listItemAllFields.select('Id')<{
      Id?: number;
    }>();
    return row.Id || undefined;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

function folderItem(sp: SPFI, listTitle: string, itemId: number): IItem {
  return sp.web.lists.getByTitle(listTitle).items.getById(itemId);
}

/** Sends the calls in `$batch` requests of at most 20, all at once; throws the first failure. */
async function batched(sp: SPFI, calls: Array<(b: SPFI) => Promise<unknown>>): Promise<void> {
  const chunks: Array<typeof calls> = [];
  for (let i = 0; i < calls.length; i += 20) chunks.push(calls.slice(i, i + 20));
  await Promise.all(
    chunks.map(async (chunk) => {
      const [b, execute] = sp.batched();
      const outcomes = chunk.map((call) => call(b));
      outcomes.forEach((o) => o.catch(() => undefined));
      await execute();
      await Promise.all(outcomes);
    })
  );
}

/**
 * Creates the blog's folder in the list or library, unless it is there, and gives it the blog's
 * grants: exactly the site's owners (Full Control), members and visitors (Read) and the blog's
 * owners (Contribute). Returns whether it created the folder.
 */
export async function ensureBlogFolder(sp: SPFI, listTitle: string, blogId: number, ownerPrincipals: readonly number[]): Promise<boolean> {
  let itemId = await folderItemId(sp, listTitle, blogId);
  const created = itemId === undefined;
  if (created) {
    // A folder with a list item (folders.addUsingPath would make a bare folder, which has no permissions of its own).
    await sp.web.lists.getByTitle(listTitle).rootFolder.addSubFolderUsingPath(blogFolderName(blogId));
    itemId = await folderItemId(sp, listTitle, blogId);
    if (itemId === undefined)
      throw Object.assign(new Error(`The folder of blog ${blogId} in ${listTitle} has no list item.`), { status: 404 });
  } else {
    const item = await folderItem(sp, listTitle, itemId as number).select('HasUniqueRoleAssignments')<{
      HasUniqueRoleAssignments?: boolean;
    }>();
    if (item.HasUniqueRoleAssignments) return false;
  }
  const id = itemId as number;
  const [roles, staff, me] = await Promise.all([roleIds(sp), staffGroups(sp), sp.web.currentUser.select('Id')<{ Id: number }>()]);
  // Start from nothing, then grant exactly: the folder must not keep the list's grants by accident.
  await folderItem(sp, listTitle, id).breakRoleInheritance(false, true);
  const grants: Array<[number, number]> = [
    [staff.owners, roles.fullControl],
    [staff.members, roles.read],
    [staff.visitors, roles.read],
    ...ownerPrincipals.map((principal): [number, number] => [principal, roles.contribute])
  ];
  await batched(
    sp,
    grants.map(
      ([principal, role]) =>
        (b: SPFI) =>
          folderItem(b, listTitle, id).roleAssignments.add(principal, role)
    )
  );
  // Breaking inheritance gave the creator Full Control of their own; site owners keep it through their group.
  await folderItem(sp, listTitle, id).roleAssignments.remove(me.Id, roles.fullControl);
  return created;
}

/** Makes the blog's owners (people and groups) exactly the folder's Contribute holders. */
export async function setBlogFolderOwners(sp: SPFI, listTitle: string, blogId: number, ownerPrincipals: readonly number[]): Promise<void> {
  const itemId = await folderItemId(sp, listTitle, blogId);
  if (itemId === undefined) {
    await ensureBlogFolder(sp, listTitle, blogId, ownerPrincipals);
    return;
  }
  const roles = await roleIds(sp);
  const assignments = await folderItem(sp, listTitle, itemId)
    .roleAssignments.expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/Id')<AssignmentRow[]>();
  const holders = assignments.filter((a) => a.RoleDefinitionBindings.some((b) => b.Id === roles.contribute)).map((a) => a.PrincipalId);
  await batched(sp, [
    ...ownerPrincipals
      .filter((id) => holders.indexOf(id) < 0)
      .map((id) => (b: SPFI) => folderItem(b, listTitle, itemId).roleAssignments.add(id, roles.contribute)),
    ...holders
      .filter((id) => ownerPrincipals.indexOf(id) < 0)
      .map((id) => (b: SPFI) => folderItem(b, listTitle, itemId).roleAssignments.remove(id, roles.contribute))
  ]);
}

/** Removes the blog's folder (undoing a creation that failed half-way); best effort. */
export async function removeBlogFolder(sp: SPFI, listTitle: string, blogId: number): Promise<void> {
  try {
    await sp.web.getFolderByServerRelativePath(await blogFolderUrl(sp, listTitle, blogId)).delete();
  } catch {
    /* the error that stopped the creation is the one to report */
  }
}
