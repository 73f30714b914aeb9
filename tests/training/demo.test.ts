/** @jest-environment node */
import '@pnp/sp/site-groups';
import { allocateSeats, HELSINKI_TIME_ZONE, utcOffsetMinutes, wallClock } from '../../src/domain/training';
import { provision } from '../../src/lists/provision';
import { TrainingService } from '../../src/data/training';
import { DEMO_ADMIN, DEMO_PEOPLE, loginOf } from '../../workbench/demo/people';
import { helsinkiTime, nextClockChange, seedTraining } from '../../workbench/demo/training';
import { createTestSite } from '../support/sp';

const NOW = new Date('2026-11-25T08:00:00Z');

describe('demo training content', () => {
  test('Helsinki wall-clock times and the next clock change', () => {
    expect(helsinkiTime(2027, 3, 25, 10).toISOString()).toBe('2027-03-25T08:00:00.000Z'); // EET, UTC+2
    expect(helsinkiTime(2027, 3, 30, 10).toISOString()).toBe('2027-03-30T07:00:00.000Z'); // EEST, UTC+3
    expect(nextClockChange(NOW).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(nextClockChange(new Date('2027-10-28T00:00:00Z')).toISOString()).toBe('2028-03-26T01:00:00.000Z');
  });

  test('seeded through the repositories as the right people: a full session has 2 seats taken and 2 waiting', async () => {
    // The server's clock (Created) runs from NOW too: a sign-up's place depends on when the server got it.
    const started = Date.now();
    const site = createTestSite({ admin: DEMO_ADMIN, now: () => new Date(NOW.getTime() + Date.now() - started) });
    const spAs = (email: string) => site.spAs(loginOf(email));
    const owner = spAs(DEMO_ADMIN.email);
    await provision(owner);
    for (const person of DEMO_PEOPLE) {
      site.emulator.addUser({ email: person.email, title: person.title });
      for (const group of person.groups) await owner.web.siteGroups.getByName(group).users.add(loginOf(person.email));
    }

    const summary = await seedTraining(spAs, DEMO_PEOPLE, NOW);
    expect(summary).toMatch(/^9 training sessions, \d+ sign-ups/);

    // What a member of staff sees first: one round trip, every session with its seats.
    const sofia = new TrainingService(spAs('sofia.jarvinen@formin.example'));
    const first = await sofia.firstView(NOW);
    expect(first.fallback).toEqual([]);
    const titles = first.upcoming.rows.map((s) => s.session.title);
    expect(titles).toHaveLength(8);
    const full = first.upcoming.rows.find((s) => s.session.title.startsWith('Teams online meetings'))!;
    const allocation = allocateSeats(full.session, first.seats.get(full.session.id)!);
    expect(allocation.confirmed.map((r) => r.person.name)).toEqual(['Aino Virtanen', 'Lars Holmberg']);
    expect(allocation.waiting.map((w) => [w.registration.person.name, w.position])).toEqual([
      ['Grace Miller', 1],
      ['Mikko Nieminen', 2]
    ]);
    expect(full.session.organiser?.name).toBe('Helmi Korhonen');

    // One cancelled, one organised by the web communications team next to the heads of mission meeting.
    expect(first.upcoming.rows.filter((s) => s.session.cancelled).map((s) => s.session.title)).toEqual(['Intranet news for unit editors']);
    const crisis = first.upcoming.rows.find((s) => s.session.title === 'Crisis communication on social media')!;
    expect(crisis.session.organiser?.name).toBe('Erik Lindqvist');
    expect(crisis.session.linkedEvent).toBe('Heads of mission meeting');

    // The two-part course: 10:00 in Helsinki both times, on both sides of the summer-time change.
    const parts = first.upcoming.rows
      .filter((s) => s.session.title.startsWith('Social media basics for embassies'))
      .map((s) => s.session.start);
    expect(parts.map((d) => wallClock(d, HELSINKI_TIME_ZONE).hour)).toEqual([10, 10]);
    expect(parts.map((d) => utcOffsetMinutes(d, HELSINKI_TIME_ZONE))).toEqual([120, 180]);

    // The past session, with attendance marked by the admin.
    const past = await sofia.sessions.between(new Date(NOW.getTime() - 30 * 24 * 3600000), NOW);
    expect(past.rows).toHaveLength(1);
    const attendance = (await sofia.registrations.forSession(past.rows[0].session.id)).map((r) => [r.person.name, r.attendance]);
    expect(attendance).toEqual([
      ['Aino Virtanen', 'attended'],
      ['Sofia Järvinen', 'attended'],
      ['Mikko Nieminen', 'noShow']
    ]);
    site.dispose();
  }, 60000);
});
