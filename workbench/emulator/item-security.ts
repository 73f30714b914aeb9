/**
 * Item-level unique permissions. An item (or folder item) with broken inheritance carries its own
 * role assignments; every other item takes the scope of the nearest folder above it that has
 * unique permissions, else the list's. That effective scope — not the list — decides whether the
 * caller may read (hidden from reads, 404 by id), edit or delete an item, and add inside a folder.
 * ManageLists on the list does not override it (it only bypasses ReadSecurity / WriteSecurity).
 *
 * Reads of large lists stay fast: a ScopeChecker caches the scope of each folder path and the
 * caller's mask per scope, so a row costs two map look-ups; lists without unique item scopes skip it.
 */
import { errors } from './errors';
import { folderKey, type ListData } from './store';
import { parentPath } from './folder-paths';
import type { RequestContext } from './http';
import type { BasePermissions, EmulatorState, ItemRecord, RoleAssignmentRecord } from './model';
import {
  effectiveAssignments,
  FULL_MASK,
  has,
  isSiteAdmin,
  listPermissions,
  maskFrom,
  PermissionKind,
  principalIdsOf
} from './permissions';

/** The folder item whose assignments govern things inside `dir` (list-relative), or undefined for the list. */
export function folderScopeOwner(list: ListData, dir: string): ItemRecord | undefined {
  if (list.uniqueScopes === 0) return undefined;
  for (let p = dir; p; p = parentPath(p)) {
    const folder = list.folders.get(folderKey(p));
    if (folder?.item?.roleAssignments) return folder.item;
  }
  return undefined;
}

/** The item whose role assignments govern `item`: itself when unique, else its nearest unique folder. */
export function scopeOwner(list: ListData, item: ItemRecord): ItemRecord | undefined {
  return item.roleAssignments ? item : folderScopeOwner(list, item.dir ?? '');
}

/** The role assignments in force on an item (its scope's, or the list's effective ones). */
export function effectiveItemAssignments(state: EmulatorState, list: ListData, item: ItemRecord): RoleAssignmentRecord[] {
  const owner = scopeOwner(list, item);
  return owner?.roleAssignments ?? effectiveAssignments(state, list.record);
}

function scopeMask(state: EmulatorState, list: ListData, owner: ItemRecord | undefined, userId: number): BasePermissions {
  if (!owner?.roleAssignments) return listPermissions(state, list.record, userId);
  if (isSiteAdmin(state, userId)) return { ...FULL_MASK };
  return maskFrom(state, owner.roleAssignments, principalIdsOf(state, userId));
}

/** A user's effective permissions on an item (getUserEffectivePermissions). */
export function itemPermissions(state: EmulatorState, list: ListData, item: ItemRecord, userId: number): BasePermissions {
  return scopeMask(state, list, scopeOwner(list, item), userId);
}

/** The caller's masks over one request, cached per folder path and per scope. */
export class ScopeChecker {
  private readonly ownerByDir = new Map<string, ItemRecord | undefined>();
  private readonly maskByOwner = new Map<ItemRecord | undefined, BasePermissions>();

  constructor(
    private readonly state: EmulatorState,
    private readonly list: ListData,
    private readonly userId: number
  ) {}

  /** Cached by the path string as stored (items of one folder share it), so a row costs one look-up. */
  private ownerOfDir(dir: string): ItemRecord | undefined {
    if (this.ownerByDir.has(dir)) return this.ownerByDir.get(dir);
    const owner = folderScopeOwner(this.list, dir);
    this.ownerByDir.set(dir, owner);
    return owner;
  }

  private maskOf(owner: ItemRecord | undefined): BasePermissions {
    let mask = this.maskByOwner.get(owner);
    if (!mask) {
      mask = scopeMask(this.state, this.list, owner, this.userId);
      this.maskByOwner.set(owner, mask);
    }
    return mask;
  }

  /** The caller's mask on an item. */
  item(item: ItemRecord): BasePermissions {
    return this.maskOf(item.roleAssignments ? item : this.ownerOfDir(item.dir ?? ''));
  }

  /** The caller's mask on the folder at `dir` ('' = the root folder, i.e. the list). */
  folder(dir: string): BasePermissions {
    const folder = dir ? this.list.folders.get(folderKey(dir)) : undefined;
    return folder?.item ? this.item(folder.item) : this.maskOf(this.ownerOfDir(dir));
  }
}

export function checker(ctx: RequestContext, list: ListData): ScopeChecker {
  return new ScopeChecker(ctx.store.state, list, ctx.user.Id);
}

export function itemMask(ctx: RequestContext, list: ListData, item: ItemRecord): BasePermissions {
  return itemPermissions(ctx.store.state, list, item, ctx.user.Id);
}

export function demandItem(ctx: RequestContext, list: ListData, item: ItemRecord, kind: PermissionKind): void {
  if (!has(itemMask(ctx, list, item), kind)) throw errors.accessDenied();
}

/** Adding inside a folder needs AddListItems on that folder's effective scope. */
export function demandFolder(ctx: RequestContext, list: ListData, dir: string, kind: PermissionKind): void {
  if (!has(checker(ctx, list).folder(dir), kind)) throw errors.accessDenied();
}

/** Whether the caller may see the item at all (its scope grants ViewListItems). */
export function canViewItem(ctx: RequestContext, list: ListData, item: ItemRecord): boolean {
  return has(itemMask(ctx, list, item), PermissionKind.ViewListItems);
}

/** Gives an item its own role assignments (copied from its current scope, or the caller as Full Control). */
export function breakItemInheritance(ctx: RequestContext, list: ListData, item: ItemRecord, copy: boolean, clearSubscopes: boolean): void {
  if (!item.roleAssignments) {
    item.roleAssignments = copy
      ? effectiveItemAssignments(ctx.store.state, list, item).map((a) => ({
          principalId: a.principalId,
          roleDefinitionIds: [...a.roleDefinitionIds]
        }))
      : [{ principalId: ctx.user.Id, roleDefinitionIds: [1073741829] }];
    list.scopeChanged(1);
  }
  if (clearSubscopes && item.fsObjType === 1 && item.leaf !== undefined) {
    const path = item.dir ? `${item.dir}/${item.leaf}` : item.leaf;
    clearScopesUnder(list, path);
  }
}

export function resetItemInheritance(list: ListData, item: ItemRecord): void {
  if (!item.roleAssignments) return;
  delete item.roleAssignments;
  list.scopeChanged(-1);
}

/** Makes every item inside `path` ('' = the whole list) inherit again (clearsubscopes=true). */
export function clearScopesUnder(list: ListData, path: string): void {
  if (list.uniqueScopes === 0) return;
  const prefix = path.toLowerCase();
  for (const item of list.items.values()) {
    if (!item.roleAssignments) continue;
    const dir = (item.dir ?? '').toLowerCase();
    if (prefix === '' || dir === prefix || dir.startsWith(`${prefix}/`)) resetItemInheritance(list, item);
  }
}
