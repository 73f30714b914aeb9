import * as React from 'react';
import { Problem, toProblem } from '../data/errors';
import { SetupSignalContext } from './setupSignal';

export type Loaded<T> = { status: 'loading' } | { status: 'failed'; problem: Problem } | { status: 'ready'; value: T };

/**
 * Runs a load once per change of `deps`, ignoring answers that arrive after the component left.
 * The request starts in a layout effect: as soon as the view is in the page, before the browser
 * paints it (a passive effect would wait for that first paint, a few hundred ms on a slow laptop).
 */
export function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList): [Loaded<T>, () => void] {
  const [state, setState] = React.useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const setup = React.useContext(SetupSignalContext);
  React.useLayoutEffect(() => {
    let alive = true;
    setState((current) => (current.status === 'loading' ? current : { status: 'loading' }));
    load().then(
      (value) => {
        if (!alive) return;
        setState({ status: 'ready', value });
        if (setup) setup.loaded();
      },
      async (error) => {
        const problem = await toProblem(error);
        if (!alive) return;
        setState({ status: 'failed', problem });
        if (setup) setup.failed(problem);
      }
    );
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}
