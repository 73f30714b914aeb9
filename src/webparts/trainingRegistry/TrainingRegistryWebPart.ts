import * as React from 'react';
import { IPropertyPaneField, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../data/page';
import * as strings from 'TrainingRegistryWebPartStrings';
import { createTrainingAppServices, trainingFirstRead, TrainingAppServices } from '../../data/trainingAppServices';
import { AppRenderer, HubWebPartBase, HubWebPartProperties } from '../common/HubWebPartBase';

/** Training's preset: the topic whose sessions are listed (SessionTopic; '' for all). */
export interface TrainingRegistryWebPartProperties extends HubWebPartProperties {
  topic?: string;
}

export default class TrainingRegistryWebPart extends HubWebPartBase<TrainingRegistryWebPartProperties, TrainingAppServices> {
  protected async loadApp(): Promise<AppRenderer<TrainingAppServices>> {
    const { TrainingRegistryApp } = await import(/* webpackMode: 'eager' */ './components/TrainingRegistryApp');
    return (host) => {
      // A Teams personal app has no settings: `properties` may be undefined there.
      return React.createElement(TrainingRegistryApp, { ...host, strings, topic: this.properties?.topic || undefined });
    };
  }

  protected get defaultTitle(): string {
    return strings.Title;
  }

  protected presetFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneDropdown('topic', {
        label: strings.PresetTopicLabel,
        options: [
          { key: '', text: strings.PresetTopicAll },
          { key: 'socialMedia', text: strings.TopicSocialMedia },
          { key: 'collaborationTools', text: strings.TopicCollaborationTools },
          { key: 'onlineMeetings', text: strings.TopicOnlineMeetings },
          { key: 'other', text: strings.TopicOther }
        ]
      })
    ];
  }

  protected createServices(sp: SPFI, page: PageFacts): TrainingAppServices {
    return createTrainingAppServices(sp, page);
  }

  protected firstRead(services: TrainingAppServices): Promise<unknown> {
    return trainingFirstRead(services);
  }
}
