define([], function () {
  return {
    Title: "Bloggar och goda exempel",
    Intro: "Interna bloggar och goda exempel från ambassader och enheter.",
    Welcome: "Inloggad som {0}",
    NothingYet: "Det finns inga inlägg ännu."
  };
});
