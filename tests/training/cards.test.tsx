/** @jest-environment jsdom */
// The Events-style session cards, the details' fact grid and single primary action, and My
// trainings by session date, the list's filters (#12 item 4): what a person sees, in jsdom with the real strings.
import * as path from 'path';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionList } from '../../src/webparts/trainingRegistry/components/SessionList';
import { SessionDetails } from '../../src/webparts/trainingRegistry/components/SessionDetails';
import { MyTrainings } from '../../src/webparts/trainingRegistry/components/MyTrainings';
import { TrainingRegistryApp } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { workbenchTheme } from '../../src/ui/theme';
import { MyTraining, StoredSession } from '../../src/data/training';
import { readLocFile } from '../../workbench/loc';
import { common, finnish, registration, renderWith, stored, strings, viewer } from './ui';
import type { TrainingAppServices } from '../../src/data/trainingAppServices';
import { fakeAppServices } from '../support/services';

const swedish = readLocFile(
  path.resolve(__dirname, '../../src/webparts/trainingRegistry/loc/sv-se.js')
) as unknown as ITrainingRegistryWebPartStrings;
const BEFORE = (): Date => new Date('2030-01-15T09:00:00Z');
const noServices = {};
/** Registrations 1..n for session `sessionId` by people 101.. (none of them the viewer). */
const people = (n: number, sessionId = 7): ReturnType<typeof registration>[] =>
  Array.from({ length: n }, (_, i) => registration(i + 1, 101 + i, { sessionId }));
/** The elements drawn as primary buttons (the light controls' `primary` class). */
const primaries = (root: HTMLElement): Element[] =>
  Array.from(root.querySelectorAll('button, a')).filter((e) => /(^| )primary-\d+/.test(e.className));

function list(
  sessions: StoredSession[],
  seats: Map<number, ReturnType<typeof registration>[]>,
  locale = 'en-GB',
  text = strings
): HTMLElement {
  renderWith(noServices, <SessionList sessions={sessions} seats={seats} viewerId={viewer.id} onOpen={jest.fn()} />, locale, text);
  return screen.getByRole('list');
}

