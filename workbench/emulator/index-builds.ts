/**
 * A new index on a large list is not there at once. SharePoint builds it in the background
 * ("Indexing in progress…", vgrem/phpSPO #315) and, until it is built, a query that needs it is
 * throttled as if it had none; creating one on a list that is already large may be refused (the
 * Microsoft 365 community guide "Living Large with Large Lists and Large Libraries":
 * adding an index above the threshold can fail, automatic indexing stops at 20,000 items;
 * MicrosoftDocs/microsoft-365-community #549 reports it working above that, so the limit is a
 * setting, not a constant).
 *
 * Modelled on the emulator's own clock (`now`), so tests move time instead of sleeping: an index
 * made on a list above the 5,000-item threshold serves after `buildDelayMs`; above
 * `maxItemsForNewIndex` items the request to index is refused. Both are off unless configured.
 */
import { errors } from './errors';
import type { FieldDef } from './model';
import { LIST_VIEW_THRESHOLD, ListData, Store } from './store';

export interface IndexBuildOptions {
  /** How long (emulator clock, ms) a new index on a list above the threshold takes to serve. 0: at once. */
  buildDelayMs?: number;
  /** A list with more items than this refuses a new index (500 SPQueryThrottledException). None: no limit. */
  maxItemsForNewIndex?: number;
}

interface Settings {
  options: IndexBuildOptions;
  now: () => Date;
}

const settings = new WeakMap<Store, Settings>();
/** Per list: column → when (epoch ms) its index starts serving. */
const building = new WeakMap<ListData, Map<string, number>>();

export function configureIndexBuilds(store: Store, options: IndexBuildOptions | undefined, now: () => Date): void {
  settings.set(store, { options: options ?? {}, now });
}

/**
 * Called as a column becomes indexed (fields.ts `applyIndexing`), before the index is made:
 * refuses it on a list above the configured size, and starts the build clock above the threshold.
 */
export function beginIndexBuild(store: Store, list: ListData, field: FieldDef): void {
  const config = settings.get(store);
  if (!config) return;
  const { buildDelayMs = 0, maxItemsForNewIndex } = config.options;
  if (maxItemsForNewIndex !== undefined && list.itemCount > maxItemsForNewIndex) throw errors.throttled();
  let pending = building.get(list);
  if (list.itemCount <= LIST_VIEW_THRESHOLD || buildDelayMs <= 0) {
    pending?.delete(field.InternalName);
    return;
  }
  if (!pending) building.set(list, (pending = new Map()));
  pending.set(field.InternalName, config.now().getTime() + buildDelayMs);
}

/** Whether the column's index serves queries now (always, unless a build is still under way). */
export function indexServing(store: Store, list: ListData, column: string): boolean {
  const readyAt = building.get(list)?.get(column);
  if (readyAt === undefined) return true;
  const now = settings.get(store)?.now().getTime() ?? Infinity;
  if (now < readyAt) return false;
  building.get(list)?.delete(column);
  return true;
}
