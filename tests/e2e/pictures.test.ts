/** @jest-environment node */
/**
 * A picture in a post, in Chromium (#13 item 1): a phone photo — 4,000 × 3,000 pixels, taken
 * sideways (EXIF orientation 6), with a GPS position and a description in its metadata — is
 * chosen in the post editor. What reaches the site is upright, at most 1,600 pixels on its longer
 * side, and carries no metadata at all; the post shows it with its description, the feed's card
 * shows it as the cover, it loads from the hub's own library, and nothing loads from outside.
 */
import * as fs from 'fs';
import * as path from 'path';
import '@pnp/sp/files';
import { Page } from 'playwright-core';
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(180000);

const MARKER = 'HELSINKI-GPS-MARKER 60.1699N 24.9384E';

/** A TIFF block as EXIF carries it: a description, orientation 6 (turn 90° clockwise to view) and a GPS position. */
function exifSegment(): Buffer {
  const description = Buffer.from(`${MARKER}\0`, 'latin1');
  const tiff = Buffer.alloc(68);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(3, 8);
  // ImageDescription (ASCII), at offset 68.
  tiff.writeUInt16BE(0x010e, 10);
  tiff.writeUInt16BE(2, 12);
  tiff.writeUInt32BE(description.length, 14);
  tiff.writeUInt32BE(68, 18);
  // Orientation 6.
  tiff.writeUInt16BE(0x0112, 22);
  tiff.writeUInt16BE(3, 24);
  tiff.writeUInt32BE(1, 26);
  tiff.writeUInt16BE(6, 30);
  // GPS IFD at 50.
  tiff.writeUInt16BE(0x8825, 34);
  tiff.writeUInt16BE(4, 36);
  tiff.writeUInt32BE(1, 38);
  tiff.writeUInt32BE(50, 42);
  tiff.writeUInt32BE(0, 46);
  tiff.writeUInt16BE(1, 50);
  // GPSLatitudeRef "N".
  tiff.writeUInt16BE(0x0001, 52);
  tiff.writeUInt16BE(2, 54);
  tiff.writeUInt32BE(2, 56);
  tiff.write('N\0', 60, 'latin1');
  tiff.writeUInt32BE(0, 64);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, description]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** A 4,000 × 3,000 JPEG drawn by the browser, with the EXIF block put in after its start marker, as a camera writes it. */
async function phonePhoto(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    const gradient = g.createLinearGradient(0, 0, 4000, 3000);
    gradient.addColorStop(0, '#0b3d91');
    gradient.addColorStop(1, '#f2c14e');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 4000, 3000);
    g.fillStyle = '#ffffff';
    g.fillRect(200, 200, 800, 400);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
    return Array.from(new Uint8Array(await (blob as Blob).arrayBuffer()));
  });
  const jpeg = Buffer.from(bytes);
  return Buffer.concat([jpeg.subarray(0, 2), exifSegment(), jpeg.subarray(2)]);
}

