/** @jest-environment node */
/**
 * A busy SharePoint through the real @pnp/sp against the emulator's fault injection: every wait for
 * a retry (429 / 503 with Retry-After) is reported to the services' ConnectionStatus with its
 * seconds and cleared when the retry goes out; the tries and waits stay PnPjs's (3 tries,
 * Retry-After honoured), and a request that stays throttled still fails as "throttled".
 */
import { commonServices } from '../support/services';
import { BusyWait, retryAfterMs } from '../../src/data/connection';
import { toProblem } from '../../src/data/errors';
import { createTestSite, TestSite } from '../support/sp';

let site: TestSite;
beforeAll(() => {
  site = createTestSite();
});
afterAll(() => site.dispose());
afterEach(() => {
  site.emulator.faults.clear();
  jest.useRealTimers();
});

/** Only the one request that reads the current user (me() reads their groups alongside). */
const userRead = (url: string): boolean => /\/currentuser\?/i.test(url);

/** Everything the status said, in order (undefined = nothing waits). */
function record(services: ReturnType<typeof commonServices>): Array<BusyWait | undefined> {
  const seen: Array<BusyWait | undefined> = [];
  services.connection?.subscribe(() => seen.push(services.connection?.busy));
  return seen;
}

test('a 429 with Retry-After: 30 is reported as a 30-second wait until the retry, which succeeds after 30 seconds, not before', async () => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  const services = commonServices(site.spAs(site.adminLogin));
  const seen = record(services);
  site.emulator.faults.failNext(1, { status: 429, retryAfterSeconds: 30, match: userRead });
  let done = false;
  const me = services.site.me().then((value) => {
    done = true;
    return value;
  });
  // The first answer arrives and the wait begins.
  for (let i = 0; i < 200 && !services.connection?.busy; i++) await jest.advanceTimersByTimeAsync(1);
  expect(services.connection?.busy).toEqual({ status: 429, seconds: 30 });
  await jest.advanceTimersByTimeAsync(29000);
  expect(done).toBe(false);
  expect(services.connection?.busy).toEqual({ status: 429, seconds: 30 });
  await jest.advanceTimersByTimeAsync(1000);
  jest.useRealTimers();
  expect((await me).loginName).toBe(site.adminLogin);
  expect(seen).toEqual([{ status: 429, seconds: 30 }, undefined]);
});

test('a 503 that outlasts the three tries: two waits reported, then the problem is "throttled"; nothing waits afterwards', async () => {
  const services = commonServices(site.spAs(site.adminLogin));
  const seen = record(services);
  site.emulator.faults.failNext(3, { status: 503, retryAfterSeconds: 1, match: userRead });
  const problem = await services.site.me().catch(toProblem);
  expect(problem).toMatchObject({ kind: 'throttled', status: 503 });
  expect(seen).toEqual([{ status: 503, seconds: 1 }, undefined, { status: 503, seconds: 1 }, undefined]);
  expect(services.connection?.busy).toBeUndefined();
  // The next request goes through: the fault was used up by exactly three tries.
  expect((await services.site.me()).loginName).toBe(site.adminLogin);
});

test("a Retry-After of 0 and a dropped connection are retried without a message; the site's own SPFI is left as it was", async () => {
  const given = site.spAs(site.adminLogin);
  const services = commonServices(given);
  const seen = record(services);
  site.emulator.faults.failNext(1, { status: 429, retryAfterSeconds: 0 });
  site.emulator.faults.dropNext(1);
  expect((await services.site.me()).loginName).toBe(site.adminLogin);
  expect(seen).toEqual([]);
  // The SPFI the services were built from still has PnPjs's own retry (nothing reports through it).
  site.emulator.faults.failNext(1, { status: 429, retryAfterSeconds: 0 });
  await given.web.select('Title')();
  expect(seen).toEqual([]);
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-12-04T12:00:00Z');
  expect(retryAfterMs('120', now)).toBe(120000);
  expect(retryAfterMs(' 5 ', now)).toBe(5000);
  expect(retryAfterMs('Fri, 04 Dec 2026 12:00:42 GMT', now)).toBe(42000);
  expect(retryAfterMs('Fri, 04 Dec 2026 11:00:00 GMT', now)).toBe(0);
  expect(retryAfterMs(null, now)).toBeUndefined();
  expect(retryAfterMs('soon', now)).toBeUndefined();
  expect(retryAfterMs('-3', now)).toBeUndefined();
});
