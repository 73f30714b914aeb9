/** A promise's outcome as a value, for reads sent together whose failures are handled one by one. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Never rejects: resolves with the value or with the error. */
export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  );
}
