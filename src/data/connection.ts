/**
 * "SharePoint is busy; trying again in N seconds": what the person is told while a request waits
 * to be retried, instead of an unexplained "Saving…" that lasts as long as SharePoint asks.
 *
 * SharePoint Online answers a client it throttles with 429 (too many requests) or 503 (busy) and a
 * Retry-After header, the seconds to wait before trying again (Microsoft Learn, "Avoid getting
 * throttled or blocked in SharePoint Online"; up to minutes). PnPjs's BrowserFetchWithRetry, part
 * of SPFx() and SPBrowser(), already honours it — 3 tries in all, Retry-After seconds between them,
 * otherwise 200 ms doubled; 429, 503 and 504 are retried, a dropped connection too — but tells no
 * one. `ReportingRetry` is that send observer with the same rules (pnp/pnpjs
 * packages/queryable/behaviors/browser-fetch.ts), which also reports each wait to a
 * `ConnectionStatus` the app frame shows in a polite live region.
 */
import type { TimelinePipe } from '@pnp/core';
import { HttpRequestError, IQueryableInternal, Queryable } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { spfi } from '@pnp/sp';

/** A request waiting for SharePoint: the status it got and the whole seconds it waits. */
export interface BusyWait {
  status: number;
  seconds: number;
}

/** Waits shorter than this are not worth a message (the usual 200–800 ms back-off). */
const SHOW_FROM_MS = 1000;

/** The requests of one web part that are waiting to be retried; subscribe to hear of changes. */
export class ConnectionStatus {
  private readonly waits = new Map<number, BusyWait>();
  private readonly listeners = new Set<() => void>();
  private nextId = 0;

  /** The longest wait in progress, or undefined when nothing waits. */
  public get busy(): BusyWait | undefined {
    let longest: BusyWait | undefined;
    this.waits.forEach((wait) => {
      if (!longest || wait.seconds > longest.seconds) longest = wait;
    });
    return longest;
  }

  /** Calls `listener` whenever `busy` may have changed; returns the unsubscribe. */
  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A request starts waiting; call the returned function when the wait is over. */
  public waiting(wait: BusyWait): () => void {
    const id = this.nextId++;
    this.waits.set(id, wait);
    this.notify();
    return () => {
      if (this.waits.delete(id)) this.notify();
    };
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}

/** Milliseconds Retry-After asks for: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  return isNaN(date) ? undefined : Math.max(0, date - now);
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** PnPjs's BrowserFetchWithRetry (same tries, same waits) that reports each wait on a throttled or busy answer. */
export function ReportingRetry(status: ConnectionStatus, retries = 3, interval = 200): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.send.clear();
    instance.on.send(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      let response: Response | undefined;
      let lastError: unknown;
      let wait = interval;
      for (let attempt = 0; attempt < retries; attempt++) {
        // As PnPjs: no wait before the first try or after a dropped connection with no answer yet.
        if (attempt > 0 && response) {
          const asked = retryAfterMs(response.headers.get('Retry-After'));
          wait = asked !== undefined ? asked : wait * 2;
          this.log(`Attempt #${attempt + 1} to retry request which failed with ${response.status}: ${response.statusText}`, 0);
          const done = wait >= SHOW_FROM_MS ? status.waiting({ status: response.status, seconds: Math.ceil(wait / 1000) }) : undefined;
          try {
            await pause(wait);
          } finally {
            if (done) done();
          }
        }
        try {
          const target = url.toString();
          this.log(`Fetch: ${init.method} ${target}`, 0);
          response = await fetch(target, init);
          if (response.ok || [429, 503, 504].indexOf(response.status) < 0) return response;
        } catch (e) {
          // An aborted request is not retried; a dropped connection is, and its error is what is thrown at the end.
          if (/AbortError/.test((e as Error).name)) throw e;
          lastError = e;
        }
      }
      if (lastError || !response) throw lastError;
      throw new HttpRequestError(
        `Retry count exceeded (${retries}) for this request. ${response.status}: ${response.statusText};`,
        response
      );
    });
    return instance;
  };
}

/** An SPFI whose requests report their waits to `status`; `sp` itself is left as it is. */
export function reportingSp(sp: SPFI, status: ConnectionStatus): SPFI {
  return spfi(sp).using(ReportingRetry(status));
}
