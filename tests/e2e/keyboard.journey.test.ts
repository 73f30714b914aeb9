/** @jest-environment node */
/**
 * Keyboard only: each web part's main journey with Tab / Shift+Tab / Enter / Space / arrows /
 * Escape and typing — no clicks, no `fill`. Every element is reached with Tab (`tabTo`), every Tab
 * stop on the way must show a visible focus indicator, and after each view change or dialog the
 * focus must land where a keyboard user expects it (the new view's heading, the dialog's safe
 * button, back on the button that opened it), never on the page's body.
 */
import { Locator, Page } from 'playwright-core';
import { BrowserSession, describeFocus, fill, focusProblem, isFocused, startBrowserSession, stringsFor, tabTo } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(180000);

const { plans: p, feed: f, training: t } = stringsFor('en-us');
const AUTHOR = 'aino.virtanen@formin.example';
const REVIEWER = 'erik.lindqvist@formin.example';
const BLOG_OWNER = 'lars.holmberg@formin.example';
const STAFF = 'sofia.jarvinen@formin.example';
const DRAFT_PLAN = 'Instagram for Finland in Japan';
const OPEN_SESSION = 'Crisis communication on social media';
/** A post of the demo's Tokyo blog, where AUTHOR writes. */
const OWN_POST = 'Kriisirekisteri kuntoon ennen seuraavaa maanjäristystä';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession({ harness: 'production' });
});
afterAll(async () => {
  await session.close();
});
beforeEach(() => session.reset());

const open = (email: string, part: string): Promise<Page> => session.open({ user: loginOf(email), lang: 'en-us', theme: 'light', part });

/** Focus is on `target` and visible. */
async function expectFocus(page: Page, target: Locator, where: string): Promise<void> {
  await target.first().waitFor();
  // Focus may move a render after the view changes: wait (up to 10 s) for it to land on the element,
  // or for the element to be replaced by a new render (then look it up again); then say where it is.
  const deadline = Date.now() + 10000;
  while (!(await isFocused(target)) && Date.now() < deadline) {
    const element = await target.first().elementHandle();
    await page
      .waitForFunction((el) => el === document.activeElement || !el?.isConnected, element, { timeout: Math.max(1, deadline - Date.now()) })
      .catch(() => undefined); // the expectation below reports a timeout
  }
  const state = (await isFocused(target)) ? 'yes' : `${where}: focus is on ${await describeFocus(page)}`;
  expect(state).toBe('yes');
  expect(await focusProblem(page)).toBeUndefined();
}

/** Tabs to a control and presses a key on it. */
async function press(page: Page, target: Locator, key = 'Enter', backwards = false): Promise<void> {
  await tabTo(page, target, { backwards });
  await page.keyboard.press(key);
}

/** Tabs to a field and types into it, key by key. */
async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

test('plans: an author submits the draft and a reviewer requests changes, by keyboard', async () => {
  const author = await open(AUTHOR, 'planSubmissions');
  // The tab list: arrows move between tabs, and the selected one is the only Tab stop.
  const mine = author.getByRole('tab', { name: p.TabMine });
  await tabTo(author, mine);
  await author.keyboard.press('ArrowRight');
  await expectFocus(author, author.getByRole('tab', { name: p.TabApproved }), 'ArrowRight on the first tab');
  expect(await author.getByRole('tab', { name: p.TabApproved }).getAttribute('aria-selected')).toBe('true');
  await author.keyboard.press('Home');
  await expectFocus(author, mine, 'Home in the tab list');

  await press(author, author.getByRole('button', { name: DRAFT_PLAN, exact: true }));
  await author.getByRole('heading', { name: DRAFT_PLAN }).first().waitFor();
  // The form's steps: Next moves to the next section and focus goes to its heading.
  await press(author, author.getByRole('button', { name: p.Next, exact: true }));
  await expectFocus(author, author.getByRole('heading', { name: p.Section_channels }), 'after Next section');
  await typeInto(author, author.getByRole('textbox', { name: p.CommentLabel, exact: true }), 'Ready for review (keyboard).');
  await press(author, author.getByRole('button', { name: p.Action_submit, exact: true }));
  await author.getByText(fill(p.StateLine, p.State_submitted)).first().waitFor();
  await author.close();

  const reviewer = await open(REVIEWER, 'planSubmissions');
  await tabTo(reviewer, reviewer.getByRole('tab', { name: p.TabQueue }));
  await expectFocus(reviewer, reviewer.getByRole('tab', { name: p.TabQueue }), 'the queue tab');
  await press(reviewer, reviewer.getByRole('button', { name: DRAFT_PLAN, exact: true }));
  await reviewer.getByRole('heading', { name: DRAFT_PLAN }).first().waitFor();
  const request = reviewer.getByRole('button', { name: p.Action_requestChanges, exact: true });
  await press(reviewer, request, 'Space');
  expect(await request.getAttribute('aria-expanded')).toBe('true');
  const step = reviewer.getByRole('group', { name: p.Action_requestChanges });
  // Cancel (Enter) closes the step; Space opens it again.
  await press(reviewer, step.getByRole('button', { name: p.Cancel, exact: true }));
  await step.waitFor({ state: 'detached' });
  await press(reviewer, request, 'Space', true);
  await typeInto(reviewer, step.getByRole('textbox', { name: p.CommentLabel }), 'Please add the weekend duty.');
  await press(reviewer, step.getByRole('button', { name: p.Confirm, exact: true }));
  await reviewer.getByText(fill(p.StateLine, p.State_changesRequested)).first().waitFor();
  await reviewer.close();
});

