import { ConnectionError, HttpError, OrderbridgeError, TimeoutError } from "./errors.js";
import { type Logger, silentLogger } from "./logger.js";
import { type RateLimiter, unlimited } from "./rate-limit.js";
import { redact } from "./redact.js";

/** What every vendor client accepts to shape its HTTP behaviour. */
export interface TransportOptions {
  /** Vendor id, carried by every error. */
  vendor: string;
  baseUrl: string;
  /** A fetch implementation; defaults to the global fetch (undici). Tests inject their own. */
  fetch?: typeof fetch;
  /** Per-attempt timeout, covering the response body too. Default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt for retryable failures. Default 2. */
  retries?: number;
  /** First backoff ceiling; each retry doubles it (full jitter). Default 500 ms. */
  retryBaseDelayMs?: number;
  /** Largest backoff ceiling. Default 20 s. */
  retryMaxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the error is thrown instead. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Paces requests (see createRateLimiter). Default: no limit. */
  rateLimiter?: RateLimiter;
  logger?: Logger;
  userAgent?: string;
  /** For tests: replaces setTimeout-based sleeping between retries. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** For tests: replaces Math.random in the jitter. */
  random?: () => number;
  /**
   * How the user configured `baseUrl` (`YIKAYI_BASE_URL`), named in the hint of a connection error that
   * reached no server (`… (ECONNREFUSED): is YIKAYI_BASE_URL right?`). Default `baseUrl`.
   */
  baseUrlName?: string;
}

/** The concrete request of one attempt. Built anew for each attempt so signatures and timestamps are fresh. */
export interface PreparedRequest {
  /** Path (with its own query string, if any) relative to the base URL. */
  path: string;
  method?: "GET" | "POST";
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
}

export interface RequestSpec {
  /** The vendor method or path, for errors and logs. */
  operation: string;
  /**
   * True when sending the request twice cannot change anything at the vendor (queries). Requests
   * that may have side effects (refunds, opening a door) are never retried unless this is set.
   */
  idempotent: boolean;
  prepare: (attempt: number) => PreparedRequest | Promise<PreparedRequest>;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  /** The body as text: callers parse it (losslessly) themselves. */
  text: string;
  url: string;
  /** How many attempts it took (1 = no retry). */
  attempts: number;
}

export interface Transport {
  readonly vendor: string;
  readonly baseUrl: string;
  request(spec: RequestSpec): Promise<TransportResponse>;
}

