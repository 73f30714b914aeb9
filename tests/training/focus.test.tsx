/** @jest-environment jsdom */
/**
 * Focus after the training views change (cancelling one's registration, back to the list) and the
 * sign-up's unit kept in the browser across a reload (issue #7).
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SessionDetails } from '../../src/webparts/trainingRegistry/components/SessionDetails';
import { unitCopyKey } from '../../src/webparts/trainingRegistry/components/hooks/useRegistration';
import { TrainingRegistryApp } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { workbenchTheme } from '../../src/ui/theme';
import { common, registration, renderWith, stored, strings, viewer } from './ui';
import type { TrainingAppServices } from '../../src/data/trainingAppServices';
import { fakeAppServices } from '../support/services';

const BEFORE = (): Date => new Date('2030-01-15T09:00:00Z');
const SITE = 'https://contoso.test/sites/hub';

afterEach(() => window.localStorage.clear());

test('after "Yes, cancel it" focus is on the status message that announces it; after "No" on "Cancel my registration"', async () => {
  const cancel = jest.fn().mockResolvedValue({ outcome: 'cancelled' });
  const services = { training: { siteKey: SITE, registrations: { cancel } } };
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
  fireEvent.click(screen.getByRole('button', { name: strings.CancelMine }));
  fireEvent.click(screen.getByRole('button', { name: strings.ConfirmNo }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: strings.CancelMine })));
  fireEvent.click(screen.getByRole('button', { name: strings.CancelMine }));
  fireEvent.click(screen.getByRole('button', { name: strings.ConfirmYes }));
  const status = document.getElementById('ddh-session-status') as HTMLElement;
  await waitFor(() => expect(status.textContent).toContain(strings.CancelledMine));
  expect(status.getAttribute('role')).toBe('status');
  expect(document.activeElement).toBe(status);
});

test('the unit typed survives a failed sign-up and a reload, is offered back, and once signed up starts the next sign-up as the last unit used', async () => {
  const signUp = jest
    .fn()
    .mockRejectedValueOnce(new TypeError('Failed to fetch'))
    .mockResolvedValue({ outcome: 'signedUp', registration: registration(2, viewer.id), status: { code: 'confirmed' } });
  const services = { training: { siteKey: SITE, registrations: { signUp } } };
  const details = (): React.ReactElement => (
    <SessionDetails stored={stored()} registrations={[]} viewer={viewer} onChanged={jest.fn().mockResolvedValue(undefined)} now={BEFORE} />
  );
  const first = renderWith(services, details());
  fireEvent.change(screen.getByRole('combobox', { name: strings.FieldUnit }), { target: { value: 'Department for Europe' } });
  fireEvent.click(screen.getByRole('button', { name: strings.SignUp }));
  await waitFor(() => expect(signUp).toHaveBeenCalledTimes(1));
  await waitFor(() => expect(screen.getByRole('button', { name: strings.SignUp })).not.toHaveProperty('disabled', true));
  expect((screen.getByRole('combobox', { name: strings.FieldUnit }) as HTMLInputElement).value).toBe('Department for Europe');
  first.unmount();

  // "Reload": the details open again with the unit offered back.
  const second = renderWith(services, details());
  expect(screen.getByText(strings.UnitRestored, { exact: false })).toBeTruthy();
  expect((screen.getByRole('combobox', { name: strings.FieldUnit }) as HTMLInputElement).value).toBe('Department for Europe');
  fireEvent.click(screen.getByRole('button', { name: strings.SignUp }));
  await waitFor(() => expect(signUp).toHaveBeenCalledTimes(2));
  expect(signUp.mock.calls[1][2]).toBe('Department for Europe');
  await waitFor(() => expect(window.localStorage.getItem(unitCopyKey(SITE, 7, viewer.id))).toBeNull());
  expect(screen.queryByText(strings.UnitRestored, { exact: false })).toBeNull();
  second.unmount();

  // The kept copy is gone; the next sign-up starts with the unit this person last used (a mission picker).
  renderWith(services, details());
  expect(screen.queryByText(strings.UnitRestored, { exact: false })).toBeNull();
  expect((screen.getByRole('combobox', { name: strings.FieldUnit }) as HTMLInputElement).value).toBe('Department for Europe');
});

test('"Back" returns focus to the Details button of the session, in the list that rendered again', async () => {
  const session = stored();
  const seats = [registration(1, 1)];
  const services = fakeAppServices<TrainingAppServices>({
    setup: { status: jest.fn().mockResolvedValue({ state: 'ready', siteVersion: 2, packageVersion: 2, canSetUp: false }) },
    training: {
      siteKey: SITE,
      firstView: jest
        .fn()
        .mockResolvedValue({ viewer, upcoming: { rows: [session] }, seats: new Map([[7, seats]]), extraRoundTrips: 0, fallback: [] }),
      registrations: { forSessions: jest.fn().mockResolvedValue(new Map([[7, seats]])) }
    }
  });
  render(<TrainingRegistryApp services={services} common={common} locale="en-GB" theme={workbenchTheme('light')} strings={strings} />);
  const name = 'Details and sign-up: Social media basics';
  fireEvent.click(await screen.findByRole('button', { name }));
  await waitFor(() => expect(document.activeElement?.id).toBe('ddh-session-heading'));
  fireEvent.click(screen.getByRole('button', { name: strings.Back }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name })));
});

test('an admin cancelling a session: after "No" focus is back on "Cancel session", after "Yes" on the status that says it is done', async () => {
  const cancelSession = jest.fn().mockResolvedValue(undefined);
  const services = { training: { siteKey: SITE, sessions: { cancel: cancelSession } } };
  const admin = { ...viewer, isAdmin: true };
  // The app reloads the session after the change: now cancelled.
  function Host(): JSX.Element {
    const [session, setSession] = React.useState(stored());
    const reload = async (): Promise<undefined> => {
      setSession((s) => ({ ...s, session: { ...s.session, cancelled: true } }));
      return undefined;
    };
    return <SessionDetails stored={session} registrations={[]} viewer={admin} onChanged={reload} now={BEFORE} />;
  }
  renderWith(services, <Host />);
  fireEvent.click(screen.getByRole('button', { name: strings.CancelSession }));
  fireEvent.click(screen.getByRole('button', { name: strings.ConfirmNo }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: strings.CancelSession })));
  fireEvent.click(screen.getByRole('button', { name: strings.CancelSession }));
  fireEvent.click(screen.getByRole('button', { name: strings.ConfirmCancelSessionYes }));
  await waitFor(() => expect(cancelSession).toHaveBeenCalledTimes(1));
  const status = (): HTMLElement => document.getElementById('ddh-training-cancel-session-status') as HTMLElement;
  await waitFor(() => expect(status().textContent).toContain(strings.SessionCancelledDone));
  expect(document.activeElement).toBe(status());
});
