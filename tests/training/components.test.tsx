/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { SessionTime } from '../../src/webparts/trainingRegistry/components/SessionTime';
import { SessionDetails } from '../../src/webparts/trainingRegistry/components/SessionDetails';
import { SessionForm } from '../../src/webparts/trainingRegistry/components/SessionForm';
import { TrainingRegistryApp } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { workbenchTheme } from '../../src/ui/theme';
import { common, finnish, registration, renderWith, stored, strings, viewer } from './ui';
import type { TrainingAppServices } from '../../src/data/trainingAppServices';
import { fakeAppServices } from '../support/services';

const BEFORE = () => new Date('2030-01-15T09:00:00Z');
/** The text of the component's own aria-live region (Fluent's MessageBar has role=status inside it too). */
const liveText = (): string => (document.querySelector('.ddh-live') as HTMLElement).textContent || '';

describe('session time in two zones', () => {
  // 29 March 2026: Europe moves to summer time at 01:00 UTC; 5 April: Canberra leaves it.
  const start = new Date('2026-03-29T07:00:00Z');
  const end = new Date('2026-03-29T09:30:00Z');

  test.each([
    ['Asia/Tokyo', '16:00', /(GMT|UTC)\+9\b/],
    ['America/New_York', ' 3:00', /(GMT|UTC)-4\b/],
    ['Australia/Canberra', '18:00', /(GMT|UTC)\+11\b/]
  ])('a viewer in %s sees their own time and Helsinki time (EEST, after the change)', (zone, local, offset) => {
    renderWith({}, <SessionTime start={start} end={end} timeZone={zone} />);
    const yours = screen.getByText(/Your time/).parentElement as HTMLElement;
    const helsinki = screen.getByText(/Helsinki time/).parentElement as HTMLElement;
    expect(yours.textContent).toContain(local);
    expect(yours.textContent).toMatch(offset);
    expect(helsinki.textContent).toMatch(/10:00.*12:30/);
    expect(helsinki.textContent).toContain('UTC+3');
  });

  test('in Helsinki there is one line, labelled Helsinki time; a week earlier it is UTC+2', () => {
    renderWith(
      {},
      <SessionTime start={new Date('2026-03-22T07:00:00Z')} end={new Date('2026-03-22T09:00:00Z')} timeZone="Europe/Helsinki" />
    );
    expect(screen.queryByText(/Your time/)).toBeNull();
    const line = screen.getByText(/Helsinki time/).parentElement as HTMLElement;
    expect(line.textContent).toMatch(/ 9:00.11:00/);
    expect(line.textContent).toContain('UTC+2');
  });
});

describe('session details', () => {
  test('signing up when full announces the waiting-list place in a live region', async () => {
    const session = stored({ capacity: 1 });
    const all = [registration(1, 1)];
    const signUp = jest
      .fn()
      .mockResolvedValue({ outcome: 'signedUp', registration: registration(2, viewer.id), status: { code: 'waiting', position: 1 } });
    const services = { training: { registrations: { signUp } } };
    const onChanged = jest.fn().mockResolvedValue(undefined);
    renderWith(services, <SessionDetails stored={session} registrations={all} viewer={viewer} onChanged={onChanged} now={BEFORE} />);
    expect(document.activeElement?.id).toBe('ddh-session-heading');
    expect(screen.getByText(strings.SeatsFullNoQueue)).toBeTruthy();
    expect(screen.queryByText(strings.JoinOnline)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: strings.JoinWaitingList }));
    await waitFor(() => expect(liveText()).toContain('You are number 1 on the waiting list'));
    expect(signUp).toHaveBeenCalledWith(session, viewer, '', expect.any(Date));
    expect(onChanged).toHaveBeenCalled();
  });

  test('with a cancelled registration the person sees it, and signing up again is offered and works', async () => {
    const signUp = jest
      .fn()
      .mockResolvedValue({ outcome: 'signedUp', registration: registration(9, viewer.id), status: { code: 'confirmed' } });
    const services = { training: { registrations: { signUp } } };
    const cancelled = registration(4, viewer.id, { cancelled: true, cancelledAt: new Date('2030-01-02T08:00:00Z') });
    renderWith(
      services,
      <SessionDetails
        stored={stored()}
        registrations={[cancelled]}
        viewer={viewer}
        onChanged={jest.fn().mockResolvedValue(undefined)}
        now={BEFORE}
      />
    );
    expect(screen.getByText(strings.StatusCancelled)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: strings.SignUp }));
    await waitFor(() => expect(liveText()).toContain(strings.SignedUpSeat));
  });

  test('"already registered" is an answer, not an error page', async () => {
    const signUp = jest.fn().mockResolvedValue({ outcome: 'alreadyRegistered', status: { code: 'confirmed' } });
    const services = { training: { registrations: { signUp } } };
    renderWith(
      services,
      <SessionDetails
        stored={stored()}
        registrations={[]}
        viewer={viewer}
        onChanged={jest.fn().mockResolvedValue(undefined)}
        now={BEFORE}
      />
    );
    fireEvent.click(screen.getByRole('button', { name: strings.SignUp }));
    await waitFor(() => expect(liveText()).toContain(strings.AlreadyRegistered));
  });

  test('the online link shows only to a seat holder; cancelling asks first', async () => {
    const cancel = jest.fn().mockResolvedValue({ outcome: 'cancelled' });
    const services = { training: { registrations: { cancel } } };
    const mine = registration(3, viewer.id);
    renderWith(
      services,
      <SessionDetails
        stored={stored()}
        registrations={[mine]}
        viewer={viewer}
        onChanged={jest.fn().mockResolvedValue(undefined)}
        now={BEFORE}
      />
    );
    expect(screen.getByText(strings.JoinOnline).closest('a')?.getAttribute('href')).toBe('https://teams.example.test/l/meetup-join/abc');
    expect(screen.getByText(strings.StatusConfirmed)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: strings.CancelMine }));
    expect(cancel).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: strings.ConfirmYes }));
    await waitFor(() => expect(liveText()).toContain(strings.CancelledMine));
  });
});

