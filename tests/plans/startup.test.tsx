/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The author's approved plan (#13 item 5) and the e-mail a decision owes (#13 item 6), on the plan
 * page with real @pnp/sp services against the emulator and the workbench's Graph stand-in:
 * - until the start-up instructions come, the page says so; then it shows them, from whom and when;
 * - a reviewer's page sends the e-mail its decision owes; when Graph is busy it says the decision is
 *   saved and only the message is missing, and "Send the e-mail" sends it once.
 */
import * as React from 'react';
import { configure, fireEvent, screen, within } from '@testing-library/react';
import { createPlanAppServices } from '../../src/data/planAppServices';
import { GraphMailClient } from '../../src/data/messages';
import { GROUPS } from '../../src/lists/types';
import { provision } from '../../src/lists/provision';
import { PlanPage } from '../../src/webparts/planSubmissions/components/PlanPage';
import { createMailStandIn } from '../../workbench/graph/mail';
import { graphClientAs } from '../support/graph';
import { createTestSite, TestSite } from '../support/sp';
import { completePlan } from './fixtures';
import { renderInHub, strings } from './render';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let site: TestSite;
const people = {
  anna: { email: 'anna.author@formin.example', title: 'Anna Author', group: GROUPS.authors.title, login: '' },
  erik: { email: 'erik.reviewer@formin.example', title: 'Erik Reviewer', group: GROUPS.reviewers.title, login: '' }
};
const mail = createMailStandIn((login) =>
  Object.values(people)
    .map((p) => ({ email: p.email, title: p.title, loginName: p.login }))
    .find((p) => p.loginName === login)
);

const graphAs =
  (login: string): (() => Promise<GraphMailClient>) =>
  async () =>
    graphClientAs(mail, login);

const servicesAs = (who: keyof typeof people): ReturnType<typeof createPlanAppServices> =>
  createPlanAppServices(site.spAs(people[who].login), { graph: graphAs(people[who].login) });

beforeAll(async () => {
  // The real clock: the page sends what a decision owes only within minutes of it.
  site = createTestSite();
  await provision(site.spAs(site.adminLogin));
  for (const person of Object.values(people)) {
    const user = site.addUser(person.email, person.title, 'Hub Members');
    site.emulator.addToGroup(person.group, user.loginName);
    person.login = user.loginName;
  }
});
afterAll(() => site.dispose());

test('a decision\'s e-mail: Graph busy, the page says the decision is saved; "Send the e-mail" sends it once', async () => {
  const anna = servicesAs('anna').plans;
  const { id } = await anna.repository.create(completePlan('Oslo'));
  const draft = await anna.repository.load(id);
  await anna.repository.submit(draft, draft.plan, draft.etag);
  const erik = servicesAs('erik').plans;
  await erik.repository.decide(await erik.repository.load(id), 'approve', 'Approved: a clear plan.');

  mail.failNext(1);
  const view = renderInHub(servicesAs('erik'), <PlanPage id={id} />);
  expect(await screen.findByText(strings.NoticeFailed)).toBeInTheDocument();
  expect(mail.inbox(people.anna.email)).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: strings.NoticeSend }));
  expect(await screen.findByText(strings.NoticeSentAuthor)).toBeInTheDocument();
  expect(mail.inbox(people.anna.email).map((m) => m.subject)).toEqual([
    'Suunnitelmasi on hyväksytty: Facebook for Oslo / Din plan har godkänts: Facebook for Oslo / Your plan was approved: Facebook for Oslo'
  ]);
  view.unmount();
  // Opened again: nothing owed, nothing sent twice.
  const again = renderInHub(servicesAs('erik'), <PlanPage id={id} />);
  await screen.findByRole('heading', { name: /Facebook for Oslo/ });
  expect(screen.queryByText(strings.NoticeSend)).toBeNull();
  expect(mail.inbox(people.anna.email)).toHaveLength(1);
  again.unmount();
});

test("the author's approved plan waits for the start-up instructions, then shows them with who sent them", async () => {
  const anna = servicesAs('anna').plans;
  const { id } = await anna.repository.create(completePlan('Lima'));
  const draft = await anna.repository.load(id);
  await anna.repository.submit(draft, draft.plan, draft.etag);
  const erik = servicesAs('erik').plans;
  await erik.repository.decide(await erik.repository.load(id), 'approve', 'Approved.');

  let view = renderInHub(servicesAs('anna'), <PlanPage id={id} />);
  let section = (await screen.findByRole('heading', { name: strings.StartupTitle })).closest('section') as HTMLElement;
  expect(within(section).getByText(strings.StartupWaiting)).toBeInTheDocument();
  view.unmount();

  const text = 'Name the page "Finland in Peru", verify it, and pin the crisis notice.';
  await erik.repository.decide(await erik.repository.load(id), 'sendStartupInstructions', text);
  view = renderInHub(servicesAs('anna'), <PlanPage id={id} />);
  section = (await screen.findByRole('heading', { name: strings.StartupTitle })).closest('section') as HTMLElement;
  expect(within(section).getByText(text)).toBeInTheDocument();
  expect(within(section).getByText(/^From Erik Reviewer, /)).toBeInTheDocument();
  expect(within(section).queryByText(strings.StartupWaiting)).toBeNull();
  view.unmount();
});
