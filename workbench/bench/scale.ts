/**
 * First view against list size, in Node: a workbench site (the real provisioning and demo people)
 * whose lists are bulk-seeded to a size, and the same service calls the app makes for its first
 * view, through the real @pnp/sp over HTTP to that site. The emulator's indexes are real, so the
 * time and `stats().rowsRead` tell an indexed read from a scan.
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPFI, spfi, SPBrowser } from '@pnp/sp';
import { createFeedAppServices } from '../../src/data/feedAppServices';
import { createPlanAppServices } from '../../src/data/planAppServices';
import { createTrainingAppServices } from '../../src/data/trainingAppServices';
import { LISTS, TIME_KEYS } from '../../src/lists/schema';
import { timeKeysOf } from '../../src/lists/timeKeys';
import { loginOf, DEMO_ADMIN, DEMO_PEOPLE, MEMBERS } from '../demo/people';
import { startWorkbench, Workbench } from '../server';
import { BenchPart, generateRows, PartName, PARTS, PartServices, SeedContext } from './parts';

export const BENCH_PEOPLE = 200;

/** `only`: seed one web part's lists (the bench's `--part`); every part's otherwise. */
export async function seededWorkbench(size: number, log: (line: string) => void, only?: BenchPart['name']): Promise<Workbench> {
  const workbench = await startWorkbench({ port: 0, log: () => undefined });
  const { emulator } = workbench;
  const people = DEMO_PEOPLE.map((p) => emulator.addUser({ email: p.email, title: p.title }).id);
  for (let i = 0; i < BENCH_PEOPLE; i++) {
    const user = emulator.addUser({ email: `bench.person${i}@formin.example`, title: `Bench Person ${i}` });
    emulator.addToGroup(MEMBERS, user.loginName);
    people.push(user.id);
  }
  // Former staff (parts.ts, authorAt): site users who wrote the older history and have moved on.
  const former: number[] = [];
  for (let i = 0; i < BENCH_PEOPLE; i++)
    former.push(emulator.addUser({ email: `bench.former${i}@formin.example`, title: `Former Colleague ${i}` }).id);
  const ctx: SeedContext = {
    now: new Date(),
    people,
    former,
    ownerId: emulator.addUser({ email: DEMO_ADMIN.email, title: DEMO_ADMIN.title }).id,
    ids: {}
  };
  const started = Date.now();
  let rows = 0;
  for (const part of PARTS.filter((p) => !only || p.name === only)) {
    for (const seed of part.lists) {
      const spec = LISTS[seed.key];
      const generated = generateRows(spec, seed, seed.count(size), ctx);
      // Time keys as the app's writes set them (src/lists/timeKeys.ts).
      for (const row of generated) Object.assign(row, timeKeysOf(TIME_KEYS, spec.title, row));
      ctx.ids[seed.key] = [...(ctx.ids[seed.key] ?? []), ...emulator.seedItems(spec.title, generated, loginOf(DEMO_ADMIN.email))];
      rows += generated.length;
    }
  }
  log(
    `scale: site with ${size.toLocaleString('en-US')} items per list seeded (${rows.toLocaleString('en-US')} rows, ${((Date.now() - started) / 1000).toFixed(1)} s)`
  );
  return workbench;
}

/** Each web part's creator of its services: the one its web part class calls. */
const CREATE: { [P in PartName]: (sp: SPFI) => PartServices[P] } = {
  planSubmissions: createPlanAppServices,
  practiceFeed: createFeedAppServices,
  trainingRegistry: createTrainingAppServices
};

/** The services `part`'s web part builds, for one person of the workbench site. */
export function servicesAs<P extends PartName>(part: P, siteUrl: string, email: string): PartServices[P] {
  return CREATE[part](spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': loginOf(email) })));
}

export interface FirstViewTiming {
  label: string;
  medianMs?: number;
  runs: number;
  /** Per first view: emulator requests and rows read (from one run). */
  requests?: number;
  rowsRead?: number;
  error?: string;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function describe(error: unknown): string {
  const e = error as { status?: number; message?: string };
  const message = (e.message ?? String(error)).replace(/\s+/g, ' ');
  return `${e.status ? `HTTP ${e.status}: ` : ''}${message.slice(0, 140)}`;
}

/**
 * Times `chain` (the first-view calls, in the app's order). One warm-up, then `runs` timed runs
 * (fewer when a run is slow: the budget is `budgetMs` per part).
 */
export async function timeFirstView<P extends PartName>(
  workbench: Workbench,
  part: BenchPart<P>,
  options: { runs: number; withSetup: boolean; budgetMs: number }
): Promise<FirstViewTiming> {
  const services = servicesAs(part.name, workbench.siteUrl, part.viewer.email);
  const view = part.firstView(services);
  const chain = async (): Promise<void> => {
    if (options.withSetup) await services.setup.status();
    await view.run();
  };
  const label = options.withSetup ? `setup.status() → ${view.label}` : view.label;
  try {
    const before = workbench.emulator.stats();
    const warm = Date.now();
    await chain();
    const warmMs = Date.now() - warm;
    const after = workbench.emulator.stats();
    const times: number[] = [];
    const started = Date.now();
    for (let i = 0; i < options.runs; i++) {
      if (i > 0 && Date.now() - started + warmMs > options.budgetMs) break;
      const t = performance.now();
      await chain();
      times.push(performance.now() - t);
    }
    return {
      label,
      medianMs: median(times),
      runs: times.length,
      requests: after.requests - before.requests,
      rowsRead: after.rowsRead - before.rowsRead
    };
  } catch (error) {
    return { label, runs: 0, error: describe(error) };
  }
}
