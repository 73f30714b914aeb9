/** @jest-environment node */
/**
 * Each web part's main journey for its main roles, in Finnish, Swedish and English. Every element
 * is named by the web parts' own loc files (`stringsFor`), so the same steps run in all three
 * languages and fail if a language lacks a string, shows another language's text, or names a
 * control differently from what its loc file says.
 */
import { Page } from 'playwright-core';
import { BrowserSession, exactly, fill, LANGUAGES, Locale, startBrowserSession, stringsFor } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(240000);

const AUTHOR = 'aino.virtanen@formin.example';
const REVIEWER = 'erik.lindqvist@formin.example';
const BLOG_OWNER = 'lars.holmberg@formin.example';
const STAFF = 'sofia.jarvinen@formin.example';
const ADMIN = 'helmi.korhonen@formin.example';
const DRAFT_PLAN = 'Instagram for Finland in Japan';
const OPEN_SESSION = 'Crisis communication on social media';
const PAST_SESSION = 'Social media basics: getting started';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession({ harness: 'production' });
});
afterAll(async () => {
  await session.close();
});
beforeEach(() => session.reset());

const open = (email: string, lang: Locale, part: string): Promise<Page> =>
  session.open({ user: loginOf(email), lang, theme: 'light', part });

/** The page's language attribute follows the switcher, and nothing in the app is in another language's words. */
async function expectLanguage(page: Page, lang: Locale): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang.slice(0, 2));
}

