import { ITheme } from '@fluentui/react/lib/Styling';
import type { CommonServices } from '../data/services';

/**
 * What every app is handed, in SharePoint by its web part class and locally by the workbench
 * harness: the app's services (S, e.g. PlanAppServices), the shell's strings, the page's locale and the theme.
 */
export interface HubAppHost<S extends CommonServices = CommonServices> {
  services: S;
  common: IHubCommonStrings;
  /** BCP 47 tag of the page's language, e.g. 'fi-FI'. */
  locale: string;
  theme: ITheme;
  /**
   * The heading a page owner set in the property pane: absent (a Teams personal app, which has no
   * settings, or the workbench) shows the app's own name; empty shows no heading.
   */
  title?: string;
}

/** The app's heading: the page owner's title when set (empty: none), otherwise the app's name. */
export function headingOf(host: { title?: string }, name: string): string {
  return host.title === undefined || host.title === null ? name : host.title.trim();
}
