/**
 * @jest-environment jsdom
 */
import { sanitizePostHtml, toPlainText } from '../../../src/domain/feed';
import { XSS_PAYLOADS } from '../../fixtures/xss-payloads';
import { BARE_BODIES, HOSTILE_URLS } from '../../fixtures/hostile-urls';
import { safeLink } from '../../../src/domain/links';

const ALLOWED = new Set([
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
]);
const SITE = { imageHosts: ['contoso.sharepoint.com'] };

/** Parsed in an inert document: nothing in the raw payloads may run while we inspect them. */
function parse(html: string): HTMLElement {
  const container = document.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = html;
  return container;
}

/** Every way something could run: what a browser would execute from this HTML. */
function executableParts(html: string): string[] {
  const found: string[] = [];
  if (/<\s*script/i.test(html)) found.push('script tag');
  for (const element of Array.from(parse(html).querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (!ALLOWED.has(tag)) found.push(`tag ${tag}`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`handler ${name}`);
      if (['style', 'srcset', 'formaction', 'action', 'xlink:href', 'background', 'id', 'name', 'class'].includes(name)) {
        found.push(`attribute ${name}`);
      }
      const value = Array.from(attribute.value)
        .filter((c) => c.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      if (/^(javascript|vbscript|data|livescript):/.test(value)) found.push(`url ${name}=${attribute.value}`);
      if (name === 'src' && !(value.startsWith('/') || value.startsWith('https://contoso.sharepoint.com/'))) {
        found.push(`outside image ${attribute.value}`);
      }
      if (name === 'target' && attribute.value !== '_blank') found.push(`target ${attribute.value}`);
    }
    if (tag === 'a' && element.getAttribute('rel') !== 'noopener noreferrer') found.push('link without rel');
  }
  return found;
}

describe('sanitizePostHtml against hostile input', () => {
  it('has a corpus of at least 100 payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });

  it('the checker itself finds the danger in the raw payloads', () => {
    const caught = XSS_PAYLOADS.filter((payload) => executableParts(payload).length > 0);
    expect(caught.length).toBeGreaterThanOrEqual(Math.floor(XSS_PAYLOADS.length * 0.9));
  });

  it.each(XSS_PAYLOADS.map((payload, index) => [index, payload]))('payload %i leaves nothing executable', (_index, payload) => {
    const clean = sanitizePostHtml(payload as string, window, SITE);
    expect(executableParts(clean)).toEqual([]);
    // Stable: sanitising the result again changes nothing (no mutation-XSS left to unfold).
    expect(sanitizePostHtml(clean, window, SITE)).toBe(clean);
  });

  it('runs nothing when the clean output is rendered live (jsdom runs inline handlers)', async () => {
    const alert = jest.fn();
    const original = window.alert;
    window.alert = alert;
    try {
      const mount = (html: string): HTMLElement => {
        const container = document.createElement('div');
        container.innerHTML = html;
        document.body.appendChild(container);
        for (const element of Array.from(container.querySelectorAll('*'))) {
          for (const type of ['click', 'mouseover', 'focus', 'load', 'error', 'toggle', 'pointerover']) {
            element.dispatchEvent(new window.Event(type));
          }
        }
        return container;
      };
      // jsdom queues some events as a task of their own (a <details open> toggles): let every task queued so far run.
      const queuedTasks = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
      const live = XSS_PAYLOADS.map((payload) => mount(sanitizePostHtml(payload, window, SITE)));
      await queuedTasks();
      expect(alert).not.toHaveBeenCalled();
      live.forEach((container) => container.remove());
      // Control: the same harness does catch a raw payload running.
      const raw = mount('<p onclick="alert(1)">x</p><details open ontoggle=alert(2)>');
      await queuedTasks();
      expect(alert).toHaveBeenCalledWith(1);
      expect(alert).toHaveBeenCalledWith(2);
      raw.remove();
    } finally {
      window.alert = original;
    }
  });

  it('removes the specific dangers by name', () => {
    expect(sanitizePostHtml('<p>ok</p><script>alert(1)</script>', window)).toBe('<p>ok</p>');
    expect(sanitizePostHtml('<a href="javascript:alert(1)">x</a>', window)).toBe('<a rel="noopener noreferrer">x</a>');
    expect(sanitizePostHtml('<img src=x onerror=alert(1)>', window)).toBe('');
    expect(sanitizePostHtml('<iframe src="https://ok.example"></iframe><p>after</p>', window)).toBe('<p>after</p>');
    expect(sanitizePostHtml('<form><input name=q><button>Go</button></form>', window)).toBe('Go');
    expect(sanitizePostHtml('<svg><circle r=1 /></svg><p>t</p>', window)).toBe('<p>t</p>');
    expect(sanitizePostHtml('<p style="color:red" class="x" id="y">t</p>', window)).toBe('<p>t</p>');
    expect(sanitizePostHtml('<a href="data:text/html,x">x</a>', window)).toBe('<a rel="noopener noreferrer">x</a>');
  });
});

describe('sanitizePostHtml and stored URLs (the same rule as safeLink)', () => {
  /** Every href and src left in the clean HTML, as the browser reads them. */
  function urls(html: string): string[] {
    return Array.from(parse(html).querySelectorAll('[href], [src]')).map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '');
  }
  const escape = (url: string): string => url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  it.each(HOSTILE_URLS.map((url) => [JSON.stringify(url), url]))('a link or image to %s keeps its text and loses the URL', (_name, url) => {
    const clean = sanitizePostHtml(`<a href="${escape(url)}">link text</a><img src="${escape(url)}" alt="pic">`, window, SITE);
    expect(urls(clean)).toEqual([]);
    expect(clean).toBe('<a rel="noopener noreferrer">link text</a>');
  });

  it.each(BARE_BODIES.map((body, index) => [index, body]))(
    'bare body %i (no wrapping element) keeps only links safeLink allows',
    (_index, body) => {
      const clean = sanitizePostHtml(body as string, window, SITE);
      for (const url of urls(clean)) expect(safeLink(url)).toBe(url);
      expect(executableParts(clean)).toEqual([]);
      expect(urls(clean).filter((url) => !url.startsWith('https://ok.example/'))).toEqual([]);
      expect(sanitizePostHtml(clean, window, SITE)).toBe(clean);
    }
  );

  it('a link or image source is written as the browser reads it: no tab or line break can hide a second host', () => {
    expect(sanitizePostHtml('<img src="/&#9;/tracker.example/p.gif" alt="">', window, SITE)).toBe('');
    expect(sanitizePostHtml('<img src="/sites/hub/a&#10;.png" alt="">', window, SITE)).toBe('<img src="/sites/hub/a.png" alt="">');
    expect(sanitizePostHtml('<a href="https://um.fi/a&#9;b">UM</a>', window)).toBe(
      '<a href="https://um.fi/ab" rel="noopener noreferrer">UM</a>'
    );
    expect(sanitizePostHtml('<a href="/sites/hub/x.aspx">x</a>', window)).toBe(
      '<a href="/sites/hub/x.aspx" rel="noopener noreferrer">x</a>'
    );
  });
});

describe('sanitizePostHtml keeps benign formatting', () => {
  it('keeps paragraphs, emphasis, lists, headings, quotes and code', () => {
    const html =
      '<h2>Tuhkapilvi 2010</h2><p>Edustustot tavoittivat <strong>noin 2 000</strong> suomalaista <em>paikallisten</em> ' +
      '<b>ryhmien</b> <i>kautta</i>, <u>nopeasti</u> <s>hitaasti</s>.<br>Uusi rivi.</p>' +
      '<ul><li>Facebook</li><li>Twitter</li></ul><ol><li>yksi</li></ol><h3>Opit</h3><h4>Lisää</h4>' +
      '<blockquote>Ole nopea, mutta tarkka.</blockquote><pre><code>const a = 1 &lt; 2;</code></pre>';
    expect(sanitizePostHtml(html, window)).toBe(html);
  });

  it('keeps safe links, adds rel, keeps only target=_blank', () => {
    expect(sanitizePostHtml('<a href="https://um.fi/x" target="_blank">UM</a>', window)).toBe(
      '<a href="https://um.fi/x" target="_blank" rel="noopener noreferrer">UM</a>'
    );
    expect(sanitizePostHtml('<a href="http://um.fi" target="_top">UM</a>', window)).toBe('<a rel="noopener noreferrer">UM</a>');
    expect(sanitizePostHtml('<a href="mailto:vko@example.fi">mail</a>', window)).toBe(
      '<a href="mailto:vko@example.fi" rel="noopener noreferrer">mail</a>'
    );
    expect(sanitizePostHtml('<a href="/sites/hub/SitePages/Ohje.aspx" rel="opener">ohje</a>', window)).toBe(
      '<a href="/sites/hub/SitePages/Ohje.aspx" rel="noopener noreferrer">ohje</a>'
    );
    expect(sanitizePostHtml('<a href="tel:+358401234567">call</a>', window)).toBe('<a rel="noopener noreferrer">call</a>');
  });

  it('keeps images from the tenant only', () => {
    expect(sanitizePostHtml('<img src="/sites/hub/SiteAssets/kuva.png" alt="Kuva">', window)).toBe(
      '<img src="/sites/hub/SiteAssets/kuva.png" alt="Kuva">'
    );
    expect(sanitizePostHtml('<img src="https://contoso.sharepoint.com/a.png" alt="">', window, SITE)).toBe(
      '<img src="https://contoso.sharepoint.com/a.png" alt="">'
    );
    expect(sanitizePostHtml('<img src="https://contoso.sharepoint.com/a.png">', window)).toBe('');
    expect(sanitizePostHtml('<p>a<img src="https://elsewhere.example/a.png">b</p>', window, SITE)).toBe('<p>ab</p>');
    expect(sanitizePostHtml('<img src="https://contoso.sharepoint.com@evil.example/a.png">', window, SITE)).toBe('');
    expect(sanitizePostHtml('<img src="//contoso.sharepoint.com/a.png">', window, SITE)).toBe('');
  });

  it('keeps lang for mixed-language posts and the text of dropped tags', () => {
    expect(sanitizePostHtml('<p lang="sv">Hej</p><h1>Otsikko</h1><div>teksti</div>', window)).toBe('<p lang="sv">Hej</p>Otsikkoteksti');
  });
});

describe('toPlainText', () => {
  it('gives text without tags, script or entities', () => {
    expect(toPlainText('<p>Hei&nbsp;<strong>maailma</strong> &amp; ystävät</p><script>alert(1)</script><p>Toinen</p>')).toBe(
      'Hei maailma & ystävät Toinen'
    );
    expect(toPlainText('a &lt;b&gt; &#228;&#x00F6; &unknown; 3 < 5')).toBe('a <b> äö &unknown; 3 < 5');
  });

  it('limits length in code points at a word boundary', () => {
    const text = toPlainText('<p>Kriisiviestintä Japanin maanjäristyksen aikana 2011</p>', 30);
    expect(Array.from(text).length).toBeLessThanOrEqual(30);
    expect(text).toBe('Kriisiviestintä Japanin…');
    expect(toPlainText('🇫🇮🇫🇮🇫🇮🇫🇮', 3)).toBe('🇫🇮…');
    expect(toPlainText('lyhyt', 30)).toBe('lyhyt');
  });
});
