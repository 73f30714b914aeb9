/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * An owner updates a site whose reviews list is above 5,000 items while SharePoint is still
 * building the new version's index: the gate says "updating, try again in a few minutes" (not a
 * failure) and keeps the app; after the build, trying again records the version.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { commonServices } from '../support/services';
import { provision } from '../../src/lists/provision';
import { PLAN_LISTS, REVIEW_FIELDS as V } from '../../src/lists/planLists';
import { SCHEMA_VERSION, schemaAt } from '../../src/lists/schema';
import { readSchemaVersion } from '../../src/lists/version';
import { HubApp } from '../../src/ui/HubApp';
import { SetupGate } from '../../src/ui/SetupGate';
import { useHub } from '../../src/ui/HubContext';
import { useLoad } from '../../src/ui/useLoad';
import { ProblemMessage } from '../../src/ui/ProblemMessage';
import { workbenchTheme } from '../../src/ui/theme';
import { readLoc } from '../../workbench/loc';
import { createTestSite } from '../support/sp';

jest.setTimeout(60000);

const common = readLoc(process.cwd(), 'common', 'en-us') as unknown as IHubCommonStrings;
const MINUTE = 60_000;

function FirstView(): JSX.Element {
  const { services } = useHub();
  const [me, retry] = useLoad(() => services.site.me(), [services]);
  if (me.status === 'failed') return <ProblemMessage problem={me.problem} onRetry={retry} />;
  return <p>The app itself</p>;
}

test('an owner hears "updating, try again in a few minutes" while the index builds; trying again later records the version', async () => {
  let clock = Date.UTC(2030, 0, 15, 9);
  const site = createTestSite({ now: () => new Date(clock), indexBuilds: { buildDelayMs: 15 * MINUTE } });
  const owner = site.spAs(site.adminLogin);
  await provision(owner, schemaAt(3), 3);
  const [planId] = site.emulator.seedItems(PLAN_LISTS.plans.title, [{ Title: 'Plan', Embassy: 'Oslo', PlanState: 'approved', Round: 1 }]);
  site.emulator.seedItems(
    PLAN_LISTS.planReviews.title,
    Array.from({ length: 5500 }, () => ({ PlanId: planId, Round: 1, [V.decision]: 'comment' }))
  );

  render(
    <HubApp services={commonServices(owner)} common={common} locale="en-US" theme={workbenchTheme('light')} label="Test app">
      <SetupGate>
        <FirstView />
      </SetupGate>
    </HubApp>
  );
  await screen.findByText('The app itself');
  fireEvent.click(await screen.findByRole('button', { name: common.SetUp }));
  await screen.findByText(common.SetupIndexing, undefined, { timeout: 20000 });
  expect(screen.queryByText(common.SetupFailed)).toBeNull();
  expect(screen.getByText('The app itself')).toBeInTheDocument();
  expect(await readSchemaVersion(owner)).toBe(3);

  clock += 15 * MINUTE;
  fireEvent.click(await screen.findByRole('button', { name: common.SetUp }));
  // Done: the offer goes away (the site is at the package's version) and the app stays.
  await waitFor(() => expect(screen.queryByRole('region', { name: common.SetupNeededTitle })).toBeNull(), { timeout: 20000 });
  expect(screen.queryByText(common.SetupIndexing)).toBeNull();
  expect(screen.queryByRole('button', { name: common.SetUp })).toBeNull();
  await screen.findByText('The app itself');
  expect(await readSchemaVersion(owner)).toBe(SCHEMA_VERSION);
  site.dispose();
});
