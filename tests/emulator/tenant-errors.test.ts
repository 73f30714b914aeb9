/** @jest-environment node */
/**
 * Errors as a real tenant sends them (TENANT.md risks 4 and 9; issue #11): in the caller's
 * language, a unique column's refusal in each of its observed forms, and a correlation id
 * (`SPRequestGuid`, `request-id`) on every answer.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { createTestSite, spError } from '../support/sp';

describe("errors in the caller's language, duplicates in every form, request ids", () => {
  const site = createTestSite();
  const admin = site.spAs(site.adminLogin);
  const visitor = site.addUser('ville.visitor@contoso.onmicrosoft.com', 'Ville Visitor', 'Hub Visitors');
  const inLanguage = (login: string, language: string): SPFI =>
    spfi(site.siteUrl).using(
      SPBrowser({ baseUrl: site.siteUrl }),
      InjectHeaders({ 'X-Emulator-User': login, 'Accept-Language': language })
    );
  const raw = (path: string, init: RequestInit = {}, language?: string): Promise<Response> =>
    site.emulator.handle(
      new Request(`${site.siteUrl}/_api/${path}`, {
        ...init,
        headers: {
          'X-Emulator-User': site.adminLogin,
          Accept: 'application/json',
          ...(language ? { 'Accept-Language': language } : {}),
          ...init.headers
        }
      })
    );

  beforeAll(async () => {
    await admin.web.lists.ensure('Keys');
    const keys = admin.web.lists.getByTitle('Keys');
    await keys.fields.addText('Key');
    await keys.fields.getByInternalNameOrTitle('Key').update({ Indexed: true });
    await keys.fields.getByInternalNameOrTitle('Key').update({ EnforceUniqueValues: true });
    await keys.items.add({ Title: 'first', Key: 'k-1' });
  });

  afterAll(() => site.dispose());

  test.each([
    ['fi-FI,fi;q=0.9,en;q=0.5', 'fi-FI', 'Ryhmää ei löydy.', 'Käyttö estetty.'],
    ['sv-SE', 'sv-SE', 'Det går inte att hitta gruppen.', 'Åtkomst nekad.'],
    ['en-US', 'en-US', 'Group cannot be found.', 'Access denied.'],
    ['de-DE', 'en-US', 'Group cannot be found.', 'Access denied.']
  ])('Accept-Language %s → message in %s; the code stays the same', async (header, lang, group, denied) => {
    const missing = await raw("web/sitegroups/getbyname('No such group')", {}, header);
    expect(missing.status).toBe(404);
    const body = (await missing.json())['odata.error'];
    expect(body).toEqual({ code: '-2146232832, Microsoft.SharePoint.SPException', message: { lang, value: group } });
    const refused = await spError(inLanguage(visitor.loginName, header).web.lists.ensure('Not yours'));
    expect(refused).toMatchObject({ status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: denied });
  });

  test('a list that does not exist and a stale ETag speak Finnish too', async () => {
    const fi = inLanguage(site.adminLogin, 'fi');
    const list = await spError(fi.web.lists.getByTitle('Ei ole')());
    expect(list.message).toBe(`Luetteloa 'Ei ole' ei ole sivustossa, jonka URL-osoite on '${site.siteUrl}'.`);
    const item = fi.web.lists.getByTitle('Keys').items.getById(1);
    await item.update({ Title: 'first, edited' });
    const stale = await spError(fi.web.lists.getByTitle('Keys').items.getById(1).update({ Title: 'x' }, '"1"'));
    expect(stale).toMatchObject({ status: 412, message: 'Pyynnön ETag-arvo \'"1"\' ei vastaa objektin ETag-arvoa \'"2"\'.' });
  });

  test('a duplicate on a unique column comes back in each observed form, in turn, and changes nothing', async () => {
    const keys = inLanguage(site.adminLogin, 'sv-SE').web.lists.getByTitle('Keys');
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await spError(keys.items.add({ Title: `again ${i}`, Key: 'K-1' })));
    expect(answers.map((a) => [a.status, a.code])).toEqual([
      [500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException'],
      [500, '-2146232832, Microsoft.SharePoint.SPException'],
      [400, '-2146232832, Microsoft.SharePoint.SPException'],
      [500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException']
    ]);
    expect(answers[0].message).toBe(
      'Listobjektet kunde inte läggas till eller uppdateras eftersom dubblettvärden hittades i följande fält i listan: [Key].'
    );
    expect(answers[1].message).toBe(
      'Listobjektet kunde inte läggas till eller uppdateras eftersom dubblettvärden hittades i ett eller flera fält i listan.'
    );
    expect(await keys.items.select('Id')()).toHaveLength(1);
  });

  test('every answer carries SPRequestGuid and the same request-id: success, refusal, throttling, $batch', async () => {
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const ok = await raw('web/title');
    const refused = await raw("web/lists/getByTitle('Nope')");
    site.emulator.faults.failNext(1, { status: 429, retryAfterSeconds: 0 });
    const throttled = await raw('web/title');
    const batch = await raw('$batch', { method: 'POST', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' }, body: '' });
    const ids = [ok, refused, throttled, batch].map((r) => {
      const id = r.headers.get('SPRequestGuid');
      expect(id).toMatch(guid);
      expect(r.headers.get('request-id')).toBe(id);
      return id;
    });
    expect(new Set(ids).size).toBe(4);
    expect([ok.status, refused.status, throttled.status, batch.status]).toEqual([200, 404, 429, 200]);
  });
});
