import * as React from 'react';
import { useHub } from '../../../ui/HubContext';
import { toProblem } from '../../../data/errors';
import type { PostCounts, PostRef } from '../../../data/feed';
import { format } from '../../../ui/format';
import { LightButton } from '../../../ui/light';
import { useFeed } from './FeedContext';

/** Like / liked: a toggle button (aria-pressed), the state in words and an icon, never colour only. */
export function LikeButton(props: { post: PostRef; counts: PostCounts; onChange(counts: PostCounts): void }): JSX.Element {
  const { services, common } = useHub();
  const { strings, viewer, announce } = useFeed();
  const [busy, setBusy] = React.useState(false);
  const { counts } = props;
  const toggle = async (): Promise<void> => {
    const liked = !counts.likedByMe;
    const before = counts;
    setBusy(true);
    props.onChange({ ...counts, likedByMe: liked, likes: Math.max(0, counts.likes + (liked ? 1 : -1)) });
    try {
      await services.feed.likes.setLiked(props.post, viewer.id, liked);
      announce(liked ? strings.LikedAnnouncement : strings.UnlikedAnnouncement);
    } catch (error) {
      props.onChange(before);
      // The failure's words come with the problem message's chunk (Fluent's MessageBar stays off the first view).
      const [problem, { problemText }] = await Promise.all([toProblem(error), import(/* webpackChunkName: 'ddh-problem' */ '../../../ui/ProblemMessage')]);
      announce(problemText(problem.kind, common));
    } finally {
      setBusy(false);
    }
  };
  return (
    <LightButton
      aria-pressed={counts.likedByMe}
      icon={counts.likedByMe ? 'LikeSolid' : 'Like'}
      disabled={busy}
      onClick={toggle}
      text={`${counts.likedByMe ? strings.Liked : strings.Like} · ${format(strings.LikeCount, counts.likes)}`}
    />
  );
}
