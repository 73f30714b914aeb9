/** @jest-environment node */
import { createTestSite } from '../support/sp';

describe('request digests: a browser signed in with a cookie must send one the site issued', () => {
  let clock = Date.UTC(2026, 10, 25, 9);
  const site = createTestSite({ now: () => new Date(clock) });
  const cookie = (): Record<string, string> => ({
    Cookie: `emulator-user=${encodeURIComponent(site.adminLogin)}`,
    Accept: 'application/json'
  });
  const addTask = (headers: Record<string, string>): Promise<Response> =>
    site.emulator.handle(
      new Request(`${site.siteUrl}/_api/web/lists/getByTitle('Tasks')/items`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ Title: 'task' })
      })
    );
  const contextDigest = async (): Promise<string> => {
    const info = await (
      await site.emulator.handle(new Request(`${site.siteUrl}/_api/contextinfo`, { method: 'POST', headers: cookie() }))
    ).json();
    return info.FormDigestValue as string;
  };

  beforeAll(async () => {
    await site.spAs(site.adminLogin).web.lists.ensure('Tasks');
  });

  test("refused without a digest, with a forged one and with an expired one, in SharePoint's words", async () => {
    const none = await addTask(cookie());
    expect(none.status).toBe(403);
    expect((await none.json())['odata.error'].message.value).toMatch(/security validation for this page is invalid/);
    const real = await contextDigest();
    const forged = real.replace(/^0x./, (m) => (m.endsWith('A') ? '0xB' : '0xA'));
    expect((await addTask({ ...cookie(), 'X-RequestDigest': forged })).status).toBe(403);
    const { value: page } = site.emulator.issueDigest();
    clock += 1801 * 1000;
    expect((await addTask({ ...cookie(), 'X-RequestDigest': page })).status).toBe(403);
  });

  test('accepted with the digest from contextinfo or the page; GETs and token callers need none', async () => {
    expect((await addTask({ ...cookie(), 'X-RequestDigest': await contextDigest() })).status).toBe(201);
    expect((await addTask({ ...cookie(), 'X-RequestDigest': site.emulator.issueDigest().value })).status).toBe(201);
    const read = await site.emulator.handle(new Request(`${site.siteUrl}/_api/web/lists/getByTitle('Tasks')/items`, { headers: cookie() }));
    expect(read.status).toBe(200);
    expect((await addTask({ 'X-Emulator-User': site.adminLogin, Accept: 'application/json' })).status).toBe(201);
  });
});
