import * as React from 'react';
import { LightButton, LightText as Text } from '../../../ui/light';
import { FeedQuery, isBlogOwner, isEmptyFeedQuery, normalizeFeedQuery } from '../../../domain/feed/feed';
import type { FeedFirstView, StoredBlog } from '../../../data/feed';
import { feedFirstRead, FeedAppServices } from '../../../data/feedAppServices';
import { takeEarly } from '../../../data/earlyRead';
import { HubApp } from '../../../ui/HubApp';
import { useHub } from '../../../ui/HubContext';
import { Loading } from '../../../ui/Loading';
import { SetupGate } from '../../../ui/SetupGate';
import { useLoad } from '../../../ui/useLoad';
import { HubAppHost, headingOf } from '../../../ui/host';
import { AuthorView, BlogView } from './BlogView';
import { FeedContext, FeedContextValue, FeedLayout, useFeed } from './FeedContext';
import { FeedList, ReturnFocus } from './FeedList';
import { BlogOwnersForm, NewBlogForm, PostEditor, PostView, ProblemMessage } from './lazy';
import { NavigationProvider, Route, TextProvider, useNavigate, useText } from './text';
import { VISUALLY_HIDDEN } from '../../../ui/visuallyHidden';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { block, space } from '../../../ui/layout';

const appClasses = mergeStyleSets({
  // The app's own buttons (back, write, my posts, new blog) above every view.
  nav: { display: 'flex', flexWrap: 'wrap', gap: space.s, margin: block(space.s, space.l) },
  liveRegion: VISUALLY_HIDDEN
});

export interface PracticeFeedAppProps extends HubAppHost<FeedAppServices> {
  strings: IPracticeFeedWebPartStrings;
  /** A page owner's presets for the feed's first filter ('blogPost', 'goodPractice'); absent: all posts. */
  presetKind?: string;
  presetKeyword?: string;
  /** A blog's id: only its posts first (a blog's own page). */
  presetBlog?: string;
  /** 'compact': headlines only; anything else: cards. */
  presetLayout?: string;
}

export function PracticeFeedApp(props: PracticeFeedAppProps): JSX.Element {
  return (
    <HubApp {...props} label={props.strings.Title}>
      <TextProvider value={props.strings}>
        <SetupGate>
          <PracticeFeedHome
            heading={headingOf(props, props.strings.Title)}
            preset={normalizeFeedQuery({ kind: props.presetKind, keyword: props.presetKeyword, blog: props.presetBlog })}
            layout={props.presetLayout === 'compact' ? 'compact' : 'cards'}
          />
        </SetupGate>
      </TextProvider>
    </HubApp>
  );
}

interface HomeProps {
  heading: string;
  preset: FeedQuery;
  layout: FeedLayout;
}

function PracticeFeedHome(props: HomeProps): JSX.Element {
  const { services } = useHub<'feed'>();
  const [first, retry] = useLoad(() => takeEarly(services, () => feedFirstRead(services)), [services]);
  if (first.status === 'loading') return <Loading />;
  if (first.status === 'failed') return <ProblemMessage problem={first.problem} onRetry={retry} />;
  return <FeedShell {...props} first={first.value} />;
}

