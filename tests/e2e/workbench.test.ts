/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(120000);

describe('the workbench in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test('shows the three web parts with the seeded site, in Finnish, and loads nothing from outside', async () => {
    const page = await session.open({ user: loginOf('aino.virtanen@formin.example'), lang: 'fi-fi', theme: 'light' });
    const regions = page.locator('main section[aria-label]');
    await page.getByRole('region', { name: 'Sosiaalisen median suunnitelmat' }).waitFor();
    await page.getByRole('region', { name: 'Blogit ja hyvät käytännöt' }).waitFor();
    await page.getByRole('region', { name: 'Koulutustilaisuudet' }).waitFor();
    expect(await regions.count()).toBeGreaterThanOrEqual(3);
    // The signed-in person comes from the emulator's current user, through @pnp/sp.
    await page.locator('main').getByText('Kirjautuneena: Aino Virtanen').first().waitFor();
    fs.mkdirSync(path.join(__dirname, '../../jest-output'), { recursive: true });
    await page.screenshot({ path: path.join(__dirname, '../../jest-output/workbench-fi.png'), fullPage: true });
    expect(session.outsideRequests()).toEqual([]);
    await page.close();
  });

  test('the page hands @pnp/sp its request digest, as a SharePoint page does: saves send it, no contextinfo round trip', async () => {
    const page = await session.open({ user: loginOf('aino.virtanen@formin.example'), lang: 'en-us', theme: 'light', part: 'practiceFeed' });
    const posts: Array<{ url: string; digest: string | undefined }> = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push({ url: r.url(), digest: r.headers()['x-requestdigest'] });
    });
    await page.reload();
    await page.getByRole('region', { name: 'Blogs and good practices' }).waitFor();
    await page.waitForFunction('window.__ddhContentReady && window.__ddhContentReady()');
    const digest = await page.locator('#workbench').getAttribute('data-form-digest');
    expect(digest).toMatch(/^0x[0-9A-F]+,/);
    // The first view's $batch is a POST: it carries the page's digest and nothing asked for another.
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.filter((p) => /contextinfo/i.test(p.url))).toEqual([]);
    expect(posts.every((p) => p.digest === digest)).toBe(true);
    await page.close();
  });

  test('switching user and language re-renders the apps for that person', async () => {
    const page = await session.open({ user: loginOf('erik.lindqvist@formin.example'), lang: 'sv-se', theme: 'dark' });
    await page.getByRole('region', { name: 'Planer för sociala medier' }).waitFor();
    await page.locator('main').getByText('Inloggad som Erik Lindqvist').first().waitFor();
    await page.getByLabel('Language / Kieli / Språk').selectOption('en-us');
    await page.getByRole('region', { name: 'Social media plans' }).waitFor();
    await page.getByLabel('User / Käyttäjä / Användare').selectOption(loginOf('helmi.korhonen@formin.example'));
    await page.locator('main').getByText('Signed in as Helmi Korhonen').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(session.outsideRequests()).toEqual([]);
    await page.close();
  });
});