describe('session form', () => {
  const admin = { ...viewer, isAdmin: true };

  test('bad input gets a translated message per field, and nothing is sent', async () => {
    const create = jest.fn();
    renderWith({ training: { sessions: { create } } }, <SessionForm viewer={admin} onSaved={jest.fn()} />, 'fi-FI', finnish);
    fireEvent.change(screen.getByLabelText(new RegExp(finnish.FieldCapacity)), { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText(new RegExp(finnish.FieldOnlineLink)), { target: { value: 'http://x.test' } });
    fireEvent.click(screen.getByRole('button', { name: finnish.Save }));
    await screen.findByText(finnish.FixErrors);
    for (const text of [
      finnish.IssueTitleRequired,
      finnish.IssueStartInvalid,
      finnish.IssueCapacityTooSmall,
      finnish.IssueOnlineLinkNotHttps
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(create).not.toHaveBeenCalled();
  });

  test.each([
    ['throttled (429)', Object.assign(new Error('busy'), { status: 429 }), common.ErrorThrottled],
    ['unavailable (503)', Object.assign(new Error('busy'), { status: 503 }), common.ErrorThrottled],
    ['a dropped connection', new TypeError('fetch failed'), common.ErrorOffline]
  ])('what the admin typed survives a failed save: %s; a retry sends it', async (_, failure, message) => {
    const create = jest
      .fn()
      .mockRejectedValueOnce(failure)
      .mockResolvedValueOnce(stored({ id: 99 }));
    const onSaved = jest.fn();
    renderWith({ training: { sessions: { create } } }, <SessionForm viewer={admin} onSaved={onSaved} />);
    const type = (label: string, value: string): void => {
      fireEvent.change(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } });
    };
    type(strings.FieldTitle, 'Crisis communication');
    type(strings.FieldStart, '2031-05-04T10:00');
    type(strings.FieldEnd, '2031-05-04T12:00');
    type(strings.FieldPlace, 'Helsinki, room 1');
    fireEvent.click(screen.getByRole('button', { name: strings.Save }));
    await screen.findByText(message);
    expect((screen.getByLabelText(new RegExp(`^${strings.FieldTitle}`)) as HTMLInputElement).value).toBe('Crisis communication');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(create).toHaveBeenCalledTimes(2);
    expect(create.mock.calls[1][0]).toMatchObject({ title: 'Crisis communication', place: 'Helsinki, room 1', capacity: 20 });
  });
});

test("the organiser is chosen from the site's users with the keyboard, confirmed with ensureUser, and saved", async () => {
  const olga = { id: 31, title: 'Olga Oksanen', email: 'olga@contoso.test', loginName: 'i:0#.f|membership|olga@contoso.test' };
  const search = jest.fn().mockResolvedValue([olga]);
  const ensure = jest.fn().mockResolvedValue(olga);
  const create = jest.fn().mockResolvedValue(stored({ id: 98 }));
  renderWith(
    { training: { sessions: { create }, people: { search, ensure } } },
    <SessionForm viewer={{ ...viewer, isAdmin: true }} onSaved={jest.fn()} />,
    'fi-FI',
    finnish
  );
  // A labelled, described group; the creating admin is the default organiser.
  const group = screen.getByRole('group', { name: finnish.FieldOrganiser });
  expect(group.getAttribute('aria-describedby')).toBe('ddh-organiser-hint');
  expect(screen.getByText(finnish.OrganiserHint)).toBeTruthy();
  expect(screen.getAllByText(viewer.title).length).toBeGreaterThan(0);
  // The chosen person's remove button clears; the search field (a labelled combobox) comes back.
  fireEvent.click(screen.getByRole('button', { name: `${finnish.OrganiserRemove} ${viewer.title}` }));
  const input = (await screen.findByRole('combobox', { name: finnish.FieldOrganiser })) as HTMLInputElement;
  expect(screen.queryByText(viewer.title)).toBeNull();
  // Typing searches; Enter picks the first suggestion.
  input.focus();
  fireEvent.input(input, { target: { value: 'Olg' } });
  await waitFor(() => expect(search).toHaveBeenCalledWith('Olg'), { timeout: 2000 });
  await screen.findByText(finnish.OrganiserSuggestions);
  fireEvent.keyDown(input, { key: 'Enter', which: 13, keyCode: 13 });
  await waitFor(() => expect(ensure).toHaveBeenCalledWith(olga.loginName));
  await waitFor(() => expect(screen.getAllByText('Olga Oksanen').length).toBeGreaterThan(0));

  const type = (label: string, value: string): void => {
    fireEvent.change(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } });
  };
  type(finnish.FieldTitle, 'Kriisiviestintä');
  type(finnish.FieldStart, '2031-05-04T10:00');
  type(finnish.FieldEnd, '2031-05-04T12:00');
  type(finnish.FieldPlace, 'Helsinki');
  fireEvent.click(screen.getByRole('button', { name: finnish.Save }));
  await waitFor(() => expect(create).toHaveBeenCalled());
  expect(create.mock.calls[0][0].organiser).toEqual({ id: 31, name: 'Olga Oksanen', email: 'olga@contoso.test' });
});