describe.each(LANGUAGES)('in %s', (lang) => {
  const { plans: p, feed: f, training: t } = stringsFor(lang);

  test('plans: an author creates a plan and submits one; a reviewer requests changes; the author sees them', async () => {
    const author = await open(AUTHOR, lang, 'planSubmissions');
    await expectLanguage(author, lang);
    await author.getByRole('tab', { name: p.TabMine }).waitFor();
    // A new plan: typed into the form, created on the list by the autosave.
    await author.getByRole('button', { name: p.NewPlan, exact: true }).click();
    await author.getByRole('heading', { name: p.NewPlan }).waitFor();
    const title = `${lang}: Facebook for Finland in Chile`;
    await author.getByLabel(p.Field_title, { exact: true }).fill(title);
    await author.getByLabel(p.Field_embassy, { exact: true }).fill('Embassy of Finland, Santiago');
    await author.getByRole('status').filter({ hasText: p.Save_saved }).waitFor({ timeout: 20000 });
    await author.getByRole('button', { name: p.Back, exact: true }).click();
    const row = author.getByRole('row').filter({ has: author.getByRole('button', { name: title, exact: true }) });
    await row.getByRole('cell', { name: p.State_draft, exact: true }).waitFor();

    // The complete draft: submitted with a comment.
    await author.getByRole('button', { name: DRAFT_PLAN, exact: true }).click();
    await author.getByRole('heading', { name: DRAFT_PLAN }).first().waitFor();
    await author.getByLabel(p.CommentLabel, { exact: true }).fill(`${lang}: ready for review`);
    await author.getByRole('button', { name: p.Action_submit, exact: true }).click();
    await author.getByText(fill(p.StateLine, p.State_submitted)).first().waitFor();
    await author.close();

    const reviewer = await open(REVIEWER, lang, 'planSubmissions');
    await reviewer.getByRole('tab', { name: p.TabQueue }).click();
    await reviewer.getByRole('button', { name: DRAFT_PLAN, exact: true }).click();
    await reviewer.getByRole('button', { name: p.Action_requestChanges, exact: true }).click();
    const step = reviewer.getByRole('group', { name: p.Action_requestChanges });
    const wish = `${lang}: say who answers at weekends`;
    await step.getByLabel(p.CommentLabel).fill(wish);
    await step.getByRole('button', { name: p.Confirm, exact: true }).click();
    await reviewer.getByText(fill(p.StateLine, p.State_changesRequested)).first().waitFor();
    await reviewer.close();

    const back = await open(AUTHOR, lang, 'planSubmissions');
    await back.getByRole('button', { name: DRAFT_PLAN, exact: true }).click();
    await back.getByText(fill(p.StateLine, p.State_changesRequested)).first().waitFor();
    await back.getByText(wish).first().waitFor();
    await back.getByRole('heading', { name: p.History }).first().waitFor();
    expect(await back.locator('main').innerText()).toContain(p.Event_requestChanges);
    await back.close();
  });

  test('feed: a blog owner writes and publishes a post; a reader comments and likes it', async () => {
    const owner = await open(BLOG_OWNER, lang, 'practiceFeed');
    await expectLanguage(owner, lang);
    await owner.getByRole('button', { name: f.WritePost, exact: true }).click();
    const headline = `${lang}: Hybrid events that worked`;
    await owner.getByLabel(f.FieldTitle, { exact: true }).fill(headline);
    await owner.getByLabel(f.FieldBody, { exact: true }).fill('We streamed the seminar and answered questions live.');
    await owner.getByLabel(f.FieldKeywords, { exact: true }).fill('events, streaming');
    await owner.getByRole('button', { name: f.Publish, exact: true }).click();
    await owner.getByRole('heading', { name: headline }).waitFor();
    await owner.getByText(f.PostPublished).first().waitFor({ state: 'attached' });
    await owner.close();

    const reader = await open(STAFF, lang, 'practiceFeed');
    await reader.getByRole('region', { name: f.FeedLabel }).getByText(headline, { exact: true }).first().click();
    await reader.getByRole('heading', { name: headline }).waitFor();
    await reader.getByRole('heading', { name: fill(f.CommentsTitle, 0) }).waitFor();
    await reader.getByRole('textbox', { name: f.AddComment, exact: true }).fill(`${lang}: thank you, useful`);
    await reader.getByRole('button', { name: f.SendComment, exact: true }).click();
    await reader.getByRole('heading', { name: fill(f.CommentsTitle, 1) }).waitFor();
    await reader.getByText(`${lang}: thank you, useful`).waitFor();
    await reader.getByRole('button', { name: f.Like, exact: true }).click();
    const liked = reader.getByRole('button', { name: f.Liked, exact: true });
    await liked.waitFor();
    expect(await liked.getAttribute('aria-pressed')).toBe('true');
    // The count is its own text in the language's singular ("1 tykkäys", "1 gillande", "1 like"), the button's description.
    await reader.getByText(fill(f.LikeCount__one, 1), { exact: true }).waitFor();
    expect(await liked.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') || '')?.textContent)).toBe(
      fill(f.LikeCount__one, 1)
    );
    // After a reload the like and the comment come from the lists, not from the page's memory.
    await reader.reload();
    await reader.getByRole('region', { name: f.FeedLabel }).getByText(headline, { exact: true }).first().click();
    await reader.getByRole('button', { name: f.Liked, exact: true }).waitFor();
    await reader.getByText(`${lang}: thank you, useful`).waitFor();
    await reader.close();
  });

  test('training: staff signs up and cancels; an admin marks attendance', async () => {
    const staff = await open(STAFF, lang, 'trainingRegistry');
    await expectLanguage(staff, lang);
    await staff.getByRole('button', { name: fill(t.OpenDetailsFor, OPEN_SESSION) }).click();
    await staff.getByRole('heading', { name: OPEN_SESSION }).waitFor();
    await staff.getByLabel(t.FieldUnit, { exact: true }).fill('Department for Europe');
    await staff.getByRole('button', { name: t.SignUp, exact: true }).click();
    await staff.getByText(t.SignedUpSeat).first().waitFor();
    await staff.getByRole('button', { name: t.CancelMine, exact: true }).click();
    const confirm = staff.getByRole('group', { name: t.CancelMine });
    await confirm.getByText(fill(t.ConfirmCancelMine, OPEN_SESSION)).waitFor();
    await confirm.getByRole('button', { name: t.ConfirmYes, exact: true }).click();
    await staff.getByText(t.CancelledMine).first().waitFor();
    await staff.getByRole('button', { name: t.SignUp, exact: true }).waitFor();
    await staff.close();

    const admin = await open(ADMIN, lang, 'trainingRegistry');
    await admin.getByRole('tab', { name: t.TabPast }).click();
    await admin.getByRole('button', { name: fill(t.OpenDetailsFor, PAST_SESSION) }).click();
    await admin.getByRole('heading', { name: PAST_SESSION }).waitFor();
    const mikko = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: /Mikko Nieminen/ }) });
    await mikko.getByRole('cell', { name: exactly(t.AttendanceNoShow) }).waitFor();
    await admin.getByRole('button', { name: fill(t.MarkAttendedFor, 'Mikko Nieminen') }).click();
    await admin.getByText(fill(t.AdminAttendanceSaved, 'Mikko Nieminen')).waitFor();
    await mikko.getByRole('cell', { name: exactly(t.AttendanceAttended) }).waitFor();
    await admin.close();
  });
});
