import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/security';
import '@pnp/sp/content-types/list';
import { IList } from '@pnp/sp/lists';
import {
  CUSTOM_ROLES,
  FieldSpec,
  FormsBinding,
  GROUPS,
  GroupKey,
  LIST_ORDER,
  ListForm,
  ListKey,
  ListSpec,
  LISTS,
  ROLE_TYPES,
  RoleGrant,
  RoleName,
  SCHEMA_VERSION,
  schemaAt
} from './schema';
import { odataString } from '../data/odata';
import { toProblem } from '../data/errors';
import { readSchemaVersion, writeSchemaVersion } from './version';
import { MIGRATIONS } from './migrations';

/** Field types SharePoint numbers them (FieldTypeKind). */
const FIELD_TYPE_KIND = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Boolean: 8,
  Number: 9,
  URL: 11,
  Choice: 6,
  MultiChoice: 15,
  User: 20,
  Lookup: 7
} as const;

export interface ProvisionReport {
  fromVersion: number;
  toVersion: number;
  /** What was created or changed, one line each; empty when the site already matched. */
  changes: string[];
  /**
   * Indexes SharePoint is still building (`<list>.<field>`): on a list above 5,000 items a new
   * index is made in the background and queries through it are throttled until it is done. The
   * version is not recorded (nor its data steps run) until a probe shows every new index serving:
   * run again in a few minutes.
   */
  pending?: string[];
}

interface FieldRow {
  InternalName: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Required: boolean;
}
interface ListRow {
  Id: string;
  Title: string;
  ReadSecurity: number;
  WriteSecurity: number;
  HasUniqueRoleAssignments: boolean;
  EnableFolderCreation?: boolean;
}
interface AssignmentRow {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number; RoleTypeKind: number }>;
}

/**
 * Makes a site match the schema: groups, lists, fields, indexes, item-level security, roles and
 * the schema version. Idempotent (a second run changes nothing) and additive (it never deletes
 * a list, field or item), so it upgrades a site from any earlier version. Needs a site owner.
 *
 * `lists` lets tests set up an older version: `provision(sp, schemaAt(1), 1)`.
 */
export async function provision(
  sp: SPFI,
  lists: Partial<Record<ListKey, ListSpec>> = LISTS,
  version: number = SCHEMA_VERSION
): Promise<ProvisionReport> {
  const changes: string[] = [];
  const fromVersion = await readSchemaVersion(sp);
  const principals = await ensureGroups(sp, changes);
  // Grants as they stand at the version being set up (a grant may end or start at a version).
  const grants = (spec: ListSpec): RoleGrant[] =>
    spec.roles.filter((r) => (r.since ?? 1) <= version && (r.until === undefined || version < r.until));
  const used = new Set(LIST_ORDER.flatMap((key) => (lists[key] ? grants(lists[key] as ListSpec).map((r) => r.role) : [])));
  const roleIds = await roleDefinitionIds(sp, used, changes);
  const listIds: Partial<Record<ListKey, string>> = {};
  const newIndexes: Array<{ list: IList; spec: ListSpec; field: FieldSpec }> = [];

  for (const key of LIST_ORDER) {
    const spec = lists[key];
    if (!spec) continue;
    const { list, row, created } = await ensureList(sp, spec, changes);
    listIds[key] = row.Id;
    const indexedNow = await ensureFields(list, spec, listIds, changes);
    // Indexes this run made, and those of the versions being added (a previous run may have made
    // them and found them still building): each must serve before the version is recorded.
    for (const field of spec.fields) {
      // A list made just now is empty: its indexes serve at once.
      if (created || !(field.indexed || field.unique)) continue;
      const sinceAdded = fromVersion > 0 && (field.since ?? 1) > fromVersion && (field.since ?? 1) <= version;
      if (sinceAdded || indexedNow.has(field.name)) newIndexes.push({ list, spec, field });
    }
    await ensureSecurity(list, spec, row, changes);
    await ensureRoles(list, { ...spec, roles: grants(spec) }, row, principals, roleIds, changes);
    if (spec.forms) await ensureForms(list, spec.title, spec.forms, changes);
  }

  const pending = await buildingIndexes(newIndexes);
  if (pending.length > 0) return { fromVersion, toVersion: fromVersion, changes, pending };

  // Rows written before a version that needs data on them: only when updating a site (a new one has none).
  for (const migration of MIGRATIONS) {
    if (fromVersion === 0 || fromVersion >= migration.version || version < migration.version) continue;
    const written = await migration.run(sp);
    if (written > 0) changes.push(`${migration.describe}: ${written}`);
  }

  if (fromVersion < version) {
    await writeSchemaVersion(sp, version);
    changes.push(`schema version ${fromVersion} → ${version}`);
  }
  return { fromVersion, toVersion: Math.max(fromVersion, version), changes };
}

