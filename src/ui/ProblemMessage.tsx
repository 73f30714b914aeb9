import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Problem, ProblemKind } from '../data/errors';
import { useHub } from './HubContext';

export function problemText(kind: ProblemKind, common: IHubCommonStrings): string {
  switch (kind) {
    case 'throttled': return common.ErrorThrottled;
    case 'offline': return common.ErrorOffline;
    case 'accessDenied': return common.ErrorAccessDenied;
    case 'conflict': return common.ErrorConflict;
    case 'threshold': return common.ErrorThreshold;
    default: return common.ErrorUnknown;
  }
}

/** A translated explanation of a failed call, with a way to try again. */
export function ProblemMessage(props: { problem: Problem; onRetry?: () => void }): JSX.Element {
  const { common } = useHub();
  return (
    <MessageBar
      messageBarType={props.problem.kind === 'accessDenied' ? MessageBarType.blocked : MessageBarType.error}
      isMultiline
      actions={props.onRetry ? <DefaultButton onClick={props.onRetry}>{common.Retry}</DefaultButton> : undefined}
    >
      {problemText(props.problem.kind, common)}
    </MessageBar>
  );
}
