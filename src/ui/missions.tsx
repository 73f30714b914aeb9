/**
 * The missions as suggestions for a text field (#12 items 2 and 5): the browser's own `<datalist>`,
 * which a text input names with `list`. It matches any part of a name as the person types ("Tok"
 * offers "Embassy of Finland, Tokyo"), works with the keyboard and screen readers, and still lets
 * a name not on the list be typed. The list loads once per page, after the view it serves.
 *
 * The mission a person last chose is kept in their browser per site, to start a new plan, a good
 * practice or a sign-up with it.
 */
import * as React from 'react';
import type { Mission } from '../data/missions';
import { useHub } from './HubContext';
import { readLocalCopy, writeLocalCopy } from './localCopy';

/**
 * The site's missions, once loaded (empty until then, and on a site without the list). `wanted`
 * false waits (a filter panel still closed: a first view reads nothing more than it needs).
 */
export function useMissions(wanted = true): Mission[] {
  const { services } = useHub();
  const [missions, setMissions] = React.useState<Mission[]>([]);
  React.useEffect(() => {
    let live = true;
    // A page built without the site's repository (a test's partial services) has no missions to offer.
    if (!services.site || !wanted) return undefined;
    services.site.missions().then(
      (found) => {
        if (live) setMissions(found);
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [services, wanted]);
  return missions;
}

/** `<datalist id>` of the missions' names; the text field that offers them sets `list={id}`. */
export function MissionOptions(props: { id: string; missions: readonly Mission[] }): JSX.Element {
  return (
    <datalist id={props.id}>
      {props.missions.map((m) => (
        <option key={m.id} value={m.name} />
      ))}
    </datalist>
  );
}

/** The missions as a field's suggestions, loading them itself: for a view that loads this file lazily (the feed's filters). */
export function MissionSuggestions(props: { id: string }): JSX.Element {
  return <MissionOptions id={props.id} missions={useMissions()} />;
}

/** The mission named exactly (ignoring case and spaces around it), if the list has it. */
export function missionNamed(missions: readonly Mission[], name: string): Mission | undefined {
  const wanted = name.trim().toLowerCase();
  return wanted ? missions.find((m) => m.name.toLowerCase() === wanted) : undefined;
}

interface LastMission {
  name: string;
}

/** One key per site and person, shared by the three web parts (the site's URL, or the page's host). */
function lastMissionKey(siteUrl: string, personId: number | string): string {
  const site = siteUrl ? siteUrl.toLowerCase() : typeof location !== 'undefined' ? location.host.toLowerCase() : 'site';
  return `ddh.lastMission|${site}|${personId}`;
}

/** The embassy or unit this person last chose on this site ('' when none), and a way to remember a new one. */
export function useLastMission(personId: number | string): { last: string; remember(name: string): void } {
  const { services } = useHub();
  const key = lastMissionKey(services.site ? services.site.url : '', personId);
  const last = React.useMemo(() => readLocalCopy<LastMission>(key, (v) => typeof v.name === 'string')?.name ?? '', [key]);
  const remember = React.useCallback(
    (name: string): void => {
      if (name.trim()) writeLocalCopy(key, { name: name.trim() });
    },
    [key]
  );
  return { last, remember };
}
