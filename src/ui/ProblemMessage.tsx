import * as React from 'react';
import { Problem, shortCorrelationId } from '../data/errors';
import { format } from './format';
import { useHub } from './HubContext';
import { LightButton } from './lightButton';
import { LightMessage } from './LightMessage';
import { problemText } from './problemText';

export { problemText } from './problemText';

/**
 * A translated explanation of a failed call (an alert), with a way to try again: on the light
 * message and button, so a view that shows it does not load Fluent's MessageBar and buttons.
 */
export function ProblemMessage(props: { problem: Problem; onRetry?: () => void }): JSX.Element {
  const { common } = useHub();
  return (
    <LightMessage
      kind={props.problem.kind === 'accessDenied' ? 'blocked' : 'error'}
      actions={props.onRetry ? <LightButton text={common.Retry} onClick={props.onRetry} /> : undefined}
    >
      {problemText(props.problem.kind, common)}
      {props.problem.correlationId && <span> {format(common.ErrorReference, shortCorrelationId(props.problem.correlationId))}</span>}
    </LightMessage>
  );
}
