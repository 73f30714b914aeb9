/**
 * A plan's state as a coloured pill, as SharePoint lists show a choice column: the colour helps a
 * reviewer scan the queue, the words carry the meaning (never colour alone). The pill sets both its
 * colours, so it reads the same on light and dark themes; its border survives forced colours.
 */
import * as React from 'react';
import { IStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { space } from '../../../ui/layout';
import { PlanState } from '../../../domain/plans/workflow';
import { stateLabel, useText } from './text';

// Text on background at least 4.5:1 (WCAG 1.4.3) for each pair.
const COLOURS: Record<PlanState, { color: string; background: string }> = {
  draft: { color: '#323130', background: '#f3f2f1' },
  submitted: { color: '#004578', background: '#deecf9' },
  changesRequested: { color: '#6b3d00', background: '#fff4ce' },
  approved: { color: '#0b5a08', background: '#dff6dd' },
  archived: { color: '#3b3a39', background: '#e1dfdd' }
};

// Not the theme's colours on purpose: the pairs above are the pill's own, the same on every theme.
const pill = {
  display: 'inline-block',
  borderRadius: 12,
  // 1 px above and below: the pill stays as tall as the line around it.
  padding: `1px ${space.mNudge}px`,
  lineHeight: '1.5',
  // A step smaller than the text around it (a table cell, the plan's state line).
  fontSize: '0.875em',
  fontWeight: 600,
  whiteSpace: 'normal'
} as const;
const pillIn = (state: PlanState): IStyle => {
  const { color, background } = COLOURS[state];
  return [pill, { color, background, border: `1px solid ${color}` }];
};
const classes = mergeStyleSets({
  draft: pillIn('draft'),
  submitted: pillIn('submitted'),
  changesRequested: pillIn('changesRequested'),
  approved: pillIn('approved'),
  archived: pillIn('archived')
});

export function StatePill(props: { state: PlanState }): JSX.Element {
  const strings = useText();
  return (
    <span data-state={props.state} className={classes[props.state]}>
      {stateLabel(strings, props.state)}
    </span>
  );
}

/** Whole days since `since` (local midnight to midnight is not needed: a reviewer asks "how long", not "which day"). */
export function daysSince(since: string | null, now: number = Date.now()): number | null {
  if (!since) return null;
  const t = Date.parse(since);
  if (isNaN(t)) return null;
  return Math.max(0, Math.floor((now - t) / 86400000));
}
