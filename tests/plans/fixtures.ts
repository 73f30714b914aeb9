/** A site provisioned with the suite's lists, with an embassy author, another embassy's author, a reviewer and staff. */
import { SPFI } from '@pnp/sp';
import { Plan, emptyPlan } from '../../src/domain/plans/plan';
import { createPlanServices, PlanListing, PlanServices } from '../../src/data/plans';
import { provision, schemaAt } from '../../src/lists/provision';
import { GROUPS } from '../../src/lists/types';
import { createTestSite, TestSite } from '../support/sp';

export interface PlanSite {
  site: TestSite;
  as: (who: Who) => PlanServices;
  sp: (who: Who) => SPFI;
  login: Record<Who, string>;
  id: Record<Who, number>;
}

export type Who = 'anna' | 'bo' | 'erik' | 'rita' | 'sam';

/** Every request one second after the one before, so events never share a timestamp. */
export function steppingClock(start = Date.UTC(2026, 2, 2, 8)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

/** `version`: set the site up as that schema version had it (to test upgrades). */
export async function createPlanSite(options: { version?: number } = {}): Promise<PlanSite> {
  const site = createTestSite({ now: steppingClock() });
  if (options.version) await provision(site.spAs(site.adminLogin), schemaAt(options.version), options.version);
  else await provision(site.spAs(site.adminLogin));
  const people: Record<Who, [string, string, string[]]> = {
    anna: ['anna.author@formin.example', 'Anna Author', [GROUPS.authors.title]],
    bo: ['bo.author@formin.example', 'Bo Author', [GROUPS.authors.title]],
    erik: ['erik.reviewer@formin.example', 'Erik Reviewer', [GROUPS.reviewers.title]],
    // A reviewer who also writes plans: she may never decide on her own.
    rita: ['rita.both@formin.example', 'Rita Both', [GROUPS.reviewers.title, GROUPS.authors.title]],
    sam: ['sam.staff@formin.example', 'Sam Staff', []]
  };
  const login = {} as Record<Who, string>;
  const id = {} as Record<Who, number>;
  (Object.keys(people) as Who[]).forEach((who) => {
    const [email, title, groups] = people[who];
    const user = site.addUser(email, title, 'Hub Members');
    groups.forEach((g) => site.emulator.addToGroup(g, user.loginName));
    login[who] = user.loginName;
    id[who] = user.id;
  });
  return { site, login, id, as: (who) => createPlanServices(site.spAs(login[who])), sp: (who) => site.spAs(login[who]) };
}

/** A plan that passes validation. */
export function completePlan(embassy = 'Tokyo'): Plan {
  const plan = emptyPlan();
  plan.identity = { title: `Facebook for ${embassy}`, embassy, region: 'asiaOceania' };
  plan.channels = { channels: ['facebook'], otherChannel: '', purpose: 'activeUse' };
  plan.audiences = {
    audiences: ['finnsInHostCountry', 'localPublic'],
    otherAudience: '',
    languages: ['fi', 'en', 'ja'],
    reasons: 'They read Facebook daily.'
  };
  plan.goals.goals = 'Country promotion and citizen services.';
  plan.content = {
    description: 'News, events and service notices.',
    categories: ['countryPromotion', 'events'],
    otherCategory: '',
    frequency: [{ channel: 'facebook', amount: 3, per: 'week', note: '' }],
    interaction: 'Comments answered on weekdays.'
  };
  plan.webPages = { relation: 'complements', details: '' };
  plan.people = {
    responsible: [
      {
        person: { id: 1, loginName: 'i:0#.f|membership|anna.author@formin.example', title: 'Anna Author' },
        position: 'Press counsellor',
        scope: ''
      }
    ],
    coordination: 'Weekly meeting.',
    updaters: [
      {
        person: { id: 2, loginName: 'i:0#.f|membership|bo.author@formin.example', title: 'Bo Author' },
        position: 'Assistant',
        scope: '',
        experience: 'Runs the embassy blog.'
      }
    ],
    continuity: 'Two people know the account; handover notes.',
    officeHoursOnly: true,
    publicNotice: 'This page is followed on weekdays 9–16.'
  };
  plan.metrics.metrics = 'Followers, reach and answered questions per month.';
  plan.background.background = 'Facebook is the most used service in Japan after LINE.';
  return plan;
}

/** What one page of a search cost: HTTP requests, and rows the emulator read. */
export interface PageCost {
  requests: number;
  rowsRead: number;
}

/**
 * Every page of a reviewer's search (the approved list's filters, older plans still waiting), as
 * a fresh reviewer pages it (who they are is read first, and the site's version with it): the
 * plans listed once each, and each page's cost. Fails after `maxPages` pages.
 */
export async function everySearchPage(
  s: PlanSite,
  search: (sp: SPFI, before?: string) => Promise<{ plans: PlanListing[]; next?: string }>,
  maxPages = 500
): Promise<{ ids: number[]; costs: PageCost[] }> {
  const repository = s.as('erik').repository;
  await repository.viewer();
  const ids: number[] = [];
  const costs: PageCost[] = [];
  let before: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const a = s.site.emulator.stats();
    const page = await repository.read((sp) => search(sp, before));
    const b = s.site.emulator.stats();
    costs.push({ requests: b.requests - a.requests, rowsRead: b.rowsRead - a.rowsRead });
    for (const p of page.plans) if (ids.indexOf(p.id) < 0) ids.push(p.id);
    if (!page.next) return { ids, costs };
    before = page.next;
  }
  throw new Error('the search did not end');
}
