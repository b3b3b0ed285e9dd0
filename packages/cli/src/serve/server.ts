import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { type HttpBindings, serve } from "@hono/node-server";
import * as baifude from "@orderbridge/baifude";
import {
  ConfigError,
  createRateLimiter,
  type Env,
  optionalEnv,
  redact,
  registerSecret,
  requireEnv,
} from "@orderbridge/core";
import type { Store } from "@orderbridge/store";
import * as yopoint from "@orderbridge/yopoint";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import pLimit from "p-limit";
import pino, { type Logger } from "pino";
import { mountReport, REPORT_TOKEN_VARIABLE } from "../report/route.js";
import { type ClientOverrides, isConfigured } from "../vendors.js";
import { receiveBaifude } from "./baifude.js";
import { createCoalescer } from "./coalesce.js";
import {
  DEFAULT_BODY_LIMIT_BYTES,
  DEFAULT_DRAIN_MS,
  DEFAULT_FETCH_CONCURRENCY,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_RATE_LIMIT,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_TOLERANCE_SECONDS,
} from "./limits.js";
import type {
  NotificationClients,
  NotificationCounts,
  NotificationOutcome,
  ReceiverContext,
  ReceiverVendor,
  Reply,
  StoreOutcome,
} from "./types.js";
import { receiveYopoint } from "./yopoint.js";

export interface NotificationServerOptions {
  /** The store `sync` writes to: an order arriving by push and by sync becomes one row. */
  store: Store;
  /** Vendor variables (YOPOINT_*, BAIFUDE_*): receivers are built for the configured vendors. */
  env?: Env;
  /**
   * Receivers given directly (tests, embedding: the worker passes the clients it syncs with, so an account keeps
   * one rate limiter); wins over `env` per vendor.
   */
  clients?: NotificationClients;
  /** Client options when receivers are built from `env` (timeouts, retries, logger). */
  clientOverrides?: Omit<ClientOverrides, "rateLimiter">;
  /** Requests per second per vendor account when receivers are built from `env` (default 5, as `sync`). */
  rateLimit?: number;
  /**
   * Vendor fetches in flight per account (default 4); the notifications beyond wait in arrival order, so a burst
   * of notifications never becomes a burst of gets (the account's rate limiter paces them further).
   */
  fetchConcurrency?: number;
  /** A pino logger (default: JSON lines on stderr at `info`); `false` logs nothing. */
  logger?: Logger | false;
  /** Largest accepted distance between a notification's timestamp and now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** Largest accepted body, in bytes (default 64 KiB); larger ones get 413. */
  bodyLimitBytes?: number;
  /**
   * Time to receive a whole request, headers and body, in ms (default 30 s): a client still sending after it
   * gets 408 and its connection is closed (node's `server.requestTimeout`).
   */
  requestTimeoutMs?: number;
  /** Time to receive a request's headers, in ms (default 10 s, at most `requestTimeoutMs`; `server.headersTimeout`). */
  headersTimeoutMs?: number;
  /** How long `close()` waits for in-flight notifications, in ms (default 10 s). */
  drainMs?: number;
  /** Normalize as `sync` does: keep personal data in the clear (default false). */
  includePersonalData?: boolean;
  /** Normalize as `sync` does: keep the vendor payload in `raw` (default false). */
  includeRaw?: boolean;
  /** The clock notifications are checked against, epoch ms (default Date.now). */
  now?: () => number;
  /** `GET /report` (`mountReport`): on with a token, here or `ORDERBRIDGE_REPORT_TOKEN` in `env`; `source` names the store. */
  report?: { token?: string | undefined; source?: string | undefined } | undefined;
}

/** How a shutdown went. */
export interface ShutdownReport {
  /**
   * `true`: every in-flight notification was answered before the deadline. `false`: the deadline cut some short
   * (their vendor fetches were aborted, their connections closed, nothing of theirs acknowledged: the vendor
   * delivers them again).
   */
  drained: boolean;
  counts: NotificationCounts;
}

