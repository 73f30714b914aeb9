import * as React from 'react';
import { IPropertyPaneField, PropertyPaneChoiceGroup, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../data/page';
import * as strings from 'PracticeFeedWebPartStrings';
import { createFeedAppServices } from '../../data/feedAppServices';
import { HubServices } from '../../data/services';
import { HubAppHost, HubWebPartBase, HubWebPartProperties } from '../common/HubWebPartBase';
import { PracticeFeedApp } from './components/PracticeFeedApp';

/** The feed's presets: the filter a reader sees first (FeedQuery's kind and keyword). */
export interface PracticeFeedWebPartProperties extends HubWebPartProperties {
  /** '' (all posts), 'blogPost' or 'goodPractice'. */
  feedKind?: string;
  feedKeyword?: string;
  /** 'cards' (the default) or 'compact': headlines only, for a narrow column or a busy page. */
  feedLayout?: string;
}

export default class PracticeFeedWebPart extends HubWebPartBase<PracticeFeedWebPartProperties> {
  protected createApp(host: HubAppHost): React.ReactElement {
    // A Teams personal app has no settings: `properties` may be undefined there.
    const preset: PracticeFeedWebPartProperties = this.properties || {};
    return React.createElement(PracticeFeedApp, { ...host, strings, presetKind: preset.feedKind, presetKeyword: preset.feedKeyword, presetLayout: preset.feedLayout });
  }

  protected get defaultTitle(): string {
    return strings.Title;
  }

  protected presetFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneDropdown('feedKind', {
        label: strings.PresetKindLabel,
        options: [{ key: '', text: strings.KindAll }, { key: 'blogPost', text: strings.KindBlogPost }, { key: 'goodPractice', text: strings.KindGoodPractice }]
      }),
      PropertyPaneTextField('feedKeyword', { label: strings.PresetKeywordLabel, description: strings.PresetKeywordDescription }),
      PropertyPaneChoiceGroup('feedLayout', {
        label: strings.PresetLayoutLabel,
        options: [{ key: 'cards', text: strings.LayoutCards, checked: true }, { key: 'compact', text: strings.LayoutCompact }]
      })
    ];
  }

  protected createServices(sp: SPFI, page: PageFacts): HubServices {
    return createFeedAppServices(sp, page);
  }
}
