/** @jest-environment node */
import '@pnp/sp/folders';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { createTestSite, spError, TestSite } from '../support/sp';

type FormResult = Array<{
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ErrorCode: number;
  ErrorMessage: string | null;
  ItemId: number;
}>;

describe('folders in lists and the validate* endpoints', () => {
  // Every test gets its own site with "DDH Posts" and its columns; `blogFolder()` adds the folder blog-1.
  let site: TestSite;
  let sp: SPFI;
  let anna: { id: number; loginName: string };
  let erik: { id: number; loginName: string };
  let list: IList;
  let sitePath = '';
  let root = '';
  let blogId = 0;

  beforeEach(async () => {
    site = createTestSite();
    sp = site.spAs(site.adminLogin);
    anna = site.addUser('anna.virtanen@contoso.onmicrosoft.com', 'Anna Virtanen', 'Hub Members');
    erik = site.addUser('erik.lund@contoso.onmicrosoft.com', 'Erik Lund', 'Hub Members');
    list = sp.web.lists.getByTitle('DDH Posts');
    sitePath = new URL(site.siteUrl).pathname;
    root = `${sitePath}/Lists/DDH Posts`;
    await sp.web.lists.ensure('Blogs');
    const blogs = await sp.web.lists.getByTitle('Blogs').select('Id')();
    blogId = (await sp.web.lists.getByTitle('Blogs').items.add({ Title: 'Embassy blog' })).Id;
    await sp.web.lists.ensure('DDH Posts');
    await list.fields.addText('Keyword', { MaxLength: 10 });
    await list.fields.addChoice('Kind', { Choices: ['Post', 'Practice'] });
    await list.fields.addMultiChoice('Channels', { Choices: ['Facebook', 'X', 'LinkedIn'] });
    await list.fields.addDateTime('Published');
    await list.fields.addNumber('Likes');
    await list.fields.addBoolean('Featured');
    await list.fields.addUser('Owner');
    await list.fields.createFieldAsXml({
      SchemaXml: '<Field Type="UserMulti" Name="Reviewers" DisplayName="Reviewers" Mult="TRUE" />',
      Options: 8
    });
    await list.fields.addLookup('Blog', { LookupListId: blogs.Id, LookupFieldName: 'Title' });
    await list.fields.addUrl('Link');
  });
  afterEach(() => site.dispose());

  /** Turns on folder creation and adds the (empty) folder blog-1 under the list's root. */
  async function blogFolder(): Promise<void> {
    await list.update({ EnableFolderCreation: true });
    await list.rootFolder.addSubFolderUsingPath('blog-1');
  }

  test('a list has a root folder under Lists/<URL name>; EnableFolderCreation starts false', async () => {
    const folder = await list.rootFolder();
    expect(folder).toMatchObject({ Name: 'DDH Posts', ServerRelativeUrl: root, Exists: true, ItemCount: 0 });
    expect((await list.rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl).toBe(root);
    const info = await list.select('EnableFolderCreation', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(info).toMatchObject({ EnableFolderCreation: false, RootFolder: { ServerRelativeUrl: root } });
    expect((await list.rootFolder.listItemAllFields())['odata.null']).toBe(true);
  });

  test('folder items need EnableFolderCreation; then addSubFolderUsingPath makes a folder with a list item', async () => {
    const refused = await spError(list.rootFolder.addSubFolderUsingPath('blog-1'));
    expect(refused.status).toBe(500);
    expect(refused.code).toContain('SPException');
    await sp.web.lists.getByTitle('DDH Posts').update({ EnableFolderCreation: true });
    await list.rootFolder.addSubFolderUsingPath('blog-1');
    const folder = sp.web.getFolderByServerRelativePath(`${root}/blog-1`);
    expect(await folder()).toMatchObject({ Name: 'blog-1', ServerRelativeUrl: `${root}/blog-1`, ItemCount: 0 });
    const item = await folder.listItemAllFields.select(
      'Id',
      'Title',
      'FileLeafRef',
      'FileDirRef',
      'FileRef',
      'FSObjType',
      'ContentTypeId'
    )();
    expect(item).toMatchObject({ Title: 'blog-1', FileLeafRef: 'blog-1', FileDirRef: root, FileRef: `${root}/blog-1`, FSObjType: '1' });
    expect(item.ContentTypeId).toMatch(/^0x0120/);
    const full = await folder.listItemAllFields();
    expect(full.FileSystemObjectType).toBe(1);
    const duplicate = await spError(list.rootFolder.addSubFolderUsingPath('BLOG-1'));
    expect(duplicate.message).toContain('already exists');
    expect((await list.rootFolder.folders()).map((f: { Name: string }) => f.Name)).toEqual(['blog-1']);
    expect((await list.rootFolder.folders.getByUrl('blog-1')()).Name).toBe('blog-1');
  });

  test('folders.addUsingPath makes a plain folder without a list item, as in a SharePoint generic list', async () => {
    const made = await list.rootFolder.folders.addUsingPath('scratch');
    expect(made).toMatchObject({ Name: 'scratch', ServerRelativeUrl: `${root}/scratch` });
    const folder = sp.web.getFolderByServerRelativePath(`${root}/scratch`);
    expect((await folder.listItemAllFields())['odata.null']).toBe(true);
    await expect(folder.getItem()).rejects.toThrow('No associated item');
    const rows = await list.items.select('Title', 'FileLeafRef')();
    expect(rows.map((r: { FileLeafRef: string }) => r.FileLeafRef)).not.toContain('scratch');
    await folder.delete();
    expect((await spError(folder())).status).toBe(404);
  });

  test('an unknown folder is a 404 File Not Found', async () => {
    const missing = await spError(sp.web.getFolderByServerRelativePath(`${root}/nope`)());
    expect(missing).toEqual({ status: 404, code: '-2147024894, System.IO.FileNotFoundException', message: 'File Not Found.' });
    const r = await spError(list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${root}/nope`));
    expect(r.status).toBe(404);
  });

  test('addValidateUpdateItemUsingPath creates an item in the folder; form values of every type round-trip', async () => {
    await blogFolder();
    const result = (await list.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: 'Ash cloud' },
        { FieldName: 'Keyword', FieldValue: 'crisis' },
        { FieldName: 'Kind', FieldValue: 'Practice' },
        { FieldName: 'Channels', FieldValue: ';#Facebook;#X;#' },
        { FieldName: 'Published', FieldValue: '2010-04-20T10:00:00Z' },
        { FieldName: 'Likes', FieldValue: '1,234.5' },
        { FieldName: 'Featured', FieldValue: 'Yes' },
        { FieldName: 'Owner', FieldValue: JSON.stringify([{ Key: anna.loginName }]) },
        { FieldName: 'Reviewers', FieldValue: JSON.stringify([{ Key: anna.loginName }, { Key: 'erik.lund@contoso.onmicrosoft.com' }]) },
        { FieldName: 'Blog', FieldValue: `${blogId};#` },
        { FieldName: 'Link', FieldValue: 'https://example.org, Example' }
      ],
      `${root}/blog-1`
    )) as unknown as FormResult;
    expect(result.every((r) => !r.HasException)).toBe(true);
    const idEntry = result.find((r) => r.FieldName === 'Id');
    expect(idEntry).toMatchObject({ HasException: false, ErrorCode: 0, ErrorMessage: null });
    const id = Number(idEntry?.FieldValue);
    const item = await list.items
      .getById(id)
      .select(
        'Title',
        'Keyword',
        'Kind',
        'Channels',
        'Published',
        'Likes',
        'Featured',
        'OwnerId',
        'ReviewersId',
        'BlogId',
        'Link',
        'FileDirRef',
        'FileLeafRef',
        'FileRef',
        'AuthorId'
      )();
    expect(item).toMatchObject({
      Title: 'Ash cloud',
      Keyword: 'crisis',
      Kind: 'Practice',
      Channels: ['Facebook', 'X'],
      Published: '2010-04-20T10:00:00Z',
      Likes: 1234.5,
      Featured: true,
      OwnerId: anna.id,
      ReviewersId: [anna.id, erik.id],
      BlogId: blogId,
      Link: { Url: 'https://example.org', Description: 'Example' },
      FileDirRef: `${root}/blog-1`,
      FileLeafRef: `${id}_.000`,
      FileRef: `${root}/blog-1/${id}_.000`,
      AuthorId: 6
    });
    expect((await sp.web.getFolderByServerRelativePath(`${root}/blog-1`)()).ItemCount).toBe(1);
  });

  test('dates in site format (en-US, UTC) and booleans as 1/0', async () => {
    const result = (await list.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: 'Local date' },
        { FieldName: 'Published', FieldValue: '3/1/2026 9:30 PM' },
        { FieldName: 'Featured', FieldValue: '0' }
      ],
      root
    )) as unknown as FormResult;
    const id = Number(result.find((r) => r.FieldName === 'Id')?.FieldValue);
    expect(await list.items.getById(id).select('Published', 'Featured', 'FileDirRef')()).toMatchObject({
      Published: '2026-03-01T21:30:00Z',
      Featured: false,
      FileDirRef: root
    });
  });

  test('validate* report field problems as HasException (HTTP 200) and write nothing; Required is enforced', async () => {
    await blogFolder();
    const before = (await list.items.select('Id')()).length;
    const result = (await list.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Likes', FieldValue: 'many' },
        { FieldName: 'Published', FieldValue: 'someday' },
        { FieldName: 'Owner', FieldValue: JSON.stringify([{ Key: 'i:0#.f|membership|ghost@contoso.onmicrosoft.com' }]) }
      ],
      `${root}/blog-1`
    )) as unknown as FormResult;
    expect(result.map((r) => [r.FieldName, r.HasException])).toEqual([
      ['Likes', true],
      ['Published', true],
      ['Owner', true],
      ['Title', true]
    ]);
    expect(result.find((r) => r.FieldName === 'Title')?.ErrorMessage).toBe("You can't leave this blank.");
    expect(result.find((r) => r.FieldName === 'Published')?.ErrorMessage).toContain('Invalid date/time value');
    expect(result.find((r) => r.FieldName === 'Id')).toBeUndefined();
    expect((await list.items.select('Id')()).length).toBe(before);

    const added = await list.items.add({ Title: 'To validate' });
    const item = list.items.getById(added.Id);
    const blank = (await item.validateUpdateListItem([
      { FieldName: 'Title', FieldValue: '' },
      { FieldName: 'Likes', FieldValue: '3' }
    ])) as unknown as FormResult;
    expect(blank[0]).toMatchObject({
      FieldName: 'Title',
      HasException: true,
      ErrorMessage: "You can't leave this blank.",
      ItemId: added.Id
    });
    expect(await item.select('Title', 'Likes')()).toMatchObject({ Title: 'To validate', Likes: null });
    const ok = (await item.validateUpdateListItem([
      { FieldName: 'Likes', FieldValue: '3' },
      { FieldName: 'Editor', FieldValue: JSON.stringify([{ Key: erik.loginName }]) }
    ])) as unknown as FormResult;
    expect(ok.every((r) => !r.HasException)).toBe(true);
    expect(await item.select('Likes', 'EditorId')()).toMatchObject({ Likes: 3, EditorId: erik.id });
    expect((await spError(item.validateUpdateListItem([{ FieldName: 'Nope', FieldValue: '1' }]))).status).toBe(400);
  });

  test('folders appear in items with FileSystemObjectType 1; FileDirRef and FSObjType filter', async () => {
    await blogFolder();
    await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Ash cloud' }], `${root}/blog-1`);
    await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Drafts' }], `${root}/blog-1`, false, undefined, {
      leafName: 'drafts',
      objectType: 1
    });
    const rows = await list.items.select('Title', 'FileSystemObjectType', 'FileDirRef')();
    expect(
      rows
        .filter((r: { FileSystemObjectType: number }) => r.FileSystemObjectType === 1)
        .map((r: { Title: string }) => r.Title)
        .sort()
    ).toEqual(['Drafts', 'blog-1']);
    const inBlog = await list.items.filter(`FileDirRef eq '${root}/blog-1'`).select('Title')();
    expect(inBlog.map((r: { Title: string }) => r.Title).sort()).toEqual(['Ash cloud', 'Drafts']);
    const folders = await list.items.filter('FSObjType eq 1').select('FileRef')();
    expect(folders.map((r: { FileRef: string }) => r.FileRef).sort()).toEqual([`${root}/blog-1`, `${root}/blog-1/drafts`]);
    expect((await sp.web.getFolderByServerRelativePath(`${root}/blog-1/drafts`).listItemAllFields.select('FileDirRef')()).FileDirRef).toBe(
      `${root}/blog-1`
    );
    expect((await sp.web.getFolderByServerRelativePath(`${root}/blog-1`).folders()).map((f: { Name: string }) => f.Name)).toEqual([
      'drafts'
    ]);
  });

  test('deleting a folder deletes what is inside it', async () => {
    await list.update({ EnableFolderCreation: true });
    await list.rootFolder.addSubFolderUsingPath('blog-2');
    await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Inside 2' }], `${root}/blog-2`);
    const folder = sp.web.getFolderByServerRelativePath(`${root}/blog-2`);
    const folderItem = await folder.getItem<{ Id: number }>('Id');
    await folder.delete();
    expect((await spError(folder())).status).toBe(404);
    expect((await spError(list.items.getById(folderItem.Id)())).status).toBe(404);
    expect(await list.items.filter("Title eq 'Inside 2'")()).toHaveLength(0);
  });

  test('FileDirRef is not indexed: on a list above the threshold the filter is throttled', async () => {
    await sp.web.lists.ensure('Archive');
    const archive = sp.web.lists.getByTitle('Archive');
    await archive.update({ EnableFolderCreation: true });
    await archive.rootFolder.addSubFolderUsingPath('old');
    site.emulator.seedItems(
      'Archive',
      Array.from({ length: 5100 }, (_, i) => ({ Title: `A${i}`, FileDirRef: i % 2 ? 'old' : '' }))
    );
    const throttled = await spError(archive.items.filter(`FileDirRef eq '${sitePath}/Lists/Archive/old'`).top(10)());
    expect(throttled.code).toContain('SPQueryThrottledException');
    expect((await sp.web.getFolderByServerRelativePath(`${sitePath}/Lists/Archive/old`)()).ItemCount).toBe(2550);
  });
});
