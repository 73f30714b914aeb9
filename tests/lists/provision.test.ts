/** @jest-environment node */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/list';
import '@pnp/sp/security/web';
import '@pnp/sp/content-types/list';
import * as fs from 'fs';
import * as path from 'path';
import { provision } from '../../src/lists/provision';
import { GROUPS, LIST_ORDER, LISTS, SCHEMA_VERSION, schemaAt } from '../../src/lists/schema';
import { readSchemaVersion } from '../../src/lists/version';
import { PLAN_FORM_COMPONENT_ID } from '../../src/lists/planLists';
import { SetupService } from '../../src/data/setup';
import { createTestSite, spError, TestSite } from '../support/sp';

interface FieldRow {
  InternalName: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  TypeAsString: string;
  AllowMultipleValues?: boolean;
}

type FormRow = { StringId: string } & Record<string, string | null>;
const FORM_PROPERTIES = ['New', 'Edit', 'Display'].flatMap((f) => [
  `${f}FormClientSideComponentId`,
  `${f}FormClientSideComponentProperties`
]);

/** The list's own Item content type, with its form customizer bindings. */
async function itemContentType(sp: SPFI, title: string): Promise<FormRow> {
  const rows = await sp.web.lists.getByTitle(title).contentTypes.select('StringId', ...FORM_PROPERTIES)<FormRow[]>();
  const item = rows.find((r) => /^0x0100[0-9a-f]{32}$/i.test(r.StringId));
  if (!item) throw new Error(`${title} has no Item content type`);
  return item;
}

async function fieldsOf(sp: SPFI, title: string): Promise<Map<string, FieldRow>> {
  const rows = await sp.web.lists.getByTitle(title).fields<FieldRow[]>();
  return new Map(rows.map((f) => [f.InternalName, f]));
}

