import { redact, registerSecret } from "@orderbridge/core";
import pg from "pg";
import {
  allFailures,
  batchRows,
  type CheckedBatch,
  checkBatch,
  chunks,
  emptyResult,
  linkRows,
  linkTargets,
  refusedOrders,
  storedLinksOf,
  withoutRefused,
} from "./batch.js";
import {
  type Migration,
  postgresMigrations,
  rewriteOrderV2,
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
import {
  byCodeUnit,
  checkpointMark,
  describeUrl,
  LockLostError,
  type OrderRow,
  parseStoredOrder,
  StoreError,
  storedOrderJson,
} from "./rows.js";
import {
  LATEST_VERSION,
  newerSchemaMessage,
  notMigratedMessage,
  olderSchemaMessage,
  readOnlyRefusal,
  schemaMissingMessage,
} from "./schema.js";
import type {
  AdvisoryKey,
  Checkpoint,
  FailedGroup,
  FailedRecord,
  FailedRecordInput,
  IterateOptions,
  ListChangesOptions,
  LockSession,
  LockSessionOptions,
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

export interface PostgresStoreOptions {
  /** The clock for `firstSeenAt`/`syncedAt`/`updatedAt` (tests pin it). */
  now?: () => Date;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /**
   * Open an EXISTING orderbridge store for reading only (default false): every session is read-only
   * (`default_transaction_read_only`), nothing is created or migrated, and a database that is not a
   * current orderbridge store is refused with a `StoreError`.
   */
  readOnly?: boolean;
}

/** An arbitrary constant: the advisory lock that serializes concurrent `migrate()` calls. */
const MIGRATION_LOCK = 7_261_004_511;

/** SQLSTATE of the trigger that refuses to change a stored order's kind (schema v2). */
const KIND_CHANGE_REFUSED = "OB001";

/** How often a batch is tried when a concurrent writer got in its way (a deadlock, a kind stored after the probe). */
const RETRY_ATTEMPTS = 3;

// Each order column with the type json_to_recordset reads it as, and the cast into the table's type.
const ORDER_COLUMNS: readonly [column: string, recordType: string, cast: string][] = [
  ["id", "text", ""],
  ["vendor", "text", ""],
  ["kind", "text", ""],
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
  ["duplicate_of", "text", ""],
  ["notes", "text", "::jsonb"],
  ["document", "text", "::json"],
  ["content_hash", "text", ""],
];

/**
 * One multi-row upsert per 500 new or changed orders: the rows travel as ONE JSON parameter
 * (serialized natively by `JSON.stringify`, much cheaper than one escaped array literal per column)
 * that `json_to_recordset` turns back into rows, so a batch is one round trip. The WHERE leaves alone
 * an order a concurrent writer stored with the same content meanwhile (RETURNING then leaves it out),
 * and `xmax = 0` tells an insert from an update, so the counts stay exact.
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

/**
 * One round trip per batch that reads what the write needs of the stored rows: each id's stored hash
 * and kind, and the ids of the stored orders whose `duplicate_of` names it. The pair-link lookup is a
 * subquery per id, so it always probes the small partial index (a join on `duplicate_of = ANY(…)` is
 * planned as a scan of the whole table until the table has statistics).
 */
const PROBE = `
SELECT t.id, o.content_hash, o.kind,
  (SELECT array_agg(d.id) FROM orders AS d WHERE d.duplicate_of = t.id) AS linked
FROM unnest($1::text[]) AS t(id) LEFT JOIN orders AS o ON o.id = t.id`;

const UPSERT_FAILED = `
INSERT INTO failed_records (vendor, account, record_key, kind, vendor_order_id, raw, error_name, error_message,
  error_field, content_hash, first_seen_at, last_changed_at)
SELECT u.*, $11::timestamptz, $11::timestamptz
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[])
  AS u(vendor, account, record_key, kind, vendor_order_id, raw, error_name, error_message, error_field, content_hash)
ON CONFLICT (vendor, account, record_key) DO UPDATE SET kind = EXCLUDED.kind,
  vendor_order_id = EXCLUDED.vendor_order_id, raw = EXCLUDED.raw, error_name = EXCLUDED.error_name,
  error_message = EXCLUDED.error_message, error_field = EXCLUDED.error_field,
  content_hash = EXCLUDED.content_hash, last_changed_at = EXCLUDED.last_changed_at
WHERE failed_records.content_hash <> EXCLUDED.content_hash`;

const RESOLVE_FAILED = `
DELETE FROM failed_records f
USING unnest($1::text[], $2::text[], $3::text[]) AS u(vendor, vendor_order_id, kind)
WHERE f.vendor = u.vendor AND f.vendor_order_id = u.vendor_order_id AND (f.kind IS NULL OR f.kind = u.kind)`;

const DELETE_FAILED = `
DELETE FROM failed_records f
USING unnest($1::text[], $2::text[], $3::text[]) AS u(vendor, account, record_key)
WHERE f.vendor = u.vendor AND f.account = u.account AND f.record_key = u.record_key`;

const RELINK = `
UPDATE orders o SET document = u.document::json, content_hash = u.content_hash, synced_at = $2::timestamptz
FROM json_to_recordset($1::json) AS u(id text, document text, content_hash text)
WHERE o.id = u.id`;

const UPSERT_CHECKPOINT = `
INSERT INTO checkpoints (vendor, account, kind, high_water_mark, updated_at) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (vendor, account, kind) DO UPDATE SET high_water_mark = EXCLUDED.high_water_mark,
  updated_at = EXCLUDED.updated_at
WHERE checkpoints.high_water_mark < EXCLUDED.high_water_mark`;

const REWRITE_V2 = `
UPDATE orders o SET kind = u.kind, duplicate_of = u.duplicate_of, document = u.document::json,
  content_hash = u.content_hash
FROM json_to_recordset($1::json) AS u(id text, kind text, duplicate_of text, document text, content_hash text)
WHERE o.id = u.id`;

/** One multi-row upsert of statement entries; an unchanged entry is not rewritten (RETURNING counts the rest). */
const UPSERT_STATEMENT_ENTRIES = `
INSERT INTO statement_entries (vendor, account, kind, reference, order_id, paid_at, lines, amount, first_seen_at,
  updated_at)
SELECT $1, $2, $3, u.reference, u.order_id, u.paid_at, u.lines, u.amount, $5::timestamptz, $5::timestamptz
FROM json_to_recordset($4::json) AS u(reference text, order_id text, paid_at timestamptz, lines integer, amount bigint)
ON CONFLICT (vendor, account, reference) DO UPDATE SET kind = EXCLUDED.kind, order_id = EXCLUDED.order_id,
  paid_at = EXCLUDED.paid_at, lines = EXCLUDED.lines, amount = EXCLUDED.amount, updated_at = EXCLUDED.updated_at
WHERE (statement_entries.kind, statement_entries.order_id, statement_entries.paid_at, statement_entries.lines,
  statement_entries.amount) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.order_id, EXCLUDED.paid_at, EXCLUDED.lines,
  EXCLUDED.amount)`;

const DOCUMENT_COLUMNS = "id, document::text AS document, first_seen_at, synced_at";

const CHECKPOINT_COLUMNS = "vendor, account, kind, high_water_mark, updated_at";

const FAILED_COLUMNS =
  "vendor, account, record_key, kind, vendor_order_id, raw, error_name, error_message, error_field, first_seen_at, last_changed_at";

/** The latest run per stream (by start time, then id) among the runs `where` selects. */
const LAST_RUNS_SQL = (where: string) => `
SELECT id, vendor, account, kind, started_at, finished_at, result, since, until, counts, error FROM (
  SELECT *, row_number() OVER (PARTITION BY vendor, account, kind ORDER BY started_at DESC, id DESC) AS rn
  FROM sync_runs${where}
) AS ranked WHERE rn = 1 ORDER BY vendor COLLATE "C", account COLLATE "C", kind COLLATE "C"`;

interface ProbeRow {
  id: string;
  content_hash?: string | null;
  kind?: string | null;
  linked: string[] | null;
}

interface StoredRow {
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
  const readOnly = options.readOnly ?? false;
  const where = `the PostgreSQL database ${describeUrl(url)}`;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // No JIT: the store's statements are short, and compiling them costs more than it saves. Read-only:
    // every transaction of every session refuses to write, whatever a query tries.
    options: readOnly ? "-c jit=off -c default_transaction_read_only=on" : "-c jit=off",
  });
  // An idle client's connection can drop (server restart); pg emits it on the pool, where it must be
  // handled or Node exits. The next query gets a fresh connection.
  pool.on("error", () => {});
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(
      `cannot connect to PostgreSQL at ${describeUrl(url)}: ${(error as Error).message}; ${connectFix(error)}`,
      {},
      { cause: error },
    );
  }
  if (readOnly) {
    try {
      const version = await versionOf(pool);
      if (version === undefined) {
        throw new StoreError(
          schemaMissingMessage(
            where,
            "pass the URL of a database orderbridge sync wrote to (nothing was added to this one)",
          ),
        );
      }
      if (version > LATEST_VERSION) throw new StoreError(newerSchemaMessage(where, version));
      if (version < LATEST_VERSION)
        throw new StoreError(olderSchemaMessage(where, version, describeUrl(url)));
    } catch (error) {
      await pool.end().catch(() => {});
      throw error instanceof StoreError ? error : postgresFailure(where, error, "read");
    }
  }
  return new PostgresStore(pool, where, options.now ?? (() => new Date()), readOnly, url);
}

