/**
 * The old editor's simple markup → HTML, kept only for drafts saved in the browser before the
 * rich-text editor (drafts.ts): they open in it as they would have been published. Posts were
 * always stored as HTML and need nothing from here. The syntax was:
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
  const close = (): void => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (const raw of (markup || '').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      close();
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^\s*###\s+(.*)$/.exec(line))) {
      close();
      blocks.push({ kind: 'h3', lines: [m[1]] });
      continue;
    }
    if ((m = /^\s*##\s+(.*)$/.exec(line))) {
      close();
      blocks.push({ kind: 'h2', lines: [m[1]] });
      continue;
    }
    if ((m = /^\s*[-*]\s+(.*)$/.exec(line))) {
      if (!current || current.kind !== 'ul') {
        close();
        current = { kind: 'ul', items: [] };
      }
      current.items.push(m[1]);
      continue;
    }
    if ((m = /^\s*\d+[.)]\s+(.*)$/.exec(line))) {
      if (!current || current.kind !== 'ol') {
        close();
        current = { kind: 'ol', items: [] };
      }
      current.items.push(m[1]);
      continue;
    }
    if ((m = /^\s*>\s?(.*)$/.exec(line))) {
      if (!current || current.kind !== 'quote') {
        close();
        current = { kind: 'quote', lines: [] };
      }
      current.lines.push(m[1]);
      continue;
    }
    if (!current || current.kind !== 'p') {
      close();
      current = { kind: 'p', lines: [] };
    }
    current.lines.push(line.trim());
  }
  close();
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'ul':
        case 'ol':
          return `<${block.kind}>${block.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${block.kind}>`;
        case 'quote':
          return `<blockquote><p>${block.lines.map(inline).join('<br>')}</p></blockquote>`;
        case 'h2':
        case 'h3':
          return `<${block.kind}>${inline(block.lines[0])}</${block.kind}>`;
        default:
          return `<p>${block.lines.map(inline).join('<br>')}</p>`;
      }
    })
    .join('');
}
