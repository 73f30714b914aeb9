/** @jest-environment jsdom */
/**
 * A post's body between its stored HTML and the rich-text editor (richHtml.ts), without a page:
 * what is stored opens as it is and comes back as the same plain HTML, which the sanitiser keeps
 * unchanged. The old markup syntax's traps are gone (no syntax: a star is a star, a link's
 * address is whole), and drafts kept in that syntax still open (drafts.ts with markupToHtml).
 */
import Squire from 'squire-rte';
import { sanitizePostHtml } from '../../src/domain/feed';
import { editableFragment, storedHtml } from '../../src/webparts/practiceFeed/components/editor/richHtml';
import { draftKey, loadDraft } from '../../src/webparts/practiceFeed/components/editor/drafts';
import { markupToHtml } from '../../src/webparts/practiceFeed/components/editor/markup';

const PICTURES = { hosts: ['contoso.sharepoint.com'], paths: ['/sites/hub/DDH Post Images/'] };

/** Into a Squire editor as the post editor sets it up, and out of it as the post editor stores it. */
function roundTrip(html: string): string {
  const root = document.createElement('div');
  document.body.appendChild(root);
  const editor = new Squire(root, { blockTag: 'P', addLinks: false, sanitizeToDOMFragment: (h: string) => editableFragment(h, PICTURES) });
  editor.setHTML(html);
  const out = storedHtml(editor.getHTML(), PICTURES);
  editor.destroy();
  root.remove();
  return out;
}

/** What the sanitiser makes of it, minus the rel it adds to every link. */
function sanitised(html: string): string {
  return sanitizePostHtml(html, undefined, { imagePaths: ['/sites/hub/DDH Post Images/'] }).replace(/ rel="noopener noreferrer"/g, '');
}

const STORED =
  '<h2>Ash cloud</h2><p>London reached <strong>2,000 Finns</strong> via <em>two</em> groups.<br>See <a href="https://intra.example/ash">the page</a>.</p>' +
  "<ul><li>Facebook groups</li><li>Seamen's church</li></ul><ol><li>First</li><li>Second</li></ol><blockquote><p>Quick but accurate</p></blockquote>" +
  '<h3>Pictures</h3><p><img alt="The harbour at dawn" src="/sites/hub/DDH%20Post%20Images/blog-1/20260101-120000-abc123.jpg"></p>';

