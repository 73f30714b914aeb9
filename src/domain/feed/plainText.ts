/**
 * Plain text from a post's HTML, for feed excerpts, search text and length checks.
 *
 * Works without a DOM (string rules only), so it runs anywhere: the result is never HTML and is
 * always rendered as text by React, so stripping need not be perfect to be safe — only readable.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
  copy: '©',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  aring: 'å',
  Aring: 'Å',
  uuml: 'ü',
  Uuml: 'Ü',
  eacute: 'é',
  Eacute: 'É'
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name.charAt(0) === '#') {
      const code = name.charAt(1).toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
  });
}

const BLOCK_TAGS = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|td|th|table|section|article|hr)$/i;

/**
 * Text only: no tags, comments or script/style content; entities decoded; whitespace collapsed.
 * `maxLength` counts code points (so "ä" or an emoji is one) and cuts at a word boundary where
 * one is near, adding "…".
 */
export function toPlainText(html: string, maxLength?: number): string {
  const text = decodeEntities(
    (html || '')
      .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
      .replace(/<(script|style|template|noscript|textarea|title)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) => (BLOCK_TAGS.test(name) ? ' ' : ''))
      .replace(/<[a-z!/?][^>]*>?/gi, '')
  )
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
  return maxLength === undefined ? text : truncateText(text, maxLength);
}

/** Shortens to at most `maxLength` code points including the ellipsis. */
export function truncateText(text: string, maxLength: number): string {
  const characters = Array.from(text);
  if (characters.length <= maxLength) return text;
  if (maxLength <= 1) return characters.slice(0, Math.max(0, maxLength)).join('');
  const cut = characters.slice(0, maxLength - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at the last space when it keeps at least half of the room; one very long word is cut as is.
  const kept = lastSpace >= cut.length * 0.5 ? cut.slice(0, lastSpace) : cut;
  return kept.replace(/[\s.,;:–—-]+$/, '') + '…';
}
