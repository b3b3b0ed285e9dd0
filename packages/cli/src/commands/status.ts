import type { StreamStatus, SyncRun } from "@orderbridge/store";
import { displayAccount } from "../accounts.js";
import type { CliIo } from "../io.js";
import { openStoreToRead } from "../read-store.js";
import { formatTable } from "../table.js";

export interface StatusOptions {
  db: string;
  format: "table" | "json";
}

/** A stream's last run, as `status --format json` shows it. */
export interface RunStatus {
  startedAt: string;
  finishedAt: string;
  result: SyncRun["result"];
  since: string | null;
  until: string | null;
  counts: SyncRun["counts"];
  error: string | null;
}

/** One stream (the orders of one kind of one vendor account), as `status --format json` shows it. */
export interface StreamStatusJson {
  vendor: string;
  account: string;
  kind: string;
  checkpoint: string | null;
  checkpointUpdatedAt: string | null;
  lastRun: RunStatus | null;
  lastError: RunStatus | null;
  storedOrders: number;
  failedRecords: number;
  notes: { code: string; field: string | null; count: number; orders: number }[];
}

/** What `status --format json` writes (keys documented in the package README). */
export interface StatusJson {
  schemaVersion: number;
  streams: StreamStatusJson[];
  orders: { vendor: string; kind: string; count: number }[];
  failedWithoutKind: { vendor: string; account: string; count: number }[];
}

const runJson = (run: SyncRun | null): RunStatus | null =>
  run && {
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    result: run.result,
    since: run.since,
    until: run.until,
    counts: run.counts,
    error: run.error,
  };

const later = (a: SyncRun | null, b: SyncRun | null) =>
  !a ? b : !b ? a : b.startedAt > a.startedAt || (b.startedAt === a.startedAt && b.id > a.id) ? b : a;

/**
 * The streams of a store, each under the account name it is shown by: rows a store keeps under an earlier name of
 * the same account (a 1card1 account's raw OpenId, before release 0.2) are merged into the current name's row —
 * the later checkpoint, the latest run and error, the failed records of both.
 */
export function mergeStreams(streams: readonly StreamStatus[]): StreamStatus[] {
  const merged = new Map<string, StreamStatus>();
  for (const stream of streams) {
    const account = displayAccount(stream.vendor, stream.account);
    const key = JSON.stringify([stream.vendor, account, stream.kind]);
    const found = merged.get(key);
    if (!found) {
      merged.set(key, { ...stream, account });
      continue;
    }
    if (
      stream.checkpoint &&
      (!found.checkpoint || stream.checkpoint.highWaterMark > found.checkpoint.highWaterMark)
    )
      found.checkpoint = { ...stream.checkpoint, account };
    found.lastRun = later(found.lastRun, stream.lastRun);
    found.lastError = later(found.lastError, stream.lastError);
    found.failedRecords += stream.failedRecords;
  }
  return [...merged.values()].sort(
    (a, b) =>
      a.vendor.localeCompare(b.vendor) || a.account.localeCompare(b.account) || a.kind.localeCompare(b.kind),
  );
}

/**
 * `orderbridge status`: per stream — checkpoint, the last run (when, result, counts), stored orders, failed
 * records, notes by field, the last error — from a store opened read-only.
 */
export async function runStatus(io: CliIo, options: StatusOptions): Promise<StatusJson> {
  const store = await openStoreToRead(options.db);
  let status: Awaited<ReturnType<typeof store.status>>;
  try {
    status = await store.status();
  } finally {
    await store.close();
  }
  const json: StatusJson = {
    schemaVersion: status.schemaVersion,
    streams: mergeStreams(status.streams).map((s) => ({
      vendor: s.vendor,
      account: s.account,
      kind: s.kind,
      checkpoint: s.checkpoint?.highWaterMark ?? null,
      checkpointUpdatedAt: s.checkpoint?.updatedAt ?? null,
      lastRun: runJson(s.lastRun),
      lastError: runJson(s.lastError),
      storedOrders: s.storedOrders,
      failedRecords: s.failedRecords,
      notes: s.notes.map((n) => ({ code: n.code, field: n.field, count: n.count, orders: n.orders })),
    })),
    orders: status.orders.map((o) => ({ vendor: o.vendor, kind: o.kind, count: o.count })),
    failedWithoutKind: status.failedWithoutKind.map((f) => ({
      vendor: f.vendor,
      account: displayAccount(f.vendor, f.account),
      count: f.count,
    })),
  };
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return json;
  }
  io.stdout.write(`${formatStatus(json)}\n`);
  return json;
}

/** The table form of `status`. */
export function formatStatus(status: StatusJson): string {
  if (status.streams.length === 0 && status.orders.length === 0)
    return `schema v${status.schemaVersion}: no stream has run yet and no order is stored`;
  const rows = status.streams.map((s) => [
    s.vendor,
    s.account || "-",
    s.kind,
    s.checkpoint ?? "-",
    s.lastRun ? s.lastRun.finishedAt : "-",
    s.lastRun ? s.lastRun.result : "-",
    s.lastRun ? String(s.lastRun.counts.seen) : "-",
    s.lastRun ? String(s.lastRun.counts.inserted + s.lastRun.counts.updated) : "-",
    String(s.storedOrders),
    String(s.failedRecords),
    String(s.notes.reduce((sum, n) => sum + n.count, 0)),
  ]);
  const out = [
    formatTable(
      [
        "vendor",
        "account",
        "kind",
        "checkpoint",
        "last run",
        "result",
        "seen",
        "written",
        "stored",
        "failed",
        "notes",
      ],
      rows,
      { right: [6, 7, 8, 9, 10] },
    ),
  ];
  // Orders of a kind no stream covers (written by `serve` alone, or by a stream whose runs predate sync_runs).
  const covered = new Set(status.streams.map((s) => `${s.vendor} ${s.kind}`));
  const uncovered = status.orders.filter((o) => !covered.has(`${o.vendor} ${o.kind}`));
  if (uncovered.length)
    out.push(
      "",
      `stored without a stream: ${uncovered.map((o) => `${o.vendor} ${o.kind} ${o.count}`).join(", ")}`,
    );
  const notes = status.streams.flatMap((s) =>
    s.notes.map((n) => [s.vendor, s.kind, n.field ?? "-", n.code, String(n.count), String(n.orders)]),
  );
  // Notes are counted per vendor and kind (orders are kept per vendor, not per account): list each once.
  const seen = new Set<string>();
  const unique = notes.filter((row) => {
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length)
    out.push(
      "",
      "notes on stored orders:",
      indent(formatTable(["vendor", "kind", "field", "code", "count", "orders"], unique, { right: [4, 5] })),
    );
  const errors = status.streams.filter((s) => s.lastError);
  if (errors.length)
    out.push(
      "",
      "last errors:",
      ...errors.map(
        (s) =>
          `  ${s.vendor} ${s.account || "-"} ${s.kind} at ${s.lastError!.finishedAt} (${s.lastError!.result}): ${s.lastError!.error ?? "-"}`,
      ),
    );
  if (status.failedWithoutKind.length)
    out.push(
      "",
      `failed records without a kind: ${status.failedWithoutKind.map((f) => `${f.vendor} ${f.account || "-"} ${f.count}`).join(", ")}`,
    );
  return out.join("\n");
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
