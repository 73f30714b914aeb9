/** Rendering plan components in jsdom with the real loc strings and fake services. */
import * as React from 'react';
import * as path from 'path';
import { render, RenderResult } from '@testing-library/react';
import type { PlanAppServices } from '../../src/data/planAppServices';
import { HubApp } from '../../src/ui/HubApp';
import { workbenchTheme } from '../../src/ui/theme';
import { NavigationProvider, TextProvider } from '../../src/webparts/planSubmissions/components/text';
import { readLoc } from '../../workbench/loc';
import { fakeAppServices } from '../support/services';

const root = path.resolve(__dirname, '../..');
export const strings = readLoc(root, 'planSubmissions', 'en-us') as unknown as IPlanSubmissionsWebPartStrings;
export const common = readLoc(root, 'common', 'en-us') as unknown as IHubCommonStrings;

export interface FakeRepository {
  create: jest.Mock;
  saveDraft: jest.Mock;
  load: jest.Mock;
  submit: jest.Mock;
  overview: jest.Mock;
}

export function fakeServices(repository: Partial<FakeRepository>): PlanAppServices {
  return fakeAppServices<PlanAppServices>({
    plans: {
      repository: { create: jest.fn(), saveDraft: jest.fn(), load: jest.fn(), submit: jest.fn(), overview: jest.fn(), ...repository },
      people: { search: jest.fn().mockResolvedValue([]), ensure: jest.fn() }
    }
  });
}

/** A plans component in the hub's frame with the plans' strings; the views it asks to go to are not followed. */
export function renderInHub(services: PlanAppServices, element: React.ReactElement): RenderResult {
  return render(
    <HubApp services={services} common={common} locale="en-GB" theme={workbenchTheme('light')} label="test">
      <TextProvider value={strings}>
        <NavigationProvider value={() => undefined}>{element}</NavigationProvider>
      </TextProvider>
    </HubApp>
  );
}

/** An error shaped like PnPjs's HttpRequestError. */
export function httpError(status: number): Error {
  return Object.assign(new Error(`HTTP ${status}`), { status, isHttpRequestError: true });
}
