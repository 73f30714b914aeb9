/**
 * @jest-environment node
 *
 * Conformance: the real `provision(sp)` on an empty site, then a re-run that writes nothing.
 * The schema's list and group titles are fixed (src/lists), so on a tenant this needs an empty,
 * dedicated test site: the run refuses a site that already has any of them, and cleanup removes
 * only the lists, groups and permission level that were absent before the run.
 */
import { spfi } from '@pnp/sp';
import '@pnp/sp/site-groups/web';
import { provision } from '../../src/lists/provision';
import { GROUPS, LIST_ORDER, LISTS, SCHEMA_VERSION } from '../../src/lists/schema';
import { readSchemaVersion } from '../../src/lists/version';
import { openTarget, RecordWrites } from './target';

const target = openTarget();
const owner = target.owner;

async function exists(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/**
 * What of the suite's lists and groups the site already has; everything absent is tracked for
 * cleanup. The "DDH Add Only" permission level (CUSTOM_ROLES) is not: it may stay from an earlier
 * run, grants nothing by itself, and provisioning reuses it.
 */
async function presentBeforeRun(): Promise<string[]> {
  const present: string[] = [];
  for (const { title } of Object.values(GROUPS)) {
    if (await exists(() => owner.web.siteGroups.getByName(title)())) present.push(`group ${title}`);
    else target.track('group', title);
  }
  for (const key of LIST_ORDER) {
    const { title } = LISTS[key];
    if (await exists(() => owner.web.lists.getByTitle(title)())) present.push(`list ${title}`);
    else target.track('list', title);
  }
  return present;
}

/** Set once the site was found empty: nothing provisions a site that was not. */
let emptyAtStart = false;

afterAll(() => target.close(), target.seedTimeout);

interface FieldRow {
  InternalName: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
}

describe(`provisioning (${target.kind})`, () => {
  // The app's setup runs provision(sp) as a site owner (src/data/setup.ts); it must create the whole
  // schema on SharePoint as it does on the emulator: lists, fields, indexes, unique keys,
  // item-level security, unique role assignments, the schema version.
  test(
    'on an empty site it creates every list, field, index, unique key and the schema version',
    async () => {
      expect(await presentBeforeRun()).toEqual([]);
      emptyAtStart = true;
      const writes: string[] = [];
      const report = await provision(spfi(owner).using(RecordWrites(writes)));
      expect(report).toMatchObject({ fromVersion: 0, toVersion: SCHEMA_VERSION });
      expect(writes.length).toBeGreaterThan(0);
      expect(await readSchemaVersion(owner)).toBe(SCHEMA_VERSION);

      for (const key of LIST_ORDER) {
        const spec = LISTS[key];
        const list = owner.web.lists.getByTitle(spec.title);
        const row = await list.select('ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments')<{
          ReadSecurity: number;
          WriteSecurity: number;
          HasUniqueRoleAssignments: boolean;
        }>();
        expect({ key, ...row }).toMatchObject({
          key,
          ReadSecurity: spec.readSecurity,
          WriteSecurity: spec.writeSecurity,
          HasUniqueRoleAssignments: true
        });
        const fields = new Map(
          (await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')<FieldRow[]>()).map((f) => [f.InternalName, f])
        );
        for (const field of spec.fields) {
          const found = fields.get(field.name);
          expect({ list: key, field: field.name, indexed: found?.Indexed, unique: found?.EnforceUniqueValues }).toEqual({
            list: key,
            field: field.name,
            indexed: !!(field.indexed || field.unique),
            unique: !!field.unique
          });
        }
      }
    },
    target.seedTimeout
  );

  // Provisioning is idempotent (src/lists/provision.ts): a second run reads and finds nothing to
  // change. On a tenant this also settles that what SharePoint answers after the first run (field
  // types, flags, role bindings) reads back as provision wrote it.
  test(
    'a second run changes nothing and sends no write',
    async () => {
      expect({ emptyAtStart }).toEqual({ emptyAtStart: true });
      const writes: string[] = [];
      const second = await provision(spfi(owner).using(RecordWrites(writes)));
      expect(second.changes).toEqual([]);
      expect(second.fromVersion).toBe(SCHEMA_VERSION);
      expect(writes).toEqual([]);
    },
    target.seedTimeout
  );

  // The suite's own safety: what the run provisioned is removed again and checked gone, so the
  // dedicated test site is empty for the next run.
  test(
    'cleanup removes the lists and groups the run provisioned',
    async () => {
      expect({ emptyAtStart }).toEqual({ emptyAtStart: true });
      expect(await target.cleanup()).toEqual([]);
      expect(await readSchemaVersion(owner)).toBe(0);
      const groups = (await owner.web.siteGroups.select('Title')<Array<{ Title: string }>>()).map((g) => g.Title);
      expect(groups.filter((title) => Object.values(GROUPS).some((g) => g.title === title))).toEqual([]);
    },
    target.seedTimeout
  );
});