async function ensureGroups(sp: SPFI, changes: string[]): Promise<Record<GroupKey, number>> {
  const [owners, members, visitors] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>(),
    sp.web.associatedMemberGroup.select('Id')<{ Id: number }>(),
    sp.web.associatedVisitorGroup.select('Id')<{ Id: number }>()
  ]);
  const ids = { owners: owners.Id, members: members.Id, visitors: visitors.Id } as Record<GroupKey, number>;
  for (const key of Object.keys(GROUPS) as Array<keyof typeof GROUPS>) {
    const { title, description, membersVisible } = GROUPS[key];
    let onlyMembersSee: boolean | undefined;
    try {
      const group = await sp.web.siteGroups.getByName(title).select('Id', 'OnlyAllowMembersViewMembership')<{
        Id: number;
        OnlyAllowMembersViewMembership?: boolean;
      }>();
      ids[key] = group.Id;
      onlyMembersSee = group.OnlyAllowMembersViewMembership;
    } catch (error) {
      // A missing group answers "Group cannot be found." in the user's language, with a status
      // nothing documents (TENANT.md risk 9): whatever the refusal, the site's groups decide.
      const found = await groupIdByTitle(sp, title, error);
      if (found !== undefined) {
        ids[key] = found;
        onlyMembersSee = (
          await sp.web.siteGroups.getById(found).select('OnlyAllowMembersViewMembership')<{ OnlyAllowMembersViewMembership?: boolean }>()
        ).OnlyAllowMembersViewMembership;
      } else {
        ids[key] = (
          await sp.web.siteGroups.add({ Title: title, Description: description, OnlyAllowMembersViewMembership: !membersVisible })
        ).Id;
        changes.push(`group ${title}`);
        continue;
      }
    }
    // A group made before v5 shows its members to its members only (SharePoint's default for a new group).
    if (membersVisible && onlyMembersSee !== false) {
      await sp.web.siteGroups.getById(ids[key]).update({ OnlyAllowMembersViewMembership: false });
      changes.push(`group ${title}: members visible to everyone`);
    }
  }
  return ids;
}

/** The group's id read from the site's groups, undefined when there is none; `cause` if that read fails too. */
async function groupIdByTitle(sp: SPFI, title: string, cause: unknown): Promise<number | undefined> {
  let rows: Array<{ Id: number; Title: string }>;
  try {
    rows = await sp.web.siteGroups.filter(`Title eq ${odataString(title)}`).select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
  } catch {
    throw cause;
  }
  return rows.find((r) => r.Title.toLowerCase() === title.toLowerCase())?.Id;
}

/**
 * Ids of the permission levels: the built-in ones by type, the suite's own by name, created when a
 * list of this version grants one and the site does not have it yet (only then: an older version
 * set up by a test gets none).
 */
