/**
 * The SharePoint schema of the whole suite, as data: groups, lists, fields, indexes, item-level
 * security and group roles. Every field's internal name is written once, in the lists files;
 * everything else refers to it through `LISTS`. `provision(sp)` reads this and makes a site match.
 *
 * Versions: a field or list carries `since` (the schema version that added it); a role grant
 * `since` / `until`, a unique key that was dropped `uniqueUntil`. Provisioning is
 * additive and idempotent, so a site at any earlier version is upgraded by running it again.
 */
import { FEED_LISTS, FEED_TIME_KEYS, FeedListKey } from './feedLists';
import { PLAN_LISTS, PLAN_TIME_KEYS, PlanListKey } from './planLists';
import { TRAINING_LISTS, TrainingListKey } from './trainingLists';
import { SETTINGS_LIST, SCHEMA_VERSION, SETTINGS_KEYS } from './settings';
import { MISSION_LIST } from './missionList';
import { ListSpec } from './types';

export * from './types';

export { SCHEMA_VERSION, SETTINGS_KEYS };

export type ListKey = 'settings' | 'missions' | PlanListKey | FeedListKey | TrainingListKey;

export const LISTS: Record<ListKey, ListSpec> = {
  settings: SETTINGS_LIST,
  missions: MISSION_LIST,
  ...PLAN_LISTS,
  ...FEED_LISTS,
  ...TRAINING_LISTS
};

/** Every time key column (src/lists/timeKeys.ts), with its rule. */
export const TIME_KEYS = [...PLAN_TIME_KEYS, ...FEED_TIME_KEYS];

/** The order lists are created in: a lookup's target before the list that points to it. */
export const LIST_ORDER: ListKey[] = [
  'settings',
  'missions',
  'plans',
  'planRounds',
  'planReviews',
  'planLatestDecisions',
  'startupTemplates',
  'blogs',
  'posts',
  'postImages',
  'postKeywords',
  'comments',
  'likes',
  'sessions',
  'registrations',
  'trainingMessages'
];

/** The schema as it was at an earlier version: what a site set up then has. */
export function schemaAt(version: number): Record<ListKey, ListSpec> {
  const result = {} as Record<ListKey, ListSpec>;
  for (const key of LIST_ORDER) {
    const list: ListSpec = LISTS[key];
    if ((list.since ?? 1) > version) continue;
    result[key] = {
      ...list,
      fields: list.fields
        .filter((f) => (f.since ?? 1) <= version)
        .map((f) => (f.uniqueUntil !== undefined && version < f.uniqueUntil ? { ...f, unique: true } : f)),
      roles: list.roles.filter((r) => (r.since ?? 1) <= version && (r.until === undefined || version < r.until))
    };
  }
  return result;
}
