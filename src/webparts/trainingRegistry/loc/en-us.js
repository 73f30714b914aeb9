define([], function () {
  return {
    Title: "Training sessions",
    Intro: "Sign up for training organised by HR staff development.",
    Welcome: "Signed in as {0}",
    NothingYet: "There are no training sessions yet."
  };
});
