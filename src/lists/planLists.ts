import * as PlanRules from '../domain/plans/plan';
import { PLAN_STATES } from '../domain/plans/workflow';
import { ListSpec, staffRead } from './types';

const DECISIONS = ['comment', 'requestChanges', 'approve', 'sendStartupInstructions'] as const;

export type PlanListKey = 'plans' | 'planRounds' | 'planReviews';

export const PLAN_LISTS: Record<PlanListKey, ListSpec> = {
  // Plan submissions. Plans are readable by all staff (transparency between embassies);
  // authors edit only their own. Decisions live in Reviews, where only reviewers can write.
  plans: {
    title: 'DDH Plans',
    description: 'Social media communication plans of embassies.',
    readSecurity: 1, writeSecurity: 2,
    roles: [...staffRead, { group: 'authors', role: 'contribute' }],
    fields: [
      { name: 'Embassy', kind: 'Text', required: true, maxLength: 120, indexed: true },
      { name: 'Region', kind: 'Choice', choices: PlanRules.REGIONS, indexed: true },
      { name: 'Channels', kind: 'MultiChoice', choices: PlanRules.CHANNELS },
      { name: 'Purpose', kind: 'Choice', choices: PlanRules.PLAN_PURPOSES, indexed: true },
      { name: 'PlanState', kind: 'Choice', choices: PLAN_STATES, required: true, indexed: true },
      { name: 'Round', kind: 'Number' },
      { name: 'SubmittedAt', kind: 'DateTime', indexed: true },
      { name: 'PlanContent', kind: 'Note' },
      { name: 'ArchiveReference', kind: 'Text', maxLength: 100 },
      { name: 'ArchivedAt', kind: 'DateTime' }
    ]
  },
  planRounds: {
    title: 'DDH Plan Rounds',
    description: 'What an embassy submitted in each round: the content reviewers decide on.',
    readSecurity: 1, writeSecurity: 2,
    roles: [...staffRead, { group: 'authors', role: 'contribute' }],
    fields: [
      { name: 'Plan', kind: 'Lookup', lookupList: 'plans', required: true, indexed: true },
      { name: 'Round', kind: 'Number', required: true },
      { name: 'Snapshot', kind: 'Note', required: true },
      { name: 'Comment', kind: 'Note' }
    ]
  },
  planReviews: {
    title: 'DDH Plan Reviews',
    description: 'Reviewers\' comments and decisions on plans. Only reviewers can write here.',
    readSecurity: 1, writeSecurity: 2,
    roles: [...staffRead, { group: 'reviewers', role: 'contribute' }],
    fields: [
      { name: 'Plan', kind: 'Lookup', lookupList: 'plans', required: true, indexed: true },
      { name: 'Round', kind: 'Number', required: true },
      { name: 'Decision', kind: 'Choice', choices: DECISIONS, required: true, indexed: true },
      { name: 'Section', kind: 'Text', maxLength: 40 },
      { name: 'Comment', kind: 'Note', required: true }
    ]
  },
};
