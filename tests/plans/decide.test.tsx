/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The plan page of a reviewer whose decision came second: with real @pnp/sp services against the
 * emulator, another reviewer decides while the page is open; Confirm is refused by the server, the
 * page says who decided what and when, shows the plan as it is now, and keeps the typed comment —
 * which the reviewer then posts as a comment.
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
// Fluent marks a required field's label with an asterisk: the box is the multi-line textbox named "Comment…".
const commentBox = (): HTMLElement => screen.getByRole('textbox', { name: new RegExp(`^${strings.CommentLabel}`) });
beforeEach(async () => {
  ps = await createPlanSite();
});
afterEach(() => ps.site.dispose());

test('a reviewer whose decision came second is told who decided what, sees the plan as it is now and keeps the comment', async () => {
  const anna = ps.as('anna').repository;
  const { id } = await anna.create(completePlan('Tokyo'));
  const draft = await anna.load(id);
  await anna.submit(draft, draft.plan, draft.etag);

  renderInHub(createPlanAppServices(ps.sp('erik')), <PlanPage id={id} />);
  fireEvent.click(await screen.findByRole('button', { name: strings.Action_approve }));
  const typed = 'Approved: weekends are covered by the duty officer.';
  fireEvent.change(commentBox(), { target: { value: typed } });

  // Meanwhile Rita, on her own page, asks for changes.
  const rita = ps.as('rita').repository;
  await rita.decide(await rita.load(id), 'requestChanges', 'Section 6 needs a weekend plan.');

  fireEvent.click(screen.getByRole('button', { name: strings.Confirm }));
  const alert = await screen.findByText(/^Not saved: Rita Both had already decided on this plan \(Requested changes, .+\)\./);
  expect(alert.closest('[role="alert"]')).not.toBeNull();
  // Her text is still in the box, and the page shows the plan as it is now (no Approve any more).
  expect(commentBox()).toHaveValue(typed);
  await waitFor(() => expect(commentBox()).toHaveFocus());
  await waitFor(() => expect(screen.queryByRole('button', { name: strings.Action_approve })).toBeNull());
  expect(screen.getByRole('button', { name: strings.Confirm })).toBeDisabled();
  const history = screen.getByRole('region', { name: strings.History });
  expect(within(history).getByText('Section 6 needs a weekend plan.')).toBeInTheDocument();
  const reviews = ps.sp('sam').web.lists.getByTitle(PLAN_LISTS.planReviews.title).items;
  expect((await reviews.filter(`PlanId eq ${id}`).select('Decision')<Array<{ Decision: string }>>()).map((r) => r.Decision)).toEqual([
    'requestChanges'
  ]);

  // The text is reused: posted as a comment on the plan.
  fireEvent.click(screen.getByRole('button', { name: strings.Action_comment }));
  expect(commentBox()).toHaveValue(typed);
  fireEvent.click(screen.getByRole('button', { name: strings.Confirm }));
  expect(await screen.findByText(`Done: ${strings.Action_comment}`)).toBeInTheDocument();
  await waitFor(async () =>
    expect(
      (await reviews.filter(`PlanId eq ${id}`).select('Decision', 'Comment')<Array<{ Decision: string; Comment: string }>>()).map((r) => [
        r.Decision,
        r.Comment
      ])
    ).toEqual([
      ['requestChanges', 'Section 6 needs a weekend plan.'],
      ['comment', typed]
    ])
  );
});
