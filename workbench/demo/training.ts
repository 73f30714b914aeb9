/**
 * Demo content for the Training sessions web part, written the way real people would write it:
 * the training admin (HR staff development) creates the sessions through the same
 * TrainingService the app uses, staff sign themselves up, and the admin cancels one session and
 * marks attendance for one that has already taken place. Everything goes through @pnp/sp, so the
 * permissions, the unique keys and the arrival order are the server's.
 *
 * Times are written as Helsinki wall-clock times (the sessions are organised from Helsinki) and
 * spread over the coming weeks; a two-part course falls on both sides of the next EU summer-time
 * change, so its Helsinki time stays 10:00 while its UTC time (and an embassy's local time) moves.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { hasErrors, HELSINKI_TIME_ZONE, Person, Session, utcOffsetMinutes, validateSession, wallClock } from '../../src/domain/training';
import { StoredSession, TrainingService } from '../../src/data/training';
import { DemoPerson, loginOf } from './people';
import { TRAINING_LISTS } from '../../src/lists/trainingLists';
// Static, not through the services' lazy import: see attachmentWrites.ts on Node's ESM loader.
import { AttachmentWrites } from '../../src/data/attachmentWrites';
import { demoFile, demoPdf } from './documents';

const DAY_MS = 24 * 3600 * 1000;
const TRAINING_ADMINS = 'DDH Training Admins';
const MERIKASARMI = 'Ministry for Foreign Affairs, Merikasarmi, Laivastokatu 22, Helsinki – auditorium';
const KATAJANOKKA = 'Ministry for Foreign Affairs, Kanavakatu 3, Helsinki – meeting room K3';
const HEADS_OF_MISSION = 'Heads of mission meeting';
const teamsLink = (id: string): string => `https://teams.example/l/meetup-join/ddh-training-${id}`;

/** The instant at which Helsinki's clocks show the given date and time. */
export function helsinkiTime(year: number, month: number, day: number, hour: number, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - utcOffsetMinutes(new Date(wall), HELSINKI_TIME_ZONE) * 60000;
  instant = wall - utcOffsetMinutes(new Date(instant), HELSINKI_TIME_ZONE) * 60000;
  return new Date(instant);
}

/** `days` from now (moved on to Monday when it falls on a weekend), at a Helsinki time. */
function workday(now: Date, days: number, hour: number, minute = 0): Date {
  let date = new Date(now.getTime() + days * DAY_MS);
  for (;;) {
    const clock = wallClock(date, HELSINKI_TIME_ZONE);
    const weekday = new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return helsinkiTime(clock.year, clock.month, clock.day, hour, minute);
    date = new Date(date.getTime() + DAY_MS);
  }
}

/** The next EU clock change (last Sunday of March or October, 01:00 UTC) at least a week away. */
export function nextClockChange(now: Date): Date {
  const candidates: Date[] = [];
  const year = now.getUTCFullYear();
  for (const y of [year, year + 1]) {
    for (const month of [2, 9]) {
      const lastDay = new Date(Date.UTC(y, month + 1, 0));
      candidates.push(new Date(Date.UTC(y, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)));
    }
  }
  return candidates.filter((c) => c.getTime() > now.getTime() + 7 * DAY_MS).sort((a, b) => a.getTime() - b.getTime())[0];
}

/** A day relative to `anchor` (a clock change), at a Helsinki time. */
function around(anchor: Date, days: number, hour: number, minute = 0): Date {
  const clock = wallClock(new Date(anchor.getTime() + days * DAY_MS), HELSINKI_TIME_ZONE);
  return helsinkiTime(clock.year, clock.month, clock.day, hour, minute);
}

const hours = (start: Date, h: number): Date => new Date(start.getTime() + h * 3600000);

interface Plan {
  key: string;
  session: Omit<Session, 'id' | 'cancelled' | 'organiser'>;
  organiser?: string;
  /** E-mails of the staff who sign up, in the order they do. */
  signUps: string[];
}

