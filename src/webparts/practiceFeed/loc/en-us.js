define([], function () {
  return {
    Title: "Blogs and good practices",
    Intro: "Internal blogs and good-practice stories from embassies and units.",
    Welcome: "Signed in as {0}",
    NothingYet: "There are no posts yet."
  };
});
