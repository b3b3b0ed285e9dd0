import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { redact } from "@orderbridge/core";
import Database from "better-sqlite3";
import {
  allFailures,
  batchRows,
  type CheckedBatch,
  checkBatch,
  emptyResult,
  linkRows,
  linkTargets,
  refusedOrders,
  storedLinksOf,
  withoutRefused,
} from "./batch.js";
import {
  type Migration,
  rewriteOrderV2,
  sqliteMigrations,
  V2_REWRITE_PAGE,
  V2_UNKNOWN_VENDORS_SQL,
} from "./migrations.js";
import {
  buildStatus,
  type ChangeRow,
  changeOf,
  checkRun,
  countsJson,
  type DocumentRow,
  type FailedSampleRow,
  failedGroups,
  isoOrNull,
  keysetPages,
  kindsOf,
  mergeById,
  type NoteCountRow,
  noteCountOf,
  type RunRow,
  runOf,
} from "./read.js";
import { checkStatement, reportReads, statementRows } from "./report.js";
import { checkpointMark, type OrderRow, parseStoredOrder, StoreError, storedOrderJson } from "./rows.js";
import {
  LATEST_VERSION,
  newerSchemaMessage,
  notMigratedMessage,
  olderSchemaMessage,
  readOnlyRefusal,
  schemaMissingMessage,
} from "./schema.js";
import type {
  Checkpoint,
  FailedGroup,
  FailedRecord,
  FailedRecordInput,
  IterateOptions,
  ListChangesOptions,
  MigrateResult,
  NoteCount,
  NoteCountOptions,
  OrderChange,
  OrderFilter,
  OrderKind,
  ReportReads,
  StatementInput,
  StatementResult,
  Store,
  StoredOrder,
  StoreStatus,
  StreamFilter,
  SyncRun,
  SyncRunInput,
  WriteBatch,
  WriteResult,
} from "./types.js";

export interface SqliteStoreOptions {
  /** The clock for `firstSeenAt`/`syncedAt`/`updatedAt` (tests pin it). */
  now?: () => Date;
  /** How long a writer waits for another connection's write lock, in ms (default 10 000). */
  busyTimeoutMs?: number;
  /**
   * Open an EXISTING orderbridge store for reading only (default false): nothing is created, migrated
   * or written, and anything that is not a current orderbridge store is refused with a `StoreError`.
   */
  readOnly?: boolean;
}

/** How long `migrate()` waits for another process's migration (a big store takes a while). */
const MIGRATION_WAIT_MS = 600_000;

const ORDER_COLUMNS = [
  "id",
  "vendor",
  "kind",
  "vendor_order_id",
  "order_no",
  "status",
  "payment_status",
  "currency",
  "total_amount",
  "paid_amount",
  "refunded_amount",
  "created_at",
  "paid_at",
  "updated_at",
  "store_id",
  "store_name",
  "customer_id",
  "vendor_status",
  "items",
  "payments",
  "refunds",
  "duplicate_of",
  "notes",
  "document",
  "content_hash",
  "first_seen_at",
  "synced_at",
] as const;

const UPDATED_ORDER_COLUMNS = ORDER_COLUMNS.filter((column) => column !== "id" && column !== "first_seen_at")
  .map((column) => `${column} = excluded.${column}`)
  .join(", ");

const FAILED_COLUMNS =
  "vendor, account, record_key, kind, vendor_order_id, raw, error_name, error_message, error_field, first_seen_at, last_changed_at";

