/**
 * Which list form the workbench page opens (`?form=plans&mode=edit&id=3`), apart from the form
 * page itself (listForm.tsx), so the page learns it without loading the form's code.
 */
import type { PlanFormMode } from '../../src/extensions/planForm/PlanFormApp';
import { ListKey, LISTS } from '../../src/lists/schema';

export interface ListFormTarget {
  list: ListKey;
  mode: PlanFormMode;
  id?: number;
}

const MODES: readonly PlanFormMode[] = ['new', 'edit', 'display'];

/** `?form=plans&mode=edit&id=3` → the form to open; undefined when the page shows the web parts. */
export function parseListFormTarget(search: string): ListFormTarget | undefined {
  const query = new URLSearchParams(search);
  const list = query.get('form');
  if (!list || !(list in LISTS)) return undefined;
  const mode = (query.get('mode') ?? 'new') as PlanFormMode;
  const id = Number(query.get('id'));
  return { list: list as ListKey, mode: MODES.includes(mode) ? mode : 'new', id: Number.isInteger(id) && id > 0 ? id : undefined };
}

export function listFormQuery(target: ListFormTarget): Record<string, string> {
  return { form: target.list, mode: target.mode, ...(target.id !== undefined ? { id: String(target.id) } : {}) };
}
