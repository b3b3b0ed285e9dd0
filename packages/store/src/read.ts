import { toRfc3339Utc } from "@orderbridge/core";
import { CHANGE_COLUMNS } from "./migrations.js";
import { byCodeUnit, StoreError } from "./rows.js";
import type {
  ChangeValues,
  FailedGroup,
  NoteCount,
  OrderChange,
  OrderKind,
  RunCounts,
  RunResult,
  StoreStatus,
  StreamStatus,
  SyncRun,
  SyncRunInput,
} from "./types.js";

/** The read path's shared half: turning rows into answers, the same for both dialects. */

/** One stored order as the order listing reads it. */
export interface DocumentRow {
  id: string;
  json: string;
}

/**
 * Merges keyset-paged sources that each yield rows in id order into one stream in id order (a
 * `kind` filter reads each kind through the `(kind, id)` index and merges them here, so no page ever
 * needs a sort of the remaining rows).
 */
export async function* mergeById(sources: AsyncGenerator<DocumentRow>[]): AsyncGenerator<DocumentRow> {
  if (sources.length === 1) {
    yield* sources[0]!;
    return;
  }
  const heads: (DocumentRow | undefined)[] = [];
  for (const source of sources) heads.push((await source.next()).value ?? undefined);
  for (;;) {
    let min = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head !== undefined && (min < 0 || head.id < heads[min]!.id)) min = i;
    }
    if (min < 0) return;
    yield heads[min]!;
    const next = await sources[min]!.next();
    heads[min] = next.done ? undefined : next.value;
  }
}

/** Keyset pages of one query: `page(after, limit)` gives the rows with id > after, by id. */
export async function* keysetPages<R extends { id: string }>(
  page: (after: string, limit: number) => R[] | Promise<R[]>,
  pageSize: number,
  toRow: (row: R) => DocumentRow,
): AsyncGenerator<DocumentRow> {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new StoreError(`pageSize must be a positive integer (got ${pageSize})`);
  }
  let after = "";
  for (;;) {
    const rows = await page(after, pageSize);
    for (const row of rows) yield toRow(row);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The distinct kinds of a filter, or undefined for "all kinds". */
export function kindsOf(kind: readonly OrderKind[] | undefined): string[] | undefined {
  return kind === undefined ? undefined : [...new Set(kind)].sort(byCodeUnit);
}

export function isoOrNull(value: Date | string | null | undefined): string | null {
  return value === undefined || value === null ? null : toRfc3339Utc(value);
}

const RESULTS: readonly RunResult[] = ["ok", "failed_records", "error", "interrupted"];

/** Checks a run before it is written, so a bad one never reaches the database. */
export function checkRun(run: SyncRunInput): void {
  if (!RESULTS.includes(run.result)) {
    throw new StoreError(
      `a sync run's result must be one of ${RESULTS.join(", ")} (got ${JSON.stringify(run.result)})`,
    );
  }
  for (const key of ["vendor", "account", "kind"] as const) {
    if (typeof run[key] !== "string")
      throw new StoreError(`a sync run needs its ${key} (got ${typeof run[key]})`);
  }
  for (const key of ["seen", "inserted", "updated", "unchanged", "failed", "notes"] as const) {
    const value = run.counts?.[key];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new StoreError(`a sync run's counts.${key} must be a count (got ${JSON.stringify(value)})`);
    }
  }
}

/** The counts exactly as stored: the six counts in a fixed key order. */
export function countsJson(counts: RunCounts): string {
  const { seen, inserted, updated, unchanged, failed, notes } = counts;
  return JSON.stringify({ seen, inserted, updated, unchanged, failed, notes });
}

export interface RunRow {
  id: number | string;
  vendor: string;
  account: string;
  kind: string;
  started_at: string | Date;
  finished_at: string | Date;
  result: string;
  since: string | Date | null;
  until: string | Date | null;
  counts: string | RunCounts;
  error: string | null;
}

const iso = (value: string | Date): string => (value instanceof Date ? value.toISOString() : value);

export function runOf(row: RunRow): SyncRun {
  const counts = typeof row.counts === "string" ? (JSON.parse(row.counts) as RunCounts) : row.counts;
  return {
    id: Number(row.id),
    vendor: row.vendor,
    account: row.account,
    kind: row.kind as OrderKind,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    result: row.result as RunResult,
    since: row.since === null ? null : iso(row.since),
    until: row.until === null ? null : iso(row.until),
    counts: {
      seen: counts.seen,
      inserted: counts.inserted,
      updated: counts.updated,
      unchanged: counts.unchanged,
      failed: counts.failed,
      notes: counts.notes,
    },
    error: row.error,
  };
}

export type ChangeRow = Record<string, unknown> & {
  seq: number | string;
  changed_at: string | Date;
  order_id: string;
  vendor: string;
  kind: string;
  fields: string | string[];
};

