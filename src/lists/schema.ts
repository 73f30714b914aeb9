/**
 * The SharePoint schema of the whole suite, as data: groups, lists, fields, indexes, item-level
 * security and group roles. Every field's internal name is written once, in the lists files;
 * everything else refers to it through `LISTS`. `provision(sp)` reads this and makes a site match.
 *
 * Versions: a field or list carries `since` (the schema version that added it). Provisioning is
 * additive and idempotent, so a site at any earlier version is upgraded by running it again.
 */
import { FEED_LISTS, FeedListKey } from './feedLists';
import { PLAN_LISTS, PlanListKey } from './planLists';
import { TRAINING_LISTS, TrainingListKey } from './trainingLists';
import { ListSpec, staffRead } from './types';

export * from './types';

export const SCHEMA_VERSION = 3;

export type ListKey = 'settings' | PlanListKey | FeedListKey | TrainingListKey;

export const LISTS: Record<ListKey, ListSpec> = {
  settings: {
    title: 'DDH Settings',
    description: 'Digital Diplomacy Hub: settings and the schema version of this site.',
    readSecurity: 1, writeSecurity: 1,
    roles: staffRead,
    fields: [{ name: 'Value', kind: 'Note' }]
  },
  ...PLAN_LISTS,
  ...FEED_LISTS,
  ...TRAINING_LISTS
};

/** The order lists are created in: a lookup's target before the list that points to it. */
export const LIST_ORDER: ListKey[] = [
  'settings', 'plans', 'planRounds', 'planReviews',
  'blogs', 'posts', 'postKeywords', 'comments', 'likes',
  'sessions', 'registrations'
];

/** The schema as it was at an earlier version: what a site set up then has. */
export function schemaAt(version: number): Record<ListKey, ListSpec> {
  const result = {} as Record<ListKey, ListSpec>;
  for (const key of LIST_ORDER) {
    const list: ListSpec = LISTS[key];
    if ((list.since ?? 1) > version) continue;
    result[key] = { ...list, fields: list.fields.filter((f) => (f.since ?? 1) <= version) };
  }
  return result;
}

export const SETTINGS_KEYS = { schemaVersion: 'SchemaVersion' } as const;
