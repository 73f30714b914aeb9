import * as React from 'react';
import type { StoredPost } from '../../../data/feed';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { LightButton } from '../../../ui/light';
import { LightDialog } from '../../../ui/lightForms';
import { format } from '../../../ui/format';
import { useFeed } from './FeedContext';
import { useNavigate, useText } from './text';
import { ProblemMessage } from './lazy';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { space } from '../../../ui/layout';

/** The dialog's buttons, at its end. */
const dialogActionsClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: space.s, justifyContent: 'flex-end', marginTop: space.l });

/**
 * "Delete post" for its author, with a confirmation. The post goes to the recycle bin (a site
 * owner can restore it) and its keyword rows are removed with it; then the feed opens.
 * The dialog is modal and keeps focus inside; Cancel is focused first, so Enter does not delete.
 */
export function DeletePostButton(props: { post: StoredPost }): JSX.Element {
  const { services } = useHub<'feed'>();
  const strings = useText();
  const { announce, feedChanged } = useFeed();
  const navigate = useNavigate();
  const [open, setOpen] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const id = `ddh-delete-post-${props.post.id}`;
  /** Closed without deleting (Cancel, Escape): focus returns to "Delete post", which opened the dialog. */
  const close = (): void => {
    setOpen(false);
    setTimeout(() => {
      const button = document.getElementById(id);
      if (button) button.focus();
    }, 0);
  };

  const remove = async (): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await services.feed.posts.remove(props.post);
      setOpen(false);
      feedChanged();
      announce(strings.PostDeleted);
      navigate({ view: 'feed' });
    } catch (error) {
      setProblem(await toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <LightButton id={id} icon="Delete" text={strings.DeletePost} onClick={() => setOpen(true)} />
      {open && (
        <LightDialog
          title={strings.DeletePostTitle}
          subText={format(strings.DeletePostText, props.post.title)}
          onDismiss={() => {
            if (!busy) close();
          }}
        >
          {problem && <ProblemMessage problem={problem} />}
          <div className={dialogActionsClass}>
            <LightButton text={strings.Cancel} onClick={close} disabled={busy} data-autofocus />
            <LightButton
              primary
              text={busy ? strings.DeletingPost : strings.DeletePostConfirm}
              onClick={() => {
                remove().catch(() => undefined);
              }}
              disabled={busy}
            />
          </div>
        </LightDialog>
      )}
    </>
  );
}
