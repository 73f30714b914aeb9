import * as React from 'react';
import { LightLink as Link, LightText as Text } from '../../../ui/light';
import { IRawStyle, mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { themeClasses } from '../../../ui/themeClasses';
import { firstPicture } from '../../../domain/feed/pictureSource';
import { toPlainText } from '../../../domain/feed/plainText';
import type { FeedItem } from '../../../data/feed';
import { useHub } from '../../../ui/HubContext';
import { format, plural } from '../../../ui/format';
import { SvgIcon } from '../../../ui/icons';
import { whenNarrow } from '../../../ui/narrow';
import { PersonPhoto } from '../../../ui/PersonPhoto';
import { blogOf, useFeed } from './FeedContext';
import { formatDate, kindLabel, languageTag, useNavigate, useText } from './text';
import { LikeButton } from './LikeButton';
import { block, space, useLayout } from '../../../ui/layout';

const cardClass = mergeStyles({ borderBottom: '1px solid', borderColor: 'rgba(128,128,128,0.4)', padding: '16px 0' });
const bylineClass = mergeStyles({ display: 'flex', gap: 8, alignItems: 'center', minWidth: 0 });
const metaStyle: IRawStyle = { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '2px', alignItems: 'baseline' };
const metaClass = mergeStyles(metaStyle);
// A post's title is a link in the heading's own size and weight (the link's class sets its own weight).
const titleLinks: IRawStyle = { selectors: { '& button': { fontWeight: 'inherit' } } };
const titleClass = mergeStyles({ margin: '8px 0 4px', fontSize: 18, fontWeight: 600, lineHeight: '1.3' }, titleLinks);
const cardClasses = mergeStyleSets({
  // The text beside the cover: it may shrink below its longest word.
  text: { minWidth: 0, flex: '1 1 auto' },
  bylineText: { minWidth: 0 },
  // Two lines of the text, as SharePoint News cards show: the whole post is one click away.
  teaser: {
    margin: `0 0 ${space.s}px`,
    lineHeight: '1.5',
    display: '-webkit-box',
    // A string: merge-styles would make a number 2px, which turns the clamp off (as with lineHeight).
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere'
  },
  keywordList: { listStyle: 'none', margin: block(space.xs), padding: 0, display: 'flex', flexWrap: 'wrap', gap: space.sNudge }
});

/** The cards' and rows' text in the theme's small font: dates and languages subtle, counts with their icons. */
const usePostTextClasses = themeClasses(({ semanticColors, fonts }) => ({
  subtle: [fonts.small, { color: semanticColors.bodySubtext }],
  count: [fonts.small, { display: 'inline-flex', alignItems: 'center', gap: space.xs }],
  rowMeta: [metaStyle, { color: semanticColors.bodySubtext }]
}));
const actionsClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', marginTop: 8 });
// A post's first picture beside the text, as a News card's thumbnail; above it in a narrow web part.
// Its box is sized before the picture loads (width and aspect ratio): nothing below it moves.
const withCoverClass = mergeStyles({ display: 'flex', gap: 16, alignItems: 'flex-start' }, whenNarrow({ flexDirection: 'column', gap: 8 }));
const coverClass = mergeStyles(
  {
    flex: '0 0 200px',
    width: 200,
    height: 'auto',
    aspectRatio: '16 / 9',
    objectFit: 'cover',
    borderRadius: 4,
    order: 2,
    marginTop: 4
  },
  whenNarrow({ order: -1, flex: 'none', width: '100%', marginTop: 0 })
);

/** A keyword chip that filters the feed (a button), and one that only shows the keyword. */
const useChipClasses = themeClasses(({ semanticColors, palette, fonts }) => {
  const chip: IRawStyle = {
    display: 'inline-block',
    padding: '2px 10px',
    borderRadius: 12,
    lineHeight: '20px',
    border: `1px solid ${semanticColors.bodyDivider}`,
    background: semanticColors.bodyBackground,
    color: semanticColors.bodyText,
    cursor: 'pointer',
    font: 'inherit',
    fontSize: fonts.small.fontSize,
    selectors: {
      ':hover': { background: semanticColors.buttonBackgroundHovered, borderColor: semanticColors.inputBorderHovered },
      ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: '1px' }
    }
  };
  return { chip, keyword: [chip, { cursor: 'default' }] };
});

