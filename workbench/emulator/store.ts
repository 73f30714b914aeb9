/**
 * The site's data in memory: the persisted state plus, per list, the runtime structures a content
 * database has — items by id, the ordered id list (the clustered index) and column indexes.
 */
import { randomUUID } from 'crypto';
import { errors } from './errors';
import { BUILT_IN_FIELD_IDS } from './field-defs';
import { indexKey } from './field-types';
import type { EmulatorState, FieldDef, GroupRecord, ItemRecord, ListRecord, PlainFolderRecord, StoredValue, UserRecord } from './model';
import { SortedIndex } from './sorted-index';

export const LIST_VIEW_THRESHOLD = 5000;
export const MAX_INDEXES_PER_LIST = 20;

/** A folder of a list: a folder item (FSObjType 1) or a plain folder without an item. */
export interface FolderEntry {
  path: string;
  item?: ItemRecord;
  plain?: PlainFolderRecord;
}

/** Lower-cased key of a list-relative folder path. */
export function folderKey(path: string | undefined): string {
  return (path ?? '').toLowerCase();
}

export class ListData {
  readonly items = new Map<number, ItemRecord>();
  /** Item ids ascending: ids only ever grow, so appends keep it sorted. */
  readonly ids: number[] = [];
  readonly indexes = new Map<string, SortedIndex>();
  /** Folders by lower-cased list-relative path (the root folder is not in here). */
  readonly folders = new Map<string, FolderEntry>();
  /** Items (and folders) directly inside each folder, by lower-cased path ('' = root). */
  readonly childCounts = new Map<string, number>();
  /** How many items have unique permissions: 0 lets reads skip per-item permission checks. */
  uniqueScopes = 0;

  constructor(public readonly record: ListRecord) {
    for (const item of record.items) {
      this.items.set(item.id, item);
      this.ids.push(item.id);
      this.track(item, 1);
    }
    for (const plain of record.plainFolders ?? []) this.trackPlain(plain);
    this.ids.sort((a, b) => a - b);
    for (const field of record.fields) if (field.Indexed && field.InternalName !== 'ID') this.buildIndex(field);
    // A state saved before built-in columns had SharePoint's fixed ids gets them on load.
    for (const field of record.fields)
      if (field.FromBaseType && BUILT_IN_FIELD_IDS[field.InternalName]) field.Id = BUILT_IN_FIELD_IDS[field.InternalName];
  }

  private count(dir: string | undefined, delta: number): void {
    const key = folderKey(dir);
    this.childCounts.set(key, (this.childCounts.get(key) ?? 0) + delta);
  }

  /** Keeps the folder map, child counts and unique-scope count in step with an insert (+1) or removal (-1). */
  private track(item: ItemRecord, delta: 1 | -1): void {
    this.count(item.dir, delta);
    if (item.roleAssignments) this.uniqueScopes += delta;
    if (item.fsObjType === 1 && item.leaf !== undefined) {
      const path = item.dir ? `${item.dir}/${item.leaf}` : item.leaf;
      if (delta > 0) this.folders.set(folderKey(path), { path, item });
      else this.folders.delete(folderKey(path));
    }
  }

  private trackPlain(plain: PlainFolderRecord): void {
    this.folders.set(folderKey(plain.path), { path: plain.path, plain });
    const at = plain.path.lastIndexOf('/');
    this.count(at < 0 ? '' : plain.path.slice(0, at), 1);
  }

  addPlainFolder(plain: PlainFolderRecord): void {
    (this.record.plainFolders ??= []).push(plain);
    this.trackPlain(plain);
  }

  removePlainFolder(plain: PlainFolderRecord): void {
    const list = this.record.plainFolders ?? [];
    const at = list.indexOf(plain);
    if (at >= 0) list.splice(at, 1);
    this.folders.delete(folderKey(plain.path));
    const slash = plain.path.lastIndexOf('/');
    this.count(slash < 0 ? '' : plain.path.slice(0, slash), -1);
  }

  /** Call after giving an item unique permissions (+1) or resetting them (-1). */
  scopeChanged(delta: 1 | -1): void {
    this.uniqueScopes += delta;
  }

  get itemCount(): number {
    return this.items.size;
  }

  field(internalName: string): FieldDef | undefined {
    const lower = internalName.toLowerCase();
    return this.record.fields.find((f) => f.InternalName.toLowerCase() === lower);
  }

  buildIndex(field: FieldDef): void {
    const entries: Array<[ReturnType<typeof indexKey>, number]> = [];
    for (const item of this.items.values()) entries.push([indexKey(field, item.values[field.InternalName] ?? null), item.id]);
    this.indexes.set(field.InternalName, SortedIndex.build(entries));
  }

