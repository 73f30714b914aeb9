/**
 * SharePoint's error responses. Every refusal the emulator makes is an SpError, rendered as the
 * `odata.error` body SharePoint Online sends (codes and messages as SPO writes them).
 */
export class SpError extends Error {
  /** The message in Finnish and Swedish, where the emulator knows SharePoint's (else English). */
  public localized: Partial<Record<Language, string>> = {};
  /** A unique column's refusal: answered in one of SharePoint's observed forms (`duplicateForm`). */
  public duplicateFields?: string[];

  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }

  in(localized: Partial<Record<Language, string>>): this {
    this.localized = localized;
    return this;
  }
}

/**
 * The languages the emulator answers in. SharePoint writes `odata.error.message` in the caller's
 * language ("Kan groep niet vinden." for a Dutch user, pnp/powershell #3872) and honours the
 * request's `Accept-Language` (SPServices #33: the header switches the language of the answer),
 * so the emulator takes the first of fi / sv / en that `Accept-Language` names; English otherwise.
 */
export type Language = 'en' | 'fi' | 'sv';

const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-US', fi: 'fi-FI', sv: 'sv-SE' };

export function languageOf(acceptLanguage: string | null): Language | undefined {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    if (params.some((p) => /^q=0(\.0*)?$/.test(p.trim()))) continue;
    const primary = tag.split('-')[0];
    if (primary === 'fi' || primary === 'sv' || primary === 'en') return primary;
  }
  return undefined;
}

const ARGUMENT = '-2147024809, System.ArgumentException';
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
const CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

export const errors = {
  unauthorized: (): SpError =>
    new SpError(
      401,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ).in({
      fi: 'Käyttö estetty. Sinulla ei ole oikeutta suorittaa tätä toimintoa tai käyttää tätä resurssia.',
      sv: 'Åtkomst nekad. Du har inte behörighet att utföra den här åtgärden eller komma åt den här resursen.'
    }),
  /** A cookie-signed-in change without a valid request digest (missing, forged or expired). */
  securityValidation: (): SpError =>
    new SpError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    ),
  accessDenied: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.').in({
      fi: 'Käyttö estetty.',
      sv: 'Åtkomst nekad.'
    }),
  notFoundResource: (path: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`),
  listNotFound: (title: string, siteUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`).in({
      fi: `Luetteloa '${title}' ei ole sivustossa, jonka URL-osoite on '${siteUrl}'.`,
      sv: `Listan '${title}' finns inte på webbplatsen med URL-adressen '${siteUrl}'.`
    }),
  itemNotFound: (): SpError =>
    new SpError(404, ARGUMENT, 'Item does not exist. It may have been deleted by another user.').in({
      fi: 'Kohdetta ei ole olemassa. Toinen käyttäjä on ehkä poistanut sen.',
      sv: 'Objektet finns inte. Det kan ha tagits bort av en annan användare.'
    }),
  fieldNotFound: (name: string): SpError =>
    new SpError(404, ARGUMENT, `Column '${name}' does not exist. It may have been deleted by another user.`).in(columnMissing(name)),
  columnDoesNotExist: (name: string): SpError =>
    new SpError(400, ARGUMENT, `Column '${name}' does not exist. It may have been deleted by another user.`).in(columnMissing(name)),
  fieldOrPropertyDoesNotExist: (name: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  queryNotExpanded: (path: string, root: string): SpError =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${root}.`
    ),
  propertyDoesNotExist: (name: string, typeName: string): SpError =>
    new SpError(
      400,
      CLIENT_QUERY,
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
    ),
  badQuery: (message: string): SpError => new SpError(400, CLIENT_QUERY, message),
  badValue: (message: string): SpError => new SpError(400, ARGUMENT, message),
  spException: (status: number, message: string): SpError => new SpError(status, SP_EXCEPTION, message),
  readOnlyField: (): SpError =>
    new SpError(
      400,
      SP_EXCEPTION,
      'Invalid data has been used to update the list item. The field you are trying to update may be read only.'
    ),
  throttled: (): SpError =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ).in({
      fi: 'Yritetty toiminto on kielletty, koska se ylittää luettelonäkymän kynnysarvon.',
      sv: 'Åtgärden är förbjuden eftersom den överskrider tröskelvärdet för listvyn.'
    }),
  etagMismatch: (sent: string, actual: string): SpError =>
    new SpError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`
    ).in({
      fi: `Pyynnön ETag-arvo '${sent}' ei vastaa objektin ETag-arvoa '${actual}'.`,
      sv: `Begärans ETag-värde '${sent}' matchar inte objektets ETag-värde '${actual}'.`
    }),
  /** A unique column's refusal; the answer's form is chosen when it is sent (`duplicateForm`). */
  duplicateValues: (fields: string[]): SpError => {
    const error = duplicateForm(fields, 0);
    error.duplicateFields = fields;
    return error;
  },
  inheritsPermissions: (): SpError =>
    new SpError(400, SP_EXCEPTION, 'This operation is not allowed on an object that inherits permissions.'),
  userNotFound: (login: string): SpError => new SpError(404, SP_EXCEPTION, `The specified user ${login} could not be found.`),
  groupNotFound: (): SpError =>
    new SpError(404, SP_EXCEPTION, 'Group cannot be found.').in({ fi: 'Ryhmää ei löydy.', sv: 'Det går inte att hitta gruppen.' }),
  tooManyRequests: (status: number, retryAfterSeconds: number | undefined): SpError => {
    const headers: Record<string, string> = {};
    if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds);
    const message =
      status === 429
        ? 'The request has been throttled. Please retry after the time indicated in the Retry-After header.'
        : status === 503
          ? 'The service is temporarily unavailable.'
          : 'An unexpected error occurred on the server.';
    return new SpError(status, '-2147024891, Microsoft.SharePoint.SPException', message, headers);
  }
};

