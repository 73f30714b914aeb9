/** The feed app in jsdom with real @pnp/sp against an emulator site, in English, as a person of that site. */
import * as path from 'path';
import * as React from 'react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { render } from '@testing-library/react';
import { createServices } from '../../src/data/services';
import { workbenchTheme } from '../../src/ui/theme';
import { PracticeFeedApp } from '../../src/webparts/practiceFeed/components/PracticeFeedApp';
import { readLoc } from '../../workbench/loc';
import type { TestSite } from '../support/sp';

// Icons come from the page in SharePoint; here they are not registered, and that is fine.
setIconOptions({ disableWarnings: true });

const root = path.resolve(__dirname, '../..');
export const strings = readLoc(root, 'practiceFeed', 'en-us') as unknown as IPracticeFeedWebPartStrings;
export const common = readLoc(root, 'common', 'en-us') as unknown as IHubCommonStrings;

export function renderApp(site: TestSite, login: string): ReturnType<typeof render> {
  return render(<PracticeFeedApp services={createServices(site.spAs(login))} common={common} locale="en-US" theme={workbenchTheme('light')} strings={strings} />);
}
