/**
 * What went wrong with a SharePoint call, in terms the user interface can explain.
 * PnPjs turns every non-2xx answer into an HttpRequestError with `status` and `response`;
 * a dropped connection surfaces as a TypeError from fetch.
 */
export type ProblemKind =
  | 'throttled' // 429 / 503 after PnPjs' own retries
  | 'offline' // the request never got an answer
  | 'accessDenied' // 401 / 403: the server enforces roles
  | 'conflict' // 412: someone else saved first (stale ETag)
  | 'duplicate' // a unique column refused a second value
  | 'threshold' // the list view threshold refused a query
  | 'notFound' // 404
  | 'invalid' // 400: the request itself was refused
  | 'unknown';

export interface Problem {
  kind: ProblemKind;
  status?: number;
  /** SharePoint's own message, for logs and support; never shown as the only explanation. */
  detail?: string;
  /**
   * The exception type SharePoint named in `odata.error.code` ("-2130575169, Microsoft.SharePoint.
   * SPDuplicateValuesFoundException" → the part after the comma). Language-neutral: the message
   * follows the user's language, so problems are told apart by this and the status, never by text.
   */
  code?: string;
  /** The failed answer's `SPRequestGuid` (SharePoint's correlation id), for support. */
  correlationId?: string;
}

interface HttpLikeError {
  status?: number;
  isHttpRequestError?: boolean;
  response?: {
    clone?: () => { text(): Promise<string> };
    text?: () => Promise<string>;
    headers?: { get(name: string): string | null };
  };
  message?: string;
}

const DUPLICATE = 'Microsoft.SharePoint.SPDuplicateValuesFoundException';
const THROTTLED_QUERY = 'Microsoft.SharePoint.SPQueryThrottledException';
const SP_EXCEPTION = 'Microsoft.SharePoint.SPException';

function kindOf(status: number, code: string | undefined): ProblemKind {
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 401 || status === 403) return 'accessDenied';
  if (status === 412) return 'conflict';
  if (status === 404) return 'notFound';
  if (code === THROTTLED_QUERY) return 'threshold';
  if (code === DUPLICATE) return 'duplicate';
  if (status === 400) return 'invalid';
  return 'unknown';
}

/** `odata.error` (JSON light) or `error` (verbose): the exception type and SharePoint's message. */
async function readBody(error: HttpLikeError): Promise<{ code?: string; detail: string }> {
  try {
    const response = error.response;
    if (!response) return { detail: error.message || '' };
    const source = response.clone ? response.clone() : response;
    const text = source.text ? await source.text() : '';
    try {
      const body = JSON.parse(text);
      const odata = body['odata.error'] || (body.error as unknown);
      const value = odata?.message?.value;
      const rawCode: string | undefined = typeof odata?.code === 'string' ? odata.code : undefined;
      const code = rawCode ? rawCode.slice(rawCode.indexOf(',') + 1).trim() : undefined;
      return { code, detail: [rawCode, value].filter(Boolean).join(': ') || text };
    } catch {
      return { detail: text };
    }
  } catch {
    return { detail: error.message || '' };
  }
}

function correlationIdOf(error: HttpLikeError): string | undefined {
  try {
    const headers = error.response?.headers;
    return headers ? headers.get('SPRequestGuid') || headers.get('request-id') || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The part of a correlation id a person can read out or type: its first eight hex digits, enough
 * to find the request among a day's in the log (where the whole SPRequestGuid is written).
 */
export function shortCorrelationId(id: string): string {
  return id
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 8)
    .toUpperCase();
}

/** Where problems are logged: the web parts hand SPFx's `Log.error` in (src/ui/problemLog.ts). */
let problemLog: ((source: string, error: Error) => void) | undefined;

export function setProblemLog(log: ((source: string, error: Error) => void) | undefined): void {
  problemLog = log;
}

function logProblem(problem: Problem): void {
  if (!problemLog) return;
  try {
    const parts = [`${problem.kind}${problem.status ? ` ${problem.status}` : ''}`];
    if (problem.correlationId) parts.push(`SPRequestGuid ${problem.correlationId}`);
    if (problem.detail) parts.push(problem.detail);
    problemLog('DDH', new Error(parts.join(' | ')));
  } catch {
    // Logging never turns a problem into another one.
  }
}

/** Turns anything a PnPjs call threw into a Problem, and logs it. Never throws. */
export async function toProblem(error: unknown): Promise<Problem> {
  const problem = await describe(error);
  logProblem(problem);
  return problem;
}

async function describe(error: unknown): Promise<Problem> {
  const e = (error || {}) as HttpLikeError;
  if (typeof e.status === 'number') {
    const { code, detail } = await readBody(e);
    const problem: Problem = { kind: kindOf(e.status, code), status: e.status, detail };
    if (code) problem.code = code;
    const correlationId = correlationIdOf(e);
    if (correlationId) problem.correlationId = correlationId;
    return problem;
  }
  if (error instanceof TypeError || /fetch failed|network|Failed to fetch/i.test(e.message || '')) {
    return { kind: 'offline', detail: e.message };
  }
  return { kind: 'unknown', detail: e.message };
}

/**
 * Could this be a unique column's refusal? Certainly when SharePoint says
 * SPDuplicateValuesFoundException; possibly when it answers a write with a plain SPException
 * and 400 or 500, a form duplicates have also taken (pnp/pnpcore #1280).
 */
export function mayBeDuplicate(problem: Problem): boolean {
  return problem.kind === 'duplicate' || (problem.code === SP_EXCEPTION && (problem.status === 400 || problem.status === 500));
}

/**
 * True when a write was refused because its unique key is taken. A refusal only suspected of it
 * (a plain SPException) counts once `keyTaken` — reading the unique key back — finds the row.
 */
export async function isDuplicateRefusal(error: unknown, keyTaken: () => Promise<boolean>): Promise<boolean> {
  // Not logged here: an expected refusal is no failure; a caller that rethrows logs it then.
  const problem = await describe(error);
  if (problem.kind === 'duplicate') return true;
  if (!mayBeDuplicate(problem)) return false;
  try {
    return await keyTaken();
  } catch {
    return false;
  }
}
