/**
 * A copy of what is being typed, in the browser's localStorage, so that a failed save, a lost
 * connection or a closed tab loses nothing. Keyed by site, user and plan; a new plan uses 'new'
 * until the server gives it an id.
 */
import { Plan } from '../../../domain/plans/plan';
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from '../../../ui/localCopy';

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

export function readDraft(key: string): LocalDraft | undefined {
  return readLocalCopy<LocalDraft>(key, (draft) => !!draft.plan && typeof draft.savedAt === 'string');
}

/** True when stored; on a full or refused storage the server save is still attempted. */
export function writeDraft(key: string, draft: LocalDraft): boolean {
  return writeLocalCopy(key, draft);
}

export function removeDraft(key: string): void {
  removeLocalCopy(key);
}
