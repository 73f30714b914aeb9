/**
 * The channel map tab: which embassies use which channels, actively or as a dormant crisis
 * profile, as a grid of marks read at a glance like a heat map — a filled mark for active use, a
 * dashed ring for a dormant profile, an empty cell for none — with a legend, and the words for
 * screen readers (and in forced colours the marks keep their shapes). A lazy chunk of the overview
 * (most visits never open this tab).
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { CHANNELS } from '../../../domain/plans/plan';
import { ChannelMap } from '../../../domain/plans/queue';
import { useHub } from '../../../ui/HubContext';
import { useLoad } from '../../../ui/useLoad';
import { Loading } from '../../../ui/Loading';
import { LightButton } from '../../../ui/light';
import { stackedTableClass } from '../../../ui/narrow';
import { TableRegion } from '../../../ui/TableRegion';
import { format } from '../../../ui/format';
import { channelLabel, dateTime, useText } from './text';
import { VISUALLY_HIDDEN } from '../../../ui/visuallyHidden';
import { space } from '../../../ui/layout';

// Nothing here follows the theme (the marks take its colour as an attribute): one set for every map.
const classes = mergeStyleSets({
  mark: { verticalAlign: 'middle' },
  /** The words behind a mark, for screen readers. */
  words: VISUALLY_HIDDEN,
  /** The legend above the map: a mark and its word, side by side. */
  legend: { display: 'flex', gap: space.l, flexWrap: 'wrap', alignItems: 'center' },
  // Positioned, so the words kept for screen readers (absolutely placed) stay inside the table's scrolling box.
  // Doubled ('&&') to outweigh the stacked table's own `th, td` alignment (src/ui/narrow).
  cell: { selectors: { '&&': { textAlign: 'center', position: 'relative' } } }
});

type Status = 'active' | 'dormant' | undefined;

/** A channel's mark: filled for active use, a dashed ring for a dormant crisis profile, nothing for none; its word for screen readers. */
function Mark(props: { status: Status; words: string; colour: string; size?: number }): JSX.Element {
  const { status, words, colour } = props;
  const size = props.size || 18;
  return (
    <>
      {status && (
        <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={classes.mark}>
          {status === 'active' ? (
            <circle cx={10} cy={10} r={8} fill={colour} stroke={colour} strokeWidth={1.5} />
          ) : (
            <circle cx={10} cy={10} r={7} fill="none" stroke={colour} strokeWidth={2} strokeDasharray="3 2.5" />
          )}
        </svg>
      )}
      <span className={classes.words}>{words}</span>
    </>
  );
}

function MapTable(props: { locale: string; map: ChannelMap }): JSX.Element {
  const { map } = props;
  const strings = useText();
  const theme = useTheme();
  const colour = theme.palette.themePrimary;
  if (map.rows.length === 0) return <p>{strings.MapEmpty}</p>;
  // The map reads the newest approvals only (MAP_APPROVALS): when older ones were left out, it says from when it counts.
  const since = map.since ? <p>{format(strings.MapSince, dateTime(props.locale, map.since))}</p> : null;
  const words = (status: Status): string =>
    status === 'active' ? strings.MapActive : status === 'dormant' ? strings.MapDormant : strings.MapNone;
  return (
    // A grid of embassies by channels; a card per embassy in a narrow web part (src/ui/narrow).
    <>
      {since}
      <p aria-hidden="true" className={classes.legend}>
        <span>
          <Mark status="active" words="" colour={colour} /> {strings.MapActive}
        </span>
        <span>
          <Mark status="dormant" words="" colour={colour} /> {strings.MapDormant}
        </span>
      </p>
      <TableRegion label={strings.MapTitle}>
        <table className={stackedTableClass}>
          <caption>{strings.MapTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.Column_embassy}</th>
              {CHANNELS.map((c) => (
                <th key={c} scope="col" className={classes.cell}>
                  {channelLabel(strings, c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((r) => (
              <tr key={r.embassy}>
                <th scope="row" data-primary="">
                  {r.embassy}
                </th>
                {CHANNELS.map((c) => (
                  <td key={c} data-label={channelLabel(strings, c)} className={classes.cell}>
                    <Mark status={r.channels[c]} words={words(r.channels[c])} colour={colour} />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" data-primary="">
                {strings.MapTotals}
              </th>
              {CHANNELS.map((c) => (
                <td key={c} data-label={channelLabel(strings, c)} className={classes.cell}>
                  <span aria-hidden="true">
                    {map.totals[c].active} <Mark status="active" words="" colour={colour} size={12} />
                    {'  '}
                    {map.totals[c].dormant} <Mark status="dormant" words="" colour={colour} size={12} />
                  </span>
                  <span
                    className={classes.words}
                  >{`${strings.MapActive} ${map.totals[c].active} / ${strings.MapDormant} ${map.totals[c].dormant}`}</span>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}

export function ChannelMapTab(props: { locale: string }): JSX.Element {
  const { services, common } = useHub<'plans'>();
  const strings = useText();
  const [map, retry] = useLoad(() => services.plans.repository.channelMap(props.locale), [services, props.locale]);
  if (map.status === 'loading') return <Loading label={strings.LoadingView} />;
  if (map.status === 'failed')
    return (
      <p role="alert">
        {common.LoadFailed} <LightButton text={common.Retry} onClick={retry} />
      </p>
    );
  return <MapTable locale={props.locale} map={map.value} />;
}
