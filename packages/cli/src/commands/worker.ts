import { hostname } from "node:os";
import { type Logger as CoreLogger, createRateLimiter, redact } from "@orderbridge/core";
import { type FileLock, openStore, parseDatabaseUrl, type Store, tryLockFile } from "@orderbridge/store";
import pino, { type Logger } from "pino";
import { CliFailure, Interrupted, UsageError } from "../errors.js";
import { commandName } from "../invocation.js";
import type { CliIo } from "../io.js";
import { formatSummary } from "../progress.js";
import { describeSource } from "../report/data.js";
import { createNotificationServer, type RunningNotificationServer } from "../serve/index.js";
import { describeError } from "../sync.js";
import { streamsOf, VENDORS, type VendorId } from "../vendors.js";
import { advisoryCoordinator, type Coordinator, singleProcessCoordinator } from "../worker/coordinator.js";
import { WORKER_LIMITS } from "../worker/limits.js";
import { countingFetch, createWorkerMetrics, initializeSeries, observeRuns } from "../worker/metrics.js";
import { type RunningOpsServer, startOpsServer } from "../worker/ops.js";
import type { WorkerMode } from "../worker/schedule.js";
import { runWorker, type WorkerResult } from "../worker/worker.js";
import {
  type AccountSummary,
  accountsToSync,
  type SyncCommandOptions,
  syncOutcome,
  syncSettings,
} from "./sync.js";

const LEVELS = ["debug", "info", "warn", "error"];

/** Sync's options (each stream is synced as `sync` does), and the worker's own. */
export interface WorkerCommandOptions extends Omit<SyncCommandOptions, "since" | "until" | "signal"> {
  /** Where a stream without a checkpoint starts. */
  since?: Date;
  /** With --once: the end of the pass (default now). */
  until?: Date;
  /** A stream is due again once its last successful sync is this old (ms; default 15 min). */
  every?: number;
  once: boolean;
  maxAccounts: number;
  servePort?: number;
  metricsPort?: number;
  host: string;
  /** Stops the worker as SIGTERM does (tests that run it in-process). */
  signal?: AbortSignal;
}

/**
 * `orderbridge worker`: the configured accounts synced on a schedule (or once, with `--once`) by this process, and
 * by any other worker on the same PostgreSQL store (see `runWorker` for the invariant, `advisoryCoordinator` for the
 * coordination). With SQLite it runs alone: a second worker on the same file is refused.
 *
 * SIGTERM or SIGINT drains it: no account is taken any more, the windows in progress finish and are stored, the
 * accounts are given back, the servers close, and it exits 0 (stopping is how a long-running worker ends, as
 * `serve`), or 130 with `--once` (the pass is unfinished, as `sync`); a second signal ends the process at once
 * (Node's default; the database frees its locks when the connection drops). Logs are JSON lines (pino) on stderr.
 */
