/** @jest-environment node */
/**
 * Faults in the browser: the emulator throttles (429 / 503 with Retry-After), fails (500), drops
 * the connection, or answers slowly — on each web part's first view and on each save. The person
 * must see a clear message in their language (never SharePoint's raw JSON), be able to try again,
 * and keep what they typed, after the failure and (where the web part promises it) after a reload.
 * Web parts run in English, Finnish and Swedish here, so the messages are checked translated.
 */
import { Page } from 'playwright-core';
import { FaultMatch } from '../../workbench/emulator';
import { BrowserSession, fill, Locale, startBrowserSession, stringsFor } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(240000);

const AUTHOR = 'aino.virtanen@formin.example';
const BLOG_OWNER = 'lars.holmberg@formin.example';
const STAFF = 'sofia.jarvinen@formin.example';
const ADMIN = 'helmi.korhonen@formin.example';
const DRAFT_PLAN = 'Instagram for Finland in Japan';
const OPEN_SESSION = 'Crisis communication on social media';
const PAST_SESSION = 'Social media basics: getting started';

type Kind = '429' | '503' | '500' | 'drop';
const KINDS: Kind[] = ['429', '503', '500', 'drop'];

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession({ harness: 'production' });
});
afterAll(async () => {
  await session.close();
});
beforeEach(() => session.reset());

const api: FaultMatch = (url) => url.includes('/_api/') && !url.includes('contextinfo');
const writes: FaultMatch = (url, method) => api(url, method) && method !== 'GET';

/** Every matching request fails this way until `session.workbench.emulator.faults.clear()` (enough to outlast PnPjs's own retries). */
function inject(kind: Kind, match: FaultMatch): void {
  const faults = session.workbench.emulator.faults;
  if (kind === 'drop') faults.dropNext(1000, match);
  else faults.failNext(1000, { status: Number(kind) as 429 | 503 | 500, retryAfterSeconds: 0, match });
}
const clear = (): void => session.workbench.emulator.faults.clear();

function messageFor(kind: Kind, lang: Locale): string {
  const c = stringsFor(lang).common;
  return kind === 'drop' ? c.ErrorOffline : kind === '500' ? c.ErrorUnknown : c.ErrorThrottled;
}

const open = (email: string, lang: Locale, part: string): Promise<Page> =>
  session.open({ user: loginOf(email), lang, theme: 'light', part });

/** The message is shown, and nothing of SharePoint's raw answer is. */
async function expectMessage(page: Page, text: string): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'attached' });
  const shown = await page.locator('main').innerText();
  expect(shown).not.toMatch(/odata\.error|"message"|HttpClient|queryable|\[(4|5)\d\d\]|TypeError|fetch failed|Exception|-2146/);
}

describe.each([
  ['planSubmissions', 'en-us', AUTHOR, (lang: Locale) => stringsFor(lang).plans.TabMine],
  ['practiceFeed', 'fi-fi', BLOG_OWNER, (lang: Locale) => stringsFor(lang).feed.Intro],
  ['trainingRegistry', 'sv-se', STAFF, (lang: Locale) => stringsFor(lang).training.TabSessions]
] as Array<[string, Locale, string, (lang: Locale) => string]>)('%s first view (%s)', (part, lang, email, contentName) => {
  test.each(KINDS)('fails with %s: a translated message, Try again brings the content', async (kind) => {
    inject(kind, api);
    const page = await open(email, lang, part);
    await expectMessage(page, messageFor(kind, lang));
    clear();
    await page.getByRole('button', { name: stringsFor(lang).common.Retry }).click();
    await page.getByText(contentName(lang)).first().waitFor();
    await page.close();
  });

  test('a slow answer shows the loading state, then the content', async () => {
    session.workbench.emulator.faults.setLatency(1500);
    const page = await open(email, lang, part);
    await page.getByText(stringsFor(lang).common.Loading).first().waitFor({ state: 'attached' });
    await page.getByText(contentName(lang)).first().waitFor({ timeout: 20000 });
    clear();
    await page.close();
  });
});

