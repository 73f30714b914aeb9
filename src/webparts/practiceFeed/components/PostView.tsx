import * as React from 'react';
import { canEditPost } from '../../../domain/feed/feed';
import { formatReach, LICENCE_URLS } from '../../../domain/feed/post';
import type { PostCounts, StoredPost } from '../../../data/feed';
import { useHub } from '../../../ui/HubContext';
import { LightButton, LightLink, LightText as Text } from '../../../ui/light';
import { LightAnchor } from '../../../ui/lightForms';
import { DeletePostButton } from './DeletePost';
import { Loading } from '../../../ui/Loading';
import { ProblemMessage } from './lazy';
import { useLoad } from '../../../ui/useLoad';
import { format, plural } from '../../../ui/format';
import { PersonPhoto } from '../../../ui/PersonPhoto';
import { toPlainText } from '../../../domain/feed/plainText';
import { mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { themeClasses } from '../../../ui/themeClasses';
import { block, space } from '../../../ui/layout';
import { KeywordChips } from './PostCard';
import { hrefFor } from '../../../ui/links';
import { Comments } from './Comments';
import { blogOf, useFeed, ViewHeading } from './FeedContext';
import { channelLabel, formatDate, kindLabel, languageTag, licenceLabel, situationLabel, useNavigate, useText } from './text';
import { LikeButton } from './LikeButton';
import { PostBody } from './PostBody';

/** One post in full: body, the good practice's fields, licence, likes and the discussion. */
export function PostView(props: { postId: number }): JSX.Element {
  const { services } = useHub<'feed'>();
  const strings = useText();
  const [loaded, retry] = useLoad(() => services.feed.item(props.postId), [services, props.postId]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <ProblemMessage problem={loaded.problem} onRetry={retry} />;
  if (!loaded.value)
    return (
      <Text as="p" block role="alert">
        {strings.PostNotFound}
      </Text>
    );
  return <PostDetails post={loaded.value.post} counts={loaded.value.counts} />;
}

/** A good practice's link: live only when it is https, mailto or on this site; otherwise its text. */
function PracticeLink(props: { url: string }): JSX.Element {
  const href = hrefFor(props.url);
  return href ? (
    <LightAnchor href={href} target="_blank" rel="noopener noreferrer">
      {props.url}
    </LightAnchor>
  ) : (
    <span>{props.url}</span>
  );
}

/** About 200 words a minute, at least one minute: what the post page says as its reading time. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}

const gridClass = mergeStyles({
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
  gap: 8,
  margin: '8px 0 16px',
  padding: 0
});
const factClass = mergeStyles({
  border: '1px solid rgba(128,128,128,0.4)',
  borderRadius: 4,
  padding: '8px 12px',
  minWidth: 0,
  overflowWrap: 'anywhere'
});
const wideClass = mergeStyles({ gridColumn: '1 / -1' });
const termClass = mergeStyles({ fontSize: 12, fontWeight: 600, textTransform: 'none', margin: '0 0 4px' });
const authorClass = mergeStyles({ display: 'flex', alignItems: 'center', gap: 12, margin: '8px 0 16px' });
const postClasses = mergeStyleSets({
  // A fact's value; a long one (what worked, what to avoid) keeps its author's line breaks.
  value: { margin: 0, lineHeight: '1.5' },
  wideValue: { margin: 0, lineHeight: '1.5', whiteSpace: 'pre-wrap' },
  // The good practice's links, one a line with their bullets (not in the value's pre-wrap).
  links: { margin: 0, paddingLeft: space.xl, whiteSpace: 'normal' },
  // Like, edit, delete: under the post, above its discussion.
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: space.s, margin: block(space.m) }
});

/** The post's date and reading time, in the theme's small, subtle text. */
const useDateLineClasses = themeClasses((theme) => ({
  dateLine: [theme.fonts.small, { display: 'block', color: theme.semanticColors.bodySubtext }]
}));

/** One fact of the grid: its name above, its value below; the long ones take the whole row. */
function Fact(props: { term: string; wide?: boolean; children: React.ReactNode }): JSX.Element {
  return (
    <div className={props.wide ? `${factClass} ${wideClass}` : factClass}>
      <dt className={termClass}>{props.term}</dt>
      <dd className={props.wide ? postClasses.wideValue : postClasses.value}>{props.children}</dd>
    </div>
  );
}

function PostDetails(props: { post: StoredPost; counts: PostCounts }): JSX.Element {
  const { locale } = useHub();
  const strings = useText();
  const { blogs, viewer } = useFeed();
  const navigate = useNavigate();
  const dateLineClass = useDateLineClasses().dateLine;
  const { post } = props;
  const [counts, setCounts] = React.useState(props.counts);
  const blog = blogOf(blogs, post.blogId);
  const practice = post.goodPractice;
  const canEdit = !!blog && canEditPost(post, { personId: viewer.id, groupIds: viewer.groupIds }, blog);
  const licenceUrl = LICENCE_URLS[post.licence];
  const minutes = readingMinutes(toPlainText(post.bodyHtml));
  return (
    <article aria-labelledby="ddh-post-heading">
      <Text block variant="small">
        <strong>{kindLabel(post.kind, strings)}</strong>
        {blog && (
          <>
            {' · '}
            <LightLink onClick={() => navigate({ view: 'blog', blogId: blog.id })}>{format(strings.InBlog, blog.title)}</LightLink>
          </>
        )}
        {post.language && (
          <>
            {' · '}
            {languageTag(post.language, strings)}
          </>
        )}
      </Text>
      <ViewHeading id="ddh-post-heading" lang={post.language}>
        {post.title}
      </ViewHeading>
      <div className={authorClass}>
        <PersonPhoto name={post.author.name} email={post.author.email} size="L" />
        <div>
          <LightLink
            onClick={() => navigate({ view: 'author', personId: post.author.id, name: post.author.name, email: post.author.email })}
            aria-label={format(strings.ByAuthor, post.author.name)}
          >
            <strong>{post.author.name}</strong>
          </LightLink>
          <span className={dateLineClass}>
            <time dateTime={post.published.toISOString()}>{formatDate(post.published, locale)}</time>
            {' · '}
            {plural(strings, 'ReadingTime', locale, minutes)}
          </span>
        </div>
      </div>
      <PostBody html={post.bodyHtml} lang={post.language} />
      {practice && (
        <section aria-labelledby="ddh-practice-heading">
          <Text as="h3" variant="large" block id="ddh-practice-heading">
            {strings.PracticeTitle}
          </Text>
          <dl className={gridClass}>
            <Fact term={strings.FieldUnit}>{practice.unit}</Fact>
            <Fact term={strings.FieldSituation}>{situationLabel(practice.situation, strings)}</Fact>
            <Fact term={strings.FieldChannels}>{practice.channels.map((c) => channelLabel(c, strings)).join(', ')}</Fact>
            {practice.reach !== undefined && <Fact term={strings.FieldReach}>{formatReach(practice.reach, locale)}</Fact>}
            <Fact term={strings.FieldWhatWorked} wide>
              {practice.whatWorked}
            </Fact>
            {practice.whatToAvoid && (
              <Fact term={strings.FieldWhatToAvoid} wide>
                {practice.whatToAvoid}
              </Fact>
            )}
            {practice.links && practice.links.length > 0 && (
              <Fact term={strings.FieldLinks} wide>
                <ul className={postClasses.links}>
                  {practice.links.map((l, i) => (
                    <li key={i}>
                      <PracticeLink url={l} />
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
          </dl>
        </section>
      )}
      <KeywordChips keywords={post.keywords} onKeyword={(keyword) => navigate({ view: 'feed', keyword })} />
      <Text block variant="small">
        {strings.LicenceLabel}{' '}
        {licenceUrl ? (
          <LightAnchor href={licenceUrl} target="_blank" rel="license noopener noreferrer">
            {licenceLabel(post.licence, strings)}
          </LightAnchor>
        ) : (
          licenceLabel(post.licence, strings)
        )}
      </Text>
      <div className={postClasses.actions}>
        <LikeButton post={post} counts={counts} onChange={setCounts} />
        {canEdit && (
          <LightButton
            icon="Edit"
            text={strings.EditPost}
            onClick={() => navigate({ view: 'write', blogId: post.blogId, postId: post.id })}
          />
        )}
        {canEdit && post.author.id === viewer.id && <DeletePostButton post={post} />}
      </div>
      <Comments post={post} blog={blog} onCountChange={(n) => setCounts((c) => (c.comments === n ? c : { ...c, comments: n }))} />
    </article>
  );
}
