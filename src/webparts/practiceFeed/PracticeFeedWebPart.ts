import * as React from 'react';
import * as strings from 'PracticeFeedWebPartStrings';
import { HubAppHost, HubWebPart } from '../common/HubWebPart';
import { PracticeFeedApp } from './components/PracticeFeedApp';

export default class PracticeFeedWebPart extends HubWebPart<{}> {
  protected createApp(host: HubAppHost): React.ReactElement {
    return React.createElement(PracticeFeedApp, { ...host, strings });
  }
}
