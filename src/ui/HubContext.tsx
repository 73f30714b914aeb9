import * as React from 'react';
import type { FeedAppServices } from '../data/feedAppServices';
import type { PlanAppServices } from '../data/planAppServices';
import type { CommonServices } from '../data/services';
import type { TrainingAppServices } from '../data/trainingAppServices';

/**
 * What every component of an app may use: the services, the shell's strings and the page's locale.
 * `services` is the app's own set (src/data/*AppServices.ts): the shared UI (src/ui) sees its
 * common part, an app's components all of it (`useHub<'plans'>()`).
 */
export interface HubContextValue<S extends CommonServices = CommonServices> {
  services: S;
  common: IHubCommonStrings;
  /** BCP 47 tag of the page's language, e.g. 'fi-FI'; dates and numbers are formatted with it. */
  locale: string;
}

/** Each app's services by the name of its own part, which no other app's services have. */
export interface AppServicesByPart {
  plans: PlanAppServices;
  feed: FeedAppServices;
  training: TrainingAppServices;
}

export const HubContext = React.createContext<HubContextValue | undefined>(undefined);

/** The shared UI's view: the common part of the services. */
export function useHub(): HubContextValue;
/**
 * An app's components, e.g. `useHub<'feed'>()`: all of their app's services, named by the app's own
 * part. A component renders only inside its own app's <HubApp>, whose services the app's web part
 * (the list form customizer, the workbench) built with the app's creator in src/data; this is
 * not checked at run time, which would cost bytes at every call in every chunk.
 */
export function useHub<P extends keyof AppServicesByPart>(): HubContextValue<AppServicesByPart[P]>;
export function useHub(): HubContextValue {
  const value = React.useContext(HubContext);
  if (!value) throw new Error('useHub must be used inside <HubApp>.');
  return value;
}
