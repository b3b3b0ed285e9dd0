import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import {
  canonicalJson,
  type Order,
  postgresMigrations,
  sha256Hex,
  sqliteMigrations,
} from "../../src/index.js";
import { findPostgresBinDir, type PostgresServer } from "../../src/testing/postgres.js";

/** What the shared behaviour suite needs from a backend beyond the Store API. */
export interface Backend {
  dialect: "sqlite" | "postgres";
  /** A URL for a fresh, empty database. */
  freshUrl(): Promise<string>;
  /** A URL for a fresh copy of the store release 0.1.0 wrote (`test/fixtures/release-0.1.0.*`). */
  releaseUrl(): Promise<string>;
  /**
   * A fresh database with schema v1 exactly as release 0.1.0 created it, holding `orders` the way
   * 0.1.0 wrote them (document without `kind`, hash of the document).
   */
  v1Url(orders: readonly Order[]): Promise<string>;
  /** Runs raw SQL (a finance user's query) and returns plain rows. */
  query(url: string, sql: string): Promise<Record<string, unknown>[]>;
  /** Runs raw SQL that writes, creating a SQLite file that does not exist (a test's way to reach states the API never makes). */
  exec(url: string, sql: string): Promise<void>;
  /** The tables of the database. */
  tables(url: string): Promise<string[]>;
  /** Every row of every store table as text, in a stable order — to prove "nothing changed". */
  dump(url: string): Promise<string[]>;
  cleanup(): Promise<void>;
}

/** The store's tables with the columns that order their rows (those a table lacks are skipped). */
const TABLES: readonly [table: string, orderBy: readonly string[]][] = [
  ["orders", ["id"]],
  ["failed_records", ["vendor", "account", "record_key"]],
  ["checkpoints", ["vendor", "account", "kind"]],
  ["schema_migrations", ["version"]],
  ["order_changes", ["seq"]],
  ["sync_runs", ["id"]],
  ["statement_entries", ["vendor", "account", "reference"]],
  ["statement_windows", ["vendor", "account", "kind", "since", "until"]],
];

const FIXTURES = new URL("../fixtures/", import.meta.url);

