import * as React from 'react';
import type { PersonRef } from '../../../data/feed';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { LightButton, LightOption, LightText as Text } from '../../../ui/light';
import { LightCheckboxGroup } from '../../../ui/lightForms';
import { Loading } from '../../../ui/Loading';
import { format } from '../../../ui/format';
import { blogOf, useFeed, ViewHeading } from './FeedContext';
import { useNavigate, useText } from './text';
import { useLayout } from '../../../ui/layout';
import { OwnerPicker, ProblemMessage } from './lazy';

/**
 * For site owners: hand a blog over. The writers (people from the site's users, and site groups
 * for a group blog) are saved together with the Contribute grants on the blog's folder, so the
 * server lets exactly them post. A concurrent change of the blog is refused (412) and explained.
 */
export function BlogOwnersForm(props: { blogId: number }): JSX.Element {
  const { services } = useHub<'feed'>();
  const strings = useText();
  const { blogs, viewer, groupNames, announce, reloadBlogs } = useFeed();
  const navigate = useNavigate();
  const layout = useLayout();
  const blog = blogOf(blogs, props.blogId);
  const [people, setPeople] = React.useState<PersonRef[]>(blog ? blog.owners : []);
  const [groups, setGroups] = React.useState<number[]>(blog ? blog.ownerGroupIds || [] : []);
  const [invalid, setInvalid] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | undefined>();
  if (!viewer.canManageBlogs)
    return (
      <Text as="p" block role="status">
        {strings.CannotManageBlogs}
      </Text>
    );
  if (!blog)
    return (
      <Text as="p" block role="alert">
        {strings.BlogNotFound}
      </Text>
    );

  const save = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (people.length + groups.length === 0) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setBusy(true);
    setProblem(undefined);
    try {
      await services.feed.blogs.changeOwners(
        blog,
        people.map((p) => p.id),
        groups
      );
      await reloadBlogs();
      announce(strings.OwnersSaved);
      navigate({ view: 'blog', blogId: blog.id });
    } catch (error) {
      setProblem(await toProblem(error));
    } finally {
      setBusy(false);
    }
  };
  const groupOptions: LightOption[] = Object.keys(groupNames).map((id) => ({ key: id, text: groupNames[Number(id)] }));
  const showGroups = blog.kind === 'group' || groups.length > 0;
  return (
    <form onSubmit={save} aria-labelledby="ddh-blog-owners">
      <ViewHeading id="ddh-blog-owners">{format(strings.ChangeOwnersTitle, blog.title)}</ViewHeading>
      <Text as="p" block>
        {strings.ChangeOwnersIntro}
      </Text>
      <React.Suspense fallback={<Loading />}>
        <OwnerPicker
          value={people}
          onChange={setPeople}
          disabled={busy}
          errorMessage={invalid && people.length + groups.length === 0 ? strings.BlogNeedsOwner : undefined}
        />
      </React.Suspense>
      {showGroups && (
        <LightCheckboxGroup
          label={strings.OwnerGroupsLabel}
          options={groupOptions}
          values={groups.map(String)}
          disabled={busy}
          onChange={(values) => setGroups(values.map(Number))}
        />
      )}
      {problem && <ProblemMessage problem={problem} />}
      <div className={layout.actions}>
        <LightButton primary type="submit" text={busy ? strings.SavingOwners : strings.SaveOwners} disabled={busy} />
        <LightButton text={strings.Cancel} onClick={() => navigate({ view: 'blog', blogId: blog.id })} />
      </div>
    </form>
  );
}
