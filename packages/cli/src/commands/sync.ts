import {
  ConfigError,
  ConnectionError,
  createRateLimiter,
  type Env,
  HttpError,
  loggerFromEnv,
  ResponseValidationError,
  VendorError,
} from "@orderbridge/core";
import { KINDS_BY_VENDOR } from "@orderbridge/orders";
import { openStore, type Store } from "@orderbridge/store";
import { formatDuration } from "../duration.js";
import { CliFailure, Interrupted, UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { createReporter, formatSummary } from "../progress.js";
import {
  countWindows,
  MAX_WINDOWS,
  planStart,
  type SyncPlan,
  syncAccount,
  type VendorSummary,
} from "../sync.js";
import { resolveAccounts, VENDORS, type VendorAccount, type VendorId } from "../vendors.js";

/** One account's summary, with what the CLI's advice needs to name. */
export interface AccountSummary extends VendorSummary {
  /** The account's `*_BASE_URL`, when set (else the client's default production host). */
  baseUrl?: string | undefined;
}

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
  /** Stops the sync between requests (SIGINT and SIGTERM do this from the command line). */
  signal?: AbortSignal;
}

/**
 * `orderbridge sync`: every configured account, in parallel, each under its own rate limit. Clients are
 * built before anything is fetched, so a missing variable is reported before any work is done.
 *
 * SIGINT and SIGTERM stop the run promptly: requests in flight are aborted, what was fetched in completed
 * windows is stored and checkpointed (the store's invariant, see `syncAccount`), and the summary marks the
 * accounts as interrupted. A second signal ends the process at once (Node's default).
 */
export async function runSync(io: CliIo, options: SyncCommandOptions): Promise<AccountSummary[]> {
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
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupt.signal.aborted) return;
    io.stderr.write(`${signal}: stopping after the writes in progress (again to stop at once)\n`);
    interrupt.abort(new Interrupted(signal));
    // A second signal takes Node's default: the process ends at once.
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
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
  let store: Store | undefined;
  const reporter = createReporter(io.stderr, Boolean(io.stderr.isTTY));
  try {
    store = await openStore(options.db);
    await store.migrate();
    await checkWindowCounts(store, accounts, plan);
    const opened = store;
    const summaries: AccountSummary[] = await Promise.all(
      accounts.map(async (account, i) => ({
        ...(await syncAccount(account, clients[i]!, opened, plan, reporter)),
        baseUrl: account.env[VENDORS[account.vendor].baseUrlVariable]?.trim() || undefined,
      })),
    );
    reporter.stop();
    io.stdout.write(`${formatSummary(summaries)}\n`);
    return summaries;
  } finally {
    reporter.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await store?.close();
  }
}

/**
 * Refuses, before any request, a run that would plan more than MAX_WINDOWS windows for an account (a tiny
 * `--window` over a long span), naming a window size that fits.
 */
async function checkWindowCounts(store: Store, accounts: VendorAccount[], plan: SyncPlan): Promise<void> {
  for (const account of accounts) {
    const kind = KINDS_BY_VENDOR[account.vendor][0];
    const start = planStart(plan, await store.getCheckpoint(account.vendor, account.account, kind));
    const count = countWindows(start, plan.until, plan.windowMs);
    if (count <= MAX_WINDOWS) continue;
    const span = plan.until.getTime() - start.getTime();
    const fits = [60_000, 300_000, 900_000, 3_600_000, 21_600_000, 86_400_000, 604_800_000].find(
      (ms) => Math.ceil(span / ms) <= MAX_WINDOWS,
    );
    throw new UsageError(
      `${account.vendor} ${account.account}: ${start.toISOString()} .. ${plan.until.toISOString()} in windows of ` +
        `${formatDuration(plan.windowMs)} would be ${count} windows; a run plans at most ${MAX_WINDOWS}: ` +
        `use --window ${fits ? formatDuration(fits) : "30d"} or more, or a later --since`,
    );
  }
}

/** What went wrong for one account, in terms of what the user can do about it. */
function adviceFor(summary: AccountSummary): { rerun: boolean; advice: string } {
  const error = summary.failure;
  const entry = VENDORS[summary.vendor as VendorId];
  const baseUrlVariable = entry?.baseUrlVariable ?? "the base URL";
  const credentials = entry ? listInWords(entry.credentialVariables) : "the account's variables";
  if (error instanceof ConfigError) return { rerun: false, advice: "fix the configuration named above" };
  if (error instanceof VendorError || (error instanceof HttpError && [401, 403].includes(error.status)))
    return {
      rerun: false,
      advice: `the vendor refused the account: check ${credentials} (and ${baseUrlVariable}); running sync again will not help until the vendor accepts them`,
    };
  if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 429)
    return {
      rerun: false,
      advice: `the vendor answered HTTP ${error.status}: check ${baseUrlVariable} points at the vendor's API`,
    };
  if (error instanceof ResponseValidationError)
    return {
      rerun: false,
      advice:
        "the vendor answered in a shape the spec does not describe: running sync again will not help; report it with the error above",
    };
  if (error instanceof ConnectionError)
    return {
      rerun: true,
      advice: summary.baseUrl
        ? `could not connect to ${summary.baseUrl} (${baseUrlVariable}): check the address and the network, then run sync again to resume`
        : `could not connect to the vendor's production host (${baseUrlVariable} is not set): check the network, then run sync again to resume`,
    };
  return { rerun: true, advice: "run sync again to resume (the checkpoint is at the last complete window)" };
}

/**
 * Turns the summaries of a finished run into its exit: an interruption (130) wins, then failures (1) with,
 * per account, what to check — never "run again" after a failure a rerun cannot fix (a refused secret).
 */
export function syncOutcome(summaries: readonly AccountSummary[], command: string): void {
  if (summaries.some((s) => s.interrupted)) {
    throw new Interrupted(
      undefined,
      "interrupted: the windows completed before the signal are stored and checkpointed (see the summary); run the same command again to resume",
    );
  }
  const failed = summaries.filter((s) => s.error);
  if (!failed.length) return;
  // The account id only where a vendor has several accounts in this run (1card1's OpenId is redacted anyway).
  const name = (s: AccountSummary) =>
    summaries.filter((other) => other.vendor === s.vendor).length > 1 ? `${s.vendor} ${s.account}` : s.vendor;
  const lines = failed.map((s) => `  ${name(s)}: ${adviceFor(s).advice}`);
  const rerun = failed.every((s) => adviceFor(s).rerun);
  throw new CliFailure(
    `${failed.length} of ${summaries.length} vendor account(s) did not finish${rerun ? ` (\`${command}\` resumes)` : ""}:\n${lines.join("\n")}`,
  );
}

const listInWords = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
