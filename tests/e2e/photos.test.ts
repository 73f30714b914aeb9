/** @jest-environment node */
/**
 * Person photos end to end (#12 item 6): the workbench's tenant serves `_layouts/15/userphoto.aspx`
 * on the hub site; the feed's cards and the post page show them from there (same origin, nothing
 * from outside), each image arrives as SVG and decodes, and a signed-out caller gets none.
 */
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(120000);

describe('person photos in the workbench', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test('feed cards and comments show the tenant photos from the site, decoded, and nothing loads from outside', async () => {
    const page = await session.open({
      user: loginOf('mikko.nieminen@formin.example'),
      lang: 'en-us',
      theme: 'light',
      part: 'practiceFeed'
    });
    const photos: Array<{ url: string; status: number; type: string | undefined }> = [];
    page.on('response', (r) => {
      if (/userphoto\.aspx/i.test(r.url())) photos.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] });
    });
    await page.reload();
    const feed = page.getByRole('region', { name: 'Blogs and good practices' });
    const first = feed.locator('article img').first();
    await first.waitFor();
    await first.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const img = document.querySelector('article img') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    const src = await first.getAttribute('src');
    expect(src).toMatch(
      new RegExp(
        `^${session.workbench.siteUrl.replace(/[.]/g, '\\.')}/_layouts/15/userphoto\\.aspx\\?size=M&accountname=[^&]+%40formin\\.example$`
      )
    );
    expect(await first.getAttribute('alt')).toBe('');
    expect(photos.length).toBeGreaterThan(0);
    for (const p of photos) expect({ status: p.status, type: p.type }).toEqual({ status: 200, type: 'image/svg+xml' });
    // Signed out (no cookie): no photo.
    const anonymous = await fetch(src as string);
    expect(anonymous.status).toBe(401);
    expect(session.outsideRequests()).toEqual([]);
    await page.close();
  });
});
