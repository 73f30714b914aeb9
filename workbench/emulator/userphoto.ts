/**
 * `<site>/_layouts/15/userphoto.aspx?size=S|M|L&accountname=<email or login>`: the tenant's person
 * photo, which the web parts show beside authors, commenters, reviewers and registrants. There are
 * no photos here, so a known person gets a generated one: their initials on a colour derived from
 * their name (what Microsoft 365 draws for people without a photo; microsoftgraph/microsoft-graph-docs
 * #8415: "client side logic across M365 which auto-creates the initials when a picture isn't present").
 *
 * - Sizes: S 48 px, M 72 px, L 300 px (webtiger.co.uk, "Using a SharePoint user profile picture
 *   URL"); anything else answers as M. `accountname` and `username` both name the person, by
 *   e-mail or claims login.
 * - An account with no photo, or one the directory does not know, still answers 200 with a blank
 *   person image, not an error (pnp/sp-starter-kit PR #261: "in case of userphoto.aspx we get a
 *   proper blank image"); a page's <img> never breaks on it. Clients keep an initials fallback for
 *   what does fail (a network error, a signed-out session).
 * - Signed-in callers only (SharePoint sends anonymous callers to the sign-in page): 401 here.
 * - The answer is SVG: `Content-Type: image/svg+xml`, names XML-escaped, and a CSP that lets no
 *   script run should someone open the URL as a document. Cached privately for an hour (the
 *   photo of a person is per tenant and per signed-in browser; SharePoint's own max-age is not
 *   documented, so this is the emulator's choice).
 */

export interface PhotoPerson {
  email: string;
  title: string;
  loginName: string;
}

const SIZES: Record<string, number> = { s: 48, m: 72, l: 300 };

/** Colours the initials are written on in white (each ≥ 4.5:1 against #fff). */
const COLOURS = ['#0f6cbd', '#8764b8', '#c239b3', '#ca5010', '#038387', '#4f6bed', '#986f0b', '#498205', '#d13438', '#5c2e91'];

/** Whether a URL path is the photo page of some site (`…/_layouts/15/userphoto.aspx`). */
export function isUserPhotoPath(pathname: string): boolean {
  return /\/_layouts\/15\/userphoto\.aspx$/i.test(pathname);
}

/** The site part of the photo page's path ('' for the root site). */
export function userPhotoSitePath(pathname: string): string {
  return pathname
    .replace(/\/_layouts\/15\/userphoto\.aspx$/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** "Anna Virtanen" → "AV", "lars" → "L"; letters only, so no markup can come through. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s,]+/)
    .filter((w) => /\p{L}/u.test(w));
  const letters = words.map((w) => (w.match(/\p{L}/u) as RegExpMatchArray)[0].toUpperCase());
  return letters.length > 1 ? letters[0] + letters[letters.length - 1] : letters.join('');
}

/** One colour per name, the same every time. */
export function colourOf(name: string): string {
  let hash = 0;
  for (const c of name.toLowerCase()) hash = (hash * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}

function svg(px: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 100 100">${body}</svg>`;
}

function initialsSvg(name: string, px: number): string {
  return svg(
    px,
    `<rect width="100" height="100" fill="${colourOf(name)}"/>` +
      `<text x="50" y="50" dy="0.35em" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="40" font-weight="600" fill="#ffffff">${initialsOf(name)}</text>`
  );
}

/** The blank person SharePoint answers for an account without a photo. */
function blankSvg(px: number): string {
  return svg(
    px,
    '<rect width="100" height="100" fill="#e1dfdd"/><circle cx="50" cy="38" r="18" fill="#8a8886"/><path d="M18 92c4-20 18-30 32-30s28 10 32 30z" fill="#8a8886"/>'
  );
}

/** Answers the photo page; `find` looks a person up by e-mail or claims login (lower case). */
export function userPhoto(url: URL, signedIn: boolean, find: (account: string) => PhotoPerson | undefined): Response {
  if (!signedIn) return new Response(null, { status: 401 });
  const px = SIZES[(url.searchParams.get('size') ?? 'm').toLowerCase()] ?? SIZES.m;
  const account = (url.searchParams.get('accountname') ?? url.searchParams.get('username') ?? '').trim().toLowerCase();
  const person = account ? find(account) : undefined;
  const name = person ? person.title : '';
  return new Response(person && initialsOf(name) ? initialsSvg(name, px) : blankSvg(px), {
    status: 200,
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'private, max-age=3600',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff'
    }
  });
}
