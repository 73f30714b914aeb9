/**
 * The property pane every web part shares: the "Data site URL" setting, checked as it is typed.
 * Loaded by HubWebPartBase's loadPropertyPaneResources when a page owner opens the pane, so the
 * first view of a page carries neither the pane nor the check (dataSiteCheck.ts).
 */
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { SPFI } from '@pnp/sp';
import { validateDataSite } from '../../ui/dataSiteText';

export function dataSitePane(common: IHubCommonStrings, currentWebUrl: string, connect: (url: string) => SPFI): IPropertyPaneConfiguration {
  return {
    pages: [{
      groups: [{
        groupName: common.DataSiteGroup,
        groupFields: [PropertyPaneTextField('dataSiteUrl', {
          label: common.DataSiteUrlLabel,
          description: common.DataSiteUrlDescription,
          deferredValidationTime: 600,
          // An invalid value is not stored (SPFx: "Validate web part property values").
          onGetErrorMessage: (value: string) => validateDataSite(value, common, currentWebUrl, connect)
        })]
      }]
    }]
  };
}
