import { redact } from "@orderbridge/core";
import type { Checkpoint, Store, SyncRun } from "@orderbridge/store";
import type { Logger } from "pino";
import {
  abortableSleep,
  describeError,
  type StreamSummary,
  type SyncPlan,
  type SyncReporter,
  syncStream,
} from "../sync.js";
import type { KindId } from "../vendor-ids.js";
import { type OrderClient, streamsOf, type VendorAccount } from "../vendors.js";
import type { Coordinator, Lease } from "./coordinator.js";
import { observeCheckpoints, progressCounter, type WorkerMetrics } from "./metrics.js";
import {
  checkpointMap,
  checkpointOf,
  dueAtFromCheckpoint,
  retryDelay,
  streamKey,
  streamVerdict,
  type WorkerMode,
} from "./schedule.js";

/** The sync settings every run of the worker shares (as `sync` takes them). */
export type WorkerSyncSettings = Pick<
  SyncPlan,
  | "overlapMs"
  | "rescanMs"
  | "initialLookbackMs"
  | "windowMs"
  | "windowConcurrency"
  | "batchSize"
  | "windowRetries"
  | "includePersonalData"
  | "includeRaw"
> & {
  /** Where a stream that has no checkpoint yet starts (`--since`); else `initialLookbackMs` before now. */
  since?: Date | undefined;
};

export interface WorkerOptions {
  /** Every configured account; each is synced with its client from `clients`. */
  accounts: readonly VendorAccount[];
  /** One client per account (same order), each with its own rate limiter: the account's limit goes where it goes. */
  clients: readonly OrderClient[];
  /** Only these kinds of sale (`--kind`); default every kind each account offers. */
  kinds?: readonly KindId[] | undefined;
  /** The store (reads; and writes on SQLite — on PostgreSQL a lease's fenced store writes). */
  store: Store;
  coordinator: Coordinator;
  settings: WorkerSyncSettings;
  mode: WorkerMode;
  /** The most accounts synced at once (`--max-accounts`). */
  maxAccounts: number;
  logger: Logger;
  metrics?: WorkerMetrics | undefined;
  /** Stops the worker gently (the first SIGTERM): no account is taken any more; windows in progress finish. */
  drain: AbortSignal;
  /** Stops the syncs at once (requests in flight are cut). */
  abort?: AbortSignal | undefined;
  /** The clock (default the system clock): run times, due times, `until` of each run. */
  now?: () => Date;
  /** Waits (resolving early when `signal` aborts); default timers. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Breaks ties between accounts due at the same time, so workers starting together spread (default Math.random). */
  random?: () => number;
  /** How often it looks for due accounts when nothing else wakes it (default 5 s; 250 ms with --once, which waits on other workers). */
  pollMs?: number;
  /** The sync's waits between window retries (tests). */
  windowRetrySleep?: SyncPlan["sleep"];
}

export interface WorkerResult {
  /**
   * The last run of every stream this worker synced, in account order (`--once`: what the exit status is made of).
   * A run cut short because the worker lost the account is left out: whoever took the account over reports it.
   */
  summaries: StreamSummary[];
  /** Whether the worker stopped because `drain` aborted. */
  drained: boolean;
}

