/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * A new plan that never reached SharePoint (#12 item 2): its author typed, the first save failed
 * (the connection dropped) and the tab was closed. Coming back to the plans list, the author is
 * offered the copy this browser kept — not only after clicking "New plan" — and continuing it
 * saves it to SharePoint as a draft; discarding it forgets it. With real @pnp/sp services
 * against the emulator.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createPlanAppServices } from '../../src/data/planAppServices';
import { PlanSubmissionsApp } from '../../src/webparts/planSubmissions/components/PlanSubmissionsApp';
import { workbenchTheme } from '../../src/ui/theme';
import { createPlanSite, PlanSite } from './fixtures';
import { common, strings } from './render';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let ps: PlanSite;
beforeAll(async () => {
  ps = await createPlanSite();
});
afterAll(() => ps.site.dispose());
beforeEach(() => localStorage.clear());

const app = (): ReturnType<typeof render> =>
  render(
    <PlanSubmissionsApp
      services={createPlanAppServices(ps.sp('anna'))}
      common={common}
      strings={strings}
      locale="en-GB"
      theme={workbenchTheme('light')}
    />
  );

/** Types a title into a new plan while every create fails, then closes the tab. */
async function typeWhileOffline(title: string): Promise<void> {
  ps.site.emulator.faults.dropNext(50, (url, method) => method === 'POST' && /getbytitle\('DDH%20Plans'\)\/items$/i.test(url));
  const first = app();
  fireEvent.click(await screen.findByRole('button', { name: strings.NewPlan }));
  fireEvent.change(await screen.findByLabelText(new RegExp(strings.Field_title)), { target: { value: title } });
  await screen.findByText(new RegExp(strings.Save_failed.split('{0}')[0].trim()), {}, { timeout: 15000 });
  first.unmount();
  ps.site.emulator.faults.clear();
}

test('the list offers a new plan that was never saved; continuing it saves it as a draft', async () => {
  await typeWhileOffline('Threads for Finland in Oslo');
  const mine = async (): Promise<string[]> =>
    (await createPlanAppServices(ps.sp('anna')).plans.repository.overview()).mine?.plans.map((p) => p.title) ?? [];
  expect(await mine()).toEqual([]);

  app();
  const offer = await screen.findByText(/A new plan you started \(Threads for Finland in Oslo, .+\) was not saved to SharePoint yet/);
  expect(offer).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: strings.Restore_continue }));
  expect(((await screen.findByLabelText(new RegExp(strings.Field_title))) as HTMLInputElement).value).toBe('Threads for Finland in Oslo');
  await waitFor(async () => expect(await mine()).toEqual(['Threads for Finland in Oslo']), { timeout: 15000 });
  expect(screen.queryByRole('button', { name: strings.Restore_use })).toBeNull();
});

test('discarding the kept copy forgets it', async () => {
  await typeWhileOffline('A plan I do not want');
  const view = app();
  await screen.findByText(/A new plan you started \(A plan I do not want, .+\)/);
  fireEvent.click(screen.getByRole('button', { name: strings.Restore_discard }));
  await waitFor(() => expect(screen.queryByText(/A new plan you started/)).toBeNull());
  view.unmount();
  app();
  await screen.findByRole('button', { name: strings.NewPlan });
  expect(screen.queryByText(/A new plan you started/)).toBeNull();
});
