/**
 * A copy of what is being typed, in the browser's localStorage, so that a failed save, a lost
 * connection or a closed tab loses nothing. Keyed by site, user and plan; a new plan uses 'new'
 * until the server gives it an id.
 */
import { Plan } from '../../../domain/plans/plan';

export interface LocalDraft {
  plan: Plan;
  /** When it was typed (ISO), to offer the newer of this and the server's copy. */
  savedAt: string;
  /** The server version it was typed over, when known. */
  baseEtag?: string;
}

export function draftKey(siteUrl: string, loginName: string, planId: number | 'new'): string {
  return `ddh:plan-draft:${siteUrl.toLowerCase()}:${loginName.toLowerCase()}:${planId}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    // Storage can be refused (privacy settings); the server copy still works.
    return undefined;
  }
}

export function readDraft(key: string): LocalDraft | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const draft = JSON.parse(text) as LocalDraft;
    return draft && draft.plan && typeof draft.savedAt === 'string' ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, draft: LocalDraft): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    // Quota exceeded: the server save is still attempted.
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: a leftover copy is offered again and can be discarded.
  }
}
