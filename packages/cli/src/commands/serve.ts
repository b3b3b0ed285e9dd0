import { openStore } from "@orderbridge/store";
import pino from "pino";
import type { CliIo } from "../io.js";
import { describeSource } from "../report/data.js";
import { createNotificationServer, type RunningNotificationServer } from "../serve/index.js";

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
  includePersonalData: boolean;
  includeRaw: boolean;
  /** Stops the server (SIGINT and SIGTERM do this from the command line). */
  signal?: AbortSignal;
  /** Called once the server listens (tests). */
  onListening?: (running: RunningNotificationServer) => void;
}

/**
 * `orderbridge serve`: receives vendor notifications into the store `sync` writes to, until SIGINT/SIGTERM,
 * then shuts down gracefully (in-flight notifications finish). Logs are JSON lines (pino) on stderr.
 */
export async function runServe(io: CliIo, options: ServeCommandOptions): Promise<void> {
  // A server always logs: ORDERBRIDGE_LOG picks the level (default info; "off" silences it).
  const wanted = io.env.ORDERBRIDGE_LOG?.toLowerCase();
  const level = wanted === "off" ? "silent" : wanted && LEVELS.includes(wanted) ? wanted : "info";
  const logger = pino({ base: undefined, level, timestamp: pino.stdTimeFunctions.isoTime }, io.stderr);
  const store = await openStore(options.db);
  try {
    await store.migrate();
    const server = createNotificationServer({
      store,
      env: io.env,
      clientOverrides: options.timeout ? { timeoutMs: options.timeout } : {},
      logger,
      toleranceSeconds: options.tolerance,
      bodyLimitBytes: options.bodyLimit,
      includePersonalData: options.includePersonalData,
      includeRaw: options.includeRaw,
      report: { source: describeSource(options.db) },
    });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
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
      logger.info("shutting down: finishing in-flight notifications");
      await running.close();
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  } finally {
    await store.close();
  }
}