function connectFix(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === "3D000") return "create the database first (createdb) or fix its name in the URL";
  if (code === "28P01" || code === "28000") return "check the user and password in the URL";
  return "check that the server is running and that the URL's host, port, database and user are right";
}

/** The schema version of a database; undefined when it has no `schema_migrations` table. */
async function versionOf(queryable: pg.Pool | pg.PoolClient): Promise<number | undefined> {
  const { rows } = await queryable.query<{ present: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
  );
  if (!rows[0]?.present) return undefined;
  const version = await queryable.query<{ version: number | null }>(
    "SELECT max(version) AS version FROM schema_migrations",
  );
  return version.rows[0]?.version ?? 0;
}

/** Where a store's write transactions run: the pool (any connection), or one lock session (fenced). */
interface WriteChannel {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (client: pg.ClientBase) => Promise<T>): Promise<T>;
  /** Whether closing the store ends the pool (false for a lock session's fenced view). */
  ownsPool: boolean;
}

class PostgresStore implements Store {
  readonly dialect = "postgres" as const;
  /** Set once the schema was found current: later calls skip the check. */
  private ready: Promise<void> | undefined;
  private readonly channel: WriteChannel;

  constructor(
    private readonly pool: pg.Pool,
    private readonly where: string,
    private readonly now: () => Date,
    readonly readOnly: boolean,
    private readonly url: string,
    channel?: WriteChannel,
  ) {
    this.channel = channel ?? { transaction: (work) => this.transaction(work), ownsPool: true };
  }

