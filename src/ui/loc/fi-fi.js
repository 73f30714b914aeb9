define([], function () {
  return {
    Loading: "Ladataan…",
    LoadFailed: "Tietoja ei voitu ladata.",
    Retry: "Yritä uudelleen",
    SetupNeededTitle: "Tätä sivustoa ei ole vielä otettu käyttöön",
    SetupNeededOwner: "Verkko-osan tarvitsemia luetteloita ei vielä ole tällä sivustolla. Sivuston omistajana voit luoda ne nyt.",
    SetupNeededVisitor: "Verkko-osan tarvitsemia luetteloita ei vielä ole tällä sivustolla. Pyydä sivuston omistajaa avaamaan tämä sivu ja ottamaan ne käyttöön.",
    SetupOutdatedOwner: "Sivuston luettelot ovat vanhemmasta versiosta. Päivitä ne, jotta voit käyttää uusia ominaisuuksia; mitään ei poisteta.",
    SetUp: "Luo luettelot",
    SettingUp: "Luodaan…",
    SetupFailed: "Käyttöönotto epäonnistui. Mitään ei menetetty; voit yrittää uudelleen.",
    ErrorThrottled: "SharePoint on juuri nyt kiireinen. Odota hetki ja yritä uudelleen; kirjoittamasi teksti säilyy.",
    ErrorOffline: "Yhteys katkesi. Tarkista verkkoyhteys ja yritä uudelleen; kirjoittamasi teksti säilyy.",
    ErrorAccessDenied: "Sinulla ei ole oikeutta tähän toimintoon.",
    ErrorConflict: "Joku muu muutti tätä sillä välin. Lataa sivu nähdäksesi muutokset; kirjoittamasi teksti säilyy.",
    ErrorThreshold: "Luettelo on liian suuri haettavaksi näin. Rajaa hakua suodattimella.",
    ErrorUnknown: "Jokin meni vikaan. Yritä uudelleen; kirjoittamasi teksti säilyy.",
    Dismiss: "Sulje",
    TabsMore: "Lisää"
  };
});
