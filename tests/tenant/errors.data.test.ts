/** @jest-environment node */
/**
 * Errors by code, in any language (issue #11.4; TENANT.md risks 4 and 9): the data layer tells
 * problems apart by SharePoint's exception type and status, never by English text, and where it
 * relies on a unique column's refusal (likes, registrations' SessionPerson key, keyword rows) it
 * recognises each form a duplicate takes — confirming a plain SPException by reading the key back.
 */
import '@pnp/sp/site-groups';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { FeedService } from '../../src/data/feed';
import { isDuplicateRefusal, mayBeDuplicate, toProblem } from '../../src/data/errors';
import { TrainingService } from '../../src/data/training';
import { provision } from '../../src/lists/provision';
import { FEED_LISTS, POST_KEYWORD_FIELDS } from '../../src/lists/feedLists';
import { GROUPS } from '../../src/lists/types';
import { createTestSite, TestSite } from '../support/sp';
import { purifyWindow, samplePost } from '../feed/site';
import { baseSession } from '../training/site';

function speaking(site: TestSite, login: string, language: string): SPFI {
  return spfi(site.siteUrl).using(
    SPBrowser({ baseUrl: site.siteUrl }),
    InjectHeaders({ 'X-Emulator-User': login, 'Accept-Language': language })
  );
}

async function failure(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail.');
}

describe('problems by code and status, in Finnish and Swedish', () => {
  const site = createTestSite();
  const fi = speaking(site, site.adminLogin, 'fi-FI');
  afterAll(() => site.dispose());

  beforeAll(async () => {
    await fi.web.lists.add('Avaimet');
    const list = fi.web.lists.getByTitle('Avaimet');
    await list.fields.addText('Avain', { Indexed: true });
    await list.fields.getByInternalNameOrTitle('Avain').update({ EnforceUniqueValues: true });
    await list.items.add({ Title: 'a', Avain: 'x' });
    await fi.web.lists.add('Iso');
    site.emulator.seedItems(
      'Iso',
      Array.from({ length: 5001 }, (_, i) => ({ Title: `r${i}` }))
    );
  });

  test('the threshold is told by SPQueryThrottledException, whatever the message says', async () => {
    const problem = await toProblem(await failure(fi.web.lists.getByTitle('Iso').items.filter("Title eq 'r1'")()));
    expect(problem).toMatchObject({ kind: 'threshold', status: 500, code: 'Microsoft.SharePoint.SPQueryThrottledException' });
    expect(problem.detail).toContain('kynnysarvon');
    expect(problem.detail).not.toContain('threshold');
  });

  test('each form of a duplicate may be one; an unknown column (ArgumentException) is not', async () => {
    const list = fi.web.lists.getByTitle('Avaimet');
    const problems = [];
    for (let i = 0; i < 3; i++)
      problems.push(await toProblem(await failure(fi.web.lists.getByTitle('Avaimet').items.add({ Title: 'b', Avain: 'X' }))));
    expect(problems.map((p) => [p.kind, p.status, p.code]).sort()).toEqual([
      ['duplicate', 500, 'Microsoft.SharePoint.SPDuplicateValuesFoundException'],
      ['invalid', 400, 'Microsoft.SharePoint.SPException'],
      ['unknown', 500, 'Microsoft.SharePoint.SPException']
    ]);
    expect(problems.every(mayBeDuplicate)).toBe(true);
    expect(problems.every((p) => /päällekkäisiä/.test(p.detail ?? ''))).toBe(true);
    const unknownColumn = await toProblem(await failure(list.items.filter("Nope eq 'x'")()));
    expect(unknownColumn).toMatchObject({ kind: 'invalid', code: 'System.ArgumentException' });
    expect(mayBeDuplicate(unknownColumn)).toBe(false);
  });

  test('a suspected duplicate counts only when the key is found; a server error is not a duplicate', async () => {
    site.emulator.faults.failNext(1, { status: 500, match: (_url, method) => method === 'POST' });
    const serverError = await failure(fi.web.lists.getByTitle('Avaimet').items.add({ Title: 'c', Avain: 'y' }));
    expect(mayBeDuplicate(await toProblem(serverError))).toBe(true);
    expect(await isDuplicateRefusal(serverError, async () => false)).toBe(false);
    expect(await isDuplicateRefusal(serverError, async () => true)).toBe(true);
    expect(
      await isDuplicateRefusal(serverError, async () => {
        throw new Error('read failed');
      })
    ).toBe(false);
  });
});

