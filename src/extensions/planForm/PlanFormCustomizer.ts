import * as React from 'react';
import * as ReactDom from 'react-dom';
import { FormDisplayMode } from '@microsoft/sp-core-library';
import { BaseFormCustomizer } from '@microsoft/sp-listview-extensibility';
import { ITheme } from '@fluentui/react/lib/Styling';
import { spfi, SPFx } from '@pnp/sp';
import * as common from 'HubCommonStrings';
import * as strings from 'PlanSubmissionsWebPartStrings';
import { createPlanAppServices, PlanAppServices } from '../../data/planAppServices';
import { followSectionTheme } from '../../ui/sectionTheme';
import { workbenchTheme } from '../../ui/theme';
import { PlanFormApp, PlanFormMode } from './PlanFormApp';
import { logProblemsToSpfx } from '../../ui/problemLog';

/** SharePoint's form mode in the app's words. */
export function planFormMode(displayMode: FormDisplayMode): PlanFormMode {
  switch (displayMode) {
    case FormDisplayMode.New:
      return 'new';
    case FormDisplayMode.Edit:
      return 'edit';
    default:
      return 'display';
  }
}

/**
 * The DDH Plans list's New, Edit and Display forms (bound to the list's Item content type by the
 * suite's provisioning): the same plan form, guards, workflow and history as the web part, so a
 * plan opened from the list looks and behaves the same.
 */
export default class PlanFormCustomizer extends BaseFormCustomizer<{}> {
  private services: PlanAppServices | undefined;
  private theme: ITheme = workbenchTheme('light');

  protected async onInit(): Promise<void> {
    await super.onInit();
    logProblemsToSpfx();
    this.services = createPlanAppServices(spfi().using(SPFx(this.context)), { userId: this.context.pageContext.legacyPageContext?.userId });
    followSectionTheme(this.context.serviceScope, this, (theme, changed) => {
      this.theme = theme;
      if (changed) this.render();
    });
  }

  public render(): void {
    if (!this.services) return;
    const mode = planFormMode(this.displayMode);
    ReactDom.render(
      React.createElement(PlanFormApp, {
        services: this.services,
        common,
        strings,
        locale: this.context.pageContext.cultureInfo.currentUICultureName,
        theme: this.theme,
        mode,
        itemId: mode === 'new' ? undefined : this.context.itemId,
        onClose: () => this.formClosed(),
        onSaved: () => this.formSaved()
      }),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
    super.onDispose();
  }
}
