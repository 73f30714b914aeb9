/**
 * Round trips, as a reader waits for them: the bench's every-view table and the feed's tests
 * count them next to HTTP requests, because two `$batch` requests sent at once cost one wait.
 * Wraps the global fetch (which @pnp/sp calls, in the browser, the bench and the tests alike).
 */

/**
 * Counts round trips while it runs: a request sent after some answer came back is one trip after
 * that answer's; requests sent together (a `$batch` and its parallel siblings) share a trip. Two
 * `$batch` requests sent at once cost the reader one wait, not two: this is what latency sees.
 */
export function countRoundTrips(): { stop(): number } {
  const original = globalThis.fetch;
  let answered = 0;
  let deepest = 0;
  globalThis.fetch = (async (...args: Parameters<typeof fetch>) => {
    const trip = answered + 1;
    deepest = Math.max(deepest, trip);
    try {
      return await original(...args);
    } finally {
      answered = Math.max(answered, trip);
    }
  }) as typeof fetch;
  return {
    stop: () => {
      globalThis.fetch = original;
      return deepest;
    }
  };
}
