/**
 * OData `$batch` as PnPjs v4 sends it: multipart/mixed with GETs directly in the batch and
 * writes grouped in changesets (LF line ends, the real verb on the request line). The answer
 * is one flat `--batchresponse_` part per inner request, in order, and the closing boundary is
 * followed by a newline (PnPjs's parser needs it).
 */
import { randomUUID } from 'crypto';
import { errors } from './errors';

export interface InnerRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/**
 * The most requests SharePoint Online answers in one `$batch`: 100, as PnP's maintainers report it
 * (pnp/pnpcore #284 "REST batching has a maximum of 100 requests"; pnp/pnpjs #3207, a PnPjs
 * maintainer: "you should only have 100 items in a batched request"). Microsoft's page on `$batch`
 * ("Make batch requests with the REST APIs") names no number. PnPjs itself sends at most 20 a
 * `$batch` unless told otherwise (`sp.batched({ maxRequests })`), splitting bigger batches.
 */
export const MAX_BATCH_REQUESTS = 100;

function boundaryOf(contentType: string): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  return m?.[1];
}

function splitParts(text: string, boundary: string): string[] {
  const pieces = text.split(`--${boundary}`);
  const parts: string[] = [];
  for (let i = 1; i < pieces.length; i++) {
    if (pieces[i].startsWith('--')) break; // closing delimiter
    parts.push(pieces[i].replace(/^\n/, ''));
  }
  return parts;
}

function parsePart(part: string, out: InnerRequest[]): void {
  const split = part.indexOf('\n\n');
  const head = split < 0 ? part : part.slice(0, split);
  const rest = split < 0 ? '' : part.slice(split + 2);
  const contentType = /content-type:\s*(.*)/i.exec(head)?.[1] ?? '';
  if (/multipart\/mixed/i.test(contentType)) {
    const changeset = boundaryOf(contentType);
    if (!changeset) throw errors.badQuery('The changeset has no boundary.');
    for (const inner of splitParts(rest, changeset)) parsePart(inner, out);
    return;
  }
  const lines = rest.split('\n');
  const requestLine = /^(\w+)\s+(\S+)\s+HTTP\/\d\.\d/i.exec(lines[0] ?? '');
  if (!requestLine) throw errors.badQuery('The batch part has no request line.');
  const headers = new Headers();
  let i = 1;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon > 0) headers.append(lines[i].slice(0, colon).trim(), lines[i].slice(colon + 1).trim());
  }
  const body = lines
    .slice(i + 1)
    .join('\n')
    .replace(/\n+$/, '');
  out.push({ method: requestLine[1].toUpperCase(), url: requestLine[2], headers, body });
}

export function parseBatch(contentType: string, body: string): InnerRequest[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw errors.badQuery('The batch request has no boundary.');
  const requests: InnerRequest[] = [];
  for (const part of splitParts(body.replace(/\r\n/g, '\n'), boundary)) parsePart(part, requests);
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw errors.badQuery(`The batch contains ${requests.length} requests; at most ${MAX_BATCH_REQUESTS} are allowed.`);
  }
  return requests;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

export async function formatBatchResponse(responses: Response[]): Promise<{ body: string; contentType: string }> {
  const boundary = `batchresponse_${randomUUID()}`;
  const chunks: string[] = [];
  for (const r of responses) {
    chunks.push(`--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`);
    chunks.push(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? 'Unknown'}\r\n`);
    r.headers.forEach((value, name) => {
      chunks.push(`${name.toUpperCase()}: ${value}\r\n`);
    });
    const text = r.status === 204 ? '' : await r.text();
    chunks.push(`\r\n${text}\r\n`);
  }
  chunks.push(`--${boundary}--\r\n`);
  return { body: chunks.join(''), contentType: `multipart/mixed; boundary=${boundary}` };
}
