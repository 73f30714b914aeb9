/**
 * Blogs, and the rule "only a blog's owners post to it", the SharePoint way: DDH Posts and DDH
 * Post Images have one folder per blog with unique permissions (src/lists/blogFolders.ts) — the
 * blog's owners Contribute, the site's owners Full Control, staff Read. A post or a picture is
 * created inside its blog's folder and inherits that, so the server refuses anyone else (403).
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
import { IList } from '@pnp/sp/lists';
import { effectivePermissions, hasRight, RIGHTS } from '../permissions';
import { BLOG_FIELDS, FEED_LISTS } from '../../lists/feedLists';
import { findSiteUsers, Person } from '../people';
import { readAll } from '../paging';
import {
  BLOG_EXPAND,
  BLOG_SELECT,
  BlogKind,
  blogFolderName,
  currentSchema,
  FeedSchema,
  formatIdList,
  selectAt,
  StoredBlog,
  toBlog
} from './rows';

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

export class BlogRepository {
  private rootFolderUrl: Promise<string> | undefined;

  public constructor(
    private readonly sp: SPFI,
    private readonly schema: FeedSchema = currentSchema()
  ) {}

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
    return this.blogsList(sp)
      .items.select(...this.select())
      .expand(...BLOG_EXPAND)
      .orderBy('Title', true)
      .top(500);
  }

  public async list(): Promise<StoredBlog[]> {
    return (await readAll(this.sp, this.query())).map(toBlog);
  }

  public async get(id: number): Promise<StoredBlog> {
    return toBlog(
      await this.blogsList()
        .items.getById(id)
        .select(...this.select())
        .expand(...BLOG_EXPAND)()
    );
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
    return hasRight(await effectivePermissions(this.postsList()), RIGHTS.ManagePermissions);
  }

  /** Server-relative URL of the blog's folder in DDH Posts: where its posts are created. */
  public async folderUrl(blogId: number): Promise<string> {
    if (!this.rootFolderUrl) {
      this.rootFolderUrl = this.postsList()
        .rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
        .then((f) => f.ServerRelativeUrl.replace(/\/+$/, ''));
      this.rootFolderUrl.catch(() => {
        this.rootFolderUrl = undefined;
      });
    }
    return `${await this.rootFolderUrl}/${blogFolderName(blogId)}`;
  }

  /** Creates the blog, its folders (posts, pictures) and their permissions; undoes what it did if a step fails. */
  public async create(blog: NewBlog): Promise<StoredBlog> {
    const ownerIds = unique(blog.ownerIds);
    const ownerGroupIds = unique(blog.ownerGroupIds || []);
    if (!blog.title.trim() || ownerIds.length + ownerGroupIds.length === 0) {
      throw new RangeError('A blog needs a title and at least one owner.');
    }
    const added = (await this.blogsList().items.add({
      Title: blog.title.trim(),
      [BLOG_FIELDS.kind]: blog.kind,
      [BLOG_FIELDS.unit]: (blog.unit || '').trim() || null,
      [BLOG_FIELDS.description]: (blog.description || '').trim() || null,
      [`${BLOG_FIELDS.owners}Id`]: ownerIds,
      [BLOG_FIELDS.ownerGroups]: formatIdList(ownerGroupIds) || null
    })) as { Id: number };
    // Setting permissions (and PnPjs's security modules) loads when a blog is made, not with the feed.
    const { ensureBlogFolder, removeBlogFolder } = await import(/* webpackChunkName: 'ddh-blog-folders' */ '../../lists/blogFolders');
    const created: string[] = [];
    try {
      for (const list of this.folderLists()) {
        await ensureBlogFolder(this.sp, list, added.Id, [...ownerIds, ...ownerGroupIds]);
        created.push(list);
      }
    } catch (error) {
      await Promise.all(created.map((list) => removeBlogFolder(this.sp, list, added.Id)));
      await this.blogsList()
        .items.getById(added.Id)
        .delete()
        .catch(() => undefined);
      throw error;
    }
    return this.get(added.Id);
  }

  /** Hands the blog to other owners: the Blog item and its folders' Contribute grants change together. */
  public async changeOwners(blog: StoredBlog, ownerIds: number[], ownerGroupIds: number[] = []): Promise<StoredBlog> {
    const people = unique(ownerIds);
    const groups = unique(ownerGroupIds);
    if (people.length + groups.length === 0) throw new RangeError('A blog needs at least one owner.');
    await this.blogsList()
      .items.getById(blog.id)
      .update(
        {
          [`${BLOG_FIELDS.owners}Id`]: people,
          [BLOG_FIELDS.ownerGroups]: formatIdList(groups) || null
        },
        blog.etag
      );
    const { setBlogFolderOwners } = await import(/* webpackChunkName: 'ddh-blog-folders' */ '../../lists/blogFolders');
    await Promise.all(this.folderLists().map((list) => setBlogFolderOwners(this.sp, list, blog.id, [...people, ...groups])));
    return this.get(blog.id);
  }

  /** The lists with a folder per blog: posts, and from schema v5 pictures. */
  private folderLists(): string[] {
    return this.schema.version >= (FEED_LISTS.postImages.since ?? 1)
      ? [FEED_LISTS.posts.title, FEED_LISTS.postImages.title]
      : [FEED_LISTS.posts.title];
  }
}

function unique(ids: readonly number[]): number[] {
  return ids.filter((id, i) => Number.isSafeInteger(id) && id > 0 && ids.indexOf(id) === i);
}
