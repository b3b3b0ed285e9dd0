/**
 * Paces requests to at most `requestsPerSecond` in ANY one-second window, evenly spaced. Vendors throttle
 * per app; the sync keeps every client under its limit with one.
 *
 * Two rules together: an even spacing of 1/rps between grants (no bursts), and a log of the last grants
 * that holds a request back until the one `limit` grants earlier is more than a second (plus a margin) in
 * the past. The spacing alone is not enough: a timer that fires a few milliseconds late lets the next,
 * punctual request land in the same sliding second as one too many (seen in the latency benchmark: 53
 * requests in one second under a limit of 50). The margin is 10% of the second: a request that reaches the
 * vendor late (a busy event loop, a slow connection) lands beside the next ones, and 20 ms was measured too
 * little on a loaded 2-core machine (5 requests in one second under a limit of 4); it costs at most a tenth of
 * the rate, only while the limit binds.
 */
export interface RateLimiter {
  /** Resolves when the caller may send one request. */
  acquire(signal?: AbortSignal): Promise<void>;
}

export interface RateLimiterOptions {
  requestsPerSecond: number;
  /** Extra distance kept from the one-second window, for timer and network jitter. Default 100 ms. */
  marginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** See the header: the share of the second kept free for jitter. */
export const DEFAULT_MARGIN_MS = 100;

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const rate = options.requestsPerSecond;
  if (!(rate > 0)) throw new RangeError("requestsPerSecond must be > 0");
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const interval = 1000 / rate;
  const limit = Math.max(1, Math.floor(rate));
  const windowMs = 1000 + (options.marginMs ?? DEFAULT_MARGIN_MS);
  // The earliest time the next request may go (even spacing), and when the last `limit` ones went.
  let nextFree = Number.NEGATIVE_INFINITY;
  const granted: number[] = [];
  // Grants are handed out one at a time, in arrival order.
  let queue: Promise<void> = Promise.resolve();
  return {
    acquire(signal) {
      const turn = queue.then(async () => {
        signal?.throwIfAborted();
        const current = now();
        const oldest = granted.length >= limit ? granted[granted.length - limit]! : Number.NEGATIVE_INFINITY;
        const at = Math.max(current, nextFree, oldest + windowMs);
        if (at > current) await sleep(at - current);
        signal?.throwIfAborted();
        // Record when the request really goes (a late timer moves the whole schedule, never compresses it).
        const sent = Math.max(now(), at);
        nextFree = sent + interval;
        granted.push(sent);
        if (granted.length > limit) granted.shift();
      });
      queue = turn.catch(() => {});
      return turn;
    },
  };
}

/** A limiter that never waits. */
export const unlimited: RateLimiter = { acquire: async () => {} };
