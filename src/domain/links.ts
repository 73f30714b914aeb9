/**
 * The one rule for a stored URL that becomes a link (href) or a source (src): https:, mailto: or
 * a server-relative path on the site's own host — nothing else. Every list can be written through
 * REST by any client, so a URL is checked where it is shown, not only where it is typed: a
 * `javascript:` or `data:` value in a good practice's links, a session's meeting link or a post
 * body must never become a live link. Callers show a refused URL as plain text (nothing is lost).
 *
 * Browsers forgive a lot before they read a scheme (WHATWG URL parsing): leading and trailing
 * control characters and spaces are stripped, tabs and line breaks anywhere are removed, and in
 * http(s) URLs a backslash counts as a slash. The same is done here first, so " JaVaScRiPt:",
 * "java\tscript:" or "/\evil.example" are read as the browser would read them. Anything that
 * does not plainly say "https://", "mailto:" or "/" + a path is refused rather than guessed:
 * "https:evil" (relative on an https page), "//evil.example" (protocol-relative: another host),
 * "\\evil" and entity-encoded schemes (React writes attributes literally, so "&#106;avascript:"
 * would stay a meaningless relative path). http: is refused too: the tenant is https only.
 */

/** What a browser ignores in a URL before reading it: C0 controls and space at the ends, tab/CR/LF anywhere. */
function asBrowserReadsIt(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

function parse(value: string, base?: string): URL | undefined {
  try {
    return base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * The href to render for a stored URL, or undefined when it must be shown as text.
 * `siteUrl` (absolute, e.g. the SharePoint web's URL or the page's) resolves a server-relative
 * path and proves it stays on the site's host; without it a server-relative path is returned as is.
 */
export function safeLink(url: string | undefined | null, siteUrl?: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  const value = asBrowserReadsIt(url);
  if (/^https:\/\//i.test(value)) {
    const parsed = parse(value);
    // No credentials: "https://intranet.example@evil.example" reads as the intranet and is not.
    if (!parsed || parsed.protocol !== 'https:' || !parsed.hostname || parsed.username || parsed.password) return undefined;
    return parsed.href;
  }
  if (/^mailto:[^/\\]/i.test(value)) {
    const parsed = parse(value);
    return parsed && parsed.protocol === 'mailto:' ? parsed.href : undefined;
  }
  if (/^\/(?![/\\])/.test(value)) {
    const site = siteUrl === undefined ? undefined : parse(siteUrl);
    if (!site || (site.protocol !== 'https:' && site.protocol !== 'http:')) return value;
    const resolved = parse(value, site.href);
    return resolved && resolved.origin === site.origin ? resolved.href : undefined;
  }
  return undefined;
}

/** True when `safeLink` would render the URL as a link. */
export function isSafeLink(url: string | undefined | null, siteUrl?: string): boolean {
  return safeLink(url, siteUrl) !== undefined;
}
