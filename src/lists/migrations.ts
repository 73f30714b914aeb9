/**
 * Data a schema version needs on rows written before it: run once by `provision` when it updates
 * a site from an earlier version (never on a new site, never twice: the version is written after).
 * Each step may be interrupted and run again: it writes only rows that still lack the value.
 */
import { SPCollection, SPFI } from '@pnp/sp';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { ensureBlogFolder } from './blogFolders';
import { BLOG_FIELDS, FEED_LISTS, FEED_TIME_KEYS } from './feedLists';
import { PLAN_LISTS, PLAN_TIME_KEYS, REVIEW_FIELDS as V } from './planLists';
import { TIME_KEYS_SINCE, timeKeysOf, TimeKeySpec } from './timeKeys';

interface Migration {
  /** The schema version whose rows need it. */
  version: number;
  describe: string;
  run(sp: SPFI): Promise<number>;
}

interface ApprovalRow {
  Id: number;
  Created: string;
  [field: string]: unknown;
}

const PAGE = 5000;
const WRITES_PER_BATCH = 100;

/**
 * v4: approve rows get ApprovedAt (their Created), so the approved list's index holds every
 * approval. They are found by the Decision index from its start, unfiltered: 'approve' sorts first
 * of the decisions (after empty values, which only a REST write could leave), paged by the
 * server's token, so this reads the approvals and nothing more at any list size.
 */
async function approvalTimes(sp: SPFI): Promise<number> {
  const reviews = sp.web.lists.getByTitle(PLAN_LISTS.planReviews.title);
  let page = (await reviews.items
    .select('Id', 'Created', V.decision, V.approvedAt)
    .orderBy(V.decision, true)
    .top(PAGE)
    .using(nextLinkOf)()) as unknown as { rows: ApprovalRow[]; next?: string };
  let written = 0;
  for (;;) {
    const passed = page.rows.findIndex((r) => typeof r[V.decision] === 'string' && r[V.decision] !== '' && r[V.decision] !== 'approve');
    const approvals = (passed < 0 ? page.rows : page.rows.slice(0, passed)).filter((r) => r[V.decision] === 'approve' && !r[V.approvedAt]);
    for (let i = 0; i < approvals.length; i += WRITES_PER_BATCH) {
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getByTitle(PLAN_LISTS.planReviews.title);
      const writes = approvals.slice(i, i + WRITES_PER_BATCH).map((r) => list.items.getById(r.Id).update({ [V.approvedAt]: r.Created }));
      await execute();
      await Promise.all(writes);
      written += writes.length;
    }
    if (passed >= 0 || !page.next) return written;
    page = await nextPage(sp, page.next);
  }
}

/**
 * v5: every blog that existed before it gets its folder in DDH Post Images, with the grants of its
 * folder in DDH Posts (its owners Contribute, staff Read). The blogs list is small (one per
 * person or group that writes); a folder already there with its own permissions is left alone.
 */
async function pictureFolders(sp: SPFI): Promise<number> {
  const blogs = await sp.web.lists
    .getByTitle(FEED_LISTS.blogs.title)
    .items.select('Id', `${BLOG_FIELDS.owners}Id`, BLOG_FIELDS.ownerGroups)
    .top(PAGE)<Array<Record<string, unknown>>>();
  let created = 0;
  for (const blog of blogs) {
    const people = (blog[`${BLOG_FIELDS.owners}Id`] as number[] | null) || [];
    const groups = String(blog[BLOG_FIELDS.ownerGroups] || '')
      .split(';')
      .map(Number)
      .filter((n) => Number.isSafeInteger(n) && n > 0);
    if (await ensureBlogFolder(sp, FEED_LISTS.postImages.title, blog.Id as number, [...people, ...groups])) created++;
  }
  return created;
}

/**
 * v8: the time keys (src/lists/timeKeys.ts) of rows written before them. Each list is read whole by
 * the id (the clustered walk, query-patterns row 4, paged by the server's token), and a row whose
 * stored key differs from what its values give is written, 100 to a `$batch`. Read once per list
 * however many keys it has.
 */
export async function fillTimeKeys(sp: SPFI, specs: readonly TimeKeySpec[] = [...PLAN_TIME_KEYS, ...FEED_TIME_KEYS]): Promise<number> {
  let written = 0;
  for (const title of Array.from(new Set(specs.map((s) => s.list)))) {
    const keys = specs.filter((s) => s.list === title);
    const select = Array.from(new Set(['Id', ...keys.map((k) => k.field), ...keys.flatMap((k) => k.from)]));
    let page = (await sp.web.lists
      .getByTitle(title)
      .items.select(...select)
      .top(PAGE)
      .using(nextLinkOf)()) as unknown as { rows: Array<Record<string, unknown>>; next?: string };
    for (;;) {
      const changes: Array<{ id: number; values: Record<string, number | null> }> = [];
      for (const row of page.rows) {
        const values: Record<string, number | null> = {};
        for (const [field, value] of Object.entries(timeKeysOf(keys, title, row)))
          if ((row[field] ?? null) !== value) values[field] = value;
        if (Object.keys(values).length) changes.push({ id: row.Id as number, values });
      }
      for (let i = 0; i < changes.length; i += WRITES_PER_BATCH) {
        const [batched, execute] = sp.batched();
        const list = batched.web.lists.getByTitle(title);
        const writes = changes.slice(i, i + WRITES_PER_BATCH).map((c) => list.items.getById(c.id).update(c.values));
        await execute();
        await Promise.all(writes);
        written += writes.length;
      }
      if (!page.next) break;
      page = (await nextPage(sp, page.next)) as unknown as { rows: Array<Record<string, unknown>>; next?: string };
    }
  }
  return written;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 4, describe: 'approval times on DDH Plan Reviews', run: approvalTimes },
  { version: 5, describe: 'pictures folders of blogs in DDH Post Images', run: pictureFolders },
  { version: TIME_KEYS_SINCE, describe: 'time keys of plans, approvals, posts and keywords', run: (sp) => fillTimeKeys(sp) }
];

// The server's paging links, read as src/data/paging.ts reads them (src/lists may not import data).

const nextLinkOf = parseBinderWithErrorCheck(async (response: Response) => {
  const json = await response.json();
  const next = json['odata.nextLink'];
  return { rows: parseODataJSON(json) as unknown[], next: typeof next === 'string' && next ? next : undefined };
});

function nextPage(sp: SPFI, next: string): Promise<{ rows: ApprovalRow[]; next?: string }> {
  return SPCollection([sp.web, next]).using(nextLinkOf)() as unknown as Promise<{ rows: ApprovalRow[]; next?: string }>;
}
