/** The lists: my plans, the reviewers' queue with filters and counts, approved plans, and the channel map. */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { PlanSummary, QueueFilter, reviewerQueue, waitingSince } from '../../../domain/plans/queue';
import { PLAN_STATES, PlanState } from '../../../domain/plans/workflow';
import { ListingPage, PlanListing, PlansOverview, StateCount } from '../../../data/plans';
import { useHub } from '../../../ui/HubContext';
import { Loading } from '../../../ui/Loading';
import { format, plural } from '../../../ui/format';
import { channelLabel, dateTime, label, stateLabel, useNavigate, useText } from './text';
import { StatePill, daysSince } from './StatePill';
import { LightButton, Tabs, TEXT_BUTTON_STYLE } from '../../../ui/light';
import { stackedTableClass } from '../../../ui/narrow';
import { TableRegion } from '../../../ui/TableRegion';
import { Filters } from './Filters';
import { draftKey, readDraft } from './draftStore';
import { block, space, useLayout } from '../../../ui/layout';

// In the text's own colour (inherit, currentColor): nothing here depends on the theme.
const classes = mergeStyleSets({
  /** A column's header that sorts by it: looks like the header's text. */
  sortButton: {
    background: 'none',
    border: 0,
    padding: 0,
    color: 'inherit',
    font: 'inherit',
    fontWeight: 'inherit',
    cursor: 'pointer',
    textAlign: 'left'
  },
  /** The plan's title never squeezed to a word a line. */
  titleCell: { minWidth: '10em' },
  /** A plan's title that opens it. */
  openButton: TEXT_BUTTON_STYLE,
  showMore: { marginTop: space.s },
  // A step smaller than the date above it, whatever the table's text size.
  waited: { fontSize: '0.875em' },
  /** The counts by state, side by side. */
  counts: { display: 'flex', gap: space.s, flexWrap: 'wrap', listStyle: 'none', padding: 0 },
  /** A count that filters by its state; pressed, it has a thicker frame and bold text. */
  count: {
    font: 'inherit',
    color: 'inherit',
    background: 'none',
    cursor: 'pointer',
    padding: `${space.xs}px ${space.mNudge}px`,
    borderRadius: 4,
    border: '1px solid currentColor',
    fontWeight: 400,
    selectors: { '&[aria-pressed="true"]': { border: '2px solid currentColor', fontWeight: 700 } }
  },
  newPlan: { margin: block(space.m) },
  older: { margin: block(space.s) }
});

// The filters are the browser's own selects (under 1 KB gzip): they come with the tables, not a round trip after them.

/** Rows shown before "Show more", as a SharePoint list view shows 30 items a page (its default view setting). */
const PAGE = 30;

/** The domain's filters return the very rows they were given. */
const listings = (plans: readonly PlanSummary[]): PlanListing[] => plans as PlanListing[];

type SortKey = 'title' | 'embassy' | 'state' | 'when';

/**
 * The rows sorted by a column, as a Lists view sorts when its header is pressed: text in the
 * page's language's order, states in the order of the process, dates oldest first; ties keep the
 * server's order. Only the rows loaded are sorted (a server-paged list says how many are shown).
 */
function sortPlans(plans: readonly PlanListing[], sort: { key: SortKey; up: boolean }, locale: string, waiting?: boolean): PlanListing[] {
  const text = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const value = (p: PlanListing): string | number => {
    switch (sort.key) {
      case 'title':
        return p.title;
      case 'embassy':
        return p.embassy;
      case 'state':
        return PLAN_STATES.indexOf(p.state);
      default:
        return Date.parse((waiting ? waitingSince(p) : p.modified) || '') || 0;
    }
  };
  const order = plans.map((p, index) => ({ p, index, v: value(p) }));
  order.sort((a, b) => {
    const by = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : text.compare(String(a.v), String(b.v));
    return (sort.up ? by : -by) || a.index - b.index;
  });
  return order.map((o) => o.p);
}

