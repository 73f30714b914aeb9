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
  Dismiss: string;
  TabsMore: string;
}

declare module 'HubCommonStrings' {
  const strings: IHubCommonStrings;
  export = strings;
}
