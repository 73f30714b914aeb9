define([], function () {
  return {
    Loading: 'Läser in…',
    LoadFailed: 'Det gick inte att läsa in uppgifterna.',
    Retry: 'Försök igen',
    SetupNeededTitle: 'Den här webbplatsen har inte konfigurerats ännu',
    SetupNeededOwner: 'Listorna som webbdelen behöver finns inte ännu på den här webbplatsen. Som webbplatsens ägare kan du skapa dem nu.',
    SetupNeededVisitor:
      'Listorna som webbdelen behöver finns inte ännu på den här webbplatsen. Be en ägare av webbplatsen att öppna sidan och konfigurera den.',
    SetupOutdatedOwner:
      'Listorna på webbplatsen är från en äldre version. Uppdatera dem för att använda de nya funktionerna; ingenting raderas.',
    SetUp: 'Skapa listorna',
    SettingUp: 'Skapar…',
    SetupFailed: 'Konfigurationen misslyckades. Ingenting gick förlorat; du kan försöka igen.',
    ErrorThrottled: 'SharePoint är upptaget just nu. Vänta en stund och försök igen; det du skrivit finns kvar.',
    ErrorOffline: 'Anslutningen bröts. Kontrollera nätverket och försök igen; det du skrivit finns kvar.',
    ErrorAccessDenied: 'Du har inte behörighet att göra detta.',
    ErrorConflict: 'Någon annan har ändrat detta under tiden. Läs in sidan på nytt för att se ändringarna; det du skrivit finns kvar.',
    ErrorThreshold: 'Listan är för stor för att sökas på det här sättet. Begränsa sökningen med ett filter.',
    ErrorUnknown: 'Något gick fel. Försök igen; det du skrivit finns kvar.',
    Dismiss: 'Stäng',
    BusyRetry__one: 'SharePoint är upptaget; försöker igen om {0} sekund…',
    BusyRetry__other: 'SharePoint är upptaget; försöker igen om {0} sekunder…',
    DataSiteMissing:
      'Navets listor finns på webbplatsen {0}, och du kan inte läsa dem där: webbplatsen har inga listor ännu, eller så saknar du åtkomst till den. Kontakta navwebbplatsens ägare eller ägaren till den här sidan, som kan byta webbdelens datawebbplats.',
    SetupElsewhereHint:
      'Finns navets listor redan på en annan webbplats? Skapa dem då inte här: en administratör anger navwebbplatsen för hela organisationen (klientegenskapen DigitalDiplomacyHubSiteUrl), eller en sidägare i webbdelens inställningar (Datawebbplatsens URL).',
    DataSiteGroup: 'Datakälla',
    DataSiteUrlLabel: 'Datawebbplatsens URL',
    DataSiteUrlDescription:
      'Webbplatsen där navets listor finns. Lämna tomt för att använda den webbplats som administratören angett för organisationen eller, om ingen angetts, den här webbplatsen.',
    DataSiteInvalidUrl: 'Ange adressen till en webbplats i organisationens SharePoint, till exempel /sites/hub eller hela adressen.',
    DataSiteNotFound: 'Det finns ingen webbplats på den här adressen.',
    DataSiteNoAccess: 'Du kan inte öppna den här webbplatsen. Be dess ägare om åtkomst.',
    DataSiteNoLists: 'Den här webbplatsen har inga av navets listor som du kan läsa. Webbplatsens ägare måste först skapa dem.',
    DataSiteNewer:
      'Listorna på den här webbplatsen är från en nyare version än de här webbdelarna. Be en administratör att uppdatera appen.',
    DataSiteUnreachable: 'Webbplatsen kunde inte kontrolleras just nu. Försök igen.',
    ErrorReference: 'Referens för supporten: {0}',
    TabsMore: 'Mer',
    DisplayGroup: 'Visning',
    TitleLabel: 'Rubrik',
    TitleDescription: 'Rubriken ovanför webbdelen. Lämna tomt om ingen rubrik behövs.',
    SetupIndexing:
      'Listorna uppdateras: SharePoint bygger fortfarande ett index för en stor lista, så uppdateringen är inte klar än. Ingenting har gått förlorat och appen fungerar som vanligt. Försök igen om några minuter.'
  };
});
