/**
 * The site's recorded schema version as the plan services last read it, per SharePoint client: the
 * searches and steps that use the v8 time keys (src/lists/planLists.ts) ask here first, so an
 * up-to-date site costs them no read of its own. The repository's reads of who is looking (the
 * first view, a plan) bring it along in their `$batch`; a search that comes first reads it in its
 * own first `$batch`. A site that records an older version (its keys may not be filled in yet) is
 * read and written as before.
 */
import { SPFI } from '@pnp/sp';
import { TIME_KEYS_SINCE } from '../../lists/timeKeys';
import { readSchemaVersion } from '../../lists/version';
import { settle } from '../settle';

const known = new WeakMap<SPFI, number>();

/** The version last read for this client; undefined before any read. */
export function knownVersion(sp: SPFI): number | undefined {
  return known.get(sp);
}

/**
 * Reads the version with `batched` (a `$batch` of `sp`) and remembers it for `sp` when the batch
 * answers; a failed read leaves what was known (and answers undefined).
 */
export function readVersionWith(sp: SPFI, batched: SPFI): Promise<number | undefined> {
  return settle(readSchemaVersion(batched)).then((read) => {
    if (!read.ok) return undefined;
    known.set(sp, read.value);
    return read.value;
  });
}

/** Whether the site has the time keys: the known version, else read on its own. */
export async function hasTimeKeys(sp: SPFI): Promise<boolean> {
  const version = knownVersion(sp) ?? (await readVersionWith(sp, sp));
  return version !== undefined && version >= TIME_KEYS_SINCE;
}
