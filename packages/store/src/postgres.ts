import { registerSecret } from "@orderbridge/core";
import pg from "pg";
import { postgresMigrations } from "./migrations.js";
import {
  checkpointMark,
  describeUrl,
  failedRows,
  type OrderRow,
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

export interface PostgresStoreOptions {
  /** The clock for `firstSeenAt`/`syncedAt`/`updatedAt` (tests pin it). */
  now?: () => Date;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

/** An arbitrary constant: the advisory lock that serializes concurrent `migrate()` calls. */
const MIGRATION_LOCK = 7_261_004_511;

// Each order column with the type json_to_recordset reads it as, and the cast into the table's type.
const ORDER_COLUMNS: readonly [column: string, recordType: string, cast: string][] = [
  ["id", "text", ""],
  ["vendor", "text", ""],
  ["vendor_order_id", "text", ""],
  ["order_no", "text", ""],
  ["status", "text", ""],
  ["payment_status", "text", ""],
  ["currency", "text", ""],
  ["total_amount", "bigint", ""],
  ["paid_amount", "bigint", ""],
  ["refunded_amount", "bigint", ""],
  ["created_at", "timestamptz", ""],
  ["paid_at", "timestamptz", ""],
  ["updated_at", "timestamptz", ""],
  ["store_id", "text", ""],
  ["store_name", "text", ""],
  ["customer_id", "text", ""],
  // JSON columns travel as their canonical text and are parsed by PostgreSQL.
  ["vendor_status", "text", "::jsonb"],
  ["items", "text", "::jsonb"],
  ["payments", "text", "::jsonb"],
  ["refunds", "text", "::jsonb"],
  ["document", "text", "::json"],
  ["content_hash", "text", ""],
];

/**
 * One multi-row upsert per batch: the rows travel as ONE JSON parameter (serialized natively by
 * `JSON.stringify`, much cheaper than one escaped array literal per column) that
 * `json_to_recordset` turns back into rows, so a batch of 1000 orders is one round trip. The WHERE
 * keeps a concurrent writer's identical content untouched; `xmax = 0` tells an insert from an update.
 */
const UPSERT_ORDERS = `
INSERT INTO orders (${ORDER_COLUMNS.map(([column]) => column).join(", ")}, first_seen_at, synced_at)
SELECT ${ORDER_COLUMNS.map(([column, , cast]) => `u.${column}${cast}`).join(", ")}, $2::timestamptz, $2::timestamptz
FROM json_to_recordset($1::json)
  AS u(${ORDER_COLUMNS.map(([column, type]) => `${column} ${type}`).join(", ")})
ON CONFLICT (id) DO UPDATE SET ${ORDER_COLUMNS.filter(([column]) => column !== "id")
  .map(([column]) => `${column} = EXCLUDED.${column}`)
  .join(", ")}, synced_at = EXCLUDED.synced_at
WHERE orders.content_hash <> EXCLUDED.content_hash
RETURNING (xmax = 0) AS inserted`;

/** Which of a batch's orders are stored already, with which content. */
const STORED_HASHES = "SELECT id, content_hash FROM orders WHERE id = ANY($1::text[])";

const UPSERT_FAILED = `
INSERT INTO failed_records (vendor, account, record_key, vendor_order_id, raw, error_name, error_message,
  error_field, content_hash, first_seen_at, last_changed_at)
SELECT u.*, $10::timestamptz, $10::timestamptz
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
  AS u(vendor, account, record_key, vendor_order_id, raw, error_name, error_message, error_field, content_hash)
ON CONFLICT (vendor, account, record_key) DO UPDATE SET vendor_order_id = EXCLUDED.vendor_order_id,
  raw = EXCLUDED.raw, error_name = EXCLUDED.error_name, error_message = EXCLUDED.error_message,
  error_field = EXCLUDED.error_field, content_hash = EXCLUDED.content_hash,
  last_changed_at = EXCLUDED.last_changed_at
WHERE failed_records.content_hash <> EXCLUDED.content_hash`;

const RESOLVE_FAILED = `
DELETE FROM failed_records f
USING unnest($1::text[], $2::text[]) AS u(vendor, vendor_order_id)
WHERE f.vendor = u.vendor AND f.vendor_order_id = u.vendor_order_id`;

const UPSERT_CHECKPOINT = `
INSERT INTO checkpoints (vendor, account, high_water_mark, updated_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (vendor, account) DO UPDATE SET high_water_mark = EXCLUDED.high_water_mark,
  updated_at = EXCLUDED.updated_at
WHERE checkpoints.high_water_mark < EXCLUDED.high_water_mark`;

const DOCUMENT_COLUMNS = "id, document::text AS document, first_seen_at, synced_at";

interface DocumentRow {
  id: string;
  document: string;
  first_seen_at: Date;
  synced_at: Date;
}

/**
 * The PostgreSQL store (`pg` pool). Batches are one transaction of a few multi-row statements, so
 * several processes (a sync and `orderbridge serve`) can write the same orders at once: `INSERT … ON
 * CONFLICT` makes them converge to one row, and rows are locked in id order so writers cannot deadlock.
 *
 * @example
 * const store = await openPostgresStore("postgres://user@localhost:5432/orders");
 * await store.migrate();
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  try {
    registerSecret(decodeURIComponent(new URL(url).password) || undefined);
  } catch {
    // Not a WHATWG URL (e.g. a socket path in the host): pg parses it; there is no password to hide.
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client's connection can drop (server restart); pg emits it on the pool, where it must be
  // handled or Node exits. The next query gets a fresh connection.
  pool.on("error", () => {});
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(
      `cannot connect to PostgreSQL at ${describeUrl(url)}: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
  return new PostgresStore(pool, options.now ?? (() => new Date()));
}

class PostgresStore implements Store {
  readonly dialect = "postgres" as const;

  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date,
  ) {}

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async migrate(): Promise<MigrateResult> {
    return this.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await client.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
      );
      const { rows } = await client.query<{ version: number | null }>(
        "SELECT max(version) AS version FROM schema_migrations",
      );
      const current = rows[0]?.version ?? 0;
      const applied: number[] = [];
      for (const migration of postgresMigrations) {
        if (migration.version <= current) continue;
        await client.query(migration.sql);
        await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
          migration.version,
          migration.name,
          this.now(),
        ]);
        applied.push(migration.version);
      }
      return { applied, version: applied.at(-1) ?? current };
    });
  }

  async writeBatch(batch: WriteBatch): Promise<WriteResult> {
    const { rows, duplicates } = orderRows(batch.orders ?? []);
    const failures = failedRows(batch.failed ?? []);
    const mark = batch.checkpoint ? checkpointMark(batch.checkpoint.highWaterMark) : undefined;
    try {
      return await this.transaction(async (client) => {
        const now = this.now();
        const result: WriteResult = {
          inserted: 0,
          updated: 0,
          unchanged: duplicates,
          failed: 0,
          resolved: 0,
          checkpointMoved: false,
        };
        if (failures.length > 0) {
          const written = await client.query(UPSERT_FAILED, [
            failures.map((f) => f.vendor),
            failures.map((f) => f.account),
            failures.map((f) => f.recordKey),
            failures.map((f) => f.vendorOrderId),
            failures.map((f) => f.raw),
            failures.map((f) => f.errorName),
            failures.map((f) => f.errorMessage),
            failures.map((f) => f.errorField),
            failures.map((f) => f.contentHash),
            now,
          ]);
          result.failed = written.rowCount ?? 0;
        }
        if (rows.length > 0) {
          // Unchanged orders are left out before the upsert: ON CONFLICT DO UPDATE would lock (and so
          // write) each conflicting row even when its WHERE then skips the update.
          const stored = await client.query<{ id: string; content_hash: string }>(STORED_HASHES, [
            rows.map((r) => r.id),
          ]);
          const hashes = new Map(stored.rows.map((row) => [row.id, row.content_hash]));
          const changed = rows.filter((row) => hashes.get(row.id) !== row.contentHash);
          result.unchanged += rows.length - changed.length;
          if (changed.length > 0) {
            const written = await client.query<{ inserted: boolean }>(UPSERT_ORDERS, [
              recordsetJson(changed),
              now,
            ]);
            for (const row of written.rows) {
              if (row.inserted) result.inserted++;
              else result.updated++;
            }
            // A concurrent writer stored the same content between our read and our upsert.
            result.unchanged += changed.length - written.rows.length;
          }
          const anyFailed = await client.query<{ any: boolean }>(
            "SELECT EXISTS (SELECT 1 FROM failed_records) AS any",
          );
          if (anyFailed.rows[0]?.any) {
            const resolved = await client.query(RESOLVE_FAILED, [
              rows.map((r) => r.vendor),
              rows.map((r) => r.vendorOrderId),
            ]);
            result.resolved = resolved.rowCount ?? 0;
          }
        }
        if (batch.checkpoint && mark !== undefined) {
          const moved = await client.query(UPSERT_CHECKPOINT, [
            batch.checkpoint.vendor,
            batch.checkpoint.account,
            mark,
            now,
          ]);
          result.checkpointMoved = (moved.rowCount ?? 0) > 0;
        }
        return result;
      });
    } catch (error) {
      throw writeFailed(error);
    }
  }

  async recordFailures(records: readonly FailedRecordInput[]): Promise<number> {
    return (await this.writeBatch({ failed: records })).failed;
  }

  private async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (error) {
      throw notMigrated(error);
    }
  }

  async getCheckpoint(vendor: string, account: string): Promise<Checkpoint | undefined> {
    const [row] = await this.query<{ high_water_mark: Date; updated_at: Date }>(
      "SELECT high_water_mark, updated_at FROM checkpoints WHERE vendor = $1 AND account = $2",
      [vendor, account],
    );
    return row
      ? {
          vendor,
          account,
          highWaterMark: row.high_water_mark.toISOString(),
          updatedAt: row.updated_at.toISOString(),
        }
      : undefined;
  }

  async getOrder(id: string): Promise<StoredOrder | undefined> {
    const [row] = await this.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM orders WHERE id = $1`, [id]);
    return row ? parseStoredOrder(documentJson(row)) : undefined;
  }

  async *iterateOrderJson(options: IterateOptions = {}): AsyncGenerator<string> {
    // Keyset paging on the primary key: each page is one short query, so no transaction or cursor is
    // held open while the caller consumes the rows, and memory stays at one page.
    const pageSize = options.pageSize ?? 1000;
    let after = "";
    for (;;) {
      const rows =
        options.vendor === undefined
          ? await this.query<DocumentRow>(
              `SELECT ${DOCUMENT_COLUMNS} FROM orders WHERE id > $1 ORDER BY id LIMIT $2`,
              [after, pageSize],
            )
          : await this.query<DocumentRow>(
              `SELECT ${DOCUMENT_COLUMNS} FROM orders WHERE vendor = $1 AND id > $2 ORDER BY id LIMIT $3`,
              [options.vendor, after, pageSize],
            );
      for (const row of rows) yield documentJson(row);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  async *iterateOrders(options: IterateOptions = {}): AsyncGenerator<StoredOrder> {
    for await (const json of this.iterateOrderJson(options)) yield parseStoredOrder(json);
  }

  async countOrders(options: { vendor?: string | undefined } = {}): Promise<number> {
    const rows =
      options.vendor === undefined
        ? await this.query<{ count: string }>("SELECT count(*) AS count FROM orders")
        : await this.query<{ count: string }>("SELECT count(*) AS count FROM orders WHERE vendor = $1", [
            options.vendor,
          ]);
    return Number(rows[0]?.count ?? 0);
  }

  async listFailed(options: { vendor?: string | undefined } = {}): Promise<FailedRecord[]> {
    const select =
      "SELECT vendor, account, vendor_order_id, raw, error_name, error_message, error_field, first_seen_at, last_changed_at FROM failed_records";
    const order = " ORDER BY vendor, account, record_key";
    type Row = {
      vendor: string;
      account: string;
      vendor_order_id: string | null;
      raw: string | null;
      error_name: string;
      error_message: string;
      error_field: string | null;
      first_seen_at: Date;
      last_changed_at: Date;
    };
    const rows =
      options.vendor === undefined
        ? await this.query<Row>(select + order)
        : await this.query<Row>(`${select} WHERE vendor = $1${order}`, [options.vendor]);
    return rows.map((row) => ({
      vendor: row.vendor,
      account: row.account,
      vendorOrderId: row.vendor_order_id,
      raw: row.raw,
      errorName: row.error_name,
      errorMessage: row.error_message,
      errorField: row.error_field,
      firstSeenAt: row.first_seen_at.toISOString(),
      lastChangedAt: row.last_changed_at.toISOString(),
    }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function recordsetJson(rows: readonly OrderRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      vendor: r.vendor,
      vendor_order_id: r.vendorOrderId,
      order_no: r.orderNo,
      status: r.status,
      payment_status: r.paymentStatus,
      currency: r.currency,
      total_amount: r.totalAmount,
      paid_amount: r.paidAmount,
      refunded_amount: r.refundedAmount,
      created_at: r.createdAt,
      paid_at: r.paidAt,
      updated_at: r.updatedAt,
      store_id: r.storeId,
      store_name: r.storeName,
      customer_id: r.customerId,
      vendor_status: r.vendorStatus,
      items: r.items,
      payments: r.payments,
      refunds: r.refunds,
      document: r.document,
      content_hash: r.contentHash,
    })),
  );
}

function documentJson(row: DocumentRow): string {
  return storedOrderJson(row.document, row.first_seen_at.toISOString(), row.synced_at.toISOString());
}

function notMigrated(error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  if (code === "42P01") {
    return new StoreError(
      `the PostgreSQL schema is missing (${(error as Error).message}): call migrate() first`,
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
    `PostgreSQL write failed, nothing of this batch was stored: ${(error as Error).message}`,
    {},
    { cause: error },
  );
}
