import { TimeoutError } from "@orderbridge/core";
import type { Checkpoint, SyncRun } from "@orderbridge/store";
import { Counter, collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { StreamSummary } from "../sync.js";

/**
 * What `/metrics` shows (Prometheus text format, prom-client), per worker process. Counters count what THIS worker
 * did; add them up over the pool (`sum by (vendor)`). The time gauges are per stream; over a pool take the latest
 * (`max by (vendor, account, kind)`).
 *
 * | metric | labels | meaning |
 * | --- | --- | --- |
 * | `orderbridge_orders_stored_total` | vendor, kind | orders written (inserted or changed) |
 * | `orderbridge_orders_seen_total` | vendor, kind | records read from the vendor |
 * | `orderbridge_failed_records_total` | vendor, kind | records that could not be stored (`orderbridge failed` lists them) |
 * | `orderbridge_vendor_requests_total` | vendor | HTTP requests sent to the vendor (retries included) |
 * | `orderbridge_vendor_errors_total` | vendor, reason | requests that failed: `http_429`, `http_4xx`, `http_5xx`, `timeout`, `connection` |
 * | `orderbridge_sync_runs_total` | vendor, kind, result | stream runs: `ok`, `failed_records`, `error`, `interrupted`, `lost` (the lease was lost) |
 * | `orderbridge_last_successful_sync_timestamp_seconds` | vendor, account, kind | when the stream's last successful run (`ok` or `failed_records`) finished |
 * | `orderbridge_checkpoint_timestamp_seconds` | vendor, account, kind | how far the stream is synced (its checkpoint) |
 * | `orderbridge_accounts_held` | | accounts this worker is syncing now |
 * | `orderbridge_accounts_max` | | `--max-accounts` |
 * | `orderbridge_lock_session_up` | | 1 while the PostgreSQL lock session is open (always 1 on SQLite) |
 * | `orderbridge_lock_sessions_lost_total` | | lock sessions lost (server restart, network, terminated) |
 *
 * plus prom-client's default process metrics (`process_cpu_seconds_total`, `nodejs_eventloop_lag_seconds`, …).
 */
export interface WorkerMetrics {
  registry: Registry;
  ordersStored: Counter<"vendor" | "kind">;
  ordersSeen: Counter<"vendor" | "kind">;
  failedRecords: Counter<"vendor" | "kind">;
  vendorRequests: Counter<"vendor">;
  vendorErrors: Counter<"vendor" | "reason">;
  syncRuns: Counter<"vendor" | "kind" | "result">;
  lastSuccess: Gauge<"vendor" | "account" | "kind">;
  checkpoint: Gauge<"vendor" | "account" | "kind">;
  accountsHeld: Gauge;
  accountsMax: Gauge;
  lockSessionUp: Gauge;
  lockSessionsLost: Counter;
}

export function createWorkerMetrics(): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    ordersStored: new Counter({
      name: "orderbridge_orders_stored_total",
      help: "Orders written to the store (inserted, or stored with changed content)",
      labelNames: ["vendor", "kind"],
      registers,
    }),
    ordersSeen: new Counter({
      name: "orderbridge_orders_seen_total",
      help: "Records read from the vendor",
      labelNames: ["vendor", "kind"],
      registers,
    }),
    failedRecords: new Counter({
      name: "orderbridge_failed_records_total",
      help: "Records that could not be stored (listed by orderbridge failed)",
      labelNames: ["vendor", "kind"],
      registers,
    }),
    vendorRequests: new Counter({
      name: "orderbridge_vendor_requests_total",
      help: "HTTP requests sent to the vendor, retries included",
      labelNames: ["vendor"],
      registers,
    }),
    vendorErrors: new Counter({
      name: "orderbridge_vendor_errors_total",
      help: "Vendor requests that failed, by reason (http_429, http_4xx, http_5xx, timeout, connection)",
      labelNames: ["vendor", "reason"],
      registers,
    }),
    syncRuns: new Counter({
      name: "orderbridge_sync_runs_total",
      help: "Stream runs by result (ok, failed_records, error, interrupted, lost)",
      labelNames: ["vendor", "kind", "result"],
      registers,
    }),
    lastSuccess: new Gauge({
      name: "orderbridge_last_successful_sync_timestamp_seconds",
      help: "When the stream's last successful run finished (Unix time)",
      labelNames: ["vendor", "account", "kind"],
      registers,
    }),
    checkpoint: new Gauge({
      name: "orderbridge_checkpoint_timestamp_seconds",
      help: "How far the stream is synced: its checkpoint (Unix time)",
      labelNames: ["vendor", "account", "kind"],
      registers,
    }),
    accountsHeld: new Gauge({
      name: "orderbridge_accounts_held",
      help: "Vendor accounts this worker is syncing now",
      registers,
    }),
    accountsMax: new Gauge({
      name: "orderbridge_accounts_max",
      help: "The most vendor accounts this worker syncs at once (--max-accounts)",
      registers,
    }),
    lockSessionUp: new Gauge({
      name: "orderbridge_lock_session_up",
      help: "1 while the worker's PostgreSQL lock session is open (always 1 on SQLite)",
      registers,
    }),
    lockSessionsLost: new Counter({
      name: "orderbridge_lock_sessions_lost_total",
      help: "Lock sessions lost (database restart, network failure, session terminated)",
      registers,
    }),
  };
}

