/**
 * A module (or anything else) loaded on first use, once: later calls get the same promise, and a
 * failed load (a dropped connection fetching a chunk) is forgotten, so the next call tries again.
 * The write paths that stay out of the first views use it (feed posts, plan steps, attachments).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    if (!loaded) {
      loaded = load();
      loaded.catch(() => {
        loaded = undefined;
      });
    }
    return loaded;
  };
}
