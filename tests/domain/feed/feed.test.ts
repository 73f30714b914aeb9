import {
  Blog,
  canDeleteComment,
  canEditComment,
  canEditPost,
  canHideComment,
  canSeeComment,
  Comment,
  compareFeedOrder,
  feedQueryKey,
  isEmptyFeedQuery,
  likeKey,
  matchesFeedQuery,
  normalizeFeedQuery,
  Post,
  validateComment
} from '../../../src/domain/feed';

const post: Post = {
  id: 9,
  title: 'Japanin maanjäristys: päivitykset ympäri vuorokauden',
  bodyHtml: '<p>Kriisirekisteriin <strong>ilmoittautuminen</strong> verkossa.</p>',
  kind: 'goodPractice',
  keywords: ['Kriisiviestintä', 'japani'],
  blogId: 4,
  author: { id: 5, name: 'Aino' },
  published: new Date('2011-03-20T10:00:00Z'),
  licence: 'CC BY 4.0',
  goodPractice: { unit: 'Suurlähetystö  Tokio', situation: 'crisis', channels: ['x'], whatWorked: 'x', whatToAvoid: '' }
};

describe('feed query', () => {
  it('normalises raw filter values', () => {
    expect(
      normalizeFeedQuery({
        kind: 'goodPractice',
        keyword: ' #Japani ',
        blog: '4',
        unit: ' Suurlähetystö   Tokio ',
        text: '  maan  järistys '
      })
    ).toEqual({
      kind: 'goodPractice',
      keyword: 'japani',
      blogId: 4,
      unit: 'Suurlähetystö Tokio',
      text: 'maan järistys'
    });
    expect(normalizeFeedQuery({ kind: 'news', blog: '4; drop', keyword: '#', text: ' ' })).toEqual({});
    expect(isEmptyFeedQuery(normalizeFeedQuery({}))).toBe(true);
    expect(Array.from(normalizeFeedQuery({ text: 'ä'.repeat(150) }).text!).length).toBe(100);
  });

  it('gives the same key to the same filter', () => {
    const a = normalizeFeedQuery({ keyword: 'Japani', kind: 'blogPost' });
    const b = normalizeFeedQuery({ kind: 'blogPost', keyword: '#japani ' });
    expect(feedQueryKey(a)).toBe(feedQueryKey(b));
    expect(feedQueryKey(a)).toBe('kind=blogPost&keyword=japani');
  });

  it('matches posts in memory', () => {
    expect(matchesFeedQuery(post, normalizeFeedQuery({ keyword: '#kriisiviestintä' }))).toBe(true);
    expect(matchesFeedQuery(post, normalizeFeedQuery({ unit: 'suurlähetystö tokio', kind: 'goodPractice' }))).toBe(true);
    expect(matchesFeedQuery(post, normalizeFeedQuery({ text: 'ILMOITTAUTUMINEN' }))).toBe(true);
    expect(matchesFeedQuery(post, normalizeFeedQuery({ text: 'strong' }))).toBe(false);
    expect(matchesFeedQuery(post, normalizeFeedQuery({ kind: 'blogPost' }))).toBe(false);
    expect(matchesFeedQuery(post, normalizeFeedQuery({ blog: 5 }))).toBe(false);
  });

  it('orders newest first, drafts last', () => {
    const older = { ...post, id: 1, published: new Date('2010-04-20T10:00:00Z') };
    const draft = { ...post, id: 2, published: undefined };
    expect([older, draft, post].sort(compareFeedOrder).map((p) => p.id)).toEqual([9, 1, 2]);
  });
});

describe('likes and comments', () => {
  const blog: Blog = { id: 4, title: 'Tokion blogi', ownerIds: [5], ownerGroupIds: [77] };
  const comment: Comment = { id: 1, postId: 9, authorId: 8, authorName: 'Bo', body: 'Kiitos!', created: new Date(), hidden: false };

  it('has one like key per person and post', () => {
    expect(likeKey(9, 8)).toBe('9:8');
    expect(likeKey(98, 1)).not.toBe(likeKey(9, 81));
  });

  it('lets the author edit and delete, blog owners hide', () => {
    expect(canEditComment(comment, { personId: 8 })).toBe(true);
    expect(canEditComment(comment, { personId: 5 })).toBe(false);
    expect(canDeleteComment(comment, { personId: 8 })).toBe(true);
    expect(canDeleteComment(comment, { personId: 5 })).toBe(false);
    expect(canHideComment(comment, { personId: 5 }, blog)).toBe(true);
    expect(canHideComment(comment, { personId: 6, groupIds: [77] }, blog)).toBe(true);
    expect(canHideComment(comment, { personId: 8 }, blog)).toBe(false);
    const hidden = { ...comment, hidden: true };
    expect(canEditComment(hidden, { personId: 8 })).toBe(false);
    expect(canSeeComment(hidden, { personId: 8 }, blog)).toBe(true);
    expect(canSeeComment(hidden, { personId: 5 }, blog)).toBe(true);
    expect(canSeeComment(hidden, { personId: 99 }, blog)).toBe(false);
    expect(canEditPost(post, { personId: 5 }, blog)).toBe(true);
    expect(canEditPost(post, { personId: 8 }, blog)).toBe(false);
  });

  it('validates comment text', () => {
    expect(validateComment('  ')).toEqual(['commentEmpty']);
    expect(validateComment('x'.repeat(4001))).toEqual(['commentTooLong']);
    expect(validateComment('Hyvä juttu!')).toEqual([]);
  });
});
