import {
  ConnectionError,
  HttpError,
  type InvalidRecord,
  OrderbridgeError,
  ParseError,
  TimeoutError,
} from "@orderbridge/core";
import { KINDS_BY_VENDOR, NormalizeError, normalize, type Order } from "@orderbridge/orders";
import type { FailedRecordInput, Store } from "@orderbridge/store";
import { recordStatements } from "./report/statements.js";
import type { OrderClient, VendorAccount } from "./vendors.js";

export interface SyncPlan {
  /** Start of the first window when there is no checkpoint (or --since was given). */
  since?: Date | undefined;
  until: Date;
  /** How far before the checkpoint a run starts again, so late refunds and status changes are caught. */
  overlapMs: number;
  /** Where a first sync starts when neither a checkpoint nor --since exists. */
  initialLookbackMs: number;
  /** Size of one window: the unit of progress and of the checkpoint. */
  windowMs: number;
  /** Windows fetched at once per vendor account. */
  windowConcurrency: number;
  /** Orders per store transaction. */
  batchSize: number;
  /**
   * Times a failed window is fetched again from its start after the client's own retries gave up on a
   * transient failure (a truncated body, a timeout, a 5xx). Refetching is safe: upserts are idempotent.
   */
  windowRetries: number;
  /** Waits between window retries (resolving early when `signal` aborts); injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  includePersonalData: boolean;
  includeRaw: boolean;
  signal?: AbortSignal | undefined;
}

/** What one window (and, added up, one account) did. */
export interface SyncCounts {
  seen: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
  warnings: number;
  /** Sums over the orders seen, in fen. */
  paidAmount: number;
  refundedAmount: number;
}

export interface VendorSummary extends SyncCounts {
  vendor: string;
  account: string;
  since: string;
  until: string;
  windows: number;
  /** Set when the account's sync stopped on an error; its checkpoint stays at the last complete window. */
  error?: string | undefined;
  /** The error itself (not printed): lets the CLI tell a failure a rerun fixes from one it does not. */
  failure?: unknown;
  /**
   * Set when the run's signal stopped the account before its last window (SIGINT/SIGTERM): what was stored
   * stays stored and checkpointed, and the same command resumes. Never also an `error`.
   */
  interrupted?: boolean;
}

/** What the progress display hears. */
export interface SyncReporter {
  start(summary: VendorSummary): void;
  window(summary: VendorSummary, window: { since: Date; until: Date; orders: number }): void;
  finish(summary: VendorSummary): void;
}

export const silentReporter: SyncReporter = { start() {}, window() {}, finish() {} };

/**
 * The most windows one account's run plans. Windows are planned up front, so without a bound a tiny
 * `--window` over a long span would fill memory before the first request; the CLI refuses such a run as
 * bad usage, naming a window that fits.
 */
export const MAX_WINDOWS = 10_000;

/** How many windows of `windowMs` cover [since, until). */
export function countWindows(since: Date, until: Date, windowMs: number): number {
  if (!(windowMs > 0)) throw new RangeError(`windowMs must be > 0, got ${windowMs}`);
  const span = until.getTime() - since.getTime();
  return span > 0 ? Math.ceil(span / windowMs) : 0;
}

/** Where an account's run starts: `since`, else its checkpoint less the overlap, else `until` less the initial lookback. */
export function planStart(plan: SyncPlan, checkpoint: { highWaterMark: string } | undefined): Date {
  return (
    plan.since ??
    (checkpoint
      ? new Date(Date.parse(checkpoint.highWaterMark) - plan.overlapMs)
      : new Date(plan.until.getTime() - plan.initialLookbackMs))
  );
}

/** Splits [since, until) into windows of `windowMs`, the last one shorter; never more than {@link MAX_WINDOWS}. */
export function splitWindows(since: Date, until: Date, windowMs: number): { since: Date; until: Date }[] {
  const count = countWindows(since, until, windowMs);
  if (count > MAX_WINDOWS)
    throw new RangeError(`${count} windows of ${windowMs} ms would be planned; at most ${MAX_WINDOWS}`);
  const windows: { since: Date; until: Date }[] = [];
  for (let t = since.getTime(); t < until.getTime(); t += windowMs) {
    windows.push({ since: new Date(t), until: new Date(Math.min(t + windowMs, until.getTime())) });
  }
  return windows;
}

/**
 * Syncs one vendor account into the store: windows from its checkpoint (less the overlap) or `since`, to
 * `until`. Orders and failed records are written in batches; a window's last batch also moves the
 * checkpoint, in the same transaction, to the end of the longest run of completed windows. So a run
 * killed anywhere leaves a checkpoint that only covers stored orders, and the next run redoes at most
 * the unfinished windows — upserts by content hash make that redo change nothing that was already right.
 */
export async function syncAccount(
  account: VendorAccount,
  client: OrderClient,
  store: Store,
  plan: SyncPlan,
  reporter: SyncReporter = silentReporter,
): Promise<VendorSummary> {
  // Until the sync has a stream per kind, each account syncs its vendor's first kind (what orders() gives).
  const kind = KINDS_BY_VENDOR[account.vendor][0];
  const checkpoint = await store.getCheckpoint(account.vendor, account.account, kind);
  const start = planStart(plan, checkpoint);
  const windows = start < plan.until ? splitWindows(start, plan.until, plan.windowMs) : [];
  const summary: VendorSummary = {
    vendor: account.vendor,
    account: account.account,
    since: start.toISOString(),
    until: plan.until.toISOString(),
    windows: windows.length,
    ...emptyStats(),
  };
  reporter.start(summary);

  const done = new Array<boolean>(windows.length).fill(false);
  let contiguous = 0; // windows[0..contiguous) are all stored
  // Writes are serialised per account so checkpoints are written in order.
  let writes: Promise<void> = Promise.resolve();
  const write = (stats: SyncCounts, orders: Order[], failed: FailedRecordInput[], checkpoint?: Date) => {
    const next = writes.then(async () => {
      const result = await store.writeBatch({
        orders,
        failed,
        ...(checkpoint
          ? {
              checkpoint: {
                vendor: account.vendor,
                account: account.account,
                kind,
                highWaterMark: checkpoint,
              },
            }
          : {}),
      });
      stats.inserted += result.inserted;
      stats.updated += result.updated;
      stats.unchanged += result.unchanged;
    });
    writes = next.catch(() => {});
    return next;
  };

  /**
   * Fetches, normalizes and stores one window. Its counts are merged into the summary only when it
   * completes, so a window fetched again after a transient failure is not counted twice; what the
   * failed attempt already inserted or updated is carried over (the retry sees those rows unchanged).
   */
  const runWindow = async (index: number, signal: AbortSignal, carried: SyncCounts) => {
    const window = windows[index]!;
    const stats = emptyStats();
    let orders: Order[] = [];
    let failed: FailedRecordInput[] = [];
    const fail = (record: FailedRecordInput) => {
      failed.push(record);
      stats.failed++;
    };
    const onInvalidRecord = (record: InvalidRecord) => {
      fail({ ...record, account: account.account });
    };
    try {
      for await (const raw of client.orders(
        recordStatements(store, account, kind, {
          since: window.since,
          until: window.until,
          signal,
          onInvalidRecord,
        }),
      )) {
        stats.seen++;
        try {
          const { order, warnings } = normalize(account.vendor, raw, {
            includePersonalData: plan.includePersonalData,
            includeRaw: plan.includeRaw,
            // The client validated each record against the vendor schema already (OrderWindow contract).
            validatedInput: true,
          });
          stats.warnings += warnings.length;
          stats.paidAmount += order.paidAmount;
          stats.refundedAmount += order.refundedAmount;
          orders.push(order);
        } catch (error) {
          if (!(error instanceof NormalizeError)) throw error;
          fail({ vendor: account.vendor, account: account.account, id: error.orderId, raw, error });
        }
        if (orders.length + failed.length >= plan.batchSize) {
          const batch = orders;
          const batchFailed = failed;
          orders = [];
          failed = [];
          await write(stats, batch, batchFailed);
        }
      }
      done[index] = true;
      const before = contiguous;
      while (contiguous < windows.length && done[contiguous]) contiguous++;
      await write(stats, orders, failed, contiguous > before ? windows[contiguous - 1]!.until : undefined);
    } catch (error) {
      carried.inserted += stats.inserted;
      carried.updated += stats.updated;
      throw error;
    }
    const moved = Math.min(stats.unchanged, carried.inserted + carried.updated);
    stats.unchanged -= moved;
    stats.inserted += carried.inserted;
    stats.updated += carried.updated;
    for (const key of Object.keys(stats) as (keyof SyncCounts)[]) summary[key] += stats[key];
    reporter.window(summary, { ...window, orders: stats.seen });
  };

  // One failing window stops its siblings: the checkpoint cannot move past it anyway.
  const stop = new AbortController();
  const signal = plan.signal ? AbortSignal.any([plan.signal, stop.signal]) : stop.signal;
  let firstError: unknown;
  let nextIndex = 0;
  const workers = Array.from({ length: Math.min(plan.windowConcurrency, windows.length) }, async () => {
    while (nextIndex < windows.length && !signal.aborted) {
      const index = nextIndex++;
      const carried = emptyStats();
      for (let attempt = 0; ; attempt++) {
        try {
          await runWindow(index, signal, carried);
          break;
        } catch (error) {
          if (attempt < plan.windowRetries && isTransient(error) && !signal.aborted) {
            await (plan.sleep ?? defaultSleep)(1000 * 2 ** attempt, signal);
            if (!signal.aborted) continue;
          }
          firstError ??= error;
          stop.abort(error);
          break;
        }
      }
    }
  });
  await Promise.all(workers);
  await writes;
  // A window cut short by the run's signal (SIGINT/SIGTERM) is an interruption, not a failure.
  const interrupted = plan.signal?.aborted === true && contiguous < windows.length;
  const cutShort =
    firstError === plan.signal?.reason || (firstError instanceof Error && firstError.name === "AbortError");
  if (firstError !== undefined && !(interrupted && cutShort)) {
    summary.error = describeError(firstError);
    summary.failure = firstError;
  } else if (interrupted) {
    summary.interrupted = true;
  }
  reporter.finish(summary);
  return summary;
}

const emptyStats = (): SyncCounts => ({
  seen: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  failed: 0,
  warnings: 0,
  paidAmount: 0,
  refundedAmount: 0,
});

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

/** Failures that another attempt may not meet: the vendor's answers, not ours. */
function isTransient(error: unknown): boolean {
  if (error instanceof TimeoutError || error instanceof ConnectionError || error instanceof ParseError)
    return true;
  return error instanceof HttpError && (error.status === 429 || error.status >= 500);
}

/** An error as one line for the summary; OrderbridgeError messages are already redacted. */
export function describeError(error: unknown): string {
  if (error instanceof OrderbridgeError) return error.message;
  if (error instanceof Error) return new OrderbridgeError(`${error.name}: ${error.message}`).message;
  return new OrderbridgeError(String(error)).message;
}
