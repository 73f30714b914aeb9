/**
 * E-mail to tell someone it is their turn, sent as the signed-in person through Microsoft Graph
 * (`POST /me/sendMail`, which needs the delegated permission Mail.Send that an administrator
 * approves once for the package: `webApiPermissionRequests` in config/package-solution.json).
 *
 * The web part hands in its `MSGraphClientV3` (`context.msGraphClientFactory.getClient('3')`);
 * anything with the same `api(path).post(body)` shape works, which is how the workbench and the
 * tests reach the workbench's Graph stand-in. A message is plain text (no markup to sanitise or to
 * be mangled by a mail client), in the recipient's language when the hub knows it, else in Finnish,
 * Swedish and English one after the other. Sending never decides anything: the caller saves the
 * decision first, and a failed send is reported to it (a `MessageNotSent` it can offer to retry).
 */

/** The part of MSGraphClientV3 used here. */
export interface GraphMailClient {
  api(path: string): { post(content: unknown): Promise<unknown> };
}

export type MessageLanguage = 'fi' | 'sv' | 'en';

/** One text in each language; `recipientLanguage` picks one, else all three are sent. */
export type Localised = Record<MessageLanguage, string>;

export interface Message {
  to: readonly string[];
  subject: Localised;
  body: Localised;
  /** The recipients' language, when the hub knows it (all recipients share it). */
  language?: MessageLanguage;
  attachments?: ReadonlyArray<{ name: string; contentType: string; bytes: Uint8Array }>;
}

/** The send failed (the decision it tells of is saved); `cause` is what Graph or the network said. */
export class MessageNotSent extends Error {
  public readonly cause: unknown;
  constructor(cause: unknown) {
    super('The message could not be sent.');
    this.name = 'MessageNotSent';
    this.cause = cause;
  }
}

const ORDER: MessageLanguage[] = ['fi', 'sv', 'en'];

/** `{0}`, `{1}`… in a message's text replaced by the values, in order. */
export const fill = (text: string, ...values: string[]): string => values.reduce((out, value, i) => out.split(`{${i}}`).join(value), text);

/** A message's subject and text in each language, made one language at a time (the text as lines). */
export function inEachLanguage(
  make: (language: MessageLanguage) => { subject: string; lines: string[] }
): Pick<Message, 'subject' | 'body'> {
  const subject = {} as Localised;
  const body = {} as Localised;
  for (const language of ORDER) {
    const made = make(language);
    subject[language] = made.subject;
    body[language] = made.lines.join('\n');
  }
  return { subject, body };
}

/** The subject and text in one language, or in all three (Finnish, Swedish, English) separated by a line. */
export function compose(message: Pick<Message, 'subject' | 'body' | 'language'>): { subject: string; text: string } {
  if (message.language) return { subject: message.subject[message.language], text: message.body[message.language] };
  return {
    subject: ORDER.map((l) => message.subject[l]).join(' / '),
    text: ORDER.map((l) => message.body[l]).join('\n\n———\n\n')
  };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...Array.from(bytes.subarray(i, i + 0x8000)));
  return btoa(binary);
}

/** The `sendMail` request body Graph expects (Learn: "user: sendMail"). */
export function sendMailBody(message: Message): unknown {
  const { subject, text } = compose(message);
  return {
    message: {
      subject,
      body: { contentType: 'Text', content: text },
      toRecipients: message.to.map((address) => ({ emailAddress: { address } })),
      attachments: (message.attachments ?? []).map((a) => ({
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: a.name,
        contentType: a.contentType,
        contentBytes: base64(a.bytes)
      }))
    },
    saveToSentItems: true
  };
}

export class MessageService {
  constructor(private readonly client: () => Promise<GraphMailClient>) {}

  /** Sends one message; throws MessageNotSent when Graph refuses it or cannot be reached. */
  public async send(message: Message): Promise<void> {
    if (message.to.length === 0) return;
    try {
      const client = await this.client();
      await client.api('/me/sendMail').post(sendMailBody(message));
    } catch (error) {
      throw new MessageNotSent(error);
    }
  }
}
