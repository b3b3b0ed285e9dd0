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
import { openStore, type Store } from "@orderbridge/store";
import { formatDuration } from "../duration.js";
import { CliFailure, Interrupted, RecordsNotStored, UsageError } from "../errors.js";
import { commandName } from "../invocation.js";
import type { CliIo } from "../io.js";
import { checkKinds } from "../options.js";
import { createReporter, formatSummary } from "../progress.js";
import {
  countWindows,
  MAX_WINDOWS,
  planStart,
  type StreamSummary,
  type SyncPlan,
  streamCheckpoint,
  syncAccount,
} from "../sync.js";
import type { KindId } from "../vendor-ids.js";
import { resolveAccounts, streamsOf, VENDORS, type VendorAccount, type VendorId } from "../vendors.js";

/** One stream's summary, with what the CLI's advice needs to name. */
export interface AccountSummary extends StreamSummary {
  /** The account's `*_BASE_URL`, when set (else the client's default production host). */
  baseUrl?: string | undefined;
}

export interface SyncCommandOptions {
  vendor?: VendorId[];
  /** Only these kinds of sale (streams); default every kind each account offers. */
  kind?: KindId[];
  since?: Date;
  until?: Date;
  db: string;
  overlap: number;
  /** Re-read the last this-many ms before `until` even behind the checkpoints (0 or absent: no rescan). */
  rescan?: number;
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

/** The configured accounts that offer one of the kinds asked for (`--vendor`, `--kind`); usage error when none does. */
export function accountsToSync(
  io: CliIo,
  options: Pick<SyncCommandOptions, "vendor" | "kind" | "fileAccounts">,
): VendorAccount[] {
  checkKinds(options.vendor, options.kind);
  const accounts = resolveAccounts(io.env, options.vendor, options.fileAccounts).filter(
    (account) => streamsOf(account.vendor, options.kind).length > 0,
  );
  if (accounts.length === 0) {
    throw new UsageError(
      `no configured vendor account offers --kind ${options.kind?.join(",")}: configure the vendor that does, or leave out --kind`,
    );
  }
  return accounts;
}

/** How each stream is synced, from the run options `sync` and `worker` share. */
export function syncSettings(options: SyncCommandOptions) {
  return {
    overlapMs: options.overlap,
    rescanMs: options.rescan,
    initialLookbackMs: options.initial,
    windowMs: options.window,
    windowConcurrency: options.concurrency,
    batchSize: options.batchSize,
    windowRetries: options.windowRetries,
    includePersonalData: options.includePersonalData,
    includeRaw: options.includeRaw,
  } satisfies Partial<SyncPlan>;
}

/**
 * `orderbridge sync`: every configured account, in parallel, each under its own rate limit, and each account's
 * streams (one per kind of sale, `--kind` limits them) in parallel under that limit. Clients are built before
 * anything is fetched, so a missing variable is reported before any work is done.
 *
 * SIGINT and SIGTERM stop the run promptly: requests in flight are aborted, what was fetched in completed
 * windows is stored and checkpointed (the invariant of `syncStream`), and the summary marks the streams as
 * interrupted. A second signal ends the process at once (Node's default).
 */
export async function runSync(io: CliIo, options: SyncCommandOptions): Promise<AccountSummary[]> {
  const accounts = accountsToSync(io, options);
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
    ...syncSettings(options),
    since: options.since,
    until,
    signal: options.signal ? AbortSignal.any([options.signal, interrupt.signal]) : interrupt.signal,
  };
  let store: Store | undefined;
  const reporter = createReporter(io.stderr, Boolean(io.stderr.isTTY));
  try {
    store = await openStore(options.db);
    await store.migrate();
    await checkWindowCounts(store, accounts, plan, options.kind);
    const opened = store;
    const perAccount = await Promise.all(
      accounts.map(async (account, i) => {
        const baseUrl = account.env[VENDORS[account.vendor].baseUrlVariable]?.trim() || undefined;
        const streams = await syncAccount(account, clients[i]!, opened, plan, reporter, options.kind);
        return streams.map((summary): AccountSummary => ({ ...summary, baseUrl }));
      }),
    );
    const summaries = perAccount.flat();
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
 * Refuses, before any request, a run that would plan more than MAX_WINDOWS windows for a stream (a tiny
 * `--window` over a long span), naming a window size that fits.
 */
async function checkWindowCounts(
  store: Store,
  accounts: VendorAccount[],
  plan: SyncPlan,
  kinds: readonly KindId[] | undefined,
): Promise<void> {
  for (const account of accounts) {
    for (const kind of streamsOf(account.vendor, kinds)) {
      const start = planStart(plan, await streamCheckpoint(store, account, kind));
      const count = countWindows(start, plan.until, plan.windowMs);
      if (count <= MAX_WINDOWS) continue;
      const span = plan.until.getTime() - start.getTime();
      const fits = [60_000, 300_000, 900_000, 3_600_000, 21_600_000, 86_400_000, 604_800_000].find(
        (ms) => Math.ceil(span / ms) <= MAX_WINDOWS,
      );
      throw new UsageError(
        `${account.vendor} ${account.account} ${kind}: ${start.toISOString()} .. ${plan.until.toISOString()} in windows of ` +
          `${formatDuration(plan.windowMs)} would be ${count} windows; a run plans at most ${MAX_WINDOWS}: ` +
          `use --window ${fits ? formatDuration(fits) : "30d"} or more, or a later --since${plan.rescanMs ? " or a shorter --rescan" : ""}`,
      );
    }
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
 * Turns the summaries of a finished run into its exit: an interruption (130) wins, then failures (1) with, per
 * stream, what went wrong and, per account, what to check — never "run again" after a failure a rerun cannot fix
 * (a refused secret) — then records that could not be stored (3), with the command that lists them.
 */
export function syncOutcome(summaries: readonly AccountSummary[], command: string): void {
  if (summaries.some((s) => s.interrupted)) {
    throw new Interrupted(
      undefined,
      "interrupted: the windows completed before the signal are stored and checkpointed (see the summary); run the same command again to resume",
    );
  }
  const failedRecords = failedRecordsLine(summaries);
  const stopped = summaries.filter((s) => s.error);
  if (stopped.length) {
    // The account only where a vendor has several accounts in this run.
    const several = (s: AccountSummary) =>
      new Set(summaries.filter((other) => other.vendor === s.vendor).map((other) => other.account)).size > 1;
    const account = (s: AccountSummary) => (several(s) ? `${s.vendor} ${s.account}` : s.vendor);
    const lines = stopped.map((s) => `  ${account(s)} ${s.kind}: ${s.error}`);
    const advice = new Map<string, string>();
    for (const s of stopped) {
      const line = `  ${account(s)}: ${adviceFor(s).advice}`;
      advice.set(line, line);
    }
    const rerun = stopped.every((s) => adviceFor(s).rerun);
    throw new CliFailure(
      `${stopped.length} of ${summaries.length} stream(s) did not finish${rerun ? ` (\`${command}\` resumes)` : ""}:\n` +
        [...lines, ...advice.values()].join("\n") +
        (failedRecords ? `\nand ${failedRecords}` : ""),
    );
  }
  if (failedRecords) throw new RecordsNotStored(failedRecords);
}

/** How many records could not be stored, per stream, and what to run next; undefined when none. */
function failedRecordsLine(summaries: readonly AccountSummary[]): string | undefined {
  const failed = summaries.filter((s) => s.failed > 0);
  if (!failed.length) return undefined;
  const total = failed.reduce((sum, s) => sum + s.failed, 0);
  const name = commandName();
  return (
    `${total} record(s) could not be stored (${failed.map((s) => `${s.vendor} ${s.kind} ${s.failed}`).join(", ")}): ` +
    `\`${name} failed\` lists them and why; once fixed, \`${name} replay\` stores them`
  );
}

const listInWords = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
