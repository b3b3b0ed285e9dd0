import { createRateLimiter, type Env, loggerFromEnv } from "@orderbridge/core";
import { openStore } from "@orderbridge/store";
import { UsageError } from "../errors.js";
import type { CliIo } from "../program.js";
import { createReporter, formatSummary } from "../progress.js";
import { type SyncPlan, syncAccount, type VendorSummary } from "../sync.js";
import { resolveAccounts, VENDORS, type VendorId } from "../vendors.js";

export interface SyncCommandOptions {
  vendor?: VendorId[];
  since?: Date;
  until?: Date;
  db: string;
  overlap: number;
  initial: number;
  window: number;
  concurrency: number;
  rateLimit: number;
  batchSize: number;
  timeout: number;
  windowRetries: number;
  includePersonalData: boolean;
  includeRaw: boolean;
  fileAccounts?: { vendor: VendorId; env: Env }[];
  /** Stops the sync between requests (SIGINT does this from the command line). */
  signal?: AbortSignal;
}

/**
 * `orderbridge sync`: every configured account, in parallel, each under its own rate limit. Clients are
 * built before anything is fetched, so a missing variable is reported before any work is done.
 */
export async function runSync(io: CliIo, options: SyncCommandOptions): Promise<VendorSummary[]> {
  const accounts = resolveAccounts(io.env, options.vendor, options.fileAccounts);
  // ORDERBRIDGE_LOG=debug logs every request, redacted (the accounts' own env holds only vendor variables).
  const logger = loggerFromEnv(io.env, (line) => io.stderr.write(`${line}\n`));
  const clients = accounts.map((account) =>
    VENDORS[account.vendor].create(account.env, {
      logger,
      rateLimiter: createRateLimiter({ requestsPerSecond: options.rateLimit }),
      timeoutMs: options.timeout,
    }),
  );
  const until = options.until ?? new Date();
  if (options.since && options.since >= until) {
    throw new UsageError(
      `--since (${options.since.toISOString()}) must be before --until (${until.toISOString()})`,
    );
  }
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort(new Error("interrupted"));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const plan: SyncPlan = {
    since: options.since,
    until,
    overlapMs: options.overlap,
    initialLookbackMs: options.initial,
    windowMs: options.window,
    windowConcurrency: options.concurrency,
    batchSize: options.batchSize,
    windowRetries: options.windowRetries,
    includePersonalData: options.includePersonalData,
    includeRaw: options.includeRaw,
    signal: options.signal ? AbortSignal.any([options.signal, interrupt.signal]) : interrupt.signal,
  };
  const store = await openStore(options.db);
  const reporter = createReporter(io.stderr, Boolean(io.stderr.isTTY));
  try {
    await store.migrate();
    const summaries = await Promise.all(
      accounts.map((account, i) => syncAccount(account, clients[i]!, store, plan, reporter)),
    );
    reporter.stop();
    io.stdout.write(`${formatSummary(summaries)}\n`);
    return summaries;
  } finally {
    reporter.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await store.close();
  }
}
