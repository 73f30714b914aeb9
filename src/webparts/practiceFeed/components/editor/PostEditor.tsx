import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { parseKeywordInput } from '../../../../domain/feed/keywords';
import {
  LICENCES,
  Licence,
  Post,
  PostIssue,
  PostKind,
  PostLanguage,
  POST_LANGUAGES,
  POST_LIMITS,
  validatePost
} from '../../../../domain/feed/post';
import { PostInvalidError } from '../../../../data/feed/posts';
import type { StoredPost } from '../../../../data/feed';
import { Problem, toProblem } from '../../../../data/errors';
import { useHub } from '../../../../ui/HubContext';
import { LightButton, LightSelect, LightText as Text, LightTextField } from '../../../../ui/light';
import { LightChoiceGroup } from '../../../../ui/lightForms';
import { LightMessage } from '../../../../ui/LightMessage';
import { ProblemMessage } from '../lazy';
import { format } from '../../../../ui/format';
import { blogOf, useFeed, ViewHeading } from '../FeedContext';
import { useLayout } from '../../../../ui/layout';
import { formatDate, licenceLabel, useNavigate, useText } from '../text';
import { issueText, languageName, uiLanguage } from './editorText';
import { clearDraft, Draft, DraftFields, DraftTarget, isEmptyDraft, loadDraft, saveDraft } from './drafts';
import { RichTextEditor } from './RichTextEditor';
import { PracticeFields } from './PracticeFields';
import { WritingHelp } from './WritingHelp';
import { useLastMission } from '../../../../ui/missions';

const layoutClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' });
const mainClass = mergeStyles({ flex: '2 1 420px', minWidth: 0 });
const helpClass = mergeStyles({ flex: '1 1 260px' });

/** A new post's fields; a good practice's unit starts as the mission the writer last used. */
function emptyFields(language: PostLanguage, unit = ''): DraftFields {
  return {
    title: '',
    html: '',
    kind: 'blogPost',
    keywordsText: '',
    licence: 'none',
    language,
    unit,
    situation: 'crisis',
    channels: [],
    whatWorked: '',
    whatToAvoid: '',
    reachText: '',
    linksText: ''
  };
}

function fieldsOf(post: StoredPost, language: PostLanguage): DraftFields {
  const p = post.goodPractice;
  return {
    title: post.title,
    html: post.bodyHtml,
    kind: post.kind,
    keywordsText: post.keywords.join(', '),
    licence: post.licence,
    language: post.language || language,
    unit: p ? p.unit : '',
    situation: p ? p.situation : 'crisis',
    channels: p ? p.channels : [],
    whatWorked: p ? p.whatWorked : '',
    whatToAvoid: p ? p.whatToAvoid : '',
    reachText: p && p.reach !== undefined ? String(p.reach) : '',
    linksText: p && p.links ? p.links.join('\n') : ''
  };
}

export function toPost(fields: DraftFields, blogId: number, viewer: { id: number; title: string }): Post {
  const post: Post = {
    title: fields.title,
    bodyHtml: fields.html,
    kind: fields.kind,
    keywords: parseKeywordInput(fields.keywordsText).keywords,
    blogId,
    author: { id: viewer.id, name: viewer.title },
    licence: fields.licence,
    language: fields.language
  };
  if (fields.kind === 'goodPractice') {
    const reachText = fields.reachText.replace(/[\s\u00a0,.]/g, '');
    post.goodPractice = {
      unit: fields.unit,
      situation: fields.situation,
      channels: fields.channels,
      whatWorked: fields.whatWorked,
      whatToAvoid: fields.whatToAvoid,
      reach: reachText ? Number(reachText) : undefined,
      links: fields.linksText
        .split(/\s*\n\s*/)
        .map((l) => l.trim())
        .filter(Boolean)
    };
  }
  return post;
}

