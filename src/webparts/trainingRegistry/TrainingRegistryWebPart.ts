import * as React from 'react';
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../data/page';
import * as strings from 'TrainingRegistryWebPartStrings';
import { createTrainingAppServices } from '../../data/trainingAppServices';
import { HubServices } from '../../data/services';
import { HubAppHost, HubWebPartBase, HubWebPartProperties } from '../common/HubWebPartBase';
import { TrainingRegistryApp } from './components/TrainingRegistryApp';

export default class TrainingRegistryWebPart extends HubWebPartBase<HubWebPartProperties> {
  protected createApp(host: HubAppHost): React.ReactElement {
    return React.createElement(TrainingRegistryApp, { ...host, strings });
  }

  protected createServices(sp: SPFI, page: PageFacts): HubServices {
    return createTrainingAppServices(sp, page);
  }
}
