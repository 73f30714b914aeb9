import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { createTheme, ITheme } from '@fluentui/react/lib/Styling';
import { SPFI, spfi, SPFx } from '@pnp/sp';
import * as common from 'HubCommonStrings';
import type { PageFacts } from '../../data/page';
import type { HubServices } from '../../data/services';
import { HubAppHost } from '../../ui/host';
import { logProblemsToSpfx } from '../../ui/problemLog';
import { teamsThemeName, workbenchTheme } from '../../ui/theme';

export type { HubAppHost } from '../../ui/host';

/**
 * The SharePoint side of every web part (see HubWebPart for the usual one, with every service): builds the services from the page's context,
 * follows the section's theme and renders the app. Subclasses only name their app.
 */
export abstract class HubWebPartBase<TProperties extends {}> extends BaseClientSideWebPart<TProperties> {
  private services: HubServices | undefined;
  private theme: ITheme = workbenchTheme('light');

  protected abstract createApp(host: HubAppHost): React.ReactElement;

  /**
   * The services the app uses. Only what this names is bundled with the web part, so an app that
   * needs a few repositories (the plans) does not carry the others (the feed's DOMPurify…).
   */
  protected abstract createServices(sp: SPFI, page: PageFacts): HubServices;

  protected async onInit(): Promise<void> {
    await super.onInit();
    logProblemsToSpfx();
    this.services = this.createServices(spfi().using(SPFx(this.context)), { userId: this.context.pageContext.legacyPageContext?.userId });
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      // In a Teams tab or personal app the page has no SharePoint section theme: Teams names its
      // theme (default, dark, contrast) and tells when the person switches it.
      const { app } = await teams.teamsJs.app.getContext();
      this.theme = workbenchTheme(teamsThemeName(app.theme));
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.theme = workbenchTheme(teamsThemeName(name));
        this.render();
      });
      return;
    }
    const themes = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.applyTheme(themes.tryGetTheme());
    themes.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.applyTheme(args.theme);
      this.render();
    });
  }

  public render(): void {
    if (!this.services) return;
    const host: HubAppHost = {
      services: this.services,
      common,
      locale: this.context.pageContext.cultureInfo.currentUICultureName,
      theme: this.theme
    };
    ReactDom.render(this.createApp(host), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private applyTheme(theme: IReadonlyTheme | undefined): void {
    if (!theme) return;
    this.theme = createTheme({
      palette: theme.palette,
      semanticColors: theme.semanticColors,
      isInverted: theme.isInverted
    });
  }
}
