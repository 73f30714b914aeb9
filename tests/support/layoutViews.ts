/**
 * The views a layout check opens in the workbench, each reached as a person would reach it
 * (through the workbench's URL settings, then clicks), in any language and theme: shared by the
 * layout test (tests/e2e/layout.test.ts) and anyone who wants screenshots of the same views.
 */
import type { Page } from 'playwright-core';
import { loginOf } from '../../workbench/demo/people';
import { fill, Locale, stringsFor, UiStrings, waitForContent } from './browser';

export type Theme = 'light' | 'dark' | 'highContrast';

export interface LayoutView {
  name: string;
  /** The workbench settings: person and web part. */
  user: string;
  part: 'planSubmissions' | 'practiceFeed' | 'trainingRegistry';
  /** More workbench settings (a web part's presets, e.g. { feedLayout: 'compact' }). */
  query?: Record<string, string>;
  /** From the web part's first view to this view; resolves when it is shown. */
  go(page: Page, s: UiStrings): Promise<void>;
}

export const REVIEWER = 'erik.lindqvist@formin.example';
export const TRAINING_ADMIN = 'helmi.korhonen@formin.example';
export const AUTHOR = 'aino.virtanen@formin.example';

/** The demo's good practice with a body of several paragraphs, and its session that is full with a waiting list. */
export const POST_TITLE = 'Japan 2011: round-the-clock updates after the earthquake';
export const FULL_SESSION = 'Teams online meetings: running a hybrid meeting';

const LONG_TEXT = [
  'Shifts across time zones made round-the-clock updates possible; sign-ups for the crisis register grew with every post.',
  'The second paragraph keeps going for a while, so that it wraps onto several lines even on a wide screen, which is where lines drawn on top of each other show.',
  'A third one, shorter.'
].join('\n\n');

/**
 * Selects a tab by its name: the tab itself when it is in the row, else from the row's
 * overflow menu ("More"), as a person on a narrow screen does.
 */
export async function selectTab(page: Page, s: UiStrings, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await page.getByRole('button', { name: s.common.TabsMore, exact: true }).click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  }
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