function columnMissing(name: string): Partial<Record<Language, string>> {
  return {
    fi: `Saraketta '${name}' ei ole olemassa. Toinen käyttäjä on ehkä poistanut sen.`,
    sv: `Kolumnen '${name}' finns inte. Den kan ha tagits bort av en annan användare.`
  };
}

/**
 * The forms a unique column's refusal has taken in SharePoint Online: 500
 * `SPDuplicateValuesFoundException` naming the fields (the wording observed in the wild), and a
 * plain `Microsoft.SharePoint.SPException` "…duplicate values were found in one or more fields…"
 * with 500 (pnp/pnpcore #1280) or 400 (TENANT.md risk 4). The emulator cycles through them, one
 * per duplicate it refuses (`n`: its count), so code must recognise all three.
 */
export function duplicateForm(fields: string[], n: number): SpError {
  const form = n % 3;
  if (form === 0) {
    return new SpError(
      500,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields.join(', ')}].`
    ).in({
      fi: `Luettelokohdetta ei voitu lisätä tai päivittää, koska luettelon seuraavista kentistä löytyi päällekkäisiä arvoja: [${fields.join(', ')}].`,
      sv: `Listobjektet kunde inte läggas till eller uppdateras eftersom dubblettvärden hittades i följande fält i listan: [${fields.join(', ')}].`
    });
  }
  return new SpError(
    form === 1 ? 500 : 400,
    SP_EXCEPTION,
    'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
  ).in({
    fi: 'Luettelokohdetta ei voitu lisätä tai päivittää, koska luettelon yhdestä tai useammasta kentästä löytyi päällekkäisiä arvoja.',
    sv: 'Listobjektet kunde inte läggas till eller uppdateras eftersom dubblettvärden hittades i ett eller flera fält i listan.'
  });
}

/** The `odata.error` body in the caller's language (English where the emulator knows no other). */
export function errorBody(error: SpError, language: Language = 'en'): string {
  const localized = language === 'en' ? undefined : error.localized[language];
  const lang = localized ? LANGUAGE_TAGS[language] : LANGUAGE_TAGS.en;
  return JSON.stringify({ 'odata.error': { code: error.code, message: { lang, value: localized ?? error.message } } });
}
