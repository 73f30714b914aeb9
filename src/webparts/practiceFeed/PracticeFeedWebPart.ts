import * as React from 'react';
import { IPropertyPaneField, PropertyPaneChoiceGroup, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../../data/page';
import * as strings from 'PracticeFeedWebPartStrings';
import { createFeedAppServices, feedFirstRead, FeedAppServices } from '../../data/feedAppServices';
import { AppRenderer, HubWebPartBase, HubWebPartProperties } from '../common/HubWebPartBase';

/** The feed's presets: the filter a reader sees first (FeedQuery's kind and keyword). */
export interface PracticeFeedWebPartProperties extends HubWebPartProperties {
  /** '' (all posts), 'blogPost' or 'goodPractice'. */
  feedKind?: string;
  feedKeyword?: string;
  /** A blog's id: only its posts are shown first (a blog's own page); '' or absent: every blog. */
  feedBlog?: string;
  /** 'cards' (the default) or 'compact': headlines only, for a narrow column or a busy page. */
  feedLayout?: string;
}

export default class PracticeFeedWebPart extends HubWebPartBase<PracticeFeedWebPartProperties, FeedAppServices> {
  /** The blogs a page owner may choose from, read when the property pane opens. */
  private blogChoices: Array<{ key: string; text: string }> = [];

  protected async loadApp(): Promise<AppRenderer<FeedAppServices>> {
    const { PracticeFeedApp } = await import(/* webpackMode: 'eager' */ './components/PracticeFeedApp');
    return (host) => {
      // A Teams personal app has no settings: `properties` may be undefined there.
      const preset: PracticeFeedWebPartProperties = this.properties || {};
      return React.createElement(PracticeFeedApp, {
        ...host,
        strings,
        presetKind: preset.feedKind,
        presetKeyword: preset.feedKeyword,
        presetBlog: preset.feedBlog,
        presetLayout: preset.feedLayout
      });
    };
  }

  protected get defaultTitle(): string {
    return strings.Title;
  }

  protected presetFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneDropdown('feedKind', {
        label: strings.PresetKindLabel,
        options: [
          { key: '', text: strings.KindAll },
          { key: 'blogPost', text: strings.KindBlogPost },
          { key: 'goodPractice', text: strings.KindGoodPractice }
        ]
      }),
      PropertyPaneTextField('feedKeyword', { label: strings.PresetKeywordLabel, description: strings.PresetKeywordDescription }),
      PropertyPaneDropdown('feedBlog', {
        label: strings.PresetBlogLabel,
        options: [{ key: '', text: strings.PresetBlogAll }, ...this.blogChoices]
      }),
      PropertyPaneChoiceGroup('feedLayout', {
        label: strings.PresetLayoutLabel,
        options: [
          { key: 'cards', text: strings.LayoutCards, checked: true },
          { key: 'compact', text: strings.LayoutCompact }
        ]
      })
    ];
  }

  protected async loadPresetChoices(services: FeedAppServices | undefined): Promise<void> {
    if (!services) return;
    try {
      const blogs = await services.feed.blogs.list();
      this.blogChoices = blogs.map((b) => ({ key: String(b.id), text: b.title })).sort((a, b) => a.text.localeCompare(b.text));
    } catch {
      // The pane still opens: the blog preset offers "All blogs" (a saved choice is kept as it is).
      this.blogChoices = [];
    }
  }

  protected createServices(sp: SPFI, page: PageFacts): FeedAppServices {
    return createFeedAppServices(sp, page);
  }

  protected firstRead(services: FeedAppServices): Promise<unknown> {
    return feedFirstRead(services);
  }
}