/**
 * The worker: keeps every configured account's streams synced, sharing the accounts with every other worker on the
 * same store through `coordinator`.
 *
 * **Invariant: a stream is synced exactly as `sync` syncs it (`syncStream`: its checkpoint, windows, overlap, failed
 * records, run row), by at most one worker at a time, and only when it is due as seen under the account's lease.**
 * The loop reads the checkpoints (one small query), takes the due accounts it can get, up to `maxAccounts`, and
 * checks each one again under its lease — another worker may have synced it a moment ago — before it syncs the due
 * streams; then it gives the account back. So in a `--once` pass every page is fetched once, whichever worker gets
 * to it, and an account whose worker died (its lock is free again) is taken over by the next worker that looks.
 *
 * It ends, with `--once`, when no configured stream is due any more — none behind `until` without a run in this pass
 * (accounts other workers hold are waited for) — or when `drain` aborts: the accounts in progress finish their
 * windows, are given back, and the worker resolves.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerResult> {
  const { store, coordinator, mode, logger, metrics, drain } = options;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const pollMs = options.pollMs ?? (mode.once ? 250 : 5_000);
  const everyMs = mode.once ? Number.POSITIVE_INFINITY : mode.everyMs;
  const passStart = now().getTime();
  const count = metrics ? progressCounter(metrics) : () => {};

  const entries = options.accounts.map((account, i) => ({
    account,
    client: options.clients[i]!,
    name: `${account.vendor} ${account.account}`,
    kinds: streamsOf(account.vendor, options.kinds),
  }));
  /** Accounts this worker is syncing now. */
  const held = new Map<string, Promise<void>>();
  /** Accounts not to look at before a time (epoch ms): synced recently, or waiting to retry. */
  const notBefore = new Map<string, number>();
  /** Errors in a row per stream, by this worker (its retry delay doubles). */
  const errors = new Map<string, number>();
  const summaries = new Map<string, StreamSummary>();

  // Wakes the loop early: a sync finished (a slot is free), or the worker is draining.
  let wakeup = new AbortController();
  const wake = () => wakeup.abort();
  const pause = async (ms: number) => {
    const current = wakeup;
    await sleep(Math.max(0, ms), AbortSignal.any([current.signal, drain]));
    if (current.signal.aborted) wakeup = new AbortController();
  };

  const reporter: SyncReporter = {
    start: (s) =>
      logger.debug(
        {
          vendor: s.vendor,
          account: s.account,
          kind: s.kind,
          since: s.since,
          until: s.until,
          windows: s.windows,
        },
        "stream started",
      ),
    window: (s, w) => {
      count(s);
      logger.debug(
        {
          vendor: s.vendor,
          account: s.account,
          kind: s.kind,
          since: w.since.toISOString(),
          until: w.until.toISOString(),
          orders: w.orders,
        },
        "window stored",
      );
    },
    finish: (s) => count(s),
  };

  const syncAccount = async (
    entry: (typeof entries)[number],
    { kinds, checkpoints }: Confirmed,
    lease: Lease,
  ) => {
    const { account, client, name } = entry;
    const signal = options.abort ? AbortSignal.any([lease.signal, options.abort]) : lease.signal;
    const startedAt = now();
    logger.info({ vendor: account.vendor, account: account.account, kinds }, "syncing account");
    // Each stream's plan: `since` only where the stream has no checkpoint yet (the worker runs again and again; the
    // checkpoint, less the overlap, is where every later run starts).
    const results = await Promise.all(
      kinds.map((kind) => {
        const plan: SyncPlan = {
          ...options.settings,
          since: checkpointOf(checkpoints, account, kind) ? undefined : options.settings.since,
          until: mode.once ? mode.until : startedAt,
          signal,
          drain,
          now,
          ...(options.windowRetrySleep ? { sleep: options.windowRetrySleep } : {}),
        };
        return syncStream(account, kind, client, lease.store, plan, reporter);
      }),
    );
    let retryAt = Number.POSITIVE_INFINITY;
    for (const summary of results) {
      const key = streamKey(account.vendor, account.account, summary.kind);
      const lost = lease.signal.aborted;
      const result = lost ? "lost" : summary.result;
      metrics?.syncRuns.inc({ vendor: account.vendor, kind: summary.kind, result });
      const fields = {
        vendor: account.vendor,
        account: account.account,
        kind: summary.kind,
        result,
        since: summary.since,
        until: summary.until,
        seen: summary.seen,
        inserted: summary.inserted,
        updated: summary.updated,
        unchanged: summary.unchanged,
        failed: summary.failed,
        notes: summary.notes,
        ...(summary.error ? { error: redact(summary.error) } : {}),
      };
      if (lost) {
        // Whatever it wrote before is checkpointed; whoever takes the account over resumes there.
        summaries.delete(key);
        logger.warn(fields, "stream stopped: this worker lost the account");
        continue;
      }
      summaries.set(key, summary);
      if (summary.result === "ok" || summary.result === "failed_records") {
        errors.delete(key);
        metrics?.lastSuccess.set(
          { vendor: account.vendor, account: account.account, kind: summary.kind },
          now().getTime() / 1000,
        );
        logger.info(fields, "stream synced");
      } else if (summary.result === "error") {
        const n = (errors.get(key) ?? 0) + 1;
        errors.set(key, n);
        const retry = now().getTime() + retryDelay(n, everyMs);
        retryAt = Math.min(retryAt, retry);
        logger.error(
          { ...fields, ...(mode.once ? {} : { retryAt: new Date(retry).toISOString() }) },
          "stream stopped on an error",
        );
      } else {
        logger.warn(fields, "stream interrupted");
      }
    }
    // A failed stream is not asked again before its retry time (the long-running worker; --once settles it).
    if (!mode.once && retryAt !== Number.POSITIVE_INFINITY) notBefore.set(name, retryAt);
    else notBefore.delete(name);
    await lease.release();
    logger.info({ vendor: account.vendor, account: account.account }, "released account");
  };

  /**
   * Under the lease: which of the account's streams are due now, from their checkpoints and latest runs. Sets when
   * to look at the account again when none is.
   */
  const confirm = async (entry: (typeof entries)[number], lease: Lease): Promise<Confirmed> => {
    const { account, name } = entry;
    const [checkpoints, runs] = await Promise.all([
      lease.store.listCheckpoints(),
      lease.store.lastRuns({ vendor: account.vendor, account: account.account }),
    ]);
    const map = checkpointMap(checkpoints);
    const lastRun = new Map<string, SyncRun>(runs.map((run) => [run.kind, run]));
    const t = now().getTime();
    const due: KindId[] = [];
    let next = Number.POSITIVE_INFINITY;
    for (const kind of entry.kinds) {
      const key = streamKey(account.vendor, account.account, kind);
      const verdict = streamVerdict(
        mode,
        kind,
        checkpointOf(map, account, kind),
        lastRun.get(kind),
        t,
        passStart,
        retryDelay(errors.get(key) ?? 1, everyMs),
      );
      if (verdict.due) due.push(kind);
      else {
        next = Math.min(next, verdict.notBefore);
        logger.debug(
          { vendor: account.vendor, account: account.account, kind, reason: verdict.reason },
          "not due",
        );
      }
    }
    if (due.length === 0) notBefore.set(name, next);
    return { kinds: due, checkpoints: map };
  };

  let connectFailures = 0;
  let failure: WorkerFailure | undefined;
  while (!drain.aborted) {
    if (!(await coordinator.connect())) {
      connectFailures++;
      if (mode.once && connectFailures >= 6) {
        failure = new WorkerFailure(
          "cannot reach the database to coordinate with other workers (tried 6 times over about a minute): check that it runs and that --db is right, then run the worker again",
        );
        break;
      }
      await pause(Math.min(30_000, 1_000 * 2 ** (connectFailures - 1)));
      continue;
    }
    connectFailures = 0;
    let checkpoints: Map<string, Checkpoint>;
    try {
      const list = await store.listCheckpoints();
      if (metrics) observeCheckpoints(metrics, list);
      checkpoints = checkpointMap(list);
    } catch (error) {
      logger.warn({ error: redact(describeError(error)) }, "cannot read the checkpoints; will try again");
      await pause(pollMs);
      continue;
    }
    const t = now().getTime();
    // An account is a candidate when one of its streams is due by its checkpoint and this worker has not set it
    // aside (synced or settled a moment ago, or waiting to retry).
    const candidates = entries
      .filter((entry) => !held.has(entry.name))
      .map((entry) => {
        const dueAt = Math.min(
          ...entry.kinds.map((kind) =>
            dueAtFromCheckpoint(mode, checkpointOf(checkpoints, entry.account, kind)),
          ),
        );
        // Among accounts due at once, those with a checkpoint come first: an account a dead worker left half done
        // is finished before a new one is begun.
        const started = entry.kinds.some((kind) => checkpointOf(checkpoints, entry.account, kind)) ? 0 : 1;
        return { entry, dueAt: Math.max(dueAt, notBefore.get(entry.name) ?? 0), tie: started + random() };
      })
      .filter((c) => c.dueAt !== Number.POSITIVE_INFINITY);
    if (mode.once && candidates.length === 0 && held.size === 0) break;
    const ready = candidates.filter((c) => c.dueAt <= t).sort((a, b) => a.dueAt - b.dueAt || a.tie - b.tie);
    for (const { entry } of ready) {
      if (held.size >= options.maxAccounts || drain.aborted) break;
      const lease = await coordinator.tryAcquire(entry.account);
      if (!lease) {
        // Another worker has it: look again at the next poll (with --once, wait for it, or for its death).
        notBefore.set(entry.name, now().getTime() + pollMs);
        logger.debug(
          { vendor: entry.account.vendor, account: entry.account.account },
          "held by another worker",
        );
        continue;
      }
      let confirmed: Confirmed;
      try {
        confirmed = await confirm(entry, lease);
      } catch (error) {
        logger.warn(
          {
            vendor: entry.account.vendor,
            account: entry.account.account,
            error: redact(describeError(error)),
          },
          "cannot read the account's state; will try again",
        );
        await lease.release();
        continue;
      }
      if (confirmed.kinds.length === 0) {
        await lease.release();
        continue;
      }
      const task = syncAccount(entry, confirmed, lease)
        .catch(async (error) => {
          logger.error(
            {
              vendor: entry.account.vendor,
              account: entry.account.account,
              error: redact(describeError(error)),
            },
            "account sync failed",
          );
          await lease.release().catch(() => {});
        })
        .finally(() => {
          held.delete(entry.name);
          metrics?.accountsHeld.set(held.size);
          wake();
        });
      held.set(entry.name, task);
      metrics?.accountsHeld.set(held.size);
    }
    const waiting = candidates.filter((c) => !held.has(c.entry.name)).map((c) => c.dueAt);
    const nextDue = waiting.length ? Math.min(...waiting) : Number.POSITIVE_INFINITY;
    await pause(Math.max(50, Math.min(pollMs, nextDue - now().getTime())));
  }
  await Promise.all(held.values());
  if (failure) throw failure;
  const inOrder = entries.flatMap((entry) =>
    entry.kinds.flatMap(
      (kind) => summaries.get(streamKey(entry.account.vendor, entry.account.account, kind)) ?? [],
    ),
  );
  return { summaries: inOrder, drained: drain.aborted };
}

/** An account's streams due now, as checked under its lease, with the checkpoints read for it. */
interface Confirmed {
  kinds: KindId[];
  checkpoints: Map<string, Checkpoint>;
}

/** The worker cannot go on (exit 1): the message says what to check. */
export class WorkerFailure extends Error {
  override name = "WorkerFailure";
}
