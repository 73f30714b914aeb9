/** @jest-environment node */
import { diffRounds } from '../../src/domain/plans/review';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { spError } from '../support/sp';
import { completePlan, createPlanSite, PlanSite } from './fixtures';

describe('plan workflow through @pnp/sp against the emulated site', () => {
  let s: PlanSite;
  let planId: number;
  const plans = (who: Parameters<PlanSite['sp']>[0]) => s.sp(who).web.lists.getByTitle(PLAN_LISTS.plans.title);
  const reviews = (who: Parameters<PlanSite['sp']>[0]) => s.sp(who).web.lists.getByTitle(PLAN_LISTS.planReviews.title);
  const rounds = (who: Parameters<PlanSite['sp']>[0]) => s.sp(who).web.lists.getByTitle(PLAN_LISTS.planRounds.title);

  beforeAll(async () => {
    s = await createPlanSite();
  });

  test('an author starts a draft: only she may edit and submit; reviewers and staff only read', async () => {
    const plan = completePlan();
    plan.goals.goals = '';
    planId = (await s.as('anna').repository.create(plan)).id;
    const mine = await s.as('anna').repository.load(planId);
    expect(mine.derived.state).toBe('draft');
    expect(mine.roles).toEqual(['author']);
    expect(mine.actions).toEqual(['edit', 'submit']);
    expect((await s.as('erik').repository.load(planId)).actions).toEqual([]);
    const staff = await s.as('sam').repository.load(planId);
    expect(staff.roles).toEqual(['staff']);
    expect(staff.actions).toEqual([]);
    expect(staff.plan.identity.embassy).toBe('Tokyo');
  });

  test('an incomplete plan is refused before anything is sent; staff cannot comment on a draft', async () => {
    const detail = await s.as('anna').repository.load(planId);
    await expect(s.as('anna').repository.submit(detail, detail.plan, detail.etag)).rejects.toMatchObject({ reason: 'incomplete' });
    await expect(s.as('sam').repository.comment(await s.as('sam').repository.load(planId), 'Hi')).rejects.toMatchObject({
      reason: 'notAllowedForRole'
    });
  });

  test("another embassy's author cannot edit the plan: the server answers 403", async () => {
    const detail = await s.as('bo').repository.load(planId);
    expect(detail.actions).toEqual([]);
    const error = await spError(s.as('bo').repository.saveDraft(planId, completePlan('Oslo'), detail.etag));
    expect(error.status).toBe(403);
    expect((await s.as('anna').repository.load(planId)).plan.identity.embassy).toBe('Tokyo');
  });

  test('a stale ETag is a 412 and overwrites nothing', async () => {
    const first = await s.as('anna').repository.load(planId);
    const edited = { ...first.plan, goals: { goals: 'Saved in the first tab.' } };
    const saved = await s.as('anna').repository.saveDraft(planId, edited, first.etag);
    expect(saved.etag).not.toBe(first.etag);
    const stale = { ...first.plan, goals: { goals: 'Typed in a second, older tab.' } };
    const error = await spError(s.as('anna').repository.saveDraft(planId, stale, first.etag));
    expect(error.status).toBe(412);
    expect((await s.as('anna').repository.load(planId)).plan.goals.goals).toBe('Saved in the first tab.');
  });

  test('submit: the plan is submitted in round 1 with a snapshot; reviewers may decide, the author may not', async () => {
    const detail = await s.as('anna').repository.load(planId);
    await s.as('anna').repository.submit(detail, { ...detail.plan, goals: { goals: 'Promotion.' } }, detail.etag, 'First version');
    const after = await s.as('anna').repository.load(planId);
    expect(after.derived.state).toBe('submitted');
    expect(after.derived.round).toBe(1);
    expect(after.rounds).toHaveLength(1);
    expect(after.actions).toEqual(['comment']);
    expect((await s.as('erik').repository.load(planId)).actions).toEqual(['requestChanges', 'approve', 'comment']);
    await expect(s.as('anna').repository.decide(after, 'approve', 'Looks good to me')).rejects.toMatchObject({
      reason: 'notAllowedForRole'
    });
  });

  test('an author adding a Review through REST gets 403 from the server', async () => {
    const error = await spError(reviews('anna').items.add({ PlanId: planId, Round: 1, Decision: 'approve', Comment: 'Self-approved' }));
    expect(error.status).toBe(403);
    expect(error.message).toBe('Access denied.');
    expect((await spError(reviews('sam').items.add({ PlanId: planId, Round: 1, Decision: 'comment', Comment: 'x' }))).status).toBe(403);
    expect((await spError(rounds('sam').items.add({ PlanId: planId, Round: 1, Entry: 'comment', Comment: 'x' }))).status).toBe(403);
  });

  test('forging the state column or an archive row changes nothing: the state is derived from events', async () => {
    const detail = await s.as('anna').repository.load(planId);
    await plans('anna').items.getById(planId).update({ PlanState: 'approved' }, detail.etag);
    await rounds('anna').items.add({ PlanId: planId, Round: 1, Entry: 'archive', Reference: 'UM/2026/0001', Comment: 'Filed' });
    await rounds('bo').items.add({ PlanId: planId, Round: 1, Entry: 'submit', Snapshot: '{}' });
    const after = await s.as('erik').repository.load(planId);
    expect(after.derived.state).toBe('submitted');
    expect(after.derived.rejected.map((r) => r.reason).sort()).toEqual(['notAllowedForRole', 'notAllowedInState']);
    // Her hint only took her own plan out of the reviewers' queue; it is approved nowhere.
    const overview = await s.as('sam').repository.overview(new Date(Date.UTC(2026, 2, 3)));
    expect(overview.inReview.plans.find((p) => p.id === planId)).toBeUndefined();
    expect(overview.approved.plans).toEqual([]);
    expect(overview.inReview.counts.approved.count).toBe(0);
    await plans('anna').items.getById(planId).update({ PlanState: 'submitted' });
    expect((await s.as('sam').repository.overview(new Date(Date.UTC(2026, 2, 3)))).inReview.plans.find((p) => p.id === planId)?.state).toBe(
      'submitted'
    );
  });

  test('content edited through REST after submitting is flagged; reviewers still see the submitted round', async () => {
    const before = await s.as('anna').repository.load(planId);
    const changed = { ...before.plan, goals: { goals: 'Quietly changed after submitting.' } };
    await plans('anna')
      .items.getById(planId)
      .update({ PlanContent: JSON.stringify(changed) }, before.etag);
    const seen = await s.as('erik').repository.load(planId);
    expect(seen.derived.contentChangedAfterSubmit).toBe(true);
    expect(seen.rounds[0].snapshot.goals.goals).toBe('Promotion.');
    await plans('anna')
      .items.getById(planId)
      .update({ PlanContent: JSON.stringify(before.plan) }, seen.etag);
    expect((await s.as('erik').repository.load(planId)).derived.contentChangedAfterSubmit).toBe(false);
  });

  test('decisions need a comment; request changes with a section comment; the author revises and resubmits', async () => {
    const erik = s.as('erik').repository;
    let detail = await erik.load(planId);
    await expect(erik.decide(detail, 'requestChanges', '  ')).rejects.toMatchObject({ reason: 'commentRequired' });
    await erik.comment(detail, 'Say which languages you answer in.', 'content');
    await erik.decide(detail, 'requestChanges', 'Please complete section 4C.');
    detail = await s.as('anna').repository.load(planId);
    expect(detail.derived.state).toBe('changesRequested');
    expect(detail.actions).toEqual(['edit', 'submit', 'comment']);
    await s.as('anna').repository.comment(detail, 'Fixed, see 4C.', 'content');
    const revised = {
      ...detail.plan,
      content: { ...detail.plan.content, interaction: 'Comments answered in Finnish and English within a day.' }
    };
    await s.as('anna').repository.submit(detail, revised, detail.etag);
    const after = await s.as('erik').repository.load(planId);
    expect(after.derived.state).toBe('submitted');
    expect(after.rounds).toHaveLength(2);
    const changes = diffRounds(after.rounds[0].snapshot, after.rounds[1].snapshot);
    expect(changes.map((c) => `${c.section}.${c.field}`)).toEqual(['content.interaction']);
    const history = after.derived.history.map((h) => `${h.event.kind}:${h.event.by.role}:${h.event.section || ''}`);
    expect(history).toEqual([
      'submit:author:',
      'comment:reviewer:content',
      'requestChanges:reviewer:',
      'comment:author:content',
      'submit:author:'
    ]);
    expect(after.derived.history[1].event.by.person.title).toBe('Erik Reviewer');
  });

  test('approve; the author archives with a records reference; start-up instructions once', async () => {
    const erik = s.as('erik').repository;
    await erik.decide(await erik.load(planId), 'approve', 'Approved, welcome aboard.');
    const anna = s.as('anna').repository;
    let detail = await anna.load(planId);
    expect(detail.derived.state).toBe('approved');
    expect(detail.actions).toEqual(['archive', 'comment']);
    await expect(anna.archive(detail, 'no digits', 'Filed')).rejects.toMatchObject({ reason: 'referenceInvalid' });
    await anna.archive(detail, 'UM/2026/0345', 'Filed in the records system.');
    detail = await erik.load(planId);
    expect(detail.derived.state).toBe('archived');
    expect(detail.actions).toEqual(['sendStartupInstructions', 'comment']);
    await erik.decide(detail, 'sendStartupInstructions', 'Start-up instructions: profile name, admins, first posts.');
    detail = await erik.load(planId);
    expect(detail.derived.startupInstructionsSent).toBe(true);
    await expect(erik.decide(detail, 'sendStartupInstructions', 'Again')).rejects.toMatchObject({
      reason: 'startupInstructionsAlreadySent'
    });
    // Staff find it among the approved plans (from the reviewer's approve row); the author's own list shows the reference.
    expect((await s.as('sam').repository.overview()).approved.plans.find((p) => p.id === planId)).toMatchObject({
      state: 'archived',
      embassy: 'Tokyo'
    });
    const mine = (await s.as('anna').repository.overview()).mine;
    expect(mine?.plans.find((p) => p.id === planId)).toMatchObject({ state: 'archived', archiveReference: 'UM/2026/0345' });
    // Nothing waits for the reviewers any more.
    // (at the site's time: the queue covers the plans submitted or decided in its window before it)
    expect(
      (await s.as('erik').repository.overview(new Date(Date.UTC(2026, 2, 3)))).inReview.plans.find((p) => p.id === planId)
    ).toBeUndefined();
  });

  test('a reviewer who wrote the plan cannot decide on it, even through REST', async () => {
    const rita = s.as('rita').repository;
    const { id } = await rita.create(completePlan('Cairo'));
    const draft = await rita.load(id);
    await rita.submit(draft, draft.plan, draft.etag);
    const detail = await rita.load(id);
    expect(detail.roles).toEqual(['author', 'reviewer']);
    expect(detail.actions).toEqual(['comment']);
    await expect(rita.decide(detail, 'approve', 'Mine is fine')).rejects.toMatchObject({ reason: 'ownPlan' });
    await reviews('rita').items.add({ PlanId: id, Round: 1, Decision: 'approve', Comment: 'Forged through REST' });
    const after = await s.as('erik').repository.load(id);
    expect(after.derived.state).toBe('submitted');
    expect(after.derived.rejected.map((r) => r.reason)).toEqual(['ownPlan']);
    const overview = await s.as('erik').repository.overview(new Date(Date.UTC(2026, 2, 3)));
    expect(overview.inReview.plans.find((p) => p.id === id)?.state).toBe('submitted');
    expect(overview.approved.plans.find((p) => p.id === id)).toBeUndefined();
  });

  test("the overview is one $batch round trip (an author's own plans join it once their id is known); names with apostrophes are escaped", async () => {
    await s.as('bo').repository.create({ ...completePlan("Côte d'Ivoire") });
    const before = s.site.emulator.stats().requests;
    const overview = await s.as('erik').repository.overview(new Date(Date.UTC(2026, 2, 3)));
    expect(s.site.emulator.stats().requests - before).toBe(1);
    expect(overview.isReviewer).toBe(true);
    expect(overview.inReview.plans.map((p) => p.embassy)).toEqual(['Cairo']);
    expect(overview.approved.plans.map((p) => p.embassy)).toEqual(['Tokyo']);
    const bo = s.as('bo').repository;
    const march = new Date(Date.UTC(2026, 2, 3));
    expect((await bo.overview(march)).mine?.plans.map((p) => p.embassy)).toEqual(["Côte d'Ivoire"]);
    const again = s.site.emulator.stats().requests;
    expect((await bo.overview(march)).mine?.plans.map((p) => p.embassy)).toEqual(["Côte d'Ivoire"]);
    expect(s.site.emulator.stats().requests - again).toBe(1);
    const people = await s.as('anna').people.search("d'Ivoire");
    expect(people).toEqual([]);
    expect((await s.as('anna').people.search('Erik')).map((p) => p.title)).toEqual(['Erik Reviewer']);
    expect((await s.as('anna').people.ensure('bo.author@formin.example')).id).toBe(s.id.bo);
  });
});
