import * as React from 'react';
import { LightButton, LightLink as Link, LightText as Text } from '../../../ui/light';
import { isBlogOwner } from '../../../domain/feed/feed';
import type { StoredBlog } from '../../../data/feed';
import { format } from '../../../ui/format';
import { blogOf, useFeed, ViewHeading } from './FeedContext';
import { useNavigate, useText } from './text';
import { FeedList } from './FeedList';
import { PersonPhoto } from '../../../ui/PersonPhoto';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { space } from '../../../ui/layout';

const blogClasses = mergeStyleSets({
  // Write in the blog, change its owners: side by side, wrapping on a narrow column.
  buttons: { display: 'flex', flexWrap: 'wrap', gap: space.s },
  // A person's photo beside their name.
  person: { display: 'flex', alignItems: 'center', gap: space.m }
});

export function ownerNames(blog: StoredBlog, groupNames: Record<number, string>): string {
  return [...blog.owners.map((o) => o.name), ...(blog.ownerGroupIds || []).map((id) => groupNames[id] || `#${id}`)].join(', ');
}

/** A blog's page: who writes it, a way to write (for its owners), and its posts. */
export function BlogView(props: { blogId: number }): JSX.Element {
  const strings = useText();
  const { blogs, viewer, groupNames } = useFeed();
  const navigate = useNavigate();
  const blog = blogOf(blogs, props.blogId);
  const fixed = React.useMemo(() => ({ blogId: props.blogId }), [props.blogId]);
  if (!blog)
    return (
      <Text as="p" block role="alert">
        {strings.BlogNotFound}
      </Text>
    );
  const owner = isBlogOwner(blog, { personId: viewer.id, groupIds: viewer.groupIds });
  return (
    <>
      <ViewHeading>{blog.title}</ViewHeading>
      <Text block variant="small">
        {blog.kind === 'group' ? strings.BlogKindGroup : strings.BlogKindPerson}
        {blog.unit ? ` · ${blog.unit}` : ''}
      </Text>
      {blog.description && (
        <Text as="p" block>
          {blog.description}
        </Text>
      )}
      <Text as="p" block>
        {strings.BlogOwnersLabel}{' '}
        {blog.owners.map((o, i) => (
          <React.Fragment key={o.id}>
            {i > 0 && ', '}
            <Link onClick={() => navigate({ view: 'author', personId: o.id, name: o.name, email: o.email })}>{o.name}</Link>
          </React.Fragment>
        ))}
        {(blog.ownerGroupIds || []).map((id) => `${blog.owners.length ? ', ' : ''}${groupNames[id] || `#${id}`}`).join('')}
      </Text>
      <div className={blogClasses.buttons}>
        {owner && (
          <LightButton
            primary
            icon="Edit"
            text={format(strings.WriteInBlog, blog.title)}
            onClick={() => navigate({ view: 'write', blogId: blog.id })}
          />
        )}
        {viewer.canManageBlogs && (
          <LightButton icon="People" text={strings.ChangeOwners} onClick={() => navigate({ view: 'blogOwners', blogId: blog.id })} />
        )}
      </div>
      <FeedList fixed={fixed} hideBlog label={format(strings.PostsOf, blog.title)} />
    </>
  );
}

/** A person's profile: the blogs they own and the posts they wrote. */
export function AuthorView(props: { personId: number; name: string; email?: string }): JSX.Element {
  const strings = useText();
  const { blogs } = useFeed();
  const navigate = useNavigate();
  const theirs = blogs.filter((b) => b.ownerIds.indexOf(props.personId) >= 0);
  const fixed = React.useMemo(() => ({ authorId: props.personId }), [props.personId]);
  return (
    <>
      <div className={blogClasses.person}>
        <PersonPhoto name={props.name} email={props.email} size="L" />
        <ViewHeading>{props.name}</ViewHeading>
      </div>
      <Text as="h3" variant="large" block>
        {strings.AuthorBlogs}
      </Text>
      {theirs.length === 0 ? (
        <Text as="p" block>
          {strings.NoBlogs}
        </Text>
      ) : (
        <ul>
          {theirs.map((b) => (
            <li key={b.id}>
              <Link onClick={() => navigate({ view: 'blog', blogId: b.id })}>{b.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <Text as="h3" variant="large" block>
        {strings.AuthorPosts}
      </Text>
      <FeedList fixed={fixed} label={format(strings.PostsOf, props.name)} />
    </>
  );
}
