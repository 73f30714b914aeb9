/**
 * DDH Missions (schema v7): the foreign service's missions — embassies, consulates, permanent
 * missions and the ministry's own units — with their region and time zone, kept by the site's
 * owners. People choose their embassy or unit from it (the plan's embassy, a good practice's unit,
 * the unit of a sign-up) instead of typing it each time, so the same mission is written the same
 * way everywhere and a filter finds it. Staff read it; a name not on the list may still be typed.
 */
import { REGIONS } from '../domain/plans/plan';
import { ListSpec, staffRead } from './types';

export const MISSION_FIELDS = {
  region: 'Region',
  /** IANA time zone, e.g. "Asia/Tokyo": the mission's local time. */
  timeZone: 'TimeZone'
} as const;

export const MISSION_LIST: ListSpec = {
  title: 'DDH Missions',
  description: 'The missions of the foreign service (embassies, consulates, permanent missions, units) with region and time zone.',
  readSecurity: 1,
  writeSecurity: 1,
  roles: staffRead,
  since: 7,
  fields: [
    { name: MISSION_FIELDS.region, kind: 'Choice', choices: REGIONS },
    { name: MISSION_FIELDS.timeZone, kind: 'Text', maxLength: 64 }
  ]
};
