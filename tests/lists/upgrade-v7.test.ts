/** @jest-environment node */
/**
 * Schema v7 through @pnp/sp against the emulator: sessions gain ChangedAt and ToldAt (the e-mail
 * of a change, data/training/notices.ts) and DDH Training Messages arrives, where staff only add
 * records of a seat's e-mail and training admins may change them. A session read on a v6 site has
 * no announcement, so nothing is owed there and its writes leave the new columns out.
 */
import { provision } from '../../src/lists/provision';
import { schemaAt } from '../../src/lists/schema';
import { GROUPS } from '../../src/lists/types';
import { TRAINING_LISTS } from '../../src/lists/trainingLists';
import { TrainingService } from '../../src/data/training';
import { createTestSite } from '../support/sp';
import { baseSession } from '../training/site';

test('v6 → v7: the session columns and the messages list, with staff adding records only', async () => {
  const site = createTestSite();
  const admin = site.spAs(site.adminLogin);
  await provision(admin, schemaAt(6), 6);
  const hr = site.addUser('hr@contoso.onmicrosoft.com', 'Helena HR', GROUPS.trainingAdmins.title);
  const staff = site.addUser('sam@contoso.onmicrosoft.com', 'Sam Staff', 'Hub Members');
  const training = new TrainingService(site.spAs(hr.loginName));

  // Before the upgrade: no announcement, and a change of place writes nothing the site lacks.
  const before = await training.sessions.create(baseSession({ title: 'Old site' }));
  expect(before.announcement).toBeUndefined();
  const moved = await training.sessions.update({ ...before.session, place: 'Elsewhere' }, before.etag, before);
  expect(moved.session.place).toBe('Elsewhere');
  await training.sessions.cancel(moved.session.id, moved.etag, { announce: !!moved.announcement });

  const report = await provision(admin);
  expect(report.changes).toEqual(
    expect.arrayContaining([
      `field ${TRAINING_LISTS.sessions.title}.ChangedAt`,
      `field ${TRAINING_LISTS.sessions.title}.ToldAt`,
      `list ${TRAINING_LISTS.trainingMessages.title}`
    ])
  );
  expect((await provision(admin)).changes).toEqual([]);

  const after = await training.sessions.get(before.session.id);
  expect(after.announcement).toEqual({ changedAt: undefined, toldAt: undefined, editorId: hr.id });
  const messages = (login: string) => site.spAs(login).web.lists.getByTitle(TRAINING_LISTS.trainingMessages.title).items;
  const added = (await messages(staff.loginName).add({ Title: 'seat:1', MessageKey: 'seat:1' })) as { Id: number };
  await expect(messages(staff.loginName).getById(added.Id).update({ MessageKey: 'seat:2' })).rejects.toMatchObject({ status: 403 });
  await expect(messages(staff.loginName).getById(added.Id).delete()).rejects.toMatchObject({ status: 403 });
  await messages(hr.loginName).getById(added.Id).update({ MessageKey: 'seat:3' });
  site.dispose();
});
