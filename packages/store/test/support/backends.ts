import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { PostgresServer } from "../../src/testing/postgres.js";

/** What the shared behaviour suite needs from a backend beyond the Store API. */
export interface Backend {
  dialect: "sqlite" | "postgres";
  /** A URL for a fresh, empty database. */
  freshUrl(): Promise<string>;
  /** Runs raw SQL (a finance user's query) and returns plain rows. */
  query(url: string, sql: string): Promise<Record<string, unknown>[]>;
  /** Every row of every store table as text, in a stable order — to prove "nothing changed". */
  dump(url: string): Promise<string[]>;
  cleanup(): Promise<void>;
}

const TABLES: readonly [table: string, orderBy: string][] = [
  ["orders", "id"],
  ["failed_records", "vendor, account, record_key"],
  ["checkpoints", "vendor, account, kind"],
  ["schema_migrations", "version"],
  ["order_changes", "seq"],
  ["sync_runs", "id"],
];

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "orderbridge-sqlite-"));
  let n = 0;
  const open = (url: string) => new Database(url, { readonly: true });
  return {
    dialect: "sqlite",
    async freshUrl() {
      return join(dir, `store-${++n}.db`);
    },
    async query(url, sql) {
      const db = open(url);
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async dump(url) {
      const db = open(url);
      try {
        return TABLES.flatMap(([table, orderBy]) =>
          (db.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all() as unknown[]).map(
            (row) => `${table} ${JSON.stringify(row)}`,
          ),
        );
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
    query: (url, sql) => withClient(url, async (client) => (await client.query(sql)).rows),
    dump: (url) =>
      withClient(url, async (client) => {
        const lines: string[] = [];
        for (const [table, orderBy] of TABLES) {
          // xmin is the id of the transaction that last wrote the row version: equal xmin, no rewrite.
          const { rows } = await client.query<{ xmin: string; row: string }>(
            `SELECT t.xmin::text AS xmin, row_to_json(t)::text AS row FROM ${table} t ORDER BY ${orderBy}`,
          );
          for (const row of rows) lines.push(`${table} ${row.xmin} ${row.row}`);
        }
        return lines;
      }),
    async cleanup() {},
  };
}
