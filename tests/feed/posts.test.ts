/** @jest-environment node */
import '@pnp/sp/site-groups';
import { FEED_LISTS } from '../../src/lists/feedLists';
import { PostInvalidError } from '../../src/data/feed';
import { spError } from '../support/sp';
import { createFeedSite, FeedSite, practicePost, samplePost } from './site';

describe('blogs and posts through @pnp/sp', () => {
  let s: FeedSite;
  beforeAll(async () => {
    s = await createFeedSite();
  });

  test('a site owner creates a blog: item, folder with its own permissions, owners named', async () => {
    const anna = s.person(1);
    const blog = await s.blog('Anna in Tokyo', [anna.id]);
    expect(blog).toMatchObject({
      title: 'Anna in Tokyo',
      kind: 'person',
      ownerIds: [anna.id],
      owners: [{ id: anna.id, name: anna.title }]
    });
    const admin = s.site.spAs(s.site.adminLogin);
    const folderUrl = await s.admin.feed.blogs.folderUrl(blog.id);
    const item = await admin.web.getFolderByServerRelativePath(folderUrl).listItemAllFields.select('Id', 'HasUniqueRoleAssignments')();
    expect(item.HasUniqueRoleAssignments).toBe(true);
  });

  test('a member cannot create a blog: the server refuses the folder permissions', async () => {
    const eve = s.person(2);
    expect(await eve.feed.blogs.canManageBlogs()).toBe(false);
    await expect(eve.feed.blogs.create({ title: 'Mine', kind: 'person', ownerIds: [eve.id] })).rejects.toMatchObject({ status: 403 });
    expect((await s.admin.feed.blogs.list()).map((b) => b.title)).not.toContain('Mine');
  });

  test('an owner posts: sanitised body, keywords stored on the post and as one row each', async () => {
    const anna = s.person(1);
    const blog = await s.blog('Crisis notes', [anna.id]);
    const before = Math.floor(Date.now() / 1000) * 1000; // stored to the second
    const post = await anna.feed.posts.create(
      samplePost(blog.id, {
        bodyHtml: '<p onclick="alert(1)">Hello <script>alert(1)</script><strong>world</strong></p>',
        keywords: ['#Crisis', ' ash  cloud ', 'crisis']
      })
    );
    expect(post).toMatchObject({
      blogId: blog.id,
      kind: 'blogPost',
      keywords: ['crisis', 'ash cloud'],
      author: { id: anna.id, name: anna.title }
    });
    expect(post.bodyHtml).toBe('<p>Hello <strong>world</strong></p>');
    // Published when it was created: between the call and its answer (not within some wall-clock allowance).
    expect(post.published.getTime()).toBeGreaterThanOrEqual(before);
    expect(post.published.getTime()).toBeLessThanOrEqual(Date.now());
    const rows = await s.site
      .spAs(anna.loginName)
      .web.lists.getByTitle(FEED_LISTS.postKeywords.title)
      .items.filter(`PostId eq ${post.id}`)
      .select('Keyword', 'PostKeyword', 'Published')<Array<{ Keyword: string; PostKeyword: string; Published: string }>>();
    expect(rows.map((r) => r.PostKeyword).sort()).toEqual([`${post.id}:ash cloud`, `${post.id}:crisis`]);
    expect(new Date(rows[0].Published).getTime()).toBe(post.published.getTime());
  });

  test('only owners post: a non-owner is refused by the server (403), through the repository and plain REST', async () => {
    const anna = s.person(1);
    const mika = s.person(3);
    const blog = await s.blog('Anna only', [anna.id]);
    await expect(mika.feed.posts.create(samplePost(blog.id))).rejects.toMatchObject({ status: 403 });
    const folderUrl = await mika.feed.blogs.folderUrl(blog.id);
    const posts = s.site.spAs(mika.loginName).web.lists.getByTitle(FEED_LISTS.posts.title);
    expect(
      (
        await spError(
          posts.addValidateUpdateItemUsingPath(
            [
              { FieldName: 'Title', FieldValue: 'x' },
              { FieldName: 'PostKind', FieldValue: 'blogPost' }
            ],
            folderUrl
          )
        )
      ).status
    ).toBe(403);
    // Not in the list's root either: staff only read the list itself.
    expect((await spError(posts.items.add({ Title: 'x', PostKind: 'blogPost' }))).status).toBe(403);
  });

  test('a group blog: members of the owning site group post, others do not', async () => {
    const admin = s.site.spAs(s.site.adminLogin);
    const group = await admin.web.siteGroups.add({ Title: 'Tokyo team' });
    const tiina = s.person(4, 'Tokyo team');
    s.site.emulator.addToGroup('Hub Members', tiina.loginName);
    const outsider = s.person(5);
    const blog = await s.blog('Embassy Tokyo', [], [group.Id]);
    expect(blog).toMatchObject({ kind: 'group', ownerIds: [], ownerGroupIds: [group.Id] });
    const post = await tiina.feed.posts.create(practicePost(blog.id));
    expect(post.goodPractice).toMatchObject({ unit: 'Embassy of Finland, Tokyo', channels: ['facebook', 'x', 'linkedIn'], reach: 2000 });
    await expect(outsider.feed.posts.create(practicePost(blog.id))).rejects.toMatchObject({ status: 403 });
  });

  test('owners change: the new owner posts, the old one is refused', async () => {
    const anna = s.person(1);
    const ville = s.person(6);
    const blog = await s.blog('Handed over', [anna.id]);
    const changed = await s.admin.feed.blogs.changeOwners(blog, [ville.id]);
    expect(changed.ownerIds).toEqual([ville.id]);
    await expect(anna.feed.posts.create(samplePost(blog.id))).rejects.toMatchObject({ status: 403 });
    expect((await ville.feed.posts.create(samplePost(blog.id))).author.id).toBe(ville.id);
  });

  test('edit: keyword rows follow; another reader cannot edit (403); a stale ETag is a 412', async () => {
    const anna = s.person(1);
    const mika = s.person(3);
    const blog = await s.blog('Edits', [anna.id]);
    const post = await anna.feed.posts.create(samplePost(blog.id, { keywords: ['crisis', 'bangkok'] }));
    const edited = await anna.feed.posts.update(post, { ...post, title: 'Bangkok 2010', keywords: ['bangkok', 'facebook'] });
    expect(edited.keywords).toEqual(['bangkok', 'facebook']);
    const rows = await s.site
      .spAs(anna.loginName)
      .web.lists.getByTitle(FEED_LISTS.postKeywords.title)
      .items.filter(`PostId eq ${post.id}`)
      .select('Keyword')<Array<{ Keyword: string }>>();
    expect(rows.map((r) => r.Keyword).sort()).toEqual(['bangkok', 'facebook']);
    await expect(mika.feed.posts.update(edited, { ...edited, title: 'Hijacked' })).rejects.toMatchObject({ status: 403 });
    await expect(anna.feed.posts.update(post, { ...post, title: 'Stale' })).rejects.toMatchObject({ status: 412 });
  });

  test('the domain rules are checked before anything is sent', async () => {
    const anna = s.person(1);
    const blog = await s.blog('Rules', [anna.id]);
    const error = await anna.feed.posts.create(samplePost(blog.id, { title: ' ', kind: 'goodPractice' })).catch((e) => e);
    expect(error).toBeInstanceOf(PostInvalidError);
    expect((error as PostInvalidError).issues.map((i) => i.code)).toEqual(['titleRequired', 'goodPracticeMissing']);
  });
});
