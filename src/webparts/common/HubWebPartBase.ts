import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration, IPropertyPaneField } from '@microsoft/sp-property-pane';
import { ITheme } from '@fluentui/react/lib/Styling';
import { SPFI, spfi, SPFx } from '@pnp/sp';
import * as common from 'HubCommonStrings';
import { openDataSite } from '../../data/hubSite';
import type { PageFacts } from '../../data/page';
import type { GraphMailClient } from '../../data/messages';
import type { CommonServices } from '../../data/services';
import { HubAppHost } from '../../ui/host';
import { afterReadsLeave, startEarly } from '../../data/earlyRead';
import { logProblemsToSpfx } from '../../ui/problemLog';
import { followSectionTheme } from '../../ui/sectionTheme';
import { lightTheme } from '../../ui/themeLight';
import type * as Pane from './dataSitePane';

export type { HubAppHost } from '../../ui/host';

/** What renders a web part's app for its host (its services, strings, theme and title). */
export type AppRenderer<TServices extends CommonServices> = (host: HubAppHost<TServices>) => React.ReactElement;

/** What a page owner may set on every web part (none of it in a Teams personal app, which has no settings). */
export interface HubWebPartProperties {
  /** The site that holds the hub's lists, when it is not the tenant's configured hub (hubSite.ts). */
  dataSiteUrl?: string;
  /** The heading above the app; empty: none. Set to the app's name in the page's language when the web part is added. */
  title?: string;
}

/** The browser's localStorage, or nothing where it is blocked (some Teams clients, strict privacy settings). */
function browserStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The SharePoint side of every web part: finds the data site
 * (hubSite.ts: the web part's setting, the tenant property, or the page's own site), builds the services for it from
 * the page's context, follows the section's theme and renders the app. Subclasses only name their app
 * and its services (TServices: what the app's creator in src/data builds, e.g. PlanAppServices).
 */
export abstract class HubWebPartBase<
  TProperties extends HubWebPartProperties,
  TServices extends CommonServices
> extends BaseClientSideWebPart<TProperties> {
  private services: TServices | undefined;
  private theme: ITheme = lightTheme();
  private pane: typeof Pane | undefined;

  private app: AppRenderer<TServices> | undefined;

  /**
   * The app's module, imported in onInit once the first read has left. It is in this bundle
   * (`webpackMode: 'eager'`: no chunk, no request), but its evaluation (every component module)
   * then overlaps the read's round trip instead of delaying the read (README, Benchmark, table 4).
   */
  protected abstract loadApp(): Promise<AppRenderer<TServices>>;

  /**
   * The services the app uses. Only what this names is bundled with the web part, so an app that
   * needs a few repositories (the plans) does not carry the others (the feed's DOMPurify…).
   */
  protected abstract createServices(sp: SPFI, page: PageFacts): TServices;

  /** What the app's first view reads, started as soon as the services exist (the app takes it: data/earlyRead.ts). */
  protected abstract firstRead(services: TServices): Promise<unknown>;

  /** The app's name in the page's language: the title a newly added web part starts with. */
  protected abstract get defaultTitle(): string;

  /** The web part's own presets in the property pane's display group (the apps' first view). */
  protected presetFields(): IPropertyPaneField<unknown>[] {
    return [];
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    logProblemsToSpfx();
    // A newly added web part gets its title in the page's language (the manifest's defaults are one
    // language only); a Teams personal app has no properties and keeps the app's own name.
    if (this.properties && this.properties.title === undefined) this.properties.title = this.defaultTitle;
    // Finding the data site (usually from this browser's storage) and the theme run side by side.
    const finding = this.findDataSite();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      // In a Teams tab or personal app the page has no SharePoint section theme: Teams names its
      // theme (default, dark, contrast) and tells when the person switches it.
      // Its palettes load here only: a SharePoint page takes the section's theme.
      const [{ app }, { teamsThemeName, workbenchTheme }] = await Promise.all([
        teams.teamsJs.app.getContext(),
        import(/* webpackChunkName: 'ddh-teams-theme' */ '../../ui/theme')
      ]);
      this.theme = workbenchTheme(teamsThemeName(app.theme));
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.theme = workbenchTheme(teamsThemeName(name));
        this.render();
      });
    } else {
      followSectionTheme(this.context.serviceScope, this, (theme, changed) => {
        this.theme = theme;
        if (changed) this.render();
      });
    }
    await finding;
    this.app = await this.loadApp();
  }

  /**
   * Builds the services for the data site. @pnp/sp's SPFx behaviour keeps an absolute URL as it
   * is and, for writes to a web other than the page's, asks that web's `_api/contextinfo` for a
   * request digest (the page's digest holds for the page's own web only).
   */
  private async findDataSite(): Promise<void> {
    const { sp, page, refresh } = await openDataSite({
      currentWebUrl: this.context.pageContext.web.absoluteUrl,
      pageUserId: this.context.pageContext.legacyPageContext?.userId,
      // A Teams personal app has no settings at all: `properties` may be undefined there.
      override: this.properties?.dataSiteUrl,
      storage: browserStorage(),
      connect: (url) => (url ? spfi(url) : spfi()).using(SPFx(this.context))
    });
    // E-mail as the signed-in person (Mail.Send, approved once for the package: webApiPermissionRequests).
    const graph = (): Promise<GraphMailClient> => this.context.msGraphClientFactory.getClient('3') as unknown as Promise<GraphMailClient>;
    const services = this.createServices(sp, { ...page, graph });
    this.services = services;
    // The first view's read goes now, and SPFx renders the frame once it has left: the render
    // then overlaps the round trip instead of preceding it (data/earlyRead.ts).
    startEarly(services, () => this.firstRead(services));
    await afterReadsLeave();
    // The tenant property came from this browser's storage: read it again off the first view's path.
    if (refresh)
      window.setTimeout(() => {
        refresh().catch(() => undefined);
      }, 3000);
  }

  public render(): void {
    if (!this.services || !this.app) return;
    const host: HubAppHost<TServices> = {
      services: this.services,
      common,
      locale: this.context.pageContext.cultureInfo.currentUICultureName,
      theme: this.theme,
      title: this.properties?.title
    };
    ReactDom.render(this.app(host), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  /** Changes in the settings apply with the pane's Apply button: the data site is not changed at every keystroke. */
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected onAfterPropertyPaneChangesApplied(): void {
    this.findDataSite().then(
      () => this.render(),
      () => undefined
    );
  }

  /** The pane and its check of the data site load when a page owner opens it (SPFx's hook for lazy pane code). */
  protected async loadPropertyPaneResources(): Promise<void> {
    this.pane = await import(/* webpackChunkName: 'ddh-data-site-pane' */ './dataSitePane');
    await this.loadPresetChoices(this.services);
  }

  /** What the presets offer that lives in the lists (the feed's blogs), read when the pane opens. */
  protected async loadPresetChoices(services: TServices | undefined): Promise<void> {
    void services;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.pane) return { pages: [] };
    return this.pane.hubPane(common, this.presetFields(), this.context.pageContext.web.absoluteUrl, (url) =>
      spfi(url).using(SPFx(this.context))
    );
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
