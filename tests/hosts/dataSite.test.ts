/** @jest-environment node */
/**
 * One hub data site, every host: a web part on a Teams team's site and one in a Teams personal
 * app (the tenant's root site, no properties) read and write the hub's lists, through @pnp/sp's
 * SPFx behaviour against an emulated tenant (workbench/emulator/tenant.ts). The tenant property
 * names the hub; without it a web part reads its own site; its own setting wins over both; a bad
 * setting is refused with words that say why.
 */
import { JSDOM } from 'jsdom';
import { HUB_SITE_PROPERTY, resolveDataSite } from '../../src/data/hubSite';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { FeedService } from '../../src/data/feed';
import { SetupService } from '../../src/data/setup';
import { createTrainingAppServices } from '../../src/data/trainingAppServices';
import { TrainingService } from '../../src/data/training';
import { provision } from '../../src/lists/provision';
import { SCHEMA_VERSION } from '../../src/lists/settings';
import { GROUPS } from '../../src/lists/types';
import { validateDataSite } from '../../src/ui/dataSiteText';
import { readLoc } from '../../workbench/loc';
import { baseSession } from '../training/site';
import { createTestTenant, memoryStorage, TestTenant } from '../support/tenant';

jest.setTimeout(60000);

const common = readLoc(process.cwd(), 'common', 'en-us') as unknown as IHubCommonStrings;
const purifyWindow = new JSDOM('').window as unknown as Window & typeof globalThis;

