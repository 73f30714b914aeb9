import * as React from 'react';
import { mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { space } from '../../../ui/layout';
import { canDeleteComment, canEditComment, canHideComment, canSeeComment, COMMENT_MAX_LENGTH } from '../../../domain/feed/feed';
import type { StoredBlog, StoredComment, StoredPost } from '../../../data/feed';
import { LightButton, LightText as Text, LightTextField } from '../../../ui/light';
import { LightMessage } from '../../../ui/LightMessage';
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from '../../../ui/localCopy';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { Loading } from '../../../ui/Loading';
import { ProblemMessage } from './lazy';
import { useLoad } from '../../../ui/useLoad';
import { format } from '../../../ui/format';
import { PersonPhoto } from '../../../ui/PersonPhoto';
import { useFeed } from './FeedContext';
import { formatDate, useText } from './text';

const itemClass = mergeStyles({ borderTop: '1px solid rgba(128,128,128,0.4)', padding: '8px 0' });
const textClass = mergeStyles({ whiteSpace: 'pre-wrap', wordBreak: 'break-word' });
const commentClasses = mergeStyleSets({
  // The comments, one under another (rows draw their own lines; the list keeps its default space above and below).
  list: { listStyle: 'none', padding: 0 },
  send: { marginTop: space.s },
  // Who wrote a comment and when, beside their photo.
  header: { display: 'flex', alignItems: 'center', gap: space.s, marginBottom: space.xs },
  actions: { display: 'flex', flexWrap: 'wrap', gap: space.s, marginTop: space.xs }
});

/** A comment being written, kept in this browser until it is sent (per site, post and person). */
interface CommentCopy {
  text: string;
  savedAt: string;
}
export function commentCopyKey(siteKey: string, postId: number, personId: number): string {
  return `ddh.practiceFeed.comment|${siteKey}|Comments|post-${postId}|${personId}`;
}

/** The discussion under a post: everyone writes; the author edits and deletes; the blog's owners hide. */
export function Comments(props: { post: StoredPost; blog?: StoredBlog; onCountChange(count: number): void }): JSX.Element {
  const { services, common } = useHub<'feed'>();
  const strings = useText();
  const { viewer, announce } = useFeed();
  const [post, setPost] = React.useState(props.post);
  const [loaded, retry] = useLoad(() => services.feed.comments.forPost(props.post), [services, props.post.id]);
  const [comments, setComments] = React.useState<StoredComment[]>([]);
  const copyKey = commentCopyKey(services.feed.siteKey, props.post.id, viewer.id);
  const [restored, setRestored] = React.useState(() =>
    readLocalCopy<CommentCopy>(copyKey, (copy) => typeof copy.text === 'string' && !!copy.text.trim())
  );
  const [text, setTextState] = React.useState(restored ? restored.text : '');
  const setText = (value: string): void => {
    setTextState(value);
    if (value.trim()) writeLocalCopy(copyKey, { text: value, savedAt: new Date().toISOString() });
    else removeLocalCopy(copyKey);
  };
  const discard = (): void => {
    setRestored(undefined);
    setText('');
  };
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => {
    if (loaded.status !== 'ready') return;
    // A comment sent before the first read answered stays: that read may not include it yet.
    setComments((list) => [...loaded.value, ...list.filter((c) => !loaded.value.some((read) => read.id === c.id))]);
  }, [loaded]);
  const blog = props.blog || { id: post.blogId, title: '', ownerIds: [], ownerGroupIds: [] };
  const asViewer = { personId: viewer.id, groupIds: viewer.groupIds };
  const visible = comments
    .map((c) => ({ ...c, hidden: post.hiddenCommentIds.indexOf(c.id) >= 0 }))
    .filter((c) => canSeeComment(c, asViewer, blog));
  const { onCountChange } = props;
  React.useEffect(() => {
    onCountChange(visible.filter((c) => !c.hidden).length);
  }, [visible.length, post.hiddenCommentIds.length]); // eslint-disable-line react-hooks/exhaustive-deps

  const run = async (action: () => Promise<void>, done: string): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      announce(done);
      return true;
    } catch (error) {
      const found = await toProblem(error);
      setProblem(found);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (!text.trim()) return;
    const ok = await run(async () => {
      const added = await services.feed.comments.add(post, text);
      setComments((list) => [...list, added]);
    }, strings.CommentSent);
    if (ok) {
      setRestored(undefined);
      setText('');
    }
  };

  return (
    <section aria-labelledby="ddh-comments-heading">
      <Text as="h3" variant="large" block id="ddh-comments-heading">
        {format(strings.CommentsTitle, visible.filter((c) => !c.hidden).length)}
      </Text>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemMessage problem={loaded.problem} onRetry={retry} />}
      {loaded.status === 'ready' && visible.length === 0 && (
        <Text as="p" block>
          {strings.NoComments}
        </Text>
      )}
      <ul className={commentClasses.list}>
        {visible.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            canEdit={canEditComment(comment, asViewer)}
            canDelete={canDeleteComment(comment, asViewer)}
            canHide={canHideComment(comment, asViewer, blog)}
            busy={busy}
            onSave={(body) =>
              run(async () => {
                const saved = await services.feed.comments.edit(comment, body);
                setComments((list) => list.map((c) => (c.id === saved.id ? saved : c)));
              }, strings.CommentSaved)
            }
            onDelete={() =>
              run(async () => {
                await services.feed.comments.remove(comment);
                setComments((list) => list.filter((c) => c.id !== comment.id));
              }, strings.CommentDeleted)
            }
            onHide={(hidden) =>
              run(
                async () => {
                  setPost(await services.feed.posts.setCommentHidden(post.id, comment.id, hidden));
                },
                hidden ? strings.CommentHiddenAnnouncement : strings.CommentShownAnnouncement
              )
            }
          />
        ))}
      </ul>
      {problem && <ProblemMessage problem={problem} />}
      {restored && (
        <LightMessage kind="info" actions={<LightButton text={strings.DiscardComment} onClick={discard} />}>
          {strings.CommentRestored}
        </LightMessage>
      )}
      <form onSubmit={add} aria-label={strings.AddComment}>
        <LightTextField
          label={strings.AddComment}
          multiline
          value={text}
          maxLength={COMMENT_MAX_LENGTH}
          onChange={setText}
          description={strings.CommentHelp}
        />
        <LightButton
          primary
          type="submit"
          text={busy ? common.Loading : strings.SendComment}
          disabled={busy || !text.trim()}
          className={commentClasses.send}
        />
      </form>
    </section>
  );
}

