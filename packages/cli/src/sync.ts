import {
  ConnectionError,
  HttpError,
  type InvalidRecord,
  OrderbridgeError,
  ParseError,
  TimeoutError,
} from "@orderbridge/core";
import type { Order, OrderKind } from "@orderbridge/orders";
import type { FailedRecordInput, OrderNote, RunResult, Store } from "@orderbridge/store";
import { failedRecord, ingestRecord } from "./ingest.js";
import { recordStatements } from "./report/statements.js";
import { type OrderClient, readStream, STREAM_METHOD, streamsOf, type VendorAccount } from "./vendors.js";

export interface SyncPlan {
  /** Start of the first window when there is no checkpoint (or --since was given). */
  since?: Date | undefined;
  until: Date;
  /** How far before the checkpoint a run starts again, so late refunds and status changes are caught. */
  overlapMs: number;
  /**
   * Re-read at least the last `rescanMs` before `until`, even behind the checkpoint (`--rescan`; 0 or absent:
   * no rescan). The checkpoint never moves back: the store only ever moves it forward.
   */
  rescanMs?: number | undefined;
  /** Where a first sync starts when neither a checkpoint nor --since exists. */
  initialLookbackMs: number;
  /** Size of one window: the unit of progress and of the checkpoint. */
  windowMs: number;
  /** Windows fetched at once per stream. */
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
  /** The clock of the run's `sync_runs` row (started, finished); default the system clock. */
  now?: () => Date;
  includePersonalData: boolean;
  includeRaw: boolean;
  signal?: AbortSignal | undefined;
  /**
   * A gentler stop than `signal` (the worker's first SIGTERM): once it aborts, no new window starts, and the
   * windows in progress finish and are stored; the run is `interrupted` when windows remain. Requests in flight
   * are not cut.
   */
  drain?: AbortSignal | undefined;
}

/** What one window (and, added up, one stream) did. */
export interface SyncCounts {
  /** Records the vendor gave (those that became failed records included). */
  seen: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Records that could not be stored: failed records (undecodable, unreadable, an id of another kind). */
  failed: number;
  /** Notes on the orders read (drift in the vendor's data and other warnings; the orders are stored). */
  notes: number;
  /** Orders read that record a sale another Order counts (`duplicateOf`): left out of the two sums. */
  duplicates: number;
  /** Sums over the orders read that count (no `duplicateOf`), in fen. */
  paidAmount: number;
  refundedAmount: number;
}

/** Notes of one code on one vendor field, as a stream's run counted them. */
export interface NoteTally {
  code: string;
  /** The vendor field, list positions left out (`ItemList[].BarCode`); null when the note names none. */
  field: string | null;
  count: number;
}

/** What one stream's run did: its counts, where it ran, and how it ended. */
export interface StreamSummary extends SyncCounts {
  vendor: string;
  account: string;
  kind: OrderKind;
  since: string;
  until: string;
  windows: number;
  /** The run's notes by code and field, biggest first. */
  noteTallies: NoteTally[];
  /** Set when the stream stopped on an error; its checkpoint stays at the last complete window. */
  error?: string | undefined;
  /** The error itself (not printed): lets the CLI tell a failure a rerun fixes from one it does not. */
  failure?: unknown;
  /**
   * Set when the run's signal stopped the stream before its last window (SIGINT/SIGTERM): what was stored
   * stays stored and checkpointed, and the same command resumes. Never also an `error`.
   */
  interrupted?: boolean;
  /** How the run is recorded in `sync_runs`. */
  result: RunResult;
}

/** @deprecated The summary of one stream: {@link StreamSummary} (an account has one per kind of sale). */
export type VendorSummary = StreamSummary;

/** What the progress display hears, per stream. */
export interface SyncReporter {
  start(summary: StreamSummary): void;
  window(summary: StreamSummary, window: { since: Date; until: Date; orders: number }): void;
  finish(summary: StreamSummary): void;
}

export const silentReporter: SyncReporter = { start() {}, window() {}, finish() {} };

/**
 * The most windows one stream's run plans. Windows are planned up front, so without a bound a tiny
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

/**
 * Where a stream's run starts: `since`, else its checkpoint less the overlap, else `until` less the initial
 * lookback — and, with a rescan, no later than `until` less the rescan.
 */
