/** @jest-environment node */
import { Page } from 'playwright-core';
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(180000);

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
  beforeAll(async () => { session = await startBrowserSession(); });
  afterAll(async () => { await session.close(); });

  test('a staff member signs up, a seat holder cancels, and the first in line gets the seat with no admin action', async () => {
    // Sofia signs up for an open session (keyboard only) and joins the full one's waiting list.
    const sofia = await openAs(session, 'sofia.jarvinen@formin.example');
    await details(sofia, OPEN);
    await sofia.getByRole('button', { name: 'Sign up' }).focus();
    await sofia.keyboard.press('Enter');
    await sofia.getByText('You are signed up and have a seat.').first().waitFor();
    await sofia.reload();
    await details(sofia, FULL);
    await sofia.getByRole('button', { name: 'Join the waiting list' }).click();
    await sofia.getByText(/You are number 3 on the waiting list/).first().waitFor();

    // Aino holds a seat in the full session and cancels it.
    const aino = await openAs(session, 'aino.virtanen@formin.example');
    await details(aino, FULL);
    await aino.getByText('You have a seat.').first().waitFor();
    await aino.getByRole('button', { name: 'Cancel my registration' }).click();
    await aino.getByRole('button', { name: 'Yes, cancel it' }).click();
    await aino.getByText('Your registration was cancelled.').first().waitFor();

    // Grace was first in line: she now has the seat, and Sofia moved up to number 2.
    const grace = await openAs(session, 'grace.miller@formin.example');
    await details(grace, FULL);
    await grace.getByText('You have a seat.').first().waitFor();
    await sofia.reload();
    await details(sofia, FULL);
    await sofia.getByText('You are number 2 on the waiting list.').first().waitFor();

    expect(session.outsideRequests()).toEqual([]);
    await Promise.all([sofia.close(), aino.close(), grace.close()]);
  });
});
