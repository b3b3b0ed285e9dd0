import { redact, snippet } from "./redact.js";

/** Where an error came from: which vendor, and which of its methods or paths. */
export interface ErrorOrigin {
  /** Vendor id: `yopoint`, `baifude`, `yikayi`. */
  vendor?: string | undefined;
  /** The vendor method or path that was called (`cabinet.order.list`, `/openApi/open/order/getList`). */
  operation?: string | undefined;
}

/**
 * The base of every error orderbridge throws. Messages are redacted when the error is created, so
 * neither `message`, `toString()` nor a logged stack can carry a registered secret.
 */
export class OrderbridgeError extends Error {
  readonly vendor: string | undefined;
  readonly operation: string | undefined;

  constructor(message: string, origin: ErrorOrigin = {}, options?: { cause?: unknown }) {
    const where = [origin.vendor, origin.operation].filter(Boolean).join(" ");
    super(redact(where ? `${where}: ${message}` : message), options);
    this.name = new.target.name;
    this.vendor = origin.vendor;
    this.operation = origin.operation;
  }
}

/** The vendor answered with an HTTP status orderbridge does not treat as success. */
export class HttpError extends OrderbridgeError {
  readonly status: number;
  /** The vendor's or proxy's request id header, when there is one. */
  readonly requestId: string | undefined;
  /** The start of the response body, redacted. */
  readonly bodySnippet: string;
  readonly retryAfterMs: number | undefined;

  constructor(
    status: number,
    origin: ErrorOrigin & {
      requestId?: string | undefined;
      body?: string;
      retryAfterMs?: number | undefined;
    },
  ) {
    const body = snippet(origin.body ?? "", 200);
    super(`HTTP ${status}${body ? ` — ${body}` : ""}`, origin);
    this.status = status;
    this.requestId = origin.requestId;
    this.bodySnippet = body;
    this.retryAfterMs = origin.retryAfterMs;
  }
}

/** The request did not complete within the configured timeout and was aborted. */
export class TimeoutError extends OrderbridgeError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, origin: ErrorOrigin = {}) {
    super(`no response within ${timeoutMs} ms (request aborted)`, origin);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The connection failed before a whole HTTP response arrived (DNS, refused, reset, TLS). The transport's
 * message names the host and port and, when nothing could be reached, the setting to check
 * (`cannot connect to 127.0.0.1:9 (ECONNREFUSED): is YIKAYI_BASE_URL right?`) — never the path or the query
 * string, which carry signatures.
 */
export class ConnectionError extends OrderbridgeError {
  /** The host that was called (`127.0.0.1`, `api.yopoint.com`), when known. */
  readonly host: string | undefined;
  /** Its port (the scheme's default when the URL has none), when known. */
  readonly port: number | undefined;
  /** The system's error code (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`), when there is one. */
  readonly code: string | undefined;

  constructor(
    message: string,
    origin: ErrorOrigin & { host?: string; port?: number; code?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(message, origin, options);
    this.host = origin.host;
    this.port = origin.port;
    this.code = origin.code;
  }
}

/** The vendor answered, but with its own error envelope (`error_code != 0`, `code != "0"`, `status != 0`). */
export class VendorError extends OrderbridgeError {
  /** The vendor's own error code, verbatim, as a string. */
  readonly code: string;
  /** The vendor's own message, verbatim (redacted). */
  readonly vendorMessage: string;
  /** A secondary code where the vendor has one (Yopoint's `sub_error_code`). */
  readonly subCode: string | undefined;

  constructor(
    origin: Required<Pick<ErrorOrigin, "vendor" | "operation">> & {
      code: string | number;
      message: string;
      subCode?: string | number | null | undefined;
      hint?: string | undefined;
    },
  ) {
    const code = String(origin.code);
    const sub = origin.subCode === null || origin.subCode === undefined ? undefined : String(origin.subCode);
    super(
      `vendor error ${code}${sub ? `/${sub}` : ""}: ${origin.message || "(no message)"}${origin.hint ? ` (${origin.hint})` : ""}`,
      origin,
    );
    this.code = code;
    this.vendorMessage = redact(origin.message);
    this.subCode = sub;
  }
}

/** A response did not have the shape the spec describes. */
export class ResponseValidationError extends OrderbridgeError {
  /** Path of the first failing value, e.g. `data.data[3].TotalPrice`. */
  readonly path: string;
  /** Every failing path with its reason. */
  readonly issues: readonly { path: string; message: string }[];
  /** The start of the raw response text, redacted. */
  readonly rawSnippet: string;

  constructor(origin: ErrorOrigin & { issues: readonly { path: string; message: string }[]; raw: string }) {
    const first = origin.issues[0] ?? { path: "(root)", message: "invalid" };
    const more = origin.issues.length > 1 ? ` (+${origin.issues.length - 1} more)` : "";
    super(`unexpected response shape at ${first.path}: ${first.message}${more}`, origin);
    this.path = first.path;
    this.issues = origin.issues;
    this.rawSnippet = snippet(origin.raw, 300);
  }
}

/** Configuration is missing or malformed; `variable` names the environment variable when there is one. */
export class ConfigError extends OrderbridgeError {
  readonly variable: string | undefined;
  constructor(message: string, origin: ErrorOrigin & { variable?: string } = {}) {
    super(message, origin);
    this.variable = origin.variable;
  }
}

/** A value could not be parsed (money, time, JSON). */
export class ParseError extends OrderbridgeError {
  readonly input: string;
  constructor(message: string, input: unknown, origin: ErrorOrigin = {}) {
    const shown = typeof input === "string" ? input : safeString(input);
    super(`${message}: ${JSON.stringify(shown.length > 60 ? `${shown.slice(0, 60)}…` : shown)}`, origin);
    this.input = redact(shown);
  }
}

function safeString(value: unknown): string {
  try {
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
