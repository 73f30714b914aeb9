/**
 * A post's body between its stored HTML and the rich-text editor (Squire, RichTextEditor.tsx).
 * Hand-written, a few dozen lines, because the editor's chunk must stay small: DOMPurify (which
 * Squire would use) stays out of it, and the sanitiser (src/domain/feed/sanitize.ts) still runs
 * before anything is stored or shown.
 *
 * One filter serves both ways. HTML is parsed into an inert document (nothing in it runs or
 * loads) and copied element by element into fresh nodes: only what a post may have survives —
 * p, h2–h4, strong/b, em/i, u, s, code, ul/ol/li, blockquote, a (href via safeLink), img (src
 * where the policy allows pictures, alt), br. Script-like elements go with their content;
 * anything else is unwrapped to its text. No attribute is copied but href, src and alt.
 *  - Into the editor (`editableFragment`, Squire's sanitizeToDOMFragment, also for pasted HTML):
 *    bold and italic as b and i, which is what Squire's formats are.
 *  - Out of it (`storedHtml`): plain semantic HTML, strong and em, without the line breaks Squire
 *    keeps in empty blocks and without empty blocks, so an empty editor writes '' (and "the text
 *    is required" still says so). A post written in the old markup syntax (HTML all along) opens
 *    as it looks and comes back unchanged.
 */
import { safeLink } from '../../../../domain/links';
import { pictureSource, PictureSources } from '../../../../domain/feed/pictureSource';

type Mode = 'edit' | 'store';

/** Elements that go with everything in them: their content is code or metadata, not text. */
const DROP =
  /^(script|style|template|noscript|iframe|object|embed|frame|frameset|head|title|meta|link|svg|math|textarea|select|button|input)$/;
const BLOCKS = /^(p|h2|h3|h4|li|blockquote)$/;
/** A block-level element: a div with one of these inside is unwrapped, without them it is a paragraph. */
const HAS_BLOCKS = 'p,h1,h2,h3,h4,h5,h6,ul,ol,li,blockquote,div,table,pre';

/** The tag an element keeps (undefined: unwrapped to its content). */
function tagFor(name: string, mode: Mode): string | undefined {
  switch (name) {
    case 'p':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'u':
    case 's':
    case 'code':
    case 'ul':
    case 'ol':
    case 'li':
    case 'blockquote':
    case 'br':
    case 'a':
    case 'img':
      return name;
    case 'h1':
      return 'h2';
    case 'h5':
    case 'h6':
      return 'h4';
    case 'strong':
    case 'b':
      return mode === 'edit' ? 'b' : 'strong';
    case 'em':
    case 'i':
      return mode === 'edit' ? 'i' : 'em';
    default:
      return undefined;
  }
}

function copyChildren(from: Node, into: Node, mode: Mode, pictures: PictureSources | undefined): void {
  const doc = document;
  from.childNodes.forEach((node) => {
    if (node.nodeType === 3) {
      into.appendChild(doc.createTextNode(node.nodeValue || ''));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.nodeName.toLowerCase();
    if (DROP.test(name)) return;
    let tag = tagFor(name, mode);
    if (name === 'div' && !el.querySelector(HAS_BLOCKS)) tag = 'p';
    if (tag === 'a') {
      const href = safeLink(el.getAttribute('href'));
      if (!href) tag = undefined;
      else {
        const a = doc.createElement('a');
        a.setAttribute('href', href);
        into.appendChild(a);
        copyChildren(el, a, mode, pictures);
        return;
      }
    }
    if (tag === 'img') {
      const given = el.getAttribute('src') || '';
      const src = pictures ? pictureSource(given, pictures) : safeLink(given);
      if (!src) return;
      const img = doc.createElement('img');
      img.setAttribute('alt', el.getAttribute('alt') || '');
      img.setAttribute('src', src);
      into.appendChild(img);
      return;
    }
    if (!tag) {
      copyChildren(el, into, mode, pictures);
      return;
    }
    const copy = doc.createElement(tag);
    into.appendChild(copy);
    copyChildren(el, copy, mode, pictures);
  });
}

/** The HTML parsed where nothing in it runs or loads (a document without a browsing context). */
function inert(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html || ''}</body>`, 'text/html').body;
}

/**
 * HTML as the editor may hold it (see the file's comment). `pictures`: where pictures may come
 * from (pictureSource.ts); without it, any source safeLink allows.
 */
export function editableFragment(html: string, pictures?: PictureSources): DocumentFragment {
  const fragment = document.createDocumentFragment();
  copyChildren(inert(html), fragment, 'edit', pictures);
  return fragment;
}

/** An element that shows nothing: no text and no picture (an empty paragraph's `<br>`). */
function isEmpty(el: Element): boolean {
  return !(el.textContent || '').trim() && !el.querySelector('img');
}

/** The editor's HTML (Squire's getHTML) as the plain HTML a post stores (see the file's comment). */
export function storedHtml(html: string, pictures?: PictureSources): string {
  const out = document.createElement('div');
  copyChildren(inert(html), out, 'store', pictures);
  // The line break Squire keeps at the end of a block so that the cursor has somewhere to be.
  out.querySelectorAll('*').forEach((el) => {
    if (!BLOCKS.test(el.nodeName.toLowerCase())) return;
    while (el.lastChild && (el.lastChild.nodeName === 'BR' || (el.lastChild.nodeType === 3 && !el.lastChild.nodeValue)))
      el.removeChild(el.lastChild);
  });
  // Empty blocks (blank lines typed between paragraphs) say nothing; a body of only them is empty.
  out.querySelectorAll('p, h2, h3, h4, blockquote, li').forEach((el) => {
    if (isEmpty(el)) el.remove();
  });
  out.querySelectorAll('ul, ol').forEach((el) => {
    if (!el.querySelector('li')) el.remove();
  });
  return out.innerHTML;
}
