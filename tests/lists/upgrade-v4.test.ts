/** @jest-environment node */
/**
 * Schema v4: registrations become append-only for staff (the "DDH Add Only" level) and the unique
 * keys anyone could aim at someone else (SessionPerson, LikeKey, PostKeyword) stop being unique. The upgrade
 * from v3 creates the level once, swaps the grant, drops the uniqueness, and a person whose row
 * was rewritten under v3 sees it and signs up again.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security/web';
import { registrationStatus } from '../../src/domain/training';
import { TrainingService } from '../../src/data/training';
import { provision } from '../../src/lists/provision';
import { CUSTOM_ROLES, LISTS, SCHEMA_VERSION, schemaAt } from '../../src/lists/schema';
import { REGISTRATION_FIELDS as R } from '../../src/lists/trainingLists';
import { baseSession, MEMBERS } from '../training/site';
import { GROUPS } from '../../src/lists/types';
import { createTestSite, spError } from '../support/sp';

const NOW = new Date('2030-01-15T09:00:00Z');

async function unique(sp: ReturnType<ReturnType<typeof createTestSite>['spAs']>, list: string, field: string): Promise<boolean> {
  return (
    await sp.web.lists.getByTitle(list).fields.getByInternalNameOrTitle(field).select('EnforceUniqueValues')<{
      EnforceUniqueValues: boolean;
    }>()
  ).EnforceUniqueValues;
}

test('v3 → v4: the add-only level, the swapped grant, keys no longer unique; a rewritten row is shown and repaired', async () => {
  expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
  const site = createTestSite();
  const owner = site.spAs(site.adminLogin);
  await provision(owner, schemaAt(3), 3);
  expect(await unique(owner, LISTS.registrations.title, R.sessionPerson)).toBe(true);
  expect(await unique(owner, LISTS.likes.title, 'LikeKey')).toBe(true);
  expect(await unique(owner, LISTS.postKeywords.title, 'PostKeyword')).toBe(true);
  expect((await spError(owner.web.roleDefinitions.getByName(CUSTOM_ROLES.addOnly.name)())).status).toBe(404);

  const admin = site.addUser('hr@contoso.onmicrosoft.com', 'HR', GROUPS.trainingAdmins.title);
  const member = site.addUser('m@contoso.onmicrosoft.com', 'Mia Member', MEMBERS);
  const training = new TrainingService(site.spAs(member.loginName));
  const stored = await new TrainingService(site.spAs(admin.loginName)).sessions.create(baseSession({ capacity: 2 }));
  const signed = await training.registrations.signUp(stored, { id: member.id, title: 'Mia Member' }, undefined, NOW);
  expect(signed.outcome).toBe('signedUp');
  const id = signed.outcome === 'signedUp' ? signed.registration.id : 0;
  // Under v3 staff could edit their own row, e.g. the unit through SharePoint's list form.
  await site
    .spAs(member.loginName)
    .web.lists.getByTitle(LISTS.registrations.title)
    .items.getById(id)
    .update({ [R.unit]: 'Embassy in Oslo' });

  const upgrade = await provision(owner);
  expect(upgrade.changes).toEqual(
    expect.arrayContaining([
      `permission level ${CUSTOM_ROLES.addOnly.name}`,
      `role ${LISTS.registrations.title}: members addOnly`,
      `role removed ${LISTS.registrations.title}: members contribute`,
      `index ${LISTS.registrations.title}.${R.sessionPerson}`,
      `index ${LISTS.likes.title}.LikeKey`,
      `index ${LISTS.postKeywords.title}.PostKeyword`,
      `schema version 3 → ${SCHEMA_VERSION}`
    ])
  );
  expect(await unique(owner, LISTS.registrations.title, R.sessionPerson)).toBe(false);
  expect(await unique(owner, LISTS.likes.title, 'LikeKey')).toBe(false);
  expect(await unique(owner, LISTS.postKeywords.title, 'PostKeyword')).toBe(false);
  const level = await owner.web.roleDefinitions.getByName(CUSTOM_ROLES.addOnly.name)<{ BasePermissions: { High: string; Low: string } }>();
  expect(level.BasePermissions).toEqual({
    High: String(CUSTOM_ROLES.addOnly.basePermissions.High),
    Low: String(CUSTOM_ROLES.addOnly.basePermissions.Low)
  });

  // The rewritten row shows as what it is (no place), and signing up again works: the person repairs it.
  let all = await training.registrations.forSession(stored.session.id);
  expect(
    registrationStatus(
      stored.session,
      all,
      all.find((r) => r.id === id)
    )
  ).toEqual({ code: 'cancelled' });
  const again = await training.registrations.signUp(stored, { id: member.id, title: 'Mia Member' }, 'Embassy in Oslo', NOW);
  expect(again.outcome === 'signedUp' && again.status).toEqual({ code: 'confirmed' });
  // From now on the server refuses the edit that cost the seat.
  const newId = again.outcome === 'signedUp' ? again.registration.id : 0;
  expect(
    (
      await spError(
        site
          .spAs(member.loginName)
          .web.lists.getByTitle(LISTS.registrations.title)
          .items.getById(newId)
          .update({ [R.unit]: 'x' })
      )
    ).status
  ).toBe(403);
  all = await training.registrations.forSession(stored.session.id);
  expect(
    registrationStatus(
      stored.session,
      all,
      all.find((r) => r.id === newId)
    )
  ).toEqual({ code: 'confirmed' });

  // Idempotent: the level is found by name, not created twice.
  expect((await provision(owner)).changes).toEqual([]);
  site.dispose();
});
