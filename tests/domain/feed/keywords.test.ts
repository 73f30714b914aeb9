import { diffKeywords, keywordRows, normalizeKeyword, normalizeKeywords, parseKeywordInput } from '../../../src/domain/feed';

describe('keyword normalisation', () => {
  it('trims, strips #, collapses spaces and lower-cases', () => {
    expect(normalizeKeyword('  #Kriisiviestintä ')).toBe('kriisiviestintä');
    expect(normalizeKeyword('##ASH   Cloud')).toBe('ash cloud');
    expect(normalizeKeyword('Japan\u00A0 earthquake')).toBe('japan earthquake');
    expect(normalizeKeyword('ÅLAND')).toBe('åland');
    expect(normalizeKeyword('#')).toBe('');
  });

  it('composes to NFC so that ä typed two ways is one keyword', () => {
    const decomposed = 'ja\u0308rjesto\u0308'; // a + combining diaeresis
    expect(normalizeKeyword(decomposed)).toBe('järjestö');
    expect(normalizeKeywords([decomposed, 'JÄRJESTÖ']).keywords).toEqual(['järjestö']);
  });

  it('lower-cases without locale rules (no Turkish dotless i)', () => {
    expect(normalizeKeyword('INTRANET')).toBe('intranet');
  });

  it('dedupes, keeps order and reports limits', () => {
    const result = normalizeKeywords(['Crisis', '#crisis', 'Japan', '', ' ']);
    expect(result).toEqual({ keywords: ['crisis', 'japan'], issues: [] });
    const many = normalizeKeywords(Array.from({ length: 12 }, (_, i) => `k${i}`));
    expect(many.keywords).toHaveLength(10);
    expect(many.issues).toEqual([{ code: 'tooManyKeywords' }]);
    const long = 'a'.repeat(51);
    expect(normalizeKeywords([long, 'ok'])).toEqual({ keywords: ['ok'], issues: [{ code: 'keywordTooLong', keyword: long }] });
  });

  it('parses what people type', () => {
    expect(parseKeywordInput('crisis, #Japan; earthquake\nKRIISI').keywords).toEqual(['crisis', 'japan', 'earthquake', 'kriisi']);
  });
});

describe('PostKeywords rows', () => {
  it('makes one row per (post, keyword) with a unique key', () => {
    const published = new Date('2026-03-11T10:00:00Z');
    expect(keywordRows(42, ['#Japani', 'japani', 'Maanjäristys'], published)).toEqual([
      { postId: 42, keyword: 'japani', postKeyword: '42:japani', published },
      { postId: 42, keyword: 'maanjäristys', postKeyword: '42:maanjäristys', published }
    ]);
  });

  it('diffs old and new keywords into rows to add and remove', () => {
    expect(diffKeywords(['crisis', 'japan', 'twitter'], ['Crisis', '#Facebook', 'twitter'])).toEqual({
      add: ['facebook'],
      remove: ['japan']
    });
    expect(diffKeywords([], ['a'])).toEqual({ add: ['a'], remove: [] });
    // Every stored row can be removed, even beyond today's limit.
    const stored = Array.from({ length: 12 }, (_, i) => `k${i}`);
    expect(diffKeywords(stored, []).remove).toHaveLength(12);
  });
});
