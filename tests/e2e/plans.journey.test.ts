/** @jest-environment node */
import { Page } from 'playwright-core';
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(240000);

const PLAN = 'Instagram for Finland in Japan';
const AUTHOR = 'aino.virtanen@formin.example';
const REVIEWER = 'erik.lindqvist@formin.example';

async function openPlan(session: BrowserSession, email: string, tab?: string): Promise<Page> {
  const page = await session.open({ user: loginOf(email), lang: 'en-us', theme: 'light', part: 'planSubmissions' });
  if (tab) await page.getByRole('tab', { name: tab }).click();
  await page.locator('main').getByText(PLAN, { exact: true }).first().click();
  await page.getByRole('heading', { name: PLAN }).first().waitFor();
  return page;
}

/** The author's submit lives in the editor: a comment and the button. */
async function submit(page: Page, comment: string): Promise<void> {
  await page.getByLabel('Comment', { exact: true }).first().fill(comment);
  await page.getByRole('button', { name: 'Submit for review', exact: true }).click();
  await page.getByText('State: Submitted, waiting for review').first().waitFor();
}

/** A decision: open the step, write its comment (and reference), confirm. */
async function decide(page: Page, action: string, comment: string, state: string, reference?: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('group', { name: action });
  if (reference) await form.getByLabel('Records-system reference (diary number)').fill(reference);
  await form.getByLabel('Comment').fill(comment);
  await form.getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByText(`State: ${state}`).first().waitFor();
}

describe('social media plans in Chromium: the whole review journey', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test('author submits, reviewer asks for changes, author resubmits, reviewer approves, author archives', async () => {
    let author = await openPlan(session, AUTHOR);
    await submit(author, 'Ready for review: Instagram for the Japanese public.');
    // The submit is saved; then the reviewers are told, once.
    await author.getByText('The reviewers were told by e-mail.').waitFor();
    await author.close();

    let reviewer = await openPlan(session, REVIEWER, 'Review queue');
    // The mail service is busy for this decision's e-mail: the decision is saved and says so; the
    // reviewer sends the e-mail again, and it goes once.
    session.workbench.mail.failNext(1);
    await decide(reviewer, 'Request changes', 'Please say who answers comments at weekends (section 6).', 'Changes requested');
    await reviewer.getByText('The e-mail could not be sent. What you did is saved; only the message is missing.').waitFor();
    await reviewer.getByRole('button', { name: 'Send the e-mail', exact: true }).click();
    await reviewer.getByText("The plan's author was told by e-mail.").waitFor();
    await reviewer.close();

    author = await openPlan(session, AUTHOR);
    await author.getByText('Please say who answers comments at weekends (section 6).').first().waitFor();
    await submit(author, 'Weekend duty added to section 6.');
    await author.getByText('The reviewers were told by e-mail.').waitFor();
    await author.close();

    reviewer = await openPlan(session, REVIEWER, 'Review queue');
    await decide(reviewer, 'Approve', 'Approved. Start-up instructions follow.', 'Approved');
    await reviewer.getByText("The plan's author was told by e-mail.").waitFor();
    await reviewer.close();

    author = await openPlan(session, AUTHOR);
    await decide(author, 'Archive', 'Filed in the records system.', 'Filed in records system', 'HEL7M0999-26');
    await author.getByText('Records-system reference: HEL7M0999-26').first().waitFor();
    // The history shows every step, in order, with who did it.
    const history = await author.getByRole('region', { name: 'History', exact: true }).first().innerText();
    for (const step of ['Submitted', 'Approved', 'Archived']) expect(history).toContain(step);
    // Every turn told the right people by e-mail, each exactly once (workbench/graph/mail.ts).
    const inbox = async (email: string): Promise<Array<{ subject: string; from: string }>> =>
      (await fetch(`${session.workbench.url}/workbench/inbox.json?user=${encodeURIComponent(email)}`)).json() as Promise<
        Array<{ subject: string; from: string }>
      >;
    const toReviewer = (await inbox(REVIEWER)).filter((m) => m.subject.includes(PLAN));
    expect(toReviewer.map((m) => m.subject.split(' / ').pop())).toEqual([`A plan to review: ${PLAN}`, `A plan to review: ${PLAN}`]);
    expect(toReviewer.every((m) => m.from === AUTHOR)).toBe(true);
    const toAuthor = (await inbox(AUTHOR)).filter((m) => m.subject.includes(PLAN));
    expect(toAuthor.map((m) => m.subject.split(' / ').pop())).toEqual([
      `Changes requested in your plan: ${PLAN}`,
      `Your plan was approved: ${PLAN}`
    ]);
    expect(session.outsideRequests()).toEqual([]);
    await author.close();
  });
});
