import * as React from 'react';
import { Problem } from '../../../../data/errors';
import { useHub } from '../../../../ui/HubContext';
import { LightButton } from '../../../../ui/light';
import { problemText } from '../../../../ui/problemText';
import { Notice } from './Notice';

/**
 * The training views' ProblemMessage: the same translated explanation and "Try again" as
 * src/ui/ProblemMessage, on the light Notice and button instead of Fluent's MessageBar and button.
 */
export function ProblemNotice(props: { problem: Problem; onRetry?: () => void }): JSX.Element {
  const { common } = useHub();
  return (
    <Notice
      kind={props.problem.kind === 'accessDenied' ? 'blocked' : 'error'}
      actions={props.onRetry ? <LightButton text={common.Retry} onClick={props.onRetry} /> : undefined}
    >
      {problemText(props.problem.kind, common)}
    </Notice>
  );
}