test('an edit refused with 412 keeps the text and offers to save over the other change', async () => {
  const conflict = Object.assign(new Error('stale'), { status: 412 });
  const update = jest.fn().mockRejectedValueOnce(conflict).mockResolvedValueOnce(stored());
  const get = jest.fn().mockResolvedValue({ ...stored(), etag: '"5"' });
  renderWith(
    { training: { sessions: { update, get } } },
    <SessionForm initial={stored()} viewer={{ ...viewer, isAdmin: true }} onSaved={jest.fn()} />
  );
  fireEvent.change(screen.getByLabelText(new RegExp(`^${strings.FieldTitle}`)), { target: { value: 'Renamed' } });
  fireEvent.click(screen.getByRole('button', { name: strings.Save }));
  await screen.findByText(common.ErrorConflict);
  expect((screen.getByLabelText(new RegExp(`^${strings.FieldTitle}`)) as HTMLInputElement).value).toBe('Renamed');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: strings.TakeLatest }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: strings.Save }));
  });
  await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
  expect(update.mock.calls[1][1]).toBe('"5"');
  expect(update.mock.calls[1][0]).toMatchObject({ title: 'Renamed' });
});

describe('the app', () => {
  test('first view: sessions with seats in words from the one first read, and the admin gets "New session"', async () => {
    const session = stored({ capacity: 2 });
    const seats = [registration(1, 1), registration(2, viewer.id), registration(3, 3)];
    const forSessions = jest.fn().mockResolvedValue(new Map([[7, seats]]));
    const services = fakeAppServices<TrainingAppServices>({
      setup: { status: jest.fn().mockResolvedValue({ state: 'ready', siteVersion: 2, packageVersion: 2, canSetUp: false }) },
      training: {
        firstView: jest.fn().mockResolvedValue({
          viewer: { ...viewer, isAdmin: true },
          upcoming: { rows: [session] },
          seats: new Map([[7, seats]]),
          extraRoundTrips: 0,
          fallback: []
        }),
        registrations: { forSessions }
      }
    });
    const { render } = await import('@testing-library/react');
    render(<TrainingRegistryApp services={services} common={common} locale="en-GB" theme={workbenchTheme('light')} strings={strings} />);
    await screen.findByText('Social media basics');
    await screen.findByText('Full · 1 waiting');
    expect(screen.getByText(strings.StatusConfirmed)).toBeTruthy();
    // Nothing more was read for the first screen.
    expect(forSessions).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: strings.NewSession })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Details and sign-up: Social media basics' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('ddh-session-heading'));
    // The admin table comes in a chunk of its own (lazy), so it appears a moment later.
    expect(await screen.findByText(strings.AdminRegistrations)).toBeTruthy();
  });
});
