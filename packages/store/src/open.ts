import { openPostgresStore } from "./postgres.js";
import { StoreError } from "./rows.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

/** The SQLite file used when no database is given (the CLI's `--db` default). */
export const DEFAULT_DATABASE = "./orderbridge.db";

export interface OpenStoreOptions {
  /** The clock for the store's timestamps (`firstSeenAt`, `syncedAt`, …); tests pin it. */
  now?: () => Date;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
  /** SQLite: how long a writer waits for another process's write lock, in ms (default 10 000). */
  busyTimeoutMs?: number;
  /**
   * Open an EXISTING orderbridge store of this release's schema for reading only (default false):
   * nothing is created, migrated or changed (SQLite: a read-only connection to a file that must
   * exist; PostgreSQL: read-only sessions). Anything else — a missing file, a directory, a file that
   * is not SQLite, a database without orderbridge's tables, a schema older or newer than this
   * release's — is refused with a `StoreError` that names it, the cause and the fix. Every write
   * method of such a store rejects.
   */
  readOnly?: boolean;
}

/** Whether a `--db` value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * What a `--db` value names: a PostgreSQL URL (`postgres://…` or `postgresql://…`), or a SQLite path
 * (`sqlite:` prefix optional, `:memory:` for a throwaway database). Any other `scheme:` prefix — a
 * misspelt `postgresql:/db`, `mysql://…`, `file:…` — is refused rather than taken as a file name.
 */
export function parseDatabaseUrl(
  url: string,
): { dialect: "postgres"; url: string } | { dialect: "sqlite"; path: string } {
  if (isPostgresUrl(url)) return { dialect: "postgres", url };
  const path = url.replace(/^sqlite:(\/\/)?/i, "");
  // Two or more letters then a colon: a scheme (a single letter is a Windows drive, `C:\…`).
  if (/^[a-z][a-z0-9+.-]+:/i.test(path)) {
    throw new StoreError(
      `${JSON.stringify(url)} is not a PostgreSQL URL (postgres://user@host/db) and not a SQLite path: ` +
        "write postgres://… or postgresql://… for PostgreSQL, or a file path such as ./orderbridge.db for SQLite",
    );
  }
  return { dialect: "sqlite", path };
}

/**
 * Opens the store a `--db` value names: a `postgres://` or `postgresql://` URL, or else a SQLite file
 * path (`sqlite:` prefix optional; `:memory:` for a throwaway database). Call `migrate()` once before
 * the first write. With `readOnly: true` it opens an existing store without changing anything, and
 * refuses anything that is not one (see {@link OpenStoreOptions.readOnly}).
 *
 * @example
 * const store = await openStore("./orderbridge.db");
 * await store.migrate();
 * await store.writeBatch({
 *   orders,
 *   checkpoint: { vendor: "yopoint", account: "app-1", kind: "cabinet", highWaterMark: until },
 * });
 * await store.close();
 */
export async function openStore(
  url: string = DEFAULT_DATABASE,
  options: OpenStoreOptions = {},
): Promise<Store> {
  const target = parseDatabaseUrl(url);
  if (target.dialect === "postgres") {
    return openPostgresStore(target.url, {
      ...(options.now ? { now: options.now } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
      ...(options.readOnly ? { readOnly: true } : {}),
    });
  }
  return openSqliteStore(target.path, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.busyTimeoutMs ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    ...(options.readOnly ? { readOnly: true } : {}),
  });
}