function plans(now: Date): Plan[] {
  const past = workday(now, -12, 9, 30);
  const change = nextClockChange(now);
  const hom = workday(now, 20, 13);
  const full = workday(now, 9, 10);
  const course = (part: number, start: Date): Plan['session'] => ({
    title: `Social media basics for embassies, part ${part}/2`,
    description:
      part === 1
        ? "Channels, audiences and the ministry's social media guidelines; setting up a posting plan for an embassy."
        : 'Writing and visuals for each channel, answering comments, and measuring what worked. Note: Helsinki moves to summer time between the parts; the start stays 10:00 Helsinki time.',
    topic: 'socialMedia',
    audience: 'Embassy communication staff and local staff',
    start,
    end: hours(start, 2.5),
    place: KATAJANOKKA,
    onlineMeetingUrl: teamsLink(`basics-${part}`),
    capacity: 25,
    signUpDeadline: new Date(start.getTime() - 2 * DAY_MS),
    series: 'Social media basics for embassies'
  });
  return [
    {
      key: 'past',
      session: {
        title: 'Social media basics: getting started',
        description: "Introduction to the ministry's channels and guidelines.",
        topic: 'socialMedia',
        audience: 'New communication staff',
        start: past,
        end: hours(past, 2.5),
        place: MERIKASARMI,
        capacity: 12
      },
      signUps: ['aino.virtanen@formin.example', 'sofia.jarvinen@formin.example', 'mikko.nieminen@formin.example']
    },
    {
      key: 'full',
      session: {
        title: 'Teams online meetings: running a hybrid meeting',
        description:
          'Hands-on practice in small groups: lobby, breakout rooms, recording, and chairing a meeting with people in the room and online.',
        topic: 'onlineMeetings',
        audience: 'Assistants and meeting chairs',
        start: full,
        end: hours(full, 2),
        onlineMeetingUrl: teamsLink('hybrid'),
        capacity: 2,
        signUpDeadline: new Date(full.getTime() - DAY_MS)
      },
      signUps: [
        'aino.virtanen@formin.example',
        'lars.holmberg@formin.example',
        'grace.miller@formin.example',
        'mikko.nieminen@formin.example'
      ]
    },
    {
      key: 'crisis',
      organiser: 'erik.lindqvist@formin.example',
      session: {
        title: 'Crisis communication on social media',
        description:
          "What to post, and what not, in the first hours of a consular crisis; coordination with the ministry's duty officer and the web communications team.",
        topic: 'socialMedia',
        audience: 'Heads of mission and embassy communication staff',
        start: hom,
        end: hours(hom, 3),
        place: MERIKASARMI,
        onlineMeetingUrl: teamsLink('crisis'),
        capacity: 40,
        linkedEvent: HEADS_OF_MISSION
      },
      signUps: ['lars.holmberg@formin.example', 'grace.miller@formin.example']
    },
    {
      key: 'intranet',
      session: {
        title: 'Intranet collaboration tools: team sites, shared documents and the practice feed',
        description: 'How units and embassies share work on the intranet, and how to write a good-practice story.',
        topic: 'collaborationTools',
        audience: 'All staff',
        start: hours(hom, 24 - 3.5),
        end: hours(hom, 24 - 1.5),
        place: MERIKASARMI,
        onlineMeetingUrl: teamsLink('intranet'),
        capacity: 30,
        linkedEvent: HEADS_OF_MISSION
      },
      signUps: ['sofia.jarvinen@formin.example']
    },
    {
      key: 'analytics',
      session: {
        title: 'Reading social media analytics',
        description: "Reach, engagement and what the numbers in a social media plan's evaluation should say.",
        topic: 'socialMedia',
        audience: 'Embassy communication staff',
        start: workday(now, 5, 14),
        end: hours(workday(now, 5, 14), 2),
        onlineMeetingUrl: teamsLink('analytics'),
        capacity: 50
      },
      signUps: ['mikko.nieminen@formin.example']
    },
    {
      key: 'teams-basics',
      session: {
        title: 'Teams for embassies: channels, files and online meetings',
        description: 'A tour for new local staff.',
        topic: 'onlineMeetings',
        audience: 'Local staff',
        start: workday(now, 27, 9),
        end: hours(workday(now, 27, 9), 2),
        onlineMeetingUrl: teamsLink('teams-basics'),
        capacity: 20
      },
      signUps: []
    },
    {
      key: 'cancelled',
      session: {
        title: 'Intranet news for unit editors',
        description: 'Writing and publishing unit news on the intranet.',
        topic: 'collaborationTools',
        audience: 'Unit editors',
        start: workday(now, 14, 13),
        end: hours(workday(now, 14, 13), 2),
        place: KATAJANOKKA,
        capacity: 15
      },
      signUps: ['sofia.jarvinen@formin.example']
    },
    {
      key: 'basics-1',
      session: course(1, around(change, -3, 10)),
      signUps: ['aino.virtanen@formin.example', 'mikko.nieminen@formin.example']
    },
    { key: 'basics-2', session: course(2, around(change, 2, 10)), signUps: ['aino.virtanen@formin.example'] }
  ];
}

