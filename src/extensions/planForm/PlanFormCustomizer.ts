import * as React from 'react';
import * as ReactDom from 'react-dom';
import { FormDisplayMode } from '@microsoft/sp-core-library';
import { BaseFormCustomizer } from '@microsoft/sp-listview-extensibility';
import { spfi, SPFx } from '@pnp/sp';
import * as common from 'HubCommonStrings';
import * as strings from 'PlanSubmissionsWebPartStrings';
import { createPlanAppServices } from '../../data/planAppServices';
import { workbenchTheme } from '../../ui/theme';
import { PlanFormApp } from './PlanFormApp';

/**
 * The DDH Plans list's New, Edit and Display forms: the same plan form, workflow and history as
 * the web part, so a plan opened from the list looks and behaves the same.
 */
export default class PlanFormCustomizer extends BaseFormCustomizer<{}> {
  public render(): void {
    const services = createPlanAppServices(spfi().using(SPFx(this.context)));
    ReactDom.render(React.createElement(PlanFormApp, {
      services,
      common,
      strings,
      locale: this.context.pageContext.cultureInfo.currentUICultureName,
      theme: workbenchTheme('light'),
      itemId: this.displayMode === FormDisplayMode.New ? undefined : this.context.itemId,
      onClose: () => this.formClosed(),
      onSaved: () => this.formSaved()
    }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
    super.onDispose();
  }
}
