import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { useHub } from '../../../ui/HubContext';
import { toProblem } from '../../../data/errors';
import { problemText } from '../../../ui/ProblemMessage';
import { PostCounts, PostRef } from '../../../data/feed';
import { format } from '../../../ui/format';
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
      announce(problemText((await toProblem(error)).kind, common));
    } finally {
      setBusy(false);
    }
  };
  return (
    <DefaultButton
      toggle
      checked={counts.likedByMe}
      aria-pressed={counts.likedByMe}
      iconProps={{ iconName: counts.likedByMe ? 'LikeSolid' : 'Like' }}
      disabled={busy}
      onClick={toggle}
      text={`${counts.likedByMe ? strings.Liked : strings.Like} · ${format(strings.LikeCount, counts.likes)}`}
    />
  );
}
