// No imports: `program.ts` reads these to describe `serve`'s options without loading the server.

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Default largest accepted |timestamp − now| (Yopoint's own window is undocumented, §7.8; Baifude's too). */
export const DEFAULT_TOLERANCE_SECONDS = 300;
/** Default body limit: a notification is a few hundred bytes; `notify.cabinet.changed` a few KiB. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;
/**
 * Default time to receive a whole request, headers and body. A notification is a few KiB sent at once; 30 s
 * leaves room for a slow mobile link and still frees a connection held by a client that stopped sending
 * (node's own default is 300 s, checked every 30 s: a slow body held a connection for 305 s).
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30 * SECOND;
/** Default time to receive a request's headers (a few hundred bytes). */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10 * SECOND;
/** How long a shutdown waits for in-flight notifications before it aborts them. */
export const DEFAULT_DRAIN_MS = 10 * SECOND;
/**
 * Default vendor fetches in flight per account. Under the default rate limit (5 requests a second, as `sync`)
 * four overlapping fetches of 200–800 ms keep the limit busy without a burst.
 */
export const DEFAULT_FETCH_CONCURRENCY = 4;
/** Default requests per second per vendor account (as `sync`'s `--rate-limit`). */
export const DEFAULT_RATE_LIMIT = 5;

/** The ranges and defaults of `serve`'s options (a value outside its range is bad usage, exit 2). */
export const SERVE_LIMITS = {
  requestTimeout: { min: SECOND, max: 10 * MINUTE, default: DEFAULT_REQUEST_TIMEOUT_MS },
  headersTimeout: { min: SECOND, max: 10 * MINUTE, default: DEFAULT_HEADERS_TIMEOUT_MS },
  drainTimeout: { min: 100, max: 10 * MINUTE, default: DEFAULT_DRAIN_MS },
  fetchConcurrency: { min: 1, max: 32, default: DEFAULT_FETCH_CONCURRENCY },
} as const;
