/** @jest-environment node */
/**
 * The workbench's plan demo, written through the repositories as each demo person, on a
 * provisioned site with the demo people in their groups (as workbench/demo/seed.ts does).
 */
import { createPlanServices } from '../../src/data/plans';
import { reviewerQueue } from '../../src/domain/plans/queue';
import { PLAN_STATES } from '../../src/domain/plans/workflow';
import { provision } from '../../src/lists/provision';
import { DEMO_ADMIN, DEMO_PEOPLE, loginOf } from '../../workbench/demo/people';
import { seedPlans } from '../../workbench/demo/plans';
import { createTestSite } from '../support/sp';
import { steppingClock } from './fixtures';

jest.setTimeout(60000);

test('the demo plans cover every state, a dormant crisis profile and two rounds; the queue shows the waiting ones oldest first', async () => {
  const site = createTestSite({ now: steppingClock(), admin: { email: DEMO_ADMIN.email, title: DEMO_ADMIN.title } });
  const spAs = (email: string): ReturnType<typeof site.spAs> => site.spAs(loginOf(email));
  for (const person of DEMO_PEOPLE) site.emulator.addUser({ email: person.email, title: person.title });
  await provision(spAs(DEMO_ADMIN.email));
  for (const person of DEMO_PEOPLE) {
    for (const group of person.groups) site.emulator.addToGroup(group, loginOf(person.email));
  }

  const summary = await seedPlans(spAs, DEMO_PEOPLE, new Date(Date.UTC(2026, 2, 1, 12)));
  expect(summary).toMatch(/^7 social media plans/);

  const reviewer = createPlanServices(spAs('erik.lindqvist@formin.example')).repository;
  // At the site's time (its clock starts on 2 March 2026): the queue covers the plans of its window before it.
  const now = new Date(Date.UTC(2026, 2, 3));
  const overview = await reviewer.overview(now);
  expect(overview.isReviewer).toBe(true);
  // Reviewers see the plans in review and the approved ones (drafts are their authors' own).
  const listed = new Map([...overview.inReview.plans, ...overview.approved.plans].map((p) => [p.id, p]));
  expect(listed.size).toBe(6);
  const ids = (await spAs(DEMO_ADMIN.email).web.lists.getByTitle('DDH Plans').items.select('Id')<Array<{ Id: number }>>()).map((r) => r.Id);
  expect(ids).toHaveLength(7);

  // The state each plan derives from its events, not the hint the list keeps.
  const details = await Promise.all(ids.map((id) => reviewer.load(id)));
  const states = new Set(details.map((d) => d.derived.state));
  expect([...states].sort()).toEqual([...PLAN_STATES].sort());
  details.filter((d) => d.derived.state !== 'draft').forEach((d) => expect(listed.get(d.id)?.state).toBe(d.derived.state));
  const byTitle = (text: RegExp) => details.find((d) => text.test(d.plan.identity.title))!;

  expect(byTitle(/crisis-readiness/).plan.channels.purpose).toBe('dormantCrisisProfile');
  const archived = details.find((d) => d.derived.state === 'archived')!;
  expect(archived.hint.archiveReference).toBe('HEL7M0412-26');
  expect(archived.derived.history.find((h) => h.event.kind === 'archive')?.event.reference).toBe('HEL7M0412-26');
  expect(details.filter((d) => d.derived.state === 'approved').every((d) => d.derived.startupInstructionsSent)).toBe(true);
  const changes = details.find((d) => d.derived.state === 'changesRequested')!;
  expect(changes.plan.identity.embassy).toBe('Stockholm');
  expect(changes.derived.history.filter((h) => h.event.kind === 'comment' && h.event.section).map((h) => h.event.section)).toEqual([
    'audiences',
    'people'
  ]);
  const resubmitted = byTitle(/^X and LinkedIn/);
  expect(resubmitted.derived.state).toBe('submitted');
  expect(resubmitted.rounds).toHaveLength(2);
  expect(resubmitted.rounds[0].snapshot.goals.goals).not.toBe(resubmitted.rounds[1].snapshot.goals.goals);
  // Every author's plans but the draft are submitted, complete in all eight sections.
  expect(details.filter((d) => d.derived.state === 'draft').map((d) => d.plan.identity.embassy)).toEqual(['Tokyo']);

  // The queue: what waits for the reviewer, oldest first — the new LinkedIn plan, then the resubmitted one.
  const queue = reviewerQueue(overview.inReview.plans);
  expect(queue.map((p) => p.title)).toEqual([
    'LinkedIn för Team Finland i Sverige',
    'X and LinkedIn for the Embassy of Finland in Washington'
  ]);
  const times = queue.map((p) => Date.parse(p.submittedAt as string));
  expect(times[0]).toBeLessThan(times[1]);

  // Staff read everything.
  const staff = createPlanServices(spAs('sofia.jarvinen@formin.example')).repository;
  const seen = await staff.overview(now);
  expect(new Set([...seen.inReview.plans, ...seen.approved.plans].map((p) => p.id)).size).toBe(6);
});
