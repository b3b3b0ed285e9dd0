import Database from "better-sqlite3";
import { sqliteMigrations } from "./migrations.js";
import {
  checkpointMark,
  failedRows,
  orderRows,
  parseStoredOrder,
  StoreError,
  storedOrderJson,
} from "./rows.js";
import type {
  Checkpoint,
  FailedRecord,
  FailedRecordInput,
  IterateOptions,
  MigrateResult,
  Store,
  StoredOrder,
  WriteBatch,
  WriteResult,
} from "./types.js";

export interface SqliteStoreOptions {
  /** The clock for `firstSeenAt`/`syncedAt`/`updatedAt` (tests pin it). */
  now?: () => Date;
  /** How long a writer waits for another connection's write lock, in ms (default 10 000). */
  busyTimeoutMs?: number;
}

const ORDER_COLUMNS =
  "id, vendor, vendor_order_id, order_no, status, payment_status, currency, total_amount, paid_amount, " +
  "refunded_amount, created_at, paid_at, updated_at, store_id, store_name, customer_id, vendor_status, items, " +
  "payments, refunds, document, content_hash, first_seen_at, synced_at";

const UPDATED_ORDER_COLUMNS = ORDER_COLUMNS.split(", ")
  .filter((column) => column !== "id" && column !== "first_seen_at")
  .map((column) => `${column} = excluded.${column}`)
  .join(", ");

interface DocumentRow {
  id: string;
  document: string;
  first_seen_at: string;
  synced_at: string;
}

