/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The list of missions (#12 items 2 and 5) through @pnp/sp against the emulator: DDH Missions is
 * read whole, by name, and staff cannot change it; a site before v7 simply offers nothing. In the
 * plan form the embassy field suggests the missions (a combobox over a datalist) and a mission
 * chosen brings its region; a new plan starts with the embassy the person last submitted with.
 */
import * as React from 'react';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { readMissions } from '../../src/data/missions';
import { SiteRepository } from '../../src/data/site';
import { emptyPlan } from '../../src/domain/plans/plan';
import { MISSION_LIST } from '../../src/lists/missionList';
import { provision } from '../../src/lists/provision';
import { schemaAt } from '../../src/lists/schema';
import { PlanEditor } from '../../src/webparts/planSubmissions/components/PlanEditor';
import { NewPlanPage } from '../../src/webparts/planSubmissions/components/NewPlanPage';
import { DEMO_MISSIONS, seedMissions } from '../../workbench/demo/missions';
import { createTestSite, TestSite } from '../support/sp';
import { fakeServices, renderInHub, strings } from '../plans/render';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let site: TestSite;
let staffLogin: string;
beforeAll(async () => {
  site = createTestSite();
  await provision(site.spAs(site.adminLogin));
  staffLogin = site.addUser('sam@contoso.onmicrosoft.com', 'Sam Staff', 'Hub Members').loginName;
  await seedMissions(site.spAs(site.adminLogin));
});
afterAll(() => site.dispose());
beforeEach(() => window.localStorage.clear());

test('staff read the missions by name, with region and time zone; only owners change them; an older site offers none', async () => {
  const missions = await readMissions(site.spAs(staffLogin));
  expect(missions.map((m) => m.name)).toEqual(DEMO_MISSIONS.map((m) => m.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  expect(missions.find((m) => m.name === 'Embassy of Finland, Tokyo')).toMatchObject({ region: 'asiaOceania', timeZone: 'Asia/Tokyo' });
  await expect(
    site.spAs(staffLogin).web.lists.getByTitle(MISSION_LIST.title).items.add({ Title: 'Embassy of Atlantis' })
  ).rejects.toMatchObject({ status: 403 });

  const old = createTestSite();
  await provision(old.spAs(old.adminLogin), schemaAt(6), 6);
  expect(await readMissions(old.spAs(old.adminLogin))).toEqual([]);
  old.dispose();
});

function withSite(): ReturnType<typeof fakeServices> {
  return { ...fakeServices({}), site: new SiteRepository(site.spAs(staffLogin)) };
}

test('the embassy field suggests the missions; choosing one brings its region', async () => {
  renderInHub(
    withSite(),
    <PlanEditor
      siteUrl="https://contoso.sharepoint.test/sites/hub"
      loginName="i:0#.f|membership|anna@formin.example"
      initial={{ id: 7, etag: '"1"', plan: emptyPlan(), modified: '2026-03-01T08:00:00Z' }}
      onSubmit={jest.fn()}
      onReload={jest.fn()}
      autosaveDelayMs={60000}
    />
  );
  const embassy = screen.getByRole('combobox', { name: strings.Field_embassy });
  const list = document.getElementById(embassy.getAttribute('list') as string) as HTMLDataListElement;
  await waitFor(() => expect(list.options.length).toBe(DEMO_MISSIONS.length));
  expect(Array.from(list.options).map((o) => o.value)).toContain('Embassy of Finland, Tokyo');
  fireEvent.change(embassy, { target: { value: 'Embassy of Finland, Tokyo' } });
  expect(screen.getByLabelText(strings.Field_region)).toHaveValue('asiaOceania');
  // A name not on the list is kept as typed, and chooses no region.
  fireEvent.change(embassy, { target: { value: 'Honorary consulate, Lahti' } });
  expect(embassy).toHaveValue('Honorary consulate, Lahti');
});

test('a new plan starts with the embassy the person last submitted with', async () => {
  const load = jest.fn().mockResolvedValue({});
  const submit = jest.fn().mockResolvedValue(undefined);
  const services = { ...withSite(), plans: { ...fakeServices({ load, submit }).plans } };
  const viewer = {
    siteUrl: '',
    me: { id: 5, loginName: 'i:0#.f|membership|anna@formin.example', title: 'Anna', email: 'anna@formin.example' }
  } as never;
  let view = renderInHub(services, <NewPlanPage viewer={viewer} initial={emptyPlan()} />);
  expect(screen.getByRole('combobox', { name: strings.Field_embassy })).toHaveValue('');
  view.unmount();
  // What a submit remembers (useLastMission), as NewPlanPage writes it after a submit succeeds.
  window.localStorage.setItem(
    `ddh.lastMission|${new SiteRepository(site.spAs(staffLogin)).url.toLowerCase()}|i:0#.f|membership|anna@formin.example`,
    JSON.stringify({ name: 'Embassy of Finland, Oslo' })
  );
  view = renderInHub(services, <NewPlanPage viewer={viewer} initial={emptyPlan()} />);
  expect(screen.getByRole('combobox', { name: strings.Field_embassy })).toHaveValue('Embassy of Finland, Oslo');
  view.unmount();
});
