/** @jest-environment node */
/**
 * The channel map reads a bounded page of the newest approvals (issue #11 item 7): the same
 * rows and one request whether the reviews list holds a year of approvals or many years, and it
 * says from when it counts once older approvals are left out.
 */
import { MAP_APPROVALS } from '../../src/data/plans';
import { REGIONS } from '../../src/domain/plans/plan';
import { ChannelMap } from '../../src/domain/plans/queue';
import { PLAN_LISTS } from '../../src/lists/planLists';
import { createPlanSite, PlanSite } from './fixtures';

jest.setTimeout(180000);

const DAY = 24 * 3600 * 1000;
const NOW = Date.now();
const at = (daysAgo: number): string => new Date(NOW - daysAgo * DAY).toISOString();

/** `approvals` approved plans, one every `spacing` days back from yesterday (newest: Embassy 0), with a comment row each. */
async function site(approvals: number, spacing: number): Promise<PlanSite> {
  const s = await createPlanSite();
  const em = s.site.emulator;
  const plans = Array.from({ length: approvals }, (_, i) => ({
    Title: `Plan ${i}`,
    Embassy: `Embassy ${i}`,
    Region: REGIONS[i % REGIONS.length],
    Channels: ['facebook'],
    Purpose: 'activeUse',
    PlanState: 'archived',
    Round: 1,
    SubmittedAt: at(1 + i * spacing),
    PlanContent: '{}',
    AuthorId: s.id.anna
  }));
  const ids = em.seedItems(PLAN_LISTS.plans.title, plans, s.login.anna);
  const reviews: Array<Record<string, unknown>> = [];
  ids.forEach((id, i) => {
    const when = at(1 + i * spacing);
    reviews.push({
      PlanId: id,
      Round: 1,
      Decision: 'approve',
      Comment: 'ok',
      Created: when,
      ApprovedAt: when,
      AuthorId: s.id.erik,
      PlanTitle: `Plan ${i}`,
      Embassy: `Embassy ${i}`,
      Region: REGIONS[i % REGIONS.length],
      Channels: i % 2 ? ['x'] : ['facebook'],
      Purpose: 'activeUse',
      PlanOwner: s.id.anna
    });
    reviews.push({ PlanId: id, Round: 1, Decision: 'comment', Comment: 'note', Created: when, AuthorId: s.id.erik });
  });
  em.seedItems(PLAN_LISTS.planReviews.title, reviews, s.login.erik);
  return s;
}

async function measured(s: PlanSite): Promise<{ map: ChannelMap; requests: number; rowsRead: number }> {
  const repository = s.as('sam').repository;
  await repository.viewer();
  const before = s.site.emulator.stats();
  const map = await repository.channelMap('en');
  const after = s.site.emulator.stats();
  return { map, requests: after.requests - before.requests, rowsRead: after.rowsRead - before.rowsRead };
}

describe('the channel map does not walk every approval', () => {
  test('one request and the same rows read with a year of approvals and with ten times as many; the map says from when it counts', async () => {
    const small = await measured(await site(MAP_APPROVALS / 2, 0.7));
    const large = await measured(await site(MAP_APPROVALS * 5, 0.7));
    process.stdout.write(
      `channel map rows read: ${MAP_APPROVALS / 2} approvals ${small.rowsRead}, ${MAP_APPROVALS * 5} approvals ${large.rowsRead}\n`
    );
    expect(small.requests).toBe(1);
    expect(large.requests).toBe(1);
    expect(large.rowsRead).toBeLessThanOrEqual(MAP_APPROVALS + 2);
    expect(large.rowsRead).toBeLessThanOrEqual(small.rowsRead * 1.3);

    // All of a small site's approvals are on its map, and it claims no cut.
    expect(small.map.rows).toHaveLength(MAP_APPROVALS / 2);
    expect(small.map.since).toBeUndefined();
    // The large site's map holds its newest approvals, and says since when.
    expect(large.map.rows).toHaveLength(MAP_APPROVALS);
    expect(large.map.rows.map((r) => r.embassy)).toContain('Embassy 0');
    expect(large.map.rows.map((r) => r.embassy)).not.toContain(`Embassy ${MAP_APPROVALS}`);
    // SharePoint keeps dates to the second.
    expect(Math.abs(Date.parse(large.map.since as string) - Date.parse(at(1 + (MAP_APPROVALS - 1) * 0.7)))).toBeLessThan(1000);
    expect(large.map.totals.facebook.active + large.map.totals.x.active).toBe(MAP_APPROVALS);
  });
});
