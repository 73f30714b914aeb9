define([], function () {
  return {
    Title: "Social media plans",
    Intro: "Embassies submit their social media communication plans here; the web communications team reviews them.",
    Welcome: "Signed in as {0}",
    NothingYet: "There are no plans yet."
  };
});
