/**
 * What the attachments section says, in Finnish, Swedish and English. It loads with the views
 * that show attachments (a plan's page, a session's details), never with a first view, so it
 * keeps its three languages here rather than in the web parts' loc files.
 */
import type { AttachmentRefusal } from '../domain/attachments';

export type AttachmentTextKey =
  | 'Title'
  | 'None'
  | 'Add'
  | 'HintPlan'
  | 'HintSession'
  | 'Adding'
  | 'Added'
  | 'Removed'
  | 'Remove'
  | 'Removing'
  | 'NotAdded'
  | 'NotRemoved'
  | 'TryAgain'
  | 'Dismiss'
  | 'DownloadOnly'
  | 'SaveFirst';

type Texts = Record<AttachmentTextKey | `Refused_${AttachmentRefusal}`, string>;

const TEXT: Record<'fi' | 'sv' | 'en', Texts> = {
  en: {
    Title: 'Attachments',
    None: 'No files attached.',
    Add: 'Add files',
    HintPlan:
      'Supporting material for the review: PDF, Office and OpenDocument files, text and pictures, at most 10 MB each. Everyone who can read the plan can open them.',
    HintSession:
      'Slides and handouts: PDF, Office and OpenDocument files, text and pictures, at most 10 MB each. Everyone who can see the session can open them.',
    Adding: 'Adding {0}…',
    Added: '{0} was added.',
    Removed: "{0} was removed. The site's recycle bin keeps it for 93 days.",
    Remove: 'Remove {0}',
    Removing: 'Removing {0}…',
    NotAdded: '{0} was not added: {1}',
    NotRemoved: '{0} was not removed: {1}',
    TryAgain: 'Try again',
    Dismiss: 'Close',
    DownloadOnly: 'download',
    SaveFirst: 'The plan is saved as a draft first, so the file has a plan to belong to.',
    Refused_emptyName: 'the file has no name.',
    Refused_invalidCharacters:
      'SharePoint does not accept the characters " * : < > ? / \\ | in a file name, nor a space at its start or end. Rename the file and add it again.',
    Refused_reservedName:
      'SharePoint does not accept this file name (names such as CON, PRN, AUX, NUL, COM1 and LPT1 are reserved). Rename the file and add it again.',
    Refused_pathTooLong: 'the file name is too long. Shorten it to at most 128 characters and add it again.',
    Refused_empty: 'the file is empty.',
    Refused_tooLarge:
      'the file is larger than 10 MB. Make it smaller (for example, save a PDF for the web) or share it from a document library and link to it.',
    Refused_fileType:
      'this kind of file cannot be attached. Attach PDF, Office or OpenDocument files, text or pictures (JPG, PNG, GIF, WebP, SVG).',
    Refused_program: 'the file is a program. Programs cannot be attached, whatever their name.',
    Refused_svgScript:
      'the SVG picture contains script, which could run on this site. Save it without scripts (or as a PNG) and add it again.',
    Refused_duplicate: 'a file of the same name is already attached. Rename the file, or remove the earlier one first.'
  },
  fi: {
    Title: 'Liitteet',
    None: 'Ei liitteitä.',
    Add: 'Lisää tiedostoja',
    HintPlan:
      'Tarkistusta tukeva aineisto: PDF-, Office- ja OpenDocument-tiedostot, teksti ja kuvat, enintään 10 Mt kukin. Kaikki, jotka voivat lukea suunnitelman, voivat avata ne.',
    HintSession:
      'Diat ja materiaalit: PDF-, Office- ja OpenDocument-tiedostot, teksti ja kuvat, enintään 10 Mt kukin. Kaikki, jotka näkevät koulutuksen, voivat avata ne.',
    Adding: 'Lisätään {0}…',
    Added: '{0} lisättiin.',
    Removed: '{0} poistettiin. Sivuston roskakori säilyttää sen 93 päivää.',
    Remove: 'Poista {0}',
    Removing: 'Poistetaan {0}…',
    NotAdded: '{0} ei lisätty: {1}',
    NotRemoved: '{0} ei poistettu: {1}',
    TryAgain: 'Yritä uudelleen',
    Dismiss: 'Sulje',
    DownloadOnly: 'lataus',
    SaveFirst: 'Suunnitelma tallennetaan ensin luonnoksena, jotta tiedostolla on suunnitelma, johon se kuuluu.',
    Refused_emptyName: 'tiedostolla ei ole nimeä.',
    Refused_invalidCharacters:
      'SharePoint ei hyväksy tiedostonimessä merkkejä " * : < > ? / \\ | eikä välilyöntiä nimen alussa tai lopussa. Nimeä tiedosto uudelleen ja lisää se uudestaan.',
    Refused_reservedName:
      'SharePoint ei hyväksy tätä tiedostonimeä (nimet kuten CON, PRN, AUX, NUL, COM1 ja LPT1 ovat varattuja). Nimeä tiedosto uudelleen ja lisää se uudestaan.',
    Refused_pathTooLong: 'tiedostonimi on liian pitkä. Lyhennä se enintään 128 merkkiin ja lisää se uudestaan.',
    Refused_empty: 'tiedosto on tyhjä.',
    Refused_tooLarge:
      'tiedosto on yli 10 Mt. Pienennä sitä (esimerkiksi tallenna PDF verkkokäyttöön) tai jaa se asiakirjakirjastosta ja linkitä siihen.',
    Refused_fileType:
      'tällaista tiedostoa ei voi liittää. Liitä PDF-, Office- tai OpenDocument-tiedostoja, tekstiä tai kuvia (JPG, PNG, GIF, WebP, SVG).',
    Refused_program: 'tiedosto on ohjelma. Ohjelmia ei voi liittää, oli niiden nimi mikä tahansa.',
    Refused_svgScript:
      'SVG-kuvassa on komentosarja, joka voisi toimia tällä sivustolla. Tallenna kuva ilman komentosarjoja (tai PNG-muodossa) ja lisää se uudestaan.',
    Refused_duplicate: 'samanniminen tiedosto on jo liitetty. Nimeä tiedosto uudelleen tai poista aiempi ensin.'
  },
  sv: {
    Title: 'Bilagor',
    None: 'Inga bilagor.',
    Add: 'Lägg till filer',
    HintPlan:
      'Underlag för granskningen: PDF-, Office- och OpenDocument-filer, text och bilder, högst 10 MB var. Alla som kan läsa planen kan öppna dem.',
    HintSession:
      'Bilder och material: PDF-, Office- och OpenDocument-filer, text och bilder, högst 10 MB var. Alla som ser utbildningen kan öppna dem.',
    Adding: 'Lägger till {0}…',
    Added: '{0} lades till.',
    Removed: '{0} togs bort. Webbplatsens papperskorg sparar den i 93 dagar.',
    Remove: 'Ta bort {0}',
    Removing: 'Tar bort {0}…',
    NotAdded: '{0} lades inte till: {1}',
    NotRemoved: '{0} togs inte bort: {1}',
    TryAgain: 'Försök igen',
    Dismiss: 'Stäng',
    DownloadOnly: 'hämtning',
    SaveFirst: 'Planen sparas först som utkast, så att filen har en plan att höra till.',
    Refused_emptyName: 'filen har inget namn.',
    Refused_invalidCharacters:
      'SharePoint godtar inte tecknen " * : < > ? / \\ | i ett filnamn, inte heller ett mellanslag i början eller slutet. Byt namn på filen och lägg till den igen.',
    Refused_reservedName:
      'SharePoint godtar inte detta filnamn (namn som CON, PRN, AUX, NUL, COM1 och LPT1 är reserverade). Byt namn på filen och lägg till den igen.',
    Refused_pathTooLong: 'filnamnet är för långt. Korta det till högst 128 tecken och lägg till filen igen.',
    Refused_empty: 'filen är tom.',
    Refused_tooLarge:
      'filen är större än 10 MB. Gör den mindre (spara till exempel en PDF för webben) eller dela den från ett dokumentbibliotek och länka till den.',
    Refused_fileType:
      'den här typen av fil kan inte bifogas. Bifoga PDF-, Office- eller OpenDocument-filer, text eller bilder (JPG, PNG, GIF, WebP, SVG).',
    Refused_program: 'filen är ett program. Program kan inte bifogas, oavsett namn.',
    Refused_svgScript:
      'SVG-bilden innehåller skript som kunde köras på den här webbplatsen. Spara den utan skript (eller som PNG) och lägg till den igen.',
    Refused_duplicate: 'en fil med samma namn är redan bifogad. Byt namn på filen eller ta bort den tidigare först.'
  }
};

/** The texts in the page's language (fi, sv; English otherwise). */
export function attachmentText(locale: string): Texts {
  const language = locale.slice(0, 2).toLowerCase();
  return language === 'fi' || language === 'sv' ? TEXT[language] : TEXT.en;
}
