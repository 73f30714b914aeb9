define([], function () {
  return {
    Title: "Planer för sociala medier",
    Intro: "Här lämnar ambassaderna in sina kommunikationsplaner för sociala medier; webbkommunikationen granskar dem.",
    Welcome: "Inloggad som {0}",
    NothingYet: "Det finns inga planer ännu."
  };
});