test('feed: an owner writes and publishes, a reader likes and comments, the owner opens and escapes the delete dialog', async () => {
  const owner = await open(BLOG_OWNER, 'practiceFeed');
  await press(owner, owner.getByRole('button', { name: f.WritePost, exact: true }));
  // A new view: focus on its heading.
  await expectFocus(owner, owner.getByRole('heading', { name: /^New post in / }), 'the editor opened');
  await typeInto(owner, owner.getByRole('textbox', { name: f.FieldTitle }), 'Keyboard-only publishing works');
  await typeInto(owner, owner.getByLabel(f.FieldBody, { exact: true }), 'Every step of this post was done with the keyboard.');
  await typeInto(owner, owner.getByRole('textbox', { name: f.FieldKeywords }), 'accessibility, keyboard');
  await press(owner, owner.getByRole('button', { name: f.Publish, exact: true }));
  const heading = owner.getByRole('heading', { name: 'Keyboard-only publishing works' });
  await expectFocus(owner, heading, 'the published post opened');

  // The delete dialog: Cancel is focused first; focus stays inside; Escape closes it.
  const del = owner.getByRole('button', { name: f.DeletePost, exact: true });
  await press(owner, del);
  // Fluent's blocking dialog is an alertdialog (a zero-height box its visible content overflows).
  const dialog = owner.getByRole('alertdialog', { name: f.DeletePostTitle });
  const keep = dialog.getByRole('button', { name: f.Cancel, exact: true });
  await expectFocus(owner, keep, 'the delete dialog opened');
  // The browser's own modal dialog: in the top layer, the page behind it inert.
  expect(await dialog.evaluate((d) => d.tagName === 'DIALOG' && d.matches(':modal'))).toBe(true);
  // Focus stays inside the dialog.
  for (let i = 0; i < 4; i++) {
    await owner.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  // Round and round both ways, never on the page behind nor out of the page.
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await owner.keyboard.press(key);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement) && d !== document.activeElement)).toBe(true);
  }
  await owner.keyboard.press('Escape');
  await keep.waitFor({ state: 'hidden' });
  await owner.getByRole('heading', { name: 'Keyboard-only publishing works' }).waitFor();
  // Escape returns focus to "Delete post", which opened the dialog.
  await expectFocus(owner, del, 'after Escape in the delete dialog');
  // Cancel (Enter) does too.
  await owner.keyboard.press('Enter');
  await expectFocus(owner, keep, 'the delete dialog opened again');
  await owner.keyboard.press('Enter');
  await keep.waitFor({ state: 'hidden' });
  await expectFocus(owner, del, 'after Cancel in the delete dialog');
  await owner.close();

  const reader = await open(STAFF, 'practiceFeed');
  await press(
    reader,
    reader.getByRole('region', { name: f.FeedLabel }).getByText('Keyboard-only publishing works', { exact: true }).first()
  );
  await expectFocus(reader, reader.getByRole('heading', { name: 'Keyboard-only publishing works' }), 'a post opened from the feed');
  const like = reader.getByRole('button', { name: f.Like, exact: true });
  await press(reader, like, 'Space');
  await reader.getByRole('button', { name: f.Liked, exact: true }).waitFor();
  await typeInto(reader, reader.getByRole('textbox', { name: f.AddComment, exact: true }), 'Thanks, tried it too.');
  await press(reader, reader.getByRole('button', { name: f.SendComment, exact: true }));
  await reader.getByText('Thanks, tried it too.').waitFor();
  await reader.getByRole('heading', { name: fill(f.CommentsTitle, 1) }).waitFor();
  // Back to the feed: focus returns to the link of the post the reader came from.
  await press(reader, reader.getByRole('button', { name: f.BackToFeed, exact: true }), 'Enter', true);
  await expectFocus(
    reader,
    reader.getByRole('region', { name: f.FeedLabel }).getByRole('button', { name: 'Keyboard-only publishing works', exact: true }),
    'back to all posts'
  );
  // From a view that came from no post (the profile), back lands on the feed's heading.
  await press(reader, reader.getByRole('button', { name: f.MyProfile, exact: true }), 'Enter', true);
  await press(reader, reader.getByRole('button', { name: f.BackToFeed, exact: true }), 'Enter', true);
  await expectFocus(reader, reader.getByRole('heading', { name: f.Title, exact: true }), 'back to all posts from the profile');
  await reader.close();
});