describe("the data layer's unique keys hold under every duplicate form, in any language", () => {
  const site = createTestSite();
  let feedAs: (login: string) => FeedService;
  let anna: { id: number; loginName: string };

  beforeAll(async () => {
    await provision(site.spAs(site.adminLogin));
    anna = site.addUser('anna.virtanen@contoso.onmicrosoft.com', 'Anna Virtanen', 'Hub Members');
    feedAs = (login) => new FeedService(speaking(site, login, 'fi-FI'), { window: purifyWindow });
  });
  afterAll(() => site.dispose());

  test('liking four times is one like; a failed like (500, no key stored) is reported, not swallowed', async () => {
    const admin = feedAs(site.adminLogin);
    const blog = await admin.blogs.create({
      title: 'Tenant blog',
      kind: 'person',
      ownerIds: [anna.id],
      ownerGroupIds: [],
      unit: 'Embassy of Finland, Oslo'
    });
    const feed = feedAs(anna.loginName);
    const post = await feed.posts.create(samplePost(blog.id));
    for (let i = 0; i < 4; i++) await feed.likes.like(post, anna.id);
    // From schema v4 LikeKey is not unique (a key is the writer's choice): a like is a distinct Author.
    const liked = await feed.likes.rowsFor(post.id);
    expect(liked.length).toBeGreaterThan(0);
    expect(new Set(liked.map((r) => r.AuthorId))).toEqual(new Set([anna.id]));

    const other = await feed.posts.create(samplePost(blog.id, { title: 'Another post' }));
    site.emulator.faults.failNext(1, {
      status: 500,
      match: (url, method) => method === 'POST' && url.includes(encodeURIComponent(FEED_LISTS.likes.title))
    });
    await expect(feed.likes.like(other, anna.id)).rejects.toMatchObject({ status: 500 });
    expect(await feed.likes.rowsFor(other.id)).toHaveLength(0);
  });

  test('keyword rows already there are no failure: a repeated save adds none', async () => {
    const admin = feedAs(site.adminLogin);
    const blog = await admin.blogs.create({
      title: 'Keywords blog',
      kind: 'person',
      ownerIds: [anna.id],
      ownerGroupIds: [],
      unit: 'Embassy of Finland, Oslo'
    });
    const feed = feedAs(anna.loginName);
    const post = await feed.posts.create(samplePost(blog.id, { keywords: ['crisis', 'ash cloud', 'oslo'] }));
    // As a save that failed half-way and is repeated: the rows there are read and none is added again.
    await feed.posts.syncKeywords(post.id, ['crisis', 'ash cloud', 'oslo'], new Date());
    const rows = await site
      .spAs(site.adminLogin)
      .web.lists.getByTitle(FEED_LISTS.postKeywords.title)
      .items.filter(`${POST_KEYWORD_FIELDS.post}Id eq ${post.id}`)
      .select('Id')();
    expect(rows).toHaveLength(3);
  });

  test('signing up again is "already registered" three times over, in Swedish', async () => {
    const admin = new TrainingService(speaking(site, site.adminLogin, 'sv-SE'));
    const hr = site.addUser('hr.admin@contoso.onmicrosoft.com', 'Helena HR', GROUPS.trainingAdmins.title);
    const session = await new TrainingService(speaking(site, hr.loginName, 'sv-SE')).sessions.create(
      baseSession({ organiser: { id: hr.id, name: 'Helena HR', email: 'hr.admin@contoso.onmicrosoft.com' } })
    );
    const training = new TrainingService(speaking(site, anna.loginName, 'sv-SE'));
    const signer = { id: anna.id, title: 'Anna Virtanen' };
    const now = new Date('2030-01-01T00:00:00Z');
    expect((await training.registrations.signUp(session, signer, 'Oslo', now)).outcome).toBe('signedUp');
    for (let i = 0; i < 3; i++) {
      const again = await training.registrations.signUp(session, signer, 'Oslo', now);
      expect(again.outcome).toBe('alreadyRegistered');
    }
    expect(await admin.registrations.forSession(session.session.id)).toHaveLength(1);
  });
});

describe('a missing group, whatever the status of the answer', () => {
  test('provisioning finds existing groups and creates missing ones when getByName answers 500', async () => {
    const site = createTestSite();
    try {
      const sp = site.spAs(site.adminLogin);
      const byName = (url: string): boolean => /sitegroups\/getbyname/i.test(url);
      site.emulator.faults.failNext(100, { status: 500, match: byName });
      const first = await provision(sp);
      const created = first.changes.filter((c) => c.startsWith('group '));
      expect(created.length).toBeGreaterThan(0);
      site.emulator.faults.clear();
      site.emulator.faults.failNext(100, { status: 500, match: byName });
      const second = await provision(sp);
      expect(second.changes).toEqual([]);
      const titles = (await sp.web.siteGroups.select('Title')<Array<{ Title: string }>>()).map((g) => g.Title);
      for (const group of Object.values(GROUPS)) expect(titles.filter((t) => t === group.title)).toHaveLength(1);
    } finally {
      site.emulator.faults.clear();
      site.dispose();
    }
  });
});