export interface RunningNotificationServer {
  /** `http://host:port`, the port resolved when 0 was asked for. */
  url: string;
  port: number;
  /**
   * Graceful shutdown: `/readyz` turns 503, no new connections are accepted, in-flight notifications finish
   * (their fetch and store; their connections are then closed). After `drainMs` (default: the server's option,
   * 10 s) queued and running vendor fetches are aborted and the remaining connections cut. Resolves once no
   * notification's work is left running, so the store can be closed right after. Idempotent.
   */
  close(drainMs?: number): Promise<ShutdownReport>;
}

export interface NotificationServer {
  /** The Hono app (its `fetch` can be called without a socket). */
  app: Hono<{ Bindings: Partial<HttpBindings> }>;
  /** The vendors that have a route. */
  vendors: ReceiverVendor[];
  /** Notifications answered so far, by outcome (a copy). */
  counts(): NotificationCounts;
  /** Listens once; `close()` the result to stop. */
  listen(port?: number, host?: string): Promise<RunningNotificationServer>;
}

/**
 * Builds the receivers for the configured vendors from the variables of docs/design.md, each client with its own
 * rate limiter (`rateLimit` requests per second; none when not given). Yopoint payment callbacks also need
 * `YOPOINT_PAYMENT_SECRET` (the 支付签名密钥, §2.4; optional: without it they are refused).
 *
 * @example
 * const clients = clientsFromEnv(process.env, {}, { rateLimit: 5 });
 */
export function clientsFromEnv(
  env: Env,
  overrides: Omit<ClientOverrides, "rateLimiter"> = {},
  options: { rateLimit?: number | undefined } = {},
): NotificationClients {
  const withLimiter = () =>
    options.rateLimit
      ? { ...overrides, rateLimiter: createRateLimiter({ requestsPerSecond: options.rateLimit }) }
      : overrides;
  const clients: NotificationClients = {};
  if (isConfigured("yopoint", env)) {
    const client = yopoint.clientFromEnv(env, withLimiter());
    clients.yopoint = {
      client,
      appSecret: requireEnv(env, "YOPOINT_APP_SECRET", "yopoint", { secret: true }),
      paymentSecret: registerSecret(optionalEnv(env, "YOPOINT_PAYMENT_SECRET")),
      account: client.appId,
    };
  }
  if (isConfigured("baifude", env)) {
    const client = baifude.clientFromEnv(env, withLimiter());
    const signerName = optionalEnv(env, "BAIFUDE_SIGNER");
    clients.baifude = {
      client,
      appKey: requireEnv(env, "BAIFUDE_APP_KEY", "baifude"),
      appSecret: requireEnv(env, "BAIFUDE_APP_SECRET", "baifude", { secret: true }),
      // clientFromEnv has already refused an unknown BAIFUDE_SIGNER.
      signer: signerName ? baifude.BAIFUDE_SIGNERS[signerName] : undefined,
      account: requireEnv(env, "BAIFUDE_APP_KEY", "baifude"),
    };
  }
  return clients;
}

function defaultLogger(): Logger {
  return pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
}

const positive = (name: string, value: number, whole = false) => {
  if (!(value > 0 && Number.isFinite(value)) || (whole && !Number.isInteger(value)))
    throw new RangeError(`${name} must be a ${whole ? "whole number" : "number"} > 0`);
  return value;
};

const MESSAGES: Record<NotificationOutcome, string> = {
  stored: "notification stored",
  unchanged: "notification stored, unchanged",
  acknowledged: "notification acknowledged",
  failed: "notification kept as a failed record and acknowledged: a redelivery would not help",
  retry: "notification not stored: answered so that the vendor delivers it again",
  refused: "notification refused",
};

/**
 * The notification receiver behind `orderbridge serve` (and `worker --serve-port`): `POST /notify/yopoint`,
 * `POST /notify/baifude`, `GET /healthz`, `GET /readyz`. Each notification is size- and time-limited, verified
 * (constant-time signature, timestamp window), validated against the spec's `webhooks`, and the order it names is
 * fetched (within the account's bound of concurrent fetches) and upserted into `store` through the sync's own
 * ingest; the vendor gets exactly the answer it expects: its acknowledgement when the notification needs no
 * redelivery (stored, unchanged, or kept as a failed record), a 5xx when a redelivery can help.
 *
 * @example
 * const store = await openStore("./orderbridge.db");
 * await store.migrate();
 * const server = createNotificationServer({ store, env: process.env });
 * const running = await server.listen(8080, "0.0.0.0");
 * process.once("SIGTERM", async () => {
 *   const { counts } = await running.close();
 *   await store.close();
 * });
 */
