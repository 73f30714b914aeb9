/**
 * The missions list (DDH Missions, schema v7) as the pickers use it: every mission, by name. A
 * small list the site's owners keep (about a hundred rows), read whole in one request, ordered by
 * name (docs/query-patterns.md row 15: a list far below the threshold). A site before v7 has no
 * such list: then there is nothing to offer and people type the name, as before.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Region } from '../domain/plans/plan';
import { REGIONS } from '../domain/plans/plan';
import { MISSION_FIELDS, MISSION_LIST } from '../lists/missionList';

export interface Mission {
  id: number;
  name: string;
  region?: Region;
  timeZone?: string;
}

/** At most this many missions are offered (the foreign service has about a hundred). */
export const MISSIONS_READ = 500;

interface MissionRow {
  Id: number;
  Title?: string;
  [field: string]: unknown;
}

export async function readMissions(sp: SPFI): Promise<Mission[]> {
  try {
    const rows = await sp.web.lists
      .getByTitle(MISSION_LIST.title)
      .items.select('Id', 'Title', MISSION_FIELDS.region, MISSION_FIELDS.timeZone)
      .orderBy('Title', true)
      .top(MISSIONS_READ)<MissionRow[]>();
    return rows
      .filter((r) => typeof r.Title === 'string' && r.Title.trim())
      .map((r) => {
        const region = r[MISSION_FIELDS.region];
        const zone = r[MISSION_FIELDS.timeZone];
        return {
          id: r.Id,
          name: (r.Title as string).trim(),
          region: typeof region === 'string' && (REGIONS as readonly string[]).indexOf(region) >= 0 ? (region as Region) : undefined,
          timeZone: typeof zone === 'string' && zone.trim() ? zone.trim() : undefined
        };
      });
  } catch (error) {
    if ((error as { status?: number }).status === 404) return [];
    throw error;
  }
}
