/** Rendering helpers for the training components: the real frame and strings, stub services. */
import * as path from 'path';
import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { HubApp } from '../../src/ui/HubApp';
import { workbenchTheme } from '../../src/ui/theme';
import type { TrainingAppServices } from '../../src/data/trainingAppServices';
import { NavigationProvider, TextProvider } from '../../src/webparts/trainingRegistry/components/text';
import { StoredRegistration, StoredSession, TrainingViewer } from '../../src/data/training';
import { readLocFile } from '../../workbench/loc';
import { baseSession } from './site';
import { Fake, fakeAppServices } from '../support/services';

const root = path.resolve(__dirname, '../..');
export const strings = readLocFile(
  path.join(root, 'src/webparts/trainingRegistry/loc/en-us.js')
) as unknown as ITrainingRegistryWebPartStrings;
export const finnish = readLocFile(
  path.join(root, 'src/webparts/trainingRegistry/loc/fi-fi.js')
) as unknown as ITrainingRegistryWebPartStrings;
export const common = readLocFile(path.join(root, 'src/ui/loc/en-us.js')) as unknown as IHubCommonStrings;

/** `services`: what the element reaches of the training app's services (a fake or real ones). */
export function renderWith(
  services: Fake<TrainingAppServices>,
  element: React.ReactElement,
  locale = 'en-GB',
  text = strings
): RenderResult {
  return render(
    <HubApp
      services={fakeAppServices<TrainingAppServices>(services)}
      common={common}
      locale={locale}
      theme={workbenchTheme('light')}
      label="test"
    >
      <TextProvider value={text}>
        <NavigationProvider value={() => undefined}>{element}</NavigationProvider>
      </TextProvider>
    </HubApp>
  );
}

export const viewer: TrainingViewer = {
  id: 50,
  title: 'Viewer Person',
  email: 'viewer@contoso.test',
  loginName: 'i:0#.f|membership|viewer@contoso.test',
  isAdmin: false
};

export function stored(overrides: Parameters<typeof baseSession>[0] = {}): StoredSession {
  return { session: baseSession({ id: 7, ...overrides }), etag: '"1"', attachments: [] };
}

export function registration(id: number, personId: number, extra: Partial<StoredRegistration> = {}): StoredRegistration {
  return {
    id,
    sessionId: 7,
    person: { id: personId, name: `Person ${personId}`, email: `p${personId}@contoso.test` },
    registeredAt: new Date(Date.UTC(2030, 0, 1, 8, id)),
    cancelled: false,
    etag: '"1"',
    authorId: personId,
    ...extra
  };
}
