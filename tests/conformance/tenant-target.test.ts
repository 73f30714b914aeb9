/**
 * @jest-environment node
 *
 * The tenant branch of the conformance target, before anyone points it at a tenant: bearer tokens,
 * the second account taken from its token, lists made and indexed, rows seeded by `$batch`, and
 * cleanup — over an emulated site that reads the bearer token's `upn` as the caller, as
 * SharePoint Online reads it from a real token. Skipped during a tenant run (it would test nothing there).
 */
import { createEmulator, Emulator } from '../../workbench/emulator';
import { loginFromToken, openTarget, Target } from './target';

const SITE = 'https://contoso.sharepoint.test/sites/conformance-tenant-path';
const realFetch = globalThis.fetch;
const run = process.env.CONFORMANCE_SITE ? describe.skip : describe;

/** An unsigned JWT naming `upn` (the emulator, like this test, reads only the claims). */
function tokenFor(upn: string): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: 'https://contoso.sharepoint.test', upn })}.`;
}

run('the conformance target in tenant mode', () => {
  let emulator: Emulator;
  let target: Target;
  const bearerCalls: string[] = [];

  beforeAll(() => {
    emulator = createEmulator({ siteUrl: SITE, title: 'Hub' });
    emulator.addToGroup('Hub Members', emulator.addUser({ email: 'second@contoso.onmicrosoft.com', title: 'Second' }).loginName);
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const request = new Request(input, init);
      if (!request.url.toLowerCase().startsWith(SITE)) return realFetch(input, init);
      const auth = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '');
      if (!auth) return new Response('', { status: 401 });
      bearerCalls.push(request.url);
      const headers = new Headers(request.headers);
      headers.set('X-Emulator-User', loginFromToken(auth[1]));
      return emulator.handle(new Request(request, { headers }));
    };
    process.env.CONFORMANCE_SITE = `${SITE}/`;
    process.env.CONFORMANCE_TOKEN = tokenFor('admin@contoso.onmicrosoft.com');
    process.env.CONFORMANCE_TOKEN_2 = tokenFor('Second@contoso.onmicrosoft.com');
    target = openTarget();
    delete process.env.CONFORMANCE_SITE;
    delete process.env.CONFORMANCE_TOKEN;
    delete process.env.CONFORMANCE_TOKEN_2;
  });

  afterAll(async () => {
    await target.close();
    globalThis.fetch = realFetch;
  });

  test('speaks as the owner and the second account of their tokens', async () => {
    expect({ kind: target.kind, siteUrl: target.siteUrl, prefix: /^DDHConf-[a-z0-9]+-$/.test(target.prefix) }).toEqual({
      kind: 'tenant',
      siteUrl: SITE,
      prefix: true
    });
    expect(target.second?.loginName).toBe('i:0#.f|membership|second@contoso.onmicrosoft.com');
    expect((await target.owner.web.currentUser.select('Email')<{ Email: string }>()).Email).toBe('admin@contoso.onmicrosoft.com');
    expect((await target.second?.sp.web.currentUser.select('Email')<{ Email: string }>())?.Email).toBe('second@contoso.onmicrosoft.com');
  });

  test('seeds rows by $batch (20 adds a request, as PnPjs splits them), refuses lists it did not make, and cleans up', async () => {
    const { title, list } = await target.createList('Seeded');
    await target.addIndexedText(list, 'Code', true);
    const batchesBefore = bearerCalls.filter((url) => url.endsWith('/_api/$batch')).length;
    await target.seed(
      title,
      Array.from({ length: 250 }, (_, i) => ({ Title: `Row ${i + 1}`, Code: `C-${i + 1}` }))
    );
    expect(bearerCalls.filter((url) => url.endsWith('/_api/$batch')).length - batchesBefore).toBe(13);
    const rows = await list.items.select('Title').orderBy('ID').top(500)<Array<{ Title: string }>>();
    expect(rows.map((r) => r.Title)).toEqual(Array.from({ length: 250 }, (_, i) => `Row ${i + 1}`));
    await expect(target.seed('Plans', [{ Title: 'x' }])).rejects.toThrow(/only to lists this run created/);
    expect(await target.cleanup()).toEqual([]);
    expect(bearerCalls.length).toBeGreaterThan(0);
  });

  test('a token that names no user is refused with a clear reason', () => {
    expect(() => loginFromToken('abc')).toThrow(/not a JWT/);
    expect(() => loginFromToken(`${Buffer.from('{}').toString('base64url')}.${Buffer.from('{"aud":"x"}').toString('base64url')}.`)).toThrow(
      /no upn/
    );
  });
});