interface CommentItemProps {
  comment: StoredComment;
  canEdit: boolean;
  canDelete: boolean;
  canHide: boolean;
  busy: boolean;
  onSave(body: string): Promise<boolean>;
  onDelete(): Promise<boolean>;
  onHide(hidden: boolean): Promise<boolean>;
}

function CommentItem(props: CommentItemProps): JSX.Element {
  const { locale } = useHub();
  const strings = useText();
  const { comment } = props;
  const [editing, setEditing] = React.useState<string | undefined>();
  return (
    <li className={itemClass}>
      <div className={commentClasses.header}>
        <PersonPhoto name={comment.authorName} email={comment.authorEmail} size="S" />
        <Text block variant="small">
          <strong>{comment.authorName}</strong>
          {' · '}
          <time dateTime={comment.created.toISOString()}>{formatDate(comment.created, locale)}</time>
          {comment.modified && ` · ${strings.CommentEdited}`}
          {comment.hidden && <strong>{` · ${strings.CommentHidden}`}</strong>}
        </Text>
      </div>
      {editing === undefined ? (
        <Text block className={textClass}>
          {comment.body}
        </Text>
      ) : (
        <LightTextField label={strings.EditComment} multiline value={editing} onChange={setEditing} />
      )}
      <div className={commentClasses.actions}>
        {editing !== undefined && (
          <>
            <LightButton
              primary
              text={strings.SaveComment}
              disabled={props.busy || !editing.trim()}
              onClick={async () => {
                if (await props.onSave(editing)) setEditing(undefined);
              }}
            />
            <LightButton text={strings.Cancel} onClick={() => setEditing(undefined)} />
          </>
        )}
        {editing === undefined && props.canEdit && (
          <LightButton text={strings.EditComment} onClick={() => setEditing(comment.body)} disabled={props.busy} />
        )}
        {editing === undefined && props.canDelete && (
          <LightButton
            text={strings.DeleteComment}
            onClick={() => {
              props.onDelete().catch(() => undefined);
            }}
            disabled={props.busy}
          />
        )}
        {props.canHide && (
          <LightButton
            text={comment.hidden ? strings.ShowComment : strings.HideComment}
            disabled={props.busy}
            onClick={() => {
              props.onHide(!comment.hidden).catch(() => undefined);
            }}
          />
        )}
      </div>
    </li>
  );
}
