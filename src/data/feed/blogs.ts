/**
 * Blogs, and the rule "only a blog's owners post to it", the SharePoint way: DDH Posts has one
 * folder per blog with unique permissions — the blog's owners (people, or a site group for a
 * group blog) Contribute, the site's owners Full Control, staff Read. A post is created inside
 * its blog's folder and inherits that, so the server refuses anyone else (403), even over REST.
 *
 * Setting permissions needs ManagePermissions, so blogs are created and handed over by site
 * owners; `canManageBlogs` tells the app whether to offer it.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import '@pnp/sp/security/item';
import { IList } from '@pnp/sp/lists';
import { PermissionKind } from '@pnp/sp/security';
import { BLOG_FIELDS, FEED_LISTS } from '../../lists/feedLists';
import { ROLE_TYPES } from '../../lists/types';
import { findSiteUsers, Person } from '../people';
import { readAll } from '../paging';
import { batchedAll } from './batches';
import { BLOG_EXPAND, BLOG_SELECT, BlogKind, blogFolderName, currentSchema, FeedSchema, formatIdList, selectAt, StoredBlog, toBlog } from './rows';

export interface NewBlog {
  title: string;
  kind: BlogKind;
  unit?: string;
  description?: string;
  /** People who own (write to) the blog. */
  ownerIds: number[];
  /** Site groups whose members own the blog (a unit's or an embassy's team). */
  ownerGroupIds?: number[];
}

type RoleIds = Record<keyof typeof ROLE_TYPES, number>;
interface StaffGroups { owners: number; members: number; visitors: number }
interface AssignmentRow { PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number }> }

export class BlogRepository {
  private rootFolderUrl: Promise<string> | undefined;
  private roles: Promise<RoleIds> | undefined;

  public constructor(private readonly sp: SPFI, private readonly schema: FeedSchema = currentSchema()) {}

  private select(): string[] {
    return selectAt('blogs', BLOG_SELECT, this.schema.version);
  }

  private blogsList(sp: SPFI = this.sp): IList {
    return sp.web.lists.getByTitle(FEED_LISTS.blogs.title);
  }

  private postsList(sp: SPFI = this.sp): IList {
    return sp.web.lists.getByTitle(FEED_LISTS.posts.title);
  }

  /** The query for all blogs (a small list: one per person or group that writes). */
  public query(sp: SPFI = this.sp): ReturnType<IList['items']['top']> {
    return this.blogsList(sp).items.select(...this.select()).expand(...BLOG_EXPAND).orderBy('Title', true).top(500);
  }

  public async list(): Promise<StoredBlog[]> {
    return (await readAll(this.sp, this.query())).map(toBlog);
  }

  public async get(id: number): Promise<StoredBlog> {
    return toBlog(await this.blogsList().items.getById(id).select(...this.select()).expand(...BLOG_EXPAND)());
  }

  /** Site user ids for e-mail addresses or logins (adds them to the site's user list as SharePoint does). */
  public async ensurePeople(logins: readonly string[]): Promise<number[]> {
    const users = await Promise.all(logins.map((login) => this.sp.web.ensureUser(login.trim())));
    return users.map((u) => u.Id);
  }

  /** Site users (not groups) with a word of their name starting with `text`, for choosing a blog's writers. */
  public async findPeople(text: string, top: number = 8): Promise<Person[]> {
    if (text.trim().length < 2) return [];
    return findSiteUsers(this.sp, text, top);
  }

  /** Whether the signed-in person may create blogs and change their owners (ManagePermissions on DDH Posts). */
  public async canManageBlogs(): Promise<boolean> {
    return this.postsList().currentUserHasPermissions(PermissionKind.ManagePermissions);
  }

  /** Server-relative URL of the blog's folder in DDH Posts: where its posts are created. */
  public async folderUrl(blogId: number): Promise<string> {
    if (!this.rootFolderUrl) {
      this.rootFolderUrl = this.postsList().rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
        .then((f) => f.ServerRelativeUrl.replace(/\/+$/, ''));
      this.rootFolderUrl.catch(() => { this.rootFolderUrl = undefined; });
    }
    return `${await this.rootFolderUrl}/${blogFolderName(blogId)}`;
  }

  /** Creates the blog, its folder and the folder's permissions; undoes what it did if a step fails. */
  public async create(blog: NewBlog): Promise<StoredBlog> {
    const ownerIds = unique(blog.ownerIds);
    const ownerGroupIds = unique(blog.ownerGroupIds || []);
    if (!blog.title.trim() || ownerIds.length + ownerGroupIds.length === 0) {
      throw new RangeError('A blog needs a title and at least one owner.');
    }
    const added = await this.blogsList().items.add({
      Title: blog.title.trim(),
      [BLOG_FIELDS.kind]: blog.kind,
      [BLOG_FIELDS.unit]: (blog.unit || '').trim() || null,
      [BLOG_FIELDS.description]: (blog.description || '').trim() || null,
      [`${BLOG_FIELDS.owners}Id`]: ownerIds,
      [BLOG_FIELDS.ownerGroups]: formatIdList(ownerGroupIds) || null
    }) as { Id: number };
    let folderCreated = false;
    try {
      // A folder with a list item (folders.addUsingPath would make a bare folder, which has no permissions of its own).
      await this.postsList().rootFolder.addSubFolderUsingPath(blogFolderName(added.Id));
      folderCreated = true;
      await this.secureFolder(added.Id, [...ownerIds, ...ownerGroupIds]);
    } catch (error) {
      await this.undoCreate(added.Id, folderCreated);
      throw error;
    }
    return this.get(added.Id);
  }