describe('provision(sp)', () => {
  let site: TestSite;
  let owner: SPFI;

  beforeEach(() => {
    site = createTestSite();
    owner = site.spAs(site.adminLogin);
  });
  afterEach(() => site.dispose());

  test('the creation order names every list of the schema, once', () => {
    expect([...LIST_ORDER].sort()).toEqual(Object.keys(LISTS).sort());
  });

  test('creates every list, field, index, unique key, group and the schema version on a fresh site', async () => {
    const report = await provision(owner);
    expect(report).toMatchObject({ fromVersion: 0, toVersion: SCHEMA_VERSION });
    expect(await readSchemaVersion(owner)).toBe(SCHEMA_VERSION);

    const groups = (await owner.web.siteGroups.select('Title')<Array<{ Title: string }>>()).map((g) => g.Title);
    for (const group of Object.values(GROUPS)) expect(groups).toContain(group.title);

    for (const key of LIST_ORDER) {
      const spec = LISTS[key];
      const list = await owner.web.lists.getByTitle(spec.title).select('ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments')<{
        ReadSecurity: number;
        WriteSecurity: number;
        HasUniqueRoleAssignments: boolean;
      }>();
      expect({ key, ...list }).toMatchObject({
        key,
        ReadSecurity: spec.readSecurity,
        WriteSecurity: spec.writeSecurity,
        HasUniqueRoleAssignments: true
      });
      const fields = await fieldsOf(owner, spec.title);
      for (const field of spec.fields) {
        const row = fields.get(field.name);
        expect({ list: key, field: field.name, exists: !!row }).toEqual({ list: key, field: field.name, exists: true });
        expect({ field: field.name, indexed: row?.Indexed, unique: row?.EnforceUniqueValues }).toEqual({
          field: field.name,
          indexed: !!(field.indexed || field.unique),
          unique: !!field.unique
        });
        if (field.kind === 'UserMulti') expect(row?.TypeAsString).toBe('UserMulti');
      }
    }
  });

  test('is idempotent: a second run changes nothing', async () => {
    await provision(owner);
    // Any write during the second run would fail it: the run may only read.
    site.emulator.faults.failNext(10000, { status: 500, match: (_url, method) => method !== 'GET' });
    const second = await provision(owner);
    site.emulator.faults.clear();
    expect(second.changes).toEqual([]);
    expect(second.fromVersion).toBe(SCHEMA_VERSION);
  });

  test('upgrades a site set up at version 1, keeping its data', async () => {
    const v1 = await provision(owner, schemaAt(1), 1);
    expect(v1.toVersion).toBe(1);
    expect((await fieldsOf(owner, LISTS.registrations.title)).has('QueueOrder')).toBe(false);
    const session = await owner.web.lists.getByTitle(LISTS.sessions.title).items.add({
      Title: 'Social media basics',
      StartsAt: '2027-02-01T08:00:00Z',
      EndsAt: '2027-02-01T10:00:00Z',
      Capacity: 12
    });

    const upgrade = await provision(owner);
    expect(upgrade.fromVersion).toBe(1);
    expect(upgrade.toVersion).toBe(SCHEMA_VERSION);
    expect(upgrade.changes).toEqual(
      expect.arrayContaining([
        `field ${LISTS.registrations.title}.QueueOrder`,
        `field ${LISTS.posts.title}.PlanLinks`,
        `schema version 1 → ${SCHEMA_VERSION}`
      ])
    );
    expect((await fieldsOf(owner, LISTS.registrations.title)).has('QueueOrder')).toBe(true);
    const kept = await owner.web.lists.getByTitle(LISTS.sessions.title).items.getById(session.Id).select('Title')<{ Title: string }>();
    expect(kept.Title).toBe('Social media basics');
    expect((await provision(owner)).changes).toEqual([]);
  });

  test('the lists enforce the roles on the server, not only in the user interface', async () => {
    await provision(owner);
    const staff = site.addUser('staff@contoso.onmicrosoft.com', 'Staff Member', 'Hub Members');
    const reviewer = site.addUser('reviewer@contoso.onmicrosoft.com', 'Reviewer', 'Hub Members');
    site.emulator.addToGroup(GROUPS.reviewers.title, reviewer.loginName);
    const author = site.addUser('author@contoso.onmicrosoft.com', 'Author', 'Hub Members');
    site.emulator.addToGroup(GROUPS.authors.title, author.loginName);

    const plan = await site.spAs(author.loginName).web.lists.getByTitle(LISTS.plans.title).items.add({
      Title: 'Tokyo plan',
      Embassy: 'Tokyo',
      PlanState: 'draft'
    });
    // A staff member who is not an embassy author cannot write a plan, and nobody but a reviewer a review.
    expect(
      (
        await spError(
          site.spAs(staff.loginName).web.lists.getByTitle(LISTS.plans.title).items.add({ Title: 'x', Embassy: 'x', PlanState: 'draft' })
        )
      ).status
    ).toBe(403);
    const review = { Title: 'Decision', PlanId: plan.Id, Round: 1, Decision: 'approve', Comment: 'Fine' };
    expect((await spError(site.spAs(author.loginName).web.lists.getByTitle(LISTS.planReviews.title).items.add(review))).status).toBe(403);
    await expect(site.spAs(reviewer.loginName).web.lists.getByTitle(LISTS.planReviews.title).items.add(review)).resolves.toMatchObject({
      Decision: 'approve'
    });
    // Staff may read plans (transparency between embassies) but not edit another author's plan.
    const read = await site.spAs(staff.loginName).web.lists.getByTitle(LISTS.plans.title).items.getById(plan.Id).select('Title')<{
      Title: string;
    }>();
    expect(read.Title).toBe('Tokyo plan');
    expect(
      (
        await spError(
          site.spAs(reviewer.loginName).web.lists.getByTitle(LISTS.plans.title).items.getById(plan.Id).update({ Title: 'changed' })
        )
      ).status
    ).toBe(403);
  });

  test('only a site owner can set up: others are refused by the server and told so by the app', async () => {
    const member = site.addUser('member@contoso.onmicrosoft.com', 'Member', 'Hub Visitors');
    const setupAsMember = new SetupService(site.spAs(member.loginName));
    expect(await setupAsMember.status()).toMatchObject({ state: 'missing', canSetUp: false, siteVersion: 0 });
    await expect(provision(site.spAs(member.loginName))).rejects.toMatchObject({ status: 403 });

    const setupAsOwner = new SetupService(owner);
    expect(await setupAsOwner.status()).toMatchObject({ state: 'missing', canSetUp: true });
    await setupAsOwner.run();
    expect(await setupAsOwner.status()).toMatchObject({ state: 'ready', siteVersion: SCHEMA_VERSION });
    expect(await setupAsMember.status()).toMatchObject({ state: 'ready', canSetUp: false });
  });

  test('converges on the roles of the schema: a grant it no longer gives a group is removed, others are kept', async () => {
    await provision(owner);
    const posts = owner.web.lists.getByTitle(LISTS.posts.title);
    const members = await owner.web.associatedMemberGroup.select('Id')<{ Id: number }>();
    const contribute = await owner.web.roleDefinitions.getByType(3).select('Id')<{ Id: number }>();
    const guest = site.addUser('guest@contoso.onmicrosoft.com', 'Hand-picked guest');
    // As an older version of the schema did: members could add posts anywhere in the list.
    await posts.roleAssignments.add(members.Id, contribute.Id);
    await posts.roleAssignments.add(guest.id, contribute.Id);
    const report = await provision(owner);
    expect(report.changes).toEqual([`role removed ${LISTS.posts.title}: members contribute`]);
    const member = site.addUser('member2@contoso.onmicrosoft.com', 'Member', 'Hub Members');
    expect(
      (await spError(site.spAs(member.loginName).web.lists.getByTitle(LISTS.posts.title).items.add({ Title: 'x', PostKind: 'blogPost' })))
        .status
    ).toBe(403);
    // A grant an owner made by hand to someone outside the schema's groups stays.
    await expect(
      site.spAs(guest.loginName).web.lists.getByTitle(LISTS.posts.title).items.add({ Title: 'y', PostKind: 'blogPost' })
    ).resolves.toMatchObject({ Title: 'y' });
  });

  test('a site at version 1 reads as outdated', async () => {
    await provision(owner, schemaAt(1), 1);
    expect(await new SetupService(owner).status()).toMatchObject({ state: 'outdated', siteVersion: 1, packageVersion: SCHEMA_VERSION });
  });

  test("binds the plan form customizer to the plans list's Item content type for New, Edit and Display; other lists keep the default forms", async () => {
    await provision(owner);
    expect(await itemContentType(owner, LISTS.plans.title)).toMatchObject({
      NewFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
      EditFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
      DisplayFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
      NewFormClientSideComponentProperties: null,
      EditFormClientSideComponentProperties: null,
      DisplayFormClientSideComponentProperties: null
    });
    for (const key of LIST_ORDER.filter((k) => k !== 'plans')) {
      const row = await itemContentType(owner, LISTS[key].title);
      expect({ key, id: row.NewFormClientSideComponentId }).toEqual({ key, id: null });
    }
  });

  test('re-binds the forms when someone changed the binding, and only what differs', async () => {
    await provision(owner);
    const item = await itemContentType(owner, LISTS.plans.title);
    const other = '11111111-2222-3333-4444-555555555555';
    await owner.web.lists.getByTitle(LISTS.plans.title).contentTypes.getById(item.StringId).update({
      EditFormClientSideComponentId: other,
      DisplayFormClientSideComponentId: null,
      NewFormClientSideComponentProperties: '{"x":1}'
    });
    const sent: string[] = [];
    site.emulator.faults.failNext(10000, {
      status: 500,
      match: (url, method) => {
        if (method !== 'GET') sent.push(`${method} ${url}`);
        return false;
      }
    });
    const report = await provision(owner);
    site.emulator.faults.clear();
    expect(report.changes).toEqual([`forms ${LISTS.plans.title}: New, Edit, Display → ${PLAN_FORM_COMPONENT_ID}`]);
    expect(sent).toEqual([expect.stringMatching(new RegExp(`^MERGE .*/contenttypes\\('${item.StringId}'\\)$`, 'i'))]);
    expect(await itemContentType(owner, LISTS.plans.title)).toMatchObject({
      NewFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
      EditFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
      DisplayFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
      NewFormClientSideComponentProperties: null
    });
    expect((await provision(owner)).changes).toEqual([]);
  });

  test("the component id bound is the plan form customizer's manifest id", () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../src/extensions/planForm/PlanFormCustomizer.manifest.json'), 'utf8')
    ) as { id: string; extensionType: string };
    expect(manifest).toMatchObject({ id: PLAN_FORM_COMPONENT_ID, extensionType: 'FormCustomizer' });
    expect(LISTS.plans.forms).toEqual({ componentId: manifest.id, forms: ['New', 'Edit', 'Display'] });
  });

  /** Records every change request's method, URL and body on its way to the emulator. */
  function recordChanges(): Array<{ method: string; url: string; body: string }> {
    const sent: Array<{ method: string; url: string; body: string }> = [];
    const handle = site.emulator.handle.bind(site.emulator);
    site.emulator.handle = async (request: Request): Promise<Response> => {
      const method = (request.headers.get('X-HTTP-Method') ?? request.method).toUpperCase();
      if (method !== 'GET') sent.push({ method, url: request.url, body: await request.clone().text() });
      return handle(request);
    };
    return sent;
  }

  test('multi-person columns are made with createFieldAsXml (UserMulti, Mult="TRUE"), never AllowMultipleValues in a body', async () => {
    const sent = recordChanges();
    await provision(owner);
    expect(sent.filter((r) => /AllowMultipleValues/.test(r.body))).toEqual([]);
    const multi = LIST_ORDER.flatMap((key) => LISTS[key].fields.filter((f) => f.kind === 'UserMulti').map((f) => ({ key, name: f.name })));
    expect(multi.length).toBeGreaterThan(0);
    for (const { key, name } of multi) {
      const field = (await fieldsOf(owner, LISTS[key].title)).get(name);
      expect({ name, type: field?.TypeAsString, multiple: field?.AllowMultipleValues }).toEqual({
        name,
        type: 'UserMulti',
        multiple: true
      });
      const xml = sent.find((r) => /createfieldasxml/i.test(r.url) && r.body.includes(`Name=\\"${name}\\"`));
      expect(xml?.body).toContain('Type=\\"UserMulti\\"');
      expect(xml?.body).toContain('Mult=\\"TRUE\\"');
    }
    expect((await provision(owner)).changes).toEqual([]);
  });

  test('binding the forms writes all six New/Edit/Display properties together, also after one was saved alone', async () => {
    await provision(owner);
    const item = await itemContentType(owner, LISTS.plans.title);
    // Someone saves only the Display form's binding: as SharePoint has done (sp-dev-docs #9974),
    // the emulator resets the New and Edit forms to the default.
    await owner.web.lists
      .getByTitle(LISTS.plans.title)
      .contentTypes.getById(item.StringId)
      .update({ DisplayFormClientSideComponentId: PLAN_FORM_COMPONENT_ID });
    expect(await itemContentType(owner, LISTS.plans.title)).toMatchObject({
      NewFormClientSideComponentId: null,
      EditFormClientSideComponentId: null
    });
    const sent = recordChanges();
    const report = await provision(owner);
    expect(report.changes).toEqual([`forms ${LISTS.plans.title}: New, Edit, Display → ${PLAN_FORM_COMPONENT_ID}`]);
    expect(sent).toHaveLength(1);
    expect(
      Object.keys(JSON.parse(sent[0].body))
        .filter((k) => !k.startsWith('__') && !k.startsWith('odata'))
        .sort()
    ).toEqual([...FORM_PROPERTIES].sort());
    expect(await itemContentType(owner, LISTS.plans.title)).toMatchObject({
      NewFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
      EditFormClientSideComponentId: PLAN_FORM_COMPONENT_ID,
      DisplayFormClientSideComponentId: PLAN_FORM_COMPONENT_ID
    });
    expect((await provision(owner)).changes).toEqual([]);
  });
});
