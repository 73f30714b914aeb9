/** @jest-environment jsdom */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { derivePlanState } from '../../src/domain/plans/workflow';
import { channelMap } from '../../src/domain/plans/queue';
import { PlanListing, PlansOverview, PlanDetail } from '../../src/data/plans';
import type { PlanAppServices } from '../../src/data/planAppServices';
import { PlanSubmissionsApp } from '../../src/webparts/planSubmissions/components/PlanSubmissionsApp';
import { workbenchTheme } from '../../src/ui/theme';
import { completePlan } from './fixtures';
import { common, strings } from './render';
import { fakeAppServices } from '../support/services';
import { approvedMatching } from '../../src/data/plans/approvedSearch';
import { olderInReview } from '../../src/data/plans/olderQueue';

jest.mock('../../src/data/plans/approvedSearch', () => ({ approvedMatching: jest.fn() }));
jest.mock('../../src/data/plans/olderQueue', () => ({ olderInReview: jest.fn() }));

// Fluent UI forms are large DOMs: give jsdom time on a busy machine.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(120000);

const me = {
  id: 9,
  loginName: 'i:0#.f|membership|erik.reviewer@formin.example',
  title: 'Erik Reviewer',
  email: 'erik@x',
  isSiteAdmin: false,
  groups: ['DDH Plan Reviewers']
};
const anna = { id: 3, loginName: 'i:0#.f|membership|anna.author@formin.example', title: 'Anna Author' };

function listing(id: number, embassy: string, state: PlanListing['state'], submittedAt: string | null): PlanListing {
  return {
    id,
    title: `Plan ${id}`,
    embassy,
    region: 'europe',
    channels: ['facebook'],
    purpose: 'activeUse',
    state,
    submittedAt,
    approvedAt: state === 'approved' ? '2026-03-05T10:00:00Z' : null,
    startupInstructionsSent: false,
    authorId: 3,
    modified: '2026-03-05T10:00:00Z',
    archiveReference: ''
  };
}

function services(): PlanAppServices {
  const inReview = [
    listing(1, 'Oslo', 'submitted', '2026-03-03T10:00:00Z'),
    listing(2, 'Tokyo', 'submitted', '2026-03-01T10:00:00Z'),
    listing(3, 'Cairo', 'approved', '2026-02-01T10:00:00Z')
  ];
  const overview: PlansOverview = {
    me,
    siteUrl: 'https://contoso.sharepoint.test/sites/hub',
    isReviewer: true,
    isAuthor: false,
    inReview: {
      plans: inReview,
      counts: {
        draft: { count: 1, capped: false },
        submitted: { count: 2, capped: false },
        changesRequested: { count: 0, capped: false },
        approved: { count: 1, capped: false },
        archived: { count: 200, capped: true }
      }
    },
    approved: { plans: [inReview[2]], next: 'more' }
  };
  const plan = completePlan('Tokyo');
  const derived = derivePlanState(
    [
      { id: 'round:1', kind: 'submit', by: { person: anna, role: 'author' }, at: '2026-03-01T10:00:00Z', comment: 'First version' },
      {
        id: 'review:1',
        kind: 'comment',
        by: { person: { id: 9, loginName: me.loginName, title: me.title }, role: 'reviewer' },
        at: '2026-03-02T10:00:00Z',
        comment: 'Which languages?',
        section: 'audiences'
      }
    ],
    { authors: [anna] }
  );
  const detail: PlanDetail = {
    ...overview,
    id: 2,
    etag: '"3"',
    plan,
    owner: { id: 3, title: 'Anna Author' },
    modified: '2026-03-01T10:00:00Z',
    hint: { state: 'submitted', round: 1, submittedAt: '2026-03-01T10:00:00Z', archiveReference: '', archivedAt: null },
    derived,
    rounds: [],
    roles: ['reviewer'],
    actions: ['requestChanges', 'approve', 'comment'],
    attachments: []
  };
  return fakeAppServices<PlanAppServices>({
    setup: { status: jest.fn().mockResolvedValue({ state: 'ready', siteVersion: 2, packageVersion: 2, canSetUp: false }) },
    plans: {
      repository: {
        overview: jest.fn().mockResolvedValue(overview),
        load: jest.fn().mockResolvedValue(detail),
        decide: jest.fn().mockResolvedValue(undefined),
        moreApproved: jest.fn().mockResolvedValue({ plans: [listing(5, 'Lima', 'archived', '2026-01-01T10:00:00Z'), inReview[2]] }),
        // The later lists' readers run with the repository's client (mocked below).
        read: jest.fn().mockImplementation((reader: (sp: unknown) => Promise<unknown>) => reader({})),
        channelMap: jest.fn().mockResolvedValue(channelMap([inReview[2]]))
      },
      people: { search: jest.fn(), ensure: jest.fn() }
    }
  });
}

