/**
 * @jest-environment node
 *
 * Conformance: a lookup's projected columns read with an indexed query on a list above the
 * threshold (docs/query-patterns.md row 17: the plans' approvals bring whether their plan was
 * filed, `$expand=Plan&$select=…,Plan/ArchivedAt,Plan/ArchiveReference`). Runs against the
 * emulator in `npm test` and against a tenant with `npm run conformance -- --site <url>`; the
 * assertions are the same on both. Learn "Use OData query operations in SharePoint REST
 * requests" (projected fields of a lookup's list); Learn "ProjectedFields element (View)"
 * (DateTime and Text are among the types a join projects).
 */
import { IList } from '@pnp/sp/lists';
import '@pnp/sp/fields';
import { readPage } from '../../src/data/paging';
import { openTarget, Row } from './target';

const target = openTarget();
const COUNT = 6000;
const TARGETS = 10;
const FILED = (t: number): string => new Date(Date.UTC(2025, 0, 1 + t)).toISOString();

let joined: IList;
let targetIds: number[] = [];

beforeAll(async () => {
  const targets = await target.createList('Targets');
  await targets.list.fields.addDateTime('FiledAt');
  await targets.list.fields.addText('Ref', { MaxLength: 100 });
  await target.seed(
    targets.title,
    Array.from({ length: TARGETS }, (_, t) => ({ Title: `Target ${t}`, FiledAt: t % 2 ? FILED(t) : null, Ref: t % 2 ? `REF-${t}` : null }))
  );
  targetIds = (await targets.list.items.select('Id').orderBy('ID').top(TARGETS)<Array<{ Id: number }>>()).map((r) => r.Id);
  const { Id: lookupListId } = await targets.list.select('Id')<{ Id: string }>();
  const created = await target.createList('Joined');
  joined = created.list;
  await target.addIndexedText(joined, 'Region');
  await joined.fields.addLookup('Target', { LookupListId: lookupListId, LookupFieldName: 'Title' });
  // 40 rows in one region (an indexed range far under the threshold), the rest spread.
  const rows: Row[] = Array.from({ length: COUNT }, (_, i) => ({
    Title: `Item ${i + 1}`,
    Region: i < 40 ? 'Arctic' : `R${i % 4}`,
    TargetId: targetIds[i % TARGETS]
  }));
  await target.seed(created.title, rows);
}, target.seedTimeout);

afterAll(() => target.close(), target.seedTimeout);

type JoinedRow = { Id: number; Title: string; TargetId: number; Target: { FiledAt: string | null; Ref: string | null } | null };

describe(`a lookup's projected DateTime and Text columns on a list of ${COUNT} items (${target.kind})`, () => {
  test("an indexed filter with $expand of the lookup returns each row with its target's columns", async () => {
    const page = await readPage<JoinedRow>(
      joined.items.filter("Region eq 'Arctic'").select('Id', 'Title', 'TargetId', 'Target/FiledAt', 'Target/Ref').expand('Target').top(5000)
    );
    expect(page.rows).toHaveLength(40);
    for (const row of page.rows) {
      const t = targetIds.indexOf(row.TargetId);
      expect(t).toBeGreaterThanOrEqual(0);
      expect(row.Target?.Ref ?? null).toBe(t % 2 ? `REF-${t}` : null);
      expect(row.Target?.FiledAt ? Date.parse(row.Target.FiledAt) : null).toBe(t % 2 ? Date.parse(FILED(t)) : null);
    }
  });
});