describe('session cards', () => {
  test('a card has a date tile, a topic chip, place and online with icons, and seats as a bar with the count in words', () => {
    const ul = list([stored({ capacity: 40 })], new Map([[7, people(37)]]));
    const card = within(ul).getByRole('listitem');
    const tile = card.querySelector('[data-date-tile]') as HTMLElement;
    expect(tile.textContent).toBe('Mar10');
    expect(tile.getAttribute('aria-hidden')).toBe('true');
    expect(within(card).getByText(strings.TopicSocialMedia)).toBeTruthy();
    const place = within(card).getByText('Meeting room Merikatu 2');
    expect(place.querySelector('svg')).not.toBeNull();
    expect(within(card).getByText(strings.OnlineMeeting).querySelector('svg')).not.toBeNull();
    const seats = card.querySelector('[data-seats]') as HTMLElement;
    expect(seats.textContent).toBe('Seats 37 / 40 · 3 free');
    // The bar is drawn to scale and hidden from screen readers: the words say it.
    const bar = seats.querySelector('[aria-hidden="true"] > span') as HTMLElement;
    expect(bar.style.width).toBe('93%');
    // The title is the card's one action: it opens the details.
    expect(within(card).getByRole('button', { name: 'Details and sign-up: Social media basics' }).id).toBe('ddh-training-open-7');
    expect(within(card).getAllByRole('button')).toHaveLength(1);
  });

  test('a full session says "Full · 2 waiting"; with nobody waiting it says how to get in line', () => {
    const ul = list(
      [stored({ id: 7, capacity: 2 }), stored({ id: 8, capacity: 2, title: 'Teams for embassies' })],
      new Map([
        [7, people(4)],
        [8, people(2, 8)]
      ])
    );
    const [full, noQueue] = within(ul).getAllByRole('listitem');
    expect(full.querySelector('[data-seats]')?.textContent).toBe('Full · 2 waiting');
    expect(noQueue.querySelector('[data-seats]')?.textContent).toBe(strings.SeatsFullNoQueue);
  });

  test('seats in Finnish and Swedish, with the plural forms of each', () => {
    const sessions = [
      stored({ id: 7, capacity: 2 }),
      stored({ id: 8, capacity: 3, title: 'B' }),
      stored({ id: 9, capacity: 4, title: 'C' })
    ];
    const seats = new Map([
      [7, people(3)],
      [8, people(2, 8)],
      [9, people(2, 9)]
    ]);
    const fi = list(sessions, seats, 'fi-FI', finnish);
    expect(Array.from(fi.querySelectorAll('[data-seats]')).map((e) => e.textContent)).toEqual([
      'Täynnä · 1 jonossa',
      'Paikkoja 2 / 3 · 1 vapaana',
      'Paikkoja 2 / 4 · 2 vapaana'
    ]);
    document.body.innerHTML = '';
    const sv = list(sessions, seats, 'sv-SE', swedish);
    expect(Array.from(sv.querySelectorAll('[data-seats]')).map((e) => e.textContent)).toEqual([
      'Fullt · 1 i kö',
      'Platser 2 / 3 · 1 ledig',
      'Platser 2 / 4 · 2 lediga'
    ]);
  });

  test('a cancelled session looks cancelled: marked card, a "Cancelled" chip, no seats', () => {
    const ul = list([stored({ cancelled: true })], new Map([[7, people(3)]]));
    const card = within(ul).getByRole('listitem');
    expect(card.hasAttribute('data-cancelled')).toBe(true);
    expect(within(card).getByText(strings.SessionCancelledBadge)).toBeTruthy();
    expect(card.querySelector('[data-seats]')).toBeNull();
  });

  test("a session that is over shows no seats (the admins' past sessions)", () => {
    const over = stored({ start: new Date(Date.now() - 3 * 3600000), end: new Date(Date.now() - 3600000) });
    const ul = list([over], new Map([[7, people(3)]]));
    expect(ul.querySelector('[data-seats]')).toBeNull();
    expect(within(ul).getByRole('button', { name: 'Details and sign-up: Social media basics' })).toBeTruthy();
  });

  test('my own status shows on my card', () => {
    const ul = list([stored({ capacity: 1 })], new Map([[7, [registration(1, 101), registration(2, viewer.id)]]]));
    expect(within(ul).getByText('You are number 1 on the waiting list.')).toBeTruthy();
  });
});

describe('session details', () => {
  const details = (session: StoredSession, registrations: ReturnType<typeof registration>[]): HTMLElement => {
    renderWith(
      { training: { siteKey: 'test' } },
      <SessionDetails
        stored={session}
        registrations={registrations}
        viewer={viewer}
        onChanged={jest.fn().mockResolvedValue(undefined)}
        now={BEFORE}
      />
    );
    return screen.getByRole('article');
  };

  test('the facts are a grid of labelled terms; someone not registered has one primary action, Sign up', () => {
    const article = details(stored(), []);
    const terms = Array.from(article.querySelectorAll('dl dt')).map((e) => e.textContent);
    expect(terms).toEqual([
      strings.FactWhen,
      strings.FieldCapacity,
      strings.FieldPlace,
      strings.FieldOnlineLink,
      strings.FieldAudience,
      strings.FieldDeadline,
      strings.FieldLinkedEvent
    ]);
    expect(article.querySelectorAll('dl dt svg')).toHaveLength(terms.length);
    expect(article.querySelector('dl [data-seats]')?.textContent).toBe('0 / 10 · 10 free');
    expect(primaries(article).map((e) => e.textContent)).toEqual([strings.SignUp]);
    expect(screen.queryByRole('link', { name: /Join the online meeting:/ })).toBeNull();
  });

  test('a seat holder of an online session gets Join as the one primary action, to the stored https link', () => {
    const article = details(stored(), [registration(3, viewer.id)]);
    const join = screen.getByRole('link', { name: 'Join the online meeting: Social media basics' });
    expect(join.getAttribute('href')).toBe('https://teams.example.test/l/meetup-join/abc');
    expect(join.getAttribute('rel')).toBe('noopener noreferrer');
    expect(primaries(article)).toEqual([join]);
    expect(screen.getByRole('button', { name: strings.CancelMine })).toBeTruthy();
  });

  test('no Join for someone waiting, for a cancelled session, or when the stored link is not https', () => {
    details(stored({ capacity: 1 }), [registration(1, 101), registration(2, viewer.id)]);
    expect(screen.queryByRole('link', { name: /Join the online meeting:/ })).toBeNull();
    document.body.innerHTML = '';
    const cancelled = details(stored({ cancelled: true }), [registration(3, viewer.id)]);
    expect(screen.queryByRole('link', { name: /Join the online meeting:/ })).toBeNull();
    expect(cancelled.hasAttribute('data-cancelled')).toBe(true);
    expect(within(cancelled).getAllByText(strings.SessionCancelledBadge).length).toBeGreaterThan(0);
    document.body.innerHTML = '';
    const hostile = details(stored({ onlineMeetingUrl: 'javascript:alert(1)' }), [registration(3, viewer.id)]);
    expect(screen.queryByRole('link', { name: /Join the online meeting:/ })).toBeNull();
    expect(primaries(hostile)).toEqual([]);
  });
});