test('feed: an author deletes her own post through the confirmation, by keyboard', async () => {
  const author = await open(AUTHOR, 'practiceFeed');
  const feed = author.getByRole('region', { name: f.FeedLabel });
  await press(author, feed.getByRole('button', { name: OWN_POST, exact: true }));
  await expectFocus(author, author.getByRole('heading', { name: OWN_POST }), 'her post opened');
  await press(author, author.getByRole('button', { name: f.DeletePost, exact: true }));
  const dialog = author.getByRole('alertdialog', { name: f.DeletePostTitle });
  await expectFocus(author, dialog.getByRole('button', { name: f.Cancel, exact: true }), 'the delete dialog opened');
  await press(author, dialog.getByRole('button', { name: f.DeletePostConfirm, exact: true }));
  await dialog.waitFor({ state: 'detached' });
  await author.getByText(f.PostDeleted).first().waitFor();
  // Back on the feed, without the post.
  await expectFocus(author, author.getByRole('heading', { name: f.Title, exact: true }), 'the feed after the delete');
  expect(await feed.getByRole('button', { name: OWN_POST, exact: true }).count()).toBe(0);
  await author.close();
});

test('training: staff signs up, cancels through the confirmation, and goes back to the list, by keyboard', async () => {
  const staff = await open(STAFF, 'trainingRegistry');
  const details = staff.getByRole('button', { name: fill(t.OpenDetailsFor, OPEN_SESSION) });
  await press(staff, details);
  await expectFocus(staff, staff.getByRole('heading', { name: OPEN_SESSION }), 'the details opened');
  await typeInto(staff, staff.getByRole('combobox', { name: t.FieldUnit }), 'Department for Europe');
  await press(staff, staff.getByRole('button', { name: t.SignUp, exact: true }));
  await staff.getByText(t.SignedUpSeat).first().waitFor();

  await press(staff, staff.getByRole('button', { name: t.CancelMine, exact: true }));
  const confirm = staff.getByRole('group', { name: t.CancelMine });
  // The safe answer is focused first.
  await expectFocus(staff, confirm.getByRole('button', { name: t.ConfirmNo, exact: true }), 'the cancel confirmation opened');
  await press(staff, confirm.getByRole('button', { name: t.ConfirmYes, exact: true }), 'Enter', true);
  await staff.getByText(t.CancelledMine).first().waitFor();
  // The confirmation is gone: focus is on the status message that announces the cancellation.
  await expectFocus(staff, staff.getByRole('status').filter({ hasText: t.CancelledMine }), 'after the cancellation');

  await press(staff, staff.getByRole('button', { name: t.Back, exact: true }), 'Enter', true);
  // Back on the list, focus returns to the Details button that opened the session.
  await expectFocus(staff, details, 'back to the list');
  await staff.close();
});
