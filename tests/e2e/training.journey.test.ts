/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(180000);

/** axe-core, the copy @axe-core/playwright runs (as in accessibility.test.ts). */
const AXE_SOURCE = fs.readFileSync(
  require.resolve('axe-core/axe.min.js', { paths: [path.dirname(require.resolve('@axe-core/playwright'))] }),
  'utf8'
);
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(c: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
  );
}

const FULL = 'Teams online meetings: running a hybrid meeting';
const OPEN = 'Crisis communication on social media';

/** Opens the training web part as a person, in English. */
async function openAs(session: BrowserSession, email: string): Promise<Page> {
  return session.open({ user: loginOf(email), lang: 'en-us', theme: 'light', part: 'trainingRegistry' });
}

/** Opens a session's details by keyboard: focus the button, press Enter. */
async function details(page: Page, title: string): Promise<void> {
  const button = page.getByRole('button', { name: `Details and sign-up: ${title}` });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: title }).first().waitFor();
}

describe('training sessions in Chromium: sign up, cancel, promotion', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test('a staff member signs up, a seat holder cancels, and the first in line gets the seat with no admin action; each is told by e-mail once', async () => {
    // Sofia signs up for an open session (keyboard only) and joins the full one's waiting list.
    const sofia = await openAs(session, 'sofia.jarvinen@formin.example');
    await details(sofia, OPEN);
    // The mail service is busy for her first e-mail: the sign-up is saved and says so; she sends it again.
    session.workbench.mail.failNext(1);
    await sofia.getByRole('button', { name: 'Sign up' }).focus();
    await sofia.keyboard.press('Enter');
    await sofia.getByText('You are signed up and have a seat.').first().waitFor();
    await sofia.getByText(/^The e-mail telling Sofia Järvinen of the seat could not be sent\./).waitFor();
    await sofia.getByRole('button', { name: 'Send the e-mail' }).click();
    await sofia.getByText('Sofia Järvinen was told of the seat by e-mail.').waitFor();
    await sofia.reload();
    await details(sofia, FULL);
    await sofia.getByRole('button', { name: 'Join the waiting list' }).click();
    await sofia
      .getByText(/You are number 3 on the waiting list/)
      .first()
      .waitFor();

    // Aino holds a seat in the full session and cancels it.
    const aino = await openAs(session, 'aino.virtanen@formin.example');
    await details(aino, FULL);
    await aino.getByText('You have a seat.').first().waitFor();
    await aino.getByRole('button', { name: 'Cancel my registration' }).click();
    await aino.getByRole('button', { name: 'Yes, cancel it' }).click();
    await aino.getByText('Your registration was cancelled.').first().waitFor();
    await aino.getByText('Grace Miller was told of the seat by e-mail.').waitFor();

    // Grace was first in line: she now has the seat, and Sofia moved up to number 2.
    const grace = await openAs(session, 'grace.miller@formin.example');
    await details(grace, FULL);
    await grace.getByText('You have a seat.').first().waitFor();
    await sofia.reload();
    await details(sofia, FULL);
    await sofia.getByText('You are number 2 on the waiting list.').first().waitFor();

    // The admin cancels the open session: everyone registered is told at once from her page.
    const helmi = await openAs(session, 'helmi.korhonen@formin.example');
    await details(helmi, OPEN);
    await helmi.getByRole('button', { name: 'Cancel session' }).click();
    await helmi.getByRole('button', { name: 'Yes, cancel the session' }).click();
    await helmi.getByText(/registered (person was|people were) told by e-mail that the session was cancelled\./).waitFor();

    // The inboxes (workbench/graph/mail.ts): each message once, to the right person.
    const inbox = async (
      email: string
    ): Promise<Array<{ subject: string; from: string; attachments: Array<{ name: string; text?: string }> }>> =>
      (await fetch(`${session.workbench.url}/workbench/inbox.json?user=${encodeURIComponent(email)}`)).json() as Promise<
        Array<{ subject: string; from: string; attachments: Array<{ name: string; text?: string }> }>
      >;
    const toSofia = (await inbox('sofia.jarvinen@formin.example')).map((m) => m.subject.split(' / ').pop());
    expect(toSofia).toEqual([`Your sign-up is confirmed: ${OPEN}`, `The training session was cancelled: ${OPEN}`]);
    const cancelled = (await inbox('sofia.jarvinen@formin.example'))[1];
    expect(cancelled.from).toBe('helmi.korhonen@formin.example');
    expect(cancelled.attachments[0].text).toContain('STATUS:CANCELLED');
    const toGrace = (await inbox('grace.miller@formin.example')).map((m) => m.subject.split(' / ').pop());
    expect(toGrace.filter((subject) => subject?.includes(FULL))).toEqual([`You got a seat from the waiting list: ${FULL}`]);
    expect((await inbox('aino.virtanen@formin.example')).filter((m) => m.subject.includes(FULL))).toEqual([]);

    expect(session.outsideRequests()).toEqual([]);
    await Promise.all([sofia.close(), aino.close(), grace.close(), helmi.close()]);
  });

  test.each(['light', 'dark', 'highContrast'])(
    'the organiser picker (%s theme): keyboard only, suggestions announced as a listbox, no axe violation',
    async (theme) => {
      const page = await session.open({ user: loginOf('helmi.korhonen@formin.example'), lang: 'en-us', theme, part: 'trainingRegistry' });
      await page.getByRole('button', { name: 'New session' }).click();
      await page.getByRole('heading', { name: 'New training session' }).waitFor();
      // The creating admin is the default organiser; removing them brings the search field, focused.
      await page.getByRole('button', { name: 'Remove organiser Helmi Korhonen' }).focus();
      await page.keyboard.press('Enter');
      const input = page.getByRole('combobox', { name: 'Organiser' });
      await input.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('So');
      const list = page.getByRole('listbox', { name: 'Suggested people' });
      await list.waitFor();
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const options = list.getByRole('option');
      expect(await options.count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      // The arrows move the active option (aria-activedescendant); Enter picks it; Escape would close.
      const first = await options.first().getAttribute('id');
      expect(await input.getAttribute('aria-activedescendant')).toBe(first);
      const name = (await options.first().innerText()).split('\n')[0];
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: `Remove organiser ${name}` }).waitFor();
      await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label, `Remove organiser ${name}`);
      expect(await page.getByRole('button', { name: `Remove organiser ${name}` }).evaluate((el) => el === document.activeElement)).toBe(
        true
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(session.outsideRequests()).toEqual([]);
      await page.close();
    }
  );
});