/**
 * The embedded store: one SQLite file (or `:memory:`) through better-sqlite3, in WAL mode so that
 * readers never block the writer and several processes can share the file (writers wait for each
 * other up to `busyTimeoutMs`). Every batch is one `BEGIN IMMEDIATE` transaction of prepared
 * statements.
 *
 * @example
 * const store = openSqliteStore("./orderbridge.db");
 * await store.migrate();
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: options.busyTimeoutMs ?? 10_000 });
  } catch (error) {
    throw new StoreError(
      `cannot open SQLite database ${path}: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
  if (path !== ":memory:" && path !== "") db.pragma("journal_mode = WAL");
  // NORMAL is durable against a killed process in WAL mode (only an OS crash can lose the last commits,
  // never corrupt or half-apply one), and much faster than FULL.
  db.pragma("synchronous = NORMAL");
  return new SqliteStore(db, options.now ?? (() => new Date()));
}

class SqliteStore implements Store {
  readonly dialect = "sqlite" as const;
  private statements: ReturnType<SqliteStore["prepare"]> | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  async migrate(): Promise<MigrateResult> {
    const run = this.db.transaction(() => {
      this.db.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT",
      );
      const current =
        (
          this.db.prepare("SELECT max(version) AS version FROM schema_migrations").get() as {
            version: number | null;
          }
        ).version ?? 0;
      const applied: number[] = [];
      for (const migration of sqliteMigrations) {
        if (migration.version <= current) continue;
        this.db.exec(migration.sql);
        this.db
          .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
          .run(migration.version, migration.name, this.now().toISOString());
        applied.push(migration.version);
      }
      return { applied, version: applied.at(-1) ?? current };
    });
    const result = run.immediate();
    this.statements = undefined;
    return result;
  }

  private prepare() {
    const db = this.db;
    try {
      return {
        selectHash: db.prepare("SELECT content_hash FROM orders WHERE id = ?").pluck(),
        upsertOrder: db.prepare(
          `INSERT INTO orders (${ORDER_COLUMNS}) VALUES (${ORDER_COLUMNS.split(", ")
            .map(() => "?")
            .join(", ")})
           ON CONFLICT (id) DO UPDATE SET ${UPDATED_ORDER_COLUMNS}
           WHERE orders.content_hash <> excluded.content_hash`,
        ),
        anyFailed: db.prepare("SELECT EXISTS (SELECT 1 FROM failed_records)").pluck(),
        resolveFailed: db.prepare("DELETE FROM failed_records WHERE vendor = ? AND vendor_order_id = ?"),
        upsertFailed: db.prepare(
          `INSERT INTO failed_records (vendor, account, record_key, vendor_order_id, raw, error_name, error_message,
             error_field, content_hash, first_seen_at, last_changed_at)
           VALUES (@vendor, @account, @recordKey, @vendorOrderId, @raw, @errorName, @errorMessage, @errorField,
             @contentHash, @now, @now)
           ON CONFLICT (vendor, account, record_key) DO UPDATE SET vendor_order_id = excluded.vendor_order_id,
             raw = excluded.raw, error_name = excluded.error_name, error_message = excluded.error_message,
             error_field = excluded.error_field, content_hash = excluded.content_hash,
             last_changed_at = excluded.last_changed_at
           WHERE failed_records.content_hash <> excluded.content_hash`,
        ),
        upsertCheckpoint: db.prepare(
          `INSERT INTO checkpoints (vendor, account, high_water_mark, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (vendor, account) DO UPDATE SET high_water_mark = excluded.high_water_mark,
             updated_at = excluded.updated_at
           WHERE checkpoints.high_water_mark < excluded.high_water_mark`,
        ),
        getCheckpoint: db.prepare(
          "SELECT vendor, account, high_water_mark, updated_at FROM checkpoints WHERE vendor = ? AND account = ?",
        ),
        getOrder: db.prepare("SELECT id, document, first_seen_at, synced_at FROM orders WHERE id = ?"),
        page: db.prepare(
          "SELECT id, document, first_seen_at, synced_at FROM orders WHERE id > ? ORDER BY id LIMIT ?",
        ),
        vendorPage: db.prepare(
          "SELECT id, document, first_seen_at, synced_at FROM orders WHERE vendor = ? AND id > ? ORDER BY id LIMIT ?",
        ),
      };
    } catch (error) {
      throw notMigrated(error);
    }
  }

  private get sql() {
    this.statements ??= this.prepare();
    return this.statements;
  }

  async writeBatch(batch: WriteBatch): Promise<WriteResult> {
    const { rows, duplicates } = orderRows(batch.orders ?? []);
    const failures = failedRows(batch.failed ?? []);
    const mark = batch.checkpoint ? checkpointMark(batch.checkpoint.highWaterMark) : undefined;
    const sql = this.sql;
    const write = this.db.transaction((): WriteResult => {
      const now = this.now().toISOString();
      const result: WriteResult = {
        inserted: 0,
        updated: 0,
        unchanged: duplicates,
        failed: 0,
        resolved: 0,
        checkpointMoved: false,
      };
      for (const failure of failures) result.failed += sql.upsertFailed.run({ ...failure, now }).changes;
      for (const row of rows) {
        const stored = sql.selectHash.get(row.id) as string | undefined;
        if (stored === row.contentHash) {
          result.unchanged++;
          continue;
        }
        sql.upsertOrder.run(
          row.id,
          row.vendor,
          row.vendorOrderId,
          row.orderNo,
          row.status,
          row.paymentStatus,
          row.currency,
          row.totalAmount,
          row.paidAmount,
          row.refundedAmount,
          row.createdAt,
          row.paidAt,
          row.updatedAt,
          row.storeId,
          row.storeName,
          row.customerId,
          row.vendorStatus,
          row.items,
          row.payments,
          row.refunds,
          row.document,
          row.contentHash,
          now,
          now,
        );
        if (stored === undefined) result.inserted++;
        else result.updated++;
      }
      if (rows.length > 0 && sql.anyFailed.get() === 1) {
        for (const row of rows)
          result.resolved += sql.resolveFailed.run(row.vendor, row.vendorOrderId).changes;
      }
      if (batch.checkpoint && mark !== undefined) {
        const { vendor, account } = batch.checkpoint;
        result.checkpointMoved = sql.upsertCheckpoint.run(vendor, account, mark, now).changes > 0;
      }
      return result;
    });
    try {
      return write.immediate();
    } catch (error) {
      throw writeFailed(error);
    }
  }

  async recordFailures(records: readonly FailedRecordInput[]): Promise<number> {
    return (await this.writeBatch({ failed: records })).failed;
  }

  async getCheckpoint(vendor: string, account: string): Promise<Checkpoint | undefined> {
    const row = this.sql.getCheckpoint.get(vendor, account) as
      | { vendor: string; account: string; high_water_mark: string; updated_at: string }
      | undefined;
    return row
      ? {
          vendor: row.vendor,
          account: row.account,
          highWaterMark: row.high_water_mark,
          updatedAt: row.updated_at,
        }
      : undefined;
  }

  async getOrder(id: string): Promise<StoredOrder | undefined> {
    const row = this.sql.getOrder.get(id) as DocumentRow | undefined;
    return row
      ? parseStoredOrder(storedOrderJson(row.document, row.first_seen_at, row.synced_at))
      : undefined;
  }

  async *iterateOrderJson(options: IterateOptions = {}): AsyncGenerator<string> {
    // Keyset pages rather than one long `.iterate()`: no statement stays open between yields, so the
    // caller may write to this same connection while iterating, and memory stays at one page.
    const pageSize = options.pageSize ?? 1000;
    let after = "";
    for (;;) {
      const rows = (
        options.vendor === undefined
          ? this.sql.page.all(after, pageSize)
          : this.sql.vendorPage.all(options.vendor, after, pageSize)
      ) as DocumentRow[];
      for (const row of rows) yield storedOrderJson(row.document, row.first_seen_at, row.synced_at);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  async *iterateOrders(options: IterateOptions = {}): AsyncGenerator<StoredOrder> {
    for await (const json of this.iterateOrderJson(options)) yield parseStoredOrder(json);
  }

  async countOrders(options: { vendor?: string | undefined } = {}): Promise<number> {
    try {
      return options.vendor === undefined
        ? (this.db.prepare("SELECT count(*) FROM orders").pluck().get() as number)
        : (this.db
            .prepare("SELECT count(*) FROM orders WHERE vendor = ?")
            .pluck()
            .get(options.vendor) as number);
    } catch (error) {
      throw notMigrated(error);
    }
  }

  async listFailed(options: { vendor?: string | undefined } = {}): Promise<FailedRecord[]> {
    const select =
      "SELECT vendor, account, vendor_order_id, raw, error_name, error_message, error_field, first_seen_at, last_changed_at FROM failed_records";
    const order = " ORDER BY vendor, account, record_key";
    let rows: Record<string, string | null>[];
    try {
      rows = (
        options.vendor === undefined
          ? this.db.prepare(select + order).all()
          : this.db.prepare(`${select} WHERE vendor = ?${order}`).all(options.vendor)
      ) as Record<string, string | null>[];
    } catch (error) {
      throw notMigrated(error);
    }
    return rows.map((row) => ({
      vendor: row["vendor"]!,
      account: row["account"]!,
      vendorOrderId: row["vendor_order_id"] ?? null,
      raw: row["raw"] ?? null,
      errorName: row["error_name"]!,
      errorMessage: row["error_message"]!,
      errorField: row["error_field"] ?? null,
      firstSeenAt: row["first_seen_at"]!,
      lastChangedAt: row["last_changed_at"]!,
    }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function notMigrated(error: unknown): Error {
  const message = (error as Error).message ?? String(error);
  if (/no such table/.test(message)) {
    return new StoreError(
      `the SQLite schema is missing (${message}): call migrate() first`,
      {},
      { cause: error },
    );
  }
  return error as Error;
}

function writeFailed(error: unknown): Error {
  if (error instanceof StoreError) return error;
  const wrapped = notMigrated(error);
  if (wrapped !== error) return wrapped;
  return new StoreError(
    `SQLite write failed, nothing of this batch was stored: ${(error as Error).message}`,
    {},
    { cause: error },
  );
}
