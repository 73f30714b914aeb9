/** @jest-environment node */
/**
 * E-mail about training sessions (#13 item 6), through @pnp/sp against the emulator and the
 * workbench's Graph stand-in: a sign-up with a seat tells the person, with the calendar file; a
 * cancellation tells the first in line of their seat; an admin's change of time or place, and a
 * cancelled session, tell everyone who then held a place — seat holders with an updated or
 * cancelling calendar file. Each act is saved first and each message goes once: also when the
 * first send fails and is sent again, and when another page looks later.
 */
import { MessageNotSent } from '../../src/data/messages';
import { SeatsRead, StoredRegistration, StoredSession, TrainingService } from '../../src/data/training';
import { TRAINING_LISTS } from '../../src/lists/trainingLists';
import { createMailStandIn, MailStandIn } from '../../workbench/graph/mail';
import { graphClientAs } from '../support/graph';
import { createTrainingSite, Person, TrainingSite } from './site';

const PLACE = { pageUrl: 'https://contoso.sharepoint.com/sites/hub/SitePages/Training.aspx', siteHost: 'contoso.sharepoint.com' };

describe('training notices', () => {
  let t: TrainingSite;
  let mail: MailStandIn;
  const people = new Map<string, Person>();

  /** The server's clock (every row's Created), moved on by the tests. */
  let clock = new Date('2030-01-10T09:00:00Z');

  beforeAll(async () => {
    t = await createTrainingSite({ now: () => clock });
    mail = createMailStandIn((login) => {
      const person = [...people.values()].find((p) => p.loginName.toLowerCase() === login);
      return person ? { email: person.email, title: person.title, loginName: person.loginName } : undefined;
    });
    for (const p of [t.admin, t.member(1), t.member(2), t.member(3)]) people.set(p.email, p);
  });
  afterAll(() => t.site.dispose());
  beforeEach(() => mail.clear());

  /** The person's training services with a Graph client that calls the stand-in as them. */
  function as(person: Person): TrainingService {
    const client = graphClientAs(mail, person.loginName);
    return new TrainingService(t.site.spAs(person.loginName), { graph: async () => client });
  }
  const signer = (p: Person): { id: number; title: string } => ({ id: p.id, title: p.title });
  const all = (stored: StoredSession): Promise<StoredRegistration[]> => as(t.admin).registrations.forSession(stored.session.id);
  const at = (session: StoredSession, registrations: StoredRegistration[]): SeatsRead => ({ session, registrations });

  test('a sign-up with a seat tells the person once, with the calendar file; a failed send is sent again, not the sign-up', async () => {
    const stored = await t.newSession({ title: 'Crisis messaging', capacity: 2 });
    const me = as(t.member(1));
    const before = await all(stored);
    await me.registrations.signUp(stored, signer(t.member(1)));
    const after = await all(stored);
    const owed = await (await me.notices()).seatsToTell(at(stored, before), at(stored, after));
    expect(owed.map((n) => [n.registration.person.id, n.fromWaitingList])).toEqual([[t.member(1).id, false]]);

    mail.failNext(1);
    await expect((await me.notices()).sendSeats(stored, owed, PLACE)).rejects.toBeInstanceOf(MessageNotSent);
    expect(mail.all()).toEqual([]);
    // Still owed (nothing recorded), and the registration stands.
    expect(await (await me.notices()).seatsToTell(at(stored, before), at(stored, await all(stored)))).toHaveLength(1);

    await (await me.notices()).sendSeats(stored, owed, PLACE);
    const inbox = mail.inbox(t.member(1).email);
    expect(inbox).toHaveLength(1);
    expect(inbox[0].subject).toBe(
      'Ilmoittautumisesi on vahvistettu: Crisis messaging / Din anmälan är bekräftad: Crisis messaging / Your sign-up is confirmed: Crisis messaging'
    );
    expect(inbox[0].content).toContain('When: Sun, 10 Mar 2030 10:00–12:30 EET (UTC+2)');
    expect(inbox[0].content).toContain(`Open the training sessions: ${PLACE.pageUrl}`);
    expect(inbox[0].attachments).toMatchObject([{ name: `training-${stored.session.id}.ics`, contentType: 'text/calendar' }]);
    const ics = inbox[0].attachments[0].text as string;
    expect(ics).toContain(`UID:training-session-${stored.session.id}@contoso.sharepoint.com`);
    expect(ics).toContain('DTSTART:20300310T080000Z');
    expect(ics).toContain('URL:https://teams.example.test/l/meetup-join/abc');
    // Recorded: the same before/after, on any page, owes nothing more.
    expect(await (await me.notices()).seatsToTell(at(stored, before), at(stored, await all(stored)))).toEqual([]);
    expect(await (await as(t.admin).notices()).seatsToTell(at(stored, before), at(stored, await all(stored)))).toEqual([]);
  });

  test('a cancellation tells the first in line of the seat; the page of whoever looks later finds it told', async () => {
    const stored = await t.newSession({ title: 'Video for embassies', capacity: 1 });
    const [one, two, three] = [t.member(1), t.member(2), t.member(3)];
    await as(one).registrations.signUp(stored, signer(one));
    await as(two).registrations.signUp(stored, signer(two));
    await as(three).registrations.signUp(stored, signer(three));
    const before = await all(stored);
    const mine = before.find((r) => r.person.id === one.id) as StoredRegistration;
    expect(await as(one).registrations.cancel(stored, mine, before, { now: new Date('2030-01-01T00:00:00Z') })).toEqual({
      outcome: 'cancelled'
    });
    const after = await all(stored);

    const owed = await (await as(one).notices()).seatsToTell(at(stored, before), at(stored, after));
    expect(owed.map((n) => [n.registration.person.id, n.fromWaitingList])).toEqual([[two.id, true]]);
    await (await as(one).notices()).sendSeats(stored, owed, PLACE);
    const inbox = mail.inbox(two.email);
    expect(inbox).toHaveLength(1);
    expect(inbox[0].subject).toContain('You got a seat from the waiting list: Video for embassies');
    expect(inbox[0].from).toBe(one.email.toLowerCase());
    expect(mail.inbox(three.email)).toEqual([]);
    // An admin's page that read the session before the cancellation comes to the same seat: told already.
    expect(await (await as(t.admin).notices()).seatsToTell(at(stored, before), at(stored, after))).toEqual([]);
    expect(mail.all()).toHaveLength(1);
  });

  test('an admin giving a seat to someone in line tells them; the larger capacity counts only after', async () => {
    const stored = await t.newSession({ title: 'Data protection', capacity: 1 });
    const [one, two] = [t.member(1), t.member(2)];
    await as(one).registrations.signUp(stored, signer(one));
    await as(two).registrations.signUp(stored, signer(two));
    const admin = as(t.admin);
    const beforeSession = await admin.sessions.get(stored.session.id);
    const before = await all(stored);
    const waiting = before.find((r) => r.person.id === two.id) as StoredRegistration;
    expect(await admin.registrations.giveSeat(beforeSession, before, waiting.id)).toEqual({ outcome: 'moved' });
    const afterSession = await admin.sessions.get(stored.session.id);
    expect(afterSession.session.capacity).toBe(2);
    const owed = await (await admin.notices()).seatsToTell(at(beforeSession, before), at(afterSession, await all(stored)));
    expect(owed.map((n) => [n.registration.person.id, n.fromWaitingList])).toEqual([[two.id, true]]);
    await (await admin.notices()).sendSeats(afterSession, owed, PLACE);
    expect(mail.inbox(two.email).map((m) => m.from)).toEqual([t.admin.email.toLowerCase()]);
    expect(mail.inbox(one.email)).toEqual([]);
  });

  test("an admin's change of time tells everyone then holding a place, once; a later sign-up is not told again", async () => {
    const stored = await t.newSession({ title: 'Writing for the web', capacity: 1 });
    const [one, two, three] = [t.member(1), t.member(2), t.member(3)];
    await as(one).registrations.signUp(stored, signer(one));
    await as(two).registrations.signUp(stored, signer(two));
    const admin = as(t.admin);
    // A change that does not matter to them (the description) owes nothing.
    let current = await admin.sessions.update({ ...stored.session, description: 'Now with exercises.' }, stored.etag, stored);
    expect((await admin.notices()).changeToTell(current, await all(current))).toBeUndefined();

    clock = new Date(clock.getTime() + 3600 * 1000);
    current = await admin.sessions.update(
      { ...current.session, start: new Date('2030-03-11T08:00:00Z'), end: new Date('2030-03-11T10:00:00Z') },
      current.etag,
      current,
      clock
    );
    // An hour after the change, someone signs up: they read the new time already.
    clock = new Date(clock.getTime() + 3600 * 1000);
    await as(three).registrations.signUp(current, signer(three));
    const notice = (await admin.notices()).changeToTell(current, await all(current));
    expect(notice?.seated.map((r) => r.person.id)).toEqual([one.id]);
    expect(notice?.waiting.map((r) => r.person.id)).toEqual([two.id]);
    // Staff can read that a change is owed, but neither send it as told nor change it (only admins write sessions).
    await expect(
      t.site
        .spAs(one.loginName)
        .web.lists.getByTitle(TRAINING_LISTS.sessions.title)
        .items.getById(current.session.id)
        .update({ ToldAt: new Date().toISOString() })
    ).rejects.toMatchObject({ status: 403 });

    mail.failNext(1);
    await expect((await admin.notices()).sendChange(notice!, PLACE)).rejects.toBeInstanceOf(MessageNotSent);
    expect((await admin.sessions.get(current.session.id)).announcement?.toldAt).toBeUndefined();
    await (await admin.notices()).sendChange(notice!, PLACE);

    const seated = mail.inbox(one.email);
    expect(seated).toHaveLength(1);
    expect(seated[0].subject).toContain('The training session has changed: Writing for the web');
    expect(seated[0].content).toContain('When: Mon, 11 Mar 2030 10:00–12:00 EET (UTC+2)');
    const ics = seated[0].attachments[0].text as string;
    expect(ics).toContain('DTSTART:20300311T080000Z');
    expect(Number(/SEQUENCE:(\d+)/.exec(ics)?.[1])).toBeGreaterThan(0);
    const waiting = mail.inbox(two.email);
    expect(waiting).toHaveLength(1);
    expect(waiting[0].content).toContain('You are still on the waiting list.');
    expect(waiting[0].attachments).toEqual([]);
    expect(mail.inbox(three.email)).toEqual([]);
    // Recorded on the session: nothing more is owed.
    const told = await admin.sessions.get(current.session.id);
    expect(told.announcement?.toldAt).toEqual(told.announcement?.changedAt);
    expect((await admin.notices()).changeToTell(told, await all(told))).toBeUndefined();
  });

  test('a cancelled session tells everyone registered, seat holders with a cancelling calendar file', async () => {
    const stored = await t.newSession({ title: 'Photo rights', capacity: 1 });
    const [one, two] = [t.member(1), t.member(2)];
    await as(one).registrations.signUp(stored, signer(one));
    await as(two).registrations.signUp(stored, signer(two));
    const admin = as(t.admin);
    const cancelled = await admin.sessions.cancel(stored.session.id, stored.etag, { announce: true, now: clock });
    const notice = (await admin.notices()).changeToTell(cancelled, await all(cancelled));
    expect(notice?.seated.map((r) => r.person.id)).toEqual([one.id]);
    await (await admin.notices()).sendChange(notice!, PLACE);
    const seated = mail.inbox(one.email);
    expect(seated.map((m) => m.subject)).toEqual([
      'Koulutus on peruttu: Photo rights / Utbildningen har ställts in: Photo rights / The training session was cancelled: Photo rights'
    ]);
    const ics = seated[0].attachments[0].text as string;
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('URL:');
    expect(mail.inbox(two.email).map((m) => m.attachments.length)).toEqual([0]);
  });

  test('a page without Microsoft Graph sends nothing and says so', async () => {
    const stored = await t.newSession({ title: 'No mail here' });
    const quiet = new TrainingService(t.site.spAs(t.member(1).loginName));
    expect(quiet.canSendMail).toBe(false);
    expect((await quiet.notices()).canSend).toBe(false);
    await expect((await quiet.notices()).sendSeats(stored, [], PLACE)).rejects.toMatchObject({ name: 'NoMailHost' });
  });
});
