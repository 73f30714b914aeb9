/** @jest-environment node */
/** The blog writers' picker finds people by any word of their name, through @pnp/sp against the emulator. */
import { createFeedSite, FeedSite, MEMBERS } from './site';

describe("finding a blog's writers", () => {
  let s: FeedSite;
  beforeAll(async () => {
    s = await createFeedSite();
    s.site.addUser('sofia.jarvinen@contoso.onmicrosoft.com', 'Sofia Järvinen', MEMBERS);
  });

  test('"Järv" finds Sofia Järvinen (any word of the name, any case); "Jarv" and the middle of a word do not', async () => {
    const titles = async (text: string): Promise<string[]> => (await s.admin.feed.blogs.findPeople(text)).map((p) => p.title);
    expect(await titles('Järv')).toEqual(['Sofia Järvinen']);
    expect(await titles('järv')).toEqual(['Sofia Järvinen']);
    expect(await titles('Jarv')).toEqual([]);
    expect(await titles('vinen')).toEqual([]);
    expect(await titles("J') or startswith(Title,'S")).toEqual([]);
  });
});
