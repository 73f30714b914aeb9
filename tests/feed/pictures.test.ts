/** @jest-environment node */
/**
 * Pictures in posts through @pnp/sp against the emulator: a blog's owners add pictures to its
 * folder in DDH Post Images, everyone reads them, nobody else adds (the server refuses, 403);
 * handing a blog over moves the right; a post keeps pictures from the library and loses any
 * from elsewhere; a site upgraded to v5 gets a pictures folder for every blog it had.
 */
import '@pnp/sp/files';
import { FEED_LISTS } from '../../src/lists/feedLists';
import { provision } from '../../src/lists/provision';
import { schemaAt } from '../../src/lists/schema';
import { FeedService, PreparedPicture, pictureFileName } from '../../src/data/feed';
import { createTestSite } from '../support/sp';
import { createFeedSite, FeedSite, MEMBERS, purifyWindow, samplePost } from './site';

const picture = (seed: number): PreparedPicture => ({
  bytes: Uint8Array.from({ length: 2048 }, (_, i) => (i * seed) % 256).buffer,
  type: 'image/jpeg',
  width: 1600,
  height: 900
});

async function bytesAt(feed: FeedService, url: string): Promise<Uint8Array> {
  const sp = (feed as unknown as { sp: import('@pnp/sp').SPFI }).sp;
  return new Uint8Array(await sp.web.getFileByServerRelativePath(url).getBuffer());
}

describe('pictures of a blog', () => {
  let s: FeedSite;
  beforeAll(async () => {
    s = await createFeedSite();
  });
  afterAll(() => s.site.dispose());

  test("its owner adds one to the blog's folder, everyone reads it, anyone else is refused", async () => {
    const owner = s.person(1);
    const reader = s.person(2);
    const blog = await s.blog('Tokyo', [owner.id]);
    const stored = await owner.feed.pictures.add(blog.id, picture(7));
    const library = await owner.feed.pictures.libraryUrl();
    expect(stored.url.indexOf(`${library}/blog-${blog.id}/`)).toBe(0);
    expect(stored.url).toMatch(/\/\d{8}-\d{6}-[0-9a-z]{6}\.jpg$/);
    expect(stored).toMatchObject({ width: 1600, height: 900 });
    expect(Array.from(await bytesAt(reader.feed, stored.url))).toEqual(Array.from(new Uint8Array(picture(7).bytes as ArrayBuffer)));
    await expect(reader.feed.pictures.add(blog.id, picture(3))).rejects.toMatchObject({ status: 403 });
  });

  test('handing the blog over moves the right to add pictures with it', async () => {
    const before = s.person(3);
    const after = s.person(4);
    const blog = await s.blog('Cairo', [before.id]);
    await before.feed.pictures.add(blog.id, picture(5));
    await s.admin.feed.blogs.changeOwners(blog, [after.id]);
    await expect(before.feed.pictures.add(blog.id, picture(5))).rejects.toMatchObject({ status: 403 });
    await expect(after.feed.pictures.add(blog.id, picture(6))).resolves.toMatchObject({ width: 1600 });
  });

  test('a post keeps a picture from the library and loses one from anywhere else on the site', async () => {
    const owner = s.person(5);
    const blog = await s.blog('Oslo', [owner.id]);
    const stored = await owner.feed.pictures.add(blog.id, picture(9));
    await owner.feed.firstView();
    const post = await owner.feed.posts.create(
      samplePost(blog.id, {
        bodyHtml:
          `<p>Harbour</p><p><img alt="The harbour at dawn" src="${stored.url}"></p>` +
          '<p><img alt="elsewhere" src="/sites/hub/SiteAssets/logo.png"><img alt="up" src="' +
          stored.url.replace(/\/[^/]+$/, '/../../SiteAssets/x.png') +
          '"></p>'
      })
    );
    expect(post.bodyHtml).toContain(`src="${stored.url}"`);
    expect(post.bodyHtml).toContain('alt="The harbour at dawn"');
    expect(post.bodyHtml).not.toContain('SiteAssets');
    expect(post.bodyHtml).not.toContain('elsewhere');
  });

  test('file names say when, never what the device called the picture', () => {
    expect(pictureFileName('image/png', new Date(Date.UTC(2026, 11, 5, 9, 30, 7)), () => 0.5)).toBe('20261205-093007-i00000.png');
  });
});

test("a site upgraded to v5 gets a pictures folder with its owners' rights for every blog it had", async () => {
  const site = createTestSite();
  const admin = site.spAs(site.adminLogin);
  await provision(admin, schemaAt(4), 4);
  const writer = site.addUser('writer@contoso.onmicrosoft.com', 'Writer', MEMBERS);
  const reader = site.addUser('reader@contoso.onmicrosoft.com', 'Reader', MEMBERS);
  const old = new FeedService(admin, { window: purifyWindow });
  (old as unknown as { schema: { version: number } }).schema.version = 4;
  const blog = await old.blogs.create({ title: 'Before pictures', kind: 'person', ownerIds: [writer.id] });
  await expect(admin.web.lists.getByTitle(FEED_LISTS.postImages.title)()).rejects.toMatchObject({ status: 404 });

  const report = await provision(admin);
  expect(report.changes).toEqual(
    expect.arrayContaining([`list ${FEED_LISTS.postImages.title}`, 'pictures folders of blogs in DDH Post Images: 1'])
  );
  const asWriter = new FeedService(site.spAs(writer.loginName), { window: purifyWindow });
  const stored = await asWriter.pictures.add(blog.id, picture(11));
  expect((await bytesAt(new FeedService(site.spAs(reader.loginName), { window: purifyWindow }), stored.url)).length).toBe(2048);
  await expect(
    new FeedService(site.spAs(reader.loginName), { window: purifyWindow }).pictures.add(blog.id, picture(2))
  ).rejects.toMatchObject({ status: 403 });
  // Run again: nothing more to do.
  expect((await provision(admin)).changes).toEqual([]);
  site.dispose();
});