function FeedShell(props: HomeProps & { first: FeedFirstView }): JSX.Element {
  const { services } = useHub<'feed'>();
  const strings = useText();
  const { first } = props;
  const [route, setRoute] = React.useState<Route>({ view: 'feed' });
  const [blogs, setBlogs] = React.useState<StoredBlog[]>(first.blogs);
  const [message, setMessage] = React.useState('');
  // 0: the first view's page is still current; each change of the feed makes the next feed view read again.
  const [generation, setGeneration] = React.useState(0);
  // Back on the feed, focus goes to the post the person came from (or the feed's heading): the
  // button they pressed is gone with the view it was in.
  const routeNow = React.useRef<Route>(route);
  routeNow.current = route;
  const returnFocus = React.useRef<ReturnFocus | undefined>();
  const navigate = React.useCallback((next: Route): void => {
    const from = routeNow.current;
    if (next.view === 'feed' && from.view !== 'feed') returnFocus.current = { postId: from.view === 'post' ? from.postId : undefined };
    setRoute(next);
  }, []);
  const context: FeedContextValue = React.useMemo(
    () => ({
      layout: props.layout,
      viewer: first.viewer,
      blogs,
      groupNames: first.groupNames,
      // A new string each time, so the same words are read again when repeated.
      announce: (text: string) => setMessage((before) => (before === text ? `${text}\u00a0` : text)),
      reloadBlogs: async () => setBlogs(await services.feed.blogs.list()),
      feedChanged: () => setGeneration((g) => g + 1)
    }),
    [first, blogs, services, props.layout]
  );
  const viewer = { personId: first.viewer.id, groupIds: first.viewer.groupIds };
  const mine = blogs.filter((b) => isBlogOwner(b, viewer));

  return (
    <NavigationProvider value={navigate}>
      <FeedContext.Provider value={context}>
        {props.heading && (
          <Text as="h2" variant="xLarge" block id={FEED_HEADING_ID} tabIndex={-1}>
            {props.heading}
          </Text>
        )}
        <nav aria-label={strings.NavLabel} className={appClasses.nav}>
          {route.view !== 'feed' && <LightButton icon="Back" text={strings.BackToFeed} onClick={() => navigate({ view: 'feed' })} />}
          {mine.map((b) => (
            <LightButton
              key={b.id}
              primary
              icon="Edit"
              text={mine.length > 1 ? `${strings.WritePost}: ${b.title}` : strings.WritePost}
              onClick={() => navigate({ view: 'write', blogId: b.id })}
            />
          ))}
          <LightButton
            text={strings.MyProfile}
            onClick={() => navigate({ view: 'author', personId: first.viewer.id, name: first.viewer.title, email: first.viewer.email })}
          />
          {first.viewer.canManageBlogs && <LightButton icon="Add" text={strings.NewBlog} onClick={() => navigate({ view: 'newBlog' })} />}
        </nav>
        <div role="status" aria-live="polite" className={appClasses.liveRegion}>
          {message}
        </div>
        <RouteView route={route} first={first} generation={generation} returnFocus={returnFocus} preset={props.preset} />
      </FeedContext.Provider>
    </NavigationProvider>
  );
}

const FEED_HEADING_ID = 'ddh-feed-heading';

/** New comments on my posts ("For you"): a chunk of its own, after the first view. */
const FeedForYou = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-feed-for-you' */ './FeedForYou').then((m) => ({ default: m.FeedForYou }))
);

interface RouteProps {
  route: Route;
  first: FeedFirstView;
  generation: number;
  returnFocus: React.MutableRefObject<ReturnFocus | undefined>;
  preset: FeedQuery;
}

function RouteView(props: RouteProps): JSX.Element {
  // Everything but the feed, a blog and a profile loads when it is opened.
  return (
    <React.Suspense fallback={<Loading />}>
      <RouteContent {...props} />
    </React.Suspense>
  );
}

function RouteContent(props: RouteProps): JSX.Element {
  const { route, first, generation } = props;
  const strings = useText();
  switch (route.view) {
    case 'post':
      return <PostView key={route.postId} postId={route.postId} />;
    case 'blog':
      return <BlogView key={route.blogId} blogId={route.blogId} />;
    case 'author':
      return <AuthorView key={route.personId} personId={route.personId} name={route.name} email={route.email} />;
    case 'newBlog':
      return <NewBlogForm />;
    case 'blogOwners':
      return <BlogOwnersForm key={route.blogId} blogId={route.blogId} />;
    case 'write':
      return <EditorRoute key={`${route.blogId}|${route.postId || ''}`} blogId={route.blogId} postId={route.postId} />;
    default:
      return (
        <>
          <Text as="p" block>
            {strings.Intro}
          </Text>
          <React.Suspense fallback={null}>
            <FeedForYou />
          </React.Suspense>
          <FeedList
            key={`${generation}|${route.keyword || ''}`}
            initial={generation === 0 && !route.keyword && isEmptyFeedQuery(props.preset) ? first.page : undefined}
            initialQuery={route.keyword ? { keyword: route.keyword } : props.preset}
            label={strings.FeedLabel}
            returnFocus={props.returnFocus}
            fallbackFocusId={FEED_HEADING_ID}
          />
          {first.blogs.length === 0 && (
            <Text as="p" block>
              {strings.NoBlogs}
            </Text>
          )}
        </>
      );
  }
}

function EditorRoute(props: { blogId: number; postId?: number }): JSX.Element {
  const { services } = useHub<'feed'>();
  const strings = useText();
  const navigate = useNavigate();
  const { feedChanged } = useFeed();
  const [existing, retry] = useLoad(
    () => (props.postId ? services.feed.posts.get(props.postId) : Promise.resolve(undefined)),
    [services, props.postId]
  );
  if (existing.status === 'loading') return <Loading />;
  if (existing.status === 'failed') return <ProblemMessage problem={existing.problem} onRetry={retry} />;
  if (props.postId && !existing.value)
    return (
      <Text as="p" block role="alert">
        {strings.PostNotFound}
      </Text>
    );
  return (
    <PostEditor
      blogId={props.blogId}
      existing={existing.value}
      onSaved={(post) => {
        feedChanged();
        navigate({ view: 'post', postId: post.id });
      }}
    />
  );
}