describe('my trainings', () => {
  const NOW = new Date('2030-03-01T09:00:00Z');
  const item = (id: number, title: string, start: string, extra: { cancelled?: boolean } = {}): MyTraining => {
    const session = stored({ id, title, start: new Date(start), end: new Date(new Date(start).getTime() + 3600000), ...extra });
    const mine = registration(id * 10, viewer.id, { sessionId: id });
    return { registration: mine, session, all: [mine] };
  };

  test('sorted by session date, coming up first; past and cancelled ones apart, latest first', async () => {
    // The data layer pages by sign-up (newest first): the order of the dates is not theirs.
    const items = [
      item(1, 'April follow-up', '2030-04-20T08:00:00Z'),
      item(2, 'January basics', '2030-01-10T08:00:00Z'),
      item(3, 'March kick-off', '2030-03-05T08:00:00Z'),
      item(4, 'February review', '2030-02-10T08:00:00Z'),
      item(5, 'Cancelled in May', '2030-05-01T08:00:00Z', { cancelled: true })
    ];
    const services = { training: { myTrainings: jest.fn().mockResolvedValue({ items }) } };
    renderWith(services, <MyTrainings viewer={viewer} onOpen={jest.fn()} now={() => NOW} />);
    const upcoming = await screen.findByRole('region', { name: strings.MineUpcoming });
    const titles = (region: HTMLElement): string[] =>
      within(region)
        .getAllByRole('heading', { level: 3 })
        .slice(1)
        .map((h) => h.textContent || '');
    expect(titles(upcoming)).toEqual(['March kick-off', 'April follow-up']);
    const past = screen.getByRole('region', { name: strings.MinePast });
    expect(titles(past)).toEqual(['Cancelled in May', 'February review', 'January basics']);
    // A calendar file only for what is still to come.
    expect(within(upcoming).getAllByRole('button', { name: /Add to calendar/ })).toHaveLength(2);
    expect(within(past).queryAllByRole('button', { name: /Add to calendar/ })).toHaveLength(0);
    // Seats matter only for what is still to come.
    expect(upcoming.querySelectorAll('[data-seats]')).toHaveLength(2);
    expect(past.querySelectorAll('[data-seats]')).toHaveLength(0);
    const cancelledCard = within(past).getByText('Cancelled in May').closest('li') as HTMLElement;
    expect(cancelledCard.hasAttribute('data-cancelled')).toBe(true);
  });

  test('with nothing coming up, the past still shows apart', async () => {
    const services = {
      training: { myTrainings: jest.fn().mockResolvedValue({ items: [item(2, 'January basics', '2030-01-10T08:00:00Z')] }) }
    };
    const onOpen = jest.fn();
    renderWith(services, <MyTrainings viewer={viewer} onOpen={onOpen} now={() => NOW} />);
    const upcoming = await screen.findByRole('region', { name: strings.MineUpcoming });
    expect(within(upcoming).getByText(strings.NoSessions)).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: strings.MinePast })).getByText('January basics')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Details and sign-up: January basics' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ session: expect.objectContaining({ id: 2 }) }), expect.any(HTMLElement));
  });
});

