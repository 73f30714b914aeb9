/** @jest-environment node */
/**
 * Forms a real tenant may treat differently, which the emulator refuses so that the data layer
 * never relies on them (TENANT.md risks 7 and 8): `<Lookup>/Id` in `$filter` without `$expand`,
 * and OData query options on a write.
 */
import { createTestSite, spError } from '../support/sp';

describe('undocumented request forms are refused', () => {
  const site = createTestSite();
  const sp = site.spAs(site.adminLogin);
  const sessions = sp.web.lists.getByTitle('Sessions');
  const registrations = sp.web.lists.getByTitle('Registrations');
  let sessionId = 0;

  beforeAll(async () => {
    const created = await sp.web.lists.ensure('Sessions');
    await sp.web.lists.ensure('Registrations');
    await registrations.fields.addLookup('Session', { LookupListId: created.data.Id, LookupFieldName: 'Title' });
    await registrations.fields.addUser('Participant');
    sessionId = (await sessions.items.add({ Title: 'Crisis communication' })).Id;
    await registrations.items.add({ Title: 'First', SessionId: sessionId });
    await registrations.items.add({ Title: 'Second' });
  });

  afterAll(() => site.dispose());

  test('a lookup is filtered by its id property: SessionId eq N', async () => {
    const rows = await registrations.items.filter(`SessionId eq ${sessionId}`).select('Title')();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(['First']);
  });

  test('Session/Id in $filter without $expand=Session is refused; with it, allowed', async () => {
    const refused = await spError(registrations.items.filter(`Session/Id eq ${sessionId}`).select('Title')());
    expect(refused.status).toBe(400);
    expect(refused.message).toContain("The query to field 'Session/Id' is not valid");
    expect(refused.message).toContain('must contains Session');
    const person = await spError(registrations.items.filter('Participant/Id eq 6')());
    expect(person.status).toBe(400);
    const expanded = await registrations.items.filter(`Session/Id eq ${sessionId}`).select('Title', 'Session/Id').expand('Session')();
    expect(expanded.map((r: { Title: string }) => r.Title)).toEqual(['First']);
  });

  test('a write with a query option (a reused queryable) is refused and changes nothing', async () => {
    const before = (await registrations.items.select('Id')()).length;
    const add = await spError(registrations.items.filter(`SessionId eq ${sessionId}`).add({ Title: 'Leaked' }));
    expect(add.status).toBe(400);
    expect(add.message).toContain("The query option '$filter' cannot be used with the HTTP method 'POST'");
    expect((await registrations.items.select('Id')()).length).toBe(before);

    // PnPjs's item.update() posts on a fresh Item (no leak), so the MERGE is sent by hand.
    const merge = await site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/lists/getByTitle('Registrations')/items(1)?$select=Title`, {
        method: 'POST',
        headers: { 'X-Emulator-User': site.adminLogin, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'Content-Type': 'application/json' },
        body: JSON.stringify({ Title: 'Changed' })
      })
    );
    expect(merge.status).toBe(400);
    expect(await merge.text()).toContain("The query option '$select' cannot be used with the HTTP method 'MERGE'");
    expect((await registrations.items.getById(1).select('Title')()).Title).toBe('First');

    // item.delete() posts on the queryable itself: a select() done on it before leaks.
    const item = registrations.items.getById(1);
    expect((await item.select('Title')()).Title).toBe('First');
    const del = await spError(item.delete());
    expect(del.status).toBe(400);
    expect((await registrations.items.getById(1).select('Title')()).Title).toBe('First');
  });

  test('the same writes on a fresh queryable pass', async () => {
    const added = await registrations.items.add({ Title: 'Third', SessionId: sessionId });
    await registrations.items.getById(added.Id).update({ Title: 'Third, changed' });
    expect((await registrations.items.getById(added.Id).select('Title')()).Title).toBe('Third, changed');
  });

  test('inside a $batch the refusal is per request', async () => {
    const [batched, execute] = sp.batched();
    const ok = batched.web.lists.getByTitle('Registrations').items.add({ Title: 'Batched' });
    const leaked = batched.web.lists.getByTitle('Registrations').items.top(1).add({ Title: 'Batched, leaked' });
    const settled = Promise.allSettled([ok, leaked]);
    await execute();
    const [first, second] = await settled;
    expect(first.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
  });
});
