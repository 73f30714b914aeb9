import * as React from 'react';
import { LightButton, LightText as Text } from '../../../ui/light';
import { FeedQuery, isEmptyFeedQuery } from '../../../domain/feed/feed';
import type { FeedFilter, FeedItem, FeedPage } from '../../../data/feed';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { Loading } from '../../../ui/Loading';
import { plural } from '../../../ui/format';
import { useFeed } from './FeedContext';
import { useText } from './text';
import { FeedFilters } from './FeedFilters';
import { ProblemMessage } from './lazy';
import { PostCard, PostRow } from './PostCard';

export interface FeedListProps {
  /** Always applied: a blog's page, a person's profile. */
  fixed?: FeedFilter;
  /** The page the first view already brought (for the unfiltered feed). */
  initial?: FeedPage;
  /** The filter the list opens with (a page owner's preset, or a keyword pressed on a post's page); the person can change or clear it. */
  initialQuery?: FeedQuery;
  /** Hides the blog filter (on a blog's own page). */
  hideBlog?: boolean;
  label: string;
  /** Set when the person comes back to the feed: focus goes to that post's link once the posts are shown. */
  returnFocus?: React.MutableRefObject<ReturnFocus | undefined>;
  /** Where focus goes back to when that post is not among them (the feed's heading). */
  fallbackFocusId?: string;
}

export interface ReturnFocus {
  postId?: number;
}

/** Filters, the posts, and "more": pages follow the server's cursor, never an offset. */
export function FeedList(props: FeedListProps): JSX.Element {
  const { services, locale } = useHub<'feed'>();
  const strings = useText();
  const { announce, layout } = useFeed();
  const [query, setQuery] = React.useState<FeedQuery>(props.initialQuery || {});
  const [items, setItems] = React.useState<FeedItem[]>(props.initial ? props.initial.items : []);
  const [cursor, setCursor] = React.useState(props.initial ? props.initial.cursor : undefined);
  const [loading, setLoading] = React.useState(!props.initial);
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const request = React.useRef(0);
  const first = React.useRef(!!props.initial);

  /**
   * `told`: say how many posts are shown (a load the person asked for: a filter, "more", a retry).
   * The list's own first load after it opens says nothing, so what the act that opened it said
   * ("The post was deleted.") is not replaced in the live region before a screen reader reads it.
   */
  const load = React.useCallback(
    async (append: boolean, told = true): Promise<void> => {
      const ticket = ++request.current;
      setLoading(true);
      setProblem(undefined);
      try {
        const filter: FeedFilter = { ...query, ...(props.fixed || {}) };
        const page = append && cursor ? await services.feed.more(cursor) : await services.feed.feed(filter);
        if (ticket !== request.current) return;
        setItems((before) => (append ? [...before, ...page.items] : page.items));
        setCursor(page.cursor);
        if (told) announce(plural(strings, 'PostsShown', locale, (append ? items.length : 0) + page.items.length));
      } catch (error) {
        const found = await toProblem(error);
        if (ticket === request.current) setProblem(found);
      } finally {
        if (ticket === request.current) setLoading(false);
      }
    },
    [query, props.fixed, cursor, services, items.length, announce, strings, locale]
  );

  const opened = React.useRef(false);
  React.useEffect(() => {
    const asked = opened.current;
    opened.current = true;
    if (first.current && isEmptyFeedQuery(query)) {
      first.current = false;
      return;
    }
    load(false, asked).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, props.fixed && props.fixed.blogId, props.fixed && props.fixed.authorId]);

  const { returnFocus, fallbackFocusId } = props;
  React.useEffect(() => {
    const pending = returnFocus && returnFocus.current;
    if (!pending || loading) return;
    returnFocus.current = undefined;
    const card = pending.postId === undefined ? null : document.getElementById(`ddh-post-${pending.postId}`);
    const target =
      (card && card.querySelector<HTMLElement>('button')) || (fallbackFocusId ? document.getElementById(fallbackFocusId) : null);
    if (target) target.focus();
  }, [loading, returnFocus, fallbackFocusId]);

  return (
    <section aria-label={props.label}>
      <FeedFilters value={query} hideBlog={props.hideBlog} onApply={setQuery} />
      {problem && (
        <ProblemMessage
          problem={problem}
          onRetry={() => {
            load(items.length > 0 && !!cursor).catch(() => undefined);
          }}
        />
      )}
      {items.length === 0 && !loading && !problem && (
        <Text as="p" block>
          {isEmptyFeedQuery(query) ? strings.NothingYet : strings.NoResults}
        </Text>
      )}
      <div>
        {items.map((item) =>
          layout === 'compact' ? (
            <PostRow key={item.post.id} item={item} />
          ) : (
            <PostCard key={item.post.id} item={item} onKeyword={(keyword) => setQuery({ keyword })} />
          )
        )}
      </div>
      {loading && <Loading label={strings.LoadingPosts} />}
      {!loading && cursor && (
        <LightButton
          text={strings.LoadMore}
          onClick={() => {
            load(true).catch(() => undefined);
          }}
        />
      )}
      {!loading && !cursor && items.length > 0 && (
        <Text as="p" block variant="small">
          {strings.EndOfFeed}
        </Text>
      )}
    </section>
  );
}
