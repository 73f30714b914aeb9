/** The lists: my plans, the reviewers' queue with filters and counts, approved plans, and the channel map. */
import * as React from 'react';
import { CHANNELS } from '../../../domain/plans/plan';
import { ChannelMap, PlanSummary, QueueFilter, channelMap, countByState, filterPlans, reviewerQueue, waitingSince } from '../../../domain/plans/queue';
import { PLAN_STATES } from '../../../domain/plans/workflow';
import { PlanListing, PlansOverview } from '../../../data/plans';
import { Loading } from '../../../ui/Loading';
import { format } from '../../../ui/format';
import { Strings, channelLabel, dateTime, stateLabel } from './labels';
import { LightButton, Tabs } from '../../../ui/light';

// Fluent's Dropdown (with Callout, Panel and Checkbox) is the heaviest part of the overview: it loads after the tables.
const LazyFilters = React.lazy(() => import(/* webpackChunkName: 'ddh-plan-filters' */ './Filters').then((m) => ({ default: m.Filters })));
type FiltersProps = React.ComponentProps<typeof LazyFilters>;
function Filters(props: FiltersProps): JSX.Element {
  return <React.Suspense fallback={<Loading label={props.strings.LoadingView} />}><LazyFilters {...props} /></React.Suspense>;
}

const PAGE = 50;

/** The domain's filters return the very rows they were given. */
const listings = (plans: readonly PlanSummary[]): PlanListing[] => plans as PlanListing[];

function PlanTable(props: { strings: Strings; locale: string; plans: readonly PlanListing[]; onOpen: (id: number) => void; waiting?: boolean; caption: string }): JSX.Element {
  const { strings, locale, plans, onOpen, waiting, caption } = props;
  const [shown, setShown] = React.useState(PAGE);
  if (plans.length === 0) return <p>{waiting ? strings.QueueEmpty : strings.NothingYet}</p>;
  return (
    <>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
        <thead>
          <tr>
            {[strings.Column_plan, strings.Column_embassy, strings.Column_state, strings.Column_channels, waiting ? strings.WaitingSince.replace('{0}', '').trim() : strings.Column_updated]
              .map((h) => <th key={h} scope="col" style={{ textAlign: 'left', borderBottom: '1px solid currentColor', padding: 4 }}>{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {plans.slice(0, shown).map((p) => (
            <tr key={p.id}>
              <td style={{ padding: 4 }}>
                <button type="button" onClick={() => onOpen(p.id)} style={{ background: 'none', border: 0, padding: 0, color: 'inherit', textDecoration: 'underline', cursor: 'pointer', font: 'inherit', textAlign: 'left' }}>
                  {p.title || '—'}
                </button>
              </td>
              <td style={{ padding: 4 }}>{p.embassy}</td>
              <td style={{ padding: 4 }}>{stateLabel(strings, p.state)}</td>
              <td style={{ padding: 4 }}>{p.channels.map((c) => channelLabel(strings, c)).join(', ')}</td>
              <td style={{ padding: 4 }}>{dateTime(locale, waiting ? waitingSince(p) : p.modified)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plans.length > shown && <LightButton text={strings.ShowMore} onClick={() => setShown(shown + PAGE)} style={{ marginTop: 8 }} />}
    </>
  );
}

function Counts(props: { strings: Strings; plans: readonly PlanListing[] }): JSX.Element {
  const counts = countByState(props.plans);
  return (
    <section aria-labelledby="ddh-plan-counts">
      <h3 id="ddh-plan-counts">{props.strings.CountsTitle}</h3>
      <ul style={{ display: 'flex', gap: 16, flexWrap: 'wrap', listStyle: 'none', padding: 0 }}>
        {PLAN_STATES.map((s) => <li key={s}>{format(props.strings.CountLine, stateLabel(props.strings, s), counts[s])}</li>)}
      </ul>
    </section>
  );
}

function MapTable(props: { strings: Strings; map: ChannelMap }): JSX.Element {
  const { strings, map } = props;
  if (map.rows.length === 0) return <p>{strings.MapEmpty}</p>;
  const cell = (status: 'active' | 'dormant' | undefined): string => status === 'active' ? strings.MapActive : status === 'dormant' ? strings.MapDormant : strings.MapNone;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{strings.MapTitle}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', padding: 4 }}>{strings.Column_embassy}</th>
            {CHANNELS.map((c) => <th key={c} scope="col" style={{ textAlign: 'left', padding: 4 }}>{channelLabel(strings, c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((r) => (
            <tr key={r.embassy}>
              <th scope="row" style={{ textAlign: 'left', padding: 4 }}>{r.embassy}</th>
              {CHANNELS.map((c) => <td key={c} style={{ padding: 4, fontWeight: r.channels[c] ? 600 : 400 }}>{cell(r.channels[c])}</td>)}
            </tr>
          ))}
          <tr>
            <th scope="row" style={{ textAlign: 'left', padding: 4 }}>{strings.MapTotals}</th>
            {CHANNELS.map((c) => <td key={c} style={{ padding: 4 }}>{`${strings.MapActive} ${map.totals[c].active} / ${strings.MapDormant} ${map.totals[c].dormant}`}</td>)}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function Overview(props: { strings: Strings; locale: string; overview: PlansOverview; onOpen: (id: number) => void; onNew: () => void }): JSX.Element {
  const { strings, locale, overview, onOpen, onNew } = props;
  const [queueFilter, setQueueFilter] = React.useState<QueueFilter>({});
  const [approvedFilter, setApprovedFilter] = React.useState<QueueFilter>({});
  const mine = overview.plans.filter((p) => p.authorId === overview.me.id);
  const approved = overview.plans.filter((p) => p.state === 'approved' || p.state === 'archived');
  const withoutState = { ...queueFilter, states: [] };
  return (
    <Tabs label={strings.Title} idPrefix="ddh-plans" tabs={[
      ...((overview.isAuthor || mine.length > 0) ? [{
        key: 'mine', title: strings.TabMine, render: () => (
          <>
            {overview.isAuthor && <LightButton primary text={strings.NewPlan} onClick={onNew} style={{ margin: '12px 0' }} />}
            <PlanTable strings={strings} locale={locale} plans={mine} onOpen={onOpen} caption={strings.TabMine} />
          </>
        )
      }] : []),
      ...(overview.isReviewer ? [{
        key: 'queue', title: strings.TabQueue, render: () => (
          <>
            <Filters strings={strings} plans={overview.plans} locale={locale} filter={queueFilter} onChange={setQueueFilter} withState />
            <Counts strings={strings} plans={listings(filterPlans(overview.plans, withoutState))} />
            <PlanTable strings={strings} locale={locale} plans={listings(reviewerQueue(overview.plans, queueFilter))} onOpen={onOpen} waiting caption={strings.TabQueue} />
          </>
        )
      }] : []),
      {
        key: 'approved', title: strings.TabApproved, render: () => (
          <>
            <Filters strings={strings} plans={approved} locale={locale} filter={approvedFilter} onChange={setApprovedFilter} withState={false} />
            <PlanTable strings={strings} locale={locale} plans={listings(filterPlans(approved, approvedFilter))} onOpen={onOpen} caption={strings.TabApproved} />
          </>
        )
      },
      { key: 'map', title: strings.TabMap, render: () => <MapTable strings={strings} map={channelMap(overview.plans, locale)} /> }
    ]} />
  );
}
