/** @jest-environment jsdom */
import { applyMarkup, htmlToMarkup, markupToHtml } from '../../src/webparts/practiceFeed/components/editor/markup';
import { sanitizePostHtml } from '../../src/domain/feed';

describe('the editor markup', () => {
  const sample = '## Ash cloud\n\nLondon reached **2,000 Finns** via *two* groups.\nSee [the page](https://intra.example/ash).\n\n- Facebook groups\n- Seamen\'s church\n\n1. First\n2. Second\n\n> Quick but accurate';

  test('markup becomes the HTML the sanitiser keeps as it is', () => {
    const html = markupToHtml(sample);
    expect(html).toBe('<h2>Ash cloud</h2><p>London reached <strong>2,000 Finns</strong> via <em>two</em> groups.<br>See <a href="https://intra.example/ash">the page</a>.</p>'
      + '<ul><li>Facebook groups</li><li>Seamen\'s church</li></ul><ol><li>First</li><li>Second</li></ol><blockquote><p>Quick but accurate</p></blockquote>');
    expect(sanitizePostHtml(html)).toBe(html.replace('<a href="https://intra.example/ash">', '<a href="https://intra.example/ash" rel="noopener noreferrer">'));
  });

  test('text that looks like HTML stays text', () => {
    expect(markupToHtml('<script>alert(1)</script> & "x"')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>');
  });

  test('stored HTML comes back as markup for editing, and round-trips', () => {
    expect(markupToHtml(htmlToMarkup(markupToHtml(sample)))).toBe(markupToHtml(sample));
    expect(htmlToMarkup('<p>Plain <u>under</u> text</p>')).toBe('Plain under text');
  });

  test('toolbar actions wrap the selection or start the lines', () => {
    expect(applyMarkup('bold', 'a word here', 2, 6, 'text')).toEqual({ text: 'a **word** here', selectionStart: 4, selectionEnd: 8 });
    expect(applyMarkup('italic', 'ab', 2, 2, 'text').text).toBe('ab*text*');
    expect(applyMarkup('bulletList', 'one\ntwo', 0, 7, 'text').text).toBe('- one\n- two');
    expect(applyMarkup('numberedList', '- one\n- two', 0, 11, 'text').text).toBe('1. one\n2. two');
    const link = applyMarkup('link', 'see this', 4, 8, 'text');
    expect(link.text).toBe('see [this](https://)');
    expect(link.text.slice(link.selectionStart, link.selectionEnd)).toBe('https://');
  });
});
