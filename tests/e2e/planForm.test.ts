/** @jest-environment node */
/**
 * Opening DDH Plans' own New form in the workbench, as someone who opens the list in SharePoint
 * would: the provisioned binding on the list's Item content type brings up the plan form
 * customizer; an embassy author saves a draft, which then opens in the list's Edit and Display forms.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { BrowserSession, startBrowserSession } from '../support/browser';
import { loginOf } from '../../workbench/demo/people';

jest.setTimeout(180000);

const AUTHOR = loginOf('aino.virtanen@formin.example');
const TITLE = 'LinkedIn for Finland in Japan';
const AXE_SOURCE = fs.readFileSync(
  require.resolve('axe-core/axe.min.js', { paths: [path.dirname(require.resolve('@axe-core/playwright'))] }),
  'utf8'
);

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(d: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
  );
}

describe("the plans list's own form in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test("an embassy author opens the list's New form, saves a draft, and finds it in the Edit and Display forms", async () => {
    const page = await session.open({ user: AUTHOR, lang: 'en-us', theme: 'light', form: 'plans', mode: 'new' });
    const form = page.locator('[data-list-form="new"]');
    await form.getByRole('heading', { name: 'New plan', level: 2 }).waitFor();
    expect(await form.getAttribute('data-component-id')).toBe('abebfc85-4da4-4886-99d5-9b7318928ffd');
    expect(new URL(page.url()).searchParams.get('form')).toBe('plans');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Name of the plan').fill(TITLE);
    await page.getByLabel('Embassy or mission').fill('Tokyo');
    await page.getByRole('button', { name: 'Save now', exact: true }).click();
    await page.getByText('Saved (formSaved): SharePoint would now return to the list.').waitFor();

    // The draft is in the list, written by the author.
    const response = await session.workbench.emulator.handle(
      new Request(
        `${session.workbench.siteUrl}/_api/web/lists/getbytitle('DDH Plans')/items?$filter=Title eq '${TITLE}'&$select=Id,Title,Embassy,PlanState,AuthorId`,
        { headers: { Accept: 'application/json', 'X-Emulator-User': AUTHOR } }
      )
    );
    const rows = ((await response.json()) as { value: Array<{ Id: number; Title: string; Embassy: string; PlanState: string }> }).value;
    expect(rows).toEqual([expect.objectContaining({ Title: TITLE, Embassy: 'Tokyo', PlanState: 'draft' })]);
    await page.close();

    const edit = await session.open({ user: AUTHOR, lang: 'en-us', theme: 'light', form: 'plans', mode: 'edit', id: String(rows[0].Id) });
    await edit.locator('[data-list-form="edit"]').getByRole('heading', { name: TITLE, level: 2 }).waitFor();
    expect(await edit.getByLabel('Name of the plan').inputValue()).toBe(TITLE);
    await edit.close();

    const display = await session.open({
      user: AUTHOR,
      lang: 'en-us',
      theme: 'light',
      form: 'plans',
      mode: 'display',
      id: String(rows[0].Id)
    });
    await display.locator('[data-list-form="display"]').getByRole('heading', { name: TITLE, level: 2 }).waitFor();
    expect(await display.getByRole('textbox').count()).toBe(0);
    expect(await display.getByRole('button', { name: 'Save now' }).count()).toBe(0);
    await display.close();
  });

  test('the list form has no axe findings in the dark and high-contrast themes either (fi, sv)', async () => {
    for (const [theme, lang] of [
      ['dark', 'fi-fi'],
      ['highContrast', 'sv-se']
    ]) {
      const page = await session.open({ user: AUTHOR, lang, theme, form: 'plans', mode: 'new' });
      await page.locator('[data-list-form="new"] h2').waitFor();
      expect({ theme, violations: await axeViolations(page) }).toEqual({ theme, violations: [] });
      await page.close();
    }
  });
});
