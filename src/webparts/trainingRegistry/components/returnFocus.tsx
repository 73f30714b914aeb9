/**
 * Focus back where the person was after "Back" (#14 item 2): the button that opened a session's
 * details. The app remembers it (`useOpener`) and names it on the way back (ReturnFocus.Provider); the view that holds it — the list, the month,
 * My trainings, which come in chunks of their own and read their page first — focuses it once its
 * rows are on screen (`useReturnFocus(ready)`), and says so, so nothing waits or polls the DOM.
 */
import * as React from 'react';

export interface ReturnFocusTarget {
  /** The id of the element focus goes back to; undefined when there is nothing to return to. */
  id?: string;
  /** Focus is back: nobody else tries. */
  done(): void;
}

export const ReturnFocus = React.createContext<ReturnFocusTarget>({ done: () => undefined });

/** Focuses the element focus returns to, if this view holds it, once the view is `ready` (its rows rendered). */
export function useReturnFocus(ready: boolean): void {
  const target = React.useContext(ReturnFocus);
  React.useEffect(() => {
    if (!ready || !target.id) return;
    const element = document.getElementById(target.id);
    if (!element) return;
    element.focus();
    target.done();
  }, [ready, target]);
}

export interface Opener {
  /** A view was opened from this element (the list it is in unmounts meanwhile). */
  opened(from: HTMLElement): void;
  /** The reader goes back: focus returns to the element that opened the view. */
  back(): void;
  /** What the app provides (ReturnFocus.Provider). */
  target: ReturnFocusTarget;
}

/** The app's side: remembers what opened the details or the form, and names it on the way back. */
export function useOpener(): Opener {
  const opener = React.useRef<string | undefined>();
  /** Set by "back": the opener's id, focused by the view that holds it once it is on screen again. */
  const [returnTo, setReturnTo] = React.useState<string | undefined>();
  const target = React.useMemo(() => ({ id: returnTo, done: () => setReturnTo(undefined) }), [returnTo]);
  const opened = React.useCallback((from: HTMLElement) => {
    opener.current = from.id || undefined;
    setReturnTo(undefined);
  }, []);
  const back = React.useCallback(() => setReturnTo(opener.current), []);
  return { opened, back, target };
}
