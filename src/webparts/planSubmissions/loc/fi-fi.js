define([], function () {
  return {
    Title: "Sosiaalisen median suunnitelmat",
    Intro: "Edustustot lähettävät täällä sosiaalisen median viestintäsuunnitelmansa, ja viestintäosaston verkkoviestintä arvioi ne.",
    Welcome: "Kirjautuneena: {0}",
    NothingYet: "Suunnitelmia ei vielä ole."
  };
});