describe('filters on the session list', () => {
  test('topic and month are asked of the server; in person / online narrows what came; clearing them reads the plain list', async () => {
    const hybrid = stored({ id: 7, title: 'Hybrid social' });
    const inRoom = stored({ id: 8, title: 'Room only', topic: 'collaborationTools', onlineMeetingUrl: undefined });
    const online = stored({ id: 9, title: 'Online only', topic: 'socialMedia', place: undefined });
    const seats = new Map([
      [7, []],
      [8, []],
      [9, []]
    ]);
    const find = jest.fn().mockResolvedValue({ rows: [hybrid, online] });
    const upcomingWithSeats = jest.fn().mockResolvedValue({ upcoming: { rows: [hybrid, inRoom, online] }, seats });
    const services = fakeAppServices<TrainingAppServices>({
      setup: { status: jest.fn().mockResolvedValue({ state: 'ready', siteVersion: 2, packageVersion: 2, canSetUp: false }) },
      training: {
        firstView: jest
          .fn()
          .mockResolvedValue({ viewer, upcoming: { rows: [hybrid, inRoom, online] }, seats, extraRoundTrips: 0, fallback: [] }),
        upcomingWithSeats,
        sessions: { find },
        registrations: { forSessions: jest.fn().mockResolvedValue(seats) }
      }
    });
    render(<TrainingRegistryApp services={services} common={common} locale="en-GB" theme={workbenchTheme('light')} strings={strings} />);
    const group = await screen.findByRole('group', { name: strings.FiltersLabel });
    const cardTitles = (): string[] =>
      within(screen.getByRole('list', { name: strings.TabSessions }))
        .getAllByRole('heading')
        .map((h) => h.textContent || '');
    expect(cardTitles()).toEqual(['Hybrid social', 'Room only', 'Online only']);

    fireEvent.change(within(group).getByLabelText(strings.FieldTopic), { target: { value: 'socialMedia' } });
    await waitFor(() => expect(cardTitles()).toEqual(['Hybrid social', 'Online only']));
    expect(find).toHaveBeenLastCalledWith(expect.any(Date), { topic: 'socialMedia', month: undefined });

    const monthBox = within(group).getByLabelText(strings.FilterMonth) as HTMLSelectElement;
    const second = monthBox.options[2].value;
    fireEvent.change(monthBox, { target: { value: second } });
    await waitFor(() => expect(find).toHaveBeenCalledTimes(2));
    const [y, m] = second.split('-').map(Number);
    expect(find).toHaveBeenLastCalledWith(expect.any(Date), {
      topic: 'socialMedia',
      month: { from: new Date(y, m - 1, 1), to: new Date(y, m, 1) }
    });

    fireEvent.change(within(group).getByLabelText(strings.FilterMode), { target: { value: 'inPerson' } });
    await waitFor(() => expect(cardTitles()).toEqual(['Hybrid social']));
    fireEvent.change(within(group).getByLabelText(strings.FilterMode), { target: { value: 'online' } });
    await waitFor(() => expect(cardTitles()).toEqual(['Hybrid social', 'Online only']));
    expect(find).toHaveBeenCalledTimes(2);

    find.mockResolvedValueOnce({ rows: [inRoom] });
    fireEvent.change(within(group).getByLabelText(strings.FieldTopic), { target: { value: 'collaborationTools' } });
    await screen.findByText(strings.NoSessionsMatch);

    fireEvent.change(within(group).getByLabelText(strings.FieldTopic), { target: { value: '' } });
    fireEvent.change(within(group).getByLabelText(strings.FilterMonth), { target: { value: '' } });
    fireEvent.change(within(group).getByLabelText(strings.FilterMode), { target: { value: '' } });
    await waitFor(() => expect(cardTitles()).toEqual(['Hybrid social', 'Room only', 'Online only']));
    expect(upcomingWithSeats).toHaveBeenCalled();
  });
});

