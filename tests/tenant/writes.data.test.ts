/** @jest-environment node */
/**
 * The data layer sends no OData query option with a write (issue #11.2; TENANT.md risk 7). The
 * emulator refuses such a write, so every data test already fails on one; this test records the
 * writes of the common journeys and names any that carries `$filter`, `$select`, `$top`…
 */
import { FeedService } from '../../src/data/feed';
import { TrainingService } from '../../src/data/training';
import { provision } from '../../src/lists/provision';
import { GROUPS } from '../../src/lists/types';
import { createTestSite } from '../support/sp';
import { purifyWindow, samplePost } from '../feed/site';
import { baseSession } from '../training/site';

test('provisioning, the feed and training write without query options', async () => {
  const site = createTestSite();
  const writes: string[] = [];
  const handle = site.emulator.handle.bind(site.emulator);
  site.emulator.handle = async (request: Request): Promise<Response> => {
    const method = (request.headers.get('X-HTTP-Method') ?? request.method).toUpperCase();
    if (method !== 'GET') writes.push(`${method} ${decodeURIComponent(request.url)}`);
    return handle(request);
  };
  try {
    await provision(site.spAs(site.adminLogin));
    await provision(site.spAs(site.adminLogin));
    const anna = site.addUser('anna.virtanen@contoso.onmicrosoft.com', 'Anna Virtanen', 'Hub Members');
    const hr = site.addUser('hr.admin@contoso.onmicrosoft.com', 'Helena HR', GROUPS.trainingAdmins.title);

    const admin = new FeedService(site.spAs(site.adminLogin), { window: purifyWindow });
    const feed = new FeedService(site.spAs(anna.loginName), { window: purifyWindow });
    const blog = await admin.blogs.create({
      title: 'Oslo',
      kind: 'person',
      ownerIds: [anna.id],
      ownerGroupIds: [],
      unit: 'Embassy of Finland, Oslo'
    });
    const post = await feed.posts.create(samplePost(blog.id));
    const edited = await feed.posts.update(post, { ...samplePost(blog.id), title: 'Edited', keywords: ['oslo'] });
    await feed.likes.like(edited, anna.id);
    await feed.likes.like(edited, anna.id);
    await feed.likes.unlike(edited.id, anna.id);
    await feed.comments.add(edited, 'Thanks!');

    const organiser = new TrainingService(site.spAs(hr.loginName));
    const session = await organiser.sessions.create(
      baseSession({ organiser: { id: hr.id, name: 'Helena HR', email: 'hr.admin@contoso.onmicrosoft.com' } })
    );
    const training = new TrainingService(site.spAs(anna.loginName));
    const now = new Date('2030-01-01T00:00:00Z');
    const signed = await training.registrations.signUp(session, { id: anna.id, title: 'Anna Virtanen' }, 'Oslo', now);
    await training.registrations.signUp(session, { id: anna.id, title: 'Anna Virtanen' }, 'Oslo', now);
    if (signed.outcome !== 'signedUp') throw new Error('sign-up failed');
    const all = await organiser.registrations.forSession(session.session.id);
    expect((await training.registrations.cancel(session, signed.registration, all, { now })).outcome).toBe('cancelled');

    expect(writes.length).toBeGreaterThan(50);
    expect(writes.filter((w) => /[?&]\$/.test(w))).toEqual([]);
  } finally {
    site.dispose();
  }
});
