import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Problem } from '../data/errors';
import { useHub } from './HubContext';
import { problemText } from './problemText';

export { problemText } from './problemText';

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
