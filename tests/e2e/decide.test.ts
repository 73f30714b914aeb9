/** @jest-environment node */
/**
 * Two reviewers, one plan, in Chromium: Erik has the plan open and writes his approval while a
 * second reviewer asks for changes. His Confirm is refused by the server; the page names who
 * decided what, shows the plan as it is now, and his comment is still in the box.
 */
import { BrowserSession, startBrowserSession } from '../support/browser';
import { MEMBERS, loginOf } from '../../workbench/demo/people';
import { createPlanServices } from '../../src/data/plans';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { GROUPS } from '../../src/lists/types';

jest.setTimeout(240000);

const PLAN = 'Instagram for Finland in Japan';
const AUTHOR = 'aino.virtanen@formin.example';
const REVIEWER = 'erik.lindqvist@formin.example';

describe('reviewers deciding at the same time, in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test('the second decision is refused; the page says who decided what and keeps the comment', async () => {
    const author = createPlanServices(session.spAs(loginOf(AUTHOR))).repository;
    const [row] = await session
      .spAs(loginOf(AUTHOR))
      .web.lists.getByTitle(PLAN_LISTS.plans.title)
      .items.filter(`Title eq '${PLAN}'`)
      .select('Id')
      .top(1)<Array<{ Id: number }>>();
    const draft = await author.load(row.Id);
    await author.submit(draft, draft.plan, draft.etag, 'Ready for review.');
    const second = session.workbench.emulator.addUser({ email: 'rita.reviewer@formin.example', title: 'Rita Reviewer' });
    session.workbench.emulator.addToGroup(MEMBERS, second.loginName);
    session.workbench.emulator.addToGroup(GROUPS.reviewers.title, second.loginName);

    const page = await session.open({ user: loginOf(REVIEWER), lang: 'en-us', theme: 'light', part: 'planSubmissions' });
    await page.getByRole('tab', { name: 'Review queue' }).click();
    await page.locator('main').getByText(PLAN, { exact: true }).first().click();
    await page.getByRole('heading', { name: PLAN }).first().waitFor();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const form = page.getByRole('group', { name: 'Approve' });
    const typed = 'Approved: the weekend duty is clear.';
    await form.getByLabel('Comment').fill(typed);

    const rita = createPlanServices(session.spAs(second.loginName)).repository;
    await rita.decide(await rita.load(row.Id), 'requestChanges', 'Section 6: who answers at weekends?');

    await form.getByRole('button', { name: 'Confirm', exact: true }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Not saved: Rita Reviewer had already decided on this plan (Requested changes' });
    await alert.waitFor();
    await page.getByText('State: Changes requested').first().waitFor();
    expect(await form.getByLabel('Comment').inputValue()).toBe(typed);
    // Confirm is disabled now (the step is gone): focus is on the kept comment, not lost.
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await page.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    expect((await rita.load(row.Id)).derived.history.filter((h) => h.event.kind === 'approve')).toEqual([]);
    expect(session.outsideRequests()).toEqual([]);
    await page.close();
  });
});
