/**
 * Where a stored URL becomes an href in the user interface: the domain's one rule (safeLink),
 * with the page's own address as the site, so a server-relative path must stay on this host.
 * A refused URL is shown as text by the caller: nothing the list holds is hidden.
 */
import { safeLink } from '../domain/links';

export function hrefFor(url: string | undefined | null): string | undefined {
  return safeLink(url, typeof location !== 'undefined' ? location.href : undefined);
}
