/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * The e-mail of a training session on its page (#13 item 6), with real @pnp/sp services against
 * the emulator and the workbench's Graph stand-in: a seat holder cancels and the page says who
 * was told of the freed seat; a sign-up whose e-mail fails says the sign-up is saved and sends it
 * again on request, once; an admin's change of time is told at once on their own page, and any
 * admin's page offers a change nobody has told yet.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTrainingAppServices } from '../../src/data/trainingAppServices';
import { SeatsRead, StoredRegistration, StoredSession, TrainingService } from '../../src/data/training';
import { SessionDetails } from '../../src/webparts/trainingRegistry/components/SessionDetails';
import { createMailStandIn, MailStandIn } from '../../workbench/graph/mail';
import { graphClientAs } from '../support/graph';
import { createTrainingSite, MEMBERS, Person, TrainingSite } from './site';
import { TrainingRegistryApp } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { workbenchTheme } from '../../src/ui/theme';
import { common, renderWith, strings } from './ui';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let t: TrainingSite;
let mail: MailStandIn;
/** The server's clock (a row's Created) when a test sets it; the real one otherwise. */
let clock: Date | undefined;
beforeAll(async () => {
  t = await createTrainingSite({ now: () => clock ?? new Date() });
  const everyone = [t.admin, t.member(1), t.member(2), t.member(3)];
  mail = createMailStandIn((login) => {
    const person = everyone.find((p) => p.loginName.toLowerCase() === login);
    return person ? { email: person.email, title: person.title, loginName: person.loginName } : undefined;
  });
});
afterAll(() => t.site.dispose());
beforeEach(() => {
  mail.clear();
  clock = undefined;
});

function servicesOf(who: Person): TrainingService {
  const client = graphClientAs(mail, who.loginName);
  return new TrainingService(t.site.spAs(who.loginName), { graph: async () => client });
}

/** The details page as the app shows it: session and registrations re-read after each change. */
function Details(props: {
  who: Person;
  training: TrainingService;
  first: StoredSession;
  registrations: StoredRegistration[];
  admin: boolean;
}): JSX.Element {
  const [stored, setStored] = React.useState(props.first);
  const [registrations, setRegistrations] = React.useState(props.registrations);
  const viewer = { id: props.who.id, title: props.who.title, email: props.who.email, loginName: props.who.loginName, isAdmin: props.admin };
  const reload = async (): Promise<SeatsRead> => {
    const [s, r] = await Promise.all([
      props.training.sessions.get(stored.session.id),
      props.training.registrations.forSession(stored.session.id)
    ]);
    setStored(s);
    setRegistrations(r);
    return { session: s, registrations: r };
  };
  return <SessionDetails stored={stored} registrations={registrations} viewer={viewer} onChanged={reload} />;
}

async function page(who: Person, sessionId: number, admin = false): Promise<ReturnType<typeof renderWith>> {
  const training = servicesOf(who);
  const [stored, registrations] = await Promise.all([training.sessions.get(sessionId), training.registrations.forSession(sessionId)]);
  return renderWith({ training }, <Details who={who} training={training} first={stored} registrations={registrations} admin={admin} />);
}

const signUp = async (who: Person, stored: StoredSession): Promise<void> => {
  await who.training.registrations.signUp(stored, { id: who.id, title: who.title });
};

test('cancelling a seat tells the first in line, and the page says who was told', async () => {
  const stored = await t.newSession({ title: 'Video for embassies', capacity: 1 });
  await signUp(t.member(1), stored);
  await signUp(t.member(2), stored);
  const view = await page(t.member(1), stored.session.id);
  fireEvent.click(await screen.findByRole('button', { name: 'Cancel my registration' }));
  fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
  expect(await screen.findByText('Staff Member 2 was told of the seat by e-mail.')).toBeInTheDocument();
  expect(mail.inbox(t.member(2).email).map((m) => m.subject)).toEqual([
    'Sait paikan jonosta: Video for embassies / Du fick en plats från kön: Video for embassies / You got a seat from the waiting list: Video for embassies'
  ]);
  expect(mail.inbox(t.member(1).email)).toEqual([]);
  view.unmount();
});

test('a sign-up whose e-mail fails is saved, and "Send the e-mail" sends it once', async () => {
  const stored = await t.newSession({ title: 'Photo rights', capacity: 5 });
  const view = await page(t.member(3), stored.session.id);
  mail.failNext(1);
  fireEvent.click(await screen.findByRole('button', { name: 'Sign up' }));
  const status = document.getElementById('ddh-session-status') as HTMLElement;
  expect(
    await within(status).findByText(/^The e-mail telling Staff Member 3 of the seat could not be sent\. What you did is saved/)
  ).toBeInTheDocument();
  expect(within(status).getByText('You are signed up and have a seat.')).toBeInTheDocument();
  expect(mail.all()).toEqual([]);
  fireEvent.click(within(status).getByRole('button', { name: 'Send the e-mail' }));
  expect(await within(status).findByText('Staff Member 3 was told of the seat by e-mail.')).toBeInTheDocument();
  expect(mail.inbox(t.member(3).email)).toHaveLength(1);
  expect(mail.inbox(t.member(3).email)[0].attachments.map((a) => a.name)).toEqual([`training-${stored.session.id}.ics`]);
  view.unmount();
});

test('after a sign-up, the page and the seat e-mail share one read of the session', async () => {
  const stored = await t.newSession({ title: 'Shared read', capacity: 5 });
  const training = servicesOf(t.member(3));
  const registrations = await training.registrations.forSession(stored.session.id);
  const get = jest.spyOn(training.sessions, 'get');
  const view = renderWith(
    { training },
    <Details who={t.member(3)} training={training} first={stored} registrations={registrations} admin={false} />
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Sign up' }));
  expect(await screen.findByText('Staff Member 3 was told of the seat by e-mail.')).toBeInTheDocument();
  expect(get).toHaveBeenCalledTimes(1);
  view.unmount();
});

test("an admin's change of time is told at once on their page; another admin's page later owes nothing", async () => {
  const stored = await t.newSession({ title: 'Crisis messaging', capacity: 1 });
  await signUp(t.member(1), stored);
  await signUp(t.member(2), stored);
  await t.admin.training.sessions.update({ ...stored.session, place: 'Auditorium, Merikatu 4' }, stored.etag, stored);
  let view = await page(t.admin, stored.session.id, true);
  expect(await screen.findByText('2 registered people were told of the change by e-mail.')).toBeInTheDocument();
  expect(mail.inbox(t.member(1).email)[0].content).toContain('Where: Auditorium, Merikatu 4');
  expect(mail.inbox(t.member(2).email)).toHaveLength(1);
  view.unmount();
  view = await page(t.admin, stored.session.id, true);
  await screen.findByRole('heading', { name: 'Crisis messaging' });
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Send the e-mail' })).toBeNull());
  expect(mail.all()).toHaveLength(2);
  view.unmount();
});

test("a change nobody has told yet (the tab closed) is offered on an admin's page and sent on request", async () => {
  const stored = await t.newSession({ title: 'Writing for the web', capacity: 3 });
  clock = new Date(Date.now() - 2 * 3600 * 1000);
  await signUp(t.member(1), stored);
  clock = undefined;
  // Changed an hour ago: not the change just made here, so it waits for the admin to send it.
  await t.admin.training.sessions.update(
    { ...stored.session, start: new Date('2030-03-10T09:00:00Z') },
    stored.etag,
    stored,
    new Date(Date.now() - 3600 * 1000)
  );
  const view = await page(t.admin, stored.session.id, true);
  expect(await screen.findByText('1 registered person has not been told of the new time, place or link yet.')).toBeInTheDocument();
  expect(mail.all()).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Send the e-mail' }));
  expect(await screen.findByText('1 registered person was told of the change by e-mail.')).toBeInTheDocument();
  expect(mail.inbox(t.member(1).email)).toHaveLength(1);
  view.unmount();
});

test('an admin raising the seats in the session form tells whoever the larger capacity seated', async () => {
  const stored = await t.newSession({ title: 'Analytics for embassies', capacity: 1 });
  await signUp(t.member(1), stored);
  await signUp(t.member(2), stored);
  // A training admin is staff too: the app's set-up check reads DDH Settings, which staff read.
  t.site.emulator.addToGroup(MEMBERS, t.admin.loginName);
  const client = graphClientAs(mail, t.admin.loginName);
  const services = createTrainingAppServices(t.site.spAs(t.admin.loginName), { graph: async () => client });
  render(<TrainingRegistryApp services={services} common={common} locale="en-GB" theme={workbenchTheme('light')} strings={strings} />);
  fireEvent.click((await screen.findAllByRole('button', { name: 'Details and sign-up: Analytics for embassies' }))[0]);
  await screen.findByRole('heading', { name: 'Analytics for embassies', level: 3 });
  fireEvent.click(await screen.findByRole('button', { name: 'Edit session' }));
  fireEvent.change(await screen.findByRole('spinbutton', { name: 'Seats' }), { target: { value: '2' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Staff Member 2 was told of the seat by e-mail.')).toBeInTheDocument();
  expect(mail.inbox(t.member(2).email).map((m) => m.subject.split(' / ').pop())).toEqual([
    'You got a seat from the waiting list: Analytics for embassies'
  ]);
  expect(mail.inbox(t.member(1).email)).toEqual([]);
});