async function roleDefinitionIds(sp: SPFI, used: Set<RoleName>, changes: string[]): Promise<Partial<Record<RoleName, number>>> {
  const builtIn = await Promise.all(
    (Object.keys(ROLE_TYPES) as Array<keyof typeof ROLE_TYPES>).map(async (name) => {
      const definition = await sp.web.roleDefinitions.getByType(ROLE_TYPES[name]).select('Id')<{ Id: number }>();
      return [name, definition.Id] as const;
    })
  );
  // The site's levels by name from the collection (a few dozen at most): a missing one is simply
  // absent, whatever status and language `getByName` would have answered with (TENANT.md risk 9).
  const levels = await sp.web.roleDefinitions.select('Id', 'Name')<Array<{ Id: number; Name: string }>>();
  const custom = await Promise.all(
    (Object.keys(CUSTOM_ROLES) as Array<keyof typeof CUSTOM_ROLES>).map(async (name) => {
      const wanted = CUSTOM_ROLES[name];
      const existing = levels.find((level) => level.Name.toLowerCase() === wanted.name.toLowerCase());
      if (existing) return [name, existing.Id] as const;
      if (!used.has(name)) return [name, undefined] as const;
      const added = await sp.web.roleDefinitions.add(wanted.name, wanted.description, wanted.order, { ...wanted.basePermissions });
      changes.push(`permission level ${wanted.name}`);
      return [name, (added.data as { Id: number }).Id] as const;
    })
  );
  return Object.fromEntries([...builtIn, ...custom].filter(([, id]) => id !== undefined)) as Partial<Record<RoleName, number>>;
}

async function ensureList(sp: SPFI, spec: ListSpec, changes: string[]): Promise<{ list: IList; row: ListRow; created: boolean }> {
  const list = sp.web.lists.getByTitle(spec.title);
  // Read on a queryable of its own: PnPjs keeps `$select` on the instance it was set on, and
  // `list.update()` posts to that instance, so a shared one would send the `$select` with the MERGE.
  const read = (): Promise<ListRow> =>
    sp.web.lists
      .getByTitle(spec.title)
      .select('Id', 'Title', 'ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments', 'EnableFolderCreation')<ListRow>();
  try {
    return { list, row: await read(), created: false };
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    await sp.web.lists.add(spec.title, spec.description, spec.baseTemplate ?? 100, false);
    changes.push(`list ${spec.title}`);
    return { list, row: await read(), created: true };
  }
}

function creationProperties(field: FieldSpec, listIds: Partial<Record<ListKey, string>>): Record<string, unknown> {
  const common: Record<string, unknown> = { Required: !!field.required };
  switch (field.kind) {
    case 'Text':
      return { ...common, MaxLength: field.maxLength ?? 255 };
    case 'Note':
      return { ...common, RichText: false, NumberOfLines: 6 };
    case 'RichNote':
      return { ...common, RichText: true, NumberOfLines: 12 };
    case 'DateTime':
      return { ...common, DisplayFormat: 1 };
    case 'Choice':
    case 'MultiChoice':
      return { ...common, Choices: { results: [...(field.choices ?? [])] }, FillInChoice: false };
    case 'User':
      return { ...common, SelectionMode: 0 };
    case 'Lookup': {
      const target = field.lookupList && listIds[field.lookupList as ListKey];
      if (!target) throw new Error(`lookup ${field.name}: list ${field.lookupList} must be provisioned first`);
      return { ...common, LookupListId: target, LookupFieldName: 'Title' };
    }
    default:
      return common;
  }
}

/** `<Field Type="UserMulti" Mult="TRUE" …/>` for a multi-person column (people only, as the single ones). */
function multiPersonSchema(field: FieldSpec): string {
  const name = field.name.replace(/[^A-Za-z0-9_]/g, '');
  return `<Field Type="UserMulti" Name="${name}" StaticName="${name}" DisplayName="${name}" Mult="TRUE" UserSelectionMode="PeopleOnly" Required="${field.required ? 'TRUE' : 'FALSE'}" />`;
}

/**
 * The new indexes that do not serve yet. Each is probed with the smallest query that needs it on
 * a large list: an order by the column (text, number, date, choice), or an `<Field>Id eq 0` seek
 * for a person or lookup (sorting those can trip the threshold, TENANT.md risk 5). A throttled
 * answer means SharePoint is still building it (vgrem/phpSPO #315); any other failure is thrown.
 */
