/** @jest-environment node */
/**
 * Upgrading a site whose reviews list is above 5,000 items to v4, which indexes ApprovedAt:
 * SharePoint builds that index in the background (vgrem/phpSPO #315), so the version is recorded
 * only once a probe shows it serving; a later run, after the build, records it and runs v4's
 * data step. Through @pnp/sp against the emulator, whose clock is moved instead of waited on.
 */
import { provision } from '../../src/lists/provision';
import { PLAN_LISTS, REVIEW_FIELDS as V } from '../../src/lists/planLists';
import { SCHEMA_VERSION, schemaAt } from '../../src/lists/schema';
import { readSchemaVersion } from '../../src/lists/version';
import { createTestSite } from '../support/sp';

jest.setTimeout(120000);

const MINUTE = 60_000;

test('v3 → v4 on a large reviews list: the version waits for the new index, a later run records it', async () => {
  expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
  let clock = Date.UTC(2030, 0, 15, 9);
  const site = createTestSite({ now: () => new Date(clock), indexBuilds: { buildDelayMs: 15 * MINUTE } });
  const owner = site.spAs(site.adminLogin);
  await provision(owner, schemaAt(3), 3);
  const [planId] = site.emulator.seedItems(PLAN_LISTS.plans.title, [{ Title: 'Plan', Embassy: 'Oslo', PlanState: 'approved', Round: 1 }]);
  site.emulator.seedItems(
    PLAN_LISTS.planReviews.title,
    Array.from({ length: 6000 }, (_, i) => ({
      PlanId: planId,
      Round: 1,
      [V.decision]: i % 3 === 0 ? 'approve' : 'comment',
      Created: new Date(clock - (i + 1) * MINUTE).toISOString()
    }))
  );

  const first = await provision(owner);
  // v8's EmbassyApproved (a time key) is a new index on the same list, built alongside.
  expect(first.pending).toEqual([
    `${PLAN_LISTS.planReviews.title}.${V.approvedAt}`,
    `${PLAN_LISTS.planReviews.title}.${V.embassyApproved}`
  ]);
  expect(first.changes).toContain(`index ${PLAN_LISTS.planReviews.title}.${V.approvedAt}`);
  expect(first.toVersion).toBe(3);
  expect(await readSchemaVersion(owner)).toBe(3);
  // Nothing of v4's data step ran: it waits for the version to be recordable.
  const approvedAt = (): Promise<Array<{ Id: number }>> =>
    owner.web.lists
      .getByTitle(PLAN_LISTS.planReviews.title)
      .items.filter(`${V.decision} eq 'approve'`)
      .select('Id', V.approvedAt)
      .top(5000)<Array<{ Id: number; [k: string]: unknown }>>()
      .then((rows) => rows.filter((r) => r[V.approvedAt]));
  expect(await approvedAt()).toHaveLength(0);

  // Still building a few minutes later: the same answer, nothing recorded.
  clock += 10 * MINUTE;
  expect((await provision(owner)).pending).toHaveLength(2);
  expect(await readSchemaVersion(owner)).toBe(3);

  clock += 5 * MINUTE;
  const done = await provision(owner);
  expect(done.pending).toBeUndefined();
  expect(done.changes).toEqual(
    expect.arrayContaining([`schema version 3 → ${SCHEMA_VERSION}`, 'approval times on DDH Plan Reviews: 2000'])
  );
  expect(await readSchemaVersion(owner)).toBe(SCHEMA_VERSION);
  expect(await approvedAt()).toHaveLength(2000);
  expect((await provision(owner)).changes).toEqual([]);
  site.dispose();
});

test('a new site records its version at once: its lists are empty, every index serves', async () => {
  const site = createTestSite({ indexBuilds: { buildDelayMs: 15 * MINUTE } });
  const report = await provision(site.spAs(site.adminLogin));
  expect(report.pending).toBeUndefined();
  expect(report.toVersion).toBe(SCHEMA_VERSION);
  site.dispose();
});
