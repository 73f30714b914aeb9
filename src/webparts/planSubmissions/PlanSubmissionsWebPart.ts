import * as React from 'react';
import * as strings from 'PlanSubmissionsWebPartStrings';
import { HubAppHost, HubWebPart } from '../common/HubWebPart';
import { PlanSubmissionsApp } from './components/PlanSubmissionsApp';

export default class PlanSubmissionsWebPart extends HubWebPart<{}> {
  protected createApp(host: HubAppHost): React.ReactElement {
    return React.createElement(PlanSubmissionsApp, { ...host, strings });
  }
}
