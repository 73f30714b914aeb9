import * as React from 'react';
import type { BlogKind, PersonRef } from '../../../data/feed';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { LightButton, LightSelect, LightText, LightTextField } from '../../../ui/light';
import { LightChoiceGroup } from '../../../ui/lightForms';
import { Loading } from '../../../ui/Loading';
import { useFeed, ViewHeading } from './FeedContext';
import { useNavigate, useText } from './text';
import { useLayout } from '../../../ui/layout';
import { OwnerPicker, ProblemMessage } from './lazy';

/** For site owners: a new blog for a person or a group, with the folder that lets only its owners post. */
export function NewBlogForm(): JSX.Element {
  const { services } = useHub<'feed'>();
  const strings = useText();
  const { viewer, groupNames, announce, reloadBlogs } = useFeed();
  const navigate = useNavigate();
  const layout = useLayout();
  const [title, setTitle] = React.useState('');
  const [kind, setKind] = React.useState<BlogKind>('person');
  const [unit, setUnit] = React.useState('');
  const [description, setDescription] = React.useState('');
  const [owners, setOwners] = React.useState<PersonRef[]>([]);
  const [group, setGroup] = React.useState<number | undefined>();
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [invalid, setInvalid] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  if (!viewer.canManageBlogs)
    return (
      <LightText as="p" block role="status">
        {strings.CannotManageBlogs}
      </LightText>
    );

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (!title.trim() || (owners.length === 0 && !group)) {
      setInvalid(true);
      return;
    }
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
  const groups = Object.keys(groupNames).map((id) => ({ key: id, text: groupNames[Number(id)] }));
  return (
    <form onSubmit={submit} aria-labelledby="ddh-new-blog">
      <ViewHeading id="ddh-new-blog">{strings.NewBlog}</ViewHeading>
      <LightTextField
        label={strings.BlogTitleLabel}
        required
        value={title}
        onChange={setTitle}
        errorMessage={invalid && !title.trim() ? strings.IssueTitleRequired : undefined}
      />
      <LightChoiceGroup
        label={strings.BlogKindLabel}
        name="ddh-blog-kind"
        value={kind}
        onChange={(key) => setKind(key as BlogKind)}
        options={[
          { key: 'person', text: strings.BlogKindPerson },
          { key: 'group', text: strings.BlogKindGroup }
        ]}
      />
      <LightTextField label={strings.BlogUnitLabel} value={unit} onChange={setUnit} />
      <LightTextField label={strings.BlogDescriptionLabel} multiline value={description} onChange={setDescription} />
      {/* The people picker (Fluent's pickers, Persona and Callout) loads when the form opens, in its own chunk. */}
      <React.Suspense fallback={<Loading />}>
        <OwnerPicker
          value={owners}
          onChange={setOwners}
          disabled={busy}
          errorMessage={invalid && owners.length === 0 && !group ? strings.BlogNeedsOwner : undefined}
        />
      </React.Suspense>
      {kind === 'group' && (
        <LightSelect
          label={strings.BlogGroupLabel}
          options={[{ key: '', text: strings.BlogGroupNone }, ...groups]}
          value={group ? String(group) : ''}
          onChange={(key) => setGroup(key ? Number(key) : undefined)}
        />
      )}
      {problem && <ProblemMessage problem={problem} />}
      <div className={layout.actions}>
        <LightButton primary type="submit" text={busy ? strings.CreatingBlog : strings.CreateBlog} disabled={busy} />
        <LightButton text={strings.Cancel} onClick={() => navigate({ view: 'feed' })} />
      </div>
    </form>
  );
}
