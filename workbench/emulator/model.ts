/**
 * The persisted shape of the emulated site. Everything here is plain JSON so that a snapshot
 * can be written to disk and restored; runtime structures (indexes) are rebuilt from it.
 */

export type FieldKind =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'DateTime'
  | 'Boolean'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'UserMulti'
  | 'Lookup'
  | 'LookupMulti'
  | 'URL'
  | 'Computed'
  | 'Guid';

export interface FieldDef {
  Id: string;
  InternalName: string;
  Title: string;
  TypeAsString: FieldKind;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  /** Built-in columns (ID, Created, Author…) cannot be deleted and are set by the server. */
  FromBaseType: boolean;
  Description: string;
  Group: string;
  DefaultValue: string | null;
  MaxLength?: number;
  Choices?: string[];
  FillInChoice?: boolean;
  RichText?: boolean;
  NumberOfLines?: number;
  MinimumValue?: number;
  /** Currency columns: the locale (LCID) amounts are shown in. */
  CurrencyLocaleId?: number;
  MaximumValue?: number;
  DisplayFormat?: number;
  SelectionMode?: number;
  LookupList?: string;
  LookupField?: string;
}

/** URL field value as SharePoint stores it. */
export interface UrlValue {
  Url: string;
  Description: string;
}

/** Stored column values: dates as epoch milliseconds, people/lookups as ids. */
export type StoredValue = string | number | boolean | string[] | number[] | UrlValue | null;

export interface ItemRecord {
  id: number;
  /** owshiddenversion: the number inside the item's ETag. */
  version: number;
  guid: string;
  values: Record<string, StoredValue>;
  /** List-relative path of the folder holding the item ('' or absent: the root folder). */
  dir?: string;
  /** 1 when the item is a folder (FSObjType); absent for ordinary items. */
  fsObjType?: 1;
  /** A folder's name (its FileLeafRef). */
  leaf?: string;
  /** Present when the item has unique permissions (inheritance broken): its own role assignments. */
  roleAssignments?: RoleAssignmentRecord[];
  /** A document library's file (its name is `leaf`); the bytes live in the content store (file-store.ts). */
  file?: FileRecord;
  /** A list item's attachments, in the order they were added. */
  attachments?: AttachmentRecord[];
}

/** A file's metadata; `contentId` names its bytes in the content store, never inside the state. */
export interface FileRecord {
  contentId: string;
  length: number;
  created: number;
  modified: number;
  version: number;
}

export interface AttachmentRecord {
  name: string;
  contentId: string;
  length: number;
}

/** A folder that has no list item ("folders.addUsingPath" in a generic list): list-relative path. */
export interface PlainFolderRecord {
  path: string;
  uniqueId: string;
  created: number;
}

export interface BasePermissions {
  High: number;
  Low: number;
}

export interface RoleDefinitionRecord {
  Id: number;
  Name: string;
  Description: string;
  RoleTypeKind: number;
  Order: number;
  Hidden: boolean;
  BasePermissions: BasePermissions;
}

export interface RoleAssignmentRecord {
  principalId: number;
  roleDefinitionIds: number[];
}

/**
 * A list content type (a list's own copy of a site content type). The form customizer bindings
 * and the other writable properties are kept as given; null when never set.
 */
export interface ContentTypeRecord {
  /** `0x0100<32 hex>` for the list's Item, `0x012000<32 hex>` for its Folder. */
  StringId: string;
  Name: string;
  Description: string;
  Group: string;
  Hidden: boolean;
  ReadOnly: boolean;
  Sealed: boolean;
  /** NewFormClientSideComponentId, …Properties, JSLink and the other writable string properties. */
  settings: Record<string, string | null>;
}

export interface ListRecord {
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  EntityTypeName: string;
  Created: number;
  ReadSecurity: number;
  WriteSecurity: number;
  EnableVersioning: boolean;
  ContentTypesEnabled: boolean;
  Hidden: boolean;
  /** Other writable list properties that the emulator stores but gives no meaning to. */
  extra: Record<string, string | number | boolean | null>;
  hasUniqueRoleAssignments: boolean;
  roleAssignments: RoleAssignmentRecord[];
  fields: FieldDef[];
  nextItemId: number;
  lastItemModified: number;
  items: ItemRecord[];
  /** Folders without a list item; folders with one are items with fsObjType 1. */
  plainFolders?: PlainFolderRecord[];
  /** The root folder's UniqueId. */
  rootFolderId?: string;
  /** The list's content types (Item, Folder); filled in for lists saved before they were modelled. */
  contentTypes?: ContentTypeRecord[];
}

export interface UserRecord {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  IsSiteAdmin: boolean;
}

export interface GroupRecord {
  Id: number;
  Title: string;
  Description: string;
  OwnerId: number;
  memberIds: number[];
  AllowMembersEditMembership: boolean;
  OnlyAllowMembersViewMembership: boolean;
}

export interface EmulatorState {
  version: 1;
  web: {
    Id: string;
    Title: string;
    Description: string;
    Created: number;
    siteId: string;
    associatedOwnerGroupId: number;
    associatedMemberGroupId: number;
    associatedVisitorGroupId: number;
  };
  nextPrincipalId: number;
  users: UserRecord[];
  groups: GroupRecord[];
  roleDefinitions: RoleDefinitionRecord[];
  webRoleAssignments: RoleAssignmentRecord[];
  lists: ListRecord[];
}
