/**
 * File contents live beside the state, not inside it: the JSON state stays small enough to
 * snapshot and write on every change, while a picture or attachment is written once. A content id
 * is the SHA-256 of the bytes, so a stored content never changes: a snapshot taken before an
 * overwrite still finds its old bytes after a restore, and equal files share one copy.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export interface ContentStore {
  /** Stores bytes and returns their content id. */
  put(bytes: Uint8Array): string;
  /** The bytes of a content id, or undefined when they are gone. */
  get(id: string): Uint8Array | undefined;
}

export function contentIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Contents in memory (tests): a snapshot and restore share the same store. */
export function memoryContentStore(): ContentStore {
  const contents = new Map<string, Uint8Array>();
  return {
    put(bytes) {
      const id = contentIdOf(bytes);
      if (!contents.has(id)) contents.set(id, bytes.slice());
      return id;
    },
    get: (id) => contents.get(id)
  };
}

/** Contents as files `<dir>/<id>` (the workbench: `.workbench/files/`), written once each. */
export function directoryContentStore(dir: string): ContentStore {
  fs.mkdirSync(dir, { recursive: true });
  const fileOf = (id: string): string => path.join(dir, id.replace(/[^0-9a-f]/g, ''));
  return {
    put(bytes) {
      const id = contentIdOf(bytes);
      const file = fileOf(id);
      if (!fs.existsSync(file)) {
        const temp = `${file}.tmp`;
        fs.writeFileSync(temp, bytes);
        fs.renameSync(temp, file);
      }
      return id;
    },
    get(id) {
      const file = fileOf(id);
      return fs.existsSync(file) ? new Uint8Array(fs.readFileSync(file)) : undefined;
    }
  };
}
