import * as React from 'react';
import { HubServices } from '../data/services';

/** What every component of an app may use: the services, the shell's strings and the page's locale. */
export interface HubContextValue {
  services: HubServices;
  common: IHubCommonStrings;
  /** BCP 47 tag of the page's language, e.g. 'fi-FI'; dates and numbers are formatted with it. */
  locale: string;
}

export const HubContext = React.createContext<HubContextValue | undefined>(undefined);

export function useHub(): HubContextValue {
  const value = React.useContext(HubContext);
  if (!value) throw new Error('useHub must be used inside <HubApp>.');
  return value;
}
