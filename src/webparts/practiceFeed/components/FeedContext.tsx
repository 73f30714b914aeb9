/**
 * The feed's own state for its components (how lists look, who reads, the blogs, the live region,
 * what changed), and a view's heading that takes focus when the view opens.
 */
import * as React from 'react';
import { FeedViewer, StoredBlog } from '../../../data/feed';
import { useLayout } from '../../../ui/layout';

/** How lists of posts look: News-style cards, or a compact list of headlines (a page owner's choice). */
export type FeedLayout = 'cards' | 'compact';

export interface FeedContextValue {
  layout: FeedLayout;
  viewer: FeedViewer;
  blogs: StoredBlog[];
  groupNames: Record<number, string>;
  /** Says something to screen-reader users through the app's polite live region. */
  announce(message: string): void;
  /** Reloads the blogs (after one was created). */
  reloadBlogs(): Promise<void>;
  /** The feed changed (a post was written or deleted): the next feed view reads it again. */
  feedChanged(): void;
}

export const FeedContext = React.createContext<FeedContextValue | undefined>(undefined);

export function useFeed(): FeedContextValue {
  const value = React.useContext(FeedContext);
  if (!value) throw new Error('useFeed must be used inside the practice feed app.');
  return value;
}

export function blogOf(blogs: readonly StoredBlog[], id: number): StoredBlog | undefined {
  return blogs.filter((b) => b.id === id)[0];
}

/** Moves keyboard focus to a view's heading when the view opens, so screen readers follow. */
export function useFocusOnMount<T extends HTMLElement>(): React.RefObject<T> {
  const ref = React.useRef<T>(null);
  React.useEffect(() => {
    if (ref.current) ref.current.focus();
  }, []);
  return ref;
}

/** A view's heading: receives focus when the view opens (tabIndex -1: focusable by script, not in the tab order). */
export function ViewHeading(props: { id?: string; lang?: string; children: React.ReactNode }): JSX.Element {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const layout = useLayout();
  return (
    <h2 id={props.id} ref={ref} lang={props.lang} tabIndex={-1} className={layout.viewTitle}>
      {props.children}
    </h2>
  );
}
