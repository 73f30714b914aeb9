/**
 * What the feed's first view does not show loads when it is opened: a post (with its rich text
 * and DOMPurify, the comments and the delete dialog), the blog forms with the people picker (one
 * chunk: site owners' tools; Fluent's picker comes with it), the post editor in a chunk of its
 * own (with the rich-text editor, Squire, that nothing else needs), and the problem message
 * (Fluent's MessageBar and buttons, only when something failed). The first view itself is light
 * HTML (src/ui/light).
 */
import * as React from 'react';
import type { Problem } from '../../../data/errors';
import { Loading } from '../../../ui/Loading';

const ProblemMessageView = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-problem' */ '../../../ui/ProblemMessage').then((m) => ({ default: m.ProblemMessage }))
);
export const PostView = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-feed-views' */ './PostView').then((m) => ({ default: m.PostView }))
);
export const PostEditor = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-feed-editor' */ './editor/PostEditor').then((m) => ({ default: m.PostEditor }))
);
export const NewBlogForm = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-feed-views' */ './NewBlogForm').then((m) => ({ default: m.NewBlogForm }))
);
export const BlogOwnersForm = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-feed-views' */ './BlogOwnersForm').then((m) => ({ default: m.BlogOwnersForm }))
);
export const OwnerPicker = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-feed-views' */ './OwnerPicker').then((m) => ({ default: m.OwnerPicker }))
);

/** A failed call explained, with a way to try again (the message's code loads only when needed). */
export function ProblemMessage(props: { problem: Problem; onRetry?: () => void }): JSX.Element {
  return (
    <React.Suspense fallback={<Loading />}>
      <ProblemMessageView problem={props.problem} onRetry={props.onRetry} />
    </React.Suspense>
  );
}