  dropIndex(field: FieldDef): void {
    this.indexes.delete(field.InternalName);
  }

  /** Refuses a write that would put a second equal value in a column that enforces unique values. */
  assertUnique(values: Record<string, StoredValue>, selfId: number | undefined): void {
    const duplicates: string[] = [];
    for (const field of this.record.fields) {
      if (!field.EnforceUniqueValues || !(field.InternalName in values)) continue;
      const key = indexKey(field, values[field.InternalName]);
      if (key === null) continue;
      const index = this.indexes.get(field.InternalName);
      const holders = index ? index.equal(key) : [];
      if (holders.some((id) => id !== selfId)) duplicates.push(field.InternalName);
    }
    if (duplicates.length > 0) throw errors.duplicateValues(duplicates);
  }

  insert(item: ItemRecord): void {
    this.items.set(item.id, item);
    this.ids.push(item.id);
    this.record.items.push(item);
    this.track(item, 1);
    for (const [name, index] of this.indexes) {
      const field = this.field(name);
      if (field) index.insert(indexKey(field, item.values[name] ?? null), item.id);
    }
  }

  /** Appends many items and rebuilds the indexes once: the seeding path. */
  insertMany(items: ItemRecord[]): void {
    for (const item of items) {
      this.items.set(item.id, item);
      this.ids.push(item.id);
      this.record.items.push(item);
      this.track(item, 1);
    }
    for (const name of [...this.indexes.keys()]) {
      const field = this.field(name);
      if (field) this.buildIndex(field);
    }
  }

  update(item: ItemRecord, changes: Record<string, StoredValue>): void {
    for (const [name, value] of Object.entries(changes)) {
      const index = this.indexes.get(name);
      const field = this.field(name);
      if (index && field) {
        index.remove(indexKey(field, item.values[name] ?? null), item.id);
        index.insert(indexKey(field, value), item.id);
      }
      item.values[name] = value;
    }
  }

  remove(item: ItemRecord): void {
    if (!this.items.has(item.id)) return;
    this.track(item, -1);
    this.items.delete(item.id);
    const at = binarySearch(this.ids, item.id);
    if (at >= 0) this.ids.splice(at, 1);
    const pos = this.record.items.indexOf(item);
    if (pos >= 0) this.record.items.splice(pos, 1);
    for (const [name, index] of this.indexes) {
      const field = this.field(name);
      if (field) index.remove(indexKey(field, item.values[name] ?? null), item.id);
    }
  }
}

export function binarySearch(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export class Store {
  private readonly lists = new Map<string, ListData>();

  /** Server-relative path of the site, as written in URLs (e.g. /sites/hub). */
  constructor(
    public readonly state: EmulatorState,
    public readonly sitePath = ''
  ) {
    for (const record of state.lists) this.lists.set(record.Id, new ListData(record));
  }

  allLists(): ListData[] {
    return [...this.lists.values()];
  }

  listByTitle(title: string): ListData | undefined {
    const lower = title.toLowerCase();
    return this.allLists().find((l) => l.record.Title.toLowerCase() === lower);
  }

  listById(id: string): ListData | undefined {
    const lower = id.toLowerCase().replace(/[{}]/g, '');
    return this.allLists().find((l) => l.record.Id === lower);
  }

  addList(record: ListRecord): ListData {
    this.state.lists.push(record);
    const data = new ListData(record);
    this.lists.set(record.Id, data);
    return data;
  }

  removeList(data: ListData): void {
    this.lists.delete(data.record.Id);
    this.state.lists.splice(this.state.lists.indexOf(data.record), 1);
  }

  user(id: number): UserRecord | undefined {
    return this.state.users.find((u) => u.Id === id);
  }

  /** Finds a user by claims login or e-mail, case-insensitively, as ensureuser does. */
  userByLogin(loginOrEmail: string): UserRecord | undefined {
    const lower = loginOrEmail.trim().toLowerCase();
    return this.state.users.find((u) => u.LoginName.toLowerCase() === lower || u.Email.toLowerCase() === lower);
  }

  group(id: number): GroupRecord | undefined {
    return this.state.groups.find((g) => g.Id === id);
  }

  groupByName(name: string): GroupRecord | undefined {
    const lower = name.toLowerCase();
    return this.state.groups.find((g) => g.Title.toLowerCase() === lower);
  }

  principalExists(id: number): boolean {
    return this.user(id) !== undefined || this.group(id) !== undefined;
  }

  nextPrincipalId(): number {
    return this.state.nextPrincipalId++;
  }

  newGuid(): string {
    return randomUUID();
  }
}
