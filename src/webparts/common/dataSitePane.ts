/**
 * The property pane every web part shares: the title and the web part's own presets (display),
 * and the "Data site URL" setting, checked as it is typed. Loaded by HubWebPartBase's
 * loadPropertyPaneResources when a page owner opens the pane, so the first view of a page carries
 * neither the pane nor the check (dataSiteCheck.ts).
 */
import { IPropertyPaneConfiguration, IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { SPFI } from '@pnp/sp';
import { validateDataSite } from '../../ui/dataSiteText';

export function hubPane(
  common: IHubCommonStrings,
  presets: IPropertyPaneField<unknown>[],
  currentWebUrl: string,
  connect: (url: string) => SPFI
): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        groups: [
          {
            groupName: common.DisplayGroup,
            groupFields: [PropertyPaneTextField('title', { label: common.TitleLabel, description: common.TitleDescription }), ...presets]
          },
          {
            groupName: common.DataSiteGroup,
            groupFields: [
              PropertyPaneTextField('dataSiteUrl', {
                label: common.DataSiteUrlLabel,
                description: common.DataSiteUrlDescription,
                deferredValidationTime: 600,
                // An invalid value is not stored (SPFx: "Validate web part property values").
                onGetErrorMessage: (value: string) => validateDataSite(value, common, currentWebUrl, connect)
              })
            ]
          }
        ]
      }
    ]
  };
}