/** Writes or edits a post. Every keystroke is kept in the browser until the post is saved. */
export function PostEditor(props: { blogId: number; existing?: StoredPost; onSaved(post: StoredPost): void }): JSX.Element {
  const { services, locale } = useHub<'feed'>();
  const strings = useText();
  const layout = useLayout();
  const navigate = useNavigate();
  const { viewer, blogs, announce } = useFeed();
  const blog = blogOf(blogs, props.blogId);
  const target: DraftTarget = {
    siteKey: services.feed.siteKey,
    userId: viewer.id,
    blogId: props.blogId,
    postId: props.existing && props.existing.id
  };
  const [restored] = React.useState<Draft | undefined>(() => loadDraft(target));
  const language = uiLanguage(locale);
  const lastMission = useLastMission(viewer.id);
  const [fields, setFields] = React.useState<DraftFields>(() =>
    restored ? { language, ...restored } : props.existing ? fieldsOf(props.existing, language) : emptyFields(language, lastMission.last)
  );
  const [draftState, setDraftState] = React.useState<'idle' | 'saved' | 'failed'>('idle');
  const [issues, setIssues] = React.useState<PostIssue[]>([]);
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [saving, setSaving] = React.useState(false);
  // The editor holds its own text: a discarded draft starts a new one from the post (or from nothing).
  const [editorKey, setEditorKey] = React.useState(0);
  const summary = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    if (restored) announce(format(strings.DraftRestored, formatDate(new Date(restored.savedAt), locale)));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  // Kept in the browser a moment after typing stops — and at once when the page goes away (a closed
  // tab, a reload) or a save fails, so not even the last keystrokes are lost.
  const keep = React.useCallback((): void => {
    if (isEmptyDraft(fields) && !restored) return;
    setDraftState(saveDraft(target, fields) ? 'saved' : 'failed');
  }, [fields]); // eslint-disable-line react-hooks/exhaustive-deps
  React.useEffect(() => {
    const timer = setTimeout(keep, 400);
    window.addEventListener('pagehide', keep);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', keep);
    };
  }, [keep]);

  const set = <K extends keyof DraftFields>(name: K, value: DraftFields[K]): void => setFields((f) => ({ ...f, [name]: value }));
  const error = (field: string): string | undefined => {
    const found = issues.filter((i) => i.field === field)[0];
    return found ? issueText(found.code, strings) : undefined;
  };
  const post = toPost(fields, props.blogId, viewer);

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    const found = validatePost(post);
    setIssues(found);
    setProblem(undefined);
    if (found.length) {
      setTimeout(() => summary.current && summary.current.focus(), 0);
      return;
    }
    setSaving(true);
    try {
      const saved = props.existing ? await services.feed.posts.update(props.existing, post) : await services.feed.posts.create(post);
      clearDraft(target);
      if (post.kind === 'goodPractice' && post.goodPractice) lastMission.remember(post.goodPractice.unit);
      announce(strings.PostPublished);
      props.onSaved(saved);
    } catch (e) {
      keep();
      if (e instanceof PostInvalidError) setIssues(e.issues);
      else setProblem(await toProblem(e));
    } finally {
      setSaving(false);
    }
  };
  const discard = (): void => {
    clearDraft(target);
    setFields(props.existing ? fieldsOf(props.existing, language) : emptyFields(language, lastMission.last));
    setDraftState('idle');
    setEditorKey((k) => k + 1);
    announce(strings.DraftDiscarded);
  };

  return (
    <form onSubmit={submit} aria-labelledby="ddh-editor-heading" noValidate>
      <ViewHeading id="ddh-editor-heading">
        {props.existing ? strings.EditPost : format(strings.NewPostIn, blog ? blog.title : '')}
      </ViewHeading>
      {restored && (
        <LightMessage kind="info" actions={<LightButton text={strings.DiscardDraft} onClick={discard} />}>
          {format(strings.DraftRestored, formatDate(new Date(restored.savedAt), locale))}
        </LightMessage>
      )}
      {issues.length > 0 && (
        <div ref={summary} tabIndex={-1} role="alert">
          <LightMessage kind="error">
            {strings.ValidationSummary}
            <ul>
              {issues.map((i) => (
                <li key={`${i.field}|${i.code}`}>{issueText(i.code, strings)}</li>
              ))}
            </ul>
          </LightMessage>
        </div>
      )}
      <div className={layoutClass}>
        <div className={mainClass}>
          <LightChoiceGroup
            label={strings.FieldKind}
            name="ddh-post-kind"
            value={fields.kind}
            onChange={(key) => set('kind', key as PostKind)}
            options={[
              { key: 'blogPost', text: strings.KindBlogPost },
              { key: 'goodPractice', text: strings.KindGoodPractice }
            ]}
          />
          <LightTextField
            label={strings.FieldTitle}
            required
            value={fields.title}
            maxLength={POST_LIMITS.titleMaxLength}
            onChange={(v) => set('title', v)}
            errorMessage={error('title')}
          />
          <RichTextEditor
            key={editorKey}
            id="ddh-post-body"
            blogId={props.blogId}
            initialHtml={fields.html}
            onChange={(v) => set('html', v)}
            errorMessage={error('bodyHtml')}
          />
          <LightTextField
            label={strings.FieldKeywords}
            description={strings.FieldKeywordsHelp}
            value={fields.keywordsText}
            onChange={(v) => set('keywordsText', v)}
            errorMessage={error('keywords')}
          />
          {fields.kind === 'goodPractice' && <PracticeFields fields={fields} set={set} error={error} />}
          <LightSelect
            label={strings.FieldLanguage}
            description={strings.FieldLanguageHelp}
            value={fields.language || language}
            options={POST_LANGUAGES.map((l) => ({ key: l, text: languageName(l, strings) }))}
            onChange={(key) => set('language', key as PostLanguage)}
          />
          <LightSelect
            label={strings.FieldLicence}
            value={fields.licence}
            options={LICENCES.map((l) => ({ key: l, text: licenceLabel(l, strings) }))}
            onChange={(key) => set('licence', key as Licence)}
          />
          {problem && <ProblemMessage problem={problem} />}
          {problem && (
            <Text block variant="small">
              {strings.SaveFailedKept}
            </Text>
          )}
          <div className={layout.actions}>
            <LightButton
              primary
              type="submit"
              text={saving ? strings.Publishing : props.existing ? strings.SaveChanges : strings.Publish}
              disabled={saving}
            />
            <LightButton
              text={strings.Cancel}
              onClick={() => navigate(props.existing ? { view: 'post', postId: props.existing.id } : { view: 'feed' })}
            />
            <Text variant="small" aria-live="polite">
              {draftState === 'saved' ? strings.DraftSaved : draftState === 'failed' ? strings.DraftNotSaved : ''}
            </Text>
          </div>
        </div>
        <div className={helpClass}>
          <WritingHelp
            title={fields.title}
            bodyHtml={post.bodyHtml}
            keywords={post.keywords}
            otherText={[fields.whatWorked, fields.whatToAvoid, fields.unit].join('\n')}
          />
        </div>
      </div>
    </form>
  );
}