  private writable(what: string): void {
    if (this.readOnly) throw new StoreError(readOnlyRefusal(this.where, what));
  }

  /** Checks once that the schema is this release's, else says what to do. */
  private checkSchema(): Promise<void> {
    this.ready ??= (async () => {
      const version = (await versionOf(this.pool)) ?? 0;
      if (version > LATEST_VERSION) throw new StoreError(newerSchemaMessage(this.where, version));
      if (version < LATEST_VERSION) throw new StoreError(notMigratedMessage(this.where, version));
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error instanceof StoreError ? error : postgresFailure(this.where, error, "read");
    });
    return this.ready;
  }

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

  async schemaVersion(): Promise<number> {
    try {
      return (await versionOf(this.pool)) ?? 0;
    } catch (error) {
      throw postgresFailure(this.where, error, "read");
    }
  }

  async migrate(): Promise<MigrateResult> {
    this.writable("migrate");
    try {
      const result = await this.transaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
        await client.query(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
        );
        const { rows } = await client.query<{ version: number | null }>(
          "SELECT max(version) AS version FROM schema_migrations",
        );
        const current = rows[0]?.version ?? 0;
        if (current > LATEST_VERSION) throw new StoreError(newerSchemaMessage(this.where, current));
        const applied: number[] = [];
        for (const migration of postgresMigrations) {
          if (migration.version <= current) continue;
          await this.apply(client, migration);
          await client.query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            [migration.version, migration.name, this.now()],
          );
          applied.push(migration.version);
        }
        return { applied, version: applied.at(-1) ?? current };
      });
      this.ready = undefined;
      return result;
    } catch (error) {
      throw postgresFailure(this.where, error, "migrate");
    }
  }

  private async apply(client: pg.PoolClient, migration: Migration): Promise<void> {
    await client.query(migration.sql);
    if (migration.rewrite === "v2-order-kind") await this.rewriteV2(client);
    if (migration.finish) await client.query(migration.finish);
  }

  /** Gives every order its kind and rewrites its document, a page at a time (bounded memory). */
  private async rewriteV2(client: pg.PoolClient): Promise<void> {
    const unknown = await client.query<{ vendor: string }>(V2_UNKNOWN_VENDORS_SQL);
    if (unknown.rows.length > 0) {
      throw new StoreError(
        `cannot migrate ${this.where} to schema v2: it holds orders or checkpoints of vendors orderbridge does not know (${unknown.rows.map((row) => row.vendor).join(", ")}); remove those rows or use the release that wrote them`,
      );
    }
    let after = "";
    for (;;) {
      const { rows } = await client.query<{ id: string; vendor: string; document: string }>(
        "SELECT id, vendor, document::text AS document FROM orders WHERE id > $1 ORDER BY id LIMIT $2",
        [after, V2_REWRITE_PAGE],
      );
      if (rows.length > 0) {
        const rewritten = rows.map((row) => {
          const v2 = rewriteOrderV2(row);
          return {
            id: row.id,
            kind: v2.kind,
            duplicate_of: v2.duplicateOf,
            document: v2.document,
            content_hash: v2.contentHash,
          };
        });
        await client.query(REWRITE_V2, [JSON.stringify(rewritten)]);
      }
      if (rows.length < V2_REWRITE_PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  async writeBatch(batch: WriteBatch): Promise<WriteResult> {
    this.writable("writeBatch");
    const checked = checkBatch(batch);
    const mark = batch.checkpoint ? checkpointMark(batch.checkpoint.highWaterMark) : undefined;
    await this.checkSchema();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.channel.transaction((client) => this.write(client, checked, batch, mark));
      } catch (error) {
        // A deadlock victim (rows a concurrent writer's pair linking locked), or a concurrent writer
        // that stored one of these ids with another kind after the probe (the kind trigger refused
        // the overwrite): the batch is done again, and the probe then sees that row.
        const code = (error as { code?: unknown })?.code;
        const again = code === "40P01" || code === KIND_CHANGE_REFUSED;
        if (!again || attempt >= RETRY_ATTEMPTS) throw postgresFailure(this.where, error, "write");
      }
    }
  }

  private async write(
    client: pg.ClientBase,
    checked: CheckedBatch,
    batch: WriteBatch,
    mark: string | undefined,
  ): Promise<WriteResult> {
    const now = this.now();
    let prepared = checked.prepared;
    const result = emptyResult(prepared.duplicates);
    let refused = new Set<string>();
    let collisions: FailedRecordInput[] = [];
    let probe: ProbeRow[] | undefined;
    if (prepared.ids.length > 0) {
      probe = (await client.query<ProbeRow>(PROBE, [prepared.ids])).rows;
      const kinds = new Map<string, string>();
      for (const row of probe) if (typeof row.kind === "string") kinds.set(row.id, row.kind);
      ({ refused, failures: collisions } = refusedOrders(prepared, kinds, checked.account));
      prepared = withoutRefused(prepared, refused);
      result.collisions = refused.size;
    }
    const failures = allFailures(checked, collisions);
    if (failures.length > 0) {
      const written = await client.query(UPSERT_FAILED, [
        failures.map((f) => f.vendor),
        failures.map((f) => f.account),
        failures.map((f) => f.recordKey),
        failures.map((f) => f.kind),
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
    if (prepared.orders.length > 0) {
      const linked: { id: string; duplicate_of: string }[] = [];
      for (const row of probe!) for (const id of row.linked ?? []) linked.push({ id, duplicate_of: row.id });
      const rows = batchRows(prepared, storedLinksOf(linked, prepared));
      const hashes = new Map(probe!.map((row) => [row.id, row.content_hash]));
      // Only new and changed orders travel to the server (an unchanged one is not even sent).
      const changed = rows.filter((row) => hashes.get(row.id) !== row.contentHash);
      result.unchanged += rows.length - changed.length;
      for (const chunk of chunks(changed)) {
        const written = await client.query<{ inserted: boolean }>(UPSERT_ORDERS, [recordsetJson(chunk), now]);
        for (const row of written.rows) {
          if (row.inserted) result.inserted++;
          else result.updated++;
        }
        // Unchanged, or stored with the same content by a concurrent writer since the probe.
        result.unchanged += chunk.length - written.rows.length;
      }
      const targets = linkTargets(prepared, refused);
      if (targets.length > 0) {
        const stored = await client.query<{ id: string; document: string; notes: string }>(
          "SELECT id, document::text AS document, notes::text AS notes FROM orders WHERE id = ANY($1::text[]) ORDER BY id",
          [targets],
        );
        const relinked = linkRows(prepared, stored.rows);
        if (relinked.length > 0) {
          await client.query(RELINK, [
            JSON.stringify(
              relinked.map((r) => ({ id: r.id, document: r.document, content_hash: r.contentHash })),
            ),
            now,
          ]);
          result.linked = relinked.length;
        }
      }
      const anyFailed = await client.query<{ any: boolean }>(
        "SELECT EXISTS (SELECT 1 FROM failed_records) AS any",
      );
      if (anyFailed.rows[0]?.any) {
        const resolved = await client.query(RESOLVE_FAILED, [
          prepared.orders.map((o) => o.vendor),
          prepared.orders.map((o) => o.vendorOrderId),
          prepared.orders.map((o) => o.kind),
        ]);
        result.resolved = resolved.rowCount ?? 0;
      }
    }
    const refs = batch.resolve ?? [];
    if (refs.length > 0) {
      const deleted = await client.query(DELETE_FAILED, [
        refs.map((r) => r.vendor),
        refs.map((r) => r.account),
        refs.map((r) => r.key),
      ]);
      result.resolved += deleted.rowCount ?? 0;
    }
    if (batch.checkpoint && mark !== undefined) {
      const { vendor, account, kind } = batch.checkpoint;
      const moved = await client.query(UPSERT_CHECKPOINT, [vendor, account, kind, mark, now]);
      result.checkpointMoved = (moved.rowCount ?? 0) > 0;
    }
    return result;
  }

  async recordFailures(records: readonly FailedRecordInput[]): Promise<number> {
    return (await this.writeBatch({ failed: records })).failed;
  }

  async recordRun(run: SyncRunInput): Promise<SyncRun> {
    this.writable("recordRun");
    checkRun(run);
    await this.checkSchema();
    try {
      const { rows } = await this.channel.transaction((client) =>
        client.query<RunRow>(
          `INSERT INTO sync_runs (vendor, account, kind, started_at, finished_at, result, since, until, counts, error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10) RETURNING *`,
          [
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
          ],
        ),
      );
      return runOf(rows[0]!);
    } catch (error) {
      throw postgresFailure(this.where, error, "write");
    }
  }

  private async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    await this.checkSchema();
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (error) {
      throw postgresFailure(this.where, error, "read");
    }
  }

  async getCheckpoint(vendor: string, account: string, kind: OrderKind): Promise<Checkpoint | undefined> {
    const [row] = await this.query<CheckpointRow>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM checkpoints WHERE vendor = $1 AND account = $2 AND kind = $3`,
      [vendor, account, kind],
    );
    return row ? checkpointOf(row) : undefined;
  }

  async listCheckpoints(): Promise<Checkpoint[]> {
    const rows = await this.query<CheckpointRow>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM checkpoints ORDER BY vendor COLLATE "C", account COLLATE "C", kind COLLATE "C"`,
    );
    return rows.map(checkpointOf);
  }

  async getOrder(id: string): Promise<StoredOrder | undefined> {
    const [row] = await this.query<StoredRow>(`SELECT ${DOCUMENT_COLUMNS} FROM orders WHERE id = $1`, [id]);
    return row ? parseStoredOrder(documentJson(row)) : undefined;
  }

  async *iterateOrderJson(options: IterateOptions = {}): AsyncGenerator<string> {
    // Keyset paging on the primary key: each page is one short query, so no transaction or cursor is
    // held open while the caller consumes the rows, and memory stays at one page. A kind filter reads
    // each kind through the (kind, id) index and merges them by id.
    const pageSize = options.pageSize ?? 1000;
    const toRow = (row: StoredRow): DocumentRow => ({ id: row.id, json: documentJson(row) });
    const kinds = kindsOf(options.kind);
    const page = (kind: string | undefined) => (after: string, limit: number) => {
      const terms = ["id > $1"];
      const values: unknown[] = [after];
      if (kind !== undefined) {
        values.push(kind);
        terms.push(`kind = $${values.length}`);
      }
      if (options.vendor !== undefined) {
        values.push(options.vendor);
        terms.push(`vendor = $${values.length}`);
      }
      values.push(limit);
      return this.query<StoredRow>(
        `SELECT ${DOCUMENT_COLUMNS} FROM orders WHERE ${terms.join(" AND ")} ORDER BY id LIMIT $${values.length}`,
        values,
      );
    };
    const sources =
      kinds === undefined
        ? [keysetPages(page(undefined), pageSize, toRow)]
        : kinds.map((kind) => keysetPages(page(kind), pageSize, toRow));
    for await (const row of mergeById(sources)) yield row.json;
  }

  async *iterateOrders(options: IterateOptions = {}): AsyncGenerator<StoredOrder> {
    for await (const json of this.iterateOrderJson(options)) yield parseStoredOrder(json);
  }

  async countOrders(options: OrderFilter = {}): Promise<number> {
    const { where, values } = filterSql(options, "");
    const rows = await this.query<{ count: string }>(`SELECT count(*) AS count FROM orders${where}`, values);
    return Number(rows[0]?.count ?? 0);
  }

  async listFailed(options: StreamFilter = {}): Promise<FailedRecord[]> {
    const { where, values } = filterSql(options, "");
    type Row = {
      vendor: string;
      account: string;
      record_key: string;
      kind: string | null;
      vendor_order_id: string | null;
      raw: string | null;
      error_name: string;
      error_message: string;
      error_field: string | null;
      first_seen_at: Date;
      last_changed_at: Date;
    };
    const rows = await this.query<Row>(
      `SELECT ${FAILED_COLUMNS} FROM failed_records${where}
       ORDER BY vendor COLLATE "C", account COLLATE "C", record_key`,
      values,
    );
    return rows.map((row) => ({
      vendor: row.vendor,
      account: row.account,
      key: row.record_key,
      kind: row.kind as OrderKind | null,
      vendorOrderId: row.vendor_order_id,
      raw: row.raw,
      errorName: row.error_name,
      errorMessage: row.error_message,
      errorField: row.error_field,
      firstSeenAt: row.first_seen_at.toISOString(),
      lastChangedAt: row.last_changed_at.toISOString(),
    }));
  }

  async failedSummary(options: StreamFilter = {}): Promise<FailedGroup[]> {
    const { where, values } = filterSql(options, "");
    return failedGroups(
      await this.query<FailedSampleRow>(
        `SELECT vendor, kind, error_field, error_name, error_message, n, vendor_order_id FROM (
           SELECT vendor, kind, error_field, error_name, error_message, vendor_order_id,
             count(*) OVER w AS n,
             row_number() OVER (w ORDER BY vendor_order_id IS NULL, vendor_order_id COLLATE "C") AS rn
           FROM failed_records${where}
           WINDOW w AS (PARTITION BY vendor, kind, error_field, error_name, error_message)
         ) AS ranked WHERE rn <= 5 ORDER BY rn`,
        values,
      ),
    );
  }

  async noteCounts(options: NoteCountOptions = {}): Promise<NoteCount[]> {
    const { where, values } = filterSql(options, "o.", " AND ");
    let period = "";
    if (options.since !== undefined) {
      values.push(isoOrNull(options.since));
      period += ` AND o.created_at >= $${values.length}::timestamptz`;
    }
    if (options.until !== undefined) {
      values.push(isoOrNull(options.until));
      period += ` AND o.created_at < $${values.length}::timestamptz`;
    }
    const rows = await this.query<NoteCountRow>(
      `SELECT o.vendor AS vendor, o.kind AS kind, n ->> 'code' AS code, n ->> 'field' AS field,
         count(*) AS count, count(DISTINCT o.id) AS orders
       FROM orders AS o CROSS JOIN LATERAL jsonb_array_elements(o.notes) AS n
       WHERE o.notes <> '[]'::jsonb${where}${period}
       GROUP BY 1, 2, 3, 4`,
      values,
    );
    return rows
      .map(noteCountOf)
      .sort(
        (a, b) =>
          byCodeUnit(a.vendor, b.vendor) ||
          byCodeUnit(a.kind, b.kind) ||
          byCodeUnit(a.code, b.code) ||
          (a.field === null
            ? b.field === null
              ? 0
              : -1
            : b.field === null
              ? 1
              : byCodeUnit(a.field, b.field)),
      );
  }

  async listChanges(options: ListChangesOptions): Promise<OrderChange[]> {
    const values: unknown[] = [isoOrNull(options.since)];
    let until = "";
    if (options.until !== undefined) {
      values.push(isoOrNull(options.until));
      until = ` AND changed_at < $${values.length}`;
    }
    const { where, values: filterValues } = filterSql(options, "", " AND ", values.length);
    const rows = await this.query<ChangeRow>(
      `SELECT * FROM order_changes WHERE changed_at >= $1${until}${where} ORDER BY changed_at, seq`,
      [...values, ...filterValues],
    );
    return rows.map(changeOf);
  }

  async lastRuns(account?: { vendor: string; account: string }): Promise<SyncRun[]> {
    if (account === undefined) return (await this.query<RunRow>(LAST_RUNS_SQL(""))).map(runOf);
    return (
      await this.query<RunRow>(LAST_RUNS_SQL(" WHERE vendor = $1 AND account = $2"), [
        account.vendor,
        account.account,
      ])
    ).map(runOf);
  }

  async recordStatement(statement: StatementInput): Promise<StatementResult> {
    this.writable("recordStatement");
    checkStatement(statement);
    await this.checkSchema();
    const rows = statementRows(statement);
    const now = this.now();
    const { vendor, account, kind } = statement;
    try {
      // Through the write channel: under a worker's lock session the statement is fenced like the orders.
      return await this.channel.transaction(async (client) => {
        let written = 0;
        for (const chunk of chunks(rows)) {
          const result = await client.query(UPSERT_STATEMENT_ENTRIES, [
            vendor,
            account,
            kind,
            JSON.stringify(
              chunk.map((row) => ({
                reference: row.reference,
                order_id: row.orderId,
                paid_at: row.paidAt,
                lines: row.lines,
                amount: row.amount,
              })),
            ),
            now,
          ]);
          written += result.rowCount ?? 0;
        }
        await client.query(
          `INSERT INTO statement_windows (vendor, account, kind, since, until, entries, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (vendor, account, kind, since, until) DO UPDATE SET entries = EXCLUDED.entries,
             recorded_at = EXCLUDED.recorded_at`,
          [vendor, account, kind, isoOrNull(statement.since), isoOrNull(statement.until), rows.length, now],
        );
        return { written };
      });
    } catch (error) {
      throw postgresFailure(this.where, error, "write");
    }
  }

  private reports: ReportReads | undefined;
  private get report(): ReportReads {
    this.reports ??= reportReads("postgres", (sql, values) => this.query(sql, values));
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

  async status(): Promise<StoreStatus> {
    const [schemaVersion, checkpoints, runs, lastErrors, failed, orders, notes] = await Promise.all([
      this.schemaVersion(),
      this.listCheckpoints(),
      this.lastRuns(),
      this.query<RunRow>(LAST_RUNS_SQL(" WHERE error IS NOT NULL")).then((rows) => rows.map(runOf)),
      this.query<{ vendor: string; account: string; kind: string | null; count: string }>(
        "SELECT vendor, account, kind, count(*) AS count FROM failed_records GROUP BY vendor, account, kind",
      ),
      this.query<{ vendor: string; kind: string; count: string }>(
        `SELECT vendor, kind, count(*) AS count FROM orders GROUP BY vendor, kind
         ORDER BY vendor COLLATE "C", kind COLLATE "C"`,
      ),
      this.noteCounts(),
    ]);
    return buildStatus({
      schemaVersion,
      checkpoints,
      runs,
      lastErrors,
      failed: failed.map((row) => ({ ...row, count: Number(row.count) })),
      orders: orders.map((row) => ({ ...row, count: Number(row.count) })),
      notes,
    });
  }

  async openLockSession(options: LockSessionOptions = {}): Promise<LockSession> {
    this.writable("openLockSession");
    return PostgresLockSession.open(this, this.url, this.where, options);
  }

  /**
   * A view of this store whose writes run on `channel` (a lock session), sharing the pool for reads and the
   * schema check; closing it leaves the pool open.
   */
  withWriteChannel(channel: WriteChannel): Store {
    return new PostgresStore(this.pool, this.where, this.now, this.readOnly, this.url, channel);
  }

  /** Ends the pool; calling it again does nothing (nor does closing a lock session's fenced view). */
  async close(): Promise<void> {
    if (!this.channel.ownsPool) return;
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}

const DEFAULT_KEEPALIVE = { idleSeconds: 10, intervalSeconds: 5, count: 3 };

/** Whether this session holds the advisory lock ($1, $2) of the two-key form (`objsubid` 2), granted. */
const HELD = `EXISTS (
  SELECT 1 FROM pg_locks
  WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND classid = $1::int4::oid
    AND objid = $2::int4::oid AND objsubid = 2 AND granted
)`;

function checkKey(key: AdvisoryKey): void {
  for (const part of [key.space, key.id]) {
    if (!Number.isInteger(part) || part < 0 || part > 0x7fff_ffff)
      throw new RangeError(
        `an advisory lock key is two whole numbers from 0 to 2^31 - 1, got ${key.space}, ${key.id}`,
      );
  }
}

/**
 * A dedicated connection holding session-level advisory locks (see {@link LockSession}). Every use of the
 * connection — lock calls and fenced write transactions alike — is queued, so a lock call never lands inside
 * another caller's transaction.
 */
class PostgresLockSession implements LockSession {
  alive = true;
  readonly lost: Promise<Error>;
  private queue: Promise<unknown> = Promise.resolve();
  private closing = false;
  private markLost!: (error: Error) => void;

  private constructor(
    private readonly store: PostgresStore,
    private readonly client: pg.Client,
    private readonly where: string,
    readonly pid: number,
    readonly keepalive: LockSession["keepalive"],
  ) {
    this.lost = new Promise<Error>((resolve) => {
      this.markLost = resolve;
    });
    const ended = (error?: Error) => {
      if (!this.alive) return;
      this.alive = false;
      if (!this.closing)
        this.markLost(
          error ?? new StoreError(`the lock session on ${this.where} ended (the server closed it)`),
        );
    };
    client.on("error", (error) => ended(error));
    client.on("end", () => ended());
  }

  static async open(
    store: PostgresStore,
    url: string,
    where: string,
    options: LockSessionOptions,
  ): Promise<PostgresLockSession> {
    const keepalive = options.keepalive ?? DEFAULT_KEEPALIVE;
    for (const value of Object.values(keepalive))
      if (!Number.isInteger(value) || value < 1)
        throw new RangeError("keepalive values must be whole numbers >= 1");
    const silentSeconds = keepalive.idleSeconds + keepalive.intervalSeconds * keepalive.count;
    const client = new pg.Client({
      connectionString: url,
      application_name: options.applicationName ?? "orderbridge lock session",
      keepAlive: true,
      keepAliveInitialDelayMillis: keepalive.idleSeconds * 1000,
      options: [
        "-c jit=off",
        `-c tcp_keepalives_idle=${keepalive.idleSeconds}`,
        `-c tcp_keepalives_interval=${keepalive.intervalSeconds}`,
        `-c tcp_keepalives_count=${keepalive.count}`,
        `-c tcp_user_timeout=${silentSeconds * 1000}`,
      ].join(" "),
    });
    // Until the session is built, a connection error is this call's to throw.
    client.on("error", () => {});
    try {
      await client.connect();
      const { rows } = await client.query<{
        pid: number;
        idle: string;
        interval: string;
        count: string;
        user_timeout: string;
      }>(
        `SELECT pg_backend_pid() AS pid, current_setting('tcp_keepalives_idle') AS idle,
           current_setting('tcp_keepalives_interval') AS interval, current_setting('tcp_keepalives_count') AS count,
           (SELECT setting FROM pg_settings WHERE name = 'tcp_user_timeout') AS user_timeout`,
      );
      const row = rows[0]!;
      // The server reports what it applies: 0 over a Unix socket (no keepalives there), seconds otherwise.
      const applied = {
        idleSeconds: Number.parseInt(row.idle, 10),
        intervalSeconds: Number.parseInt(row.interval, 10),
        count: Number(row.count),
        userTimeoutMs: Number(row.user_timeout),
      };
      const keepaliveApplied =
        applied.idleSeconds > 0
          ? {
              ...applied,
              silentSeconds: applied.idleSeconds + applied.intervalSeconds * applied.count,
            }
          : null;
      return new PostgresLockSession(store, client, where, row.pid, keepaliveApplied);
    } catch (error) {
      await client.end().catch(() => {});
      throw new StoreError(
        `cannot open a lock session on ${where}: ${(error as Error).message}`,
        {},
        { cause: error },
      );
    }
  }

  /** Runs `work` when every earlier use of the connection is done. */
  private run<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const next = this.queue.then(() => {
      if (!this.alive)
        throw new StoreError(`the lock session on ${this.where} has ended: nothing more goes through it`);
      return work(this.client);
    });
    this.queue = next.catch(() => {});
    return next;
  }

  private async flag(sql: string, key: AdvisoryKey): Promise<boolean> {
    checkKey(key);
    try {
      return await this.run(async (client) => {
        const { rows } = await client.query<{ ok: boolean }>(sql, [key.space, key.id]);
        return rows[0]?.ok === true;
      });
    } catch (error) {
      throw postgresFailure(this.where, error, "read");
    }
  }

  tryLock(key: AdvisoryKey): Promise<boolean> {
    return this.flag("SELECT pg_try_advisory_lock($1::int4, $2::int4) AS ok", key);
  }

  unlock(key: AdvisoryKey): Promise<boolean> {
    // Asked only when held: pg_advisory_unlock warns (a notice) about a lock the session does not hold.
    return this.flag(
      `SELECT CASE WHEN ${HELD} THEN pg_advisory_unlock($1::int4, $2::int4) ELSE false END AS ok`,
      key,
    );
  }

  holds(key: AdvisoryKey): Promise<boolean> {
    return this.flag(`SELECT ${HELD} AS ok`, key);
  }

  fenced(key: AdvisoryKey): Store {
    checkKey(key);
    return this.store.withWriteChannel({
      ownsPool: false,
      transaction: (work) =>
        this.run(async (client) => {
          await client.query("BEGIN");
          try {
            const { rows } = await client.query<{ held: boolean }>(`SELECT ${HELD} AS held`, [
              key.space,
              key.id,
            ]);
            if (rows[0]?.held !== true) {
              throw new LockLostError(
                `this session no longer holds advisory lock (${key.space}, ${key.id}) on ${this.where}: another session may hold it, so nothing of this write was stored`,
              );
            }
            const result = await work(client);
            await client.query("COMMIT");
            return result;
          } catch (error) {
            await client.query("ROLLBACK").catch(() => {});
            throw error;
          }
        }),
    });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (!this.alive) return;
    // A polite goodbye; when the network does not carry it, the socket is cut (the server frees the locks once
    // it notices, within the keepalive bound).
    const socket = (this.client as unknown as { connection?: { stream?: { destroy(): void } } }).connection
      ?.stream;
    let cut: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      cut = setTimeout(() => {
        socket?.destroy();
        resolve();
      }, 1000);
    });
    // Never waits longer than the cut: a connection whose peer is gone may never say goodbye.
    await Promise.race([this.client.end().catch(() => {}), late]);
    clearTimeout(cut);
    this.alive = false;
  }
}

