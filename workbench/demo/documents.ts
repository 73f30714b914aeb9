/**
 * Small PDF documents for the demo's attachments (a plan's supporting material, a session's
 * handout): one A4 page with a title and a few lines of text, in the standard Helvetica font, so
 * any PDF reader opens them. Written by hand because the format needs only a few objects and a
 * cross-reference table of byte offsets; nothing is loaded from anywhere.
 */

/** PDF text strings escape backslashes and parentheses; the demo's text is ASCII. */
function pdfText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
}

/** A one-page PDF with `title` in large type and `lines` below it. */
export function demoPdf(title: string, lines: readonly string[]): Uint8Array {
  const content = [
    'BT',
    '/F1 20 Tf',
    '56 780 Td',
    `(${pdfText(title)}) Tj`,
    '/F1 12 Tf',
    '0 -32 Td',
    ...lines.flatMap((line) => [`(${pdfText(line)}) Tj`, '0 -18 Td']),
    'ET'
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A demo document as the attachments' write path takes a file. */
export function demoFile(name: string, bytes: Uint8Array): { name: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> } {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}
