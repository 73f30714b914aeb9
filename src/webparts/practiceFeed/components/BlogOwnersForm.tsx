import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { PersonRef } from '../../../data/feed';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { ProblemMessage } from '../../../ui/ProblemMessage';
import { format } from '../../../ui/format';
import { blogOf, useFeed, ViewHeading } from './FeedContext';
import { OwnerPicker } from './lazy';
import { Loading } from '../../../ui/Loading';

/**
 * For site owners: hand a blog over. The writers (people from the site's users, and site groups
 * for a group blog) are saved together with the Contribute grants on the blog's folder, so the
 * server lets exactly them post. A concurrent change of the blog is refused (412) and explained.
 */
export function BlogOwnersForm(props: { blogId: number }): JSX.Element {
  const { services } = useHub();
  const { strings, blogs, viewer, groupNames, navigate, announce, reloadBlogs } = useFeed();
  const blog = blogOf(blogs, props.blogId);
  const [people, setPeople] = React.useState<PersonRef[]>(blog ? blog.owners : []);
  const [groups, setGroups] = React.useState<number[]>(blog ? blog.ownerGroupIds || [] : []);
  const [invalid, setInvalid] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | undefined>();
  if (!viewer.canManageBlogs) return <MessageBar messageBarType={MessageBarType.info}>{strings.CannotManageBlogs}</MessageBar>;
  if (!blog) return <Text as="p" block role="alert">{strings.BlogNotFound}</Text>;

  const save = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (people.length + groups.length === 0) { setInvalid(true); return; }
    setInvalid(false);
    setBusy(true);
    setProblem(undefined);
    try {
      await services.feed.blogs.changeOwners(blog, people.map((p) => p.id), groups);
      await reloadBlogs();
      announce(strings.OwnersSaved);
      navigate({ view: 'blog', blogId: blog.id });
    } catch (error) {
      setProblem(await toProblem(error));
    } finally {
      setBusy(false);
    }
  };
  const groupOptions: IDropdownOption[] = Object.keys(groupNames).map((id) => ({ key: Number(id), text: groupNames[Number(id)] }));
  const showGroups = blog.kind === 'group' || groups.length > 0;
  return (
    <form onSubmit={save} aria-labelledby="ddh-blog-owners">
      <ViewHeading id="ddh-blog-owners">{format(strings.ChangeOwnersTitle, blog.title)}</ViewHeading>
      <Text as="p" block>{strings.ChangeOwnersIntro}</Text>
      <React.Suspense fallback={<Loading />}>
        <OwnerPicker value={people} onChange={setPeople} disabled={busy}
          errorMessage={invalid && people.length + groups.length === 0 ? strings.BlogNeedsOwner : undefined} />
      </React.Suspense>
      {showGroups && (
        <Dropdown label={strings.OwnerGroupsLabel} multiSelect options={groupOptions} selectedKeys={groups} disabled={busy}
          onChange={(_e, option) => {
            if (!option) return;
            const id = Number(option.key);
            setGroups((before) => (option.selected ? [...before.filter((g) => g !== id), id] : before.filter((g) => g !== id)));
          }} />
      )}
      {problem && <ProblemMessage problem={problem} />}
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <PrimaryButton type="submit" text={busy ? strings.SavingOwners : strings.SaveOwners} disabled={busy} />
        <DefaultButton type="button" text={strings.Cancel} onClick={() => navigate({ view: 'blog', blogId: blog.id })} />
      </div>
    </form>
  );
}
