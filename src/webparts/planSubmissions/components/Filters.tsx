/** The queue's and the approved list's filters: the browser's own selects, loaded after the overview's first view. */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { block, space } from '../../../ui/layout';
import { LightSelect } from '../../../ui/light';
import { CHANNELS, Channel, PLAN_PURPOSES, PlanPurpose, REGIONS, Region } from '../../../domain/plans/plan';
import { QueueFilter, embassiesOf } from '../../../domain/plans/queue';
import { PLAN_STATES, PlanState } from '../../../domain/plans/workflow';
import { PlanListing } from '../../../data/plans';
import { channelLabel, label, stateLabel, useText } from './text';

const classes = mergeStyleSets({
  /** The filters side by side, wrapping in a narrow web part. */
  filters: { display: 'flex', gap: space.m, flexWrap: 'wrap', margin: block(space.s) },
  /** One filter: wide enough for its longest choice's first words. */
  filter: { minWidth: 180 }
});

export function Filters(props: {
  plans: readonly PlanListing[];
  locale: string;
  filter: QueueFilter;
  onChange: (f: QueueFilter) => void;
  withState: boolean;
}): JSX.Element {
  const { plans, locale, filter, onChange, withState } = props;
  const strings = useText();
  const any = { key: '', text: strings.Filter_any };
  const pick = <T extends string>(name: keyof QueueFilter, title: string, values: readonly T[], text: (v: T) => string): JSX.Element => (
    <div className={classes.filter}>
      <LightSelect
        label={title}
        value={((filter[name] as readonly string[] | undefined) || [])[0] || ''}
        options={[any, ...values.map((v) => ({ key: v, text: text(v) }))]}
        onChange={(value) => onChange({ ...filter, [name]: value !== '' ? [value] : [] })}
      />
    </div>
  );
  return (
    <div role="group" aria-label={strings.Filters} className={classes.filters}>
      {pick('embassies', strings.Filter_embassy, embassiesOf(plans, locale), (e) => e)}
      {pick<Region>('regions', strings.Filter_region, REGIONS, (r) => label(strings, 'Region_', r))}
      {pick<Channel>('channels', strings.Filter_channel, CHANNELS, (c) => channelLabel(strings, c))}
      {withState && pick<PlanState>('states', strings.Filter_state, PLAN_STATES, (s) => stateLabel(strings, s))}
      {pick<PlanPurpose>('purposes', strings.Filter_purpose, PLAN_PURPOSES, (p) => label(strings, 'Purpose_', p))}
    </div>
  );
}