/**
 * Puts every series of the configured vendors and streams at 0, so that a dashboard or an alert sees them before
 * the first order or error (Prometheus cannot tell a series that never moved from one that does not exist).
 */
export function initializeSeries(
  metrics: WorkerMetrics,
  streams: readonly { vendor: string; kind: string }[],
): void {
  for (const { vendor, kind } of streams) {
    metrics.ordersStored.inc({ vendor, kind }, 0);
    metrics.ordersSeen.inc({ vendor, kind }, 0);
    metrics.failedRecords.inc({ vendor, kind }, 0);
    metrics.vendorRequests.inc({ vendor }, 0);
    for (const reason of ["http_429", "http_4xx", "http_5xx", "timeout", "connection"])
      metrics.vendorErrors.inc({ vendor, reason }, 0);
  }
  metrics.accountsHeld.set(0);
}

const seconds = (iso: string) => Date.parse(iso) / 1000;

/** Sets the checkpoint gauges from the store's checkpoints. */
export function observeCheckpoints(metrics: WorkerMetrics, checkpoints: readonly Checkpoint[]): void {
  for (const c of checkpoints)
    metrics.checkpoint.set({ vendor: c.vendor, account: c.account, kind: c.kind }, seconds(c.highWaterMark));
}

/** Sets the last-success gauges from stored runs (at start: what the pool did before this worker). */
export function observeRuns(metrics: WorkerMetrics, runs: readonly SyncRun[]): void {
  for (const run of runs) {
    if (run.result !== "ok" && run.result !== "failed_records") continue;
    metrics.lastSuccess.set(
      { vendor: run.vendor, account: run.account, kind: run.kind },
      seconds(run.finishedAt),
    );
  }
}

/**
 * Counts a stream's progress as it goes: each call adds what the summary counted since the last call for the same
 * summary (the sync's reporter hears cumulative counts after every window).
 */
export function progressCounter(metrics: WorkerMetrics): (summary: StreamSummary) => void {
  const reported = new WeakMap<StreamSummary, { stored: number; seen: number; failed: number }>();
  return (summary) => {
    const before = reported.get(summary) ?? { stored: 0, seen: 0, failed: 0 };
    const now = { stored: summary.inserted + summary.updated, seen: summary.seen, failed: summary.failed };
    const labels = { vendor: summary.vendor, kind: summary.kind };
    if (now.stored > before.stored) metrics.ordersStored.inc(labels, now.stored - before.stored);
    if (now.seen > before.seen) metrics.ordersSeen.inc(labels, now.seen - before.seen);
    if (now.failed > before.failed) metrics.failedRecords.inc(labels, now.failed - before.failed);
    reported.set(summary, now);
  };
}

/**
 * A fetch that counts every request to `vendor` and each one that failed: an HTTP error status, a timeout, or a
 * connection that failed. A request the worker itself cut short (SIGTERM, a lost lease) is not an error.
 */
export function countingFetch(
  vendor: string,
  metrics: WorkerMetrics,
  base: typeof fetch = fetch,
): typeof fetch {
  return async (input, init) => {
    metrics.vendorRequests.inc({ vendor });
    try {
      const response = await base(input, init);
      if (response.status >= 400) {
        const reason =
          response.status === 429 ? "http_429" : response.status >= 500 ? "http_5xx" : "http_4xx";
        metrics.vendorErrors.inc({ vendor, reason });
      }
      return response;
    } catch (error) {
      const signal = init?.signal;
      if (signal?.aborted && signal.reason instanceof TimeoutError)
        metrics.vendorErrors.inc({ vendor, reason: "timeout" });
      else if (!signal?.aborted) metrics.vendorErrors.inc({ vendor, reason: "connection" });
      throw error;
    }
  };
}
