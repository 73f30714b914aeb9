/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Start-up instructions start from a template per channel that reviewers keep (#13 item 5), with
 * real @pnp/sp services against the emulator:
 * - only reviewers (and owners) read or write DDH Startup Templates; an author or staff is refused;
 * - two reviewers saving one channel's text: the second, from the version read before, is refused;
 * - on an approved plan, "Send start-up instructions" opens with the texts of the plan's channels,
 *   a reviewer changes one channel's template for later plans, and what is sent is what the box
 *   holds; the author's plan then shows it at the top;
 * - a site upgraded from v5 gets the list.
 */
import * as React from 'react';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createPlanAppServices } from '../../src/data/planAppServices';
import { StartupTemplates, startingText } from '../../src/data/plans/startupTemplates';
import { provision } from '../../src/lists/provision';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { schemaAt } from '../../src/lists/schema';
import { PlanPage } from '../../src/webparts/planSubmissions/components/PlanPage';
import { createTestSite } from '../support/sp';
import { completePlan, createPlanSite, PlanSite } from './fixtures';
import { renderInHub, strings } from './render';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let ps: PlanSite;
beforeAll(async () => {
  ps = await createPlanSite();
});
afterAll(() => ps.site.dispose());

test('only reviewers keep the templates; a save from an older read is refused, never overwriting', async () => {
  const erik = new StartupTemplates(ps.sp('erik'));
  const rita = new StartupTemplates(ps.sp('rita'));
  const first = await erik.save(
    { channel: 'facebook', instructions: '' },
    'Name the page "Finland in <city>". Ask the web team to verify it.'
  );
  expect(first).toMatchObject({ channel: 'facebook', editor: 'Erik Reviewer' });
  const seenByRita = (await rita.all()).get('facebook');
  expect(seenByRita?.instructions).toBe('Name the page "Finland in <city>". Ask the web team to verify it.');
  await erik.save(first, 'Name the page "Finland in <city>" and send its address to the web team.');
  await expect(rita.save(seenByRita!, "Rita's older edit")).rejects.toMatchObject({ status: 412 });
  // A second first row for a channel is refused too (the list is unique by channel).
  await expect(rita.save({ channel: 'facebook', instructions: '' }, 'Another first text')).rejects.toMatchObject({ status: 412 });

  for (const who of ['anna', 'sam'] as const) {
    await expect(new StartupTemplates(ps.sp(who)).all()).rejects.toMatchObject({ name: 'TemplatesUnavailableError' });
    await expect(
      ps.sp(who).web.lists.getByTitle(PLAN_LISTS.startupTemplates.title).items.add({ Title: 'x', Channel: 'x', Instructions: 'mine' })
    ).rejects.toMatchObject({ status: expect.any(Number) });
  }
  expect(startingText(['instagram', 'facebook'], await erik.all(), (c) => c.toUpperCase())).toBe(
    'FACEBOOK:\nName the page "Finland in <city>" and send its address to the web team.'
  );
});

test("the step opens with the texts of the plan's channels; a template changed there serves later plans; the author sees what was sent", async () => {
  const erikTemplates = new StartupTemplates(ps.sp('erik'));
  const known = await erikTemplates.all();
  const facebook = await erikTemplates.save(
    known.get('facebook') || { channel: 'facebook', instructions: '' },
    'Name the page "Finland in <city>" and send its address to the web team.'
  );
  const instagram = await erikTemplates.save(
    known.get('instagram') || { channel: 'instagram', instructions: '' },
    "Use the ministry's visual guidelines for the profile picture."
  );
  expect(facebook.id).toBeDefined();
  const anna = ps.as('anna').repository;
  const plan = completePlan('Oslo');
  plan.channels.channels = ['facebook', 'instagram'];
  plan.content.frequency.push({ channel: 'instagram', amount: 2, per: 'week', note: '' });
  const { id } = await anna.create(plan);
  const draft = await anna.load(id);
  await anna.submit(draft, draft.plan, draft.etag);
  const erik = ps.as('erik').repository;
  await erik.decide(await erik.load(id), 'approve', 'Approved.');

  const view = renderInHub(createPlanAppServices(ps.sp('erik')), <PlanPage id={id} />);
  fireEvent.click(await screen.findByRole('button', { name: strings.Action_sendStartupInstructions }));
  const box = screen.getByRole('textbox', { name: new RegExp(`^${strings.CommentLabel}`) }) as HTMLTextAreaElement;
  await waitFor(() =>
    expect(box.value).toBe(
      [
        'Facebook:\nName the page "Finland in <city>" and send its address to the web team.',
        "Instagram:\nUse the ministry's visual guidelines for the profile picture."
      ].join('\n\n')
    )
  );

  // The Instagram template is improved for every later plan, right here.
  const templateBox = screen.getByRole('textbox', { name: 'Template for Instagram' });
  fireEvent.change(templateBox, { target: { value: 'Use the visual guidelines; the profile picture is the embassy building.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save the template for Instagram' }));
  expect(await screen.findByText(strings.TemplateSaved)).toBeInTheDocument();
  expect((await erikTemplates.all()).get('instagram')).toMatchObject({
    instructions: 'Use the visual guidelines; the profile picture is the embassy building.'
  });
  expect(instagram.id).toBeDefined();

  fireEvent.change(box, { target: { value: `${box.value}\n\nYour contact in the web team: Erik.` } });
  fireEvent.click(screen.getByRole('button', { name: strings.Confirm }));
  expect(await screen.findByText(`Done: ${strings.Action_sendStartupInstructions}`)).toBeInTheDocument();
  view.unmount();

  renderInHub(createPlanAppServices(ps.sp('anna')), <PlanPage id={id} />);
  const startup = await screen.findByRole('region', { name: strings.StartupTitle });
  expect(within(startup).getByText(/Your contact in the web team: Erik\./)).toBeInTheDocument();
  expect(within(startup).getByText(/Name the page "Finland in <city>"/)).toBeInTheDocument();
});

test('a site at v5 gets the templates list on update', async () => {
  const site = createTestSite();
  try {
    const admin = site.spAs(site.adminLogin);
    await provision(admin, schemaAt(5), 5);
    const report = await provision(admin);
    expect(report.changes).toEqual(expect.arrayContaining([`list ${PLAN_LISTS.startupTemplates.title}`]));
    expect(report).toMatchObject({ fromVersion: 5 });
    expect((await provision(admin)).changes).toEqual([]);
  } finally {
    site.dispose();
  }
});
