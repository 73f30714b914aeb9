/** A provisioned test site for the feed: a site owner who creates blogs, writers, readers. */
import { JSDOM } from 'jsdom';
import { Post } from '../../src/domain/feed';
import { FeedService, StoredBlog } from '../../src/data/feed';
import { provision } from '../../src/lists/provision';
import { FEED_TIME_KEYS } from '../../src/lists/feedLists';
import { timeKeysOf } from '../../src/lists/timeKeys';
import { createTestSite, TestSite } from '../support/sp';
import type { EmulatorOptions } from '../../workbench/emulator';

export const MEMBERS = 'Hub Members';

/** DOMPurify's window for the repositories in Node (in the browser it is the page's own). */
export const purifyWindow = new JSDOM('').window as unknown as Window & typeof globalThis;

export interface Person {
  id: number;
  loginName: string;
  title: string;
  feed: FeedService;
}

export interface FeedSite {
  site: TestSite;
  /** The site admin: creates blogs and sets their owners. */
  admin: Person;
  person(n: number, group?: string): Person;
  blog(title: string, ownerIds: number[], ownerGroupIds?: number[]): Promise<StoredBlog>;
}

export function samplePost(blogId: number, overrides: Partial<Post> = {}): Post {
  return {
    title: 'Ash cloud: 2,000 Finns reached through local groups',
    bodyHtml: '<p>The embassy in London reached about <strong>2,000 Finns</strong> through two Facebook groups.</p>',
    kind: 'blogPost',
    keywords: ['crisis', 'ash cloud'],
    blogId,
    author: { id: 0, name: '' },
    licence: 'CC BY 4.0',
    ...overrides
  };
}

export function practicePost(blogId: number, overrides: Partial<Post> = {}): Post {
  return samplePost(blogId, {
    title: 'Japan 2011: round-the-clock updates',
    bodyHtml: '<p>Tokyo updated its Facebook page right after the earthquake.</p>',
    kind: 'goodPractice',
    keywords: ['crisis', 'japan'],
    goodPractice: {
      unit: 'Embassy of Finland, Tokyo',
      situation: 'crisis',
      channels: ['facebook', 'x', 'linkedIn'],
      whatWorked: 'Sign-ups for the crisis register through Facebook.',
      whatToAvoid: 'Relying on the web site alone.',
      reach: 2000
    },
    ...overrides
  });
}

/** `options`: the emulator's, e.g. its clock (`now`), which sets every row's Created. */
export async function createFeedSite(options: Partial<EmulatorOptions> = {}): Promise<FeedSite> {
  const site = createTestSite(options);
  await provision(site.spAs(site.adminLogin));
  const services = (login: string): FeedService => new FeedService(site.spAs(login), { window: purifyWindow });
  const admin: Person = { id: 6, loginName: site.adminLogin, title: 'Site Admin', feed: services(site.adminLogin) };
  const people = new Map<string, Person>();
  return {
    site,
    admin,
    person(n: number, group: string = MEMBERS): Person {
      const key = `${n}|${group}`;
      let person = people.get(key);
      if (!person) {
        const title = `Staff Member ${n}`;
        const user = site.addUser(`staff${n}@contoso.onmicrosoft.com`, title, group);
        person = { ...user, title, feed: services(user.loginName) };
        people.set(key, person);
      }
      return person;
    },
    blog: (title, ownerIds, ownerGroupIds = []) =>
      admin.feed.blogs.create({
        title,
        kind: ownerGroupIds.length ? 'group' : 'person',
        ownerIds,
        ownerGroupIds,
        unit: 'Embassy of Finland, Tokyo'
      })
  };
}

/**
 * The app opens its views lazily (React.lazy, a chunk each in the bundle). Under jest a first
 * import compiles the module, which can outlast a query's timeout: compile them once up front.
 */
export async function warmLazyViews(): Promise<void> {
  await Promise.all([
    import('../../src/webparts/practiceFeed/components/PostView'),
    import('../../src/webparts/practiceFeed/components/editor/PostEditor'),
    import('../../src/webparts/practiceFeed/components/NewBlogForm'),
    import('../../src/webparts/practiceFeed/components/BlogOwnersForm'),
    import('../../src/webparts/practiceFeed/components/OwnerPicker'),
    import('../../src/ui/ProblemMessage'),
    import('../../src/domain/feed/sanitize')
  ]);
}

/**
 * Rows seeded straight into a list, with the time keys (FEED_TIME_KEYS) a v8 site's writes and
 * set-up give them; `authorId` is the Created By the emulator sets from the seeding login.
 */
export function withTimeKeys<R extends Record<string, unknown>>(list: string, rows: R[], authorId?: number): R[] {
  return rows.map((row) => ({ ...row, ...timeKeysOf(FEED_TIME_KEYS, list, authorId ? { AuthorId: authorId, ...row } : row) }));
}