export async function runWorkerCommand(io: CliIo, options: WorkerCommandOptions): Promise<WorkerResult> {
  if (options.until && !options.once)
    throw new UsageError(
      "--until needs --once: the long-running worker syncs every stream up to the time of each run",
    );
  if (options.every !== undefined && options.once)
    throw new UsageError(
      "--every applies to the long-running worker; --once syncs once, up to --until: leave out one of them",
    );
  const accounts = accountsToSync(io, options);
  const until = options.once ? (options.until ?? new Date()) : undefined;
  if (until && options.since && options.since >= until)
    throw new UsageError(
      `--since (${options.since.toISOString()}) must be before --until (${until.toISOString()})`,
    );
  const mode: WorkerMode = until
    ? { once: true, until }
    : { once: false, everyMs: options.every ?? WORKER_LIMITS.every.default };

  const workerId = `${hostname()}:${process.pid}`;
  const wanted = io.env.ORDERBRIDGE_LOG?.toLowerCase();
  const level = wanted === "off" ? "silent" : wanted && LEVELS.includes(wanted) ? wanted : "info";
  const logger = pino(
    { base: { worker: workerId }, level, timestamp: pino.stdTimeFunctions.isoTime },
    io.stderr,
  );
  const metrics = createWorkerMetrics();
  metrics.accountsMax.set(options.maxAccounts);
  initializeSeries(
    metrics,
    accounts.flatMap((account) =>
      streamsOf(account.vendor, options.kind).map((kind) => ({ vendor: account.vendor, kind })),
    ),
  );

  // Clients first (a missing variable is reported before anything is opened), one per account, each with its own
  // rate limiter: the account's limit holds wherever it runs, since one worker at a time syncs it.
  const clientLogger = coreLogger(logger);
  const clients = accounts.map((account) =>
    VENDORS[account.vendor].create(account.env, {
      logger: clientLogger,
      rateLimiter: createRateLimiter({ requestsPerSecond: options.rateLimit }),
      timeoutMs: options.timeout,
      fetch: countingFetch(account.vendor, metrics),
    }),
  );

  const drain = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (drain.signal.aborted) return;
    logger.info(
      { signal },
      "stopping: finishing the windows in progress, then giving the accounts back (again to stop at once)",
    );
    drain.abort(new Interrupted(signal));
    // A second signal takes Node's default: the process ends at once, and the database frees its locks.
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const stopFromCaller = () => drain.abort(new Interrupted(undefined));
  options.signal?.addEventListener("abort", stopFromCaller, { once: true });

  let store: Store | undefined;
  let fileLock: FileLock | undefined;
  let coordinator: Coordinator | undefined;
  let ops: RunningOpsServer | undefined;
  let serving: RunningNotificationServer | undefined;
  try {
    store = await openStore(options.db);
    const target = parseDatabaseUrl(options.db);
    if (target.dialect === "sqlite" && target.path !== ":memory:" && target.path !== "") {
      const lockPath = `${target.path}.worker-lock`;
      fileLock = tryLockFile(lockPath);
      if (!fileLock) {
        throw new CliFailure(
          `another orderbridge worker is running on ${target.path} (it holds ${lockPath}): with SQLite one worker ` +
            "runs per store file. Stop the other one first, or keep the store in PostgreSQL (--db postgres://…) to run several workers",
        );
      }
    }
    await store.migrate();
    coordinator =
      store.dialect === "postgres"
        ? advisoryCoordinator(store, { workerId, logger, metrics })
        : singleProcessCoordinator(store);
    metrics.lockSessionUp.set(coordinator.kind === "postgres" ? 0 : 1);
    try {
      observeRuns(metrics, await store.lastRuns());
    } catch (error) {
      logger.warn({ error: redact(describeError(error)) }, "cannot read the last runs for the metrics");
    }

    const current = coordinator;
    if (options.metricsPort !== undefined) {
      ops = await startOpsServer(
        {
          registry: metrics.registry,
          store,
          ready: () =>
            drain.signal.aborted
              ? { ready: false, reason: "shutting down" }
              : current.ready()
                ? { ready: true }
                : { ready: false, reason: "no lock session: the database cannot be reached" },
        },
        options.metricsPort,
        options.host,
      );
    }
    if (options.servePort !== undefined) {
      // The notification receiver of `serve`, on the same store (its receivers come from the environment's
      // YOPOINT_* and BAIFUDE_* variables, as `serve` reads them).
      const server = createNotificationServer({
        store,
        env: io.env,
        clientOverrides: { timeoutMs: options.timeout },
        rateLimit: options.rateLimit,
        logger,
        includePersonalData: options.includePersonalData,
        includeRaw: options.includeRaw,
        // GET /report, as `serve` has it (on when ORDERBRIDGE_REPORT_TOKEN is set).
        report: { source: describeSource(options.db) },
      });
      serving = await server.listen(options.servePort, options.host);
      io.stdout.write(
        `orderbridge worker: receiving notifications on ${serving.url} (${server.vendors.map((v) => `POST /notify/${v}`).join(", ")})\n`,
      );
    }
    if (ops) io.stdout.write(`orderbridge worker: metrics on ${ops.url}/metrics\n`);
    logger.info(
      {
        dialect: store.dialect,
        accounts: accounts.length,
        streams: accounts.reduce((n, a) => n + streamsOf(a.vendor, options.kind).length, 0),
        maxAccounts: options.maxAccounts,
        ...(mode.once ? { once: true, until: mode.until.toISOString() } : { everyMs: mode.everyMs }),
        ...(ops ? { metricsUrl: ops.url } : {}),
        ...(serving ? { serveUrl: serving.url } : {}),
      },
      "worker started",
    );

    const result = await runWorker({
      accounts,
      clients,
      kinds: options.kind,
      store,
      coordinator,
      settings: { ...syncSettings(options), since: options.since },
      mode,
      maxAccounts: options.maxAccounts,
      logger,
      metrics,
      drain: drain.signal,
    });
    logger.info({ drained: result.drained, streams: result.summaries.length }, "worker stopped");
    if (mode.once) {
      io.stdout.write(
        result.summaries.length
          ? `${formatSummary(result.summaries)}\n`
          : `nothing was due: every stream is synced up to ${mode.until.toISOString()}, or another worker synced it in this pass\n`,
      );
    }
    // Stopping is how the long-running worker ends (as `serve`): exit 0. A --once pass cut short is interrupted
    // (130, as `sync`): the same command finishes it.
    if (result.drained && !mode.once) return result;
    if (result.drained) {
      throw new Interrupted(
        undefined,
        "interrupted: the windows in progress were finished and stored, and the accounts given back; run the worker again to go on",
      );
    }
    const summaries: AccountSummary[] = result.summaries.map((summary) => ({
      ...summary,
      baseUrl:
        accounts
          .find((a) => a.vendor === summary.vendor && a.account === summary.account)
          ?.env[VENDORS[summary.vendor as VendorId].baseUrlVariable]?.trim() || undefined,
    }));
    syncOutcome(summaries, `${commandName()} worker --once`);
    return result;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    options.signal?.removeEventListener("abort", stopFromCaller);
    await Promise.all([ops?.close(), serving?.close()]);
    await coordinator?.close();
    await store?.close();
    fileLock?.release();
  }
}

/** The vendor clients' debug lines (one per request, redacted by the transport) as pino lines. */
function coreLogger(logger: Logger): CoreLogger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
  };
}
