/**
 * The one HTML sanitising policy of the suite. Every post body and every other piece of rich
 * text passes through `sanitizePostHtml` before it is stored AND before it is rendered (the
 * list can be written by other clients, so what is stored is never trusted).
 *
 * What is allowed, and why:
 * - Formatting a blog needs: p, br, strong, em, b, i, u, s, ul, ol, li, blockquote, code, pre.
 * - Headings h2–h4 only: the post title is the page's heading; h1 in a body would break the
 *   heading outline screen-reader users navigate by (WCAG 1.3.1), h5/h6 are never needed.
 * - Links (a href) to https:, mailto: and server-relative paths only: the rule every stored URL
 *   meets before it becomes an href (safeLink, src/domain/links.ts). A link that fails it keeps
 *   its text and loses its href. Every link gets rel="noopener noreferrer"; target may only be _blank.
 * - `lang` on any element: posts mix Finnish, Swedish and English, and screen readers need it.
 * - Images only from the tenant: a relative src, or https from a host the caller names (the
 *   SharePoint host); and where the caller names the hub's pictures library (`imagePaths`, from
 *   schema v5), only from inside it, where a blog's owners put them and everyone reads them. The
 *   action plan's rule is that internal work uses internal tools only; an outside image would be
 *   a request to an outside server on every view (a tracking pixel), and a file from elsewhere on
 *   the site may be one its readers cannot open. data: images are refused too: they bloat list
 *   items and have carried exploits.
 * Everything else is dropped — tags not listed keep their text, the forbidden ones below lose
 * their content as well. No style, class or id (no layout spoofing, no DOM clobbering), no
 * event handlers, no data-* or aria-* attributes.
 */
import DOMPurify from 'dompurify';
import { safeLink } from '../links';
import { pictureSource } from './pictureSource';

export { toPlainText, truncateText } from './plainText';

/** What DOMPurify needs of a window: the browser's own, or jsdom's in tests. */
export type WindowLike = Parameters<typeof DOMPurify>[0];

export const ALLOWED_POST_TAGS: readonly string[] = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'code',
  'pre',
  'img'
];

export const ALLOWED_POST_ATTRIBUTES: readonly string[] = ['href', 'title', 'target', 'src', 'alt', 'lang'];

/** Named as well as left off the allow-list, so that a later widening cannot let them in. */
export const FORBIDDEN_POST_TAGS: readonly string[] = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'svg',
  'math',
  'meta',
  'link',
  'base',
  'template',
  'noscript',
  'portal',
  'video',
  'audio',
  'source',
  'track'
];

export const FORBIDDEN_POST_ATTRIBUTES: readonly string[] = [
  'style',
  'class',
  'id',
  'name',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'ping'
];

/**
 * DOMPurify's first gate, which it also applies to plain attributes (target, lang): https:, mailto:
 * or no scheme at all. For href and src the hook then applies safeLink, the rule that decides.
 * Whitespace is removed by DOMPurify first.
 */
const ALLOWED_URI = /^(?:(?:https|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

export interface SanitizeOptions {
  /** Hosts images may come from besides relative URLs, e.g. ["contoso.sharepoint.com"]. */
  imageHosts?: readonly string[];
  /** Server-relative folders images must lie in, e.g. ["/sites/hub/DDH Post Images/"]; any path when absent. */
  imagePaths?: readonly string[];
}

type Purifier = ReturnType<typeof DOMPurify>;

// One configured instance per window: hooks stay on our instance, not on the shared default.
const purifiers = new WeakMap<object, Purifier>();
// Hooks cannot take arguments; the current call's options are read from here (sanitising is synchronous).
let currentImageHosts: readonly string[] = [];
let currentImagePaths: readonly string[] | undefined;

function createPurifier(root: WindowLike): Purifier {
  const purifier = DOMPurify(root);
  purifier.addHook('afterSanitizeAttributes', (node: Element) => {
    const tag = node.nodeName.toLowerCase();
    if (tag === 'a') {
      if (node.hasAttribute('target') && node.getAttribute('target') !== '_blank') node.removeAttribute('target');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (node.hasAttribute('target')) {
      node.removeAttribute('target');
    }
    if (tag === 'a' && node.hasAttribute('href')) {
      // What is checked is what is rendered: the URL as a browser reads it, or no href at all.
      const href = safeLink(node.getAttribute('href'));
      if (href) node.setAttribute('href', href);
      else node.removeAttribute('href');
    }
    if (tag === 'img') {
      const src = pictureSource(node.getAttribute('src') || '', { hosts: currentImageHosts, paths: currentImagePaths });
      // An image without an allowed source is no image: remove it, keep nothing.
      if (src) node.setAttribute('src', src);
      else if (node.parentNode) node.parentNode.removeChild(node);
    }
    if (tag !== 'a') node.removeAttribute('href');
    if (tag !== 'img') {
      node.removeAttribute('src');
      node.removeAttribute('alt');
    }
  });
  return purifier;
}

function purifierFor(root: WindowLike | undefined): Purifier {
  const windowToUse = root || (typeof window !== 'undefined' ? (window as unknown as WindowLike) : undefined);
  if (!windowToUse) throw new Error('sanitizePostHtml needs a window (a browser or jsdom)');
  let purifier = purifiers.get(windowToUse);
  if (!purifier) {
    purifier = createPurifier(windowToUse);
    purifiers.set(windowToUse, purifier);
  }
  if (!purifier.isSupported) throw new Error('DOMPurify is not supported by this window');
  return purifier;
}

/** Clean HTML for a post body: safe to store and to render with dangerouslySetInnerHTML. */
export function sanitizePostHtml(html: string, root?: WindowLike, options: SanitizeOptions = {}): string {
  const purifier = purifierFor(root);
  currentImageHosts = options.imageHosts || [];
  currentImagePaths = options.imagePaths;
  try {
    return purifier.sanitize(html || '', {
      ALLOWED_TAGS: ALLOWED_POST_TAGS.slice(),
      ALLOWED_ATTR: ALLOWED_POST_ATTRIBUTES.slice(),
      FORBID_TAGS: FORBIDDEN_POST_TAGS.slice(),
      FORBID_ATTR: FORBIDDEN_POST_ATTRIBUTES.slice(),
      ALLOWED_URI_REGEXP: ALLOWED_URI,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      ALLOW_SELF_CLOSE_IN_ATTR: false,
      SAFE_FOR_TEMPLATES: false,
      WHOLE_DOCUMENT: false,
      RETURN_DOM: false,
      RETURN_DOM_FRAGMENT: false,
      RETURN_TRUSTED_TYPE: false
    });
  } finally {
    currentImageHosts = [];
    currentImagePaths = undefined;
  }
}
