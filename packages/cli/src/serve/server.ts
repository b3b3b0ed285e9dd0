import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import * as baifude from "@orderbridge/baifude";
import { ConfigError, type Env, optionalEnv, redact, registerSecret, requireEnv } from "@orderbridge/core";
import type { Store } from "@orderbridge/store";
import * as yopoint from "@orderbridge/yopoint";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import pino, { type Logger } from "pino";
import { mountReport, REPORT_TOKEN_VARIABLE } from "../report/route.js";
import { type ClientOverrides, isConfigured } from "../vendors.js";
import { receiveBaifude } from "./baifude.js";
import { createCoalescer } from "./coalesce.js";
import type { NotificationClients, ReceiverContext, Reply, StoreOutcome } from "./types.js";
import { receiveYopoint } from "./yopoint.js";

/** Default largest accepted |timestamp − now| (Yopoint's own window is undocumented, §7.8; Baifude's too). */
export const DEFAULT_TOLERANCE_SECONDS = 300;
/** Default body limit: a notification is a few hundred bytes; `notify.cabinet.changed` a few KiB. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;
/** How long `close()` waits for in-flight requests before it cuts the remaining connections. */
export const DEFAULT_DRAIN_MS = 10_000;

export interface NotificationServerOptions {
  /** The store `sync` writes to: an order arriving by push and by sync becomes one row. */
  store: Store;
  /** Vendor variables (YOPOINT_*, BAIFUDE_*): receivers are built for the configured vendors. */
  env?: Env;
  /** Receivers given directly (tests, embedding); wins over `env` per vendor. */
  clients?: NotificationClients;
  /** Client options when receivers are built from `env` (timeouts, retries, rate limiter). */
  clientOverrides?: ClientOverrides;
  /** A pino logger (default: JSON lines on stderr at `info`); `false` logs nothing. */
  logger?: Logger | false;
  /** Largest accepted distance between a notification's timestamp and now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** Largest accepted body, in bytes (default 64 KiB); larger ones get 413. */
  bodyLimitBytes?: number;
  /** Normalize as `sync` does: keep personal data in the clear (default false). */
  includePersonalData?: boolean;
  /** Normalize as `sync` does: keep the vendor payload in `raw` (default false). */
  includeRaw?: boolean;
  /** The clock notifications are checked against, epoch ms (default Date.now). */
  now?: () => number;
  /** `GET /report` (`mountReport`): on with a token, here or `ORDERBRIDGE_REPORT_TOKEN` in `env`; `source` names the store. */
  report?: { token?: string | undefined; source?: string | undefined } | undefined;
}

export interface RunningNotificationServer {
  /** `http://host:port`, the port resolved when 0 was asked for. */
  url: string;
  port: number;
  /**
   * Graceful shutdown: `/readyz` turns 503, no new connections are accepted, in-flight requests finish (their
   * connections are then closed); after `drainMs` (default 10 s) remaining connections are cut.
   */
  close(drainMs?: number): Promise<void>;
}

export interface NotificationServer {
  /** The Hono app (its `fetch` can be called without a socket). */
  app: Hono;
  /** The vendors that have a route. */
  vendors: ("yopoint" | "baifude")[];
  listen(port?: number, host?: string): Promise<RunningNotificationServer>;
}

/**
 * Builds the receivers for the configured vendors from the variables of docs/design.md. Yopoint payment callbacks also
 * need `YOPOINT_PAYMENT_SECRET` (the 支付签名密钥, §2.4; optional: without it they are refused).
 *
 * @example
 * const clients = clientsFromEnv(process.env);
 */