describe('admin: people with photos, a command bar and attendance for everyone selected', () => {
  test('ticks two people, marks them attended in one go; "everyone with a seat" ticks all who can be marked', async () => {
    const { AdminRegistrations } = await import('../../src/webparts/trainingRegistry/components/AdminRegistrations');
    const session = stored({ capacity: 3 });
    // Three seats taken, one waiting; the session has started, so attendance can be marked.
    const all = [registration(1, 101), registration(2, 102), registration(3, 103), registration(4, 104)];
    const markAttendance = jest.fn().mockResolvedValue(undefined);
    const onChanged = jest.fn().mockResolvedValue(undefined);
    const services = {
      site: { url: 'https://contoso.sharepoint.com/sites/hub' },
      training: { registrations: { markAttendance } }
    };
    renderWith(
      services,
      <AdminRegistrations stored={session} registrations={all} now={new Date('2030-03-10T09:00:00Z')} onChanged={onChanged} />
    );
    const bar = screen.getByRole('toolbar', { name: strings.AdminCommands });
    expect(within(bar).getByRole('button', { name: strings.ExportCsv })).toBeTruthy();
    // Each person with their photo from the site's photo page.
    const photo = screen.getByRole('rowheader', { name: /Person 101/ }).querySelector('img') as HTMLImageElement;
    expect(photo.getAttribute('src')).toBe(
      'https://contoso.sharepoint.com/sites/hub/_layouts/15/userphoto.aspx?size=S&accountname=p101%40contoso.test'
    );
    // Only people with a seat can be ticked (not the one waiting).
    expect(screen.queryByRole('checkbox', { name: 'Select Person 104' })).toBeNull();
    const attended = within(bar).getByRole('button', { name: 'Attended (0)' }) as HTMLButtonElement;
    expect(attended.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Person 101' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Person 103' }));
    fireEvent.click(within(bar).getByRole('button', { name: 'Attended (2)' }));
    await screen.findByText('Attendance saved for 2 people.');
    expect(markAttendance.mock.calls.map(([r, a]) => [r.id, a])).toEqual([
      [1, 'attended'],
      [3, 'attended']
    ]);
    expect(onChanged).toHaveBeenCalledTimes(1);
    // The selection is cleared after saving; "everyone with a seat" ticks the three.
    expect((screen.getByRole('checkbox', { name: 'Select Person 101' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(within(bar).getByRole('checkbox', { name: strings.SelectAllSeats }));
    fireEvent.click(within(bar).getByRole('button', { name: 'Did not attend (3)' }));
    await screen.findByText('Attendance saved for 3 people.');
    expect(markAttendance.mock.calls.slice(2).map(([r, a]) => [r.id, a])).toEqual([
      [1, 'noShow'],
      [2, 'noShow'],
      [3, 'noShow']
    ]);
  });
});

test('admin: an empty section is one line, not a table of headers over nothing', async () => {
  const { AdminRegistrations } = await import('../../src/webparts/trainingRegistry/components/AdminRegistrations');
  const services = { training: { registrations: {} } };
  renderWith(
    services,
    <AdminRegistrations stored={stored()} registrations={[registration(1, 101)]} now={BEFORE()} onChanged={jest.fn()} />
  );
  expect(screen.getAllByRole('table')).toHaveLength(1);
  expect(screen.getByRole('table', { name: 'Seats (1)' })).toBeTruthy();
  expect(screen.getByText('Cancelled (0)').tagName).toBe('P');
});
