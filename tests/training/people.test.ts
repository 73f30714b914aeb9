/** @jest-environment node */
import { FeedService } from '../../src/data/feed';
import { PeopleDirectory } from '../../src/data/plans/people';
import { createTrainingSite, MEMBERS, TrainingSite } from './site';

describe("the organiser picker's directory", () => {
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

  test("any word of a name matches by its start, as SharePoint's own picker does; the middle of a word does not", async () => {
    t.site.addUser('sofia.jarvinen@contoso.onmicrosoft.com', 'Sofia Järvinen', MEMBERS);
    t.site.addUser('anna-liisa.virtanen@contoso.onmicrosoft.com', 'Anna-Liisa Virtanen', MEMBERS);
    expect((await t.admin.training.people.search('Järv')).map((p) => p.title)).toEqual(['Sofia Järvinen']);
    expect((await t.admin.training.people.search('sofia')).map((p) => p.title)).toEqual(['Sofia Järvinen']);
    expect(await t.admin.training.people.search('ärvinen')).toEqual([]);
    expect((await t.admin.training.people.search('liisa')).map((p) => p.title)).toEqual(['Anna-Liisa Virtanen']);
    expect((await t.admin.training.people.search("O'Brien")).map((p) => p.title)).toEqual(["Liam O'Brien"]);
    // The feed's blog-owner picker and the plans' person picker ask the same way.
    const sp = t.site.spAs(t.admin.loginName);
    expect((await new FeedService(sp).blogs.findPeople('Järv')).map((p) => p.title)).toEqual(['Sofia Järvinen']);
    expect((await new PeopleDirectory(sp).search('Järv')).map((p) => p.title)).toEqual(['Sofia Järvinen']);
    expect((await new PeopleDirectory(sp).search('sofia.jarv')).map((p) => p.title)).toEqual(['Sofia Järvinen']);
  });

  test('an apostrophe is escaped, so typed text cannot end the literal or widen the query', async () => {
    expect((await t.admin.training.people.search("Liam O'B")).map((p) => p.title)).toEqual(["Liam O'Brien"]);
    expect(await t.admin.training.people.search("x') or startswith(Title,'O")).toEqual([]);
  });

  test("ensureUser needs the site's Browse User Information: a training admin without it is refused (403)", async () => {
    const outsider = t.site.addUser('hr.only@contoso.onmicrosoft.com', 'HR Only', 'DDH Training Admins');
    const { TrainingService } = await import('../../src/data/training');
    await expect(
      new TrainingService(t.site.spAs(outsider.loginName)).people.ensure('i:0#.f|membership|olga.oksanen@contoso.onmicrosoft.com')
    ).rejects.toMatchObject({ status: 403 });
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
