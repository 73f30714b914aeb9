/** @jest-environment node */
/**
 * Files on plans and sessions in Chromium (#13 item 3): an embassy author attaches supporting
 * material to her plan (a program is refused with the reason, before anything is sent) and
 * submits it; the reviewer opens the file from the plan; a training admin attaches slides to a
 * session and a member of staff opens them, with nothing to add or remove. Every file is served
 * by the site itself, to signed-in people only, and nothing loads from outside.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';
import { demoPdf } from '../../workbench/demo/documents';

jest.setTimeout(180000);

const shots = path.resolve(__dirname, '../../jest-output/views');

/** The file behind a link, fetched as the page's signed-in person: its status and type. */
async function open(page: Page, name: string): Promise<{ status: number; type: string; bytes: Buffer; href: string }> {
  const link = page.getByRole('link', { name });
  const href = (await link.getAttribute('href')) as string;
  const answer = await page.request.get(new URL(href, page.url()).toString());
  return { status: answer.status(), type: answer.headers()['content-type'] || '', bytes: Buffer.from(await answer.body()), href };
}

describe('attachments in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
    fs.mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await session.close();
  });

  test('an author attaches a file to her plan and submits it; the reviewer opens the file', async () => {
    const aino = await session.open({
      user: loginOf('aino.virtanen@formin.example'),
      lang: 'en-us',
      theme: 'light',
      part: 'planSubmissions'
    });
    await aino.getByRole('button', { name: 'Instagram for Finland in Japan' }).click();
    const files = aino.getByRole('region', { name: /^Attachments/ });
    await files.waitFor();
    const survey = demoPdf('Follower survey', ['Instagram followers in Japan, spring 2026.']);
    await files.locator('input[type=file]').setInputFiles([
      { name: 'Follower survey.pdf', mimeType: 'application/pdf', buffer: Buffer.from(survey) },
      { name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00program', 'latin1') }
    ]);
    await files.getByRole('alert').getByText('tool.exe was not added: this kind of file cannot be attached.', { exact: false }).waitFor();
    await files.getByRole('link', { name: 'Follower survey.pdf' }).waitFor();
    await aino.screenshot({ path: path.join(shots, 'attachments-author-en-1280.png'), fullPage: true });
    await aino.getByRole('button', { name: 'Submit for review' }).click();
    await aino.getByText('Done: Submit for review').waitFor();

    const erik = await session.open({
      user: loginOf('erik.lindqvist@formin.example'),
      lang: 'fi-fi',
      theme: 'dark',
      part: 'planSubmissions'
    });
    await erik.getByRole('button', { name: 'Instagram for Finland in Japan' }).click();
    const seen = erik.getByRole('region', { name: 'Liitteet (1)' });
    await seen.waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    const file = await open(erik, 'Follower survey.pdf');
    expect(file).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(Buffer.compare(file.bytes, Buffer.from(survey))).toBe(0);
    // Not for someone who is not signed in.
    expect((await fetch(new URL(file.href, session.workbench.siteUrl).toString())).status).toBe(401);
    await Promise.all([aino.close(), erik.close()]);
  });

  test('an admin attaches slides to a session; a member of staff opens them and can change nothing', async () => {
    const helmi = await session.open({
      user: loginOf('helmi.korhonen@formin.example'),
      lang: 'sv-se',
      theme: 'light',
      part: 'trainingRegistry'
    });
    await helmi
      .getByRole('button', { name: /Intranet collaboration tools/ })
      .first()
      .click();
    const files = helmi.getByRole('region', { name: /^Bilagor/ });
    await files.waitFor();
    const slides = demoPdf('Team sites and the practice feed', ['Slides for the session.']);
    await files.locator('input[type=file]').setInputFiles({ name: 'Slides.pdf', mimeType: 'application/pdf', buffer: Buffer.from(slides) });
    await files.getByRole('link', { name: 'Slides.pdf' }).waitFor();
    await helmi.setViewportSize({ width: 375, height: 900 });
    await files.scrollIntoViewIfNeeded();
    await helmi.screenshot({ path: path.join(shots, 'attachments-admin-sv-375.png') });

    const sofia = await session.open({
      user: loginOf('sofia.jarvinen@formin.example'),
      lang: 'en-us',
      theme: 'dark',
      part: 'trainingRegistry'
    });
    await sofia
      .getByRole('button', { name: /Intranet collaboration tools/ })
      .first()
      .click();
    const seen = sofia.getByRole('region', { name: 'Attachments (1)' });
    await seen.waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    expect(await open(sofia, 'Slides.pdf')).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(session.outsideRequests()).toEqual([]);
    await Promise.all([helmi.close(), sofia.close()]);
  });
});
