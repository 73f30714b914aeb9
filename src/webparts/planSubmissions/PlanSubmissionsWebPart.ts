import * as React from 'react';
import { IPropertyPaneField, PropertyPaneDropdown, PropertyPaneLabel } from '@microsoft/sp-property-pane';
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../data/page';
import * as strings from 'PlanSubmissionsWebPartStrings';
import { createPlanAppServices, planFirstRead, PlanAppServices } from '../../data/planAppServices';
import { AppRenderer, HubWebPartBase, HubWebPartProperties } from '../common/HubWebPartBase';

/** The plans' preset: the overview's tab opened first ('' for the first the person can see). */
export interface PlanSubmissionsWebPartProperties extends HubWebPartProperties {
  openingTab?: string;
}

export default class PlanSubmissionsWebPart extends HubWebPartBase<PlanSubmissionsWebPartProperties, PlanAppServices> {
  protected async loadApp(): Promise<AppRenderer<PlanAppServices>> {
    const { PlanSubmissionsApp } = await import(/* webpackMode: 'eager' */ './components/PlanSubmissionsApp');
    return (host) => {
      // A Teams personal app has no settings: `properties` may be undefined there.
      return React.createElement(PlanSubmissionsApp, { ...host, strings, openingTab: this.properties?.openingTab || undefined });
    };
  }

  protected get defaultTitle(): string {
    return strings.Title;
  }

  protected presetFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneDropdown('openingTab', {
        label: strings.PresetTabLabel,
        options: [
          { key: '', text: strings.PresetTabDefault },
          { key: 'mine', text: strings.TabMine },
          { key: 'queue', text: strings.TabQueue },
          { key: 'approved', text: strings.TabApproved },
          { key: 'map', text: strings.TabMap }
        ]
      }),
      PropertyPaneLabel('openingTab', { text: strings.PresetTabDescription })
    ];
  }

  protected createServices(sp: SPFI, page: PageFacts): PlanAppServices {
    return createPlanAppServices(sp, page);
  }

  protected firstRead(services: PlanAppServices): Promise<unknown> {
    return planFirstRead(services);
  }
}