test('plans: a failed draft save and a failed submit keep the text; Save now and a second submit succeed; a reload offers the local copy', async () => {
  const { plans: p, common: c } = stringsFor('en-us');
  const page = await open(AUTHOR, 'en-us', 'planSubmissions');
  await page.getByRole('button', { name: DRAFT_PLAN, exact: true }).click();
  await page.getByRole('heading', { name: DRAFT_PLAN }).first().waitFor();
  const title = page.getByLabel(p.Field_title, { exact: true });

  // Draft save (MERGE) answers 500: the status says so in words and the text stays.
  inject('500', writes);
  await title.fill('Instagram for Finland in Japan, revised');
  await page
    .getByRole('status')
    .filter({ hasText: fill(p.Save_failed, c.ErrorUnknown) })
    .waitFor({ timeout: 20000 });
  expect(await title.inputValue()).toBe('Instagram for Finland in Japan, revised');
  // A reload (SharePoint back) while the server still has the old text: the browser's copy is offered back.
  clear();
  await page.reload();
  await page.getByRole('button', { name: DRAFT_PLAN, exact: true }).click();
  await page.getByRole('button', { name: p.Restore_use, exact: true }).click();
  expect(await page.getByLabel(p.Field_title, { exact: true }).inputValue()).toBe('Instagram for Finland in Japan, revised');
  await page.getByRole('status').filter({ hasText: p.Save_saved }).waitFor({ timeout: 20000 });
  // Save now retries a failed save.
  inject('drop', writes);
  await page.getByLabel(p.Field_title, { exact: true }).fill('Instagram for Finland in Japan, revised twice');
  await page
    .getByRole('status')
    .filter({ hasText: fill(p.Save_failed, c.ErrorOffline) })
    .waitFor({ timeout: 20000 });
  clear();
  await page.getByRole('button', { name: p.SaveNow, exact: true }).click();
  await page.getByRole('status').filter({ hasText: p.Save_saved }).waitFor({ timeout: 20000 });

  // Submit is throttled (429 with Retry-After, past PnPjs's own retries): the message, the comment kept.
  const comment = page.getByLabel(p.CommentLabel, { exact: true });
  await comment.fill('Ready for review after the outage.');
  inject('429', writes);
  await page.getByRole('button', { name: p.Action_submit, exact: true }).click();
  await expectMessage(page, c.ErrorThrottled);
  expect(await comment.inputValue()).toBe('Ready for review after the outage.');
  clear();
  // A slow server: the submit still completes.
  session.workbench.emulator.faults.setLatency(800);
  await page.getByRole('button', { name: p.Action_submit, exact: true }).click();
  await page.getByText(fill(p.StateLine, p.State_submitted)).first().waitFor({ timeout: 30000 });
  clear();
  await page.reload();
  await page.getByRole('button', { name: 'Instagram for Finland in Japan, revised twice', exact: true }).waitFor();
  await page.close();
});

