import { openStore } from "@orderbridge/store";
import pino from "pino";
import { formatDuration } from "../duration.js";
import { Interrupted, RecordsNotStored } from "../errors.js";
import { commandName } from "../invocation.js";
import type { CliIo } from "../io.js";
import { describeSource } from "../report/data.js";
import {
  createNotificationServer,
  type NotificationCounts,
  type RunningNotificationServer,
  type ShutdownReport,
} from "../serve/index.js";

const LEVELS = ["debug", "info", "warn", "error"];

export interface ServeCommandOptions {
  port: number;
  host: string;
  db: string;
  /** Largest accepted |timestamp − now|, seconds. */
  tolerance: number;
  /** Largest accepted body, bytes. */
  bodyLimit: number;
  /** Per-request timeout of the vendor fetches (ms). */
  timeout?: number;
  /** Requests per second per vendor account. */
  rateLimit?: number;
  /** Vendor fetches in flight per account. */
  fetchConcurrency?: number;
  /** Time to receive a whole notification, headers and body (ms). */
  requestTimeout?: number;
  /** Time to receive a notification's headers (ms). */
  headersTimeout?: number;
  /** How long a shutdown waits for in-flight notifications (ms). */
  drainTimeout?: number;
  includePersonalData: boolean;
  includeRaw: boolean;
  /** Stops the server (SIGINT and SIGTERM do this from the command line). */
  signal?: AbortSignal;
  /** Called once the server listens (tests). */
  onListening?: (running: RunningNotificationServer) => void;
}

/** How a `serve` run ended: the shutdown report and the signal that asked for it, if any. */
export interface ServeSummary extends ShutdownReport {
  signal?: NodeJS.Signals | undefined;
  /** The drain timeout that applied (ms). */
  drainMs: number;
}

/**
 * `orderbridge serve`: receives vendor notifications into the store `sync` writes to, until SIGINT/SIGTERM (or
 * `options.signal`), then shuts down gracefully: no new connections, in-flight notifications finish (their fetch
 * and store), the store is closed, and the summary is printed. A second signal ends the process at once.
 * Logs are JSON lines (pino) on stderr; the listening line and the summary go to stdout.
 */
export async function runServe(io: CliIo, options: ServeCommandOptions): Promise<ServeSummary> {
  // A server always logs: ORDERBRIDGE_LOG picks the level (default info; "off" silences it).
  const wanted = io.env.ORDERBRIDGE_LOG?.toLowerCase();
  const level = wanted === "off" ? "silent" : wanted && LEVELS.includes(wanted) ? wanted : "info";
  const logger = pino({ base: undefined, level, timestamp: pino.stdTimeFunctions.isoTime }, io.stderr);
  const drainMs = options.drainTimeout ?? 10_000;
  const store = await openStore(options.db);
  try {
    await store.migrate();
    const server = createNotificationServer({
      store,
      env: io.env,
      clientOverrides: options.timeout ? { timeoutMs: options.timeout } : {},
      rateLimit: options.rateLimit,
      fetchConcurrency: options.fetchConcurrency,
      logger,
      toleranceSeconds: options.tolerance,
      bodyLimitBytes: options.bodyLimit,
      requestTimeoutMs: options.requestTimeout,
      headersTimeoutMs: options.headersTimeout,
      drainMs,
      includePersonalData: options.includePersonalData,
      includeRaw: options.includeRaw,
      report: { source: describeSource(options.db) },
    });
    const stop = new AbortController();
    let received: NodeJS.Signals | undefined;
    const onSignal = (signal: NodeJS.Signals) => {
      received = signal;
      stop.abort();
    };
    // `once`: a second signal takes Node's default and ends the process at once.
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      const running = await server.listen(options.port, options.host);
      io.stdout.write(
        `orderbridge serve: listening on ${running.url} (${server.vendors.map((v) => `POST /notify/${v}`).join(", ")})\n`,
      );
      options.onListening?.(running);
      const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
      if (!signal.aborted)
        await new Promise<void>((resolve) =>
          signal.addEventListener("abort", () => resolve(), { once: true }),
        );
      logger.info({ signal: received }, "shutting down: finishing in-flight notifications");
      const report = await running.close(drainMs);
      io.stdout.write(`${describeShutdown(report, received)}\n`);
      return { ...report, signal: received, drainMs };
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  } finally {
    await store.close();
  }
}

/** The summary line: what the notifications received became. */
export function describeShutdown(report: ShutdownReport, signal?: NodeJS.Signals): string {
  const c: NotificationCounts = report.counts;
  return (
    `orderbridge serve: stopped${signal ? ` (${signal})` : ""}${report.drained ? "" : " before in-flight notifications finished"}; ` +
    `notifications received ${c.received}: stored ${c.stored}, unchanged ${c.unchanged}, acknowledged ${c.acknowledged}, ` +
    `failed ${c.failed}, to be delivered again ${c.retry}, refused ${c.refused}`
  );
}

/**
 * The exit status of a `serve` run, as an error to throw (none: exit 0). A stop by SIGINT/SIGTERM after a clean
 * drain exits 0: that is how a supervisor (systemd, Kubernetes) stops a server, nothing was cut short and nothing
 * is left to resume (130 would mark every deliberate stop as a failure). A drain cut short by its timeout is an
 * interruption (130: those notifications were not acknowledged; the vendors deliver them again). Otherwise, a
 * notification whose order could not be stored and was kept as a failed record makes it 3.
 */
export function serveOutcome(summary: ServeSummary): void {
  if (!summary.drained)
    throw new Interrupted(
      summary.signal,
      `interrupted: in-flight notifications did not finish within the drain timeout (${formatDuration(summary.drainMs)}); they were not acknowledged, so the vendors deliver them again`,
    );
  const failed = summary.counts.failed;
  if (failed)
    throw new RecordsNotStored(
      `${failed} notification(s) could not be stored and were kept as failed records: \`${commandName()} failed\` lists them`,
    );
}
