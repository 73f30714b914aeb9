define([], function () {
  return {
    Loading: "Loading…",
    LoadFailed: "This could not be loaded.",
    Retry: "Try again",
    SetupNeededTitle: "This site is not set up yet",
    SetupNeededOwner: "The lists this web part needs do not exist on this site yet. As a site owner you can create them now.",
    SetupNeededVisitor: "The lists this web part needs do not exist on this site yet. Ask a site owner to open this page and set it up.",
    SetupOutdatedOwner: "The lists on this site are from an older version. Update them to use the new features; nothing is deleted.",
    SetUp: "Set up the lists",
    SettingUp: "Setting up…",
    SetupFailed: "Setting up failed. Nothing was lost; you can try again.",
    ErrorThrottled: "SharePoint is busy right now. Wait a moment and try again; what you typed is kept.",
    ErrorOffline: "The connection was lost. Check your network and try again; what you typed is kept.",
    ErrorAccessDenied: "You do not have permission to do this.",
    ErrorConflict: "Someone else changed this in the meantime. Reload to see their changes; what you typed is kept.",
    ErrorThreshold: "This list is too large to be searched this way. Narrow the search with a filter.",
    ErrorUnknown: "Something went wrong. Try again; what you typed is kept.",
    Dismiss: "Close",
    TabsMore: "More"
  };
});
