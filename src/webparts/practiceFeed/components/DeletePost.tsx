import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { StoredPost } from '../../../data/feed';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { ProblemMessage } from '../../../ui/ProblemMessage';
import { format } from '../../../ui/format';
import { useFeed } from './FeedContext';

/**
 * "Delete post" for its author, with a confirmation. The post goes to the recycle bin (a site
 * owner can restore it) and its keyword rows are removed with it; then the feed opens.
 * The dialog is modal and keeps focus inside; Cancel is focused first, so Enter does not delete.
 */
export function DeletePostButton(props: { post: StoredPost }): JSX.Element {
  const { services } = useHub();
  const { strings, navigate, announce, feedChanged } = useFeed();
  const [open, setOpen] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | undefined>();

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
      <DefaultButton iconProps={{ iconName: 'Delete' }} text={strings.DeletePost} onClick={() => setOpen(true)} />
      <Dialog
        hidden={!open}
        onDismiss={() => { if (!busy) setOpen(false); }}
        dialogContentProps={{ type: DialogType.normal, title: strings.DeletePostTitle, subText: format(strings.DeletePostText, props.post.title) }}
        modalProps={{ isBlocking: true }}
      >
        {problem && <ProblemMessage problem={problem} />}
        <DialogFooter>
          <DefaultButton text={strings.Cancel} onClick={() => setOpen(false)} disabled={busy} autoFocus />
          <PrimaryButton text={busy ? strings.DeletingPost : strings.DeletePostConfirm} onClick={() => { remove().catch(() => undefined); }} disabled={busy} />
        </DialogFooter>
      </Dialog>
    </>
  );
}
