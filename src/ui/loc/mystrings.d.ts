/** Strings every web part's shell shows: loading, errors, set-up. */
declare interface IHubCommonStrings {
  Loading: string;
  LoadFailed: string;
  Retry: string;
  SetupNeededTitle: string;
  SetupNeededOwner: string;
  SetupNeededVisitor: string;
  SetupOutdatedOwner: string;
  SetUp: string;
  SettingUp: string;
  SetupFailed: string;
  ErrorThrottled: string;
  ErrorOffline: string;
  ErrorAccessDenied: string;
  ErrorConflict: string;
  ErrorThreshold: string;
  ErrorUnknown: string;
  /** A failed call's short correlation id a user can quote to support: {0} the id. */
  ErrorReference: string;
  Dismiss: string;
  /** A request waits for a busy SharePoint: {0} is the seconds (Intl.PluralRules "one"). */
  BusyRetry__one: string;
  /** The same for every other plural category of {0}. */
  BusyRetry__other: string;
  DataSiteMissing: string;
  SetupElsewhereHint: string;
  DataSiteGroup: string;
  DataSiteUrlLabel: string;
  DataSiteUrlDescription: string;
  DataSiteInvalidUrl: string;
  DataSiteNotFound: string;
  DataSiteNoAccess: string;
  DataSiteNoLists: string;
  DataSiteNewer: string;
  DataSiteUnreachable: string;
  TabsMore: string;
  DisplayGroup: string;
  TitleLabel: string;
  TitleDescription: string;
  /** An update waits for SharePoint to finish building an index on a large list (ProvisionReport.pending). */
  SetupIndexing: string;
}

declare module 'HubCommonStrings' {
  const strings: IHubCommonStrings;
  export = strings;
}