export function planStart(plan: SyncPlan, checkpoint: { highWaterMark: string } | undefined): Date {
  const start =
    plan.since ??
    (checkpoint
      ? new Date(Date.parse(checkpoint.highWaterMark) - plan.overlapMs)
      : new Date(plan.until.getTime() - plan.initialLookbackMs));
  if (!plan.rescanMs) return start;
  const rescan = plan.until.getTime() - plan.rescanMs;
  return rescan < start.getTime() ? new Date(rescan) : start;
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
 * The checkpoint a stream resumes from: the one under the account's name, else one an earlier release kept under
 * a previous name of the account (a 1card1 account's raw OpenId). The next completed window writes the checkpoint
 * under the current name; the old row is left as it was (it is only ever read).
 */
export async function streamCheckpoint(
  store: Store,
  account: VendorAccount,
  kind: OrderKind,
): Promise<{ highWaterMark: string } | undefined> {
  const current = await store.getCheckpoint(account.vendor, account.account, kind);
  if (current) return current;
  for (const previous of account.previousAccounts ?? []) {
    const found = await store.getCheckpoint(account.vendor, previous, kind);
    if (found) return found;
  }
  return undefined;
}

/**
 * Syncs ONE stream — the orders of one kind of sale of one vendor account — into the store, and records the run
 * in `sync_runs`. This is the unit every command that syncs shares (`sync`, `demo`, and the `worker` that runs it
 * on a schedule); it never throws: whatever goes wrong ends up in the summary it resolves to.
 *
 * **Invariant: a checkpoint only ever covers stored orders, so a run killed anywhere redoes at most its unfinished
 * windows.** The span from the stream's checkpoint (less the overlap), or `plan.since`, to `plan.until` — extended
 * back to `until − rescan` with `plan.rescanMs` — is cut into windows, `plan.windowConcurrency` fetched at once.
 * Each record is decoded tolerantly ({@link ingestRecord}: the client is asked for `validate: false`): an Order is
 * stored with its notes, a record that cannot be one becomes a failed record (masked unless personal data was
 * asked for) — a page is never refused for one bad record. Orders and failed records are written in batches; a
 * window's last batch also moves the checkpoint, in the same transaction, to the end of the longest run of
 * completed windows. The store only moves a checkpoint forward, so re-reading windows behind it (an overlap, a
 * rescan) never moves it back, and upserts by content hash make a redo change nothing that was already right.
 *
 * How the run ended is its `result`: `interrupted` (the plan's signal stopped it; what completed windows fetched
 * is stored and checkpointed), `error` (it stopped on a failure; `error` says which, naming the vendor and the
 * method), `failed_records` (it finished, but some records could not be stored), or `ok`.
 *
 * @param account the vendor account (its `account` name keys the checkpoint; `previousAccounts` are read when
 *   the stream has no checkpoint under it)
 * @param kind the kind of sale: one of `KINDS_BY_VENDOR[account.vendor]`; read with the client method
 *   `STREAM_METHOD[kind]` (`orders`, `vendingOrders` or `sales`)
 * @param client the account's client; every stream of one account shares it, and so its rate limiter
 * @param store an open, migrated store
 * @param plan the run's span, window, batch and privacy settings, and its stop signal
 * @param reporter hears the stream start, each completed window, and the end (progress lines or bars)
 *
 * @example
 * const summary = await syncStream(account, "vending", client, store, plan, reporter);
 * if (summary.result !== "ok") console.error(summary.vendor, summary.kind, summary.error ?? summary.failed);
 */
export async function syncStream(
  account: VendorAccount,
  kind: OrderKind,
  client: OrderClient,
  store: Store,
  plan: SyncPlan,
  reporter: SyncReporter = silentReporter,
): Promise<StreamSummary> {
  const clock = plan.now ?? (() => new Date());
  const startedAt = clock();
  const summary: StreamSummary = {
    vendor: account.vendor,
    account: account.account,
    kind,
    since: plan.until.toISOString(),
    until: plan.until.toISOString(),
    windows: 0,
    ...emptyStats(),
    noteTallies: [],
    result: "ok",
  };
  const tallies = new Map<string, NoteTally>();
  try {
    await runStream(account, kind, client, store, plan, reporter, summary, tallies);
  } catch (error) {
    // Anything the windows did not catch (the store refused to read the checkpoint, a bug): this stream stops,
    // the account's other streams go on.
    summary.error = describeError(error);
    summary.failure = error;
  }
  summary.noteTallies = [...tallies.values()].sort(
    (a, b) =>
      b.count - a.count || a.code.localeCompare(b.code) || (a.field ?? "").localeCompare(b.field ?? ""),
  );
  summary.result = summary.interrupted
    ? "interrupted"
    : summary.error !== undefined
      ? "error"
      : summary.failed > 0
        ? "failed_records"
        : "ok";
  try {
    await store.recordRun({
      vendor: account.vendor,
      account: account.account,
      kind,
      startedAt,
      finishedAt: clock(),
      result: summary.result,
      since: summary.since,
      until: summary.until,
      counts: {
        seen: summary.seen,
        inserted: summary.inserted,
        updated: summary.updated,
        unchanged: summary.unchanged,
        failed: summary.failed,
        notes: summary.notes,
      },
      error:
        summary.error ??
        (summary.interrupted
          ? interruption(plan.signal?.aborted ? plan.signal.reason : plan.drain?.reason)
          : null),
    });
  } catch (error) {
    // A run that cannot be recorded (the store went away) is a failure of its own, unless one was seen already.
    if (summary.error === undefined && !summary.interrupted) {
      summary.error = `could not record the run: ${describeError(error)}`;
      summary.failure = error;
      summary.result = "error";
    }
  }
  reporter.finish(summary);
  return summary;
}

async function runStream(
  account: VendorAccount,
  kind: OrderKind,
  client: OrderClient,
  store: Store,
  plan: SyncPlan,
  reporter: SyncReporter,
  summary: StreamSummary,
  tallies: Map<string, NoteTally>,
): Promise<void> {
  const checkpoint = await streamCheckpoint(store, account, kind);
  const start = planStart(plan, checkpoint);
  const windows = start < plan.until ? splitWindows(start, plan.until, plan.windowMs) : [];
  summary.since = start.toISOString();
  summary.windows = windows.length;
  reporter.start(summary);

  const done = new Array<boolean>(windows.length).fill(false);
  let contiguous = 0; // windows[0..contiguous) are all stored
  // Writes are serialised per stream so its checkpoints are written in order.
  let writes: Promise<void> = Promise.resolve();
  const write = (
    stats: SyncCounts,
    orders: Order[],
    notes: Record<string, OrderNote[]>,
    failed: FailedRecordInput[],
    checkpoint?: Date,
  ) => {
    const next = writes.then(async () => {
      const result = await store.writeBatch({
        orders,
        notes,
        failed,
        account: account.account,
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
      // An order whose id is stored with another kind of sale is not written: the store keeps it as a failed record.
      stats.failed += result.collisions;
    });
    writes = next.catch(() => {});
    return next;
  };

  /**
   * Fetches, decodes and stores one window. Its counts are merged into the summary only when it completes, so a
   * window fetched again after a transient failure is not counted twice; what the failed attempt already inserted
   * or updated is carried over (the retry sees those rows unchanged).
   */
  const runWindow = async (index: number, signal: AbortSignal, carried: SyncCounts) => {
    const window = windows[index]!;
    const stats = emptyStats();
    const windowTallies = new Map<string, NoteTally>();
    let orders: Order[] = [];
    let notes: Record<string, OrderNote[]> = {};
    let failed: FailedRecordInput[] = [];
    const fail = (record: FailedRecordInput) => {
      failed.push(record);
      stats.failed++;
    };
    const onInvalidRecord = (record: InvalidRecord) => {
      // A record the client could not deliver (not an object, a 1card1 sale whose lines cannot be fetched).
      stats.seen++;
      fail(
        failedRecord(
          { vendor: account.vendor, account: account.account, kind, id: record.id },
          record.raw,
          record.error,
          plan,
        ),
      );
    };
    const options = {
      includePersonalData: plan.includePersonalData,
      includeRaw: plan.includeRaw,
      window,
    };
    try {
      // Baifude's window also keeps what its 4.3 statement listed, for the report's reconciliation.
      for await (const raw of readStream(
        client,
        kind,
        recordStatements(store, account, kind, {
          since: window.since,
          until: window.until,
          signal,
          onInvalidRecord,
          validate: false,
        }),
      )) {
        stats.seen++;
        const ingested = ingestRecord(account.vendor, account.account, kind, raw, options);
        if (ingested.ok) {
          const { order } = ingested;
          orders.push(order);
          notes[order.id] = ingested.notes;
          stats.notes += ingested.notes.length;
          for (const note of ingested.notes) tally(windowTallies, note);
          if (order.duplicateOf) stats.duplicates++;
          else {
            stats.paidAmount += order.paidAmount;
            stats.refundedAmount += order.refundedAmount;
          }
        } else {
          fail(ingested.failed);
        }
        if (orders.length + failed.length >= plan.batchSize) {
          const batch = [orders, notes, failed] as const;
          orders = [];
          notes = {};
          failed = [];
          await write(stats, ...batch);
        }
      }
      done[index] = true;
      const before = contiguous;
      while (contiguous < windows.length && done[contiguous]) contiguous++;
      await write(
        stats,
        orders,
        notes,
        failed,
        contiguous > before ? windows[contiguous - 1]!.until : undefined,
      );
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
    for (const note of windowTallies.values()) tally(tallies, note, note.count);
    reporter.window(summary, { ...window, orders: stats.seen });
  };

  // One failing window stops its siblings: the checkpoint cannot move past it anyway.
  const stop = new AbortController();
  const signal = plan.signal ? AbortSignal.any([plan.signal, stop.signal]) : stop.signal;
  let firstError: unknown;
  let nextIndex = 0;
  const workers = Array.from({ length: Math.min(plan.windowConcurrency, windows.length) }, async () => {
    while (nextIndex < windows.length && !signal.aborted && !plan.drain?.aborted) {
      const index = nextIndex++;
      const carried = emptyStats();
      for (let attempt = 0; ; attempt++) {
        try {
          await runWindow(index, signal, carried);
          break;
        } catch (error) {
          if (attempt < plan.windowRetries && isTransient(error) && !signal.aborted) {
            await (plan.sleep ?? abortableSleep)(1000 * 2 ** attempt, signal);
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
  // A window cut short by the run's signal (SIGINT/SIGTERM) is an interruption, not a failure; so are the
  // windows a drain left unstarted.
  const interrupted =
    (plan.signal?.aborted === true || plan.drain?.aborted === true) && contiguous < windows.length;
  const cutShort =
    firstError === plan.signal?.reason || (firstError instanceof Error && firstError.name === "AbortError");
  if (firstError !== undefined && !(interrupted && cutShort)) {
    summary.error = describeError(firstError);
    summary.failure = firstError;
  } else if (interrupted) {
    summary.interrupted = true;
  }
}

/**
 * Syncs every stream of one vendor account — one per kind of sale it offers (`KINDS_BY_VENDOR`), or those of
 * `kinds` — at the same time, each with {@link syncStream}: each has its own checkpoint, windows, progress and
 * summary, and all share the account's client and so its rate limiter. A failure in one stream does not stop the
 * others. The invariant is each stream's: a checkpoint only ever covers stored orders, so a run killed anywhere
 * redoes at most its unfinished windows.
 */
export async function syncAccount(
  account: VendorAccount,
  client: OrderClient,
  store: Store,
  plan: SyncPlan,
  reporter: SyncReporter = silentReporter,
  kinds?: readonly OrderKind[],
): Promise<StreamSummary[]> {
  return Promise.all(
    streamsOf(account.vendor, kinds).map((kind) => syncStream(account, kind, client, store, plan, reporter)),
  );
}

/** The client method a stream reads with, as people read it in messages (`client.vendingOrders()`). */
export function streamMethod(kind: OrderKind): string {
  return `${STREAM_METHOD[kind]}()`;
}

/** A note's field with list positions left out, so one drifted field counts as one line however many items. */
export function noteField(field: string | undefined): string | null {
  return field === undefined || field === "" ? null : field.replace(/\[\d+\]/g, "[]");
}

function tally(tallies: Map<string, NoteTally>, note: { code: string; field?: string | null }, n = 1) {
  const field = note.field === null ? null : noteField(note.field);
  const key = JSON.stringify([note.code, field]);
  const found = tallies.get(key);
  if (found) found.count += n;
  else tallies.set(key, { code: note.code, field, count: n });
}

/** Why a run was interrupted, for its `sync_runs` row (`interrupted by SIGINT`). */
const interruption = (reason: unknown) =>
  reason instanceof Error && reason.message ? reason.message : "interrupted";

const emptyStats = (): SyncCounts => ({
  seen: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  failed: 0,
  notes: 0,
  duplicates: 0,
  paidAmount: 0,
  refundedAmount: 0,
});

/** Waits `ms`, or less when `signal` aborts (resolves either way: the caller looks at the signal). */
export const abortableSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
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