/** A keyword as a chip: pressing it filters the feed by it. */
export function KeywordChips(props: { keywords: readonly string[]; onKeyword?(keyword: string): void }): JSX.Element | null {
  const strings = useText();
  const classes = useChipClasses();
  if (props.keywords.length === 0) return null;
  const { onKeyword } = props;
  return (
    <ul aria-label={strings.KeywordsLabel.replace(/:$/, '')} className={cardClasses.keywordList}>
      {props.keywords.map((keyword) => (
        <li key={keyword}>
          {onKeyword ? (
            <button
              type="button"
              className={classes.chip}
              onClick={() => onKeyword(keyword)}
              aria-label={format(strings.FilterByKeyword, keyword)}
            >
              #{keyword}
            </button>
          ) : (
            <span className={classes.keyword}>#{keyword}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One post in the feed, as a News card: author with photo and date, title, a two-line teaser, keywords, likes and comments. */
export function PostCard(props: { item: FeedItem; onKeyword?(keyword: string): void }): JSX.Element {
  const { locale, services } = useHub<'feed'>();
  const strings = useText();
  const { blogs } = useFeed();
  const navigate = useNavigate();
  const layout = useLayout();
  const textClasses = usePostTextClasses();
  const [counts, setCounts] = React.useState(props.item.counts);
  const { post } = props.item;
  const blog = blogOf(blogs, post.blogId);
  const headingId = `ddh-post-${post.id}`;
  const openPost = (): void => navigate({ view: 'post', postId: post.id });
  const cover = firstPicture(post.bodyHtml, { hosts: services.feed.imageHosts, paths: services.feed.imagePaths });
  const text = (
    <div className={cardClasses.text}>
      <div className={bylineClass}>
        <PersonPhoto name={post.author.name} email={post.author.email} size="M" />
        <div className={cardClasses.bylineText}>
          <div className={metaClass}>
            <Link
              onClick={() => navigate({ view: 'author', personId: post.author.id, name: post.author.name, email: post.author.email })}
              aria-label={format(strings.ByAuthor, post.author.name)}
            >
              <strong>{post.author.name}</strong>
            </Link>
            <span className={textClasses.subtle}>
              <time dateTime={post.published.toISOString()}>{formatDate(post.published, locale)}</time>
            </span>
          </div>
          <div className={metaClass}>
            <Text variant="small">{kindLabel(post.kind, strings)}</Text>
            {blog && (
              <Text variant="small">
                <Link onClick={() => navigate({ view: 'blog', blogId: blog.id })}>{format(strings.InBlog, blog.title)}</Link>
              </Text>
            )}
            {post.language && <span className={textClasses.subtle}>{languageTag(post.language, strings)}</span>}
          </div>
        </div>
      </div>
      <h3 className={titleClass} id={headingId} lang={post.language}>
        <Link onClick={openPost}>{post.title}</Link>
      </h3>
      <p className={cardClasses.teaser} lang={post.language}>
        {toPlainText(post.bodyHtml, 240)}
      </p>
      <KeywordChips keywords={post.keywords} onKeyword={props.onKeyword} />
      <div className={actionsClass}>
        <LikeButton post={post} counts={counts} onChange={setCounts} />
        <Link onClick={openPost} aria-label={plural(strings, 'CommentCount', locale, counts.comments)} className={layout.iconText}>
          <SvgIcon name="comment" />
          <span aria-hidden="true">{counts.comments}</span>
        </Link>
      </div>
    </div>
  );
  return (
    <article className={cover ? `${cardClass} ${withCoverClass}` : cardClass} aria-labelledby={headingId}>
      {text}
      {cover && <img className={coverClass} src={cover.src} alt={cover.alt} loading="lazy" decoding="async" width={200} height={113} />}
    </article>
  );
}

const rowClass = mergeStyles({ borderBottom: '1px solid', borderColor: 'rgba(128,128,128,0.4)', padding: '8px 0' });
const rowTitleClass = mergeStyles({ margin: '0 0 2px', fontSize: 16, fontWeight: 600, lineHeight: '1.35' }, titleLinks);

/**
 * One post in the compact list (a page owner's "Compact list" layout, as News's list layout):
 * the headline, then who, when, what kind and language, and the likes and comments in a line.
 */
export function PostRow(props: { item: FeedItem }): JSX.Element {
  const { locale } = useHub();
  const strings = useText();
  const navigate = useNavigate();
  const textClasses = usePostTextClasses();
  const { post, counts } = props.item;
  const headingId = `ddh-post-${post.id}`;
  const openPost = (): void => navigate({ view: 'post', postId: post.id });
  return (
    <article className={rowClass} aria-labelledby={headingId}>
      <h3 className={rowTitleClass} id={headingId} lang={post.language}>
        <Link onClick={openPost}>{post.title}</Link>
      </h3>
      <div className={textClasses.rowMeta}>
        <Text variant="small">{post.author.name}</Text>
        <Text variant="small">
          <time dateTime={post.published.toISOString()}>{formatDate(post.published, locale)}</time>
        </Text>
        <Text variant="small">{kindLabel(post.kind, strings)}</Text>
        {post.language && <Text variant="small">{languageTag(post.language, strings)}</Text>}
        <span className={textClasses.count}>
          <SvgIcon name="heart" size={14} />
          <span>{plural(strings, 'LikeCount', locale, counts.likes)}</span>
        </span>
        <span className={textClasses.count}>
          <SvgIcon name="comment" size={14} />
          <span>{plural(strings, 'CommentCount', locale, counts.comments)}</span>
        </span>
      </div>
    </article>
  );
}
