define([], function () {
  return {
    Loading: 'Loading…',
    LoadFailed: 'This could not be loaded.',
    Retry: 'Try again',
    SetupNeededTitle: 'This site is not set up yet',
    SetupNeededOwner: 'The lists this web part needs do not exist on this site yet. As a site owner you can create them now.',
    SetupNeededVisitor: 'The lists this web part needs do not exist on this site yet. Ask a site owner to open this page and set it up.',
    SetupOutdatedOwner: 'The lists on this site are from an older version. Update them to use the new features; nothing is deleted.',
    SetUp: 'Set up the lists',
    SettingUp: 'Setting up…',
    SetupFailed: 'Setting up failed. Nothing was lost; you can try again.',
    ErrorThrottled: 'SharePoint is busy right now. Wait a moment and try again; what you typed is kept.',
    ErrorOffline: 'The connection was lost. Check your network and try again; what you typed is kept.',
    ErrorAccessDenied: 'You do not have permission to do this.',
    ErrorConflict: 'Someone else changed this in the meantime. Reload to see their changes; what you typed is kept.',
    ErrorThreshold: 'This list is too large to be searched this way. Narrow the search with a filter.',
    ErrorUnknown: 'Something went wrong. Try again; what you typed is kept.',
    Dismiss: 'Close',
    BusyRetry__one: 'SharePoint is busy; trying again in {0} second…',
    BusyRetry__other: 'SharePoint is busy; trying again in {0} seconds…',
    DataSiteMissing:
      "The hub's lists are kept on the site {0}, and you cannot read them there: the site has no lists yet, or you have no access to it. Ask the hub site's owner, or the owner of this page to change the web part's data site.",
    SetupElsewhereHint:
      "Are the hub's lists already on another site? Then do not set up here: an administrator names the hub site for the whole organisation (tenant property DigitalDiplomacyHubSiteUrl), or a page owner in the web part's settings (Data site URL).",
    DataSiteGroup: 'Data',
    DataSiteUrlLabel: 'Data site URL',
    DataSiteUrlDescription:
      "The site that holds the hub's lists. Leave empty to use the site the administrator named for the organisation or, if none, this site.",
    DataSiteInvalidUrl: "Enter the address of a site in this organisation's SharePoint, for example /sites/hub or its full address.",
    DataSiteNotFound: 'There is no site at this address.',
    DataSiteNoAccess: 'You cannot open this site. Ask its owner for access.',
    DataSiteNoLists: 'This site has no lists of the hub that you can read. Its owner sets them up first.',
    DataSiteNewer: 'The lists on this site are from a newer version than these web parts. Ask an administrator to update the app.',
    DataSiteUnreachable: 'The site could not be checked just now. Try again.',
    ErrorReference: 'Reference for support: {0}',
    TabsMore: 'More',
    DisplayGroup: 'Display',
    TitleLabel: 'Title',
    TitleDescription: 'The heading above the web part. Leave empty for no heading.',
    SetupIndexing:
      'The lists are being updated: SharePoint is still building an index on a large list, so the update is not finished yet. Nothing is lost and the app keeps working. Try again in a few minutes.'
  };
});
