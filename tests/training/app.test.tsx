/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TrainingRegistryApp } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { workbenchTheme } from '../../src/ui/theme';
import type { TrainingAppServices } from '../../src/data/trainingAppServices';
import { OrganiserPicker } from '../../src/webparts/trainingRegistry/components/OrganiserPicker';
import { common, registration, renderWith, stored, strings, viewer } from './ui';
import { fakeAppServices } from '../support/services';
import { startEarly, takeEarly } from '../../src/data/earlyRead';
import { trainingFirstRead } from '../../src/data/trainingAppServices';

/** Stub services around one upcoming session (id 7) with one registration of the viewer. */
function servicesFor(isAdmin: boolean): { services: TrainingAppServices; training: Record<string, jest.Mock | Record<string, jest.Mock>> } {
  const upcoming = stored({ title: 'Upcoming session' });
  const past = stored({ id: 8, title: 'Past session' });
  const seats = new Map([[7, [registration(1, viewer.id)]]]);
  const training = {
    firstView: jest
      .fn()
      .mockResolvedValue({ viewer: { ...viewer, isAdmin }, upcoming: { rows: [upcoming] }, seats, extraRoundTrips: 0, fallback: [] }),
    upcomingWithSeats: jest.fn().mockResolvedValue({ upcoming: { rows: [upcoming] }, seats, extraRoundTrips: 0, fallback: [] }),
    myTrainings: jest.fn().mockResolvedValue({
      items: [
        { registration: registration(1, viewer.id), session: stored({ title: 'Mine: signed up' }), all: [registration(1, viewer.id)] }
      ]
    }),
    sessions: { between: jest.fn().mockResolvedValue({ rows: [past] }) },
    registrations: {
      forSessions: jest.fn().mockResolvedValue(
        new Map([
          [8, []],
          [7, [registration(1, viewer.id)]]
        ])
      )
    }
  };
  const services = fakeAppServices<TrainingAppServices>({
    setup: { status: jest.fn().mockResolvedValue({ state: 'ready', siteVersion: 2, packageVersion: 2, canSetUp: false }) },
    training
  });
  return { services, training };
}

function renderApp(services: TrainingAppServices): void {
  render(<TrainingRegistryApp services={services} common={common} locale="en-GB" theme={workbenchTheme('light')} strings={strings} />);
}

describe("the training app's tabs (plain HTML tabs: arrow keys, Home, End)", () => {
  test('each tab reads its content when shown; the first view is not read again on start', async () => {
    const { services, training } = servicesFor(true);
    renderApp(services);
    await screen.findByText('Upcoming session');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([strings.TabSessions, strings.TabMine, strings.TabPast]);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    expect(training.upcomingWithSeats).not.toHaveBeenCalled();

    // Keyboard: → moves to "My trainings", which reads the viewer's registrations (its own chunk).
    tabs[0].focus();
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    await screen.findByText('Mine: signed up');
    expect(document.activeElement).toBe(screen.getAllByRole('tab')[1]);
    expect(training.myTrainings).toHaveBeenCalledWith(viewer.id);

    // End: the admin's "Past" tab reads the last year's sessions.
    fireEvent.keyDown(screen.getAllByRole('tab')[1], { key: 'End' });
    await screen.findByText('Past session');
    expect((training.sessions as Record<string, jest.Mock>).between).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: strings.NewSession })).toBeNull();

    // Home: back to the upcoming sessions, read again (seats may have changed meanwhile).
    fireEvent.keyDown(screen.getAllByRole('tab')[2], { key: 'Home' });
    await screen.findByText('Upcoming session');
    await waitFor(() => expect(training.upcomingWithSeats).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('button', { name: strings.NewSession })).toBeTruthy();
  });

  test('staff have no "Past" tab; choosing the tab shown goes from the details back to its list', async () => {
    const { services } = servicesFor(false);
    renderApp(services);
    await screen.findByText('Upcoming session');
    expect(screen.getAllByRole('tab')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: strings.NewSession })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Details and sign-up: Upcoming session' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('ddh-session-heading'));
    await act(async () => {
      fireEvent.click(screen.getAllByRole('tab')[0]);
    });
    expect(screen.queryByRole('heading', { name: 'Upcoming session', level: 3 })).toBeTruthy();
    expect(document.getElementById('ddh-session-heading')).toBeNull();
    expect(screen.getByRole('button', { name: 'Details and sign-up: Upcoming session' })).toBeTruthy();
  });

  test('a failed first view shows the translated problem with "Try again", which reads again', async () => {
    const { services, training } = servicesFor(false);
    (training.firstView as jest.Mock)
      .mockReset()
      .mockRejectedValueOnce(Object.assign(new Error('busy'), { status: 429 }))
      .mockResolvedValueOnce({
        viewer,
        upcoming: { rows: [stored({ title: 'Upcoming session' })] },
        seats: new Map(),
        extraRoundTrips: 0,
        fallback: []
      });
    renderApp(services);
    expect((await screen.findByRole('alert')).textContent).toContain(common.ErrorThrottled);
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    await screen.findByText('Upcoming session');
    expect(training.firstView).toHaveBeenCalledTimes(2);
  });
});

