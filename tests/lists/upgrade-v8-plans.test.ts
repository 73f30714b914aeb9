/** @jest-environment node */
/**
 * Schema v8 on the plan lists through @pnp/sp against the emulator: a v7 site with plans and
 * approvals (written by the app before the keys, and older history) gains SubmittedWaiting and
 * EmbassyApproved; set-up fills them in from each row's values, and the approved list's embassy
 * filter and "older plans still waiting" answer the same plans as before, now from the keys.
 */
import { SPFI } from '@pnp/sp';
import { PlanListing } from '../../src/data/plans';
import { approvedMatching } from '../../src/data/plans/approvedSearch';
import { olderInReview } from '../../src/data/plans/olderQueue';
import { PLAN_LISTS, PLAN_TIME_KEYS } from '../../src/lists/planLists';
import { provision } from '../../src/lists/provision';
import { SCHEMA_VERSION } from '../../src/lists/settings';
import { readSchemaVersion } from '../../src/lists/version';
import { completePlan, createPlanSite, everySearchPage, PlanSite } from '../plans/fixtures';

jest.setTimeout(120000);

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
/** After the app's own submits (the fixture's clock starts on 2 March 2026); the queue's window starts 120 days before. */
const NOW = new Date(Date.UTC(2026, 2, 20));

/** Every page of a search by a fresh reviewer's services: the plans once each, and the requests of each page. */
async function pages(
  s: PlanSite,
  search: (sp: SPFI, before?: string) => Promise<{ plans: PlanListing[]; next?: string }>
): Promise<{ ids: number[]; requests: number[] }> {
  const { ids, costs } = await everySearchPage(s, search, 100);
  return { ids, requests: costs.map((c) => c.requests) };
}

test('v7 → v8: set-up fills in the plans’ time keys, and the searches answer the same plans from them', async () => {
  const s = await createPlanSite({ version: 7 });
  const admin = s.site.spAs(s.site.adminLogin);
  const em = s.site.emulator;

  // Two years of history: every tenth plan approved and never filed (still waiting for its start-up instructions).
  const history = Array.from({ length: 300 }, (_, i) => ({ at: Date.UTC(2026, 1, 1) - (300 - i) * 2.4 * DAY, waiting: i % 10 === 4 }));
  const ids = em.seedItems(
    PLAN_LISTS.plans.title,
    history.map((h, i) => ({
      Title: `Plan ${i}`,
      Embassy: `Embassy ${i % 7}`,
      Region: 'europe',
      Channels: ['facebook'],
      Purpose: 'activeUse',
      PlanState: h.waiting ? 'submitted' : 'archived',
      Round: 1,
      SubmittedAt: new Date(h.at - DAY).toISOString(),
      ArchivedAt: h.waiting ? null : new Date(h.at + DAY).toISOString(),
      ArchiveReference: h.waiting ? null : `REF-${i}`,
      PlanContent: '{}',
      AuthorId: s.id.anna,
      Created: new Date(h.at - 2 * DAY).toISOString()
    })),
    s.login.anna
  );
  em.seedItems(
    PLAN_LISTS.planReviews.title,
    history.flatMap((h, i) => [
      {
        PlanId: ids[i],
        Round: 1,
        Decision: 'approve',
        Comment: 'ok',
        Created: new Date(h.at).toISOString(),
        ApprovedAt: new Date(h.at).toISOString(),
        AuthorId: s.id.erik,
        PlanTitle: `Plan ${i}`,
        Embassy: `Embassy ${i % 7}`,
        Region: 'europe',
        Channels: ['facebook'],
        Purpose: 'activeUse',
        PlanOwner: s.id.anna
      },
      ...(h.waiting
        ? []
        : [
            {
              PlanId: ids[i],
              Round: 1,
              Decision: 'sendStartupInstructions',
              Comment: 'go',
              Created: new Date(h.at + HOUR).toISOString(),
              AuthorId: s.id.erik
            }
          ])
    ]),
    s.login.erik
  );
  // Written by the app at v7 (no keys): a plan of Embassy 3 approved, one of Tokyo submitted.
  const anna = s.as('anna').repository;
  const erik = s.as('erik').repository;
  const approved = (await anna.create(completePlan('Embassy 3'))).id;
  let detail = await anna.load(approved);
  await anna.submit(detail, detail.plan, detail.etag);
  await erik.decide(await erik.load(approved), 'approve', 'Approved.');
  const waiting = (await anna.create(completePlan('Tokyo'))).id;
  detail = await anna.load(waiting);
  await anna.submit(detail, detail.plan, detail.etag);

  const embassy = (sp: SPFI, before?: string): Promise<{ plans: PlanListing[]; next?: string }> =>
    // A reviewer's client stamps an approval with its own clock: the search runs at that clock too.
    approvedMatching(sp, { embassies: ['embassy 3'] }, new Map(), before);
  const older = (sp: SPFI, before?: string): Promise<{ plans: PlanListing[]; next?: string }> => olderInReview(sp, before, NOW);
  const before = { embassy: await pages(s, embassy), older: await pages(s, older) };
  expect(before.embassy.ids[0]).toBe(approved);
  expect(before.embassy.ids).toHaveLength(1 + history.filter((_, i) => i % 7 === 3).length);
  const windowStart = NOW.getTime() - 120 * DAY;
  expect(before.older.ids.sort((a, b) => a - b)).toEqual(ids.filter((_, i) => history[i].waiting && history[i].at - DAY < windowStart));
  expect(before.older.ids.length).toBeGreaterThan(20);

  // A search that comes first reads the version in its own first $batch: on v7 the windows follow.
  const first = await s.as('erik').repository.read((sp) => embassy(sp));
  expect(first.plans.map((p) => p.id)).toEqual(before.embassy.ids.slice(0, first.plans.length));
  expect(first.plans.length).toBeGreaterThan(0);

  const report = await provision(admin);
  expect(report.changes).toEqual(
    expect.arrayContaining([`field ${PLAN_LISTS.plans.title}.SubmittedWaiting`, `field ${PLAN_LISTS.planReviews.title}.EmbassyApproved`])
  );
  expect(report.changes.some((c) => c.startsWith('time keys of plans'))).toBe(true);
  expect(await readSchemaVersion(admin)).toBe(SCHEMA_VERSION);

  // Every row's key is what its values give; the waiting plans and the approvals have one.
  for (const spec of PLAN_TIME_KEYS) {
    const rows = await admin.web.lists
      .getByTitle(spec.list)
      .items.select('Id', spec.field, ...spec.from)
      .top(5000)<Array<Record<string, unknown>>>();
    rows.forEach((row) => expect(row[spec.field] ?? null).toBe(spec.of(row)));
    expect(rows.filter((row) => typeof row[spec.field] === 'number').length).toBeGreaterThanOrEqual(
      history.filter((h) => h.waiting).length
    );
  }

  const after = { embassy: await pages(s, embassy), older: await pages(s, older) };
  expect(after.embassy.ids).toEqual(before.embassy.ids);
  expect([...after.older.ids].sort((a, b) => a - b)).toEqual(before.older.ids);
  // From the keys: an embassy's page is one request (its range), the windows took two.
  expect(after.embassy.requests.every((r) => r === 1)).toBe(true);
  expect(before.embassy.requests.some((r) => r > 1)).toBe(true);
  s.site.dispose();
});
