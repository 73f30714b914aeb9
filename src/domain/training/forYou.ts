/**
 * "For you" in the training web part (#13 item 7): what changed for a person since they last
 * looked, derived from the lists alone — the person's registration statuses now, compared with
 * the statuses this browser saw last time. A seat that came from the waiting list (someone
 * cancelled, an admin gave one), a seat lost to the waiting list (capacity lowered), a session
 * cancelled. A first visit has nothing to compare with, so it reports nothing.
 */
import type { RegistrationStatusCode } from './seats';

export type SeenStatuses = Record<string, RegistrationStatusCode>;

export type TrainingNews =
  | { kind: 'seat'; sessionId: number }
  | { kind: 'waiting'; sessionId: number; position: number }
  | { kind: 'sessionCancelled'; sessionId: number };

export interface MyStatus {
  sessionId: number;
  code: RegistrationStatusCode;
  /** Place on the waiting list, when waiting. */
  position?: number;
}

/** What is new since `seen` (undefined: never looked here), in the order of `now`. */
export function trainingNews(seen: SeenStatuses | undefined, now: readonly MyStatus[]): TrainingNews[] {
  if (!seen) return [];
  const news: TrainingNews[] = [];
  for (const status of now) {
    const before = seen[String(status.sessionId)];
    if (!before || before === status.code) continue;
    if (status.code === 'confirmed' && before === 'waiting') news.push({ kind: 'seat', sessionId: status.sessionId });
    else if (status.code === 'waiting' && before === 'confirmed')
      news.push({ kind: 'waiting', sessionId: status.sessionId, position: status.position || 0 });
    else if (status.code === 'sessionCancelled' && (before === 'confirmed' || before === 'waiting'))
      news.push({ kind: 'sessionCancelled', sessionId: status.sessionId });
  }
  return news;
}

/**
 * The statuses to remember after this look: the ones in view now (the upcoming sessions of the
 * first view), so what is kept stays as small as that list; a session that has passed is forgotten.
 */
export function seenAfter(now: readonly MyStatus[]): SeenStatuses {
  const next: SeenStatuses = {};
  for (const status of now) next[String(status.sessionId)] = status.code;
  return next;
}