describe('the organiser picker (ARIA combobox)', () => {
  const people = [
    { id: 31, title: 'Olga Oksanen', email: 'olga@contoso.test', loginName: 'i:0#.f|membership|olga@contoso.test' },
    { id: 32, title: 'Olli Ojala', email: 'olli@contoso.test', loginName: 'i:0#.f|membership|olli@contoso.test' }
  ];

  test('↓ moves the active option, Enter picks it and the remove button takes the focus; Escape closes the list', async () => {
    const search = jest.fn().mockResolvedValue(people);
    const ensure = jest.fn().mockImplementation((login: string) => Promise.resolve(people.find((p) => p.loginName === login)));
    const onChange = jest.fn();
    const services = { training: { people: { search, ensure } } };
    function Host(): JSX.Element {
      const [value, setValue] = React.useState<{ id: number; name: string; email?: string } | undefined>();
      return (
        <OrganiserPicker
          value={value}
          onChange={(v) => {
            onChange(v);
            setValue(v);
          }}
        />
      );
    }
    renderWith(services, <Host />);
    const input = screen.getByRole('combobox', { name: strings.FieldOrganiser }) as HTMLInputElement;
    expect(input.getAttribute('aria-expanded')).toBe('false');
    input.focus();
    fireEvent.change(input, { target: { value: 'Ol' } });
    const list = await screen.findByRole('listbox', { name: strings.OrganiserSuggestionsLabel });
    expect(search).toHaveBeenCalledWith('Ol');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.change(input, { target: { value: 'Oll' } });
    await screen.findByRole('listbox');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1].id);
    expect(screen.getAllByRole('option')[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ id: 32, name: 'Olli Ojala', email: 'olli@contoso.test' }));
    expect(ensure).toHaveBeenCalledWith(people[1].loginName);
    const remove = await screen.findByRole('button', { name: `${strings.OrganiserRemove} Olli Ojala` });
    await waitFor(() => expect(document.activeElement).toBe(remove));
    expect(list.isConnected).toBe(false);
  });
});

describe("the first view's read started early (src/data/earlyRead.ts)", () => {
  test('the app takes the read its web part started before rendering, once; a retry reads anew', async () => {
    const { services, training } = servicesFor(false);
    const started = trainingFirstRead(services);
    startEarly(services, () => started);
    startEarly(services, () => trainingFirstRead(services)); // a second start changes nothing
    expect(training.firstView).toHaveBeenCalledTimes(1);
    renderApp(services);
    await screen.findByText('Upcoming session');
    expect(training.firstView).toHaveBeenCalledTimes(1);
    // Handed over once: the next read for the same services asks SharePoint again.
    await takeEarly(services, () => trainingFirstRead(services));
    expect(training.firstView).toHaveBeenCalledTimes(2);
  });

  test('a failed early read shows its problem and Try again reads anew', async () => {
    const { services, training } = servicesFor(false);
    const first = training.firstView as jest.Mock;
    const answer = await first();
    first.mockClear();
    first.mockRejectedValueOnce(Object.assign(new Error('offline'), { status: 503 })).mockResolvedValue(answer);
    startEarly(services, () => trainingFirstRead(services));
    renderApp(services);
    fireEvent.click(await screen.findByRole('button', { name: common.Retry }));
    await screen.findByText('Upcoming session');
    expect(first).toHaveBeenCalledTimes(2);
  });
});