/**
 * Writes the demo sessions and sign-ups. `spAs(email)` is a PnPjs client acting as that person;
 * the people must already be in their groups (the training admin in DDH Training Admins).
 */
export async function seedTraining(spAs: (email: string) => SPFI, people: DemoPerson[], now: Date): Promise<string> {
  const admin = people.find((p) => p.groups.indexOf(TRAINING_ADMINS) >= 0);
  if (!admin) throw new Error(`seedTraining: nobody is in ${TRAINING_ADMINS}`);
  const hr = new TrainingService(spAs(admin.email));
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const organiserOf = async (email: string): Promise<Person> => {
    const user = await hr.people.ensure(loginOf(email));
    return { id: user.id, name: user.title, email: user.email };
  };
  const helmi = await organiserOf(admin.email);

  const created = new Map<string, StoredSession>();
  let signUps = 0;
  for (const plan of plans(now)) {
    const session: Session = {
      id: 0,
      cancelled: false,
      ...plan.session,
      organiser: plan.organiser ? await organiserOf(plan.organiser) : helmi
    };
    const issues = validateSession(session);
    if (hasErrors(issues)) throw new Error(`seedTraining: ${session.title}: ${issues.map((i) => i.code).join(', ')}`);
    const stored = await hr.sessions.create(session);
    created.set(plan.key, stored);
    // Staff sign themselves up. For the session that has already taken place, they did so two weeks before it.
    const signedAt = stored.session.start.getTime() < now.getTime() ? new Date(stored.session.start.getTime() - 14 * DAY_MS) : now;
    for (const email of plan.signUps) {
      const person = byEmail.get(email);
      if (!person) continue;
      const sp = spAs(email);
      const me = await sp.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>();
      const result = await new TrainingService(sp).registrations.signUp(
        stored,
        { id: me.Id, title: me.Title, email: me.Email },
        person.unit,
        signedAt
      );
      if (result.outcome === 'refused') throw new Error(`seedTraining: ${email} → ${session.title}: ${result.reason}`);
      signUps++;
    }
  }

  // The crisis session's handouts, attached by the admin.
  const crisis = created.get('crisis') as StoredSession;
  const handouts = new AttachmentWrites(spAs(admin.email), TRAINING_LISTS.sessions.title);
  await handouts.add(
    crisis.session.id,
    demoFile(
      'Crisis checklist.pdf',
      demoPdf('Crisis communication: the first hours', [
        '1. Check the facts with the duty officer before posting.',
        '2. Post the consular helpline number and where updates will come.',
        '3. Pin the post; answer questions in private messages.',
        '4. Tell the web communications team what was posted.'
      ])
    )
  );
  await handouts.add(
    crisis.session.id,
    demoFile(
      'Message templates fi-sv-en.pdf',
      demoPdf('Message templates', ['First message, update, all clear: in Finnish, Swedish and English.'])
    )
  );

  // The admin marks attendance of the past session, and cancels one session.
  const past = created.get('past') as StoredSession;
  const attended = await hr.registrations.forSession(past.session.id);
  for (const registration of attended) {
    await hr.registrations.markAttendance(registration, registration.person.email?.startsWith('mikko.') ? 'noShow' : 'attended');
  }
  const cancelled = created.get('cancelled') as StoredSession;
  await hr.sessions.cancel(cancelled.session.id, cancelled.etag);

  const full = created.get('full') as StoredSession;
  return `${created.size} training sessions, ${signUps} sign-ups ("${full.session.title}" full: 2 seats, 2 waiting; 1 past with attendance; 1 cancelled)`;
}
