/**
 * SharePoint's error responses. Every refusal the emulator makes is an SpError, rendered as the
 * `odata.error` body SharePoint Online sends (codes and messages as SPO writes them).
 */
export class SpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const ARGUMENT = '-2147024809, System.ArgumentException';
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
const CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

export const errors = {
  unauthorized: (): SpError =>
    new SpError(401, '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'),
  /** A cookie-signed-in change without a valid request digest (missing, forged or expired). */
  securityValidation: (): SpError =>
    new SpError(403, '-2130575251, Microsoft.SharePoint.SPException',
      'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.'),
  accessDenied: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'),
  notFoundResource: (path: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
      `Cannot find resource for the request ${path}.`),
  listNotFound: (title: string, siteUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  itemNotFound: (): SpError =>
    new SpError(404, ARGUMENT, 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string): SpError =>
    new SpError(404, ARGUMENT, `Column '${name}' does not exist. It may have been deleted by another user.`),
  columnDoesNotExist: (name: string): SpError =>
    new SpError(400, ARGUMENT, `Column '${name}' does not exist. It may have been deleted by another user.`),
  fieldOrPropertyDoesNotExist: (name: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  queryNotExpanded: (path: string, root: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException',
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${root}.`),
  propertyDoesNotExist: (name: string, typeName: string): SpError =>
    new SpError(400, CLIENT_QUERY,
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`),
  badQuery: (message: string): SpError => new SpError(400, CLIENT_QUERY, message),
  badValue: (message: string): SpError => new SpError(400, ARGUMENT, message),
  spException: (status: number, message: string): SpError => new SpError(status, SP_EXCEPTION, message),
  readOnlyField: (): SpError =>
    new SpError(400, SP_EXCEPTION,
      'Invalid data has been used to update the list item. The field you are trying to update may be read only.'),
  throttled: (): SpError =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'),
  etagMismatch: (sent: string, actual: string): SpError =>
    new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`),
  duplicateValues: (fields: string[]): SpError =>
    new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields.join(', ')}].`),
  inheritsPermissions: (): SpError =>
    new SpError(400, SP_EXCEPTION, 'This operation is not allowed on an object that inherits permissions.'),
  userNotFound: (login: string): SpError =>
    new SpError(404, SP_EXCEPTION, `The specified user ${login} could not be found.`),
  groupNotFound: (): SpError => new SpError(404, SP_EXCEPTION, 'Group cannot be found.'),
  tooManyRequests: (status: number, retryAfterSeconds: number | undefined): SpError => {
    const headers: Record<string, string> = {};
    if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds);
    const message = status === 429
      ? 'The request has been throttled. Please retry after the time indicated in the Retry-After header.'
      : status === 503 ? 'The service is temporarily unavailable.' : 'An unexpected error occurred on the server.';
    return new SpError(status, '-2147024891, Microsoft.SharePoint.SPException', message, headers);
  }
};

export function errorBody(error: SpError): string {
  return JSON.stringify({ 'odata.error': { code: error.code, message: { lang: 'en-US', value: error.message } } });
}