describe('pictures in posts in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test('a sideways phone photo with a GPS position arrives upright, at most 1,600 px, without metadata, and shows in the post and on its card', async () => {
    const lars = await session.open({ user: loginOf('lars.holmberg@formin.example'), lang: 'en-us', theme: 'light', part: 'practiceFeed' });
    const photo = await phonePhoto(lars);
    expect(photo.includes(Buffer.from(MARKER, 'latin1'))).toBe(true);
    await lars.getByRole('button', { name: 'Write a post' }).click();
    await lars.getByLabel('Headline', { exact: true }).fill('Midsummer at the residence');
    await lars.getByLabel('Text', { exact: true }).fill('Guests from twelve countries.');
    await lars.getByRole('button', { name: 'Add a picture' }).click();
    await lars
      .getByLabel('Picture (JPEG, PNG, WebP or GIF)')
      .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
    await lars.getByText('1200 × 1600 pixels. Location, camera and other details were removed from the file.').waitFor();
    await lars.getByLabel(/Describe the picture for people who cannot see it/).fill('Guests dancing around the midsummer pole');
    const shots = path.resolve(__dirname, '../../jest-output/views');
    fs.mkdirSync(shots, { recursive: true });
    await lars.screenshot({ path: path.join(shots, 'picture-editor-en-1280.png'), fullPage: true });
    await lars.getByRole('button', { name: 'Insert the picture' }).click();
    // Saved and put into the text: the panel closes and the cursor is back in the text.
    await lars.getByLabel('Picture (JPEG, PNG, WebP or GIF)').waitFor({ state: 'detached' });
    const text = lars.getByLabel('Text', { exact: true });
    await lars.waitForFunction(() => !!document.activeElement && document.activeElement.id === 'ddh-post-body');
    // In the text as a picture (shown from the library while writing), after what was typed.
    const inText = text.locator('img[alt="Guests dancing around the midsummer pole"]');
    await inText.waitFor();
    const url = decodeURI((await inText.getAttribute('src')) || '');
    expect(await text.textContent()).toBe('Guests from twelve countries.');
    expect(url).toMatch(/\/blog-\d+\/\d{8}-\d{6}-[0-9a-z]{6}\.jpg$/);
    await lars.getByLabel('Keywords', { exact: true }).fill('culture, events');
    await lars.getByRole('button', { name: 'Publish' }).click();
    await lars.getByText('The post was published.').first().waitFor();

    // What the site keeps: a JPEG, upright and smaller, with no EXIF, no GPS, no description.
    const stored = Buffer.from(
      await session.spAs(loginOf('sofia.jarvinen@formin.example')).web.getFileByServerRelativePath(url).getBuffer()
    );
    expect(stored.subarray(0, 2).toString('hex')).toBe('ffd8');
    expect(stored.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    expect(stored.includes(Buffer.from('HELSINKI', 'latin1'))).toBe(false);
    expect(stored.length).toBeLessThan(photo.length);

    // A reader sees it on the card and in the post, loaded from the hub's library.
    const reader = await session.open({
      user: loginOf('sofia.jarvinen@formin.example'),
      lang: 'en-us',
      theme: 'light',
      part: 'practiceFeed'
    });
    const card = reader.locator('article', { has: reader.getByRole('heading', { name: 'Midsummer at the residence' }) });
    const cover = card.getByRole('img', { name: 'Guests dancing around the midsummer pole' });
    await cover.scrollIntoViewIfNeeded();
    await reader.waitForFunction((alt) => {
      const img = Array.from(document.querySelectorAll('article img')).find((i) => i.getAttribute('alt') === alt) as
        HTMLImageElement | undefined;
      return !!img && img.complete && img.naturalWidth > 0;
    }, 'Guests dancing around the midsummer pole');
    expect(await cover.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight }))).toEqual({ w: 1200, h: 1600 });
    const box = await cover.boundingBox();
    expect(box && Math.round(box.width)).toBe(200);
    await reader.screenshot({ path: path.join(shots, 'picture-card-en-1280.png') });
    await reader.setViewportSize({ width: 375, height: 800 });
    await cover.scrollIntoViewIfNeeded();
    await reader.screenshot({ path: path.join(shots, 'picture-card-en-375.png') });
    await card
      .getByRole('link', { name: 'Midsummer at the residence' })
      .or(card.getByRole('button', { name: 'Midsummer at the residence' }))
      .first()
      .click();
    const inPost = reader.locator('main').getByRole('img', { name: 'Guests dancing around the midsummer pole' }).last();
    await inPost.waitFor();
    expect(decodeURI(new URL(await inPost.evaluate((img: HTMLImageElement) => img.currentSrc || img.src)).pathname)).toBe(url);
    // Someone who is not signed in gets nothing.
    expect((await fetch(`${new URL(session.workbench.siteUrl).origin}${encodeURI(url)}`)).status).toBe(401);
    expect(session.outsideRequests()).toEqual([]);
    await Promise.all([lars.close(), reader.close()]);
  });
});