/** `serverPaged`: the list pages on the server (a "load more" follows the table), so every loaded row is shown. */
export function PlanTable(props: {
  locale: string;
  plans: readonly PlanListing[];
  waiting?: boolean;
  caption: string;
  serverPaged?: boolean;
}): JSX.Element {
  const { locale, plans, waiting, caption, serverPaged } = props;
  const strings = useText();
  const navigate = useNavigate();
  const [page, setShown] = React.useState(PAGE);
  const [sort, setSort] = React.useState<{ key: SortKey; up: boolean } | undefined>();
  const shown = serverPaged ? plans.length : page;
  if (plans.length === 0) return <p>{waiting ? strings.QueueEmpty : strings.NothingYet}</p>;
  const when = waiting ? strings.WaitingSince.replace('{0}', '').trim() : strings.Column_updated;
  const columns: Array<[string, SortKey | undefined]> = [
    [strings.Column_plan, 'title'],
    [strings.Column_embassy, 'embassy'],
    [strings.Column_state, 'state'],
    [strings.Column_next, undefined],
    [strings.Column_channels, undefined],
    [when, 'when']
  ];
  const sorted = sort ? sortPlans(plans, sort, locale, waiting) : plans;
  return (
    <>
      {/* A list of cards in a narrow web part (src/ui/narrow); the title column never squeezed to a word a line. */}
      <TableRegion label={caption}>
        <table className={stackedTableClass}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map(([h, key]) => (
                <th key={h} scope="col" aria-sort={key && sort && sort.key === key ? (sort.up ? 'ascending' : 'descending') : undefined}>
                  {key ? (
                    <button
                      type="button"
                      onClick={() => setSort(sort && sort.key === key ? { key, up: !sort.up } : { key, up: true })}
                      className={classes.sortButton}
                    >
                      {h}
                      <span aria-hidden="true">
                        {'\u00a0'}
                        {sort && sort.key === key ? (sort.up ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    h
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, shown).map((p) => (
              <tr key={p.id}>
                <td data-primary="" className={classes.titleCell}>
                  <button type="button" onClick={() => navigate({ view: 'plan', planId: p.id })} className={classes.openButton}>
                    {p.title || '—'}
                  </button>
                </td>
                <td data-label={strings.Column_embassy}>{p.embassy}</td>
                <td data-label={strings.Column_state}>
                  <StatePill state={p.state} />
                </td>
                <td data-label={strings.Column_next}>{label(strings, 'Next_', p.state)}</td>
                <td data-label={strings.Column_channels}>{p.channels.map((c) => channelLabel(strings, c)).join(', ')}</td>
                <td data-label={when}>
                  {dateTime(locale, waiting ? waitingSince(p) : p.modified)}
                  {waiting && <Waited locale={locale} since={waitingSince(p)} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {plans.length > shown && <LightButton text={strings.ShowMore} onClick={() => setShown(page + PAGE)} className={classes.showMore} />}
    </>
  );
}

/** "3 days waiting" under the date: how long, not only since when. */
function Waited(props: { locale: string; since: string | null }): JSX.Element | null {
  const strings = useText();
  const days = daysSince(props.since);
  if (days === null) return null;
  return <div className={classes.waited}>{days === 0 ? strings.WaitingToday : plural(strings, 'DaysWaiting', props.locale, days)}</div>;
}

/** The counts act as filters, as a Lists view's pivot does: a count pressed shows only that state (pressed again, all). */
function Counts(props: {
  counts: Record<PlanState, StateCount>;
  filter: QueueFilter;
  onChange: (filter: QueueFilter) => void;
}): JSX.Element {
  const { counts, filter, onChange } = props;
  const strings = useText();
  const only = filter.states && filter.states.length === 1 ? filter.states[0] : undefined;
  return (
    <section aria-labelledby="ddh-plan-counts">
      <h3 id="ddh-plan-counts">{strings.CountsTitle}</h3>
      <ul className={classes.counts}>
        {PLAN_STATES.map((s) => (
          <li key={s}>
            <button
              type="button"
              aria-pressed={only === s}
              onClick={() => onChange({ ...filter, states: only === s ? [] : [s] })}
              className={classes.count}
            >
              {format(counts[s].capped ? strings.CountCapped : strings.CountLine, stateLabel(strings, s), counts[s].count)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A list the server pages: the rows so far, a "load more" button while a next page exists, and the count announced. */
function usePaged(
  first: ListingPage | undefined,
  more: (next: string) => Promise<ListingPage>
): { plans: PlanListing[]; next?: string; busy: boolean; error: boolean; load: () => void } {
  const [state, setState] = React.useState<{ plans: PlanListing[]; next?: string }>({
    plans: first ? first.plans : [],
    next: first && first.next
  });
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState(false);
  const load = (): void => {
    if (!state.next || busy) return;
    setBusy(true);
    setError(false);
    more(state.next)
      .then(
        (page) => {
          // A plan approved twice is listed once.
          const seen = new Set(state.plans.map((p) => p.id));
          setState({ plans: [...state.plans, ...page.plans.filter((p) => !seen.has(p.id))], next: page.next });
        },
        () => setError(true)
      )
      .finally(() => setBusy(false));
  };
  return { ...state, busy, error, load };
}

/** How many plans are shown, and a button for the server's next page while there is one. */
function LoadMore(props: { shown: number; next?: string; busy: boolean; error: boolean; onLoad: () => void }): JSX.Element {
  const { shown, next, busy, error, onLoad } = props;
  const strings = useText();
  const layout = useLayout();
  const { common, locale } = useHub();
  const count = plural(strings, next ? 'ShownCountMore' : 'ShownCount', locale, shown);
  return (
    <>
      <p role="status" aria-live="polite" className={layout.paragraph}>
        {busy ? strings.LoadingMore : error ? common.LoadFailed : count}
      </p>
      {next && <LightButton text={strings.LoadMore} disabled={busy} onClick={onLoad} />}
    </>
  );
}

/** With a filter set, the approved list searches the server (a lazy chunk: most visits never filter). */
const laterLists = (): Promise<typeof import('./LaterLists')> => import(/* webpackChunkName: 'ddh-plan-later' */ './LaterLists');
const ApprovedSearch = React.lazy(() => laterLists().then((m) => ({ default: m.ApprovedSearch })));

/** Plans from before the queue's window still waiting: looked for on request (a lazy chunk). */
const OlderQueue = React.lazy(() => laterLists().then((m) => ({ default: m.OlderQueue })));

/** What waits for this person ("For you"): a chunk of its own, after the first view. */
const ForYouPlans = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-plan-for-you' */ './ForYouPlans').then((m) => ({ default: m.ForYouPlans }))
);

/** A new plan this browser kept (rare): its offer is a chunk of its own. */
const UnsavedNewPlan = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-plan-unsaved' */ './UnsavedNewPlan').then((m) => ({ default: m.UnsavedNewPlan }))
);

/** The channel map is a tab of its own that most visits never open: its code loads when it is opened. */
const MapTab = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-plan-map' */ './ChannelMapTab').then((m) => ({ default: m.ChannelMapTab }))
);

export function Overview(props: { locale: string; overview: PlansOverview; openingTab?: string }): JSX.Element {
  const { locale, overview } = props;
  const strings = useText();
  const navigate = useNavigate();
  const { services } = useHub<'plans'>();
  // A new plan this browser kept and never saved: offered above "New plan" (its offer loads only then).
  const [kept] = React.useState(() =>
    overview.isAuthor ? readDraft(draftKey(overview.siteUrl, overview.me.loginName, 'new')) : undefined
  );
  const repository = services.plans.repository;
  const [queueFilter, setQueueFilter] = React.useState<QueueFilter>({});
  const [approvedFilter, setApprovedFilter] = React.useState<QueueFilter>({});
  const [older, setOlder] = React.useState(false);
  const inReview = overview.inReview.plans;
  const mine = usePaged(overview.mine, (next) => repository.moreMine(next, inReview));
  const approved = usePaged(overview.approved, (next) => repository.moreApproved(next, inReview));
  const filtering = Object.keys(approvedFilter).some(
    (k) => ((approvedFilter[k as keyof QueueFilter] as readonly string[] | undefined) || []).length > 0
  );
  return (
    <>
      <React.Suspense fallback={null}>
        <ForYouPlans locale={locale} overview={overview} mine={mine.plans} />
      </React.Suspense>
      <Tabs
        label={strings.Title}
        idPrefix="ddh-plans"
        initialKey={props.openingTab}
        tabs={[
          ...(overview.isAuthor || mine.plans.length > 0
            ? [
                {
                  key: 'mine',
                  title: strings.TabMine,
                  render: () => (
                    <>
                      {kept && (
                        <React.Suspense fallback={null}>
                          <UnsavedNewPlan locale={locale} overview={overview} kept={kept} />
                        </React.Suspense>
                      )}
                      {overview.isAuthor && (
                        <LightButton primary text={strings.NewPlan} onClick={() => navigate({ view: 'new' })} className={classes.newPlan} />
                      )}
                      <PlanTable locale={locale} plans={mine.plans} caption={strings.TabMine} serverPaged />
                      {mine.plans.length > 0 && (
                        <LoadMore shown={mine.plans.length} next={mine.next} busy={mine.busy} error={mine.error} onLoad={mine.load} />
                      )}
                    </>
                  )
                }
              ]
            : []),
          ...(overview.isReviewer
            ? [
                {
                  key: 'queue',
                  title: strings.TabQueue,
                  render: () => (
                    <>
                      <Filters plans={inReview} locale={locale} filter={queueFilter} onChange={setQueueFilter} withState />
                      <Counts counts={overview.inReview.counts} filter={queueFilter} onChange={setQueueFilter} />
                      {overview.inReview.since && <p>{format(strings.QueueSince, dateTime(locale, overview.inReview.since))}</p>}
                      <PlanTable
                        locale={locale}
                        plans={listings(reviewerQueue(inReview, queueFilter))}
                        waiting
                        caption={strings.TabQueue}
                      />
                      {older ? (
                        <React.Suspense fallback={<Loading label={strings.OlderSearching} />}>
                          <OlderQueue locale={locale} />
                        </React.Suspense>
                      ) : (
                        <LightButton text={strings.OlderShow} onClick={() => setOlder(true)} className={classes.older} />
                      )}
                    </>
                  )
                }
              ]
            : []),
          {
            key: 'approved',
            title: strings.TabApproved,
            render: () => (
              <>
                <Filters plans={approved.plans} locale={locale} filter={approvedFilter} onChange={setApprovedFilter} withState={false} />
                {filtering ? (
                  <React.Suspense fallback={<Loading label={strings.Searching} />}>
                    <ApprovedSearch locale={locale} filter={approvedFilter} inReview={inReview} />
                  </React.Suspense>
                ) : (
                  <>
                    <PlanTable locale={locale} plans={approved.plans} caption={strings.TabApproved} serverPaged />
                    <LoadMore
                      shown={approved.plans.length}
                      next={approved.next}
                      busy={approved.busy}
                      error={approved.error}
                      onLoad={approved.load}
                    />
                  </>
                )}
              </>
            )
          },
          {
            key: 'map',
            title: strings.TabMap,
            render: () => (
              <React.Suspense fallback={<Loading label={strings.LoadingView} />}>
                <MapTab locale={locale} />
              </React.Suspense>
            )
          }
        ]}
      />
    </>
  );
}
