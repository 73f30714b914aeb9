import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useHub } from '../../../ui/HubContext';
import { toProblem } from '../../../data/errors';
import type { PostCounts, PostRef } from '../../../data/feed';
import { plural } from '../../../ui/format';
import { LightButton, useFieldId } from '../../../ui/light';
import { useFeed } from './FeedContext';
import { useText } from './text';

const rowClass = mergeStyles({ display: 'inline-flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' });

/**
 * Like / liked: a toggle button (aria-pressed), the state in words and an icon, never colour only.
 * The button says only what it does; how many liked the post is text of its own beside it ("3
 * likes", in the language's plural), which the button names as its description.
 */
export function LikeButton(props: { post: PostRef; counts: PostCounts; onChange(counts: PostCounts): void }): JSX.Element {
  const { services, common, locale } = useHub<'feed'>();
  const strings = useText();
  const { viewer, announce } = useFeed();
  const [busy, setBusy] = React.useState(false);
  const countId = useFieldId();
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
      const [problem, { problemText }] = await Promise.all([
        toProblem(error),
        import(/* webpackChunkName: 'ddh-problem' */ '../../../ui/ProblemMessage')
      ]);
      announce(problemText(problem.kind, common));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className={rowClass}>
      <LightButton
        aria-pressed={counts.likedByMe}
        aria-describedby={counts.likes > 0 ? countId : undefined}
        icon={counts.likedByMe ? 'LikeSolid' : 'Like'}
        disabled={busy}
        onClick={toggle}
        text={counts.likedByMe ? strings.Liked : strings.Like}
      />
      {counts.likes > 0 && (
        <span id={countId} data-like-count="">
          {plural(strings, 'LikeCount', locale, counts.likes)}
        </span>
      )}
    </span>
  );
}
