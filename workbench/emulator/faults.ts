/**
 * Fault injection: throttling (429 / 503 with Retry-After), server errors, dropped connections
 * and added latency — what a real tenant does to a client now and then.
 */
export type FaultMatch = (url: string, method: string) => boolean;

export interface FailOptions {
  status: 429 | 503 | 500;
  retryAfterSeconds?: number;
  match?: FaultMatch;
}

export type Fault = { kind: 'fail'; status: number; retryAfterSeconds?: number } | { kind: 'drop' };

interface Rule {
  remaining: number;
  fault: Fault;
  match?: FaultMatch;
}

export class FaultInjector {
  private rules: Rule[] = [];
  private latency = 0;

  /** The next `count` matching requests get `status` (with Retry-After on 429 / 503). */
  failNext(count: number, options: FailOptions): void {
    const retryAfterSeconds = options.retryAfterSeconds ?? (options.status === 500 ? undefined : 1);
    this.rules.push({ remaining: count, match: options.match, fault: { kind: 'fail', status: options.status, retryAfterSeconds } });
  }

  /** The next `count` matching requests fail like a dropped connection: handle() rejects with TypeError("fetch failed"). */
  dropNext(count: number, match?: FaultMatch): void {
    this.rules.push({ remaining: count, match, fault: { kind: 'drop' } });
  }

  /** Delay added to every request (requests still complete in arrival order). */
  setLatency(ms: number): void {
    this.latency = Math.max(0, ms);
  }

  get latencyMs(): number {
    return this.latency;
  }

  clear(): void {
    this.rules = [];
    this.latency = 0;
  }

  /** Consumes the first rule that applies to this request. `method` is the effective verb (MERGE, DELETE…). */
  take(url: string, method: string): Fault | undefined {
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || (rule.match && !rule.match(url, method))) continue;
      rule.remaining--;
      this.rules = this.rules.filter((r) => r.remaining > 0);
      return rule.fault;
    }
    return undefined;
  }
}
