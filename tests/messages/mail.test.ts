/** @jest-environment node */
/**
 * E-mail through Microsoft Graph (src/data/messages.ts) against the workbench's Graph stand-in
 * (workbench/graph/mail.ts): the request body Graph expects, the recipient's language or all three,
 * Graph's refusals, and a failed send reported as MessageNotSent so the caller can offer a retry.
 */
import { createMailStandIn, inboxPage } from '../../workbench/graph/mail';
import { graphClientAs } from '../support/graph';
import { compose, GraphMailClient, Message, MessageNotSent, MessageService } from '../../src/data/messages';

const PEOPLE = [
  { email: 'erik.lindqvist@formin.example', title: 'Erik Lindqvist', loginName: 'i:0#.f|membership|erik.lindqvist@formin.example' },
  { email: 'aino.virtanen@formin.example', title: 'Aino Virtanen', loginName: 'i:0#.f|membership|aino.virtanen@formin.example' }
];
const mail = createMailStandIn(
  (login) => PEOPLE.find((p) => p.loginName === login),
  () => new Date('2026-12-05T10:00:00Z')
);

const clientAs = (login: string): GraphMailClient => graphClientAs(mail, login);

const decided: Message = {
  to: ['aino.virtanen@formin.example'],
  subject: { fi: 'Suunnitelmasi on hyväksytty', sv: 'Din plan har godkänts', en: 'Your plan was approved' },
  body: { fi: 'Hyväksytty.', sv: 'Godkänd.', en: 'Approved.' }
};

beforeEach(() => mail.clear());

test('a message reaches the recipient once, from the signed-in person, as plain text in their language', async () => {
  await new MessageService(async () => clientAs(PEOPLE[0].loginName)).send({ ...decided, language: 'sv' });
  const inbox = mail.inbox('Aino.Virtanen@formin.example');
  expect(inbox).toHaveLength(1);
  expect(inbox[0]).toMatchObject({
    from: 'erik.lindqvist@formin.example',
    fromName: 'Erik Lindqvist',
    subject: 'Din plan har godkänts',
    contentType: 'text',
    content: 'Godkänd.'
  });
  expect(mail.inbox('erik.lindqvist@formin.example')).toEqual([]);
  expect(inboxPage('aino.virtanen@formin.example', inbox)).toContain('Din plan har godkänts');
});

test('without a known language the message carries Finnish, Swedish and English', () => {
  const { subject, text } = compose(decided);
  expect(subject).toBe('Suunnitelmasi on hyväksytty / Din plan har godkänts / Your plan was approved');
  expect(text.indexOf('Hyväksytty.')).toBeLessThan(text.indexOf('Godkänd.'));
  expect(text.indexOf('Godkänd.')).toBeLessThan(text.indexOf('Approved.'));
});

test('attachments travel base64-encoded, and their bytes arrive whole', async () => {
  const ics = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  await new MessageService(async () => clientAs(PEOPLE[0].loginName)).send({
    ...decided,
    attachments: [{ name: 'session.ics', contentType: 'text/calendar', bytes: ics }]
  });
  expect(mail.inbox('aino.virtanen@formin.example')[0].attachments).toEqual([
    { name: 'session.ics', contentType: 'text/calendar', size: ics.length, text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }
  ]);
});

test('Graph refuses what it refuses: no caller, no valid recipient; a busy service fails the send as MessageNotSent, and the next try goes through', async () => {
  const anonymous = (await mail.handle(
    new Request('https://graph.microsoft.com/v1.0/me/sendMail', { method: 'POST', body: '{}' })
  )) as Response;
  expect(anonymous.status).toBe(401);
  const service = new MessageService(async () => clientAs(PEOPLE[0].loginName));
  const refused = await service.send({ ...decided, to: ['not an address'] }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(MessageNotSent);
  expect(((refused as MessageNotSent).cause as { status: number }).status).toBe(400);

  mail.failNext(1);
  const busy = await service.send(decided).catch((e: unknown) => e);
  expect(busy).toBeInstanceOf(MessageNotSent);
  expect(((busy as MessageNotSent).cause as { status: number }).status).toBe(503);
  expect(mail.all()).toHaveLength(0);
  await service.send(decided);
  expect(mail.inbox('aino.virtanen@formin.example')).toHaveLength(1);
});

test('GET /me answers the signed-in person', async () => {
  const me = (await mail.handle(
    new Request('https://graph.microsoft.com/v1.0/me', { headers: { 'X-Emulator-User': PEOPLE[1].loginName } })
  )) as Response;
  expect(await me.json()).toMatchObject({ displayName: 'Aino Virtanen', mail: 'aino.virtanen@formin.example' });
});
