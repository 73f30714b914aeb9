/**
 * The channel map tab: which embassies use which channels, actively or as a dormant crisis
 * profile. A lazy chunk of the overview (most visits never open this tab).
 */
import * as React from 'react';
import { CHANNELS } from '../../../domain/plans/plan';
import { ChannelMap } from '../../../domain/plans/queue';
import { useHub } from '../../../ui/HubContext';
import { useLoad } from '../../../ui/useLoad';
import { Loading } from '../../../ui/Loading';
import { LightButton } from '../../../ui/light';
import { stackedTableClass } from '../../../ui/narrow';
import { TableRegion } from '../../../ui/TableRegion';
import { format } from '../../../ui/format';
import { Strings, channelLabel, dateTime } from './labels';

function MapTable(props: { strings: Strings; locale: string; map: ChannelMap }): JSX.Element {
  const { strings, map } = props;
  if (map.rows.length === 0) return <p>{strings.MapEmpty}</p>;
  // The map reads the newest approvals only (MAP_APPROVALS): when older ones were left out, it says from when it counts.
  const since = map.since ? <p>{format(strings.MapSince, dateTime(props.locale, map.since))}</p> : null;
  const cell = (status: 'active' | 'dormant' | undefined): string => status === 'active' ? strings.MapActive : status === 'dormant' ? strings.MapDormant : strings.MapNone;
  return (
    // A grid of embassies by channels; a card per embassy in a narrow web part (src/ui/narrow).
    <>
      {since}
      <TableRegion label={strings.MapTitle}>
      <table className={stackedTableClass}>
        <caption>{strings.MapTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.Column_embassy}</th>
            {CHANNELS.map((c) => <th key={c} scope="col">{channelLabel(strings, c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((r) => (
            <tr key={r.embassy}>
              <th scope="row" data-primary="">{r.embassy}</th>
              {CHANNELS.map((c) => <td key={c} data-label={channelLabel(strings, c)} style={{ fontWeight: r.channels[c] ? 600 : 400 }}>{cell(r.channels[c])}</td>)}
            </tr>
          ))}
          <tr>
            <th scope="row" data-primary="">{strings.MapTotals}</th>
            {CHANNELS.map((c) => <td key={c} data-label={channelLabel(strings, c)}>{`${strings.MapActive} ${map.totals[c].active} / ${strings.MapDormant} ${map.totals[c].dormant}`}</td>)}
          </tr>
        </tbody>
      </table>
      </TableRegion>
    </>
  );
}

export function ChannelMapTab(props: { strings: Strings; locale: string }): JSX.Element {
  const { services, common } = useHub();
  const [map, retry] = useLoad(() => services.plans.repository.channelMap(props.locale), [services, props.locale]);
  if (map.status === 'loading') return <Loading label={props.strings.LoadingView} />;
  if (map.status === 'failed') return <p role="alert">{common.LoadFailed} <LightButton text={common.Retry} onClick={retry} /></p>;
  return <MapTable strings={props.strings} locale={props.locale} map={map.value} />;
}
