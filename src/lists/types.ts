/**
 * The vocabulary of the schema: what a list, a field and a role grant look like as data.
 * The lists themselves are in planLists.ts, feedLists.ts and trainingLists.ts; schema.ts joins them.
 */

export type GroupKey = 'owners' | 'members' | 'visitors' | 'reviewers' | 'authors' | 'trainingAdmins';

/** Site groups the suite creates. Owners, members and visitors are the site's associated groups. */
export const GROUPS: Record<'reviewers' | 'authors' | 'trainingAdmins', { title: string; description: string; membersVisible?: boolean }> =
  {
    // Everyone may see who the reviewers are: an embassy's submit tells them by e-mail (v5).
    reviewers: {
      title: 'DDH Plan Reviewers',
      description: 'Web communications team: reviews and approves social media plans.',
      membersVisible: true
    },
    authors: { title: 'DDH Embassy Authors', description: 'Embassy communication teams: write and submit social media plans.' },
    trainingAdmins: { title: 'DDH Training Admins', description: 'HR staff development: runs training sessions and their sign-ups.' }
  };

/** SharePoint's built-in permission levels, by RoleTypeKind. */
export const ROLE_TYPES = { read: 2, contribute: 3, edit: 6, fullControl: 5 } as const;

/** Contribute's mask (SharePoint's built-in level), and the bits an "add only" level leaves out. */
const CONTRIBUTE_MASK = { High: 432, Low: 1011028719 } as const;
const EDIT_AND_DELETE_ITEMS = (1 << 2) | (1 << 3); // PermissionKind EditListItems (3), DeleteListItems (4): bit = kind - 1

/**
 * Permission levels the suite defines itself, found by name. SharePoint has no built-in level that
 * adds items without editing them; `addOnly` is Contribute without EditListItems and
 * DeleteListItems (as PnP PowerShell's Add-PnPRoleDefinition "AddOnly" example builds it): a list
 * granted with it is append-only for its writers, so every row they wrote stays as the server
 * stored it (Created, Author, Id) and only people with Edit (admins) change rows.
 */
export const CUSTOM_ROLES = {
  addOnly: {
    name: 'DDH Add Only',
    description: 'Can view and add list items, but not edit or delete them.',
    order: 100,
    basePermissions: { High: CONTRIBUTE_MASK.High, Low: (CONTRIBUTE_MASK.Low & ~EDIT_AND_DELETE_ITEMS) >>> 0 }
  }
} as const;

export type RoleName = keyof typeof ROLE_TYPES | keyof typeof CUSTOM_ROLES;

/** A group's grant on a list; `since` / `until` (exclusive) say in which schema versions it holds. */
export interface RoleGrant {
  group: GroupKey;
  role: RoleName;
  since?: number;
  until?: number;
}

export type FieldKind =
  'Text' | 'Note' | 'RichNote' | 'Number' | 'DateTime' | 'Boolean' | 'Choice' | 'MultiChoice' | 'User' | 'UserMulti' | 'Lookup' | 'URL';

export interface FieldSpec {
  /** Internal name; also the title it is created with (no spaces, so SharePoint keeps it as is). */
  name: string;
  kind: FieldKind;
  required?: boolean;
  maxLength?: number;
  indexed?: boolean;
  /** EnforceUniqueValues: the server refuses a second item with the same value (needs `indexed`). */
  unique?: boolean;
  /** The column enforced unique values before this schema version (an upgrade turns it off). */
  uniqueUntil?: number;
  choices?: readonly string[];
  /** Key of the list this lookup points to; it must be provisioned first. */
  lookupList?: string;
  since?: number;
}

/** A list form SharePoint lets a form customizer replace. */
export type ListForm = 'New' | 'Edit' | 'Display';

/**
 * An SPFx form customizer bound to the list's Item content type, so that someone who opens the
 * list's own New / Edit / Display form gets it instead of SharePoint's default form.
 */
export interface FormsBinding {
  /** The form customizer's component id: the `id` of its manifest. */
  componentId: string;
  forms: readonly ListForm[];
  /** JSON for `<Form>FormClientSideComponentProperties`; none: null. */
  properties?: string;
  since?: number;
}

export interface ListSpec {
  title: string;
  description: string;
  fields: FieldSpec[];
  /** 1: everyone with read access reads all items; 2: only items they created. */
  readSecurity: 1 | 2;
  /** 1: edit all items; 2: only items they created; 4: none. List managers bypass both. */
  writeSecurity: 1 | 2 | 4;
  /** The list stops inheriting the site's permissions and grants exactly these. */
  roles: RoleGrant[];
  /** EnableFolderCreation: items may live in folders (e.g. one folder per blog with its own permissions). */
  enableFolderCreation?: boolean;
  /** 101: a document library (it holds files, each a list item with the same permissions); a list otherwise. */
  baseTemplate?: 101;
  /** The list's forms are a form customizer's (see FormsBinding). */
  forms?: FormsBinding;
  since?: number;
}

/** Everyone reads; owners manage. The base most lists start from. */
export const staffRead: ListSpec['roles'] = [
  { group: 'owners', role: 'fullControl' },
  { group: 'members', role: 'read' },
  { group: 'visitors', role: 'read' }
];

/** Staff add their own items (and edit them, with writeSecurity 2); visitors read. */
export const staffContribute: ListSpec['roles'] = [
  { group: 'owners', role: 'fullControl' },
  { group: 'members', role: 'contribute' },
  { group: 'visitors', role: 'read' }
];