export function changeOf(row: ChangeRow): OrderChange {
  const fields = (
    typeof row.fields === "string" ? JSON.parse(row.fields) : row.fields
  ) as OrderChange["fields"];
  const before: Partial<ChangeValues> = {};
  const after: Partial<ChangeValues> = {};
  for (const [field, column] of CHANGE_COLUMNS) {
    if (!fields.includes(field)) continue;
    (before as Record<string, unknown>)[field] = plain(row[`${column}_before`]);
    (after as Record<string, unknown>)[field] = plain(row[`${column}_after`]);
  }
  return {
    seq: Number(row.seq),
    changedAt: iso(row.changed_at),
    orderId: row.order_id,
    vendor: row.vendor,
    kind: row.kind as OrderKind,
    fields,
    before,
    after,
  };
}

// PostgreSQL gives BIGINT as a string.
function plain(value: unknown): unknown {
  return typeof value === "string" && /^-?\d+$/.test(value) && value.length < 16
    ? Number(value)
    : (value ?? null);
}

export interface FailedSampleRow {
  vendor: string;
  kind: string | null;
  error_field: string | null;
  error_name: string;
  error_message: string;
  n: number | string;
  vendor_order_id: string | null;
}

/** Groups the rows of the failed-summary query (each group's first ≤ 5 rows, with its count). */
export function failedGroups(rows: readonly FailedSampleRow[]): FailedGroup[] {
  const groups = new Map<string, FailedGroup>();
  for (const row of rows) {
    const key = JSON.stringify([row.vendor, row.kind, row.error_field, row.error_name, row.error_message]);
    let group = groups.get(key);
    if (!group) {
      group = {
        vendor: row.vendor,
        kind: row.kind as OrderKind | null,
        field: row.error_field,
        errorName: row.error_name,
        errorMessage: row.error_message,
        count: Number(row.n),
        sampleVendorOrderIds: [],
      };
      groups.set(key, group);
    }
    if (row.vendor_order_id !== null) group.sampleVendorOrderIds.push(row.vendor_order_id);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.count - a.count ||
      byCodeUnit(a.vendor, b.vendor) ||
      byCodeUnit(a.kind ?? "", b.kind ?? "") ||
      byCodeUnit(a.field ?? "", b.field ?? "") ||
      byCodeUnit(a.errorName, b.errorName) ||
      byCodeUnit(a.errorMessage, b.errorMessage),
  );
}

export interface NoteCountRow {
  vendor: string;
  kind: string;
  code: string;
  field: string | null;
  count: number | string;
  orders: number | string;
}

export function noteCountOf(row: NoteCountRow): NoteCount {
  return {
    vendor: row.vendor,
    kind: row.kind as OrderKind,
    code: row.code,
    field: row.field,
    count: Number(row.count),
    orders: Number(row.orders),
  };
}

/** The status answer, from the store's own small queries (each dialect runs them). */
export function buildStatus(input: {
  schemaVersion: number;
  checkpoints: readonly import("./types.js").Checkpoint[];
  runs: readonly SyncRun[];
  lastErrors: readonly SyncRun[];
  failed: readonly { vendor: string; account: string; kind: string | null; count: number }[];
  orders: readonly { vendor: string; kind: string; count: number }[];
  notes: readonly NoteCount[];
}): StoreStatus {
  const streams = new Map<string, StreamStatus>();
  const stream = (vendor: string, account: string, kind: string): StreamStatus => {
    const key = JSON.stringify([vendor, account, kind]);
    let found = streams.get(key);
    if (!found) {
      found = {
        vendor,
        account,
        kind: kind as OrderKind,
        checkpoint: null,
        lastRun: null,
        lastError: null,
        failedRecords: 0,
        storedOrders: 0,
        notes: [],
      };
      streams.set(key, found);
    }
    return found;
  };
  for (const checkpoint of input.checkpoints)
    stream(checkpoint.vendor, checkpoint.account, checkpoint.kind).checkpoint = checkpoint;
  for (const run of input.runs) stream(run.vendor, run.account, run.kind).lastRun = run;
  for (const run of input.lastErrors) stream(run.vendor, run.account, run.kind).lastError = run;
  const failedWithoutKind: StoreStatus["failedWithoutKind"] = [];
  for (const row of input.failed) {
    if (row.kind === null)
      failedWithoutKind.push({ vendor: row.vendor, account: row.account, count: row.count });
    else stream(row.vendor, row.account, row.kind).failedRecords = row.count;
  }
  for (const found of streams.values()) {
    found.storedOrders =
      input.orders.find((row) => row.vendor === found.vendor && row.kind === found.kind)?.count ?? 0;
    found.notes = input.notes.filter((note) => note.vendor === found.vendor && note.kind === found.kind);
  }
  const sorted = [...streams.values()].sort(
    (a, b) =>
      byCodeUnit(a.vendor, b.vendor) || byCodeUnit(a.account, b.account) || byCodeUnit(a.kind, b.kind),
  );
  return {
    schemaVersion: input.schemaVersion,
    streams: sorted,
    orders: input.orders.map((row) => ({
      vendor: row.vendor,
      kind: row.kind as OrderKind,
      count: row.count,
    })),
    failedWithoutKind,
  };
}
