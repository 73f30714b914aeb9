/**
 * What a plan page shows of a plan, shared by the web part's plan page and the list's Display /
 * Edit form: once submitted, the submitted round (not later edits made through REST), the changes
 * of the last round, and the heading with the plan's state.
 */
import * as React from 'react';
import { Plan } from '../../../domain/plans/plan';
import { SectionChange, diffRounds } from '../../../domain/plans/review';
import type { PlanDetail } from '../../../data/plans';
import { format } from '../../../ui/format';
import { LightMessage } from '../../../ui/LightMessage';
import { stateLabel, useText } from './text';

export interface PlanReading {
  /** The plan as read and decided on: the submitted round unless the viewer may still edit it. */
  shown: Plan;
  /** What the last round changed against the one before (empty before a second round). */
  changes: SectionChange[];
}

export function planReading(detail: PlanDetail): PlanReading {
  const rounds = detail.rounds;
  const editable = detail.actions.indexOf('edit') >= 0;
  return {
    shown: !editable && rounds.length > 0 ? rounds[rounds.length - 1].snapshot : detail.plan,
    changes: rounds.length >= 2 ? diffRounds(rounds[rounds.length - 2].snapshot, rounds[rounds.length - 1].snapshot) : []
  };
}

/** The plan's title (labelling its article by `titleId`), state, round and embassy, and a warning if its content changed after submitting. */
export function PlanHeading(props: { detail: PlanDetail; shown: Plan; titleId: string }): JSX.Element {
  const { detail, shown, titleId } = props;
  const strings = useText();
  const derived = detail.derived;
  return (
    <>
      <h2 id={titleId}>{shown.identity.title || '—'}</h2>
      <p>
        <strong>{format(strings.StateLine, stateLabel(strings, derived.state))}</strong>
        {derived.round > 0 && <> · {format(strings.RoundLine, derived.round)}</>}
        {' · '}
        {shown.identity.embassy}
      </p>
      {derived.contentChangedAfterSubmit && <LightMessage kind="warning">{strings.ChangedAfterSubmit}</LightMessage>}
    </>
  );
}
