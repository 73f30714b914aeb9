/**
 * Seeds a new workbench site the way a real one would be filled: the directory has the demo
 * people, the site owner provisions the lists with the package's own code, the owner puts people
 * in groups, and each person writes their own content through the same services the apps use.
 * Everything goes through @pnp/sp over HTTP to the running workbench, so the seed exercises the
 * real request paths (and the permissions) rather than writing to the store behind them.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import { provision } from '../../src/lists/provision';
import type { Emulator } from '../emulator';
import { DEMO_ADMIN, DEMO_PEOPLE, loginOf } from './people';
import { seedFeed } from './feed';
import { seedTraining } from './training';
import { seedPlans } from './plans';
import { seedMissions } from './missions';

export type SpAs = (email: string) => SPFI;

export async function seedDemo(emulator: Emulator, siteUrl: string, now: Date = new Date()): Promise<string> {
  const spAs: SpAs = (email) => spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': loginOf(email) }));

  // The tenant's directory: people exist before they ever visit the site.
  for (const person of DEMO_PEOPLE) emulator.addUser({ email: person.email, title: person.title });

  const owner = spAs(DEMO_ADMIN.email);
  const report = await provision(owner);
  for (const person of DEMO_PEOPLE) {
    for (const group of person.groups) {
      await owner.web.siteGroups.getByName(group).users.add(loginOf(person.email));
    }
  }
  const content = [
    await seedMissions(owner),
    await seedTraining(spAs, DEMO_PEOPLE, now),
    await seedPlans(spAs, DEMO_PEOPLE, now),
    await seedFeed(spAs, DEMO_PEOPLE, now)
  ];
  return [`schema version ${report.toVersion}, ${report.changes.length} changes, ${DEMO_PEOPLE.length} people`, ...content].join('; ');
}