/** A plan's button in the list shown (the "For you" box above it may name the same plan). */
async function planInTable(name: string): Promise<HTMLElement> {
  const table = (await screen.findAllByRole('table'))[0];
  return within(table).findByRole('button', { name });
}

describe('the plan submissions app', () => {
  test('the counts act as filters: pressing one shows only that state, pressing it again shows all', async () => {
    render(<PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    const table = await screen.findByRole('table', { name: strings.TabQueue });
    const embassies = (): Array<string | null> =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1].textContent);
    expect(embassies()).toEqual(['Tokyo', 'Oslo', 'Cairo']);
    const approved = screen.getByRole('button', { name: 'Approved: 1' });
    fireEvent.click(approved);
    expect(approved).toHaveAttribute('aria-pressed', 'true');
    expect(embassies()).toEqual(['Cairo']);
    fireEvent.click(approved);
    expect(approved).toHaveAttribute('aria-pressed', 'false');
    expect(embassies()).toEqual(['Tokyo', 'Oslo', 'Cairo']);
  });

  test('a long queue shows 30 plans, as a SharePoint list view shows a page, and "Show more" shows the rest', async () => {
    const given = services();
    const overview = await given.plans.repository.overview();
    const many = Array.from({ length: 45 }, (_, i) =>
      listing(100 + i, `Embassy ${i}`, 'submitted', `2026-03-01T${String(i % 24).padStart(2, '0')}:00:00Z`)
    );
    (given.plans.repository.overview as jest.Mock).mockResolvedValue({ ...overview, inReview: { ...overview.inReview, plans: many } });
    render(<PlanSubmissionsApp services={given} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    const table = await screen.findByRole('table', { name: strings.TabQueue });
    // A header row and the plans shown.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 30);
    fireEvent.click(screen.getByRole('button', { name: strings.ShowMore }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 45);
    expect(screen.queryByRole('button', { name: strings.ShowMore })).toBeNull();
  });

  test('in a narrow web part the filters wait behind a "Filters" button that says how many are set', async () => {
    render(<PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    await screen.findByRole('table', { name: strings.TabQueue });
    // The button shows only in a narrow web part (a container query, which jsdom does not evaluate).
    // (A hidden element has no accessible name, so it is found by its text.)
    const toggle = await screen.findByText(strings.Filters, { selector: 'button' });
    const group = document.getElementById(toggle.getAttribute('aria-controls') || '') as HTMLElement;
    expect(group).toHaveAttribute('role', 'group');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(group).not.toHaveAttribute('data-open');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(group).toHaveAttribute('data-open');
    fireEvent.change(within(group).getByRole('combobox', { name: new RegExp(`^${strings.Filter_embassy}`) }), {
      target: { value: 'Oslo' }
    });
    expect(toggle).toHaveTextContent(`${strings.Filters} (1)`);
  });

  test('a column header sorts the table, as a Lists view does: pressed again, the other way; aria-sort says which', async () => {
    render(<PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    const table = await screen.findByRole('table', { name: strings.TabQueue });
    const embassies = (): Array<string | null> =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1].textContent);
    const header = within(table).getByRole('columnheader', { name: new RegExp(`^${strings.Column_embassy}`) });
    expect(header).not.toHaveAttribute('aria-sort');
    fireEvent.click(within(header).getByRole('button'));
    expect(embassies()).toEqual(['Cairo', 'Oslo', 'Tokyo']);
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(within(header).getByRole('button'));
    expect(embassies()).toEqual(['Tokyo', 'Oslo', 'Cairo']);
    expect(header).toHaveAttribute('aria-sort', 'descending');
    // States sort in the order of the process (approved after submitted), not by their names; ties keep the queue's order.
    const state = within(table).getByRole('columnheader', { name: new RegExp(`^${strings.Column_state}`) });
    fireEvent.click(within(state).getByRole('button'));
    fireEvent.click(within(state).getByRole('button'));
    expect(state).toHaveAttribute('aria-sort', 'descending');
    expect(embassies()).toEqual(['Cairo', 'Tokyo', 'Oslo']);
    expect(header).not.toHaveAttribute('aria-sort');
    expect(within(table).queryByRole('button', { name: new RegExp(`^${strings.Column_channels}`) })).toBeNull();
  });

  test('"For you" tells a reviewer how many plans wait for a decision and how long the oldest has waited', async () => {
    render(<PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    const forYou = await screen.findByRole('region', { name: strings.ForYouTitle });
    expect(
      within(forYou).getByText(/^2 plans wait for a reviewer's decision in the review queue\. The longest: \d+ days waiting\.$/)
    ).toBeInTheDocument();
    // The queue lists them: no second button per plan above it.
    expect(within(forYou).queryAllByRole('button')).toEqual([]);
  });

  test('a plan waiting for review offers one primary action, Approve, first; the other steps stay secondary', async () => {
    render(<PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    fireEvent.click(await planInTable('Plan 2'));
    const approve = await screen.findByRole('button', { name: strings.Action_approve });
    const row = approve.parentElement as HTMLElement;
    expect(row.firstElementChild).toBe(approve);
    expect(row.querySelectorAll('.ms-Button--primary')).toHaveLength(1);
    expect(approve).toHaveClass('ms-Button--primary');
    expect(screen.getByRole('button', { name: strings.Action_requestChanges })).not.toHaveClass('ms-Button--primary');
  });

  test('the queue shows each state as a pill, the next step and whose it is, and how many days a plan has waited', async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-04T12:00:00Z'));
    try {
      render(<PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
      fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
      const table = await screen.findByRole('table', { name: strings.TabQueue });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent)
      ).toContain('Next step');
      const cells = (embassy: string): string[] =>
        within(within(table).getByRole('cell', { name: embassy }).closest('tr') as HTMLElement)
          .getAllByRole('cell')
          .map((c) => c.textContent || '');
      const tokyo = cells('Tokyo');
      expect(tokyo[2]).toBe('Submitted, waiting for review');
      expect(within(table).getAllByText('Submitted, waiting for review')[0].getAttribute('data-state')).toBe('submitted');
      expect(tokyo[3]).toBe('Waiting for review — reviewers');
      expect(tokyo[5]).toContain('3 days waiting');
      expect(cells('Oslo')[5]).toContain('1 day waiting');
      // Approved: the pending step is the embassy's, filing in the records system.
      expect(cells('Cairo')[3]).toBe('Waiting to be filed in the records system — embassy');
      expect(cells('Cairo')[5]).toContain('Arrived today');
    } finally {
      now.mockRestore();
    }
  });

  test('a reviewer sees the queue oldest first with counts, filters it, opens a plan and decides with a comment', async () => {
    const s = services();
    render(<PlanSubmissionsApp services={s} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    const table = await screen.findByRole('table', { name: strings.TabQueue });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[1].textContent);
    expect(rows).toEqual(['Tokyo', 'Oslo', 'Cairo']);
    expect(screen.getByText('Submitted, waiting for review: 2')).toBeInTheDocument();
    expect(screen.getByText('Draft: 1')).toBeInTheDocument();
    expect(screen.getByText('Filed in records system: more than 200')).toBeInTheDocument();

    // The filters (selects) load after the tables.
    const embassyFilter = (): HTMLElement => screen.getAllByRole('combobox', { name: new RegExp(`^${strings.Filter_embassy}`) })[0];
    await screen.findAllByRole('combobox', { name: new RegExp(`^${strings.Filter_embassy}`) });
    expect(within(embassyFilter()).getByRole('option', { name: 'Oslo' })).toBeInTheDocument();
    fireEvent.change(embassyFilter(), { target: { value: 'Oslo' } });
    const embassies = (): Array<string | null> =>
      within(screen.getByRole('table', { name: strings.TabQueue }))
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1].textContent);
    await waitFor(() => expect(embassies()).toEqual(['Oslo']));
    expect(within(embassyFilter()).getByRole('option', { name: strings.Filter_any })).toBeInTheDocument();
    fireEvent.change(embassyFilter(), { target: { value: '' } });
    await waitFor(() => expect(embassies()).toEqual(['Tokyo', 'Oslo', 'Cairo']));

    fireEvent.click(within(table).getByRole('button', { name: 'Plan 2' }));
    expect(await screen.findByText('State: Submitted, waiting for review')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: strings.History })).toBeInTheDocument();
    expect(screen.getAllByText(/Which languages\?/).length).toBeGreaterThan(0);
    fireEvent.click(await screen.findByRole('button', { name: strings.Action_approve }));
    fireEvent.click(screen.getByRole('button', { name: strings.Confirm }));
    expect(await screen.findByText(strings.Reason_commentRequired)).toBeInTheDocument();
    expect(s.plans.repository.decide as jest.Mock).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(new RegExp(`^${strings.CommentLabel}`)), { target: { value: 'Approved.' } });
    fireEvent.click(screen.getByRole('button', { name: strings.Confirm }));
    await waitFor(() => expect(s.plans.repository.decide).toHaveBeenCalledWith(expect.objectContaining({ id: 2 }), 'approve', 'Approved.'));
    // The plan reloads after the decision; the announcement survives it.
    await waitFor(() => expect(s.plans.repository.load).toHaveBeenCalledTimes(2));
    await screen.findByText('State: Submitted, waiting for review');
    expect(screen.getAllByRole('status').map((e) => e.textContent)).toContain('Done: Approve');
  });

  test('approved plans load page by page with a button, and the count is announced', async () => {
    const s = services();
    render(<PlanSubmissionsApp services={s} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabApproved }));
    expect(await screen.findByText('Showing 1 plan. More can be loaded.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: strings.LoadMore }));
    expect(await screen.findByText('Showing 2 plans.')).toBeInTheDocument();
    expect(s.plans.repository.moreApproved).toHaveBeenCalledWith('more', expect.any(Array));
    const table = screen.getByRole('table', { name: strings.TabApproved });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1].textContent)
    ).toEqual(['Cairo', 'Lima']);
    expect(screen.queryByRole('button', { name: strings.LoadMore })).toBeNull();
    // A filter searches the server, back through every approval, a page at a time.
    const search = approvedMatching as jest.Mock;
    search
      .mockResolvedValueOnce({
        plans: [listing(5, 'Lima', 'archived', '2026-01-01T10:00:00Z')],
        next: '2025-03-01T00:00:00Z',
        searchedTo: '2025-03-01T00:00:00Z'
      })
      .mockResolvedValueOnce({ plans: [listing(7, 'Lima', 'archived', '2023-01-01T10:00:00Z')] });
    const embassyFilter = (await screen.findAllByRole('combobox', { name: new RegExp(`^${strings.Filter_embassy}`) }))[0];
    expect(within(embassyFilter).getByRole('option', { name: 'Lima' })).toBeInTheDocument();
    fireEvent.change(embassyFilter, { target: { value: 'Lima' } });
    expect(
      await screen.findByText('1 approved plan found so far matches the filters (approvals searched back to 1 Mar 2025).')
    ).toBeInTheDocument();
    expect(search).toHaveBeenLastCalledWith({}, { embassies: ['Lima'] }, expect.any(Map), undefined);
    fireEvent.click(screen.getByRole('button', { name: strings.SearchFurther }));
    expect(await screen.findByText('2 approved plans match the filters.')).toBeInTheDocument();
    expect(search).toHaveBeenLastCalledWith({}, { embassies: ['Lima'] }, expect.any(Map), '2025-03-01T00:00:00Z');
    const found = screen.getByRole('table', { name: strings.TabApproved });
    expect(
      within(found)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('button')[0].textContent)
    ).toEqual(['Plan 5', 'Plan 7']);
    expect(screen.queryByRole('button', { name: strings.SearchFurther })).toBeNull();
  });

  test("the printable view has every section in the form's order, then the history, with print styles", async () => {
    const { container } = render(
      <PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />
    );
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    fireEvent.click(await planInTable('Plan 2'));
    fireEvent.click(await screen.findByRole('button', { name: strings.Print }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Social media communication plan: Facebook for Tokyo' })
    ).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Plan and embassy',
      '1. Channels and purpose',
      '2. Target audiences and languages',
      '3. Goals',
      '4. Content',
      "5. Relation to the embassy's web pages",
      '6. People',
      '7. Measuring results',
      '8. Background',
      strings.History
    ]);
    expect(container.querySelector('style')?.textContent).toContain('@media print');
    expect(screen.getByText('Press counsellor', { exact: false })).toBeInTheDocument();
  });

  test('everyone sees the channel map as marks, with the status in words for screen readers and no word in an empty cell', async () => {
    render(<PlanSubmissionsApp services={services()} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabMap }));
    const map = await screen.findByRole('table', { name: strings.MapTitle });
    const cairo = within(map).getByRole('rowheader', { name: 'Cairo' }).closest('tr') as HTMLElement;
    const cells = within(cairo).getAllByRole('cell');
    // Facebook: a filled mark, named "Active"; X: no mark, named "None" only for the screen reader.
    expect(cells[0]).toHaveTextContent(strings.MapActive);
    expect(cells[0].querySelector('svg circle')?.getAttribute('fill')).not.toBe('none');
    expect(cells[1]).toHaveTextContent(strings.MapNone);
    expect(cells[1].querySelector('svg')).toBeNull();
    expect(getComputedStyle(cells[1].querySelector('span') as HTMLElement).position).toBe('absolute');
  });

  test('older plans still waiting are looked for on request, a page at a time further back', async () => {
    const s = services();
    const older = olderInReview as jest.Mock;
    older
      .mockResolvedValueOnce({
        plans: [listing(8, 'Lima', 'submitted', '2025-06-01T10:00:00Z')],
        next: '2024-08-01T00:00:00Z',
        searchedTo: '2024-08-01T00:00:00Z'
      })
      .mockResolvedValueOnce({ plans: [listing(9, 'Quito', 'approved', '2023-06-01T10:00:00Z')] });
    render(<PlanSubmissionsApp services={s} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    expect(older).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: strings.OlderShow }));
    expect(
      await screen.findByText('1 older plan found so far still waits for the reviewers (plans submitted back to 1 Aug 2024 searched).')
    ).toBeInTheDocument();
    expect(older).toHaveBeenLastCalledWith({}, undefined);
    fireEvent.click(screen.getByRole('button', { name: strings.SearchFurther }));
    expect(await screen.findByText('2 older plans still wait for the reviewers.')).toBeInTheDocument();
    expect(older).toHaveBeenLastCalledWith({}, '2024-08-01T00:00:00Z');
    const table = screen.getByRole('table', { name: strings.OlderTitle });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1].textContent)
    ).toEqual(['Lima', 'Quito']);
    expect(screen.queryByRole('button', { name: strings.SearchFurther })).toBeNull();
  });

  test('a map of the newest approvals only says since when it counts; the queue says which plans it covers', async () => {
    const s = services();
    const repository = jest.mocked(s.plans.repository);
    const overview = await repository.overview();
    repository.overview.mockResolvedValue({ ...overview, inReview: { ...overview.inReview, since: '2026-02-01T12:00:00Z' } });
    repository.channelMap.mockResolvedValue({ ...(await repository.channelMap()), since: '2025-06-30T08:00:00Z' });
    render(<PlanSubmissionsApp services={s} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await screen.findByRole('tab', { name: strings.TabQueue }));
    expect(await screen.findByText(/^The queue and these counts cover plans submitted or decided since 1 Feb 2026/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: strings.TabMap }));
    await screen.findByRole('table', { name: strings.MapTitle });
    expect(screen.getByText(/^The map shows plans approved since 30 Jun 2025/)).toBeInTheDocument();
  });
});