async function buildingIndexes(indexes: Array<{ list: IList; spec: ListSpec; field: FieldSpec }>): Promise<string[]> {
  const pending: string[] = [];
  for (const { list, spec, field } of indexes) {
    const items = list.items.select('Id').top(1);
    const probe = field.kind === 'User' || field.kind === 'Lookup' ? items.filter(`${field.name}Id eq 0`) : items.orderBy(field.name);
    try {
      await probe();
    } catch (error) {
      // Matched by SharePoint's exception type, never by its localised message (TENANT.md risk 4).
      if ((await toProblem(error)).kind === 'threshold') pending.push(`${spec.title}.${field.name}`);
      else throw error;
    }
  }
  return pending;
}

/** Makes the list's fields match; returns the fields this run made indexed. */
async function ensureFields(
  list: IList,
  spec: ListSpec,
  listIds: Partial<Record<ListKey, string>>,
  changes: string[]
): Promise<Set<string>> {
  const indexedNow = new Set<string>();
  const existing = await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues', 'Required')<FieldRow[]>();
  const byName = new Map(existing.map((f) => [f.InternalName, f]));
  for (const field of spec.fields) {
    const indexed = !!(field.indexed || field.unique);
    let row = byName.get(field.name);
    if (!row) {
      if (field.kind === 'UserMulti') {
        // A multi-person column is made from its XML: `AllowMultipleValues` in a creation body is
        // undocumented (TENANT.md risk 3; pnp/pnpjs #1240, #774). Options 8 (AddFieldInternalNameHint)
        // keeps Name as the internal name, as the other columns get theirs.
        await list.fields.createFieldAsXml({ SchemaXml: multiPersonSchema(field), Options: 8 });
      } else if (field.kind === 'Lookup') {
        await list.fields.addLookup(field.name, creationProperties(field, listIds));
      } else {
        const kind = field.kind === 'RichNote' ? 'Note' : field.kind;
        await list.fields.add(field.name, FIELD_TYPE_KIND[kind], creationProperties(field, listIds));
      }
      changes.push(`field ${spec.title}.${field.name}`);
      row = { InternalName: field.name, Indexed: false, EnforceUniqueValues: false, Required: !!field.required };
    }
    if (row.Required !== !!field.required) {
      await list.fields.getByInternalNameOrTitle(field.name).update({ Required: !!field.required }, 'SP.Field');
      changes.push(`required ${spec.title}.${field.name}: ${!!field.required}`);
    }
    if (row.Indexed !== indexed || row.EnforceUniqueValues !== !!field.unique) {
      // SharePoint wants the index before it enforces unique values, so set them in that order.
      const target = list.fields.getByInternalNameOrTitle(field.name);
      if (row.Indexed !== indexed) await target.update({ Indexed: indexed }, 'SP.Field');
      if (indexed && !row.Indexed) indexedNow.add(field.name);
      if (row.EnforceUniqueValues !== !!field.unique) await target.update({ EnforceUniqueValues: !!field.unique }, 'SP.Field');
      changes.push(`index ${spec.title}.${field.name}${field.unique ? ' (unique)' : ''}`);
    }
  }
  return indexedNow;
}

async function ensureSecurity(list: IList, spec: ListSpec, row: ListRow, changes: string[]): Promise<void> {
  const folders = !!spec.enableFolderCreation;
  if (folders && !row.EnableFolderCreation) {
    await list.update({ EnableFolderCreation: true });
    changes.push(`folders ${spec.title}`);
  }
  if (row.ReadSecurity === spec.readSecurity && row.WriteSecurity === spec.writeSecurity) return;
  await list.update({ ReadSecurity: spec.readSecurity, WriteSecurity: spec.writeSecurity });
  changes.push(`item-level security ${spec.title}: read ${spec.readSecurity}, write ${spec.writeSecurity}`);
}

