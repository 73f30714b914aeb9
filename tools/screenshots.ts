/**
 * `npm run screenshots`: the README's pictures of each web part (docs/images), taken in Chromium
 * from the workbench with its demo data, as the browser suites open it: a production build of the
 * page, a fresh seeded site on 127.0.0.1 (stopped afterwards). Each web part as the person it is
 * mostly for, at 1280 px in English and light, and at 375 px (a phone, or a narrow column in
 * Teams) in Finnish and dark.
 */
import * as path from 'path';
import { startBrowserSession, waitForContent } from '../tests/support/browser';
import { loginOf } from '../workbench/demo/people';

const OUT = path.resolve(__dirname, '..', 'docs', 'images');

/** Web part → whose first view the picture shows. */
const PARTS = [
  ['planSubmissions', 'erik.lindqvist@formin.example'],
  ['practiceFeed', 'aino.virtanen@formin.example'],
  ['trainingRegistry', 'mikko.nieminen@formin.example']
] as const;

const LOOKS = [
  { width: 1280, lang: 'en-us', theme: 'light', height: 820 },
  { width: 375, lang: 'fi-fi', theme: 'dark', height: 812 }
] as const;

async function main(): Promise<void> {
  const session = await startBrowserSession({ harness: 'production' });
  try {
    for (const [part, email] of PARTS) {
      for (const look of LOOKS) {
        const page = await session.open({ part, user: loginOf(email), lang: look.lang, theme: look.theme });
        await page.setViewportSize({ width: look.width, height: 1200 });
        await waitForContent(page);
        // Pictures in posts and person photos load after the content marker.
        await page.waitForLoadState('networkidle');
        const box = await page.locator('main').boundingBox();
        if (!box) throw new Error(`${part}: the page has no main region`);
        const file = path.join(OUT, `${part}-${look.width}-${look.lang}-${look.theme}.png`);
        await page.screenshot({ path: file, clip: { ...box, height: Math.min(box.height, look.height) } });
        console.log(path.relative(process.cwd(), file));
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
