/**
 * Drafts are never lost: the editor's state is saved in the browser's storage as it is typed,
 * per site, person and target (a new post in a blog, or an edit of a post), and offered back
 * when the editor opens again. Storage can be full or switched off: then saving quietly fails
 * and the editor says so, but typing is never blocked.
 *
 * The body is kept as the editor's HTML. Drafts kept before the rich-text editor hold it in the
 * old markup syntax instead (`markup`): they are turned into HTML with the old converter when read.
 */
import { Channel, Licence, PostKind, PostLanguage, Situation } from '../../../../domain/feed';
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from '../../../../ui/localCopy';
import { markupToHtml } from './markup';

export interface DraftFields {
  title: string;
  /** The body as the editor writes it (HTML; sanitised when the post is stored). */
  html: string;
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

/** A draft as kept before the rich-text editor: the body in the old markup syntax. */
type OldDraft = Omit<Draft, 'html'> & { markup: string };

export function loadDraft(target: DraftTarget): Draft | undefined {
  const kept = readLocalCopy<Draft | OldDraft>(
    draftKey(target),
    (draft) =>
      typeof draft.title === 'string' && (typeof (draft as Draft).html === 'string' || typeof (draft as OldDraft).markup === 'string')
  );
  if (!kept || typeof (kept as Draft).html === 'string') return kept as Draft | undefined;
  const { markup, ...rest } = kept as OldDraft;
  return { ...rest, html: markupToHtml(markup) };
}

/** True when saved. */
export function saveDraft(target: DraftTarget, fields: DraftFields, now: Date = new Date()): boolean {
  return writeLocalCopy(draftKey(target), { ...fields, savedAt: now.toISOString() });
}

export function clearDraft(target: DraftTarget): void {
  removeLocalCopy(draftKey(target));
}

export function isEmptyDraft(fields: DraftFields): boolean {
  return !fields.title.trim() && !fields.html.trim() && !fields.keywordsText.trim() && !fields.whatWorked.trim();
}
