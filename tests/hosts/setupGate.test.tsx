/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * What <SetupGate> says on each host when the data site has no lists: "Set up" only on the
 * configured hub (or, with nothing configured, on the page's own site, with a word on naming a
 * hub instead); a site named in the web part's settings is never set up from another page.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { HUB_SITE_PROPERTY } from '../../src/data/hubSite';
import { commonServices } from '../support/services';
import { HubApp } from '../../src/ui/HubApp';
import { SetupGate } from '../../src/ui/SetupGate';
import { useHub } from '../../src/ui/HubContext';
import { useLoad } from '../../src/ui/useLoad';
import { ProblemMessage } from '../../src/ui/ProblemMessage';
import { workbenchTheme } from '../../src/ui/theme';
import { readLoc } from '../../workbench/loc';
import { createTestTenant, memoryStorage, TestTenant } from '../support/tenant';

jest.setTimeout(60000);

const common = readLoc(process.cwd(), 'common', 'en-us') as unknown as IHubCommonStrings;

/** Stands in for an app's first view: one load through the services, like every app does. */
function FirstView(): JSX.Element {
  const { services } = useHub();
  const [me, retry] = useLoad(() => services.site.me(), [services]);
  if (me.status === 'failed') return <ProblemMessage problem={me.problem} onRetry={retry} />;
  return <p>The app itself</p>;
}

async function renderOn(t: TestTenant, pageUrl: string, login: string, properties?: { dataSiteUrl?: string }) {
  const opened = await t.webPart({ pageUrl, login, properties, storage: memoryStorage() });
  const services = commonServices(opened.sp, opened.page);
  return render(
    <HubApp services={services} common={common} locale="en-US" theme={workbenchTheme('light')} label="Test app">
      <SetupGate>
        <FirstView />
      </SetupGate>
    </HubApp>
  );
}

describe('<SetupGate> on each host', () => {
  let t: TestTenant;
  beforeEach(() => {
    t = createTestTenant();
  });
  afterEach(() => t.dispose());

  test('a site named in the settings has no lists: its URL and who can help, no Set up button, even for an owner', async () => {
    await renderOn(t, t.hubUrl, t.adminLogin, { dataSiteUrl: '/sites/team' });
    await screen.findByText(common.DataSiteMissing.replace('{0}', t.teamUrl));
    expect(screen.queryByRole('button', { name: common.SetUp })).toBeNull();
    expect(screen.queryByText('The app itself')).toBeNull();
  });

  test("nothing configured: an owner may set up the page's own site, and is told how to name a hub instead", async () => {
    await renderOn(t, t.teamUrl, t.adminLogin);
    await screen.findByRole('button', { name: common.SetUp });
    expect(screen.getByText(common.SetupElsewhereHint)).toBeInTheDocument();
  });

  test('the configured hub is set up from a Teams tab on another site, with no hint', async () => {
    t.tenant.setStorageEntity(HUB_SITE_PROPERTY, t.hubUrl);
    await renderOn(t, t.teamUrl, t.adminLogin);
    await screen.findByRole('button', { name: common.SetUp });
    expect(screen.queryByText(common.SetupElsewhereHint)).toBeNull();
  });
});
