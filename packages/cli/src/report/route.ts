import { createHash, timingSafeEqual } from "node:crypto";
import { registerSecret } from "@orderbridge/core/redact";
import type { Store } from "@orderbridge/store";
import type { Env, Hono } from "hono";
import { UsageError } from "../errors.js";
import { timeArg } from "../options.js";
import { isVendorId } from "../vendor-ids.js";
import { version } from "../version.js";
import { checkFilters, kindArg } from "./args.js";
import { reportPeriod } from "./period.js";

/** The variable that switches `GET /report` on (`orderbridge serve`, `worker`). */
export const REPORT_TOKEN_VARIABLE = "ORDERBRIDGE_REPORT_TOKEN";

export interface ReportRouteOptions {
  store: Store;
  /** The token a request must present; without one the route is not mounted at all (404). */
  token: string | undefined;
  /** How the report names its store (`describeSource(db)`); default "the store this server writes to". */
  source?: string | undefined;
  /** Where a request is logged (method, status, period, ms): never a header, never the token. */
  logger?:
    | { info(object: object, message: string): void; warn(object: object, message: string): void }
    | undefined;
  /** The clock for the default period and the report's "made" line (tests pin it). */
  now?: () => Date;
}

const REALM = 'realm="orderbridge report", charset="UTF-8"';

/**
 * Mounts `GET /report?since=&until=&vendor=&kind=&changes_since=` on a Hono app (the serve module's, and
 * later the worker's): the same self-contained page `orderbridge report` writes, for the period asked (the
 * same defaults and date rules as the command). Behind a token: `Authorization: Bearer <token>`, or HTTP
 * Basic with the token as the password (a browser asks for it). No token configured: nothing is mounted,
 * so the route answers 404 like any unknown path; a missing or wrong token: 401. The token is compared in
 * constant time (digests of equal length), registered as a secret (masked in any message) and never logged.
 */
// Generic over the app's environment: serve's app carries node-server bindings, a test's a plain Hono.
export function mountReport<E extends Env>(app: Hono<E>, options: ReportRouteOptions): void {
  const token = options.token?.trim();
  if (!token) return;
  registerSecret(token);
  const expected = digest(token);
  const now = options.now ?? (() => new Date());
  app.get("/report", async (c) => {
    const started = performance.now();
    const log = (status: number, extra: object = {}) =>
      (status >= 400 ? options.logger?.warn : options.logger?.info)?.call(
        options.logger,
        { route: "/report", status, ...extra, ms: Math.round((performance.now() - started) * 10) / 10 },
        status >= 400 ? "report refused" : "report served",
      );
    const presented = presentedToken(c.req.header("authorization"));
    if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
      log(401, { reason: presented === undefined ? "no token" : "wrong token" });
      c.header("www-authenticate", `Bearer ${REALM}, Basic ${REALM}`);
      return c.text(
        `a report needs the token of ${REPORT_TOKEN_VARIABLE}: send "Authorization: Bearer <token>" (or HTTP Basic with the token as the password)\n`,
        401,
      );
    }
    let query: ReturnType<typeof readQuery>;
    try {
      query = readQuery(new URL(c.req.url).searchParams, now());
    } catch (error) {
      log(400, { reason: "bad query" });
      return c.text(`${(error as Error).message}\n`, 400);
    }
    const { buildReport } = await import("./index.js");
    const page = await buildReport(options.store, query, {
      now: now(),
      version,
      source: options.source ?? "the store this server writes to",
    });
    log(200, { since: query.since.toISOString(), until: query.until.toISOString(), bytes: page.length });
    c.header("cache-control", "no-store");
    c.header("x-content-type-options", "nosniff");
    c.header(
      "content-security-policy",
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:",
    );
    return c.html(page);
  });
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** The token of a Bearer header, or the password of a Basic one; undefined when there is none. */
function presentedToken(header: string | undefined): string | undefined {
  const match = /^\s*(bearer|basic)\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match) return undefined;
  if (match[1]!.toLowerCase() === "bearer") return match[2];
  const decoded = Buffer.from(match[2]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/** The report's period and filters from the query string, with the command's rules; bad values throw. */
function readQuery(params: URLSearchParams, now: Date) {
  const time = (name: string) => {
    const value = params.get(name);
    if (value === null || value.trim() === "") return undefined;
    try {
      return timeArg(value);
    } catch (error) {
      throw new UsageError(`${name}=${value.slice(0, 40)}: ${(error as Error).message}`);
    }
  };
  const since = time("since");
  const until = time("until");
  const changesSince = time("changes_since");
  const vendorText = params.get("vendor")?.trim();
  if (vendorText && !isVendorId(vendorText))
    throw new UsageError(`vendor=${vendorText.slice(0, 40)} is not a vendor`);
  const kindText = params.get("kind")?.trim();
  const filters = checkFilters(
    vendorText && isVendorId(vendorText) ? [vendorText] : undefined,
    kindText ? kindArg(kindText) : undefined,
  );
  const period = reportPeriod(now, since, until);
  if (period.since >= period.until)
    throw new UsageError(
      `since (${period.since.toISOString()}) must be before until (${period.until.toISOString()})`,
    );
  return { ...period, ...filters, ...(changesSince ? { changesSince } : {}) };
}
