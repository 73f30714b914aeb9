/**
 * The editor's simple markup ⇄ HTML. People write in a plain textarea (keyboard and screen
 * readers need nothing special) with a few marks the toolbar inserts:
 *
 *   ## Heading            **bold**          - bullet            > quote
 *   ### Subheading        *italic*          1. numbered         [text](https://…)
 *   blank line = new paragraph              ![alt](/sites/…/image.png)
 *
 * The HTML made here is still sanitised (sanitizePostHtml) before it is stored and rendered:
 * this converter only has to be useful, never safe.
 */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, '<img alt="$1" src="$2">')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
}

type Block = { kind: 'p' | 'h2' | 'h3' | 'quote'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

export function markupToHtml(markup: string): string {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const close = (): void => { if (current) blocks.push(current); current = undefined; };
  for (const raw of (markup || '').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) { close(); continue; }
    let m: RegExpExecArray | null;
    if ((m = /^\s*###\s+(.*)$/.exec(line))) { close(); blocks.push({ kind: 'h3', lines: [m[1]] }); continue; }
    if ((m = /^\s*##\s+(.*)$/.exec(line))) { close(); blocks.push({ kind: 'h2', lines: [m[1]] }); continue; }
    if ((m = /^\s*[-*]\s+(.*)$/.exec(line))) {
      if (!current || current.kind !== 'ul') { close(); current = { kind: 'ul', items: [] }; }
      current.items.push(m[1]);
      continue;
    }
    if ((m = /^\s*\d+[.)]\s+(.*)$/.exec(line))) {
      if (!current || current.kind !== 'ol') { close(); current = { kind: 'ol', items: [] }; }
      current.items.push(m[1]);
      continue;
    }
    if ((m = /^\s*>\s?(.*)$/.exec(line))) {
      if (!current || current.kind !== 'quote') { close(); current = { kind: 'quote', lines: [] }; }
      current.lines.push(m[1]);
      continue;
    }
    if (!current || current.kind !== 'p') { close(); current = { kind: 'p', lines: [] }; }
    current.lines.push(line.trim());
  }
  close();
  return blocks.map((block) => {
    switch (block.kind) {
      case 'ul': case 'ol': return `<${block.kind}>${block.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${block.kind}>`;
      case 'quote': return `<blockquote><p>${block.lines.map(inline).join('<br>')}</p></blockquote>`;
      case 'h2': case 'h3': return `<${block.kind}>${inline(block.lines[0])}</${block.kind}>`;
      default: return `<p>${block.lines.map(inline).join('<br>')}</p>`;
    }
  }).join('');
}

function inlineMarkup(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === 3) { out += (child.textContent || '').replace(/\s+/g, ' '); return; }
    if (child.nodeType !== 1) return;
    const el = child as Element;
    const tag = el.nodeName.toLowerCase();
    const inner = inlineMarkup(el);
    if (tag === 'strong' || tag === 'b') out += `**${inner}**`;
    else if (tag === 'em' || tag === 'i') out += `*${inner}*`;
    else if (tag === 'a') out += `[${inner}](${el.getAttribute('href') || ''})`;
    else if (tag === 'img') out += `![${el.getAttribute('alt') || ''}](${el.getAttribute('src') || ''})`;
    else if (tag === 'br') out += '\n';
    else out += inner;
  });
  return out;
}

/** Back from stored (sanitised) HTML to markup, for editing a post; what markup cannot say is kept as text. */
export function htmlToMarkup(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const blocks: string[] = [];
  let loose = '';
  const flush = (): void => { if (loose.trim()) blocks.push(loose.trim()); loose = ''; };
  doc.body.childNodes.forEach((node) => {
    const tag = node.nodeName.toLowerCase();
    if (node.nodeType !== 1 || ['strong', 'b', 'em', 'i', 'a', 'img', 'br', 'u', 's', 'code', 'span'].indexOf(tag) >= 0) {
      loose += node.nodeType === 1 ? inlineMarkup({ childNodes: [node] } as unknown as Node) : (node.textContent || '');
      return;
    }
    flush();
    const el = node as Element;
    if (tag === 'h2') blocks.push(`## ${inlineMarkup(el).trim()}`);
    else if (tag === 'h3' || tag === 'h4') blocks.push(`### ${inlineMarkup(el).trim()}`);
    else if (tag === 'ul' || tag === 'ol') {
      const items: string[] = [];
      el.querySelectorAll(':scope > li').forEach((li, i) => items.push(`${tag === 'ul' ? '-' : `${i + 1}.`} ${inlineMarkup(li).trim()}`));
      blocks.push(items.join('\n'));
    } else if (tag === 'blockquote') {
      blocks.push(el.textContent ? inlineMarkup(el).trim().split('\n').map((l) => `> ${l.trim()}`).join('\n') : '>');
    } else {
      blocks.push(inlineMarkup(el).trim());
    }
  });
  flush();
  return blocks.filter(Boolean).join('\n\n');
}

/** What a toolbar button does to the text: wrap the selection, or start each selected line. */
export type MarkupAction = 'bold' | 'italic' | 'bulletList' | 'numberedList' | 'heading' | 'link';

export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

export function applyMarkup(action: MarkupAction, text: string, start: number, end: number, placeholder: string): TextEdit {
  const selected = text.slice(start, end) || placeholder;
  const wrap = (before: string, after: string): TextEdit => ({
    text: text.slice(0, start) + before + selected + after + text.slice(end),
    selectionStart: start + before.length,
    selectionEnd: start + before.length + selected.length
  });
  if (action === 'bold') return wrap('**', '**');
  if (action === 'italic') return wrap('*', '*');
  if (action === 'link') {
    const before = `[${selected}](`;
    const url = 'https://';
    return { text: text.slice(0, start) + before + url + ')' + text.slice(end), selectionStart: start + before.length, selectionEnd: start + before.length + url.length };
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const block = text.slice(lineStart, end) || placeholder;
  const lines = block.split('\n').map((line, i) => {
    const bare = line.replace(/^\s*(?:[-*]|\d+[.)]|#{2,3})\s+/, '');
    if (action === 'heading') return `## ${bare}`;
    return action === 'bulletList' ? `- ${bare}` : `${i + 1}. ${bare}`;
  }).join('\n');
  return { text: text.slice(0, lineStart) + lines + text.slice(end), selectionStart: lineStart, selectionEnd: lineStart + lines.length };
}
