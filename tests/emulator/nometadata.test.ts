/** @jest-environment node */
/**
 * JSON light without metadata (`Accept: application/json;odata=nometadata`, workbench/emulator/http.ts
 * metadataLevel): rows without their `odata.*` control information, in expanded lookups too, and
 * still with the paging link; in a `$batch` part as on its own; refused with 406 beside
 * `OData-Version: 4.0`, as SharePoint refuses it (sp-dev-docs #644). And the client's side:
 * src/data/paging.ts `withoutMetadata` through @pnp/sp.
 */
import '@pnp/sp/batching';
import { readNextPage, readPage, withoutMetadata } from '../../src/data/paging';
import { createTestSite } from '../support/sp';

const site = createTestSite();
afterAll(() => site.dispose());

const odataKeys = (row: Record<string, unknown>): string[] => Object.keys(row).filter((k) => k.startsWith('odata.'));

beforeAll(async () => {
  const sp = site.spAs(site.adminLogin);
  await sp.web.lists.ensure('Countries');
  await sp.web.lists.ensure('Cities');
  await sp.web.lists.getByTitle('Cities').fields.addLookup('Country', {
    LookupListId: (await sp.web.lists.getByTitle('Countries').select('Id')<{ Id: string }>()).Id,
    LookupFieldName: 'Title'
  });
  const finland = (await sp.web.lists.getByTitle('Countries').items.add({ Title: 'Finland' })) as { Id: number };
  for (const title of ['Helsinki', 'Turku', 'Tampere'])
    await sp.web.lists.getByTitle('Cities').items.add({ Title: title, CountryId: finland.Id });
});

test('rows read with withoutMetadata carry no odata.* keys, expanded lookups neither, and page by the server link', async () => {
  const sp = site.spAs(site.adminLogin);
  const cities = (): ReturnType<typeof sp.web.lists.getByTitle>['items'] =>
    sp.web.lists.getByTitle('Cities').items.select('Id', 'Title', 'Country/Title').expand('Country').orderBy('Id').top(2);
  const lean = await readPage<Record<string, unknown>>(withoutMetadata(cities()));
  expect(lean.rows.map((r) => r.Title)).toEqual(['Helsinki', 'Turku']);
  expect(lean.rows.flatMap(odataKeys)).toEqual([]);
  expect(odataKeys(lean.rows[0].Country as Record<string, unknown>)).toEqual([]);
  expect((lean.rows[0].Country as { Title: string }).Title).toBe('Finland');
  expect(lean.next).toEqual(expect.any(String));
  const rest = await readNextPage<Record<string, unknown>>(sp, lean.next as string);
  expect(rest.rows.map((r) => r.Title)).toEqual(['Tampere']);

  // The same read as before, with minimal metadata: the ETag a write needs is there.
  const full = await readPage<Record<string, unknown>>(cities());
  expect(full.rows[0]['odata.etag']).toEqual(expect.any(String));
  expect(odataKeys(full.rows[0])).toEqual(expect.arrayContaining(['odata.type', 'odata.id', 'odata.etag', 'odata.editLink']));
});

test('in a $batch, each part answers in the form its own Accept header asked for', async () => {
  const [batched, execute] = site.spAs(site.adminLogin).batched();
  const items = (): ReturnType<typeof batched.web.lists.getByTitle>['items'] =>
    batched.web.lists.getByTitle('Cities').items.select('Id', 'Title').top(1);
  const lean = readPage<Record<string, unknown>>(withoutMetadata(items()));
  const full = readPage<Record<string, unknown>>(items());
  await execute();
  expect(odataKeys((await lean).rows[0])).toEqual([]);
  expect(odataKeys((await full).rows[0])).toContain('odata.etag');
});

describe('the raw answer', () => {
  const call = (accept: string, extra: Record<string, string> = {}): Promise<Response> =>
    site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/lists/getbytitle('Cities')/items?$select=Id,Title&$top=1`, {
        headers: { 'X-Emulator-User': site.adminLogin, Accept: accept, ...extra }
      })
    );

  test('says which JSON it is', async () => {
    expect((await call('application/json;odata=nometadata')).headers.get('Content-Type')).toMatch(/^application\/json;odata=nometadata/);
    expect((await call('application/json')).headers.get('Content-Type')).toMatch(/^application\/json;odata=minimalmetadata/);
  });

  test('odata=nometadata beside OData-Version 4.0 is 406 Not Acceptable; without it the same request is answered', async () => {
    expect((await call('application/json;odata=nometadata', { 'OData-Version': '4.0' })).status).toBe(406);
    expect((await call('application/json;odata=nometadata', { 'OData-Version': '3.0' })).status).toBe(200);
    expect((await call('application/json', { 'OData-Version': '4.0' })).status).toBe(200);
  });
});
