import { formatReach, Post, validatePost } from '../../../src/domain/feed';

function makePost(overrides: Partial<Post> = {}): Post {
  return {
    title: 'Tuhkapilvi: 2 000 suomalaista tavoitettiin paikallisryhmien kautta',
    bodyHtml: '<p>Edustustot tavoittivat suomalaiset nopeasti.</p>',
    kind: 'blogPost',
    keywords: ['kriisiviestintä'],
    blogId: 3,
    author: { id: 5, name: 'Aino' },
    licence: 'CC BY 4.0',
    ...overrides
  };
}

const practice = {
  unit: 'Suurlähetystö Tokio',
  situation: 'crisis' as const,
  channels: ['facebook' as const, 'x' as const],
  whatWorked: 'Päivitykset ympäri vuorokauden.',
  whatToAvoid: 'Ristiriitaiset tiedot.',
  reach: 2000
};

const codes = (post: Post): string[] => validatePost(post).map((i) => i.code);

describe('validatePost', () => {
  it('accepts a blog post and a good practice', () => {
    expect(validatePost(makePost())).toEqual([]);
    expect(validatePost(makePost({ kind: 'goodPractice', goodPractice: practice, licence: 'none' }))).toEqual([]);
  });

  it('requires title, body (text or image) and blog', () => {
    expect(codes(makePost({ title: ' ', bodyHtml: '<p> &nbsp; </p>', blogId: 0 }))).toEqual([
      'titleRequired',
      'bodyRequired',
      'blogRequired'
    ]);
    expect(codes(makePost({ bodyHtml: '<p><img src="/a.png" alt="kuva"></p>' }))).toEqual([]);
    expect(codes(makePost({ title: 'x'.repeat(256) }))).toEqual(['titleTooLong']);
  });

  it('checks kind, licence and keywords', () => {
    expect(codes(makePost({ kind: 'news' as never, licence: 'GPL' as never }))).toEqual(['kindUnknown', 'licenceUnknown']);
    expect(codes(makePost({ keywords: Array.from({ length: 11 }, (_, i) => `k${i}`) }))).toEqual(['tooManyKeywords']);
    expect(codes(makePost({ keywords: ['y'.repeat(60)] }))).toEqual(['keywordTooLong']);
  });

  it('checks the good-practice fields', () => {
    expect(codes(makePost({ kind: 'goodPractice' }))).toEqual(['goodPracticeMissing']);
    expect(codes(makePost({ goodPractice: practice }))).toEqual(['goodPracticeOnBlogPost']);
    const bad = makePost({
      kind: 'goodPractice',
      goodPractice: { unit: '', situation: 'war' as never, channels: [], whatWorked: ' ', whatToAvoid: '', reach: 12.5 }
    });
    expect(codes(bad)).toEqual(['unitRequired', 'situationUnknown', 'channelsRequired', 'whatWorkedRequired', 'reachNotWholeNumber']);
    const links = makePost({
      kind: 'goodPractice',
      goodPractice: { ...practice, reach: -1, channels: ['myspace' as never], planLinks: [{ planId: 0 }], links: ['javascript:alert(1)'] }
    });
    expect(codes(links)).toEqual(['channelUnknown', 'reachOutOfRange', 'planLinkInvalid', 'linkInvalid']);
    // A link is accepted when the post page will show it as a link: https only (safeLink).
    const withLink = (link: string): string[] => codes(makePost({ kind: 'goodPractice', goodPractice: { ...practice, links: [link] } }));
    for (const link of ['http://um.fi', '//um.fi', 'https:um.fi', ' java\tscript:alert(1)', 'mailto:a@um.fi', '/sites/hub'])
      expect(withLink(link)).toEqual(['linkInvalid']);
    expect(withLink(' https://um.fi/ajankohtaista ')).toEqual([]);
  });

  it('formats reach through Intl', () => {
    expect(formatReach(2000, 'en-US')).toBe('2,000');
    expect(formatReach(2000, 'fi-FI').replace(/\s/g, ' ')).toBe('2 000');
  });
});
