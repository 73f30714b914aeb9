/**
 * The one way a web part's components reach its strings and move the reader between its views.
 *
 * Each web part has a `components/text.ts` that makes its pair from these two functions:
 *
 *   export const { TextProvider, useText } = createText<IPlanSubmissionsWebPartStrings>('plan submissions');
 *   export const { NavigationProvider, useNavigate } = createNavigation<Route>('plan submissions');
 *
 * and a `Route` union there, discriminated by `view` (`{ view: 'list' } | { view: 'plan'; planId: number }`).
 * The app's root holds the current route in state and provides both; a component calls `useText()`
 * for its strings and `useNavigate()(route)` to go somewhere. No component receives strings or a
 * "go to" callback through its props. There is no router: a web part lives inside someone else's
 * page, so the route is the app's state, not the address.
 */
import * as React from 'react';

export interface TextPair<S> {
  TextProvider: React.Provider<S | undefined>;
  /** The web part's strings; throws outside its provider (a programming error, not a user's). */
  useText(): S;
}

export function createText<S>(webPart: string): TextPair<S> {
  const Text = React.createContext<S | undefined>(undefined);
  Text.displayName = `Text(${webPart})`;
  return {
    TextProvider: Text.Provider,
    useText(): S {
      const strings = React.useContext(Text);
      if (strings === undefined) throw new Error(`useText is used outside the ${webPart} app's TextProvider.`);
      return strings;
    }
  };
}

export type Navigate<R> = (route: R) => void;

export interface NavigationPair<R> {
  NavigationProvider: React.Provider<Navigate<R> | undefined>;
  /** Moves the reader to a route of this web part; throws outside its provider. */
  useNavigate(): Navigate<R>;
}

export function createNavigation<R>(webPart: string): NavigationPair<R> {
  const Navigation = React.createContext<Navigate<R> | undefined>(undefined);
  Navigation.displayName = `Navigation(${webPart})`;
  return {
    NavigationProvider: Navigation.Provider,
    useNavigate(): Navigate<R> {
      const navigate = React.useContext(Navigation);
      if (navigate === undefined) throw new Error(`useNavigate is used outside the ${webPart} app's NavigationProvider.`);
      return navigate;
    }
  };
}
