/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Missions in the feed (#12 items 2 and 5), with the real app against the emulator: a good
 * practice's unit suggests the missions and starts as the one the writer last used; the feed's
 * unit filter suggests them too, read only once its panel opens (the first view reads nothing more).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { provision } from '../../src/lists/provision';
import { DEMO_MISSIONS, seedMissions } from '../../workbench/demo/missions';
import { createTestSite, TestSite } from '../support/sp';
import { renderApp, strings } from './render';
import { warmLazyViews } from './site';

let site: TestSite;
let anna: { id: number; loginName: string };
beforeAll(async () => {
  await warmLazyViews();
  site = createTestSite();
  await provision(site.spAs(site.adminLogin));
  await seedMissions(site.spAs(site.adminLogin));
  anna = site.addUser('anna@contoso.onmicrosoft.com', 'Anna Writer', 'Hub Members');
  await createFeedAppServices(site.spAs(site.adminLogin)).feed.blogs.create({ title: 'Tokyo notes', kind: 'person', ownerIds: [anna.id] });
});
afterAll(() => site.dispose());
afterEach(() => window.localStorage.clear());

/** The suggestions a field offers (none while its datalist is not there yet). */
const optionsOf = (input: HTMLElement): string[] => {
  const list = document.getElementById(input.getAttribute('list') as string) as HTMLDataListElement | null;
  return list ? Array.from(list.options).map((o) => o.value) : [];
};

test("a good practice's unit suggests the missions and starts as the writer's last one", async () => {
  window.localStorage.setItem(
    `ddh.lastMission|${site.siteUrl.toLowerCase()}|${anna.id}`,
    JSON.stringify({ name: 'Embassy of Finland, Tokyo' })
  );
  renderApp(site, anna.loginName);
  fireEvent.click(await screen.findByRole('button', { name: strings.WritePost }));
  fireEvent.click(await screen.findByRole('radio', { name: strings.KindGoodPractice }));
  const unit = await screen.findByRole('combobox', { name: new RegExp(`^${strings.FieldUnit}`) });
  expect(unit).toHaveValue('Embassy of Finland, Tokyo');
  await waitFor(() => expect(optionsOf(unit)).toHaveLength(DEMO_MISSIONS.length));
});

test('the unit filter suggests the missions, read once its panel opens', async () => {
  renderApp(site, anna.loginName);
  await screen.findByRole('search', { name: strings.FiltersTitle });
  const missionsRead = (): boolean => optionsOf(screen.getByRole('combobox', { name: strings.FilterUnit, hidden: true })).length > 0;
  expect(missionsRead()).toBe(false);
  fireEvent.click(screen.getByRole('button', { name: strings.MoreFilters }));
  await waitFor(() => expect(missionsRead()).toBe(true));
});