describe('one hub data site, every host', () => {
  let t: TestTenant;
  let staff: string;
  let hrLogin: string;

  beforeEach(async () => {
    t = createTestTenant();
    await provision(t.spAs(t.hubUrl, t.adminLogin));
    // Staff are members of the hub, of their team's site, and read the root site.
    staff = t.person('aino@contoso.onmicrosoft.com', 'Aino Staff', [
      [t.hub, 'Hub Members'],
      [t.team, 'Team Members'],
      [t.root, 'Contoso Visitors']
    ]);
    hrLogin = t.person('hr@contoso.onmicrosoft.com', 'Helena HR', [
      [t.hub, GROUPS.trainingAdmins.title],
      [t.root, 'Contoso Visitors']
    ]);
    t.tenant.setStorageEntity(HUB_SITE_PROPERTY, t.hubUrl, 'Digital Diplomacy Hub: the site that holds the lists');
  });
  afterEach(() => t.dispose());

  test('the tenant property: every site answers GetStorageEntity; an absent key is {"odata.null": true}; an unknown site is 404', async () => {
    const get = (siteUrl: string, key: string) =>
      fetch(`${siteUrl}/_api/web/GetStorageEntity('${key}')`, {
        headers: { Accept: 'application/json;odata=nometadata', 'X-Emulator-User': staff }
      });
    for (const siteUrl of [t.rootUrl, t.teamUrl, t.hubUrl]) {
      const set = await get(siteUrl, HUB_SITE_PROPERTY);
      expect(set.status).toBe(200);
      expect(await set.json()).toMatchObject({
        Value: t.hubUrl,
        Description: 'Digital Diplomacy Hub: the site that holds the lists',
        Comment: ''
      });
    }
    const absent = await get(t.teamUrl, 'NoSuchKey');
    expect(absent.status).toBe(200);
    expect(await absent.json()).toEqual({ 'odata.null': true });
    // Reading it is a call on a web: a person who cannot open the site is refused there.
    const stranger = t.person('stranger@contoso.onmicrosoft.com', 'Stranger');
    expect(
      (
        await fetch(`${t.teamUrl}/_api/web/GetStorageEntity('${HUB_SITE_PROPERTY}')`, {
          headers: { Accept: 'application/json', 'X-Emulator-User': stranger }
        })
      ).status
    ).toBe(403);
    const nowhere = await fetch(`${t.origin}/sites/nowhere/_api/web`, {
      headers: { Accept: 'application/json', 'X-Emulator-User': staff }
    });
    expect(nowhere.status).toBe(404);
    expect(await nowhere.text()).toBe('');
  });

  test("a Teams tab on the team site reads the hub's sessions and signs up there, with the hub's own request digest", async () => {
    const admin = new TrainingService(t.spAs(t.hubUrl, hrLogin));
    const session = await admin.sessions.create(baseSession({ title: 'Crisis communication' }));

    const opened = await t.webPart({ pageUrl: t.teamUrl, login: staff, storage: memoryStorage() });
    expect(opened.site).toEqual({ url: t.hubUrl, source: 'tenant', isCurrent: false, setupHere: true });
    // The team site's user id means nothing on the hub: it is not handed on.
    expect(opened.page.userId).toBeUndefined();

    const hubCalls: string[] = [];
    // A rule that never fires, only to watch what reaches the hub.
    t.hub.faults.failNext(1, {
      status: 500,
      match: (url) => {
        hubCalls.push(new URL(url).pathname);
        return false;
      }
    });
    const services = createTrainingAppServices(opened.sp, opened.page);
    const first = await services.training.firstView(new Date('2030-01-01T00:00:00Z'));
    expect(first.upcoming.rows.map((r) => r.session.title)).toContain('Crisis communication');
    const hubId = first.viewer.id;
    const result = await services.training.registrations.signUp(session, first.viewer, 'Team site', new Date('2030-01-02T00:00:00Z'));
    expect(result.outcome).toBe('signedUp');

    // Writes (and the $batch POST) carried the hub's own digest: the SPFx behaviour asked the hub.
    expect(hubCalls.filter((p) => /\/_api\/contextinfo$/i.test(p))).toHaveLength(1);
    // The team page's digest would not do there: SharePoint checks a digest against its own site.
    const foreign = await fetch(`${t.hubUrl}/_api/web/lists/getByTitle('DDH Settings')/items`, {
      method: 'POST',
      body: JSON.stringify({ Title: 'Forged' }),
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Cookie: `emulator-user=${encodeURIComponent(staff)}`,
        'X-RequestDigest': t.team.issueDigest().value
      }
    });
    expect(foreign.status).toBe(403);

    // The registration is on the hub, by the person's hub identity; the team site holds no lists.
    const seen = await admin.registrations.forSession(session.session.id);
    expect(seen.map((r) => r.person.id)).toEqual([hubId]);
    expect((await t.spAs(t.teamUrl, t.adminLogin).web.lists.select('Title')<Array<{ Title: string }>>()).map((l) => l.Title)).not.toContain(
      'DDH Sessions'
    );
  });

  test("a Teams personal app (root site, no properties) reads the hub's feed and its status", async () => {
    const owner = new FeedService(t.spAs(t.hubUrl, t.adminLogin), { window: purifyWindow });
    const blog = await owner.blogs.create({ title: 'Tokyo embassy', kind: 'person', ownerIds: [6] });
    await owner.posts.create({
      title: 'Ash cloud: 2,000 Finns reached',
      bodyHtml: '<p>Two Facebook groups.</p>',
      kind: 'blogPost',
      keywords: ['crisis'],
      blogId: blog.id,
      author: { id: 0, name: '' },
      licence: 'CC BY 4.0'
    });

    const opened = await t.webPart({ pageUrl: t.rootUrl, login: staff, properties: undefined, storage: memoryStorage() });
    expect(opened.site.url).toBe(t.hubUrl);
    const services = createFeedAppServices(opened.sp, opened.page);
    const view = await services.feed.firstView();
    expect(view.page.items.map((i) => i.post.title)).toEqual(['Ash cloud: 2,000 Finns reached']);
    // A like is a write to the hub from the root site's page.
    await services.feed.likes.like(view.page.items[0].post, view.viewer.id);
    expect((await services.feed.item(view.page.items[0].post.id))?.counts.likes).toBe(1);
    const status = await services.setup.status();
    expect(status).toMatchObject({ state: 'ready', siteVersion: SCHEMA_VERSION, canSetUp: false });
    expect(status.elsewhere).toBeUndefined();
  });

  test('without the tenant property a web part reads its own site, and an owner is offered set-up with a word of warning', async () => {
    t.tenant.removeStorageEntity(HUB_SITE_PROPERTY);
    const opened = await t.webPart({ pageUrl: t.teamUrl, login: t.adminLogin, storage: memoryStorage() });
    expect(opened.site).toEqual({ url: t.teamUrl, source: 'current', isCurrent: true, setupHere: true });
    expect(opened.page.userId).toBeGreaterThan(0);
    const status = await createTrainingAppServices(opened.sp, opened.page).setup.status();
    expect(status).toMatchObject({ state: 'missing', canSetUp: true, unconfigured: true });
  });

  test("when the tenant property cannot be read, the page's own site is read but never set up from there, and nothing is kept", async () => {
    t.team.faults.failNext(10, { status: 500, match: (url) => /getStorageEntity/i.test(url) });
    const storage = memoryStorage();
    const opened = await t.webPart({ pageUrl: t.teamUrl, login: t.adminLogin, storage });
    expect(opened.site).toEqual({ url: t.teamUrl, source: 'current', isCurrent: true, setupHere: false });
    expect(storage.map.size).toBe(0);
    const status = await createTrainingAppServices(opened.sp, opened.page).setup.status();
    expect(status).toMatchObject({ state: 'missing', canSetUp: false, elsewhere: t.teamUrl });
  });

  test("the web part's own setting wins, and no tenant property is read for it", async () => {
    t.tenant.setStorageEntity(HUB_SITE_PROPERTY, t.teamUrl);
    const before = { team: t.team.stats().requests, root: t.root.stats().requests };
    const opened = await t.webPart({
      pageUrl: t.rootUrl,
      login: staff,
      properties: { dataSiteUrl: '/sites/hub' },
      storage: memoryStorage()
    });
    expect(opened.site).toEqual({ url: t.hubUrl, source: 'property', isCurrent: false, setupHere: false });
    // One request on the root site: the page's own load in the helper; none for the property.
    expect(t.root.stats().requests - before.root).toBe(1);
    expect(t.team.stats().requests - before.team).toBe(0);
    const first = await createTrainingAppServices(opened.sp, opened.page).training.firstView();
    expect(first.viewer.title).toBe('Aino Staff');
  });

  test('a site named in the settings is never set up from there: an owner hears where the lists are expected', async () => {
    const opened = await t.webPart({ pageUrl: t.hubUrl, login: t.adminLogin, properties: { dataSiteUrl: t.teamUrl } });
    const setup = new SetupService(opened.sp, opened.site);
    expect(await setup.status()).toMatchObject({ state: 'missing', canSetUp: false, elsewhere: t.teamUrl });
    await expect(setup.run()).rejects.toThrow(/not from here/);
    // Someone who cannot open the named site at all hears the same, instead of an error.
    const outsider = t.person('outsider@contoso.onmicrosoft.com', 'Outsider', [[t.hub, 'Hub Members']]);
    const theirs = await t.webPart({ pageUrl: t.hubUrl, login: outsider, properties: { dataSiteUrl: t.teamUrl } });
    expect(await new SetupService(theirs.sp, theirs.site).status()).toMatchObject({
      state: 'missing',
      canSetUp: false,
      elsewhere: t.teamUrl
    });
  });

  test('a bad setting is refused with a clear message; the hub passes', async () => {
    // What the property pane runs (src/webparts/common/dataSitePane.ts) on a page of the root site.
    const check = (value: string): Promise<string> => validateDataSite(value, common, t.rootUrl, (url) => t.spAs(url, staff));
    expect(await check(t.hubUrl)).toBe('');
    expect(await check('  ')).toBe('');
    expect(await check('/sites/hub/SitePages/Home.aspx')).toBe('');
    expect(await check('/sites/nowhere')).toBe(common.DataSiteNotFound);
    expect(await check('/sites/team')).toBe(common.DataSiteNoLists);
    expect(await check('https://fabrikam.sharepoint.com/sites/hub')).toBe(common.DataSiteInvalidUrl);
    expect(await check('hub')).toBe(common.DataSiteInvalidUrl);
    const secret = t.tenant.addSite({ path: '/sites/secret', title: 'Secret' });
    expect(secret.siteUrl).toBe(`${t.origin}/sites/secret`);
    expect(await check('/sites/secret')).toBe(common.DataSiteNoAccess);
    // Lists from a newer package than this one.
    await t
      .spAs(t.hubUrl, t.adminLogin)
      .web.lists.getByTitle('DDH Settings')
      .items.getById(1)
      .update({ Value: String(SCHEMA_VERSION + 1) });
    expect(await check(t.hubUrl)).toBe(common.DataSiteNewer);
  });

  test('the answer is kept per tenant: the next load asks nothing, and a refresh picks up a change for the load after', async () => {
    const storage = memoryStorage();
    let reads = 0;
    const read = async (): Promise<string | undefined> => {
      reads++;
      return t.hubUrl;
    };
    const first = await resolveDataSite({ currentWebUrl: t.teamUrl, storage, readTenantProperty: read });
    expect(first.site.url).toBe(t.hubUrl);
    expect(first.refresh).toBeUndefined();
    expect(reads).toBe(1);

    const second = await resolveDataSite({
      currentWebUrl: t.rootUrl,
      storage,
      readTenantProperty: async () => {
        reads++;
        return undefined;
      }
    });
    expect(second.site.url).toBe(t.hubUrl);
    expect(reads).toBe(1);
    // The admin removed the property: the refresh after the first view notices, the next load follows.
    expect(await second.refresh?.()).toBe(true);
    const third = await resolveDataSite({ currentWebUrl: t.rootUrl, storage, readTenantProperty: read });
    expect(third.site).toMatchObject({ url: t.rootUrl, source: 'current' });
  });
});
