/**
 * SharePoint's permission model: PermissionKind bits, the built-in role definitions with their
 * real masks, and effective permissions as the union over every role assignment that reaches
 * the user directly or through a group.
 */
import type { BasePermissions, EmulatorState, ListRecord, RoleAssignmentRecord, RoleDefinitionRecord } from './model';

/** PermissionKind values as in SP.PermissionKind (bit = value - 1). */
export enum PermissionKind {
  ViewListItems = 1,
  AddListItems = 2,
  EditListItems = 3,
  DeleteListItems = 4,
  ApproveItems = 5,
  OpenItems = 6,
  ViewVersions = 7,
  DeleteVersions = 8,
  CancelCheckout = 9,
  ManagePersonalViews = 10,
  ManageLists = 12,
  ViewFormPages = 13,
  Open = 17,
  ViewPages = 18,
  AddAndCustomizePages = 19,
  CreateGroups = 25,
  ManagePermissions = 26,
  BrowseDirectories = 27,
  BrowseUserInfo = 28,
  ManageWeb = 31,
  UseRemoteAPIs = 38,
  EnumeratePermissions = 63
}

export const FULL_MASK: BasePermissions = { High: 2147483647, Low: 4294967295 };
export const EMPTY_MASK: BasePermissions = { High: 0, Low: 0 };

export function has(mask: BasePermissions, kind: PermissionKind): boolean {
  const bit = kind - 1;
  if (bit < 32) return ((mask.Low >>> bit) & 1) === 1;
  return ((mask.High >>> (bit - 32)) & 1) === 1;
}

export function union(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { High: (a.High | b.High) >>> 0, Low: (a.Low | b.Low) >>> 0 };
}

/** The built-in role definitions of a SharePoint Online team site. */
export function defaultRoleDefinitions(): RoleDefinitionRecord[] {
  return [
    {
      Id: 1073741829,
      Name: 'Full Control',
      Description: 'Has full control.',
      RoleTypeKind: 5,
      Order: 1,
      Hidden: false,
      BasePermissions: { ...FULL_MASK }
    },
    {
      Id: 1073741828,
      Name: 'Design',
      Description: 'Can view, add, update, delete, approve, and customize.',
      RoleTypeKind: 4,
      Order: 32,
      Hidden: false,
      BasePermissions: { High: 432, Low: 1012866047 }
    },
    {
      Id: 1073741830,
      Name: 'Edit',
      Description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
      RoleTypeKind: 6,
      Order: 48,
      Hidden: false,
      BasePermissions: { High: 432, Low: 1011030767 }
    },
    {
      Id: 1073741827,
      Name: 'Contribute',
      Description: 'Can view, add, update, and delete list items and documents.',
      RoleTypeKind: 3,
      Order: 64,
      Hidden: false,
      BasePermissions: { High: 432, Low: 1011028719 }
    },
    {
      Id: 1073741826,
      Name: 'Read',
      Description: 'Can view pages and list items and download documents.',
      RoleTypeKind: 2,
      Order: 128,
      Hidden: false,
      BasePermissions: { High: 176, Low: 138612833 }
    },
    {
      Id: 1073741825,
      Name: 'Limited Access',
      Description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
      RoleTypeKind: 1,
      Order: 160,
      Hidden: true,
      BasePermissions: { High: 0, Low: 65536 | 131072 | 134217728 }
    }
  ];
}

/** Principal ids the user acts as: the user and every group containing them. */
export function principalIdsOf(state: EmulatorState, userId: number): Set<number> {
  const ids = new Set<number>([userId]);
  for (const group of state.groups) if (group.memberIds.includes(userId)) ids.add(group.Id);
  return ids;
}

export function maskFrom(state: EmulatorState, assignments: RoleAssignmentRecord[], principals: Set<number>): BasePermissions {
  let mask = { ...EMPTY_MASK };
  for (const assignment of assignments) {
    if (!principals.has(assignment.principalId)) continue;
    for (const defId of assignment.roleDefinitionIds) {
      const def = state.roleDefinitions.find((d) => d.Id === defId);
      if (def) mask = union(mask, def.BasePermissions);
    }
  }
  return mask;
}

export function isSiteAdmin(state: EmulatorState, userId: number): boolean {
  return state.users.some((u) => u.Id === userId && u.IsSiteAdmin);
}

export function webPermissions(state: EmulatorState, userId: number): BasePermissions {
  if (isSiteAdmin(state, userId)) return { ...FULL_MASK };
  return maskFrom(state, state.webRoleAssignments, principalIdsOf(state, userId));
}

/** Role assignments that govern a list: its own when inheritance is broken, else the web's. */
export function effectiveAssignments(state: EmulatorState, list: ListRecord): RoleAssignmentRecord[] {
  return list.hasUniqueRoleAssignments ? list.roleAssignments : state.webRoleAssignments;
}

export function listPermissions(state: EmulatorState, list: ListRecord, userId: number): BasePermissions {
  if (isSiteAdmin(state, userId)) return { ...FULL_MASK };
  return maskFrom(state, effectiveAssignments(state, list), principalIdsOf(state, userId));
}

/** Whether the user may reach the site at all (directly or through "Limited Access" from a list). */
export function canOpenSite(state: EmulatorState, userId: number): boolean {
  if (has(webPermissions(state, userId), PermissionKind.Open)) return true;
  return state.lists.some((l) => l.hasUniqueRoleAssignments && has(listPermissions(state, l, userId), PermissionKind.ViewListItems));
}

/** Masks as SharePoint writes them in JSON: Int64 halves as strings. */
export function permissionsJson(mask: BasePermissions): { High: string; Low: string } {
  return { High: String(mask.High >>> 0), Low: String(mask.Low >>> 0) };
}
