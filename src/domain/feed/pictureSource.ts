/**
 * Where a post's picture may come from, one rule for the sanitiser (sanitize.ts) and for the
 * feed's cards (which show a post's first picture without loading the sanitiser): a
 * server-relative path, or https from a host the caller names (the tenant's); and where the
 * caller names the hub's pictures library (`paths`, from schema v5), only from inside it.
 */
import { safeLink } from '../links';

export interface PictureSources {
  /** Hosts pictures may come from besides relative URLs, e.g. ["contoso.sharepoint.com"]. */
  hosts?: readonly string[];
  /** Server-relative folders pictures must lie in, e.g. ["/sites/hub/DDH Post Images/"]; any when absent. */
  paths?: readonly string[];
}

/** Whether a server-relative path lies in one of the folders (compared decoded, case-insensitive, as SharePoint's URLs are). */
function inFolders(path: string, folders: readonly string[] | undefined): boolean {
  if (!folders) return true;
  let decoded: string;
  try {
    // A browser reads a backslash in a path as a slash.
    decoded = decodeURIComponent(path.split(/[?#]/)[0]).replace(/\\/g, '/').toLowerCase();
  } catch {
    return false;
  }
  // No way out of the folder with dot segments.
  if (/(^|\/)\.\.?(\/|$)/.test(decoded)) return false;
  return folders.some((folder) => decoded.indexOf(folder.toLowerCase().replace(/\/?$/, '/')) === 0);
}

/** The picture's source as the browser will load it, or undefined when it may not be shown. */
export function pictureSource(src: string, allowed: PictureSources): string | undefined {
  const href = safeLink(src);
  if (!href) return undefined;
  if (href.charAt(0) === '/') return href.charAt(1) !== '/' && inFolders(href, allowed.paths) ? href : undefined;
  if (!/^https:/.test(href)) return undefined;
  const url = new URL(href);
  return (allowed.hosts || []).some((host) => host.toLowerCase() === url.host) && inFolders(url.pathname, allowed.paths) ? href : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };

function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const raw = match ? (match[2] ?? match[3] ?? match[4] ?? '') : '';
  return raw.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, entity: string) => ENTITIES[entity]);
}

/** The first picture of a post's (stored) body that may be shown, with its alternative text: the card's cover. */
export function firstPicture(html: string, allowed: PictureSources): { src: string; alt: string } | undefined {
  const pattern = /<img\b[^>]*>/gi;
  for (let match = pattern.exec(html || ''); match; match = pattern.exec(html || '')) {
    const src = pictureSource(attribute(match[0], 'src'), allowed);
    if (src) return { src, alt: attribute(match[0], 'alt') };
  }
  return undefined;
}
