/**
 * Columns every list item has that the emulator computes instead of storing: FileLeafRef,
 * FileDirRef, FileRef, FSObjType, ContentTypeId, HasUniqueRoleAssignments and Attachments (attachments.ts). They can be
 * selected and filtered (`$filter=FileDirRef eq '/sites/hub/Lists/Posts/blog-1'`) but are not
 * indexed, so on a list above the threshold such a filter is throttled like any unindexed column.
 */
import { folderContentTypeId, itemContentTypeId } from './content-types';
import { folderUrl, leafRef } from './folder-paths';
import type { FieldDef, FieldKind, ItemRecord, StoredValue } from './model';
import type { ListData, Store } from './store';

function virtual(internalName: string, kind: FieldKind): FieldDef {
  return {
    Id: '00000000-0000-0000-0000-000000000000',
    InternalName: internalName,
    Title: internalName,
    TypeAsString: kind,
    Required: false,
    Indexed: false,
    EnforceUniqueValues: false,
    Hidden: true,
    ReadOnlyField: true,
    FromBaseType: true,
    Description: '',
    Group: '_Hidden',
    DefaultValue: null
  };
}

const VIRTUAL: FieldDef[] = [
  virtual('FileLeafRef', 'Text'),
  virtual('FileDirRef', 'Text'),
  virtual('FileRef', 'Text'),
  virtual('FSObjType', 'Text'),
  virtual('ContentTypeId', 'Text'),
  virtual('FileSystemObjectType', 'Number'),
  virtual('HasUniqueRoleAssignments', 'Boolean'),
  virtual('Attachments', 'Boolean')
];
const BY_NAME = new Map(VIRTUAL.map((f) => [f.InternalName.toLowerCase(), f]));

export function virtualField(name: string): FieldDef | undefined {
  return BY_NAME.get(name.toLowerCase());
}

export function isVirtual(field: FieldDef): boolean {
  return BY_NAME.get(field.InternalName.toLowerCase()) === field;
}

/** Content type ids: the list's "Item" (0x0100…) and "Folder" (0x0120…) content types. */
export function contentTypeId(list: ListData, item: ItemRecord): string {
  return item.fsObjType === 1 ? folderContentTypeId(list.record.Id) : itemContentTypeId(list.record.Id);
}

/** The value of a column for an item: stored, or computed for the virtual ones. */
export function valueOf(store: Store, list: ListData, field: FieldDef, item: ItemRecord): StoredValue {
  if (!isVirtual(field)) return item.values[field.InternalName] ?? null;
  switch (field.InternalName) {
    case 'FileLeafRef':
      return leafRef(item);
    case 'FileDirRef':
      return folderUrl(store, list, item.dir ?? '');
    case 'FileRef':
      return `${folderUrl(store, list, item.dir ?? '')}/${leafRef(item)}`;
    case 'FSObjType':
      return item.fsObjType === 1 ? '1' : '0';
    case 'FileSystemObjectType':
      return item.fsObjType ?? 0;
    case 'ContentTypeId':
      return contentTypeId(list, item);
    case 'Attachments':
      return (item.attachments?.length ?? 0) > 0;
    default:
      return item.roleAssignments !== undefined;
  }
}
