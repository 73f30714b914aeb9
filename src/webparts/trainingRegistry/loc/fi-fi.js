define([], function () {
  return {
    Title: "Koulutustilaisuudet",
    Intro: "Ilmoittaudu henkilöstön kehittämisen järjestämiin koulutuksiin.",
    Welcome: "Kirjautuneena: {0}",
    NothingYet: "Koulutustilaisuuksia ei vielä ole."
  };
});