export const LAYOUT_VIEWS: LayoutView[] = [
  {
    name: 'feed cards with pictures',
    user: AUTHOR,
    part: 'practiceFeed',
    async go(page) {
      await page.getByRole('heading', { name: POST_TITLE }).waitFor();
      // Covers load lazily: bring the first into view and wait for it.
      const cover = page.locator('article img[loading="lazy"]:not([src*="userphoto"])').first();
      await cover.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => {
        const img = document.querySelector('article img[loading="lazy"]:not([src*="userphoto"])') as HTMLImageElement | null;
        return !!img && img.complete && img.naturalWidth > 0;
      });
    }
  },
  {
    name: 'feed as a compact list',
    user: AUTHOR,
    part: 'practiceFeed',
    query: { feedLayout: 'compact' },
    async go(page) {
      await page.getByRole('heading', { name: POST_TITLE }).waitFor();
    }
  },
  {
    name: 'post page with comments and the comment box',
    user: AUTHOR,
    part: 'practiceFeed',
    async go(page, s) {
      await page.getByRole('button', { name: POST_TITLE, exact: true }).first().click();
      await page.getByRole('heading', { name: POST_TITLE }).waitFor();
      await page.getByRole('textbox', { name: s.feed.AddComment, exact: true }).fill(LONG_TEXT);
    }
  },
  {
    name: 'post editor',
    user: AUTHOR,
    part: 'practiceFeed',
    async go(page, s) {
      await page.getByRole('button', { name: s.feed.WritePost }).first().click();
      // The rich-text editor: paragraphs typed with Enter between them, then the first made a subheading.
      const body = page.getByLabel(s.feed.FieldBody, { exact: true });
      await body.waitFor();
      // The draft of an earlier run of this view comes back: start from an empty text.
      const discard = page.getByRole('button', { name: s.feed.DiscardDraft, exact: true });
      if (await discard.count()) {
        await discard.click();
        await page.getByText(s.feed.DraftDiscarded).first().waitFor({ state: 'attached' });
      }
      await body.click();
      await page.keyboard.type('Lessons learnt');
      for (const paragraph of LONG_TEXT.split(/\n+/)) {
        await page.keyboard.press('Enter');
        await page.keyboard.insertText(paragraph);
      }
      await page.keyboard.press('Control+Home');
      await page.getByRole('button', { name: s.feed.ToolHeading, exact: true }).click();
      await page.getByRole('textbox', { name: s.feed.FieldTitle }).fill('Round-the-clock updates: what three embassies learnt');
      await body.locator('h2', { hasText: 'Lessons learnt' }).waitFor();
      await body.getByText('A third one, shorter.').waitFor();
    }
  },
  {
    name: 'plans: review queue as reviewer',
    user: REVIEWER,
    part: 'planSubmissions',
    async go(page, s) {
      await page.getByRole('tab', { name: s.plans.TabQueue, exact: true, selected: true }).waitFor();
      await page.getByRole('table', { name: s.plans.TabQueue }).waitFor();
    }
  },
  {
    name: 'plans: approved plans',
    user: REVIEWER,
    part: 'planSubmissions',
    async go(page, s) {
      await selectTab(page, s, s.plans.TabApproved);
      await page.getByRole('table', { name: s.plans.TabApproved }).waitFor();
    }
  },
  {
    name: 'plans: channel map',
    user: REVIEWER,
    part: 'planSubmissions',
    async go(page, s) {
      await selectTab(page, s, s.plans.TabMap);
      await page.getByRole('table', { name: s.plans.MapTitle }).waitFor();
    }
  },
  {
    name: 'plans: a new, blank plan as embassy author',
    user: AUTHOR,
    part: 'planSubmissions',
    async go(page, s) {
      await page.getByRole('button', { name: s.plans.NewPlan, exact: true }).click();
      await page.getByRole('heading', { name: s.plans.NewPlan, exact: true }).waitFor();
      await page.getByRole('navigation', { name: s.plans.SectionList }).waitFor();
    }
  },
  {
    name: 'training: the session cards as a participant',
    user: AUTHOR,
    part: 'trainingRegistry',
    async go(page, s) {
      await page.getByRole('button', { name: fill(s.training.OpenDetailsFor, FULL_SESSION) }).waitFor();
      await page.locator('[data-seats]').first().waitFor();
    }
  },
  {
    name: "training: a session's facts and Join as a seat holder",
    user: AUTHOR,
    part: 'trainingRegistry',
    async go(page, s) {
      await page.getByRole('button', { name: fill(s.training.OpenDetailsFor, FULL_SESSION) }).click();
      await page.getByRole('link', { name: fill(s.training.JoinMeetingFor, FULL_SESSION) }).waitFor();
    }
  },
  {
    name: 'training: the month view (a calendar, an agenda when narrow)',
    user: AUTHOR,
    part: 'trainingRegistry',
    async go(page, s) {
      await page.getByRole('button', { name: s.training.ViewMonth, exact: true }).click();
      await page.getByRole('button', { name: s.training.MonthNext, exact: true }).waitFor();
      await page.getByRole('table').waitFor();
    }
  },
  {
    name: 'training: my trainings by date, past ones apart',
    user: AUTHOR,
    part: 'trainingRegistry',
    async go(page, s) {
      await selectTab(page, s, s.training.TabMine);
      await page.getByRole('region', { name: s.training.MineUpcoming }).locator('[data-seats]').first().waitFor();
    }
  },
  {
    name: "training: a full session's registrations as training admin",
    user: TRAINING_ADMIN,
    part: 'trainingRegistry',
    async go(page, s) {
      await page.getByRole('button', { name: fill(s.training.OpenDetailsFor, FULL_SESSION) }).click();
      await page.getByRole('heading', { name: s.training.AdminRegistrations }).waitFor();
      await page.getByRole('table', { name: fill(s.training.SectionWaiting, 2) }).waitFor();
    }
  }
];

/** Opens a view on `page` (one page reused: the workbench's URL carries person, language, theme and web part). */
export async function openView(page: Page, baseUrl: string, view: LayoutView, lang: Locale, theme: Theme): Promise<UiStrings> {
  const query = new URLSearchParams({ user: loginOf(view.user), lang, theme, part: view.part, ...(view.query || {}) });
  await page.goto(`${baseUrl}/?${query.toString()}`);
  await page.waitForSelector('main section[aria-label]');
  await waitForContent(page);
  const s = stringsFor(lang);
  await view.go(page, s);
  return s;
}
