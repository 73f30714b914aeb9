/** @jest-environment node */
import { createTestSite, spError } from '../support/sp';

describe('list items through @pnp/sp', () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);
  const anna = site.addUser('anna.virtanen@contoso.onmicrosoft.com', "Anna O'Brien", 'Hub Members');
  const erik = site.addUser('erik.lund@contoso.onmicrosoft.com', 'Erik Lund', 'Hub Members');
  const list = sp.web.lists.getByTitle('Posts');
  let catId = 0;

  beforeAll(async () => {
    const cats = await sp.web.lists.ensure('Blogs');
    catId = (await sp.web.lists.getByTitle('Blogs').items.add({ Title: 'Embassy blog' })).Id;
    await sp.web.lists.ensure('Posts');
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
    await list.fields.addLookup('Blog', { LookupListId: cats.data.Id, LookupFieldName: 'Title' });
    await list.fields.addUrl('Link');
    const rows = [
      {
        Title: 'Ash cloud',
        Keyword: 'crisis',
        Kind: 'Practice',
        Channels: ['Facebook'],
        Published: '2010-04-20T10:00:00Z',
        Likes: 12,
        Featured: true,
        OwnerId: anna.id,
        ReviewersId: [anna.id, erik.id],
        BlogId: catId
      },
      {
        Title: "O'Brien's notes",
        Keyword: 'etiquette',
        Kind: 'Post',
        Channels: ['X', 'LinkedIn'],
        Published: '2011-03-11T08:00:00Z',
        Likes: 3,
        Featured: false,
        OwnerId: erik.id,
        ReviewersId: [erik.id]
      },
      {
        Title: 'Cairo unrest',
        Keyword: 'crisis',
        Kind: 'Practice',
        Channels: ['X'],
        Published: '2011-01-30T12:00:00Z',
        Likes: 7,
        Featured: false,
        Link: { Url: 'https://example.org', Description: 'Example' }
      },
      { Title: 'Japan earthquake', Kind: 'Practice', Published: '2011-03-12T00:00:00Z', Likes: 30, Featured: true }
    ];
    for (const row of rows) await list.items.add(row);
  });

  test('add answers 201 with Id, ID, etag, people ids and UTC dates', async () => {
    const added = await list.items.add({ Title: 'Hello', Kind: 'Post' });
    expect(added).toMatchObject({
      Id: 5,
      ID: 5,
      Title: 'Hello',
      'odata.etag': '"1"',
      AuthorId: 6,
      EditorId: 6,
      ReviewersId: [],
      Channels: null
    });
    expect(added.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const read = await list.items.getById(5)();
    expect(read.Title).toBe('Hello');
    await list.items.getById(5).delete();
  });

  test('$select and $expand people and lookups; multi-values are arrays', async () => {
    const [first] = await list.items
      .select(
        'Id',
        'Title',
        'Author/Title',
        'Author/EMail',
        'Owner/Title',
        'Reviewers/Title',
        'ReviewersId',
        'Blog/Title',
        'Channels',
        'Link'
      )
      .expand('Author', 'Owner', 'Reviewers', 'Blog')
      .filter('Id eq 1')();
    expect(first.Author).toMatchObject({ Title: 'Site Admin', EMail: 'admin@contoso.onmicrosoft.com' });
    expect(first.Owner.Title).toBe("Anna O'Brien");
    expect(first.Reviewers.map((r: { Title: string }) => r.Title)).toEqual(["Anna O'Brien", 'Erik Lund']);
    expect(first.ReviewersId).toEqual([anna.id, erik.id]);
    expect(first.Blog.Title).toBe('Embassy blog');
    expect(first.Channels).toEqual(['Facebook']);
    const third = await list.items.getById(3).select('Link')();
    expect(third.Link).toMatchObject({ Url: 'https://example.org', Description: 'Example' });
    expect(
      Object.keys(first)
        .filter((k) => !k.startsWith('odata.'))
        .sort()
    ).toEqual(['Author', 'Blog', 'Channels', 'Id', 'Link', 'Owner', 'Reviewers', 'ReviewersId', 'Title']);
  });

  test('a projected person field without $expand is a 400, as is an unknown field', async () => {
    const notExpanded = await spError(list.items.select('Author/Title')());
    expect(notExpanded.status).toBe(400);
    expect(notExpanded.message).toContain('must contains Author');
    expect((await spError(list.items.select('Nope')())).status).toBe(400);
    const badFilter = await spError(list.items.filter("Nope eq 'x'")());
    expect(badFilter).toMatchObject({ status: 400 });
    expect(badFilter.message).toContain("Column 'Nope' does not exist");
    expect((await spError(list.items.orderBy('Nope')())).status).toBe(400);
  });

  const titles = async (filter: string): Promise<string[]> =>
    (await list.items.filter(filter).select('Title').orderBy('ID')()).map((i: { Title: string }) => i.Title);

  test.each([
    ["Keyword eq 'crisis'", ['Ash cloud', 'Cairo unrest']],
    ["Keyword ne 'crisis'", ["O'Brien's notes", 'Japan earthquake']],
    ['Likes gt 7', ['Ash cloud', 'Japan earthquake']],
    ['Likes ge 7 and Likes le 12', ['Ash cloud', 'Cairo unrest']],
    ['Likes lt 7 or Likes eq 30', ["O'Brien's notes", 'Japan earthquake']],
    ['not (Likes lt 10)', ['Ash cloud', 'Japan earthquake']],
    ["startswith(Title,'Ja')", ['Japan earthquake']],
    ["substringof('unrest',Title)", ['Cairo unrest']],
    ["Published ge datetime'2011-01-01T00:00:00Z' and Published lt datetime'2011-03-12T00:00:00Z'", ["O'Brien's notes", 'Cairo unrest']],
    ["Published lt '2011-01-01T00:00:00.000Z'", ['Ash cloud']],
    ['Featured eq 1', ['Ash cloud', 'Japan earthquake']],
    ['Featured eq false', ["O'Brien's notes", 'Cairo unrest']],
    ['Keyword eq null', ['Japan earthquake']],
    ["Title eq 'O''Brien''s notes'", ["O'Brien's notes"]],
    ["Title eq 'ash CLOUD'", ['Ash cloud']],
    [`OwnerId eq ${2 + 5}`, ['Ash cloud']],
    ['OwnerId eq 8', ["O'Brien's notes"]],
    ['ReviewersId eq 8', ['Ash cloud', "O'Brien's notes"]],
    ["Channels eq 'X'", ["O'Brien's notes", 'Cairo unrest']],
    ['BlogId eq 1', ['Ash cloud']],
    ["AuthorId eq 6 and (Kind eq 'Post' or Likes eq 30)", ["O'Brien's notes", 'Japan earthquake']]
  ])('$filter %s', async (filter, expected) => {
    expect(await titles(filter)).toEqual(expected);
  });

  test('$filter on an expanded person property needs $expand', async () => {
    const rows = await list.items.filter("Owner/Title eq 'Erik Lund'").select('Title', 'Owner/Title').expand('Owner')();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(["O'Brien's notes"]);
    expect((await spError(list.items.filter("Owner/Title eq 'Erik Lund'")())).status).toBe(400);
  });

  test('$orderby with several keys, asc and desc; $top', async () => {
    const rows = await list.items.select('Title').orderBy('Kind', true).orderBy('Likes', false)();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(["O'Brien's notes", 'Japan earthquake', 'Ash cloud', 'Cairo unrest']);
    const top = await list.items.select('Title').orderBy('Published', false).top(2)();
    expect(top.map((r: { Title: string }) => r.Title)).toEqual(['Japan earthquake', "O'Brien's notes"]);
  });

  test('update with the etag read; a stale etag is a 412; * overwrites', async () => {
    const item = list.items.getById(2);
    const before = await item();
    const result = await item.update({ Likes: 4 }, before['odata.etag']);
    expect(result.etag).toBe('"2"');
    const stale = await spError(item.update({ Likes: 5 }, before['odata.etag']));
    expect(stale.status).toBe(412);
    expect(stale.message).toBe("The request ETag value '\"1\"' does not match the object's ETag value '\"2\"'.");
    await item.update({ Likes: 6 });
    expect((await item.select('Likes')()).Likes).toBe(6);
    // A fresh queryable: `item` carries the `$select` of the reads above, which a write must not send.
    expect((await spError(list.items.getById(2).delete('"1"'))).status).toBe(412);
  });

  test('values SharePoint refuses: unknown property, too long text, non-numeric number, read-only column', async () => {
    const unknown = await spError(list.items.add({ Title: 'x', Colour: 'red' }));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toContain("The property 'Colour' does not exist on type 'SP.Data.PostsListItem'.");
    expect((await spError(list.items.add({ Title: 'x', Keyword: 'much too long' }))).status).toBe(400);
    expect((await spError(list.items.add({ Title: 'x', Likes: 'many' }))).status).toBe(400);
    expect((await spError(list.items.add({ Title: 'x', Id: 99 }))).status).toBe(400);
  });

  test('like SharePoint REST, adds and updates enforce neither Required nor choice membership', async () => {
    const untitled = await list.items.add({ Kind: 'Poem' });
    expect(untitled).toMatchObject({ Title: null, Kind: 'Poem' });
    await list.items.getById(untitled.Id).update({ Title: '' });
    await list.items.getById(untitled.Id).delete();
  });

  test('delete and recycle', async () => {
    const a = await list.items.add({ Title: 'To delete' });
    const b = await list.items.add({ Title: 'To recycle' });
    await list.items.getById(a.Id).delete(a['odata.etag']);
    const recycled = await list.items.getById(b.Id).recycle();
    expect(recycled).toMatch(/^[0-9a-f-]{36}$/);
    expect((await spError(list.items.getById(a.Id)())).status).toBe(404);
    expect((await spError(list.items.getById(b.Id)())).status).toBe(404);
  });

  test('a duplicate value in a unique column is refused, also on update', async () => {
    await sp.web.lists.ensure('Registrations');
    const regs = sp.web.lists.getByTitle('Registrations');
    await regs.fields.addText('SeatKey', { Indexed: true, EnforceUniqueValues: true });
    await regs.items.add({ Title: 'a', SeatKey: 'S1-u1' });
    const b = await regs.items.add({ Title: 'b', SeatKey: 'S1-u2' });
    const dup = await spError(regs.items.add({ Title: 'c', SeatKey: 's1-U1' }));
    expect(dup.code).toContain('SPDuplicateValuesFoundException');
    expect(dup.message).toContain('The list item could not be added or updated because duplicate values were found');
    // The next duplicate takes SharePoint's other observed form (tenant-errors.test.ts): a plain SPException.
    expect((await spError(regs.items.getById(b.Id).update({ SeatKey: 'S1-u1' }))).code).toContain('Microsoft.SharePoint.SPException');
    expect((await regs.items.getById(b.Id).select('SeatKey')()).SeatKey).toBe('S1-u2');
  });

  test('50 concurrent adds: ids follow arrival order and the unique key holds', async () => {
    await sp.web.lists.ensure('Seats');
    const seats = sp.web.lists.getByTitle('Seats');
    await seats.fields.addText('SeatKey', { Indexed: true, EnforceUniqueValues: true });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => seats.items.add({ Title: `r${i}`, SeatKey: `seat-${i % 10}` }))
    );
    const ok = results
      .filter((r): r is PromiseFulfilledResult<{ Id: number; Title: string }> => r.status === 'fulfilled')
      .map((r) => r.value);
    expect(ok).toHaveLength(10);
    expect(ok.map((r) => r.Title)).toEqual(Array.from({ length: 10 }, (_, i) => `r${i}`));
    expect(ok.map((r) => r.Id)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => seats.items.add({ Title: `n${i}` })));
    const ids = all.map((r) => r.Id);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(50);
  });
});
