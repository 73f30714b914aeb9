/**
 * Demo missions for DDH Missions: a sample of the foreign service's embassies, permanent missions
 * and ministry units, with region and time zone, added by the site owner as an admin would. The
 * demo people's units are among them, so the pickers offer what the demo plans and posts use.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { Region } from '../../src/domain/plans/plan';
import { MISSION_FIELDS, MISSION_LIST } from '../../src/lists/missionList';

export const DEMO_MISSIONS: ReadonlyArray<{ name: string; region: Region; timeZone: string }> = [
  { name: 'Embassy of Finland, Bangkok', region: 'asiaOceania', timeZone: 'Asia/Bangkok' },
  { name: 'Embassy of Finland, Beijing', region: 'asiaOceania', timeZone: 'Asia/Shanghai' },
  { name: 'Embassy of Finland, Berlin', region: 'europe', timeZone: 'Europe/Berlin' },
  { name: 'Embassy of Finland, Brasília', region: 'americas', timeZone: 'America/Sao_Paulo' },
  { name: 'Embassy of Finland, Cairo', region: 'africaMiddleEast', timeZone: 'Africa/Cairo' },
  { name: 'Embassy of Finland, Canberra', region: 'asiaOceania', timeZone: 'Australia/Sydney' },
  { name: 'Embassy of Finland, London', region: 'europe', timeZone: 'Europe/London' },
  { name: 'Embassy of Finland, Nairobi', region: 'africaMiddleEast', timeZone: 'Africa/Nairobi' },
  { name: 'Embassy of Finland, New Delhi', region: 'asiaOceania', timeZone: 'Asia/Kolkata' },
  { name: 'Embassy of Finland, Oslo', region: 'europe', timeZone: 'Europe/Oslo' },
  { name: 'Embassy of Finland, Stockholm', region: 'europe', timeZone: 'Europe/Stockholm' },
  { name: 'Embassy of Finland, Tallinn', region: 'europe', timeZone: 'Europe/Tallinn' },
  { name: 'Embassy of Finland, Tokyo', region: 'asiaOceania', timeZone: 'Asia/Tokyo' },
  { name: 'Embassy of Finland, Washington', region: 'americas', timeZone: 'America/New_York' },
  { name: 'Embassy of Finland, Astana', region: 'russiaEasternEuropeCentralAsia', timeZone: 'Asia/Almaty' },
  { name: 'Permanent Mission of Finland to the EU, Brussels', region: 'multilateral', timeZone: 'Europe/Brussels' },
  { name: 'Permanent Mission of Finland to the UN, New York', region: 'multilateral', timeZone: 'America/New_York' },
  { name: 'Permanent Mission of Finland, Geneva', region: 'multilateral', timeZone: 'Europe/Zurich' },
  { name: 'Department for Communications', region: 'europe', timeZone: 'Europe/Helsinki' },
  { name: 'Department for Europe', region: 'europe', timeZone: 'Europe/Helsinki' }
];

/** Adds the demo missions in one $batch, as the site's owner. */
export async function seedMissions(owner: SPFI): Promise<string> {
  const [batched, execute] = owner.batched();
  const adds = DEMO_MISSIONS.map((m) =>
    batched.web.lists
      .getByTitle(MISSION_LIST.title)
      .items.add({ Title: m.name, [MISSION_FIELDS.region]: m.region, [MISSION_FIELDS.timeZone]: m.timeZone })
  );
  await execute();
  await Promise.all(adds);
  return `${DEMO_MISSIONS.length} missions`;
}
