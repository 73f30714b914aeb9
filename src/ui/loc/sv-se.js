define([], function () {
  return {
    Loading: "Läser in…",
    LoadFailed: "Det gick inte att läsa in uppgifterna.",
    Retry: "Försök igen",
    SetupNeededTitle: "Den här webbplatsen har inte konfigurerats ännu",
    SetupNeededOwner: "Listorna som webbdelen behöver finns inte ännu på den här webbplatsen. Som webbplatsens ägare kan du skapa dem nu.",
    SetupNeededVisitor: "Listorna som webbdelen behöver finns inte ännu på den här webbplatsen. Be en ägare av webbplatsen att öppna sidan och konfigurera den.",
    SetupOutdatedOwner: "Listorna på webbplatsen är från en äldre version. Uppdatera dem för att använda de nya funktionerna; ingenting raderas.",
    SetUp: "Skapa listorna",
    SettingUp: "Skapar…",
    SetupFailed: "Konfigurationen misslyckades. Ingenting gick förlorat; du kan försöka igen.",
    ErrorThrottled: "SharePoint är upptaget just nu. Vänta en stund och försök igen; det du skrivit finns kvar.",
    ErrorOffline: "Anslutningen bröts. Kontrollera nätverket och försök igen; det du skrivit finns kvar.",
    ErrorAccessDenied: "Du har inte behörighet att göra detta.",
    ErrorConflict: "Någon annan har ändrat detta under tiden. Läs in sidan på nytt för att se ändringarna; det du skrivit finns kvar.",
    ErrorThreshold: "Listan är för stor för att sökas på det här sättet. Begränsa sökningen med ett filter.",
    ErrorUnknown: "Något gick fel. Försök igen; det du skrivit finns kvar.",
    Dismiss: "Stäng",
    TabsMore: "Mer"
  };
});