describe('an author whose plan came back with changes requested', () => {
  function author(): { s: PlanAppServices; detail: PlanDetail } {
    const first = completePlan('Tokyo');
    const second = { ...first, goals: { goals: 'Country promotion, citizen services and crisis readiness.' } };
    const reviewer = { id: 9, loginName: me.loginName, title: me.title };
    const derived = derivePlanState(
      [
        { id: 'round:1', kind: 'submit', by: { person: anna, role: 'author' }, at: '2026-03-01T10:00:00Z', comment: '' },
        {
          id: 'review:1',
          kind: 'requestChanges',
          by: { person: reviewer, role: 'reviewer' },
          at: '2026-03-02T10:00:00Z',
          comment: 'Please sharpen the goals.'
        },
        { id: 'round:2', kind: 'submit', by: { person: anna, role: 'author' }, at: '2026-03-03T10:00:00Z', comment: '' },
        {
          id: 'review:2',
          kind: 'comment',
          by: { person: reviewer, role: 'reviewer' },
          at: '2026-03-04T10:00:00Z',
          comment: 'Add Japanese-speaking media.',
          section: 'audiences'
        },
        {
          id: 'review:3',
          kind: 'requestChanges',
          by: { person: reviewer, role: 'reviewer' },
          at: '2026-03-04T11:00:00Z',
          comment: 'See section 2.'
        }
      ],
      { authors: [anna] }
    );
    const mine = [listing(2, 'Tokyo', 'changesRequested', '2026-03-03T10:00:00Z')];
    const none = { count: 0, capped: false };
    const overview: PlansOverview = {
      me: { ...me, id: 3, loginName: anna.loginName, title: anna.title, groups: ['DDH Embassy Authors'] },
      siteUrl: 'https://x/sites/hub',
      isReviewer: false,
      isAuthor: true,
      inReview: {
        plans: mine,
        counts: { draft: none, submitted: none, changesRequested: { count: 1, capped: false }, approved: none, archived: none }
      },
      approved: { plans: [] },
      mine: { plans: mine }
    };
    const detail: PlanDetail = {
      ...overview,
      id: 2,
      etag: '"6"',
      plan: second,
      owner: { id: 3, title: 'Anna Author' },
      modified: '2026-03-04T11:00:00Z',
      hint: { state: 'submitted', round: 2, submittedAt: '2026-03-03T10:00:00Z', archiveReference: '', archivedAt: null },
      derived,
      rounds: [
        { id: 1, round: 1, at: '2026-03-01T10:00:00Z', snapshot: first, fingerprint: 'a' },
        { id: 2, round: 2, at: '2026-03-03T10:00:00Z', snapshot: second, fingerprint: 'b' }
      ],
      roles: ['author'],
      actions: ['edit', 'submit', 'comment'],
      attachments: []
    };
    const s = fakeAppServices<PlanAppServices>({
      setup: { status: jest.fn().mockResolvedValue({ state: 'ready', siteVersion: 2, packageVersion: 2, canSetUp: false }) },
      plans: {
        repository: { overview: jest.fn().mockResolvedValue(overview), load: jest.fn().mockResolvedValue(detail), saveDraft: jest.fn() },
        people: { search: jest.fn(), ensure: jest.fn() }
      }
    });
    return { s, detail };
  }

  test("edits it in the form, sees the reviewer's section comments there and the diff between rounds", async () => {
    const { s } = author();
    render(<PlanSubmissionsApp services={s} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await planInTable('Plan 2'));
    expect(await screen.findByText('State: Changes requested')).toBeInTheDocument();
    const diff = screen.getByRole('region', { name: 'Changes between round 1 and round 2' });
    expect(diff).toHaveTextContent('3. Goals — What the channel is for');
    expect(within(diff).getByLabelText('added: crisis')).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: /^2\. Target audiences/ }));
    const comments = screen.getByRole('complementary', { name: strings.SectionComments });
    expect(comments).toHaveTextContent('Erik Reviewer — reviewer');
    expect(comments).toHaveTextContent('Add Japanese-speaking media.');
    expect(screen.getByRole('button', { name: strings.Action_submit })).toBeInTheDocument();
  });

  test('opens at the first commented section, under a banner linking to each commented section, with comment badges in the section list', async () => {
    const { s } = author();
    render(<PlanSubmissionsApp services={s} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await planInTable('Plan 2'));
    // The form opens at section 2, the one the reviewer commented on in this round.
    expect(await screen.findByRole('heading', { name: '2. Target audiences and languages', level: 3 })).toBeInTheDocument();
    const banner = screen.getByRole('region', { name: 'Changes requested in 1 section' });
    expect(banner).toHaveTextContent('2. Target audiences and languages (1 comment)');
    const nav = screen.getByRole('navigation', { name: strings.SectionList });
    expect(within(nav).getByRole('button', { name: /^2\. Target audiences/ })).toHaveTextContent('1 comment');
    expect(within(nav).getByRole('button', { name: /^3\. Goals/ })).not.toHaveTextContent('comment');
    fireEvent.click(within(nav).getByRole('button', { name: /^3\. Goals/ }));
    expect(await screen.findByRole('heading', { name: '3. Goals', level: 3 })).toBeInTheDocument();
    fireEvent.click(within(banner).getByRole('link', { name: '2. Target audiences and languages' }));
    expect(await screen.findByRole('heading', { name: '2. Target audiences and languages', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: strings.SectionComments })).toHaveTextContent('Add Japanese-speaking media.');
  });

  test('reading their own submitted plan, the author is told it is with the reviewers, never that only its author can change it', async () => {
    const { s, detail } = author();
    const submitted = derivePlanState(
      [{ id: 'round:1', kind: 'submit', by: { person: anna, role: 'author' }, at: '2026-03-01T10:00:00Z', comment: '' }],
      { authors: [anna] }
    );
    Object.assign(detail, { derived: submitted, rounds: [], actions: [] });
    render(<PlanSubmissionsApp services={s} common={common} strings={strings} locale="en-GB" theme={workbenchTheme('light')} />);
    fireEvent.click(await planInTable('Plan 2'));
    expect(await screen.findByText(strings.OwnReadOnly_submitted)).toBeInTheDocument();
    expect(screen.queryByText(strings.ReadOnlyNotice)).toBeNull();
    expect(screen.queryByRole('region', { name: /Changes requested/ })).toBeNull();
  });
});
