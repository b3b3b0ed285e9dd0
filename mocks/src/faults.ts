/**
 * Faults a test can make a simulator produce on its next requests: an HTTP error (with Retry-After), a
 * delay longer than the client's timeout, a body cut mid-JSON, or a raw body of the test's choosing.
 * Each queued fault answers exactly one request, in order; then the simulator answers normally.
 */
export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (what a timeout test needs). */
  delayMs?: number;
  /** Answer with the normal response cut in half (truncated JSON). */
  truncate?: boolean;
  /** Only requests for this vendor method / path fragment take the fault. */
  match?: string;
}

export class FaultQueue {
  private readonly queue: Fault[] = [];

  /** Queues `fault` for the next `times` matching requests. */
  push(fault: Fault, times = 1): this {
    for (let i = 0; i < times; i++) this.queue.push(fault);
    return this;
  }

  clear(): void {
    this.queue.length = 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Takes the first queued fault that applies to a request for `operation`. */
  take(operation: string): Fault | undefined {
    const index = this.queue.findIndex((fault) => !fault.match || operation.includes(fault.match));
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  /**
   * Runs the request through the queue: returns the fault's response, or calls `normal` and applies a
   * `truncate` / `delayMs` fault to what it returns.
   */
  async apply(operation: string, normal: () => Promise<Response> | Response): Promise<Response> {
    const fault = this.take(operation);
    if (!fault) return normal();
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.status !== undefined || fault.body !== undefined) {
      return new Response(fault.body ?? "", { status: fault.status ?? 200, headers: fault.headers ?? {} });
    }
    const response = await normal();
    if (!fault.truncate) return response;
    const text = await response.text();
    return new Response(text.slice(0, Math.floor(text.length / 2)), {
      status: response.status,
      headers: response.headers,
    });
  }
}

/** Answers 429 once more than `perSecond` requests arrived within the last second (a sliding window). */
export class RequestRateGate {
  private readonly times: number[] = [];
  /** Requests refused so far, for tests that prove a client stayed under the limit. */
  refused = 0;
  constructor(private readonly perSecond: number) {}

  admit(now = performance.now()): boolean {
    while (this.times.length && now - this.times[0]! >= 1000) this.times.shift();
    if (this.times.length >= this.perSecond) {
      this.refused++;
      return false;
    }
    this.times.push(now);
    return true;
  }
}
