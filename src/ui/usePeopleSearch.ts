/**
 * The search behind the people picker: once typing pauses (as Fluent's picker's resolveDelay), the
 * source is asked; an answer to an older search, or one that arrives after the picker is gone, is
 * dropped; a failure becomes a Problem to show. The picker itself (PeoplePicker.tsx) only renders.
 */
import * as React from 'react';
import type { Person } from '../data/people';
import type { PeopleSource } from '../data/peopleSearch';
import { Problem, toProblem } from '../data/errors';

/** As Fluent's picker's resolveDelay: search once typing pauses. */
export const PEOPLE_RESOLVE_DELAY_MS = 300;
/** Shorter text would list half the directory. */
const MIN_LENGTH = 2;

export type PeopleSearch = { state: 'closed' } | { state: 'searching' } | { state: 'found'; people: Person[] };

export interface PeopleSearchState {
  search: PeopleSearch;
  problem: Problem | undefined;
  setProblem(problem: Problem | undefined): void;
  /** Searches for this text once typing pauses (closes the list for text too short to search). */
  find(text: string): void;
  /** Closes the list and drops any search still running. */
  close(): void;
  /** False once the picker is gone: late answers are dropped. */
  isMounted(): boolean;
}

export function usePeopleSearch(source: PeopleSource): PeopleSearchState {
  const [search, setSearch] = React.useState<PeopleSearch>({ state: 'closed' });
  const [problem, setProblem] = React.useState<Problem | undefined>();
  /** The latest search: an answer to an older one is dropped. */
  const ticket = React.useRef(0);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>();
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
    },
    []
  );

  const close = (): void => {
    if (!mounted.current) return;
    ticket.current++;
    if (timer.current) clearTimeout(timer.current);
    setSearch({ state: 'closed' });
  };

  const find = (text: string): void => {
    if (timer.current) clearTimeout(timer.current);
    const mine = ++ticket.current;
    if (text.trim().length < MIN_LENGTH) {
      setSearch({ state: 'closed' });
      return;
    }
    setSearch({ state: 'searching' });
    timer.current = setTimeout(() => {
      setProblem(undefined);
      source.search(text).then(
        (people) => {
          if (mine !== ticket.current || !mounted.current) return;
          setSearch({ state: 'found', people });
        },
        async (error) => {
          const found = await toProblem(error);
          if (mine !== ticket.current || !mounted.current) return;
          setProblem(found);
          setSearch({ state: 'closed' });
        }
      );
    }, PEOPLE_RESOLVE_DELAY_MS);
  };

  return { search, problem, setProblem, find, close, isMounted: () => mounted.current };
}

/**
 * Focus that must wait for the next render (the element is not there yet, or still disabled):
 * `focusAfterRender(el => …)` names how to find it; it is focused once it exists and is enabled.
 */
export function useFocusAfterRender(): (find: () => HTMLElement | null | undefined) => void {
  const pending = React.useRef<(() => HTMLElement | null | undefined) | undefined>();
  // A layout effect: the focus moves in the same frame the element appears, never a paint later.
  React.useLayoutEffect(() => {
    const target = pending.current?.();
    if (target && !(target as HTMLButtonElement).disabled) {
      target.focus();
      pending.current = undefined;
    }
  });
  return React.useCallback((find) => {
    pending.current = find;
  }, []);
}
