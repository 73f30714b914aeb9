/**
 * Drafts are never lost: the editor's state is saved in the browser's storage as it is typed,
 * per site, person and target (a new post in a blog, or an edit of a post), and offered back
 * when the editor opens again. Storage can be full or switched off: then saving quietly fails
 * and the editor says so, but typing is never blocked.
 */
import { Channel, Licence, PostKind, PostLanguage, Situation } from '../../../../domain/feed';
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from '../../../../ui/localCopy';

export interface DraftFields {
  title: string;
  markup: string;
  kind: PostKind;
  keywordsText: string;
  licence: Licence;
  /** Absent in drafts kept before the language was asked for: the editor fills in the interface's. */
  language?: PostLanguage;
  unit: string;
  situation: Situation;
  channels: Channel[];
  whatWorked: string;
  whatToAvoid: string;
  reachText: string;
  linksText: string;
}

export interface Draft extends DraftFields {
  savedAt: string;
}

export interface DraftTarget {
  siteKey: string;
  userId: number;
  blogId: number;
  postId?: number;
}

export function draftKey(target: DraftTarget): string {
  const what = target.postId ? `post-${target.postId}` : `blog-${target.blogId}`;
  return `ddh.practiceFeed.draft|${target.siteKey}|${target.userId}|${what}`;
}

export function loadDraft(target: DraftTarget): Draft | undefined {
  return readLocalCopy<Draft>(draftKey(target), (draft) => typeof draft.title === 'string' && typeof draft.markup === 'string');
}

/** True when saved. */
export function saveDraft(target: DraftTarget, fields: DraftFields, now: Date = new Date()): boolean {
  return writeLocalCopy(draftKey(target), { ...fields, savedAt: now.toISOString() });
}

export function clearDraft(target: DraftTarget): void {
  removeLocalCopy(draftKey(target));
}

export function isEmptyDraft(fields: DraftFields): boolean {
  return !fields.title.trim() && !fields.markup.trim() && !fields.keywordsText.trim() && !fields.whatWorked.trim();
}
