import * as React from 'react';
import * as strings from 'TrainingRegistryWebPartStrings';
import { HubAppHost, HubWebPart } from '../common/HubWebPart';
import { TrainingRegistryApp } from './components/TrainingRegistryApp';

export default class TrainingRegistryWebPart extends HubWebPart<{}> {
  protected createApp(host: HubAppHost): React.ReactElement {
    return React.createElement(TrainingRegistryApp, { ...host, strings });
  }
}
