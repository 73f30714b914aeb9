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
import { format } from '../../../ui/format';
import { hrefFor } from '../../../ui/links';
import { Comments } from './Comments';
import { blogOf, useFeed, ViewHeading } from './FeedContext';
import { channelLabel, formatDate, kindLabel, licenceLabel, situationLabel } from './labels';
import { LikeButton } from './LikeButton';
import { PostBody } from './PostBody';

/** One post in full: body, the good practice's fields, licence, likes and the discussion. */
export function PostView(props: { postId: number }): JSX.Element {
  const { services } = useHub();
  const { strings } = useFeed();
  const [loaded, retry] = useLoad(() => services.feed.item(props.postId), [services, props.postId]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <ProblemMessage problem={loaded.problem} onRetry={retry} />;
  if (!loaded.value) return <Text as="p" block role="alert">{strings.PostNotFound}</Text>;
  return <PostDetails post={loaded.value.post} counts={loaded.value.counts} />;
}

/** A good practice's link: live only when it is https, mailto or on this site; otherwise its text. */
function PracticeLink(props: { url: string }): JSX.Element {
  const href = hrefFor(props.url);
  return href ? <LightAnchor href={href} target="_blank" rel="noopener noreferrer">{props.url}</LightAnchor> : <span>{props.url}</span>;
}

function PostDetails(props: { post: StoredPost; counts: PostCounts }): JSX.Element {
  const { locale } = useHub();
  const { strings, blogs, viewer, navigate } = useFeed();
  const { post } = props;
  const [counts, setCounts] = React.useState(props.counts);
  const blog = blogOf(blogs, post.blogId);
  const practice = post.goodPractice;
  const canEdit = !!blog && canEditPost(post, { personId: viewer.id, groupIds: viewer.groupIds }, blog);
  const licenceUrl = LICENCE_URLS[post.licence];
  return (
    <article aria-labelledby="ddh-post-heading">
      <ViewHeading id="ddh-post-heading">{post.title}</ViewHeading>
      <Text block variant="small">
        <strong>{kindLabel(post.kind, strings)}</strong>{' · '}
        {blog && <><LightLink onClick={() => navigate({ view: 'blog', blogId: blog.id })}>{format(strings.InBlog, blog.title)}</LightLink>{' · '}</>}
        <LightLink onClick={() => navigate({ view: 'author', personId: post.author.id, name: post.author.name })}>{format(strings.ByAuthor, post.author.name)}</LightLink>
        {' · '}<time dateTime={post.published.toISOString()}>{formatDate(post.published, locale)}</time>
      </Text>
      <PostBody html={post.bodyHtml} />
      {practice && (
        <section aria-labelledby="ddh-practice-heading">
          <Text as="h3" variant="large" block id="ddh-practice-heading">{strings.PracticeTitle}</Text>
          <dl>
            <dt><strong>{strings.FieldUnit}</strong></dt><dd>{practice.unit}</dd>
            <dt><strong>{strings.FieldSituation}</strong></dt><dd>{situationLabel(practice.situation, strings)}</dd>
            <dt><strong>{strings.FieldChannels}</strong></dt><dd>{practice.channels.map((c) => channelLabel(c, strings)).join(', ')}</dd>
            <dt><strong>{strings.FieldWhatWorked}</strong></dt><dd style={{ whiteSpace: 'pre-wrap' }}>{practice.whatWorked}</dd>
            {practice.whatToAvoid && <><dt><strong>{strings.FieldWhatToAvoid}</strong></dt><dd style={{ whiteSpace: 'pre-wrap' }}>{practice.whatToAvoid}</dd></>}
            {practice.reach !== undefined && <><dt><strong>{strings.FieldReach}</strong></dt><dd>{formatReach(practice.reach, locale)}</dd></>}
            {practice.links && practice.links.length > 0 && (
              <><dt><strong>{strings.FieldLinks}</strong></dt>
                <dd><ul>{practice.links.map((l, i) => <li key={i}><PracticeLink url={l} /></li>)}</ul></dd></>
            )}
          </dl>
        </section>
      )}
      {post.keywords.length > 0 && <Text block variant="small">{strings.KeywordsLabel} {post.keywords.map((k) => `#${k}`).join(' ')}</Text>}
      <Text block variant="small">
        {strings.LicenceLabel}{' '}
        {licenceUrl ? <LightAnchor href={licenceUrl} target="_blank" rel="license noopener noreferrer">{licenceLabel(post.licence, strings)}</LightAnchor> : licenceLabel(post.licence, strings)}
      </Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: '12px 0' }}>
        <LikeButton post={post} counts={counts} onChange={setCounts} />
        {canEdit && <LightButton icon="Edit" text={strings.EditPost} onClick={() => navigate({ view: 'write', blogId: post.blogId, postId: post.id })} />}
        {canEdit && post.author.id === viewer.id && <DeletePostButton post={post} />}
      </div>
      <Comments post={post} blog={blog} onCountChange={(n) => setCounts((c) => (c.comments === n ? c : { ...c, comments: n }))} />
    </article>
  );
}