interface StoredRow {
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
  const readOnly = options.readOnly ?? false;
  const inMemory = path === ":memory:" || path === "";
  if (readOnly && inMemory) {
    throw new StoreError(
      `a read-only store must be an existing file, not ${path || "an empty path"}: pass the path of an orderbridge store`,
    );
  }
  if (!inMemory) checkPath(path, readOnly);
  const busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: busyTimeoutMs, readonly: readOnly, fileMustExist: readOnly });
  } catch (error) {
    throw sqliteFailure(path, error, "open");
  }
  try {
    if (readOnly) {
      const version = versionOf(db);
      if (version === undefined) {
        throw new StoreError(
          schemaMissingMessage(
            path,
            "pass the path of a store that orderbridge sync wrote (this file is left as it is)",
          ),
        );
      }
      if (version > LATEST_VERSION) throw new StoreError(newerSchemaMessage(path, version));
      if (version < LATEST_VERSION) throw new StoreError(olderSchemaMessage(path, version, path));
    } else {
      if (!inMemory) db.pragma("journal_mode = WAL");
      // NORMAL is durable against a killed process in WAL mode (only an OS crash can lose the last
      // commits, never corrupt or half-apply one), and much faster than FULL.
      db.pragma("synchronous = NORMAL");
    }
  } catch (error) {
    db.close();
    throw sqliteFailure(path, error, "open");
  }
  return new SqliteStore(db, path, options.now ?? (() => new Date()), readOnly, busyTimeoutMs);
}

/** Refuses a path that cannot be a store before SQLite sees it (SQLite would create a file, or say "disk I/O error"). */
function checkPath(path: string, readOnly: boolean): void {
  let stats: ReturnType<typeof statSync> | undefined;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw sqliteFailure(path, error, "open");
  }
  if (stats === undefined) {
    if (readOnly) {
      throw new StoreError(
        `no orderbridge store at ${path}: the file does not exist; run orderbridge sync --db ${path} to create one`,
      );
    }
    let parent: ReturnType<typeof statSync> | undefined;
    try {
      parent = statSync(dirname(path));
    } catch {
      // reported below
    }
    if (!parent?.isDirectory()) {
      throw new StoreError(
        `cannot create the SQLite store ${path}: the directory ${dirname(path)} does not exist; create it first or choose another path`,
      );
    }
    return;
  }
  if (stats.isDirectory()) {
    throw new StoreError(
      `${path} is a directory, not an orderbridge store: pass the store's file, e.g. ${join(path, "orderbridge.db")}`,
    );
  }
}

/** The schema version of an open database; undefined when it has no `schema_migrations` table. */
function versionOf(db: Database.Database): number | undefined {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .pluck()
    .get();
  if (hasTable === undefined) return undefined;
  return (db.prepare("SELECT max(version) FROM schema_migrations").pluck().get() as number | null) ?? 0;
}

