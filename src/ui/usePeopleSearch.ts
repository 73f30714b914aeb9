/**
 * The state and requests behind the people picker (PeoplePicker.tsx only renders): the text typed,
 * the search run once typing pauses (as Fluent's picker's resolveDelay), the suggestions and the
 * active one, the keys of the combobox, and the pick — ensured on the site, or added from the
 * directory — before it is handed over. An answer to an older search, or one that arrives after
 * the picker is gone, is dropped; a failure becomes a Problem to show.
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

/** A suggestion: a site user, or the typed e-mail address to look up in the directory. */
export type PeopleOption = { key: string; user?: Person; email?: string };

export interface PeopleSearchOptions {
  /** The ids of the people chosen already: not suggested again. */
  chosen: readonly number[];
  /** Whether the picker has words for "add from the directory" (offered when the source can). */
  offersDirectory: boolean;
  /** A person picked, known to the site. */
  onPicked(person: Person): void;
}

export interface PeopleSearchState {
  text: string;
  /** The field's text changed: search for it once typing pauses (text too short closes the list). */
  type(text: string): void;
  suggestions: PeopleOption[];
  /** The list is there (and the combobox expanded) only while it has suggestions to offer. */
  expanded: boolean;
  /** The active suggestion's index; -1 when the list is not there. */
  current: number;
  /** What the status region says: searching, or nobody found. */
  status?: 'searching' | 'noResults';
  /** A pick is being ensured on the site. */
  busy: boolean;
  problem?: Problem;
  pick(option: PeopleOption): void;
  /** Closes the list and drops any search still running. */
  close(): void;
  /** ↑ and ↓ move through the suggestions, Enter picks (never sending a form), Escape closes the list. */
  onKeyDown(event: React.KeyboardEvent<HTMLInputElement>): void;
}

function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

/** The person an option stands for: at once when the site need not know them first, else the request that makes it know them. */
function resolve(option: PeopleOption, source: PeopleSource): Person | Promise<Person> | undefined {
  if (option.user) return source.ensure ? source.ensure(option.user) : option.user;
  return source.fromDirectory && option.email ? source.fromDirectory(option.email) : undefined;
}

export function usePeopleSearch(source: PeopleSource, options: PeopleSearchOptions): PeopleSearchState {
  const [text, setText] = React.useState('');
  const [search, setSearch] = React.useState<PeopleSearch>({ state: 'closed' });
  const [active, setActive] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
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

  const type = (typed: string): void => {
    setText(typed);
    if (timer.current) clearTimeout(timer.current);
    const mine = ++ticket.current;
    if (typed.trim().length < MIN_LENGTH) {
      setSearch({ state: 'closed' });
      return;
    }
    setSearch({ state: 'searching' });
    timer.current = setTimeout(() => {
      setProblem(undefined);
      source.search(typed).then(
        (people) => {
          if (mine !== ticket.current || !mounted.current) return;
          setActive(0);
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

  const found = search.state === 'found' ? search.people.filter((user) => options.chosen.indexOf(user.id) < 0) : [];
  const suggestions: PeopleOption[] = found.map((user) => ({ key: `user-${user.id}`, user }));
  const offerDirectory = search.state === 'found' && !found.length && !!source.fromDirectory && options.offersDirectory;
  if (offerDirectory && looksLikeEmail(text)) suggestions.push({ key: 'directory', email: text.trim() });
  const open = search.state !== 'closed';
  const expanded = open && suggestions.length > 0;
  const current = expanded ? Math.min(active, suggestions.length - 1) : -1;

  const picked = (person: Person): void => {
    setText('');
    options.onPicked(person);
  };

  const pick = (option: PeopleOption): void => {
    close();
    const person = resolve(option, source);
    if (!person || !('then' in person)) {
      if (person) picked(person);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    person.then(
      (ensured) => {
        if (!mounted.current) return;
        setBusy(false);
        picked(ensured);
      },
      async (error) => {
        const failed = await toProblem(error);
        if (!mounted.current) return;
        setBusy(false);
        setProblem(failed);
      }
    );
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && suggestions.length) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (Math.min(i, suggestions.length - 1) + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && open) {
      // Inside a form: while the list is open, Enter picks and never submits the form.
      event.preventDefault();
      if (current >= 0) pick(suggestions[current]);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only (not a dialog or panel around it).
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const status = search.state === 'searching' ? 'searching' : search.state === 'found' && !found.length ? 'noResults' : undefined;
  return { text, type, suggestions, expanded, current, status, busy, problem, pick, close, onKeyDown };
}
