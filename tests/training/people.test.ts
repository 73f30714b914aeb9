/** @jest-environment node */
import { createTrainingSite, MEMBERS, TrainingSite } from './site';

describe('the organiser picker\'s directory', () => {
  let t: TrainingSite;
  beforeAll(async () => {
    t = await createTrainingSite();
    // HR staff are staff too (as in workbench/demo/people.ts): membership brings the site's
    // Browse User Information, which ensureUser asks for.
    t.site.emulator.addToGroup(MEMBERS, t.admin.loginName);
    t.site.addUser('liam.obrien@contoso.onmicrosoft.com', "Liam O'Brien", MEMBERS);
    t.site.addUser('olga.oksanen@contoso.onmicrosoft.com', 'Olga Oksanen', MEMBERS);
  });

  test('finds site users by the start of their name, case-insensitively; groups are not people', async () => {
    const found = await t.admin.training.people.search('  liam ');
    expect(found.map((p) => p.title)).toEqual(["Liam O'Brien"]);
    expect(found[0].loginName).toBe('i:0#.f|membership|liam.obrien@contoso.onmicrosoft.com');
    expect(await t.admin.training.people.search('Hub')).toEqual([]);
    expect(await t.admin.training.people.search('l')).toEqual([]); // too short to ask
  });

  test('an apostrophe is escaped, so typed text cannot end the literal or widen the query', async () => {
    expect((await t.admin.training.people.search("Liam O'B")).map((p) => p.title)).toEqual(["Liam O'Brien"]);
    expect(await t.admin.training.people.search("x') or startswith(Title,'O")).toEqual([]);
  });

  test('ensureUser needs the site\'s Browse User Information: a training admin without it is refused (403)', async () => {
    const outsider = t.site.addUser('hr.only@contoso.onmicrosoft.com', 'HR Only', 'DDH Training Admins');
    const { TrainingService } = await import('../../src/data/training');
    await expect(new TrainingService(t.site.spAs(outsider.loginName)).people.ensure('i:0#.f|membership|olga.oksanen@contoso.onmicrosoft.com'))
      .rejects.toMatchObject({ status: 403 });
  });

  test('ensureUser gives the id the session stores as its organiser', async () => {
    const [olga] = await t.admin.training.people.search('Olga');
    const ensured = await t.admin.training.people.ensure(olga.loginName);
    expect(ensured.id).toBe(olga.id);
    const stored = await t.newSession({ organiser: { id: ensured.id, name: ensured.title, email: ensured.email } });
    const read = await t.member(1).training.sessions.get(stored.session.id);
    expect(read.session.organiser).toEqual({ id: olga.id, name: 'Olga Oksanen', email: 'olga.oksanen@contoso.onmicrosoft.com' });
  });
});
