import * as path from 'path';
import {
  AUDIENCES,
  CHANNELS,
  CONTENT_CATEGORIES,
  FREQUENCY_PERIODS,
  PART_FIELDS,
  PLAN_PARTS,
  PLAN_PURPOSES,
  REGIONS,
  WEB_PAGE_RELATIONS
} from '../../src/domain/plans/plan';
import { PLAN_PROBLEM_CODES } from '../../src/domain/plans/validation';
import { EVENT_KINDS, PLAN_STATES, ROLES, WORKFLOW_REASON_CODES } from '../../src/domain/plans/workflow';
import { LOCALES, readLoc } from '../../workbench/loc';

const root = path.resolve(__dirname, '../..');

/** Every id and code the domain can hand the user interface, as the loc key it is shown with. */
const KEYS: string[] = [
  ...PLAN_PROBLEM_CODES.map((c) => `Problem_${c}`),
  ...WORKFLOW_REASON_CODES.map((c) => `Reason_${c}`),
  'Reason_incomplete',
  ...PLAN_STATES.map((s) => `State_${s}`),
  ...EVENT_KINDS.map((k) => `Event_${k}`),
  ...EVENT_KINDS.filter((k) => k !== 'comment').map((k) => `Action_${k}`),
  'Action_comment',
  ...ROLES.map((r) => `Role_${r}`),
  ...PLAN_PARTS.map((p) => `Section_${p}`),
  ...PLAN_PARTS.flatMap((p) => (PART_FIELDS[p] as readonly string[]).map((f) => `Field_${f}`)),
  ...['person', 'position', 'scope', 'experience', 'amount', 'note'].map((c) => `Column_${c}`),
  ...REGIONS.map((r) => `Region_${r}`),
  ...PLAN_PURPOSES.map((p) => `Purpose_${p}`),
  ...AUDIENCES.map((a) => `Audience_${a}`),
  ...CONTENT_CATEGORIES.map((c) => `Category_${c}`),
  ...WEB_PAGE_RELATIONS.map((r) => `Relation_${r}`),
  ...FREQUENCY_PERIODS.map((p) => `Period_${p}`),
  // Brand names (Facebook, Instagram …) are not translated; these two are words.
  ...CHANNELS.filter((c) => c === 'blog' || c === 'other').map((c) => `Channel_${c}`)
];

test.each([...LOCALES])('%s translates every code and id of the plans domain', (locale) => {
  const strings = readLoc(root, 'planSubmissions', locale);
  expect(KEYS.filter((k) => typeof strings[k] !== 'string' || strings[k].trim() === '')).toEqual([]);
});
