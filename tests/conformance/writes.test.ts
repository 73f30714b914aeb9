/**
 * @jest-environment node
 *
 * Conformance: the write rules the data layer relies on — optimistic concurrency by ETag, a unique
 * column refusing a second value, and `$batch` — the same assertions on the emulator and a tenant.
 */
import { IList } from '@pnp/sp/lists';
import { spError } from '../support/sp';
import { openTarget } from './target';

const target = openTarget();
let list: IList;
let title: string;

beforeAll(async () => {
  ({ list, title } = await target.createList('Writes'));
  await target.addIndexedText(list, 'Code', true);
});

afterAll(() => target.close());

/** A duplicate has come back as SPDuplicateValuesFoundException or a plain SPException, with 400 or 500 (pnp/pnpcore #1280). */
function isDuplicateRefusal(e: { status: number; code: string }): boolean {
  return (e.status === 400 || e.status === 500) && /Microsoft\.SharePoint\.(SPDuplicateValuesFoundException|SPException)\b/.test(e.code);
}

describe(`writes (${target.kind})`, () => {
  // Learn "Working with lists and list items with REST": MERGE with IF-MATCH <etag>; a stale
  // ETag is refused with 412 Precondition Failed. The data layer turns 412 into "someone else saved".
  test('a MERGE with a stale ETag is refused with 412 and changes nothing', async () => {
    const added = await list.items.add({ Title: 'v1', Code: 'E-1' });
    const item = list.items.getById(added.Id);
    const first = await item.update({ Title: 'v2' });
    const second = await item.update({ Title: 'v3' }, first.etag);
    expect(second.etag).not.toBe(first.etag);
    const e = await spError(item.update({ Title: 'stale' }, first.etag));
    expect(e.status).toBe(412);
    expect((await item.select('Title')<{ Title: string }>()).Title).toBe('v3');
    // '*' means "whatever the current version is".
    await item.update({ Title: 'v4' }, '*');
    expect((await item.select('Title')<{ Title: string }>()).Title).toBe('v4');
  });

  // Learn "Enforce unique values": a second item with the same value is refused. The form of the
  // refusal varies (TENANT.md risk 4), so any of SharePoint's forms counts, by code and status.
  test('a unique column refuses a second value, on add and on update', async () => {
    await list.items.add({ Title: 'first', Code: 'U-1' });
    const duplicateAdd = await spError(list.items.add({ Title: 'second', Code: 'U-1' }));
    expect({ ...duplicateAdd, refused: isDuplicateRefusal(duplicateAdd) }).toMatchObject({ refused: true });
    const other = await list.items.add({ Title: 'other', Code: 'U-2' });
    const duplicateUpdate = await spError(list.items.getById(other.Id).update({ Code: 'U-1' }));
    expect({ ...duplicateUpdate, refused: isDuplicateRefusal(duplicateUpdate) }).toMatchObject({ refused: true });
    const holders = await list.items.filter("Code eq 'U-1'").select('Title')<Array<{ Title: string }>>();
    expect(holders.map((r) => r.Title)).toEqual(['first']);
  });

  // Learn "Make batch requests with the REST APIs": the parts of a $batch run in order and each
  // is answered. PnPjs puts consecutive writes in one changeset (@pnp/sp batching.js), here the
  // refused add and 'batched 2'; SharePoint Online does not make a changeset atomic, so the refusal
  // undoes nothing (TENANT.md: "$batch changesets are not atomic").
  test('$batch answers every part, runs them in order, and a refused part does not undo the others', async () => {
    const [batched, execute] = target.owner.batched();
    // A fresh chain per part: a PnPjs instance belongs to one request.
    const items = (): ReturnType<typeof batched.web.lists.getByTitle>['items'] => batched.web.lists.getByTitle(title).items;
    const results: Record<string, unknown> = {};
    const settled = [
      items()
        .filter("Code eq 'B-1'")
        .select('Id')()
        .then((r) => {
          results.before = r.length;
        }),
      items()
        .add({ Title: 'batched 1', Code: 'B-1' })
        .then((r) => {
          results.add1 = r.Title;
        }),
      items()
        .filter("Code eq 'B-1'")
        .select('Id')()
        .then((r) => {
          results.after = r.length;
        }),
      items()
        .add({ Title: 'refused', NoSuchColumn: 1 })
        .catch((e: { status: number }) => {
          results.refused = e.status;
        }),
      items()
        .add({ Title: 'batched 2', Code: 'B-2' })
        .then((r) => {
          results.add2 = r.Title;
        })
    ];
    await execute();
    await Promise.all(settled);
    expect(results).toEqual({ before: 0, add1: 'batched 1', after: 1, refused: 400, add2: 'batched 2' });
    const kept = await list.items.filter("Code eq 'B-1' or Code eq 'B-2'").select('Title').orderBy('ID')<Array<{ Title: string }>>();
    expect(kept.map((r) => r.Title)).toEqual(['batched 1', 'batched 2']);
  });

  // Open: the emulator refuses a $batch above 20 parts (PnPjs's own split); SharePoint is reported
  // to take 100 (pnp/pnpcore #284, SharePoint/PnP-JS-Core #668). A tenant run with a 100-part batch
  // settles it; the data layer sends at most 20 today, so nothing depends on the answer yet.
  test.todo('a $batch of 100 parts is answered');
});
