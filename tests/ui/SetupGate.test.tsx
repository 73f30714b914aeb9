/** @jest-environment ./tests/support/jsdom-with-fetch.js */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { commonServices } from '../support/services';
import { SCHEMA_VERSION } from '../../src/lists/schema';
import { readSchemaVersion } from '../../src/lists/version';
import { HubApp } from '../../src/ui/HubApp';
import { SetupGate } from '../../src/ui/SetupGate';
import { useHub } from '../../src/ui/HubContext';
import { useLoad } from '../../src/ui/useLoad';
import { ProblemMessage } from '../../src/ui/ProblemMessage';
import { workbenchTheme } from '../../src/ui/theme';
import { readLoc } from '../../workbench/loc';
import { createTestSite, TestSite } from '../support/sp';

const common = readLoc(process.cwd(), 'common', 'en-us') as unknown as IHubCommonStrings;

/** Stands in for an app's first view: one load through the services, like every app does. */
function FirstView(): JSX.Element {
  const { services } = useHub();
  const [me, retry] = useLoad(() => services.site.me(), [services]);
  if (me.status === 'failed') return <ProblemMessage problem={me.problem} onRetry={retry} />;
  return <p>The app itself</p>;
}

function renderGate(site: TestSite, login: string) {
  const services = commonServices(site.spAs(login));
  return render(
    <HubApp services={services} common={common} locale="en-US" theme={workbenchTheme('light')} label="Test app">
      <SetupGate>
        <FirstView />
      </SetupGate>
    </HubApp>
  );
}

describe('<SetupGate>', () => {
  let site: TestSite;
  beforeEach(() => {
    site = createTestSite();
  });
  afterEach(() => site.dispose());

  test('offers a site owner to set up a new site, runs the real provisioning and then shows the app', async () => {
    renderGate(site, site.adminLogin);
    const button = await screen.findByRole('button', { name: common.SetUp });
    expect(await screen.findByText(common.SetupNeededOwner)).toBeInTheDocument();
    fireEvent.click(button);
    await screen.findByText('The app itself', undefined, { timeout: 10000 });
    expect(await readSchemaVersion(site.spAs(site.adminLogin))).toBe(SCHEMA_VERSION);
  });

  test('tells anyone else to ask an owner, with no button to press', async () => {
    const visitor = site.addUser('visitor@contoso.onmicrosoft.com', 'Visitor', 'Hub Visitors');
    renderGate(site, visitor.loginName);
    await screen.findByText(common.SetupNeededVisitor);
    expect(screen.queryByRole('button', { name: common.SetUp })).toBeNull();
    expect(screen.queryByText('The app itself')).toBeNull();
  });

  test('a failed load says so in words and can be retried', async () => {
    site.emulator.faults.failNext(1, { status: 500 });
    renderGate(site, site.adminLogin);
    const retry = await screen.findByRole('button', { name: common.Retry });
    expect(await screen.findByText(common.ErrorUnknown)).toBeInTheDocument();
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getByRole('button', { name: common.SetUp })).toBeInTheDocument());
  });

  test("on a site that is set up, the first request is the app's own: the check comes after its first view", async () => {
    const { provision } = await import('../../src/lists/provision');
    await provision(site.spAs(site.adminLogin));
    const seen: string[] = [];
    // A rule that never fires, only to watch the order of requests.
    site.emulator.faults.failNext(1, {
      status: 500,
      match: (url) => {
        seen.push(decodeURIComponent(url));
        return false;
      }
    });
    renderGate(site, site.adminLogin);
    await screen.findByText('The app itself');
    await waitFor(() => expect(seen.some((url) => url.includes('DDH Settings'))).toBe(true));
    expect(seen[0]).toMatch(/currentuser/i);
    expect(screen.queryByRole('button', { name: common.SetUp })).toBeNull();
  });
});
