/** @jest-environment jsdom */
/**
 * A page owner's settings reach the plans app: the opening tab (a tab the person cannot see opens
 * the first one) and the title as the heading. Without them (a Teams personal app) nothing changes.
 */
import * as React from 'react';
import { configure, render, screen } from '@testing-library/react';
import { PlanListing, PlansOverview } from '../../src/data/plans';
import type { PlanAppServices } from '../../src/data/planAppServices';
import { fakeAppServices } from '../support/services';
import { workbenchTheme } from '../../src/ui/theme';
import { PlanSubmissionsApp, PlanSubmissionsAppProps } from '../../src/webparts/planSubmissions/components/PlanSubmissionsApp';
import { common, strings } from './render';

configure({ asyncUtilTimeout: 5000 });

const me = {
  id: 9,
  loginName: 'i:0#.f|membership|erik.reviewer@formin.example',
  title: 'Erik Reviewer',
  email: 'erik@x',
  isSiteAdmin: false,
  groups: ['DDH Plan Reviewers']
};

function listing(id: number, embassy: string, state: PlanListing['state']): PlanListing {
  return {
    id,
    title: `Plan ${id}`,
    embassy,
    region: 'europe',
    channels: ['facebook'],
    purpose: 'activeUse',
    state,
    submittedAt: '2026-03-01T10:00:00Z',
    approvedAt: state === 'approved' ? '2026-03-05T10:00:00Z' : null,
    startupInstructionsSent: false,
    authorId: 3,
    modified: '2026-03-05T10:00:00Z',
    archiveReference: ''
  };
}

/** A reviewer who is not an author: the tabs are the queue, the approved plans and the channel map. */
function services(): PlanAppServices {
  const inReview = [listing(1, 'Oslo', 'submitted'), listing(3, 'Cairo', 'approved')];
  const none = { count: 0, capped: false };
  const overview: PlansOverview = {
    me,
    siteUrl: 'https://contoso.sharepoint.test/sites/hub',
    isReviewer: true,
    isAuthor: false,
    inReview: {
      plans: inReview,
      counts: {
        draft: none,
        submitted: { count: 1, capped: false },
        changesRequested: none,
        approved: { count: 1, capped: false },
        archived: none
      }
    },
    approved: { plans: [inReview[1]] }
  } as PlansOverview;
  return fakeAppServices<PlanAppServices>({
    setup: { status: jest.fn().mockResolvedValue({ state: 'ready', siteVersion: 2, packageVersion: 2, canSetUp: false }) },
    plans: { repository: { overview: jest.fn().mockResolvedValue(overview) }, people: { search: jest.fn(), ensure: jest.fn() } }
  });
}

function renderPlans(extra: Partial<PlanSubmissionsAppProps> = {}): ReturnType<typeof render> {
  return render(
    <PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} {...extra} />
  );
}

async function selectedTab(): Promise<string | null> {
  await screen.findByRole('tab', { name: strings.TabApproved });
  return (
    screen
      .getAllByRole('tab')
      .filter((t) => t.getAttribute('aria-selected') === 'true')
      .map((t) => t.textContent)[0] || null
  );
}

describe("the plans web part's presets", () => {
  test("without properties (a Teams personal app) the first tab opens under the app's name", async () => {
    const view = renderPlans();
    expect(await selectedTab()).toBe(strings.TabQueue);
    expect(screen.getByRole('heading', { level: 2, name: strings.Title })).toBeTruthy();
    view.unmount();
  });

  test('the opening tab preset opens that tab', async () => {
    const view = renderPlans({ openingTab: 'approved' });
    expect(await selectedTab()).toBe(strings.TabApproved);
    expect(await screen.findByRole('table', { name: strings.TabApproved })).toBeTruthy();
    view.unmount();
  });

  test('a preset tab the person cannot see (my plans, for a reviewer only) opens the first one', async () => {
    const view = renderPlans({ openingTab: 'mine' });
    expect(await selectedTab()).toBe(strings.TabQueue);
    view.unmount();
  });

  test('the title is the heading; an empty title shows none', async () => {
    let view = renderPlans({ title: 'Plans of the Nordic embassies' });
    await selectedTab();
    expect(screen.getByRole('heading', { level: 2, name: 'Plans of the Nordic embassies' })).toBeTruthy();
    view.unmount();
    view = renderPlans({ title: '' });
    await selectedTab();
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    view.unmount();
  });
});
