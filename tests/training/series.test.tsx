/** @jest-environment ./tests/support/jsdom-with-fetch.js */
/**
 * Multi-part sessions shown as a series (#12 item 4), with real @pnp/sp services against the
 * emulator: parts share a series name (schema v7, indexed), the details of a part say which part it
 * is and list every part by date, each opening its own sign-up; the card names the series; a
 * single session shows none of it.
 */
import * as React from 'react';
import { configure, fireEvent, screen, within } from '@testing-library/react';
import { SessionDetails } from '../../src/webparts/trainingRegistry/components/SessionDetails';
import { createTrainingSite, TrainingSite } from './site';
import { renderWith } from './ui';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

let t: TrainingSite;
beforeAll(async () => {
  t = await createTrainingSite();
});
afterAll(() => t.site.dispose());

test('the parts of a series are read by its name, by start; a single session has none', async () => {
  const second = await t.newSession({
    title: 'Video, part 2',
    series: 'Video for embassies',
    start: new Date('2030-04-02T08:00:00Z'),
    end: new Date('2030-04-02T10:00:00Z')
  });
  const first = await t.newSession({
    title: 'Video, part 1',
    series: 'Video for embassies',
    start: new Date('2030-03-26T08:00:00Z'),
    end: new Date('2030-03-26T10:00:00Z')
  });
  const single = await t.newSession({ title: 'Alone' });
  expect(single.session.series).toBe('');
  const parts = await t.member(1).training.sessions.series('Video for embassies');
  expect(parts.map((p) => p.session.id)).toEqual([first.session.id, second.session.id]);
  expect(await t.member(1).training.sessions.series('')).toEqual([]);
  // Taking a part out of the series (an empty name) is saved as no series.
  const out = await t.admin.training.sessions.update({ ...second.session, series: '' }, second.etag);
  expect(out.session.series).toBe('');
  expect((await t.member(1).training.sessions.series('Video for embassies')).map((p) => p.session.id)).toEqual([first.session.id]);
});

test('the details of a part say which part it is and open the other parts', async () => {
  const one = await t.newSession({
    title: 'Writing, part 1',
    series: 'Writing for the web',
    start: new Date('2030-05-05T08:00:00Z'),
    end: new Date('2030-05-05T10:00:00Z')
  });
  const two = await t.newSession({
    title: 'Writing, part 2',
    series: 'Writing for the web',
    start: new Date('2030-05-12T08:00:00Z'),
    end: new Date('2030-05-12T10:00:00Z')
  });
  const member = t.member(2);
  const viewer = { id: member.id, title: member.title, email: member.email, loginName: member.loginName, isAdmin: false };
  const onOpenSession = jest.fn();
  renderWith(
    { training: member.training },
    <SessionDetails
      stored={two}
      registrations={[]}
      viewer={viewer}
      onChanged={jest.fn().mockResolvedValue(undefined)}
      onOpenSession={onOpenSession}
    />
  );
  expect(screen.getAllByText('Part of the series Writing for the web').length).toBeGreaterThan(0);
  const section = await screen.findByRole('region', { name: 'Part 2 of 2 · All parts of Writing for the web' });
  expect(within(section).getAllByRole('listitem')).toHaveLength(2);
  fireEvent.click(within(section).getByRole('button', { name: /Writing, part 1$/ }));
  expect(onOpenSession.mock.calls[0][0].session.id).toBe(one.session.id);
  // The part shown is not a button to itself.
  expect(within(section).queryByRole('button', { name: /Writing, part 2$/ })).toBeNull();
});
