/**
 * Focus that must wait for the next render: the element that had it is gone (a confirmation closed,
 * a person removed) and the one to focus is not there yet, or still disabled. Used by the people
 * picker and the training session page.
 */
import * as React from 'react';

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
