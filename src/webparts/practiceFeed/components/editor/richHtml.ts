/**
 * A post's body between its stored HTML and the rich-text editor (Lexical). Reading uses
 * Lexical's own HTML import (@lexical/html): only the nodes registered here survive (paragraphs,
 * headings, quotes, lists, links, pictures; bold, italic and the other text formats), so a post
 * written in the old markup syntax — stored as HTML all along — opens as it looks.
 *
 * Writing uses Lexical's HTML export and then tidies it (hand-written, a few lines, because the
 * export is made for copy-and-paste between editors, not for storing): text comes wrapped in
 * spans with inline styles, bold as `<b><strong style>`, list items with `value`, links with
 * whatever attributes. What is stored is plain semantic HTML — p, h2–h4, strong, em, u, s, code,
 * ul/ol/li, blockquote, a href, img alt src, br — that the sanitiser (src/domain/feed/sanitize.ts)
 * keeps as it is. The sanitiser still runs before anything is stored or shown.
 */
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, $insertNodes, Klass, LexicalEditor, LexicalNode } from 'lexical';
import { safeLink } from '../../../../domain/links';
import { pictureSource, PictureSources } from '../../../../domain/feed/pictureSource';
import { ImageNode } from './ImageNode';

/** Every kind of node a post may have. */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, ImageNode];

/** Attributes that mean something in a stored post, per element; every other attribute goes. */
const KEEP: Record<string, readonly string[]> = { a: ['href'], img: ['alt', 'src'] };

/**
 * Replaces the editor's content with the HTML's (call inside editor.update or as the initial
 * editor state). The HTML is parsed into an inert document (nothing in it runs or loads) and only
 * Lexical's registered nodes come out of it, so scripts, handlers, styles and unknown elements are
 * left behind without DOMPurify (which would weigh on the editor's chunk; it still runs when the
 * post is stored). Pictures and links are held to the suite's rules here: a picture from where the
 * policy would not show it (`pictures`: pictureSource.ts) is left out, and a link to an address
 * safeLink refuses keeps only its text.
 */
export function $loadHtml(editor: LexicalEditor, html: string, pictures?: PictureSources): void {
  const dom = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  dom.querySelectorAll('img').forEach((img) => {
    const src = pictures ? pictureSource(img.getAttribute('src') || '', pictures) : safeLink(img.getAttribute('src'));
    if (src) img.setAttribute('src', src);
    else img.remove();
  });
  dom.querySelectorAll('a').forEach((a) => {
    const href = safeLink(a.getAttribute('href'));
    if (href) a.setAttribute('href', href);
    else unwrap(a);
  });
  const nodes = $generateNodesFromDOM(editor, dom);
  const root = $getRoot();
  root.clear();
  // An empty body is one empty paragraph, as Lexical starts: a root without children counts as an
  // editor not yet loaded, and the first change after it would not be reported.
  if (!nodes.length) {
    root.append($createParagraphNode());
    return;
  }
  root.select();
  $insertNodes(nodes);
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function rename(el: Element, tag: string): void {
  const replacement = el.ownerDocument.createElement(tag);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  Array.from(el.attributes).forEach((a) => replacement.setAttribute(a.name, a.value));
  el.replaceWith(replacement);
}

/** An element that shows nothing: no text and no picture (an empty paragraph's `<br>`). */
function isEmpty(el: Element): boolean {
  return !(el.textContent || '').trim() && !el.querySelector('img');
}

/** Lexical's exported HTML as plain semantic HTML (see the file's comment). Exported for tests. */
export function tidyExportedHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  // Text's own element (span; strong or em when bold or italic, doubled by the b/i wrappers) goes; the wrappers stay.
  root.querySelectorAll('span, strong, em').forEach(unwrap);
  // A link without an address the suite would show (an imported <a> without href gets "https://") is its text.
  root.querySelectorAll('a').forEach((el) => { if (!safeLink(el.getAttribute('href'))) unwrap(el); });
  root.querySelectorAll('b').forEach((el) => rename(el, 'strong'));
  root.querySelectorAll('i').forEach((el) => rename(el, 'em'));
  // Headings the policy has no room for (a pasted h1 would compete with the post's title).
  root.querySelectorAll('h1').forEach((el) => rename(el, 'h2'));
  root.querySelectorAll('h5, h6').forEach((el) => rename(el, 'h4'));
  root.querySelectorAll('*').forEach((el) => {
    const keep = KEEP[el.nodeName.toLowerCase()] || [];
    Array.from(el.attributes).forEach((a) => { if (keep.indexOf(a.name) < 0) el.removeAttribute(a.name); });
  });
  // Empty paragraphs (blank lines typed between paragraphs) say nothing; a body of only them is empty.
  root.querySelectorAll('p, h2, h3, h4, blockquote').forEach((el) => { if (isEmpty(el)) el.remove(); });
  root.querySelectorAll('ul, ol').forEach((el) => { if (isEmpty(el)) el.remove(); });
  const out = document.createElement('div');
  out.appendChild(root);
  return out.innerHTML;
}

/** The editor's content as the HTML a post stores (call inside editor.read or editorState.read). */
export function $writeHtml(editor: LexicalEditor): string {
  return tidyExportedHtml($generateHtmlFromNodes(editor, null));
}
