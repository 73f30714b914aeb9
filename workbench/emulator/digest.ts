/**
 * Request digests (`X-RequestDigest`), SharePoint's guard against cross-site requests: a browser
 * signed in with a cookie must send, with every request that changes something, a digest the site
 * issued (from `_api/contextinfo`, or in the page as `formDigestValue`) and that has not expired
 * (FormDigestTimeoutSeconds). Callers with a bearer token (here: the `X-Emulator-User` header of
 * tests and tools) need none. A digest is `0x<mac>,<issued UTC>`, the mac keyed by the site's id,
 * so it stays valid across a workbench restart, as SharePoint's do.
 */
import { createHmac } from 'crypto';

export const DIGEST_TIMEOUT_SECONDS = 1800;

function mac(key: string, stamp: string): string {
  return createHmac('sha256', key).update(stamp).digest('hex').slice(0, 64).toUpperCase();
}

export function issueDigest(key: string, now: Date): string {
  const stamp = now.toUTCString();
  return `0x${mac(key, stamp)},${stamp}`;
}

export function digestIsValid(key: string, value: string | null, now: Date): boolean {
  const m = /^0x([0-9A-F]+),(.+)$/.exec(value ?? '');
  if (!m || m[1] !== mac(key, m[2])) return false;
  const age = (now.getTime() - Date.parse(m[2])) / 1000;
  return age >= -60 && age <= DIGEST_TIMEOUT_SECONDS;
}
