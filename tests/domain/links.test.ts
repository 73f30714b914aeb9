/**
 * safeLink: the one rule for a stored URL that becomes an href or src (https:, mailto:,
 * server-relative on the site's host), against the hostile URL corpus.
 */
import { isSafeLink, safeLink } from '../../src/domain/links';
import { HOSTILE_URLS, SAFE_URLS } from '../fixtures/hostile-urls';

const SITE = 'https://contoso.sharepoint.com/sites/hub';

describe('safeLink', () => {
  it('has a corpus of hostile URLs in every shape', () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_URLS.map((url) => [JSON.stringify(url), url]))('refuses %s', (_name, url) => {
    expect(safeLink(url, SITE)).toBeUndefined();
    expect(safeLink(url)).toBeUndefined();
    expect(isSafeLink(url, SITE)).toBe(false);
  });

  it.each(SAFE_URLS.map(([url, href]) => [JSON.stringify(url), url, href]))('keeps %s', (_name, url, href) => {
    expect(safeLink(url, SITE)).toBe(href);
    expect(isSafeLink(url, SITE)).toBe(true);
  });

  it('what it returns is itself safe and stable', () => {
    for (const [url] of SAFE_URLS) {
      const href = safeLink(url, SITE) as string;
      expect(href).not.toMatch(/[\t\r\n]/);
      expect(safeLink(href, SITE)).toBe(href);
    }
  });

  it('a server-relative path stays on the site host; without a site it is kept as written', () => {
    expect(safeLink('/sites/other/page.aspx', 'http://127.0.0.1:4321/sites/hub')).toBe('http://127.0.0.1:4321/sites/other/page.aspx');
    expect(safeLink('/sites/hub/a.aspx')).toBe('/sites/hub/a.aspx');
    expect(safeLink('/sites/hub/a.aspx', 'about:blank')).toBe('/sites/hub/a.aspx');
  });

  it('a value that is not a string is no link', () => {
    expect(safeLink(undefined, SITE)).toBeUndefined();
    expect(safeLink(null, SITE)).toBeUndefined();
    expect(safeLink(42 as unknown as string, SITE)).toBeUndefined();
  });
});
