/**
 * A token bucket: at most `requestsPerSecond` acquisitions per second on average, with bursts of
 * at most `burst`. Vendors throttle per app; the sync keeps every client under its limit with one.
 */
export interface RateLimiter {
  /** Resolves when the caller may send one request. */
  acquire(signal?: AbortSignal): Promise<void>;
}

export interface RateLimiterOptions {
  requestsPerSecond: number;
  /** Largest burst; defaults to 1 so that no window of 1/rps seconds holds two requests. */
  burst?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const rate = options.requestsPerSecond;
  if (!(rate > 0)) throw new RangeError("requestsPerSecond must be > 0");
  const burst = Math.max(1, options.burst ?? 1);
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const interval = 1000 / rate;
  // The earliest time the next request may go, advanced by one interval per grant.
  let nextFree = now() - (burst - 1) * interval;
  return {
    async acquire(signal) {
      signal?.throwIfAborted();
      const current = now();
      const slot = Math.max(nextFree, current - (burst - 1) * interval);
      nextFree = slot + interval;
      const wait = slot - current;
      if (wait > 0) await sleep(wait);
      signal?.throwIfAborted();
    },
  };
}

/** A limiter that never waits. */
export const unlimited: RateLimiter = { acquire: async () => {} };