export function clientsFromEnv(env: Env, overrides: ClientOverrides = {}): NotificationClients {
  const clients: NotificationClients = {};
  if (isConfigured("yopoint", env)) {
    const client = yopoint.clientFromEnv(env, overrides);
    clients.yopoint = {
      client,
      appSecret: requireEnv(env, "YOPOINT_APP_SECRET", "yopoint", { secret: true }),
      paymentSecret: registerSecret(optionalEnv(env, "YOPOINT_PAYMENT_SECRET")),
      account: client.appId,
    };
  }
  if (isConfigured("baifude", env)) {
    const client = baifude.clientFromEnv(env, overrides);
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

/**
 * The notification receiver behind `orderbridge serve`: `POST /notify/yopoint`, `POST /notify/baifude`,
 * `GET /healthz`, `GET /readyz`. Each notification is size-limited, verified (constant-time signature, timestamp
 * window), validated against the spec's `webhooks`, and the order it concerns is fetched and upserted into
 * `store`; the vendor gets exactly the acknowledgement it expects.
 *
 * @example
 * const store = await openStore("./orderbridge.db");
 * await store.migrate();
 * const server = createNotificationServer({ store, env: process.env });
 * const running = await server.listen(8080, "0.0.0.0");
 * process.once("SIGTERM", () => running.close());
 */
export function createNotificationServer(options: NotificationServerOptions): NotificationServer {
  const fromEnv = options.env ? clientsFromEnv(options.env, options.clientOverrides) : {};
  const clients: NotificationClients = {
    yopoint: options.clients?.yopoint ?? fromEnv.yopoint,
    baifude: options.clients?.baifude ?? fromEnv.baifude,
  };
  const vendors = (["yopoint", "baifude"] as const).filter((vendor) => clients[vendor]);
  if (!vendors.length)
    throw new ConfigError(
      "no vendor to receive notifications for: set the variables of yopoint (YOPOINT_APP_ID, YOPOINT_APP_SECRET) or baifude (BAIFUDE_BASE_URL, BAIFUDE_APP_KEY, BAIFUDE_APP_SECRET)",
    );
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  if (!(toleranceSeconds > 0)) throw new RangeError("toleranceSeconds must be > 0");
  if (!(Number.isInteger(bodyLimitBytes) && bodyLimitBytes > 0))
    throw new RangeError("bodyLimitBytes must be a whole number > 0");
  const logger = options.logger === false ? pino({ level: "silent" }) : (options.logger ?? defaultLogger());
  const ctx: ReceiverContext = {
    store: options.store,
    logger,
    now: options.now ?? Date.now,
    toleranceSeconds,
    includePersonalData: options.includePersonalData ?? false,
    includeRaw: options.includeRaw ?? false,
    coalesce: createCoalescer<StoreOutcome>(),
  };
  let closing = false;

  const app = new Hono();

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

  /** Sends a reply and writes its one log line: no body, no signature, no personal data. */
  const answer = (c: Context, vendor: string, started: number, reply: Reply) => {
    const line = {
      vendor,
      type: reply.type,
      status: reply.status,
      outcome: reply.outcome,
      ...(reply.orderId ? { orderId: reply.orderId } : {}),
      ...(reply.store ? { store: reply.store } : {}),
      ...(reply.reason ? { reason: reply.reason } : {}),
      ...(reply.detail ? { detail: redact(reply.detail) } : {}),
      ...(reply.keptAsFailed ? { keptAsFailed: true } : {}),
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (reply.status >= 500) logger.error(line, "notification not processed");
    else if (reply.status >= 400) logger.warn(line, "notification refused");
    else logger.info(line, reply.outcome === "stored" ? "notification stored" : "notification acknowledged");
    return c.json(reply.body as object, reply.status as 200);
  };

  /**
   * Refuses a body over the limit with 413 — before the rest of it is read, so the answer also closes the
   * connection. Kept alive, the connection would be closed anyway by @hono/node-server once draining the
   * unread body takes longer than its 500 ms (a busy machine), after the client had put it back in its pool
   * as reusable: the client's next request on it then fails with "other side closed".
   */
  const limit = (vendor: "yopoint" | "baifude") =>
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

  const yopointReceiver = clients.yopoint;
  if (yopointReceiver) {
    app.post("/notify/yopoint", limit("yopoint"), async (c) => {
      const started = performance.now();
      const reply = await receiveYopoint(
        ctx,
        yopointReceiver,
        c.req.header("content-type") ?? "",
        await c.req.text(),
      );
      return answer(c, "yopoint", started, reply);
    });
  }
  const baifudeReceiver = clients.baifude;
  if (baifudeReceiver) {
    app.post("/notify/baifude", limit("baifude"), async (c) => {
      const started = performance.now();
      const url = new URL(c.req.url);
      const reply = await receiveBaifude(ctx, baifudeReceiver, {
        path: url.pathname,
        query: url.searchParams,
        contentType: c.req.header("content-type") ?? "",
        bodyText: await c.req.text(),
      });
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
    // An unexpected failure (e.g. the store): 500, so the vendor delivers the notification again.
    logger.error({ path: c.req.path, error: redact(`${error.name}: ${error.message}`) }, "request failed");
    return c.json({ error: "internal error" }, 500);
  });

  async function listen(port = 0, host = "127.0.0.1"): Promise<RunningNotificationServer> {
    closing = false;
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const created = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(created));
      created.once("error", reject);
    });
    const address = server.address() as AddressInfo;
    const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
    const url = `http://${shownHost}:${address.port}`;
    logger.info({ url, vendors, toleranceSeconds, bodyLimitBytes }, "listening");
    let closed: Promise<void> | undefined;
    return {
      url,
      port: address.port,
      close(drainMs = DEFAULT_DRAIN_MS) {
        closed ??= new Promise<void>((resolve, reject) => {
          closing = true;
          const cut = setTimeout(() => {
            logger.warn({ drainMs }, "in-flight requests did not finish in time; closing their connections");
            (server as import("node:http").Server).closeAllConnections();
          }, drainMs);
          cut.unref();
          server.close((error) => {
            clearTimeout(cut);
            logger.info("stopped");
            if (error) reject(error);
            else resolve();
          });
          (server as import("node:http").Server).closeIdleConnections();
        });
        return closed;
      },
    };
  }

  return { app, vendors: [...vendors], listen };
}