describe('a post body in the rich-text editor', () => {
  test('stored HTML (what the old markup made) opens and comes back unchanged, and the sanitiser keeps it', () => {
    expect(roundTrip(STORED)).toBe(STORED);
    expect(sanitised(roundTrip(STORED))).toBe(STORED);
    // The same for what the old converter made of its own syntax.
    const old = markupToHtml('## Ash cloud\n\nLondon reached **2,000 Finns** via *two* groups.\n\n- one\n- two\n\n> Quick');
    expect(roundTrip(old)).toBe(old);
  });

  test('no syntax to trip over: stars stay stars, a link keeps its whole address', () => {
    expect(roundTrip('<p>5*3 = 15 and 2*4</p>')).toBe('<p>5*3 = 15 and 2*4</p>');
    expect(roundTrip('<p>See <a href="https://example.org/a_(b)">the page</a>.</p>')).toBe(
      '<p>See <a href="https://example.org/a_(b)">the page</a>.</p>'
    );
    expect(sanitised('<p>See <a href="https://example.org/a_(b)">the page</a>.</p>')).toBe(
      '<p>See <a href="https://example.org/a_(b)">the page</a>.</p>'
    );
    expect(roundTrip('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "x"</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "x"</p>'
    );
  });

  test('what the editor writes is plain HTML: no classes, styles, spans, empty blocks or trailing line breaks', () => {
    const raw =
      '<p dir="ltr" class="x"><span style="color: red">a </span><b>bold</b><i><b>both</b></i><u>under</u><br></p><ul><li>x<br></li></ul>' +
      '<p><br></p><div><br></div><h1>Too big</h1><p><a href="/sites/hub/page" rel="noopener" target="_blank" title="t">here</a></p>' +
      '<p><img src="/sites/hub/DDH%20Post%20Images/a.jpg" alt="A" style="width: 300px" class="squire-image"></p>';
    expect(storedHtml(raw)).toBe(
      '<p>a <strong>bold</strong><em><strong>both</strong></em><u>under</u></p><ul><li>x</li></ul>' +
        '<h2>Too big</h2><p><a href="/sites/hub/page">here</a></p><p><img alt="A" src="/sites/hub/DDH%20Post%20Images/a.jpg"></p>'
    );
    // In the editor bold and italic are Squire's b and i (what its toolbar state and Ctrl+B know).
    const box = document.createElement('div');
    box.appendChild(editableFragment('<p><strong>s</strong><em>e</em></p>'));
    expect(box.innerHTML).toBe('<p><b>s</b><i>e</i></p>');
    // Underline, strike-through and inline code (keyboard shortcuts, pasted text) are kept as the policy allows.
    const formats = '<p><u>u</u> <s>s</s> <code>c</code></p><h4>Small</h4>';
    expect(roundTrip(formats)).toBe(formats);
    expect(sanitised(formats)).toBe(formats);
  });

  test('an empty editor writes an empty body (so "the text is required" still says so)', () => {
    expect(roundTrip('')).toBe('');
    expect(roundTrip('<p><br></p><p> </p>')).toBe('');
    expect(roundTrip('<p><img alt="Only a picture" src="/sites/hub/DDH%20Post%20Images/a.jpg"></p>')).toBe(
      '<p><img alt="Only a picture" src="/sites/hub/DDH%20Post%20Images/a.jpg"></p>'
    );
  });

  test('what the policy refuses does not reach the editor', () => {
    // Only what a post may have comes out of the (inert) parsed HTML.
    expect(
      roundTrip('<p onclick="x()" style="color:red">Hi<script>window.x=1</script></p><iframe src="https://evil.example"></iframe>')
    ).toBe('<p>Hi</p>');
    // Links and pictures are held to the suite's rules: a refused link keeps its text, a picture from outside the library is left out.
    expect(
      roundTrip(
        '<p><a href="javascript:alert(1)">click</a> <a href=" https://ok.example/x">ok</a><img src="https://evil.example/t.gif" alt="pixel">' +
          '<img src="/sites/hub/SiteAssets/secret.png" alt="elsewhere"><img src="https://contoso.sharepoint.com/sites/hub/DDH%20Post%20Images/a.jpg" alt="ours"></p>'
      )
    ).toBe(
      '<p>click <a href="https://ok.example/x">ok</a><img alt="ours" src="https://contoso.sharepoint.com/sites/hub/DDH%20Post%20Images/a.jpg"></p>'
    );
    expect(roundTrip(sanitizePostHtml('<p><a href="javascript:alert(1)">click</a></p>'))).toBe('<p>click</p>');
  });

  test('a draft kept in the old markup syntax opens as HTML; a new one keeps its HTML', () => {
    const target = { siteKey: 'https://contoso.example/sites/hub', userId: 7, blogId: 3 };
    const fields = {
      title: 'Old draft',
      kind: 'blogPost',
      keywordsText: '',
      licence: 'none',
      unit: '',
      situation: 'crisis',
      channels: [],
      whatWorked: '',
      whatToAvoid: '',
      reachText: '',
      linksText: '',
      savedAt: '2026-01-01T10:00:00.000Z'
    };
    window.localStorage.setItem(draftKey(target), JSON.stringify({ ...fields, markup: '## Plan\n\nWe **did** it.' }));
    expect(loadDraft(target)).toEqual({ ...fields, html: '<h2>Plan</h2><p>We <strong>did</strong> it.</p>' });
    window.localStorage.setItem(draftKey(target), JSON.stringify({ ...fields, html: '<p>5*3 = 15</p>' }));
    expect(loadDraft(target)).toEqual({ ...fields, html: '<p>5*3 = 15</p>' });
    window.localStorage.setItem(draftKey(target), JSON.stringify({ ...fields }));
    expect(loadDraft(target)).toBeUndefined();
    window.localStorage.clear();
  });
});
