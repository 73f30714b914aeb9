/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * "Request changes" names the sections it is about (#12 item 2), with real @pnp/sp services against
 * the emulator: the reviewer ticks sections and writes what to change in each, in one action; each
 * becomes that section's comment and the request follows. A comment that did not reach SharePoint
 * is kept in the form and sent once on the retry (never twice). The author's plan then opens at the
 * first commented section, with a banner linking to each.
 */
import * as React from 'react';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createPlanAppServices } from '../../src/data/planAppServices';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { PlanPage } from '../../src/webparts/planSubmissions/components/PlanPage';
import { completePlan, createPlanSite, PlanSite } from './fixtures';
import { renderInHub, strings } from './render';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let ps: PlanSite;
beforeAll(async () => {
  ps = await createPlanSite();
});
afterAll(() => ps.site.dispose());

test('a reviewer asks for changes in two sections at once; a dropped comment is sent once on the retry; the author opens at the first', async () => {
  const anna = ps.as('anna').repository;
  const { id } = await anna.create(completePlan('Lima'));
  const draft = await anna.load(id);
  await anna.submit(draft, draft.plan, draft.etag);

  const reviewer = renderInHub(createPlanAppServices(ps.sp('erik')), <PlanPage id={id} />);
  fireEvent.click(await screen.findByRole('button', { name: strings.Action_requestChanges }));
  const sections = screen.getByRole('group', { name: strings.RequestSectionsLegend });
  fireEvent.click(within(sections).getByRole('checkbox', { name: strings.Section_goals }));
  fireEvent.click(within(sections).getByRole('checkbox', { name: strings.Section_metrics }));
  fireEvent.change(screen.getByRole('textbox', { name: new RegExp(`^${strings.CommentLabel}`) }), {
    target: { value: 'Please sharpen sections 3 and 7.' }
  });
  fireEvent.click(screen.getByRole('button', { name: strings.Confirm }));
  // A ticked section needs its words.
  expect(await screen.findByText(`Write what to change in ${strings.Section_goals}, or untick it.`)).toBeInTheDocument();
  fireEvent.change(screen.getByRole('textbox', { name: `What to change in ${strings.Section_goals}` }), {
    target: { value: 'Name what the channel is for.' }
  });
  fireEvent.change(screen.getByRole('textbox', { name: `What to change in ${strings.Section_metrics}` }), {
    target: { value: 'Tie the metrics to the goals.' }
  });

  // The second comment's request is lost on the way: the first is saved, nothing is decided yet.
  let reviewsAdded = 0;
  ps.site.emulator.faults.dropNext(
    10,
    (url, method) => method === 'POST' && /DDH%20Plan%20Reviews'\)\/items$/i.test(url) && ++reviewsAdded >= 2
  );
  fireEvent.click(screen.getByRole('button', { name: strings.Confirm }));
  await screen.findByText(/The connection was lost/);
  ps.site.emulator.faults.clear();
  expect(screen.queryByRole('textbox', { name: `What to change in ${strings.Section_goals}` })).toBeNull();
  expect(screen.getByRole('textbox', { name: `What to change in ${strings.Section_metrics}` })).toHaveValue(
    'Tie the metrics to the goals.'
  );

  fireEvent.click(screen.getByRole('button', { name: strings.Confirm }));
  expect(await screen.findByText(`Done: ${strings.Action_requestChanges}`)).toBeInTheDocument();
  const rows = await ps
    .sp('sam')
    .web.lists.getByTitle(PLAN_LISTS.planReviews.title)
    .items.filter(`PlanId eq ${id}`)
    .select('Decision', 'Section', 'Comment')
    .orderBy('Id')<Array<{ Decision: string; Section: string | null; Comment: string }>>();
  expect(rows.map((r) => [r.Decision, r.Section, r.Comment])).toEqual([
    ['comment', 'goals', 'Name what the channel is for.'],
    ['comment', 'metrics', 'Tie the metrics to the goals.'],
    ['requestChanges', null, 'Please sharpen sections 3 and 7.']
  ]);
  reviewer.unmount();

  renderInHub(createPlanAppServices(ps.sp('anna')), <PlanPage id={id} />);
  const banner = await screen.findByRole('region', { name: /2 sections/i });
  expect(
    within(banner)
      .getAllByRole('link')
      .map((a) => a.textContent)
  ).toEqual([strings.Section_goals, strings.Section_metrics]);
  await waitFor(() => expect(screen.getByRole('heading', { name: strings.Section_goals })).toBeInTheDocument());
});
