/**
 * The suite's settings list and the schema version: a leaf module, so the code that only reads
 * the version (every web part's first view and set-up check) does not bundle the whole schema
 * (the plan and training lists and the domain rules their choices come from).
 */
import { ListSpec, staffRead } from './types';

export const SCHEMA_VERSION = 8;

export const SETTINGS_LIST: ListSpec = {
  title: 'DDH Settings',
  description: 'Digital Diplomacy Hub: settings and the schema version of this site.',
  readSecurity: 1,
  writeSecurity: 1,
  roles: staffRead,
  fields: [{ name: 'Value', kind: 'Note' }]
};

export const SETTINGS_KEYS = { schemaVersion: 'SchemaVersion' } as const;
