define([], function () {
  return {
    Loading: 'Ladataan…',
    LoadFailed: 'Tietoja ei voitu ladata.',
    Retry: 'Yritä uudelleen',
    SetupNeededTitle: 'Tätä sivustoa ei ole vielä otettu käyttöön',
    SetupNeededOwner: 'Verkko-osan tarvitsemia luetteloita ei vielä ole tällä sivustolla. Sivuston omistajana voit luoda ne nyt.',
    SetupNeededVisitor:
      'Verkko-osan tarvitsemia luetteloita ei vielä ole tällä sivustolla. Pyydä sivuston omistajaa avaamaan tämä sivu ja ottamaan ne käyttöön.',
    SetupOutdatedOwner:
      'Sivuston luettelot ovat vanhemmasta versiosta. Päivitä ne, jotta voit käyttää uusia ominaisuuksia; mitään ei poisteta.',
    SetUp: 'Luo luettelot',
    SettingUp: 'Luodaan…',
    SetupFailed: 'Käyttöönotto epäonnistui. Mitään ei menetetty; voit yrittää uudelleen.',
    ErrorThrottled: 'SharePoint on juuri nyt kiireinen. Odota hetki ja yritä uudelleen; kirjoittamasi teksti säilyy.',
    ErrorOffline: 'Yhteys katkesi. Tarkista verkkoyhteys ja yritä uudelleen; kirjoittamasi teksti säilyy.',
    ErrorAccessDenied: 'Sinulla ei ole oikeutta tähän toimintoon.',
    ErrorConflict: 'Joku muu muutti tätä sillä välin. Lataa sivu nähdäksesi muutokset; kirjoittamasi teksti säilyy.',
    ErrorThreshold: 'Luettelo on liian suuri haettavaksi näin. Rajaa hakua suodattimella.',
    ErrorUnknown: 'Jokin meni vikaan. Yritä uudelleen; kirjoittamasi teksti säilyy.',
    Dismiss: 'Sulje',
    BusyRetry__one: 'SharePoint on kiireinen; yritetään uudelleen {0} sekunnin kuluttua…',
    BusyRetry__other: 'SharePoint on kiireinen; yritetään uudelleen {0} sekunnin kuluttua…',
    DataSiteMissing:
      'Keskuksen luettelot ovat sivustolla {0}, etkä voi lukea niitä siellä: sivustolla ei ole vielä luetteloita tai sinulla ei ole sinne käyttöoikeutta. Ota yhteyttä keskussivuston omistajaan tai tämän sivun omistajaan, joka voi vaihtaa verkko-osan tietosivuston.',
    SetupElsewhereHint:
      'Ovatko keskuksen luettelot jo toisella sivustolla? Älä silloin luo niitä tänne: järjestelmänvalvoja nimeää keskussivuston koko organisaatiolle (vuokraajan ominaisuus DigitalDiplomacyHubSiteUrl) tai sivun omistaja verkko-osan asetuksissa (Tietosivuston URL-osoite).',
    DataSiteGroup: 'Tiedot',
    DataSiteUrlLabel: 'Tietosivuston URL-osoite',
    DataSiteUrlDescription:
      'Sivusto, jolla keskuksen luettelot ovat. Jätä tyhjäksi, niin käytetään järjestelmänvalvojan organisaatiolle nimeämää sivustoa tai, jos sitä ei ole, tätä sivustoa.',
    DataSiteInvalidUrl: 'Kirjoita tämän organisaation SharePoint-sivuston osoite, esimerkiksi /sites/hub tai koko osoite.',
    DataSiteNotFound: 'Tässä osoitteessa ei ole sivustoa.',
    DataSiteNoAccess: 'Et voi avata tätä sivustoa. Pyydä käyttöoikeutta sen omistajalta.',
    DataSiteNoLists: 'Tällä sivustolla ei ole keskuksen luetteloita, joita voisit lukea. Sivuston omistajan on ensin luotava ne.',
    DataSiteNewer:
      'Tämän sivuston luettelot ovat uudemmasta versiosta kuin nämä verkko-osat. Pyydä järjestelmänvalvojaa päivittämään sovellus.',
    DataSiteUnreachable: 'Sivustoa ei voitu tarkistaa juuri nyt. Yritä uudelleen.',
    ErrorReference: 'Tunniste tukipalvelua varten: {0}',
    TabsMore: 'Lisää',
    DisplayGroup: 'Näkymä',
    TitleLabel: 'Otsikko',
    TitleDescription: 'Verkko-osan yläpuolella näkyvä otsikko. Jätä tyhjäksi, jos otsikkoa ei tarvita.',
    SetupIndexing:
      'Luetteloita päivitetään: SharePoint luo vielä indeksiä suureen luetteloon, joten päivitys ei ole vielä valmis. Mitään ei menetetty, ja sovellus toimii edelleen. Yritä uudelleen muutaman minuutin kuluttua.'
  };
});
