import * as React from 'react';
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../data/page';
import * as strings from 'PracticeFeedWebPartStrings';
import { createFeedAppServices } from '../../data/feedAppServices';
import { HubServices } from '../../data/services';
import { HubAppHost, HubWebPartBase, HubWebPartProperties } from '../common/HubWebPartBase';
import { PracticeFeedApp } from './components/PracticeFeedApp';

export default class PracticeFeedWebPart extends HubWebPartBase<HubWebPartProperties> {
  protected createApp(host: HubAppHost): React.ReactElement {
    return React.createElement(PracticeFeedApp, { ...host, strings });
  }

  protected createServices(sp: SPFI, page: PageFacts): HubServices {
    return createFeedAppServices(sp, page);
  }
}
