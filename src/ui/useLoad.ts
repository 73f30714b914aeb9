import * as React from 'react';
import { Problem, toProblem } from '../data/errors';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'failed'; problem: Problem }
  | { status: 'ready'; value: T };

/** Runs a load once per change of `deps`, ignoring answers that arrive after the component left. */
export function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList): [Loaded<T>, () => void] {
  const [state, setState] = React.useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let alive = true;
    setState({ status: 'loading' });
    load().then(
      (value) => { if (alive) setState({ status: 'ready', value }); },
      async (error) => {
        const problem = await toProblem(error);
        if (alive) setState({ status: 'failed', problem });
      }
    );
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}