async function ensureRoles(
  list: IList,
  spec: ListSpec,
  row: ListRow,
  principals: Record<GroupKey, number>,
  roleIds: Partial<Record<RoleName, number>>,
  changes: string[]
): Promise<void> {
  if (!row.HasUniqueRoleAssignments) {
    // Start from nothing: the list grants exactly what the schema says, not what the site does.
    await list.breakRoleInheritance(false, true);
    changes.push(`unique permissions ${spec.title}`);
  }
  const assignments = await list.roleAssignments
    .expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/RoleTypeKind')<AssignmentRow[]>();
  const has = (principal: number, roleId: number): boolean =>
    assignments.some((a) => a.PrincipalId === principal && a.RoleDefinitionBindings.some((b) => b.Id === roleId));
  const idOf = (role: RoleName): number => {
    const id = roleIds[role];
    if (id === undefined) throw new Error(`permission level ${role} is missing`);
    return id;
  };
  for (const { group, role } of spec.roles) {
    if (has(principals[group], idOf(role))) continue;
    await list.roleAssignments.add(principals[group], idOf(role));
    changes.push(`role ${spec.title}: ${group} ${role}`);
  }
  // Converge: a grant the schema no longer gives one of its groups is taken away, so an upgraded
  // site ends with exactly the permissions of a new one. Other principals (people an owner added
  // by hand, the owner who broke inheritance) are left alone.
  const wanted = new Set(spec.roles.map(({ group, role }) => `${principals[group]}:${idOf(role)}`));
  const managed = new Map((Object.keys(principals) as GroupKey[]).map((group) => [principals[group], group]));
  const roleNames = new Map((Object.keys(roleIds) as RoleName[]).map((role) => [idOf(role), role]));
  for (const assignment of assignments) {
    const group = managed.get(assignment.PrincipalId);
    if (!group) continue;
    for (const binding of assignment.RoleDefinitionBindings) {
      const role = roleNames.get(binding.Id);
      if (!role || wanted.has(`${assignment.PrincipalId}:${binding.Id}`)) continue;
      await list.roleAssignments.remove(assignment.PrincipalId, binding.Id);
      changes.push(`role removed ${spec.title}: ${group} ${role}`);
    }
  }
}

type ContentTypeRow = { StringId: string } & Record<string, string | null>;

const ALL_FORMS: readonly ListForm[] = ['New', 'Edit', 'Display'];

/** The list's own Item content type: `0x0100` and 32 hex digits (types derived from it are longer). */
const LIST_ITEM_CONTENT_TYPE = /^0x0100[0-9a-f]{32}$/i;

const sameComponent = (a: string | null | undefined, b: string): boolean =>
  (a ?? '').replace(/[{}]/g, '').toLowerCase() === b.replace(/[{}]/g, '').toLowerCase();

/**
 * Binds the form customizer to the list's Item content type for the forms the schema names, so
 * SharePoint opens it instead of its default form. Reads first and writes only what differs, so it
 * also re-binds when someone changed the binding by hand.
 */
async function ensureForms(list: IList, title: string, binding: FormsBinding, changes: string[]): Promise<void> {
  const properties = ALL_FORMS.flatMap((form) => [`${form}FormClientSideComponentId`, `${form}FormClientSideComponentProperties`]);
  const rows = await list.contentTypes.select('StringId', ...properties)<ContentTypeRow[]>();
  const item = rows.find((r) => LIST_ITEM_CONTENT_TYPE.test(r.StringId));
  if (!item) throw new Error(`${title}: the list has no Item content type to bind its forms to`);
  // All six properties, every time: saving one form's binding alone has reset the others to the
  // default form (sp-dev-docs #9974), so a form the binding does not name is written as default.
  const wanted: Record<string, string | null> = {};
  let differs = false;
  for (const form of ALL_FORMS) {
    const bound = binding.forms.indexOf(form) >= 0;
    const id = `${form}FormClientSideComponentId`;
    const props = `${form}FormClientSideComponentProperties`;
    wanted[id] = bound ? binding.componentId : null;
    wanted[props] = bound ? (binding.properties ?? null) : null;
    if (bound ? !sameComponent(item[id], binding.componentId) : !!item[id]) differs = true;
    if ((item[props] || null) !== wanted[props]) differs = true;
  }
  if (!differs) return;
  await list.contentTypes.getById(item.StringId).update(wanted);
  changes.push(`forms ${title}: ${binding.forms.join(', ')} → ${binding.componentId}`);
}

export { schemaAt, readSchemaVersion };
