/**
 * A web part's first read, started the moment its services exist (in the web part's `onInit`,
 * before SPFx renders it), so that it travels while React builds the frame; the app then takes
 * that read instead of asking again. On a distant tenant this takes the render off the critical
 * path: entry script, then data, then content (README, Benchmark, table 4).
 *
 * Keyed by the services object: each web part instance has its own, and a new set (another user,
 * another data site) starts nothing. The read is handed over once; a retry or a reload reads anew.
 */
const started = new WeakMap<object, Promise<unknown>>();

/** Starts `read` now for these services, once. A failure waits for the app, which shows it. */
export function startEarly<T>(services: object, read: () => Promise<T>): void {
  if (started.has(services)) return;
  const pending = read();
  pending.catch(() => undefined);
  started.set(services, pending);
}

/** The read started early for these services, handed over once; otherwise `read` runs now. */
export function takeEarly<T>(services: object, read: () => Promise<T>): Promise<T> {
  const pending = started.get(services) as Promise<T> | undefined;
  started.delete(services);
  return pending ?? read();
}

/**
 * Resolves once a read started now is on the wire, so that rendering after it overlaps the round
 * trip. PnPjs sends each request from a timer (`Queryable.execute` schedules it "in the next event
 * loop"), and a `$batch` from a second one once its parts have registered: two timer turns.
 */
export async function afterReadsLeave(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
