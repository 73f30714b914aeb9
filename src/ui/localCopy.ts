/**
 * A copy of what someone is typing, kept in the browser's localStorage so that a failed save, a
 * lost connection or a closed tab loses nothing. Storage can be switched off (privacy settings)
 * or full: then writing quietly answers false and reading finds nothing — typing is never blocked
 * and the server copy still works.
 */
function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** The stored value, when there is one that parses and that `isValid` accepts. */
export function readLocalCopy<T>(key: string, isValid: (value: T) => boolean): T | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const value = JSON.parse(text) as T;
    return value && isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** True when stored. */
export function writeLocalCopy(key: string, value: unknown): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalCopy(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: a leftover copy is offered again and can be discarded.
  }
}
