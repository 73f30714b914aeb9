/** @jest-environment node */
/**
 * Schema v5 through @pnp/sp against the emulator: the reviewers' group shows its members to
 * everyone (an embassy's submit e-mails them), set on a group made earlier with SharePoint's
 * default (members only); only someone who may manage it can change a group's settings; the
 * rounds and reviews lists gain NotifiedAt.
 */
import '@pnp/sp/site-groups/web';
import { provision } from '../../src/lists/provision';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { schemaAt } from '../../src/lists/schema';
import { GROUPS } from '../../src/lists/types';
import { createTestSite } from '../support/sp';

test("v4 → v5: the reviewers' members become visible to staff; NotifiedAt on rounds and reviews", async () => {
  const site = createTestSite();
  const admin = site.spAs(site.adminLogin);
  await provision(admin, schemaAt(4), 4);
  const reviewer = site.addUser('erik@contoso.onmicrosoft.com', 'Erik Reviewer', 'Hub Members');
  site.emulator.addToGroup(GROUPS.reviewers.title, reviewer.loginName);
  const staff = site.addUser('sam@contoso.onmicrosoft.com', 'Sam Staff', 'Hub Members');
  const group = admin.web.siteGroups.getByName(GROUPS.reviewers.title);
  // As a group made before v5 would be: members only (SharePoint's default for a new group).
  await group.update({ OnlyAllowMembersViewMembership: true });
  const members = (): Promise<Array<{ Email: string }>> =>
    site.spAs(staff.loginName).web.siteGroups.getByName(GROUPS.reviewers.title).users.select('Email')();
  await expect(members()).rejects.toMatchObject({ status: 403 });
  // Staff cannot open it up themselves.
  await expect(
    site.spAs(staff.loginName).web.siteGroups.getByName(GROUPS.reviewers.title).update({ OnlyAllowMembersViewMembership: false })
  ).rejects.toMatchObject({ status: 403 });
  // Nor set what SP.Group does not have.
  await expect(group.update({ Colour: 'blue' } as never)).rejects.toMatchObject({ status: 400 });

  const report = await provision(admin);
  expect(report.changes).toEqual(
    expect.arrayContaining([
      `group ${GROUPS.reviewers.title}: members visible to everyone`,
      `field ${PLAN_LISTS.planRounds.title}.NotifiedAt`,
      `field ${PLAN_LISTS.planReviews.title}.NotifiedAt`
    ])
  );
  expect((await members()).map((m) => m.Email)).toEqual(['erik@contoso.onmicrosoft.com']);
  expect((await provision(admin)).changes).toEqual([]);
  site.dispose();
});
