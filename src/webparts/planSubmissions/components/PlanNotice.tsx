/**
 * The e-mail a submit or a decision owes (src/data/plans/notices.ts), on the plan page of the person
 * who acted: sent at once after the act (within a few minutes of it), and offered with a button
 * when it was not (a failed send, a tab closed in between). A failed send says so and that the
 * act itself is saved; sending again never repeats the act. Nothing shows when nothing is owed or
 * the page cannot send e-mail.
 */
import * as React from 'react';
import { OwedNotice, PlanDetail } from '../../../data/plans';
import { useHub } from '../../../ui/HubContext';
import { LightButton } from '../../../ui/light';
import { LightMessage } from '../../../ui/LightMessage';
import { useText } from './text';

/** An event this recent is the one just done here: its message goes without asking. */
const SEND_AT_ONCE_MS = 5 * 60 * 1000;

type State =
  | { kind: 'idle' }
  | { kind: 'owed'; notice: OwedNotice }
  | { kind: 'sending'; notice: OwedNotice }
  | { kind: 'failed'; notice: OwedNotice }
  | { kind: 'sent'; notice: OwedNotice };

export function PlanNotice(props: { detail: PlanDetail }): JSX.Element | null {
  const { detail } = props;
  const strings = useText();
  const { services } = useHub<'plans'>();
  const { notices, canSendMail } = services.plans;
  const [state, setState] = React.useState<State>({ kind: 'idle' });

  const send = React.useCallback(
    async (notice: OwedNotice): Promise<void> => {
      setState({ kind: 'sending', notice });
      try {
        await (await notices()).send(detail, notice, window.location.href.split('#')[0]);
        setState({ kind: 'sent', notice });
      } catch {
        setState({ kind: 'failed', notice });
      }
    },
    [notices, detail]
  );

  React.useEffect(() => {
    let live = true;
    if (!canSendMail) return undefined;
    notices()
      .then((loaded) => loaded.owed(detail))
      .then(
        (notice) => {
          if (!live || !notice) return;
          if (Date.now() - Date.parse(notice.at) < SEND_AT_ONCE_MS) send(notice).catch(() => undefined);
          else setState({ kind: 'owed', notice });
        },
        () => undefined
      );
    return () => {
      live = false;
    };
  }, [notices, canSendMail, detail, send]);

  if (state.kind === 'idle') return null;
  const toReviewers = state.notice.kind === 'submitted';
  if (state.kind === 'sent')
    return <LightMessage kind="success">{toReviewers ? strings.NoticeSentReviewers : strings.NoticeSentAuthor}</LightMessage>;
  if (state.kind === 'sending') return <LightMessage kind="info">{strings.NoticeSending}</LightMessage>;
  const notice = state.notice;
  return (
    <LightMessage
      kind="warning"
      actions={
        <LightButton
          text={strings.NoticeSend}
          onClick={() => {
            send(notice).catch(() => undefined);
          }}
        />
      }
    >
      {state.kind === 'failed' ? strings.NoticeFailed : toReviewers ? strings.NoticeOwedReviewers : strings.NoticeOwedAuthor}
    </LightMessage>
  );
}