class SqliteStore implements Store {
  readonly dialect = "sqlite" as const;
  private statements: ReturnType<SqliteStore["prepare"]> | undefined;
  /**
   * Whether the next batch looks up each order's stored hash before its upsert. A new or changed
   * order is written cheapest by the upsert alone (it finds the stored row itself; the lookup would
   * be a second search), but for an unchanged one the upsert first builds the whole row only to find
   * it unchanged, about three times the cost of the lookup (measured). A first sync is mostly new
   * orders, a re-sync of the overlap or a rescan mostly unchanged ones: each batch is written the way
   * the previous one would have been cheapest (the lookup pays once a quarter of a batch is unchanged).
   * Either way the counts are exact.
   */
  private lookFirst = false;
  private readonly cached = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    private readonly now: () => Date,
    readonly readOnly: boolean,
    private readonly busyTimeoutMs: number,
  ) {}

  private writable(what: string): void {
    if (this.readOnly) throw new StoreError(readOnlyRefusal(this.path, what));
  }

  async schemaVersion(): Promise<number> {
    try {
      return versionOf(this.db) ?? 0;
    } catch (error) {
      throw sqliteFailure(this.path, error, "read");
    }
  }

  async migrate(): Promise<MigrateResult> {
    this.writable("migrate");
    const run = this.db.transaction(() => {
      this.db.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT",
      );
      const current =
        (this.db.prepare("SELECT max(version) FROM schema_migrations").pluck().get() as number | null) ?? 0;
      if (current > LATEST_VERSION) throw new StoreError(newerSchemaMessage(this.path, current));
      const applied: number[] = [];
      for (const migration of sqliteMigrations) {
        if (migration.version <= current) continue;
        this.apply(migration);
        this.db
          .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
          .run(migration.version, migration.name, this.now().toISOString());
        applied.push(migration.version);
      }
      return { applied, version: applied.at(-1) ?? current };
    });
    // A migration of a big store holds the write lock for a while: another process migrating at the
    // same time waits for it (and then finds nothing to do) rather than giving up after busyTimeoutMs.
    this.db.pragma(`busy_timeout = ${Math.max(this.busyTimeoutMs, MIGRATION_WAIT_MS)}`);
    try {
      const result = run.immediate();
      this.statements = undefined;
      this.cached.clear();
      return result;
    } catch (error) {
      throw sqliteFailure(this.path, error, "migrate");
    } finally {
      this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
    }
  }

  private apply(migration: Migration): void {
    this.db.exec(migration.sql);
    if (migration.rewrite === "v2-order-kind") this.rewriteV2();
    if (migration.finish) this.db.exec(migration.finish);
  }

  /** Copies every order into `orders_v2` with its kind, a page at a time (bounded memory). */
  private rewriteV2(): void {
    const unknown = this.db.prepare(V2_UNKNOWN_VENDORS_SQL).pluck().all() as string[];
    if (unknown.length > 0) {
      throw new StoreError(
        `cannot migrate ${this.path} to schema v2: it holds orders or checkpoints of vendors orderbridge does not know (${unknown.join(", ")}); remove those rows or use the release that wrote them`,
      );
    }
    const v1Columns = ORDER_COLUMNS.filter(
      (column) => column !== "kind" && column !== "duplicate_of" && column !== "notes",
    );
    const page = this.db.prepare(
      `SELECT ${v1Columns.join(", ")} FROM orders WHERE id > ? ORDER BY id LIMIT ?`,
    );
    const insert = this.db.prepare(
      `INSERT INTO orders_v2 (${ORDER_COLUMNS.join(", ")}) VALUES (${ORDER_COLUMNS.map((c) => `@${c}`).join(", ")})`,
    );
    let after = "";
    for (;;) {
      const rows = page.all(after, V2_REWRITE_PAGE) as (Record<string, unknown> &
        StoredRow & { vendor: string })[];
      for (const row of rows) {
        const v2 = rewriteOrderV2(row);
        insert.run({
          ...row,
          kind: v2.kind,
          duplicate_of: v2.duplicateOf,
          notes: "[]",
          document: v2.document,
          content_hash: v2.contentHash,
        });
      }
      if (rows.length < V2_REWRITE_PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  /** Prepares the statements once the schema is known to be current (else says what to do). */
  private prepare() {
    const version = versionOf(this.db) ?? 0;
    if (version > LATEST_VERSION) throw new StoreError(newerSchemaMessage(this.path, version));
    if (version < LATEST_VERSION)
      throw new StoreError(notMigratedMessage(`the SQLite store ${this.path}`, version));
    const db = this.db;
    const read = {
      getCheckpoint: db.prepare(
        "SELECT vendor, account, kind, high_water_mark, updated_at FROM checkpoints WHERE vendor = ? AND account = ? AND kind = ?",
      ),
      getOrder: db.prepare("SELECT id, document, first_seen_at, synced_at FROM orders WHERE id = ?"),
    };
    if (this.readOnly) return { ...read, write: undefined };
    return {
      ...read,
      write: {
        // Every new row gets a rowid above the largest one at the start of the transaction (SQLite
        // gives max(rowid) + 1, and nobody else writes inside BEGIN IMMEDIATE): a returned rowid
        // above it is an insert, at or below it an update, no row at all an unchanged order.
        maxRowid: db.prepare("SELECT coalesce(max(rowid), 0) FROM orders").pluck(),
        storedHash: db.prepare("SELECT content_hash FROM orders WHERE id = ?").pluck(),
        upsertOrder: db
          .prepare(
            `INSERT INTO orders (${ORDER_COLUMNS.join(", ")}) VALUES (${ORDER_COLUMNS.map(() => "?").join(", ")})
             ON CONFLICT (id) DO UPDATE SET ${UPDATED_ORDER_COLUMNS}
             WHERE orders.content_hash <> excluded.content_hash
             RETURNING rowid`,
          )
          .pluck(),
        linkedFrom: db.prepare(
          "SELECT id, duplicate_of FROM orders WHERE duplicate_of IS NOT NULL AND duplicate_of IN (SELECT value FROM json_each(?))",
        ),
        storedKinds: db.prepare("SELECT id, kind FROM orders WHERE id IN (SELECT value FROM json_each(?))"),
        storedDocuments: db.prepare(
          "SELECT id, document, notes FROM orders WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        ),
        relink: db.prepare("UPDATE orders SET document = ?, content_hash = ?, synced_at = ? WHERE id = ?"),
        anyFailed: db.prepare("SELECT EXISTS (SELECT 1 FROM failed_records)").pluck(),
        resolveFailed: db.prepare(
          "DELETE FROM failed_records WHERE vendor = ? AND vendor_order_id = ? AND (kind IS NULL OR kind = ?)",
        ),
        deleteFailed: db.prepare(
          "DELETE FROM failed_records WHERE vendor = ? AND account = ? AND record_key = ?",
        ),
        upsertFailed: db.prepare(
          `INSERT INTO failed_records (vendor, account, record_key, kind, vendor_order_id, raw, error_name,
             error_message, error_field, content_hash, first_seen_at, last_changed_at)
           VALUES (@vendor, @account, @recordKey, @kind, @vendorOrderId, @raw, @errorName, @errorMessage,
             @errorField, @contentHash, @now, @now)
           ON CONFLICT (vendor, account, record_key) DO UPDATE SET kind = excluded.kind,
             vendor_order_id = excluded.vendor_order_id, raw = excluded.raw, error_name = excluded.error_name,
             error_message = excluded.error_message, error_field = excluded.error_field,
             content_hash = excluded.content_hash, last_changed_at = excluded.last_changed_at
           WHERE failed_records.content_hash <> excluded.content_hash`,
        ),
        upsertCheckpoint: db.prepare(
          `INSERT INTO checkpoints (vendor, account, kind, high_water_mark, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (vendor, account, kind) DO UPDATE SET high_water_mark = excluded.high_water_mark,
             updated_at = excluded.updated_at
           WHERE checkpoints.high_water_mark < excluded.high_water_mark`,
        ),
        insertRun: db.prepare(
          `INSERT INTO sync_runs (vendor, account, kind, started_at, finished_at, result, since, until, counts, error)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
        ),
      },
    };
  }

  private get sql() {
    try {
      this.statements ??= this.prepare();
    } catch (error) {
      throw sqliteFailure(this.path, error, "read");
    }
    return this.statements;
  }

  /** The write statements; refused on a read-only store, naming the method (`what`). */
  private writes(what: string) {
    this.writable(what);
    return this.sql.write!;
  }

  /** A prepared statement for SQL built at run time (filters), kept for reuse. */
  private statement(sql: string): Database.Statement {
    this.sql; // schema check
    let found = this.cached.get(sql);
    if (!found) {
      found = this.db.prepare(sql);
      this.cached.set(sql, found);
    }
    return found;
  }

  private all<R>(sql: string, ...params: unknown[]): R[] {
    try {
      return this.statement(sql).all(...params) as R[];
    } catch (error) {
      throw sqliteFailure(this.path, error, "read");
    }
  }

  async writeBatch(batch: WriteBatch): Promise<WriteResult> {
    const sql = this.writes("writeBatch");
    const checked = checkBatch(batch);
    const mark = batch.checkpoint ? checkpointMark(batch.checkpoint.highWaterMark) : undefined;
    try {
      try {
        return this.db.transaction(() => this.write(sql, checked, batch, mark, false)).immediate();
      } catch (error) {
        if (!isKindChangeRefused(error)) throw error;
        // An order's id is stored with another kind: do the batch again, checking kinds first.
        return this.db.transaction(() => this.write(sql, checked, batch, mark, true)).immediate();
      }
    } catch (error) {
      throw sqliteFailure(this.path, error, "write");
    }
  }

  private write(
    sql: NonNullable<ReturnType<SqliteStore["prepare"]>["write"]>,
    checked: CheckedBatch,
    batch: WriteBatch,
    mark: string | undefined,
    checkKinds: boolean,
  ): WriteResult {
    const now = this.now().toISOString();
    let prepared = checked.prepared;
    const result = emptyResult(prepared.duplicates);
    let refused = new Set<string>();
    let collisions: FailedRecordInput[] = [];
    if (checkKinds && prepared.ids.length > 0) {
      const kinds = sql.storedKinds.all(JSON.stringify(prepared.ids)) as { id: string; kind: string }[];
      ({ refused, failures: collisions } = refusedOrders(
        prepared,
        new Map(kinds.map((row) => [row.id, row.kind])),
        checked.account,
      ));
      prepared = withoutRefused(prepared, refused);
      result.collisions = refused.size;
    }
    for (const failure of allFailures(checked, collisions))
      result.failed += sql.upsertFailed.run({ ...failure, now }).changes;
    if (prepared.orders.length > 0) {
      const linked = sql.linkedFrom.all(JSON.stringify(prepared.ids)) as {
        id: string;
        duplicate_of: string;
      }[];
      const rows = batchRows(prepared, storedLinksOf(linked, prepared));
      const maxRowid = sql.maxRowid.get() as number;
      const lookFirst = this.lookFirst;
      let unchanged = 0;
      for (const row of rows) {
        if (lookFirst && sql.storedHash.get(row.id) === row.contentHash) {
          unchanged++;
          continue;
        }
        const rowid = sql.upsertOrder.get(...orderValues(row, now)) as number | undefined;
        if (rowid === undefined) unchanged++;
        else if (rowid > maxRowid) result.inserted++;
        else result.updated++;
      }
      result.unchanged += unchanged;
      this.lookFirst = unchanged * 4 >= rows.length;
      const targets = linkTargets(prepared, refused);
      if (targets.length > 0) {
        const stored = sql.storedDocuments.all(JSON.stringify(targets)) as {
          id: string;
          document: string;
          notes: string;
        }[];
        for (const row of linkRows(prepared, stored)) {
          sql.relink.run(row.document, row.contentHash, now, row.id);
          result.linked++;
        }
      }
      if (sql.anyFailed.get() === 1) {
        for (const order of prepared.orders) {
          result.resolved += sql.resolveFailed.run(order.vendor, order.vendorOrderId, order.kind).changes;
        }
      }
    }
    for (const ref of batch.resolve ?? [])
      result.resolved += sql.deleteFailed.run(ref.vendor, ref.account, ref.key).changes;
    if (batch.checkpoint && mark !== undefined) {
      const { vendor, account, kind } = batch.checkpoint;
      result.checkpointMoved = sql.upsertCheckpoint.run(vendor, account, kind, mark, now).changes > 0;
    }
    return result;
  }

  async recordFailures(records: readonly FailedRecordInput[]): Promise<number> {
    return (await this.writeBatch({ failed: records })).failed;
  }

  async recordRun(run: SyncRunInput): Promise<SyncRun> {
    const sql = this.writes("recordRun");
    checkRun(run);
    try {
      const row = sql.insertRun.get(
        run.vendor,
        run.account,
        run.kind,
        isoOrNull(run.startedAt),
        isoOrNull(run.finishedAt),
        run.result,
        isoOrNull(run.since),
        isoOrNull(run.until),
        countsJson(run.counts),
        run.error === undefined || run.error === null ? null : redact(run.error),
      ) as RunRow;
      return runOf(row);
    } catch (error) {
      throw sqliteFailure(this.path, error, "write");
    }
  }

  async getCheckpoint(vendor: string, account: string, kind: OrderKind): Promise<Checkpoint | undefined> {
    const row = this.sql.getCheckpoint.get(vendor, account, kind) as CheckpointRow | undefined;
    return row ? checkpointOf(row) : undefined;
  }

  async listCheckpoints(): Promise<Checkpoint[]> {
    return this.all<CheckpointRow>(
      "SELECT vendor, account, kind, high_water_mark, updated_at FROM checkpoints ORDER BY vendor, account, kind",
    ).map(checkpointOf);
  }

  async getOrder(id: string): Promise<StoredOrder | undefined> {
    const row = this.sql.getOrder.get(id) as StoredRow | undefined;
    return row
      ? parseStoredOrder(storedOrderJson(row.document, row.first_seen_at, row.synced_at))
      : undefined;
  }

  async *iterateOrderJson(options: IterateOptions = {}): AsyncGenerator<string> {
    // Keyset pages rather than one long `.iterate()`: no statement stays open between yields, so the
    // caller may write to this same connection while iterating, and memory stays at one page. A kind
    // filter reads each kind through the (kind, id) index and merges them by id.
    const pageSize = options.pageSize ?? 1000;
    const vendor = options.vendor === undefined ? "" : " AND vendor = ?";
    const vendorParam = options.vendor === undefined ? [] : [options.vendor];
    const toRow = (row: StoredRow): DocumentRow => ({
      id: row.id,
      json: storedOrderJson(row.document, row.first_seen_at, row.synced_at),
    });
    const select = "SELECT id, document, first_seen_at, synced_at FROM orders";
    const kinds = kindsOf(options.kind);
    const sources =
      kinds === undefined
        ? [
            keysetPages(
              (after, limit) =>
                this.all<StoredRow>(
                  `${select} WHERE id > ?${vendor} ORDER BY id LIMIT ?`,
                  after,
                  ...vendorParam,
                  limit,
                ),
              pageSize,
              toRow,
            ),
          ]
        : kinds.map((kind) =>
            keysetPages(
              (after, limit) =>
                this.all<StoredRow>(
                  `${select} WHERE kind = ? AND id > ?${vendor} ORDER BY id LIMIT ?`,
                  kind,
                  after,
                  ...vendorParam,
                  limit,
                ),
              pageSize,
              toRow,
            ),
          );
    for await (const row of mergeById(sources)) yield row.json;
  }

  async *iterateOrders(options: IterateOptions = {}): AsyncGenerator<StoredOrder> {
    for await (const json of this.iterateOrderJson(options)) yield parseStoredOrder(json);
  }

  async countOrders(options: OrderFilter = {}): Promise<number> {
    const { where, params } = filterSql(options, "");
    return this.all<{ n: number }>(`SELECT count(*) AS n FROM orders${where}`, ...params)[0]!.n;
  }

  async listFailed(options: StreamFilter = {}): Promise<FailedRecord[]> {
    const { where, params } = filterSql(options, "");
    return this.all<Record<string, string | null>>(
      `SELECT ${FAILED_COLUMNS} FROM failed_records${where} ORDER BY vendor, account, record_key`,
      ...params,
    ).map((row) => ({
      vendor: row["vendor"]!,
      account: row["account"]!,
      key: row["record_key"]!,
      kind: (row["kind"] ?? null) as OrderKind | null,
      vendorOrderId: row["vendor_order_id"] ?? null,
      raw: row["raw"] ?? null,
      errorName: row["error_name"]!,
      errorMessage: row["error_message"]!,
      errorField: row["error_field"] ?? null,
      firstSeenAt: row["first_seen_at"]!,
      lastChangedAt: row["last_changed_at"]!,
    }));
  }

  async failedSummary(options: StreamFilter = {}): Promise<FailedGroup[]> {
    const { where, params } = filterSql(options, "");
    return failedGroups(
      this.all<FailedSampleRow>(
        `SELECT vendor, kind, error_field, error_name, error_message, n, vendor_order_id FROM (
           SELECT vendor, kind, error_field, error_name, error_message, vendor_order_id,
             count(*) OVER w AS n,
             row_number() OVER (w ORDER BY vendor_order_id IS NULL, vendor_order_id) AS rank
           FROM failed_records${where}
           WINDOW w AS (PARTITION BY vendor, kind, error_field, error_name, error_message)
         ) WHERE rank <= 5 ORDER BY vendor, kind, error_field, error_name, error_message, rank`,
        ...params,
      ),
    );
  }

  async noteCounts(options: NoteCountOptions = {}): Promise<NoteCount[]> {
    const { where, params } = filterSql(options, "o.", " AND ");
    const period: string[] = [];
    if (options.since !== undefined) {
      period.push(" AND o.created_at >= ?");
      params.push(isoOrNull(options.since));
    }
    if (options.until !== undefined) {
      period.push(" AND o.created_at < ?");
      params.push(isoOrNull(options.until));
    }
    return this.all<NoteCountRow>(
      `SELECT o.vendor AS vendor, o.kind AS kind, json_extract(n.value, '$.code') AS code,
         json_extract(n.value, '$.field') AS field, count(*) AS count, count(DISTINCT o.id) AS orders
       FROM orders AS o, json_each(o.notes) AS n
       WHERE o.notes <> '[]'${where}${period.join("")}
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      ...params,
    ).map(noteCountOf);
  }

  async recordStatement(statement: StatementInput): Promise<StatementResult> {
    this.writes("recordStatement");
    checkStatement(statement);
    const rows = statementRows(statement);
    const now = this.now().toISOString();
    const { vendor, account, kind } = statement;
    const upsert = this.statement(
      `INSERT INTO statement_entries (vendor, account, kind, reference, order_id, paid_at, lines, amount,
         first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (vendor, account, reference) DO UPDATE SET kind = excluded.kind, order_id = excluded.order_id,
         paid_at = excluded.paid_at, lines = excluded.lines, amount = excluded.amount, updated_at = excluded.updated_at
       WHERE statement_entries.kind IS NOT excluded.kind OR statement_entries.order_id IS NOT excluded.order_id
         OR statement_entries.paid_at IS NOT excluded.paid_at OR statement_entries.lines IS NOT excluded.lines
         OR statement_entries.amount IS NOT excluded.amount`,
    );
    const window = this.statement(
      `INSERT INTO statement_windows (vendor, account, kind, since, until, entries, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (vendor, account, kind, since, until) DO UPDATE SET entries = excluded.entries,
         recorded_at = excluded.recorded_at`,
    );
    try {
      return this.db
        .transaction(() => {
          let written = 0;
          for (const row of rows) {
            written += upsert.run(
              vendor,
              account,
              kind,
              row.reference,
              row.orderId,
              row.paidAt,
              row.lines,
              row.amount,
              now,
              now,
            ).changes;
          }
          window.run(
            vendor,
            account,
            kind,
            isoOrNull(statement.since),
            isoOrNull(statement.until),
            rows.length,
            now,
          );
          return { written };
        })
        .immediate();
    } catch (error) {
      throw sqliteFailure(this.path, error, "write");
    }
  }

  private reports: ReportReads | undefined;
  private get report(): ReportReads {
    this.reports ??= reportReads("sqlite", async (sql, values) => this.all(sql, ...values));
    return this.reports;
  }

  salesTotals(query: Parameters<ReportReads["salesTotals"]>[0]) {
    return this.report.salesTotals(query);
  }
  salesByDay(query: Parameters<ReportReads["salesByDay"]>[0]) {
    return this.report.salesByDay(query);
  }
  paymentsByMethod(query: Parameters<ReportReads["paymentsByMethod"]>[0]) {
    return this.report.paymentsByMethod(query);
  }
  topStores(query: Parameters<ReportReads["topStores"]>[0]) {
    return this.report.topStores(query);
  }
  amountChecks(query: Parameters<ReportReads["amountChecks"]>[0]) {
    return this.report.amountChecks(query);
  }
  statementChecks(query: Parameters<ReportReads["statementChecks"]>[0]) {
    return this.report.statementChecks(query);
  }
  changeSummary(query: Parameters<ReportReads["changeSummary"]>[0]) {
    return this.report.changeSummary(query);
  }

  async listChanges(options: ListChangesOptions): Promise<OrderChange[]> {
    const { where, params } = filterSql(options, "", " AND ");
    const until = options.until === undefined ? "" : " AND changed_at < ?";
    return this.all<ChangeRow>(
      `SELECT * FROM order_changes WHERE changed_at >= ?${until}${where} ORDER BY changed_at, seq`,
      isoOrNull(options.since),
      ...(options.until === undefined ? [] : [isoOrNull(options.until)]),
      ...params,
    ).map(changeOf);
  }

  async lastRuns(account?: { vendor: string; account: string }): Promise<SyncRun[]> {
    if (account === undefined) return this.all<RunRow>(LAST_RUNS_SQL("")).map(runOf);
    return this.all<RunRow>(
      LAST_RUNS_SQL(" WHERE vendor = ? AND account = ?"),
      account.vendor,
      account.account,
    ).map(runOf);
  }

  async status(): Promise<StoreStatus> {
    return buildStatus({
      schemaVersion: await this.schemaVersion(),
      checkpoints: await this.listCheckpoints(),
      runs: await this.lastRuns(),
      lastErrors: this.all<RunRow>(LAST_RUNS_SQL(" WHERE error IS NOT NULL")).map(runOf),
      failed: this.all<{ vendor: string; account: string; kind: string | null; count: number }>(
        "SELECT vendor, account, kind, count(*) AS count FROM failed_records GROUP BY vendor, account, kind ORDER BY 1, 2, 3",
      ),
      orders: this.all<{ vendor: string; kind: string; count: number }>(
        "SELECT vendor, kind, count(*) AS count FROM orders GROUP BY vendor, kind ORDER BY vendor, kind",
      ),
      notes: await this.noteCounts(),
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** The latest run per stream (by start time, then id) among the runs `where` selects. */
const LAST_RUNS_SQL = (where: string) => `
SELECT id, vendor, account, kind, started_at, finished_at, result, since, until, counts, error FROM (
  SELECT *, row_number() OVER (PARTITION BY vendor, account, kind ORDER BY started_at DESC, id DESC) AS rank
  FROM sync_runs${where}
) WHERE rank = 1 ORDER BY vendor, account, kind`;

/** ` WHERE …` (or `<joiner>…`) for a vendor/kind filter on columns with `prefix`. */
function filterSql(
  filter: { vendor?: string | undefined; kind?: readonly OrderKind[] | undefined },
  prefix: string,
  joiner = " WHERE ",
): { where: string; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (filter.vendor !== undefined) {
    terms.push(`${prefix}vendor = ?`);
    params.push(filter.vendor);
  }
  const kinds = kindsOf(filter.kind);
  if (kinds !== undefined) {
    terms.push(`${prefix}kind IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(kinds));
  }
  return { where: terms.length === 0 ? "" : joiner + terms.join(" AND "), params };
}

interface CheckpointRow {
  vendor: string;
  account: string;
  kind: string;
  high_water_mark: string;
  updated_at: string;
}

function checkpointOf(row: CheckpointRow): Checkpoint {
  return {
    vendor: row.vendor,
    account: row.account,
    kind: row.kind as OrderKind,
    highWaterMark: row.high_water_mark,
    updatedAt: row.updated_at,
  };
}

function orderValues(row: OrderRow, now: string): unknown[] {
  return [
    row.id,
    row.vendor,
    row.kind,
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
    row.duplicateOf,
    row.notes,
    row.document,
    row.contentHash,
    now,
    now,
  ];
}

function isKindChangeRefused(error: unknown): boolean {
  return (
    (error as { code?: unknown })?.code === "SQLITE_CONSTRAINT_TRIGGER" &&
    /the kind of a stored order never changes/.test((error as Error).message)
  );
}

/**
 * A SQLite error in the user's terms: the path, what went wrong, what to do. `doing` says where it
 * happened (a write refused for permissions reads differently from a read of a broken file).
 */
function sqliteFailure(path: string, error: unknown, doing: "open" | "read" | "write" | "migrate"): Error {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown })?.code;
  const message = (error as Error)?.message ?? String(error);
  const where =
    path === "" || path === ":memory:" ? "the in-memory SQLite store" : `the SQLite store ${path}`;
  const nothing = doing === "write" ? ", nothing of this batch was stored" : "";
  let text: string;
  if (code === "SQLITE_NOTADB") {
    text = `${path} is not a SQLite database (${message}): pass the path of an orderbridge store${doing === "open" ? ", or a new file name to create one" : ""}`;
  } else if (typeof code === "string" && code.startsWith("SQLITE_READONLY")) {
    text = `cannot write ${where} (${message})${nothing}: make the file and its directory writable by this user, or use a command that only reads (export, status)`;
  } else if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) {
    text = `${where} is locked by another process (${message})${nothing}: wait for it to finish, or raise the busy timeout`;
  } else if (/no such table|no such column|has no column named/.test(message)) {
    text = `${where} does not have this release's schema (${message}): call migrate() first`;
  } else if (code === "ENOENT" || code === "EACCES" || code === "SQLITE_CANTOPEN") {
    text = `cannot open ${where} (${message}): check that the path exists and is readable by this user`;
  } else {
    text = `SQLite ${doing} failed on ${where}${nothing}: ${message}`;
  }
  return new StoreError(text, {}, { cause: error });
}
