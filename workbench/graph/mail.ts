/**
 * A stand-in for the two Microsoft Graph calls the web parts make to tell someone it is their
 * turn: `GET /v1.0/me` and `POST /v1.0/me/sendMail`. The workbench routes them here (there is no
 * Graph on these machines), keeps every accepted message, and shows each person what they received
 * on a page of its own (`/workbench/inbox?user=<e-mail>`), so that a journey can check who was told
 * what, and how many times.
 *
 * What it checks, as Graph does (Learn: "user: sendMail", "message resource type", "Microsoft Graph
 * error responses"): a signed-in caller (401 `InvalidAuthenticationToken` without one); a JSON body
 * with a `message` (400 `ErrorInvalidArgument`… otherwise); at least one recipient, each a valid
 * address (400 `ErrorInvalidRecipients`); a file attachment's `contentBytes` in base64; accepted
 * mail answers 202 with no body. Identity is the workbench's own (the `X-Emulator-User` header or
 * the `emulator-user` cookie, as for SharePoint calls). `failNext` makes the next sends fail as a
 * busy service does (503 with Retry-After), so that a journey can show a failed send and its retry.
 */
import { identityOf } from '../emulator';

export interface MailPerson {
  email: string;
  title: string;
  loginName: string;
}

export interface ReceivedMessage {
  id: string;
  /** The sender's e-mail address. */
  from: string;
  fromName: string;
  to: string[];
  cc: string[];
  subject: string;
  contentType: 'text' | 'html';
  content: string;
  /** Each file attached; `text` holds a text file's content (a calendar file), so a journey can read it. */
  attachments: Array<{ name: string; contentType: string; size: number; text?: string }>;
  sentAt: string;
}

const ADDRESS = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message, innerError: { date: new Date().toISOString() } } }), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers }
  });
}

interface Recipient {
  emailAddress?: { address?: unknown; name?: unknown };
}

function addresses(list: unknown): string[] | undefined {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  const out: string[] = [];
  for (const r of list as Recipient[]) {
    const address = r && r.emailAddress && r.emailAddress.address;
    if (typeof address !== 'string' || !ADDRESS.test(address.trim())) return undefined;
    out.push(address.trim().toLowerCase());
  }
  return out;
}

export interface MailStandIn {
  /** Answers `/v1.0/…`; undefined for any other path. */
  handle(request: Request): Promise<Response | undefined>;
  /** What this address received, oldest first. */
  inbox(email: string): ReceivedMessage[];
  /** Every accepted message, oldest first. */
  all(): ReceivedMessage[];
  /** The next `count` sends fail with 503 and Retry-After (a busy service). */
  failNext(count: number): void;
  clear(): void;
}

export function createMailStandIn(findPerson: (login: string) => MailPerson | undefined, now: () => Date = () => new Date()): MailStandIn {
  let messages: ReceivedMessage[] = [];
  let failures = 0;
  let next = 1;

  async function handle(request: Request): Promise<Response | undefined> {
    const url = new URL(request.url);
    const path = url.pathname.replace(/\/+$/, '').toLowerCase();
    if (!path.startsWith('/v1.0/')) return undefined;
    const identity = identityOf(request.headers);
    const me = identity ? findPerson(identity.login.toLowerCase()) : undefined;
    if (!me) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (path === '/v1.0/me' && request.method === 'GET') {
      return new Response(
        JSON.stringify({
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
          displayName: me.title,
          mail: me.email,
          userPrincipalName: me.email,
          id: `ddh-${me.email}`
        }),
        { status: 200, headers: { 'Content-Type': 'application/json' } }
      );
    }
    if (path === '/v1.0/me/sendmail') {
      if (request.method !== 'POST') return graphError(405, 'Request_BadRequest', 'The method is not allowed on this resource.');
      if (failures > 0) {
        failures--;
        return graphError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Try again later.', { 'Retry-After': '1' });
      }
      let body: { message?: Record<string, unknown> };
      try {
        body = JSON.parse(await request.text()) as typeof body;
      } catch {
        return graphError(400, 'RequestBodyRead', 'The request body is not valid JSON.');
      }
      const message = body && body.message;
      if (!message || typeof message !== 'object') return graphError(400, 'ErrorInvalidArgument', 'The message is missing.');
      const to = addresses(message.toRecipients);
      const cc = addresses(message.ccRecipients);
      if (!to || !cc || to.length + cc.length === 0) {
        return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
      }
      const content = message.body as { contentType?: string; content?: unknown } | undefined;
      const attachments: ReceivedMessage['attachments'] = [];
      for (const a of (Array.isArray(message.attachments) ? message.attachments : []) as Array<Record<string, unknown>>) {
        if (
          a['@odata.type'] !== '#microsoft.graph.fileAttachment' ||
          typeof a.name !== 'string' ||
          typeof a.contentBytes !== 'string' ||
          !/^[A-Za-z0-9+/]*={0,2}$/.test(a.contentBytes)
        ) {
          return graphError(400, 'ErrorInvalidArgument', 'An attachment is not a valid file attachment.');
        }
        const contentType = typeof a.contentType === 'string' ? a.contentType : 'application/octet-stream';
        const bytes = Buffer.from(a.contentBytes, 'base64');
        attachments.push({
          name: a.name,
          contentType,
          size: bytes.length,
          ...(/^text\//i.test(contentType) ? { text: bytes.toString('utf8') } : {})
        });
      }
      messages.push({
        id: `message-${next++}`,
        from: me.email.toLowerCase(),
        fromName: me.title,
        to,
        cc,
        subject: typeof message.subject === 'string' ? message.subject : '',
        contentType: content && String(content.contentType).toLowerCase() === 'html' ? 'html' : 'text',
        content: content && typeof content.content === 'string' ? content.content : '',
        attachments,
        sentAt: now().toISOString()
      });
      return new Response(null, { status: 202 });
    }
    return graphError(400, 'BadRequest', `Resource not found for the segment '${path.split('/').pop()}'.`);
  }

  return {
    handle,
    inbox: (email) => messages.filter((m) => m.to.includes(email.toLowerCase()) || m.cc.includes(email.toLowerCase())),
    all: () => [...messages],
    failNext: (count) => {
      failures = count;
    },
    clear: () => {
      messages = [];
      failures = 0;
    }
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The workbench's inbox page for one person: what they received, newest first, as plain text. */
export function inboxPage(email: string, received: ReceivedMessage[]): string {
  const items = [...received]
    .reverse()
    .map(
      (m) => `<article aria-label="${escapeHtml(m.subject)}">
<h2>${escapeHtml(m.subject)}</h2>
<p>From ${escapeHtml(m.fromName)} &lt;${escapeHtml(m.from)}&gt; · <time datetime="${m.sentAt}">${m.sentAt}</time></p>
<pre style="white-space:pre-wrap;font:inherit">${escapeHtml(m.contentType === 'html' ? m.content.replace(/<[^>]*>/g, '') : m.content)}</pre>
${m.attachments.length ? `<p>Attachments: ${m.attachments.map((a) => escapeHtml(a.name)).join(', ')}</p>` : ''}
</article>`
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inbox of ${escapeHtml(email)} — workbench</title>
<style>body{font-family:system-ui,sans-serif;margin:16px;max-width:60em}article{border-top:1px solid #8a8886;padding:8px 0}</style></head>
<body><main><h1>Inbox of ${escapeHtml(email)}</h1>
<p>Messages the web parts sent through Microsoft Graph (the workbench stands in for it): ${received.length}.</p>
${items || '<p>Nothing yet.</p>'}
</main></body></html>`;
}
