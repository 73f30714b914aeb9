import * as React from 'react';
import { LightLink as Link, LightText as Text } from '../../../ui/light';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { toPlainText } from '../../../domain/feed/plainText';
import type { FeedItem } from '../../../data/feed';
import { useHub } from '../../../ui/HubContext';
import { format, plural } from '../../../ui/format';
import { blogOf, useFeed } from './FeedContext';
import { formatDate, kindLabel } from './labels';
import { LikeButton } from './LikeButton';

const cardClass = mergeStyles({ borderBottom: '1px solid', borderColor: 'rgba(128,128,128,0.4)', padding: '12px 0' });
const metaClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' });

/** One post in the feed: title (opens it), kind in words, blog, author, date, excerpt, keywords, counts. */
export function PostCard(props: { item: FeedItem; onKeyword?(keyword: string): void }): JSX.Element {
  const { locale } = useHub();
  const { strings, blogs, navigate } = useFeed();
  const [counts, setCounts] = React.useState(props.item.counts);
  const { post } = props.item;
  const blog = blogOf(blogs, post.blogId);
  const headingId = `ddh-post-${post.id}`;
  return (
    <article className={cardClass} aria-labelledby={headingId}>
      <Text as="h3" variant="large" block id={headingId}>
        <Link onClick={() => navigate({ view: 'post', postId: post.id })}>{post.title}</Link>
      </Text>
      <div className={metaClass}>
        <Text variant="small"><strong>{kindLabel(post.kind, strings)}</strong></Text>
        {blog && <Link onClick={() => navigate({ view: 'blog', blogId: blog.id })}>{format(strings.InBlog, blog.title)}</Link>}
        <Link onClick={() => navigate({ view: 'author', personId: post.author.id, name: post.author.name })}>
          {format(strings.ByAuthor, post.author.name)}
        </Link>
        <Text variant="small"><time dateTime={post.published.toISOString()}>{formatDate(post.published, locale)}</time></Text>
      </div>
      <Text as="p" block>{toPlainText(post.bodyHtml, 240)}</Text>
      {post.keywords.length > 0 && (
        <div className={metaClass}>
          <Text variant="small">{strings.KeywordsLabel}</Text>
          {post.keywords.map((keyword) => props.onKeyword
            ? <Link key={keyword} onClick={() => props.onKeyword && props.onKeyword(keyword)} aria-label={format(strings.FilterByKeyword, keyword)}>#{keyword}</Link>
            : <Text key={keyword} variant="small">#{keyword}</Text>)}
        </div>
      )}
      <div className={metaClass} style={{ marginTop: 8 }}>
        <LikeButton post={post} counts={counts} onChange={setCounts} />
        <Link onClick={() => navigate({ view: 'post', postId: post.id })}>{plural(strings, 'CommentCount', locale, counts.comments)}</Link>
      </div>
    </article>
  );
}