/** ` WHERE …` (or `<joiner>…`) for a vendor/kind filter on columns with `prefix`, numbering parameters after `offset`. */
function filterSql(
  filter: { vendor?: string | undefined; kind?: readonly OrderKind[] | undefined },
  prefix: string,
  joiner = " WHERE ",
  offset = 0,
): { where: string; values: unknown[] } {
  const terms: string[] = [];
  const values: unknown[] = [];
  if (filter.vendor !== undefined) {
    values.push(filter.vendor);
    terms.push(`${prefix}vendor = $${offset + values.length}`);
  }
  const kinds = kindsOf(filter.kind);
  if (kinds !== undefined) {
    values.push(kinds);
    terms.push(`${prefix}kind = ANY($${offset + values.length}::text[])`);
  }
  return { where: terms.length === 0 ? "" : joiner + terms.join(" AND "), values };
}

interface CheckpointRow {
  vendor: string;
  account: string;
  kind: string;
  high_water_mark: Date;
  updated_at: Date;
}

function checkpointOf(row: CheckpointRow): Checkpoint {
  return {
    vendor: row.vendor,
    account: row.account,
    kind: row.kind as OrderKind,
    highWaterMark: row.high_water_mark.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function recordsetJson(rows: readonly OrderRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      vendor: r.vendor,
      kind: r.kind,
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
      duplicate_of: r.duplicateOf,
      notes: r.notes,
      document: r.document,
      content_hash: r.contentHash,
    })),
  );
}

function documentJson(row: StoredRow): string {
  return storedOrderJson(row.document, row.first_seen_at.toISOString(), row.synced_at.toISOString());
}

/** A PostgreSQL error in the user's terms: which database, what went wrong, what to do. */
function postgresFailure(where: string, error: unknown, doing: "read" | "write" | "migrate"): Error {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown })?.code;
  const message = (error as Error)?.message ?? String(error);
  const nothing = doing === "write" ? ", nothing of this batch was stored" : "";
  let text: string;
  if (code === "42P01" || code === "42703") {
    text = `${where} does not have this release's schema (${message}): call migrate() first`;
  } else if (code === "25006") {
    text = `cannot write ${where} (${message})${nothing}: it was opened read-only, or the server only allows reading`;
  } else {
    text = `PostgreSQL ${doing} failed on ${where}${nothing}: ${message}`;
  }
  return new StoreError(text, {}, { cause: error });
}
