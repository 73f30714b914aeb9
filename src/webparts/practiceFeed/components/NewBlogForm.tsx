import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { BlogKind, PersonRef } from '../../../data/feed';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { Loading } from '../../../ui/Loading';
import { ProblemMessage } from '../../../ui/ProblemMessage';
import { useFeed, ViewHeading } from './FeedContext';
import { OwnerPicker } from './lazy';

/** For site owners: a new blog for a person or a group, with the folder that lets only its owners post. */
export function NewBlogForm(): JSX.Element {
  const { services } = useHub();
  const { strings, viewer, groupNames, navigate, announce, reloadBlogs } = useFeed();
  const [title, setTitle] = React.useState('');
  const [kind, setKind] = React.useState<BlogKind>('person');
  const [unit, setUnit] = React.useState('');
  const [description, setDescription] = React.useState('');
  const [owners, setOwners] = React.useState<PersonRef[]>([]);
  const [group, setGroup] = React.useState<number | undefined>();
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [invalid, setInvalid] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  if (!viewer.canManageBlogs) return <MessageBar messageBarType={MessageBarType.info}>{strings.CannotManageBlogs}</MessageBar>;

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (!title.trim() || (owners.length === 0 && !group)) { setInvalid(true); return; }
    setInvalid(false);
    setBusy(true);
    setProblem(undefined);
    try {
      const ownerIds = owners.map((p) => p.id);
      const blog = await services.feed.blogs.create({ title, kind, unit, description, ownerIds, ownerGroupIds: group ? [group] : [] });
      await reloadBlogs();
      announce(strings.BlogCreated);
      navigate({ view: 'blog', blogId: blog.id });
    } catch (error) {
      setProblem(await toProblem(error));
    } finally {
      setBusy(false);
    }
  };
  const groups = Object.keys(groupNames).map((id) => ({ key: Number(id), text: groupNames[Number(id)] }));
  return (
    <form onSubmit={submit} aria-labelledby="ddh-new-blog">
      <ViewHeading id="ddh-new-blog">{strings.NewBlog}</ViewHeading>
      <TextField label={strings.BlogTitleLabel} required value={title} onChange={(_e, v) => setTitle(v || '')}
        errorMessage={invalid && !title.trim() ? strings.IssueTitleRequired : undefined} />
      <ChoiceGroup label={strings.BlogKindLabel} selectedKey={kind} onChange={(_e, o) => setKind((o ? o.key : 'person') as BlogKind)}
        options={[{ key: 'person', text: strings.BlogKindPerson }, { key: 'group', text: strings.BlogKindGroup }]} />
      <TextField label={strings.BlogUnitLabel} value={unit} onChange={(_e, v) => setUnit(v || '')} />
      <TextField label={strings.BlogDescriptionLabel} multiline value={description} onChange={(_e, v) => setDescription(v || '')} />
      {/* The people picker (Fluent's pickers, Persona and Callout) loads when the form opens, in its own chunk. */}
      <React.Suspense fallback={<Loading />}>
        <OwnerPicker value={owners} onChange={setOwners} disabled={busy}
          errorMessage={invalid && owners.length === 0 && !group ? strings.BlogNeedsOwner : undefined} />
      </React.Suspense>
      {kind === 'group' && (
        <Dropdown label={strings.BlogGroupLabel} options={[{ key: 0, text: strings.BlogGroupNone }, ...groups]} selectedKey={group || 0}
          onChange={(_e, o) => setGroup(o && o.key ? Number(o.key) : undefined)} />
      )}
      {problem && <ProblemMessage problem={problem} />}
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <PrimaryButton type="submit" text={busy ? strings.CreatingBlog : strings.CreateBlog} disabled={busy} />
        <DefaultButton type="button" text={strings.Cancel} onClick={() => navigate({ view: 'feed' })} />
      </div>
    </form>
  );
}
