/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The month view of training sessions (#12 item 4), with real @pnp/sp services against the
 * emulator: a month read as one range of the StartsAt index, weeks from Monday, each session a
 * button on its day that opens it; the next and previous month; a cancelled session marked; the
 * read stays one request on a list of more than 5,000 sessions.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { createTrainingAppServices } from '../../src/data/trainingAppServices';
import { TRAINING_LISTS } from '../../src/lists/trainingLists';
import { workbenchTheme } from '../../src/ui/theme';
import { monthWeeks } from '../../src/webparts/trainingRegistry/components/MonthView';
import { TrainingRegistryApp } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { createTrainingSite, TrainingSite } from './site';
import { common, strings } from './ui';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(120000);

let t: TrainingSite;
beforeAll(async () => {
  t = await createTrainingSite();
});
afterAll(() => t.site.dispose());

test("a month's weeks run Monday to Sunday and cover every day of it", () => {
  const weeks = monthWeeks(new Date(2030, 8, 15));
  expect(weeks[0][0]).toEqual(new Date(2030, 7, 26));
  expect(weeks.every((w) => w.length === 7 && w[0].getDay() === 1)).toBe(true);
  expect(weeks[weeks.length - 1][6]).toEqual(new Date(2030, 9, 6));
  expect(monthWeeks(new Date(2027, 1, 1))).toHaveLength(4);
});

test('the month view shows each session on its day, moves a month at a time and opens a session', async () => {
  const now = new Date();
  const inMonth = (day: number, hour: number): Date => new Date(now.getFullYear(), now.getMonth() + 1, day, hour, 0);
  const a = await t.newSession({ title: 'Month test A', start: inMonth(10, 9), end: inMonth(10, 11), signUpDeadline: undefined });
  await t.newSession({ title: 'Month test B', start: inMonth(10, 13), end: inMonth(10, 14), signUpDeadline: undefined });
  const c = await t.newSession({ title: 'Month test C', start: inMonth(20, 9), end: inMonth(20, 10), signUpDeadline: undefined });
  await t.admin.training.sessions.cancel(c.session.id, c.etag);
  const member = t.member(1);
  render(
    <TrainingRegistryApp
      services={createTrainingAppServices(t.site.spAs(member.loginName))}
      common={common}
      locale="en-GB"
      theme={workbenchTheme('light')}
      strings={strings}
    />
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Month view' }));
  expect(screen.getByRole('button', { name: 'Month view' })).toHaveAttribute('aria-pressed', 'true');
  fireEvent.click(await screen.findByRole('button', { name: 'Next month' }));
  const table = await screen.findByRole('table');
  const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(inMonth(1, 0));
  expect(within(table).getByText(monthName)).toBeInTheDocument();
  const day10 = within(table)
    .getAllByRole('cell')
    .find((cell) => cell.textContent?.startsWith('10') && !cell.hasAttribute('data-other-month')) as HTMLElement;
  expect(
    within(day10)
      .getAllByRole('button')
      .map((b) => b.textContent)
  ).toEqual(['09:00 Month test A', '13:00 Month test B']);
  expect(within(table).getByRole('button', { name: '09:00 Month test C (Cancelled)' })).toHaveAttribute('data-cancelled', '');
  fireEvent.click(within(day10).getByRole('button', { name: '09:00 Month test A' }));
  expect(await screen.findByRole('heading', { name: 'Month test A' })).toBeInTheDocument();
  expect(a.session.id).toBeGreaterThan(0);
});

test("a month of a list above 5,000 sessions is one request and reads only that month's rows", async () => {
  const big = await createTrainingSite();
  const start = Date.UTC(2020, 0, 1);
  const rows = Array.from({ length: 6000 }, (_x, i) => {
    const at = new Date(start + i * 12 * 3600 * 1000);
    return {
      Title: `S${i}`,
      Topic: 'other',
      StartsAt: at.toISOString(),
      EndsAt: new Date(at.getTime() + 3600000).toISOString(),
      Capacity: 10,
      Cancelled: false
    };
  });
  big.site.emulator.seedItems(TRAINING_LISTS.sessions.title, rows, big.site.adminLogin);
  const before = big.site.emulator.stats();
  const month = await big.member(1).training.sessions.month(new Date(Date.UTC(2022, 5, 1)), new Date(Date.UTC(2022, 6, 1)));
  const after = big.site.emulator.stats();
  expect(month).toHaveLength(60);
  expect(after.requests - before.requests).toBe(1);
  expect(after.rowsRead - before.rowsRead).toBeLessThan(100);
  big.site.dispose();
});
