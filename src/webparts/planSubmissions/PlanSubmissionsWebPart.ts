import * as React from 'react';
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../data/page';
import * as strings from 'PlanSubmissionsWebPartStrings';
import { createPlanAppServices } from '../../data/planAppServices';
import { HubServices } from '../../data/services';
import { HubAppHost, HubWebPartBase, HubWebPartProperties } from '../common/HubWebPartBase';
import { PlanSubmissionsApp } from './components/PlanSubmissionsApp';

export default class PlanSubmissionsWebPart extends HubWebPartBase<HubWebPartProperties> {
  protected createApp(host: HubAppHost): React.ReactElement {
    return React.createElement(PlanSubmissionsApp, { ...host, strings });
  }

  protected createServices(sp: SPFI, page: PageFacts): HubServices {
    return createPlanAppServices(sp, page);
  }
}
