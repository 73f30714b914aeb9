import * as React from 'react';
import { SPFI } from '@pnp/sp';
import * as strings from 'TrainingRegistryWebPartStrings';
import { createTrainingAppServices } from '../../data/trainingAppServices';
import { HubServices } from '../../data/services';
import { HubAppHost, HubWebPartBase } from '../common/HubWebPartBase';
import { TrainingRegistryApp } from './components/TrainingRegistryApp';

export default class TrainingRegistryWebPart extends HubWebPartBase<{}> {
  protected createApp(host: HubAppHost): React.ReactElement {
    return React.createElement(TrainingRegistryApp, { ...host, strings });
  }

  protected createServices(sp: SPFI): HubServices {
    return createTrainingAppServices(sp);
  }
}