  /** Hands the blog to other owners: the Blog item and its folder's Contribute grants change together. */
  public async changeOwners(blog: StoredBlog, ownerIds: number[], ownerGroupIds: number[] = []): Promise<StoredBlog> {
    const people = unique(ownerIds);
    const groups = unique(ownerGroupIds);
    if (people.length + groups.length === 0) throw new RangeError('A blog needs at least one owner.');
    await this.blogsList().items.getById(blog.id).update({
      [`${BLOG_FIELDS.owners}Id`]: people,
      [BLOG_FIELDS.ownerGroups]: formatIdList(groups) || null
    }, blog.etag);
    const [roles, folderItemId] = await Promise.all([this.roleIds(), this.folderItemId(blog.id)]);
    const assignments = await this.postsList().items.getById(folderItemId).roleAssignments
      .expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<AssignmentRow[]>();
    const holders = assignments.filter((a) => a.RoleDefinitionBindings.some((b) => b.Id === roles.contribute)).map((a) => a.PrincipalId);
    const wanted = [...people, ...groups];
    const folderItem = (sp: SPFI): ReturnType<IList['items']['getById']> => this.postsList(sp).items.getById(folderItemId);
    await batchedAll(this.sp, [
      ...wanted.filter((id) => holders.indexOf(id) < 0).map((id) => (b: SPFI) => folderItem(b).roleAssignments.add(id, roles.contribute)),
      ...holders.filter((id) => wanted.indexOf(id) < 0).map((id) => (b: SPFI) => folderItem(b).roleAssignments.remove(id, roles.contribute))
    ]);
    return this.get(blog.id);
  }

  private async folderItemId(blogId: number): Promise<number> {
    const row = await this.sp.web.getFolderByServerRelativePath(await this.folderUrl(blogId)).listItemAllFields.select('Id')<{ Id?: number }>();
    if (!row.Id) throw Object.assign(new Error(`The folder of blog ${blogId} has no list item.`), { status: 404 });
    return row.Id;
  }

  private async secureFolder(blogId: number, ownerPrincipals: number[]): Promise<void> {
    const [folderItemId, roles, staff, me] = await Promise.all([
      this.folderItemId(blogId), this.roleIds(), this.staffGroups(), this.sp.web.currentUser.select('Id')<{ Id: number }>()
    ]);
    const item = (sp: SPFI): ReturnType<IList['items']['getById']> => this.postsList(sp).items.getById(folderItemId);
    // Start from nothing, then grant exactly: the folder must not keep the list's grants by accident.
    await item(this.sp).breakRoleInheritance(false, true);
    const grants: Array<[number, number]> = [
      [staff.owners, roles.fullControl], [staff.members, roles.read], [staff.visitors, roles.read],
      ...ownerPrincipals.map((id): [number, number] => [id, roles.contribute])
    ];
    await batchedAll(this.sp, grants.map(([principal, role]) => (b: SPFI) => item(b).roleAssignments.add(principal, role)));
    // Breaking inheritance gave the creator Full Control of their own; site owners keep it through their group.
    await item(this.sp).roleAssignments.remove(me.Id, roles.fullControl);
  }

  private async undoCreate(blogId: number, folderCreated: boolean): Promise<void> {
    try {
      if (folderCreated) await this.sp.web.getFolderByServerRelativePath(await this.folderUrl(blogId)).delete();
    } catch { /* best effort: the error that stopped the creation is the one to report */ }
    try {
      await this.blogsList().items.getById(blogId).delete();
    } catch { /* as above */ }
  }

  private roleIds(): Promise<RoleIds> {
    if (!this.roles) {
      const names = Object.keys(ROLE_TYPES) as Array<keyof typeof ROLE_TYPES>;
      this.roles = Promise.all(names.map((name) => this.sp.web.roleDefinitions.getByType(ROLE_TYPES[name]).select('Id')<{ Id: number }>()))
        .then((defs) => {
          const ids = {} as RoleIds;
          names.forEach((name, i) => { ids[name] = defs[i].Id; });
          return ids;
        });
      this.roles.catch(() => { this.roles = undefined; });
    }
    return this.roles;
  }

  private async staffGroups(): Promise<StaffGroups> {
    const [owners, members, visitors] = await Promise.all([
      this.sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>(),
      this.sp.web.associatedMemberGroup.select('Id')<{ Id: number }>(),
      this.sp.web.associatedVisitorGroup.select('Id')<{ Id: number }>()
    ]);
    return { owners: owners.Id, members: members.Id, visitors: visitors.Id };
  }
}

function unique(ids: readonly number[]): number[] {
  return ids.filter((id, i) => Number.isSafeInteger(id) && id > 0 && ids.indexOf(id) === i);
}
