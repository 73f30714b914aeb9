/** @jest-environment jsdom */
/**
 * A page owner's settings reach the training app: the topic preset lists that topic's sessions
 * only, and the title is the heading (empty: none). Without them (a Teams personal app) nothing changes.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import type { TrainingAppServices } from '../../src/data/trainingAppServices';
import { workbenchTheme } from '../../src/ui/theme';
import { TrainingRegistryApp, TrainingRegistryAppProps } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { common, stored, strings, viewer } from './ui';
import { fakeAppServices } from '../support/services';

function services(): TrainingAppServices {
  const rows = [
    stored({ id: 7, title: 'Instagram for embassies', topic: 'socialMedia' }),
    stored({ id: 8, title: 'Teams meetings that work', topic: 'onlineMeetings' })
  ];
  const seats = new Map([
    [7, []],
    [8, []]
  ]);
  return fakeAppServices<TrainingAppServices>({
    setup: { status: jest.fn().mockResolvedValue({ state: 'ready', siteVersion: 2, packageVersion: 2, canSetUp: false }) },
    training: {
      firstView: jest.fn().mockResolvedValue({ viewer, upcoming: { rows }, seats, extraRoundTrips: 0, fallback: [] }),
      registrations: { forSessions: jest.fn().mockResolvedValue(seats) }
    }
  });
}

function renderTraining(extra: Partial<TrainingRegistryAppProps> = {}): ReturnType<typeof render> {
  return render(
    <TrainingRegistryApp
      services={services()}
      common={common}
      locale="en-GB"
      theme={workbenchTheme('light')}
      strings={strings}
      {...extra}
    />
  );
}

describe("the training web part's presets", () => {
  test("without properties (a Teams personal app) every topic is listed under the app's name", async () => {
    const view = renderTraining();
    await screen.findByText('Instagram for embassies');
    expect(screen.getByText('Teams meetings that work')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: strings.Title })).toBeTruthy();
    view.unmount();
  });

  test("the topic preset lists that topic's sessions only; an unknown topic lists all", async () => {
    let view = renderTraining({ topic: 'onlineMeetings' });
    await screen.findByText('Teams meetings that work');
    expect(screen.queryByText('Instagram for embassies')).toBeNull();
    view.unmount();
    view = renderTraining({ topic: 'gardening' });
    await screen.findByText('Teams meetings that work');
    expect(screen.getByText('Instagram for embassies')).toBeTruthy();
    view.unmount();
  });

  test('the title is the heading; an empty title shows none', async () => {
    let view = renderTraining({ title: 'Courses this spring' });
    await screen.findByText('Instagram for embassies');
    expect(screen.getByRole('heading', { level: 2, name: 'Courses this spring' })).toBeTruthy();
    view.unmount();
    view = renderTraining({ title: '' });
    await screen.findByText('Instagram for embassies');
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    view.unmount();
  });
});