test('feed (fi): publish, comment and like fail and recover; the post draft survives a reload', async () => {
  const { feed: f, common: c } = stringsFor('fi-fi');
  const page = await open(BLOG_OWNER, 'fi-fi', 'practiceFeed');
  await page.getByRole('button', { name: f.WritePost, exact: true }).click();
  await page.getByLabel(f.FieldTitle, { exact: true }).fill('Katko ei hävitä tekstiä');
  await page.getByLabel(f.FieldBody, { exact: true }).fill('Teksti säilyy selaimessa, vaikka SharePoint ei vastaa.');
  await page.getByLabel(f.FieldKeywords, { exact: true }).fill('vikasietoisuus');
  inject('503', writes);
  await page.getByRole('button', { name: f.Publish, exact: true }).click();
  await expectMessage(page, c.ErrorThrottled);
  await page.getByText(f.SaveFailedKept).waitFor();
  expect(await page.getByLabel(f.FieldTitle, { exact: true }).inputValue()).toBe('Katko ei hävitä tekstiä');
  // A reload (SharePoint back, nothing published yet): the draft comes back from the browser.
  clear();
  await page.reload();
  await page.getByRole('button', { name: f.WritePost, exact: true }).click();
  // Shown in the editor and said in the feed's (visually hidden) live region: wait for the one shown.
  await page
    .locator('[data-message]')
    .filter({ hasText: f.DraftRestored.split('{0}')[0].trim() })
    .first()
    .waitFor();
  expect(await page.getByLabel(f.FieldTitle, { exact: true }).inputValue()).toBe('Katko ei hävitä tekstiä');
  expect(await page.getByLabel(f.FieldBody, { exact: true }).textContent()).toBe('Teksti säilyy selaimessa, vaikka SharePoint ei vastaa.');
  await page.getByRole('button', { name: f.Publish, exact: true }).click();
  await page.getByRole('heading', { name: 'Katko ei hävitä tekstiä' }).waitFor();

  // A comment over a dropped connection: the message, the text stays; sending again works.
  const box = page.getByRole('textbox', { name: f.AddComment, exact: true });
  await box.fill('Toimiiko kommentointi katkon aikana?');
  inject('drop', writes);
  await page.getByRole('button', { name: f.SendComment, exact: true }).click();
  await expectMessage(page, c.ErrorOffline);
  expect(await box.inputValue()).toBe('Toimiiko kommentointi katkon aikana?');
  clear();
  // A reload: the unsent comment comes back from the browser when the post opens again.
  await page.reload();
  await page.getByRole('region', { name: f.FeedLabel }).getByRole('button', { name: 'Katko ei hävitä tekstiä', exact: true }).click();
  await page.getByText(f.CommentRestored).waitFor();
  expect(await box.inputValue()).toBe('Toimiiko kommentointi katkon aikana?');
  await page.getByRole('button', { name: f.SendComment, exact: true }).click();
  await page.getByRole('heading', { name: fill(f.CommentsTitle, 1) }).waitFor();
  // Sent: the browser's copy is gone, a reload offers nothing.
  expect(await box.inputValue()).toBe('');
  await page.reload();
  await page.getByRole('region', { name: f.FeedLabel }).getByRole('button', { name: 'Katko ei hävitä tekstiä', exact: true }).click();
  await page.getByRole('heading', { name: fill(f.CommentsTitle, 1) }).waitFor();
  expect(await page.getByText(f.CommentRestored).count()).toBe(0);
  expect(await box.inputValue()).toBe('');

  // A like answered 500: the button returns to "not liked" and the problem is announced; again, it works.
  const like = page.getByRole('button', { name: f.Like, exact: true });
  inject('500', writes);
  await like.click();
  await expectMessage(page, c.ErrorUnknown);
  await like.waitFor();
  expect(await like.getAttribute('aria-pressed')).toBe('false');
  clear();
  await like.click();
  await page.getByRole('button', { name: f.Liked, exact: true }).waitFor();
  await page.close();
});

