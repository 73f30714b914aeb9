define([], function () {
  return {
    Title: "Utbildningstillfällen",
    Intro: "Anmäl dig till utbildningar som personalutvecklingen ordnar.",
    Welcome: "Inloggad som {0}",
    NothingYet: "Det finns inga utbildningstillfällen ännu."
  };
});