const DEFAULTS = {
  timeoutMs: 30_000,
  retries: 2,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

/** Statuses worth another attempt: throttling and transient server trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

/**
 * Parses a Retry-After header (delta-seconds or an HTTP date) to milliseconds from `now`.
 * Returns undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * Full-jitter exponential backoff: a uniformly random delay in [0, min(max, base * 2^(retry-1))].
 * Spreads retries of many clients instead of synchronising them.
 */
export function backoffDelay(
  retry: number,
  base: number,
  max: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(max, base * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Creates the HTTP transport a vendor client sends through: per-attempt timeout, retries with
 * full-jitter backoff on connection failures, timeouts, 429 and 5xx (honouring Retry-After), a
 * rate limiter, redacted debug logging. Non-2xx answers become {@link HttpError}s.
 *
 * @example
 * const transport = createTransport({ vendor: "yopoint", baseUrl: "https://api.yopoint.com" });
 * const res = await transport.request({ operation: "api.test", idempotent: true, prepare: () => ({ path: "/api/gateway/index", body: "…" }) });
 */
export function createTransport(options: TransportOptions): Transport {
  const settings = { ...DEFAULTS, ...stripUndefined(options) };
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const logger = options.logger ?? silentLogger;
  const limiter = options.rateLimiter ?? unlimited;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const vendor = options.vendor;
  if (!Number.isInteger(settings.retries) || settings.retries < 0)
    throw new RangeError("retries must be a whole number ≥ 0");
  if (!(settings.timeoutMs > 0)) throw new RangeError("timeoutMs must be > 0");

  async function attemptOnce(spec: RequestSpec, attempt: number): Promise<TransportResponse> {
    const prepared = await spec.prepare(attempt);
    const url = new URL(baseUrl + (prepared.path.startsWith("/") ? prepared.path : `/${prepared.path}`));
    for (const [key, value] of Object.entries(prepared.query ?? {})) url.searchParams.set(key, value);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new TimeoutError(settings.timeoutMs, { vendor, operation: spec.operation }));
    }, settings.timeoutMs);
    // AbortSignal.any instead of a listener on the caller's signal: a sync shares one signal among many
    // concurrent requests, and a listener each trips Node's MaxListenersExceededWarning.
    const signal = spec.signal ? AbortSignal.any([spec.signal, controller.signal]) : controller.signal;
    const started = performance.now();
    try {
      await limiter.acquire(signal);
      logger.debug("request", { vendor, operation: spec.operation, attempt, url: redact(url.toString()) });
      const response = await fetchImpl(url, {
        method: prepared.method ?? "POST",
        headers: {
          accept: "application/json",
          ...(options.userAgent ? { "user-agent": options.userAgent } : {}),
          ...prepared.headers,
        },
        body: prepared.body ?? null,
        signal,
      });
      const text = await response.text();
      logger.debug("response", {
        vendor,
        operation: spec.operation,
        attempt,
        status: response.status,
        ms: Math.round(performance.now() - started),
      });
      return {
        status: response.status,
        headers: response.headers,
        text,
        url: url.toString(),
        attempts: attempt,
      };
    } catch (error) {
      if (timedOut) throw new TimeoutError(settings.timeoutMs, { vendor, operation: spec.operation });
      if (spec.signal?.aborted) throw spec.signal.reason ?? error;
      if (error instanceof OrderbridgeError) throw error;
      throw connectionError(error, url, options.baseUrlName ?? "baseUrl", {
        vendor,
        operation: spec.operation,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    vendor,
    baseUrl,
    async request(spec) {
      const maxAttempts = spec.idempotent ? settings.retries + 1 : 1;
      for (let attempt = 1; ; attempt++) {
        let failure: OrderbridgeError;
        let retryAfterMs: number | undefined;
        try {
          const response = await attemptOnce(spec, attempt);
          if (response.status >= 200 && response.status < 300) return response;
          retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
          failure = new HttpError(response.status, {
            vendor,
            operation: spec.operation,
            requestId:
              response.headers.get("x-request-id") ?? response.headers.get("request-id") ?? undefined,
            body: response.text,
            retryAfterMs,
          });
          if (!isRetryableStatus(response.status)) throw failure;
        } catch (error) {
          if (
            !(error instanceof TimeoutError || error instanceof ConnectionError || error instanceof HttpError)
          )
            throw error;
          if (error instanceof HttpError && !isRetryableStatus(error.status)) throw error;
          failure = error;
          retryAfterMs = error instanceof HttpError ? error.retryAfterMs : undefined;
        }
        if (attempt >= maxAttempts) throw failure;
        if (retryAfterMs !== undefined && retryAfterMs > settings.maxRetryAfterMs) throw failure;
        const delay =
          retryAfterMs ?? backoffDelay(attempt, settings.retryBaseDelayMs, settings.retryMaxDelayMs, random);
        logger.info("retry", {
          vendor,
          operation: spec.operation,
          attempt,
          delayMs: delay,
          reason: failure.message,
        });
        await sleep(delay, spec.signal);
      }
    },
  };
}

/** System codes that mean no server was reached at all: the address is the first thing to check. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * Turns what fetch threw into a {@link ConnectionError} naming the host and port (never the path or the
 * query, which carry signatures) and the system's code, with a hint at the setting when nothing answered.
 */
function connectionError(
  error: unknown,
  url: URL,
  baseUrlName: string,
  origin: { vendor: string; operation: string },
): ConnectionError {
  const code = systemCode(error);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const where = `${url.hostname}:${port}`;
  const detail = code ?? innermostMessage(error);
  const tls = code !== undefined && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code);
  const message =
    code !== undefined && UNREACHABLE_CODES.has(code)
      ? `cannot connect to ${where} (${code}): is ${baseUrlName} right?`
      : tls
        ? `cannot connect securely to ${where} (${code}): check ${baseUrlName} and the server's certificate`
        : `the connection to ${where} failed (${detail})`;
  return new ConnectionError(
    message,
    { ...origin, host: url.hostname, port, ...(code !== undefined ? { code } : {}) },
    { cause: error },
  );
}

/** The `code` of what fetch threw, its cause, or the first of an AggregateError's errors. */
function systemCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const { code, errors, cause } = current as { code?: unknown; errors?: unknown; cause?: unknown };
    if (typeof code === "string" && code !== "") return code;
    if (Array.isArray(errors) && errors.length > 0) {
      const inner = systemCode(errors[0]);
      if (inner) return inner;
    }
    current = cause;
  }
  return undefined;
}

function innermostMessage(error: unknown): string {
  let current: unknown = error;
  let message = String(error);
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const text = (current as { message?: unknown }).message;
    if (typeof text === "string" && text !== "") message = text;
    current = (current as { cause?: unknown }).cause;
  }
  return message;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