export function createNotificationServer(options: NotificationServerOptions): NotificationServer {
  const fromEnv = options.env
    ? clientsFromEnv(options.env, options.clientOverrides, {
        rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
      })
    : {};
  const clients: NotificationClients = {
    yopoint: options.clients?.yopoint ?? fromEnv.yopoint,
    baifude: options.clients?.baifude ?? fromEnv.baifude,
  };
  const vendors = (["yopoint", "baifude"] as const).filter((vendor) => clients[vendor]);
  if (!vendors.length)
    throw new ConfigError(
      "no vendor to receive notifications for: set the variables of yopoint (YOPOINT_APP_ID, YOPOINT_APP_SECRET) or baifude (BAIFUDE_BASE_URL, BAIFUDE_APP_KEY, BAIFUDE_APP_SECRET)",
    );
  const toleranceSeconds = positive(
    "toleranceSeconds",
    options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
  );
  const bodyLimitBytes = positive("bodyLimitBytes", options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES, true);
  const requestTimeoutMs = positive(
    "requestTimeoutMs",
    options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    true,
  );
  const headersTimeoutMs = positive(
    "headersTimeoutMs",
    options.headersTimeoutMs ?? Math.min(DEFAULT_HEADERS_TIMEOUT_MS, requestTimeoutMs),
    true,
  );
  if (headersTimeoutMs > requestTimeoutMs)
    throw new RangeError(
      `headersTimeoutMs (${headersTimeoutMs}) must not be longer than requestTimeoutMs (${requestTimeoutMs})`,
    );
  const fetchConcurrency = positive(
    "fetchConcurrency",
    options.fetchConcurrency ?? DEFAULT_FETCH_CONCURRENCY,
    true,
  );
  const defaultDrainMs = positive("drainMs", options.drainMs ?? DEFAULT_DRAIN_MS);
  const logger = options.logger === false ? pino({ level: "silent" }) : (options.logger ?? defaultLogger());
  const limits: Record<ReceiverVendor, ReturnType<typeof pLimit>> = {
    yopoint: pLimit(fetchConcurrency),
    baifude: pLimit(fetchConcurrency),
  };
  // Aborted when a shutdown stops waiting; replaced by each listen().
  let shutdown = new AbortController();
  const ctx: ReceiverContext = {
    store: options.store,
    logger,
    now: options.now ?? Date.now,
    toleranceSeconds,
    includePersonalData: options.includePersonalData ?? false,
    includeRaw: options.includeRaw ?? false,
    coalesce: createCoalescer<StoreOutcome>(),
    fetchSlot: (vendor, task) => limits[vendor](task),
    get signal() {
      return shutdown.signal;
    },
  };
  const counts: NotificationCounts = {
    received: 0,
    stored: 0,
    unchanged: 0,
    acknowledged: 0,
    failed: 0,
    retry: 0,
    refused: 0,
  };
  /** The notifications being worked on: a shutdown waits for them before the store may close. */
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;

  const app = new Hono<{ Bindings: Partial<HttpBindings> }>();

  // While shutting down, every answer closes its connection, so the server drains.
  app.use("*", async (c, next) => {
    await next();
    if (closing) c.header("connection", "close");
  });

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    if (closing) return c.json({ status: "shutting down" }, 503);
    try {
      // A primary-key lookup: proves the store answers without scanning anything.
      await options.store.getOrder("readyz:probe");
      return c.json({ status: "ready", vendors });
    } catch {
      return c.json({ status: "store unavailable" }, 503);
    }
  });

  /** Sends a reply, counts it and writes its one log line: no body, no signature, no personal data. */
  const answer = (
    c: Context<{ Bindings: Partial<HttpBindings> }>,
    vendor: string,
    started: number,
    reply: Reply,
  ) => {
    counts.received++;
    counts[reply.outcome]++;
    const line = {
      vendor,
      type: reply.type,
      status: reply.status,
      outcome: reply.outcome,
      // Whether the answer asks the vendor to deliver the notification again (anything but a 200).
      redeliver: reply.status !== 200,
      ...(reply.orderId ? { orderId: reply.orderId } : {}),
      ...(reply.kind ? { kind: reply.kind } : {}),
      ...(reply.store ? { store: reply.store } : {}),
      ...(reply.reason ? { reason: reply.reason } : {}),
      ...(reply.detail ? { detail: redact(reply.detail) } : {}),
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    const message = MESSAGES[reply.outcome];
    if (reply.outcome === "retry") logger.error(line, message);
    else if (reply.outcome === "failed" || reply.outcome === "refused") logger.warn(line, message);
    else logger.info(line, message);
    if (c.env?.incoming?.socket?.destroyed)
      logger.debug(
        { vendor, type: reply.type, orderId: reply.orderId, reason: "client_disconnected" },
        "the client disconnected before the answer (its work was done; a redelivery finds it stored)",
      );
    return c.json(reply.body as object, reply.status as 200);
  };

  /** Sockets that node cut for being too slow (see `clientError` below), to word the handler's log line. */
  const timedOut = new WeakSet<object>();

  /**
   * The request body, or `undefined` when it never arrived whole: the client disconnected, or the request
   * timeout cut it. Neither is our error: logged at debug (the timeout itself is logged at info, once).
   */
  const readBody = async (c: Context<{ Bindings: Partial<HttpBindings> }>, vendor: string) => {
    try {
      return await c.req.text();
    } catch (error) {
      const socket = c.env?.incoming?.socket;
      const cut = socket !== undefined && timedOut.has(socket);
      logger.debug(
        { vendor, reason: cut ? "request_timeout" : "client_disconnected", error: redact(String(error)) },
        cut
          ? "request body not received before the request timeout"
          : "the client disconnected before sending its whole request",
      );
      return undefined;
    }
  };

  /**
   * Refuses a body over the limit with 413 — before the rest of it is read, so the answer also closes the
   * connection. Kept alive, the connection would be closed anyway by @hono/node-server once draining the
   * unread body takes longer than its 500 ms (a busy machine), after the client had put it back in its pool
   * as reusable: the client's next request on it then fails with "other side closed".
   */
  const limit = (vendor: ReceiverVendor) =>
    bodyLimit({
      maxSize: bodyLimitBytes,
      onError: (c) => {
        c.header("connection", "close");
        return answer(c, vendor, performance.now(), {
          status: 413,
          body:
            vendor === "yopoint"
              ? { error_code: -1, error_msg: "ERR_BODY_TOO_LARGE", data: {} }
              : { code: "10001", msg: "报文过大", data: null },
          outcome: "refused",
          reason: "body_too_large",
          detail: `the body is larger than ${bodyLimitBytes} bytes`,
        });
      },
    });

  /** Runs one notification's work, tracked so that a shutdown waits for it. */
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    const done = () => inFlight.delete(work);
    work.then(done, done);
    return work;
  };

  const yopointReceiver = clients.yopoint;
  if (yopointReceiver) {
    app.post("/notify/yopoint", limit("yopoint"), async (c) => {
      const started = performance.now();
      const body = await readBody(c, "yopoint");
      if (body === undefined) return c.body(null, 400);
      const reply = await track(
        receiveYopoint(ctx, yopointReceiver, c.req.header("content-type") ?? "", body),
      );
      return answer(c, "yopoint", started, reply);
    });
  }
  const baifudeReceiver = clients.baifude;
  if (baifudeReceiver) {
    app.post("/notify/baifude", limit("baifude"), async (c) => {
      const started = performance.now();
      const body = await readBody(c, "baifude");
      if (body === undefined) return c.body(null, 400);
      const url = new URL(c.req.url);
      const reply = await track(
        receiveBaifude(ctx, baifudeReceiver, {
          path: url.pathname,
          query: url.searchParams,
          contentType: c.req.header("content-type") ?? "",
          bodyText: body,
        }),
      );
      return answer(c, "baifude", started, reply);
    });
  }

  const reportToken = options.report?.token ?? options.env?.[REPORT_TOKEN_VARIABLE];
  mountReport(app, { store: options.store, token: reportToken, source: options.report?.source, logger });

  app.notFound((c) => {
    // Answered without reading the body: the connection is closed, not kept alive (see `limit`).
    c.header("connection", "close");
    return c.json({ error: "not found", routes: vendors.map((v) => `POST /notify/${v}`) }, 404);
  });
  app.onError((error, c) => {
    // An unexpected failure (a bug): 500, so the vendor delivers the notification again.
    const notification = c.req.path.startsWith("/notify/");
    if (notification) {
      counts.received++;
      counts.retry++;
    }
    logger.error(
      {
        path: c.req.path,
        ...(notification ? { status: 500, outcome: "retry", redeliver: true } : {}),
        error: redact(`${error.name}: ${error.message}`),
      },
      "request failed",
    );
    return c.json({ error: "internal error" }, 500);
  });

  let listening = false;
  async function listen(port = 0, host = "127.0.0.1"): Promise<RunningNotificationServer> {
    if (listening) throw new Error("this notification server is listening already: create another one");
    listening = true;
    closing = false;
    shutdown = new AbortController();
    const server = await new Promise<Server>((resolve, reject) => {
      const created = serve(
        {
          fetch: app.fetch,
          port,
          hostname: host,
          serverOptions: {
            requestTimeout: requestTimeoutMs,
            headersTimeout: headersTimeoutMs,
            // How often node checks the two timeouts (default 30 s, which would let a 10 s timeout run to 40 s).
            connectionsCheckingInterval: Math.max(
              10,
              Math.min(1000, Math.floor(Math.min(headersTimeoutMs, requestTimeoutMs) / 4)),
            ),
          },
        },
        () => resolve(created as Server),
      );
      created.once("error", reject);
    });
    // Replaces node's default answer to a client error (which is the same, unlogged): a slow client is cut with
    // 408 and logged at info, a disconnect at debug, a malformed request answered 400 and logged at info.
    server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
      const headerSent = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
      const reply = (status: string) => {
        if (socket.writable && !headerSent) socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
        socket.destroy();
      };
      if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
        timedOut.add(socket);
        logger.info(
          { reason: "request_timeout", status: 408, requestTimeoutMs, headersTimeoutMs },
          "a request was not received in time (headers or body): answered 408 and closed its connection",
        );
        reply("408 Request Timeout");
      } else if (error.code === "ECONNRESET" || error.code === "EPIPE") {
        logger.debug({ reason: "client_disconnected", code: error.code }, "a client disconnected");
        socket.destroy();
      } else {
        logger.info(
          { reason: "bad_request", status: 400, code: error.code },
          "a malformed HTTP request: answered 400 and closed its connection",
        );
        reply(
          error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request",
        );
      }
    });
    const address = server.address() as AddressInfo;
    const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
    const url = `http://${shownHost}:${address.port}`;
    logger.info(
      {
        url,
        vendors,
        toleranceSeconds,
        bodyLimitBytes,
        requestTimeoutMs,
        headersTimeoutMs,
        fetchConcurrency,
      },
      "listening",
    );
    let closed: Promise<ShutdownReport> | undefined;
    const stop = async (drainMs: number): Promise<ShutdownReport> => {
      closing = true;
      const stopped = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), drainMs);
      });
      const drained = (await Promise.race([stopped.then(() => "done" as const), late])) === "done";
      clearTimeout(timer);
      if (!drained) {
        logger.warn(
          { drainMs, inFlight: inFlight.size },
          "in-flight notifications did not finish in time: their vendor fetches are aborted and their connections closed (the vendors deliver them again)",
        );
        shutdown.abort();
        server.closeAllConnections();
        await stopped;
      }
      // Fetches and writes still running finish (or fail fast, aborted) before the caller closes the store.
      await Promise.allSettled([...inFlight]);
      logger.info({ drained, ...counts }, "stopped");
      return { drained, counts: { ...counts } };
    };
    return {
      url,
      port: address.port,
      close(drainMs = defaultDrainMs) {
        closed ??= stop(drainMs);
        return closed;
      },
    };
  }

  return { app, vendors: [...vendors], counts: () => ({ ...counts }), listen };
}
