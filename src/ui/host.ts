import { ITheme } from '@fluentui/react/lib/Styling';
import { HubServices } from '../data/services';

/**
 * What every app is handed, in SharePoint by its web part class and locally by the workbench
 * harness: the services, the shell's strings, the page's locale and the theme.
 */
export interface HubAppHost {
  services: HubServices;
  common: IHubCommonStrings;
  /** BCP 47 tag of the page's language, e.g. 'fi-FI'. */
  locale: string;
  theme: ITheme;
}
