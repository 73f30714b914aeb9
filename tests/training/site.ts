/** A provisioned test site with a training admin and staff members, and services acting as each. */
import { Session } from '../../src/domain/training';
import { provision } from '../../src/lists/provision';
import { GROUPS } from '../../src/lists/types';
import { TrainingService, StoredSession } from '../../src/data/training';
import { createTestSite, TestSite } from '../support/sp';
import type { EmulatorOptions } from '../../workbench/emulator';

export const MEMBERS = 'Hub Members';

export interface Person {
  id: number;
  loginName: string;
  title: string;
  email: string;
  training: TrainingService;
}

export interface TrainingSite {
  site: TestSite;
  admin: Person;
  member(n: number): Person;
  /** A new session, created by the admin through the repository. */
  newSession(overrides?: Partial<Session>): Promise<StoredSession>;
}

export function baseSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 0,
    title: 'Social media basics',
    description: 'Channels, etiquette and crisis communication.',
    topic: 'socialMedia',
    audience: 'Embassy communication teams',
    start: new Date('2030-03-10T08:00:00Z'),
    end: new Date('2030-03-10T10:30:00Z'),
    place: 'Meeting room Merikatu 2',
    onlineMeetingUrl: 'https://teams.example.test/l/meetup-join/abc',
    capacity: 10,
    signUpDeadline: new Date('2030-03-08T15:00:00Z'),
    linkedEvent: 'Heads of mission meeting',
    cancelled: false,
    ...overrides
  };
}

/** `options`: the emulator's, e.g. its clock (`now`), which sets every row's Created. */
export async function createTrainingSite(options: Partial<EmulatorOptions> = {}): Promise<TrainingSite> {
  const site = createTestSite(options);
  await provision(site.spAs(site.adminLogin));
  const make = (email: string, title: string, group: string): Person => {
    const user = site.addUser(email, title, group);
    return { ...user, title, email, training: new TrainingService(site.spAs(user.loginName)) };
  };
  const admin = make('hr.admin@contoso.onmicrosoft.com', 'Helena HR', GROUPS.trainingAdmins.title);
  const members = new Map<number, Person>();
  return {
    site,
    admin,
    member(n: number): Person {
      let person = members.get(n);
      if (!person) {
        person = make(`staff${n}@contoso.onmicrosoft.com`, `Staff Member ${n}`, MEMBERS);
        members.set(n, person);
      }
      return person;
    },
    newSession: (overrides = {}) =>
      admin.training.sessions.create(baseSession({ organiser: { id: admin.id, name: admin.title, email: admin.email }, ...overrides }))
  };
}
