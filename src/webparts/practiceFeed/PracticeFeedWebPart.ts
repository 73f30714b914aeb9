import * as React from 'react';
import { SPFI } from '@pnp/sp';
import * as strings from 'PracticeFeedWebPartStrings';
import { createFeedAppServices } from '../../data/feedAppServices';
import { HubServices } from '../../data/services';
import { HubAppHost, HubWebPartBase } from '../common/HubWebPartBase';
import { PracticeFeedApp } from './components/PracticeFeedApp';

export default class PracticeFeedWebPart extends HubWebPartBase<{}> {
  protected createApp(host: HubAppHost): React.ReactElement {
    return React.createElement(PracticeFeedApp, { ...host, strings });
  }

  protected createServices(sp: SPFI): HubServices {
    return createFeedAppServices(sp);
  }
}
