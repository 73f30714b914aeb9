/** @jest-environment node */
import { toProblem } from '../../src/data/errors';
import { completePlan, createPlanSite, PlanSite } from './fixtures';

describe('a busy or unreachable SharePoint', () => {
  let s: PlanSite;
  let id: number;
  beforeAll(async () => {
    s = await createPlanSite();
    id = (await s.as('anna').repository.create(completePlan())).id;
  });
  afterEach(() => s.site.emulator.faults.clear());

  test('a throttled overview is retried by PnPjs after Retry-After and then succeeds', async () => {
    s.site.emulator.faults.failNext(1, { status: 429, retryAfterSeconds: 0 });
    const overview = await s.as('anna').repository.overview();
    expect(overview.mine?.plans.map((p) => p.id)).toEqual([id]);
  });

  test('a save that stays throttled, or a dropped connection, becomes a problem the form explains; nothing is written', async () => {
    const anna = s.as('anna').repository;
    const detail = await anna.load(id);
    s.site.emulator.faults.failNext(3, { status: 503, retryAfterSeconds: 0 });
    const throttled = await anna.saveDraft(id, { ...detail.plan, goals: { goals: 'lost?' } }, detail.etag).catch(toProblem);
    expect(throttled).toMatchObject({ kind: 'throttled', status: 503 });
    s.site.emulator.faults.dropNext(3);
    const offline = await anna.saveDraft(id, { ...detail.plan, goals: { goals: 'lost?' } }, detail.etag).catch(toProblem);
    expect(offline).toMatchObject({ kind: 'offline' });
    s.site.emulator.faults.clear();
    const after = await anna.load(id);
    expect(after.etag).toBe(detail.etag);
    const saved = await anna.saveDraft(id, { ...detail.plan, goals: { goals: 'saved after all' } }, detail.etag);
    expect(saved.etag).not.toBe(detail.etag);
  });
});
