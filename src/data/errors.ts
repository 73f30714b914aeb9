/**
 * What went wrong with a SharePoint call, in terms the user interface can explain.
 * PnPjs turns every non-2xx answer into an HttpRequestError with `status` and `response`;
 * a dropped connection surfaces as a TypeError from fetch.
 */
export type ProblemKind =
  | 'throttled'     // 429 / 503 after PnPjs' own retries
  | 'offline'       // the request never got an answer
  | 'accessDenied'  // 401 / 403: the server enforces roles
  | 'conflict'      // 412: someone else saved first (stale ETag)
  | 'duplicate'     // a unique column refused a second value
  | 'threshold'     // the list view threshold refused a query
  | 'notFound'      // 404
  | 'invalid'       // 400: the request itself was refused
  | 'unknown';

export interface Problem {
  kind: ProblemKind;
  status?: number;
  /** SharePoint's own message, for logs and support; never shown as the only explanation. */
  detail?: string;
}

interface HttpLikeError {
  status?: number;
  isHttpRequestError?: boolean;
  response?: { clone?: () => { text(): Promise<string> }; text?: () => Promise<string> };
  message?: string;
}

function kindFromStatus(status: number, detail: string): ProblemKind {
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 401 || status === 403) return 'accessDenied';
  if (status === 412) return 'conflict';
  if (status === 404) return 'notFound';
  if (/SPQueryThrottledException|list view threshold/i.test(detail)) return 'threshold';
  if (/SPDuplicateValuesFoundException|duplicate values/i.test(detail)) return 'duplicate';
  if (status === 400) return 'invalid';
  return 'unknown';
}

async function readDetail(error: HttpLikeError): Promise<string> {
  try {
    const response = error.response;
    if (!response) return error.message || '';
    const source = response.clone ? response.clone() : response;
    const text = source.text ? await source.text() : '';
    try {
      const body = JSON.parse(text);
      const odata = body['odata.error'] || (body.error as unknown);
      const value = odata?.message?.value;
      const code = odata?.code;
      return [code, value].filter(Boolean).join(': ') || text;
    } catch {
      return text;
    }
  } catch {
    return error.message || '';
  }
}

/** Turns anything a PnPjs call threw into a Problem. Never throws. */
export async function toProblem(error: unknown): Promise<Problem> {
  const e = (error || {}) as HttpLikeError;
  if (typeof e.status === 'number') {
    const detail = await readDetail(e);
    return { kind: kindFromStatus(e.status, detail), status: e.status, detail };
  }
  if (error instanceof TypeError || /fetch failed|network|Failed to fetch/i.test(e.message || '')) {
    return { kind: 'offline', detail: e.message };
  }
  return { kind: 'unknown', detail: e.message };
}
