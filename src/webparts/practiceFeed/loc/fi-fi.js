define([], function () {
  return {
    Title: "Blogit ja hyvät käytännöt",
    Intro: "Sisäiset blogit sekä edustustojen ja yksiköiden hyvät käytännöt.",
    Welcome: "Kirjautuneena: {0}",
    NothingYet: "Kirjoituksia ei vielä ole."
  };
});