test('training (sv): sign-up, cancel and attendance fail and recover, the unit typed stays', async () => {
  const { training: t, common: c } = stringsFor('sv-se');
  const page = await open(STAFF, 'sv-se', 'trainingRegistry');
  await page.getByRole('button', { name: fill(t.OpenDetailsFor, OPEN_SESSION) }).click();
  const unit = page.getByLabel(t.FieldUnit, { exact: true });
  await unit.fill('Europaavdelningen');
  inject('429', writes);
  await page.getByRole('button', { name: t.SignUp, exact: true }).click();
  await expectMessage(page, c.ErrorThrottled);
  expect(await unit.inputValue()).toBe('Europaavdelningen');
  clear();
  // A reload: the unit typed comes back from the browser when the session opens again.
  await page.reload();
  await page.getByRole('button', { name: fill(t.OpenDetailsFor, OPEN_SESSION) }).click();
  await page.getByText(t.UnitRestored).waitFor();
  expect(await unit.inputValue()).toBe('Europaavdelningen');
  await page.getByRole('button', { name: t.SignUp, exact: true }).click();
  await page.getByText(t.SignedUpSeat).first().waitFor();

  inject('drop', writes);
  await page.getByRole('button', { name: t.CancelMine, exact: true }).click();
  await page.getByRole('group', { name: t.CancelMine }).getByRole('button', { name: t.ConfirmYes, exact: true }).click();
  await expectMessage(page, c.ErrorOffline);
  clear();
  await page.getByRole('button', { name: t.CancelMine, exact: true }).click();
  await page.getByRole('group', { name: t.CancelMine }).getByRole('button', { name: t.ConfirmYes, exact: true }).click();
  await page.getByText(t.CancelledMine).first().waitFor();
  await page.close();

  const admin = await open(ADMIN, 'sv-se', 'trainingRegistry');
  await admin.getByRole('tab', { name: t.TabPast }).click();
  await admin.getByRole('button', { name: fill(t.OpenDetailsFor, PAST_SESSION) }).click();
  inject('503', writes);
  await admin.getByRole('button', { name: fill(t.MarkAttendedFor, 'Mikko Nieminen') }).click();
  await expectMessage(admin, c.ErrorThrottled);
  clear();
  await admin.getByRole('button', { name: fill(t.MarkAttendedFor, 'Mikko Nieminen') }).click();
  await admin.getByText(fill(t.AdminAttendanceSaved, 'Mikko Nieminen')).waitFor();
  await admin.close();
});

test('a busy SharePoint is said with the seconds of Retry-After while a first view (fi) and a save (sv) wait for the retry', async () => {
  const busy = (page: Page, lang: Locale, seconds: number) =>
    page.locator('[data-connection]').filter({ hasText: fill(stringsFor(lang).common.BusyRetry__other, seconds) });
  // The feed's first view: its $batch answered 503 with Retry-After: 3; the retry then succeeds. (On a
  // browser's first visit the data site is found first, before the app frame and its notice exist.)
  session.workbench.emulator.faults.failNext(1, { status: 503, retryAfterSeconds: 3, match: (url) => url.includes('/_api/$batch') });
  const feed = await open(BLOG_OWNER, 'fi-fi', 'practiceFeed');
  await busy(feed, 'fi-fi', 3).waitFor();
  expect(
    await feed
      .getByRole('status')
      .filter({ hasText: fill(stringsFor('fi-fi').common.BusyRetry__other, 3) })
      .count()
  ).toBe(1);
  await feed.getByText(stringsFor('fi-fi').feed.Intro).first().waitFor();
  await busy(feed, 'fi-fi', 3).waitFor({ state: 'detached' });
  expect(await feed.locator('[data-connection]').innerText()).toBe('');
  await feed.close();

  // A sign-up: the write answered 429 with Retry-After: 2; the person is told, then signed up.
  const { training: t } = stringsFor('sv-se');
  const page = await open(STAFF, 'sv-se', 'trainingRegistry');
  await page.getByRole('button', { name: fill(t.OpenDetailsFor, OPEN_SESSION) }).click();
  await page.getByLabel(t.FieldUnit, { exact: true }).fill('Europaavdelningen');
  session.workbench.emulator.faults.failNext(1, { status: 429, retryAfterSeconds: 2, match: writes });
  await page.getByRole('button', { name: t.SignUp, exact: true }).click();
  await busy(page, 'sv-se', 2).waitFor();
  await page.getByText(t.SignedUpSeat).first().waitFor();
  expect(await page.locator('[data-connection]').innerText()).toBe('');
  await page.close();
});