/** A v1 document and hash, as release 0.1.0's store wrote them: the Order without `kind`. */
function v1Row(order: Order): Record<string, unknown> {
  const { kind: _kind, ...rest } = order;
  const document = canonicalJson(rest);
  return {
    id: order.id,
    vendor: order.vendor,
    vendor_order_id: order.vendorOrderId,
    order_no: order.orderNo,
    status: order.status,
    payment_status: order.paymentStatus,
    currency: order.currency,
    total_amount: order.totalAmount,
    paid_amount: order.paidAmount,
    refunded_amount: order.refundedAmount,
    created_at: order.createdAt,
    paid_at: order.paidAt ?? null,
    updated_at: order.updatedAt ?? null,
    store_id: order.store?.id ?? null,
    store_name: order.store?.name ?? null,
    customer_id: order.customer?.id ?? null,
    vendor_status: canonicalJson(order.vendorStatus),
    items: canonicalJson(order.items),
    payments: canonicalJson(order.payments),
    refunds: canonicalJson(order.refunds),
    document,
    content_hash: sha256Hex(document),
    first_seen_at: "2024-04-30T00:00:00.000Z",
    synced_at: "2024-04-30T00:00:00.000Z",
  };
}

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "orderbridge-sqlite-"));
  let n = 0;
  const open = (url: string) => new Database(url, { readonly: true, fileMustExist: true });
  const fresh = async () => join(dir, `store-${++n}.db`);
  return {
    dialect: "sqlite",
    freshUrl: fresh,
    async releaseUrl() {
      const url = await fresh();
      copyFileSync(new URL("release-0.1.0.sqlite.db", FIXTURES), url);
      return url;
    },
    async v1Url(orders) {
      const url = await fresh();
      const db = new Database(url);
      try {
        db.exec(
          "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT",
        );
        db.exec(sqliteMigrations[0]!.sql);
        db.prepare("INSERT INTO schema_migrations VALUES (1, ?, '2024-04-30T00:00:00.000Z')").run(
          sqliteMigrations[0]!.name,
        );
        const rows = orders.map(v1Row);
        const columns = Object.keys(rows[0] ?? v1Row(orders[0]!));
        const insert = db.prepare(
          `INSERT INTO orders (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
        );
        db.transaction(() => {
          for (const row of rows) insert.run(row);
        })();
      } finally {
        db.close();
      }
      return url;
    },
    async query(url, sql) {
      const db = open(url);
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async exec(url, sql) {
      const db = new Database(url);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    async tables(url) {
      return (await this.query(url, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map(
        (row) => row["name"] as string,
      );
    },
    async dump(url) {
      const db = open(url);
      try {
        const lines: string[] = [];
        for (const [table, orderBy] of TABLES) {
          const columns =
            (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]) ?? [];
          if (columns.length === 0) continue;
          const order = orderBy.filter((column) => columns.includes(column)).join(", ");
          for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all()) {
            lines.push(`${table} ${JSON.stringify(row)}`);
          }
        }
        return lines;
      } finally {
        db.close();
      }
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(server: () => PostgresServer): Backend {
  const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    dialect: "postgres",
    freshUrl: () => server().createDatabase(),
    async releaseUrl() {
      const url = await server().createDatabase();
      // The fixture is pg_dump's plain SQL (COPY blocks, \restrict): psql is what replays it.
      const psql = join(findPostgresBinDir()!, "psql");
      const file = new URL("release-0.1.0.postgres.sql", FIXTURES).pathname;
      const result = spawnSync(psql, ["--no-psqlrc", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", file], {
        encoding: "utf8",
      });
      if (result.status !== 0) {
        throw new Error(
          `psql could not restore ${file} (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}`,
        );
      }
      return url;
    },
    async v1Url(orders) {
      const url = await server().createDatabase();
      await withClient(url, async (client) => {
        await client.query(
          "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
        );
        await client.query(postgresMigrations[0]!.sql);
        await client.query("INSERT INTO schema_migrations VALUES (1, $1, '2024-04-30T00:00:00.000Z')", [
          postgresMigrations[0]!.name,
        ]);
        const rows = orders.map(v1Row);
        const columns = Object.keys(v1Row(orders[0]!));
        const types: Record<string, string> = {
          total_amount: "bigint",
          paid_amount: "bigint",
          refunded_amount: "bigint",
          created_at: "timestamptz",
          paid_at: "timestamptz",
          updated_at: "timestamptz",
          first_seen_at: "timestamptz",
          synced_at: "timestamptz",
        };
        const casts: Record<string, string> = {
          vendor_status: "::jsonb",
          items: "::jsonb",
          payments: "::jsonb",
          refunds: "::jsonb",
          document: "::json",
        };
        await client.query(
          `INSERT INTO orders (${columns.join(", ")})
           SELECT ${columns.map((c) => `u.${c}${casts[c] ?? ""}`).join(", ")}
           FROM json_to_recordset($1::json) AS u(${columns.map((c) => `${c} ${types[c] ?? "text"}`).join(", ")})`,
          [JSON.stringify(rows)],
        );
      });
      return url;
    },
    query: (url, sql) => withClient(url, async (client) => (await client.query(sql)).rows),
    exec: (url, sql) =>
      withClient(url, async (client) => {
        await client.query(sql);
      }),
    tables: (url) =>
      withClient(url, async (client) =>
        (
          await client.query<{ name: string }>(
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
          )
        ).rows.map((row) => row.name),
      ),
    dump: (url) =>
      withClient(url, async (client) => {
        const lines: string[] = [];
        for (const [table, orderBy] of TABLES) {
          const { rows: columns } = await client.query<{ name: string }>(
            "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
            [table],
          );
          if (columns.length === 0) continue;
          const names = columns.map((column) => column.name);
          const order = orderBy.filter((column) => names.includes(column)).join(", ");
          // xmin is the id of the transaction that last wrote the row version: equal xmin, no rewrite.
          const { rows } = await client.query<{ xmin: string; row: string }>(
            `SELECT t.xmin::text AS xmin, row_to_json(t)::text AS row FROM ${table} t ORDER BY ${order}`,
          );
          for (const row of rows) lines.push(`${table} ${row.xmin} ${row.row}`);
        }
        return lines;
      }),
    async cleanup() {},
  };
}
