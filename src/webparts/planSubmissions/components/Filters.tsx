/**
 * The queue's and the approved list's filters: the browser's own selects. In a narrow web part (a
 * phone, a narrow column) they wait behind a "Filters" button, as a list's filter pane does on
 * SharePoint's mobile views, so the plans come first instead of five selects.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { block, space } from '../../../ui/layout';
import { LightButton, LightSelect, useFieldId } from '../../../ui/light';
import { NARROW, whenNarrow } from '../../../ui/narrow';
import { CHANNELS, Channel, PLAN_PURPOSES, PlanPurpose, REGIONS, Region } from '../../../domain/plans/plan';
import { QueueFilter, embassiesOf } from '../../../domain/plans/queue';
import { PLAN_STATES, PlanState } from '../../../domain/plans/workflow';
import { PlanListing } from '../../../data/plans';
import { channelLabel, label, stateLabel, useText } from './text';

const classes = mergeStyleSets({
  /** Shown only in a narrow web part. */
  toggle: { display: 'none', margin: block(space.s, 0), selectors: { [NARROW]: { display: 'inline-flex' } } },
  /** The filters side by side, wrapping; in a narrow web part one under another, and only once opened. */
  filters: {
    display: 'flex',
    gap: space.m,
    flexWrap: 'wrap',
    margin: block(space.s),
    // The selector outside the query: merge-styles keeps a nested selector inside a container query only this way (narrow.ts).
    selectors: { '&:not([data-open])': whenNarrow({ display: 'none' }) }
  },
  /** One filter: wide enough for its longest choice's first words; the whole width when narrow. */
  filter: { minWidth: 180, selectors: { [NARROW]: { flex: '1 1 100%', minWidth: 0 } } }
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
  const [open, setOpen] = React.useState(false);
  const id = useFieldId();
  const active = Object.values(filter).filter((values) => Array.isArray(values) && values.length > 0).length;
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
    <>
      <LightButton
        icon="Filter"
        text={active > 0 ? `${strings.Filters} (${active})` : strings.Filters}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
        className={classes.toggle}
      />
      <div id={id} role="group" aria-label={strings.Filters} className={classes.filters} data-open={open ? '' : undefined}>
        {pick('embassies', strings.Filter_embassy, embassiesOf(plans, locale), (e) => e)}
        {pick<Region>('regions', strings.Filter_region, REGIONS, (r) => label(strings, 'Region_', r))}
        {pick<Channel>('channels', strings.Filter_channel, CHANNELS, (c) => channelLabel(strings, c))}
        {withState && pick<PlanState>('states', strings.Filter_state, PLAN_STATES, (s) => stateLabel(strings, s))}
        {pick<PlanPurpose>('purposes', strings.Filter_purpose, PLAN_PURPOSES, (p) => label(strings, 'Purpose_', p))}
      </div>
    </>
  );
}
