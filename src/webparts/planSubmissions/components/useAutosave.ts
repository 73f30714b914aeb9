/**
 * Saving a plan while it is typed: every change goes at once to a local copy (localStorage)
 * and, after a pause in typing, to SharePoint with the ETag last read. A failed save keeps the
 * text (in the form and locally) and says why; a conflict (412) never overwrites the other save.
 */
import * as React from 'react';
import { Plan } from '../../../domain/plans/plan';
import { Problem, toProblem } from '../../../data/errors';
import { draftKey, removeDraft, writeDraft } from './draftStore';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface SaveTarget {
  id: number | undefined;
  etag: string;
}

export interface AutosaveOptions {
  siteUrl: string;
  loginName: string;
  initial: SaveTarget;
  /** Creates the plan (id undefined) or saves its draft; resolves to the new id and ETag. */
  save: (plan: Plan, target: SaveTarget) => Promise<{ id: number; etag: string }>;
  delayMs?: number;
}

export interface Autosave {
  status: SaveStatus;
  problem: Problem | undefined;
  target: SaveTarget;
  /** Call with every change. */
  changed: (plan: Plan) => void;
  /** Saves now (before submitting, or when asked); resolves to where it was saved. */
  flush: () => Promise<SaveTarget>;
  /**
   * Runs another change of the saved plan (an attachment) between saves: what was typed is saved
   * first (a new plan is created from `plan`), no save runs meanwhile, and the ETag the change
   * answers is the one the next save sends — so the plan's own change never reads as a conflict.
   */
  withSaved: <T>(plan: Plan, change: (target: { id: number; etag: string }) => Promise<{ etag: string; value: T }>) => Promise<T>;
}

export function useAutosave(options: AutosaveOptions): Autosave {
  const { siteUrl, loginName, save, delayMs = 1500 } = options;
  const [status, setStatusState] = React.useState<SaveStatus>('idle');
  const statusRef = React.useRef<SaveStatus>('idle');
  const setStatus = React.useCallback((next: SaveStatus) => {
    statusRef.current = next;
    setStatusState(next);
  }, []);
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [target, setTarget] = React.useState<SaveTarget>(options.initial);
  const latest = React.useRef<{ plan: Plan | undefined; version: number; saved: number }>({ plan: undefined, version: 0, saved: 0 });
  const targetRef = React.useRef(options.initial);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>();
  const running = React.useRef<Promise<SaveTarget> | undefined>();
  const saveRef = React.useRef(save);
  saveRef.current = save;
  const alive = React.useRef(true);

  const keyFor = React.useCallback(
    (id: number | undefined) => draftKey(siteUrl, loginName, id === undefined ? 'new' : id),
    [siteUrl, loginName]
  );

  const writeLocal = React.useCallback(() => {
    const plan = latest.current.plan;
    if (plan && latest.current.version > latest.current.saved) {
      writeDraft(keyFor(targetRef.current.id), { plan, savedAt: new Date().toISOString(), baseEtag: targetRef.current.etag });
    }
  }, [keyFor]);

  const runSave = React.useCallback(async (): Promise<SaveTarget> => {
    if (running.current) await running.current.catch(() => undefined);
    const { plan, version } = latest.current;
    if (!plan || version <= latest.current.saved) return targetRef.current;
    const before = targetRef.current;
    const attempt = (async () => {
      if (alive.current) setStatus('saving');
      try {
        const result = await saveRef.current(plan, before);
        const next = { id: result.id, etag: result.etag };
        targetRef.current = next;
        latest.current.saved = Math.max(latest.current.saved, version);
        if (before.id === undefined) removeDraft(keyFor(undefined));
        if (latest.current.saved >= latest.current.version) removeDraft(keyFor(next.id));
        else writeLocal();
        if (alive.current) {
          setTarget(next);
          setProblem(undefined);
          setStatus(latest.current.saved >= latest.current.version ? 'saved' : 'pending');
        }
        return next;
      } catch (error) {
        const found = await toProblem(error);
        if (alive.current) {
          setProblem(found);
          setStatus(found.kind === 'conflict' ? 'conflict' : 'failed');
        }
        throw error;
      }
    })();
    running.current = attempt;
    try {
      return await attempt;
    } finally {
      if (running.current === attempt) running.current = undefined;
    }
  }, [keyFor, writeLocal, setStatus]);

  const changed = React.useCallback(
    (plan: Plan) => {
      latest.current.plan = plan;
      latest.current.version += 1;
      writeLocal();
      if (statusRef.current !== 'conflict') setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        // A conflict waits for the user: saving again would only fail again.
        if (statusRef.current !== 'conflict') runSave().catch(() => undefined);
      }, delayMs);
    },
    [delayMs, runSave, writeLocal, setStatus]
  );

  const flush = React.useCallback(async (): Promise<SaveTarget> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = undefined;
    }
    return runSave();
  }, [runSave]);

  const withSaved = React.useCallback(
    async <T>(plan: Plan, change: (target: { id: number; etag: string }) => Promise<{ etag: string; value: T }>): Promise<T> => {
      if (targetRef.current.id === undefined && !latest.current.plan) {
        latest.current.plan = plan;
        latest.current.version += 1;
      }
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = undefined;
      }
      const saved = await runSave();
      if (saved.id === undefined) throw new Error('The plan was not saved.');
      const id = saved.id;
      const attempt = (async (): Promise<{ target: SaveTarget; value: T }> => {
        const result = await change({ id, etag: saved.etag });
        const next = { id, etag: result.etag };
        targetRef.current = next;
        if (alive.current) setTarget(next);
        return { target: next, value: result.value };
      })();
      // A save that starts meanwhile waits for the change and then sends its ETag.
      const changeDone = attempt.then((r) => r.target);
      changeDone.catch(() => undefined); // the caller hears of a failure through `attempt`
      running.current = changeDone;
      try {
        return (await attempt).value;
      } finally {
        if (running.current === changeDone) running.current = undefined;
      }
    },
    [runSave]
  );

  React.useEffect(() => {
    alive.current = true;
    const keep = (): void => writeLocal();
    window.addEventListener('beforeunload', keep);
    window.addEventListener('pagehide', keep);
    return () => {
      alive.current = false;
      keep();
      if (timer.current) clearTimeout(timer.current);
      window.removeEventListener('beforeunload', keep);
      window.removeEventListener('pagehide', keep);
    };
  }, [writeLocal]);

  return { status, problem, target, changed, flush, withSaved };
}
