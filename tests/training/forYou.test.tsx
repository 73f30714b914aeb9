/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * "For you" in the training web part (#13 item 7), with real @pnp/sp services against the emulator:
 * a person waiting for a seat looks once (nothing to say yet); someone with a seat cancels, and the
 * next time the person opens the page it says they got the seat, until they say they have seen it;
 * an admin cancelling the session is said the same way. Derived from the lists alone.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTrainingAppServices } from '../../src/data/trainingAppServices';
import { trainingNews } from '../../src/domain/training';
import { TrainingRegistryApp } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { workbenchTheme } from '../../src/ui/theme';
import { createTrainingSite, TrainingSite } from './site';
import { common, strings } from './ui';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let t: TrainingSite;
beforeAll(async () => {
  t = await createTrainingSite();
});
afterAll(() => t.site.dispose());

const app = (login: string): ReturnType<typeof render> =>
  render(
    <TrainingRegistryApp
      services={createTrainingAppServices(t.site.spAs(login))}
      common={common}
      locale="en-GB"
      theme={workbenchTheme('light')}
      strings={strings}
    />
  );

test('the domain rule: only a change since the last look is news, and a first look is none', () => {
  expect(trainingNews(undefined, [{ sessionId: 1, code: 'confirmed' }])).toEqual([]);
  expect(
    trainingNews({ 1: 'waiting', 2: 'confirmed', 3: 'confirmed', 4: 'waiting' }, [
      { sessionId: 1, code: 'confirmed' },
      { sessionId: 2, code: 'waiting', position: 1 },
      { sessionId: 3, code: 'sessionCancelled' },
      { sessionId: 4, code: 'waiting', position: 2 }
    ])
  ).toEqual([
    { kind: 'seat', sessionId: 1 },
    { kind: 'waiting', sessionId: 2, position: 1 },
    { kind: 'sessionCancelled', sessionId: 3 }
  ]);
});

test('a seat that came from the waiting list is said the next time the person looks, until seen', async () => {
  const stored = await t.newSession({ title: 'Writing for the web', capacity: 1 });
  const first = t.member(1);
  const second = t.member(2);
  await first.training.registrations.signUp(stored, { id: first.id, title: first.title, email: first.email });
  await second.training.registrations.signUp(stored, { id: second.id, title: second.title, email: second.email });

  let view = app(second.loginName);
  await screen.findAllByText('Writing for the web');
  expect(screen.queryByRole('region', { name: strings.ForYouTitle })).toBeNull();
  view.unmount();

  // The seat holder cancels: the one waiting moves up, with no admin action.
  const all = await first.training.registrations.forSession(stored.session.id);
  await first.training.registrations.cancel(
    stored,
    all.find((r) => r.person.id === first.id)!,
    all,
    { signer: { id: first.id, title: first.title } }
  );

  view = app(second.loginName);
  const forYou = await screen.findByRole('region', { name: strings.ForYouTitle });
  expect(within(forYou).getByText(/^You got a seat in Writing for the web, /)).toBeInTheDocument();
  view.unmount();
  // Still there after a reload: nothing is lost until it is seen.
  view = app(second.loginName);
  fireEvent.click(
    within(await screen.findByRole('region', { name: strings.ForYouTitle })).getByRole('button', { name: strings.ForYouSeen })
  );
  await waitFor(() => expect(screen.queryByRole('region', { name: strings.ForYouTitle })).toBeNull());
  view.unmount();
  view = app(second.loginName);
  await screen.findAllByText('Writing for the web');
  expect(screen.queryByRole('region', { name: strings.ForYouTitle })).toBeNull();
  view.unmount();

  // The admin cancels the session: said once, and the session opens from the line.
  const fresh = await t.admin.training.sessions.get(stored.session.id);
  await t.admin.training.sessions.cancel(fresh.session.id, fresh.etag);
  app(second.loginName);
  const again = await screen.findByRole('region', { name: strings.ForYouTitle });
  expect(within(again).getByText(/^Writing for the web, .+, was cancelled\.$/)).toBeInTheDocument();
  fireEvent.click(within(again).getByRole('button', { name: 'Open Writing for the web' }));
  expect(await screen.findByRole('heading', { level: 3, name: /Writing for the web/ })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: strings.ForYouTitle })).toBeNull();
});
