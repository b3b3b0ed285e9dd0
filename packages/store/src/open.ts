import { openPostgresStore } from "./postgres.js";
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
}

/** Whether a `--db` value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens the store a `--db` value names: a `postgres://` or `postgresql://` URL, or else a SQLite file
 * path (`sqlite:` prefix optional; `:memory:` for a throwaway database). Call `migrate()` once before
 * the first write.
 *
 * @example
 * const store = await openStore("./orderbridge.db");
 * await store.migrate();
 * await store.writeBatch({ orders, checkpoint: { vendor: "yopoint", account: "app-1", highWaterMark: until } });
 * await store.close();
 */
export async function openStore(
  url: string = DEFAULT_DATABASE,
  options: OpenStoreOptions = {},
): Promise<Store> {
  if (isPostgresUrl(url)) {
    return openPostgresStore(url, {
      ...(options.now ? { now: options.now } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    });
  }
  const path = url.replace(/^sqlite:(\/\/)?/i, "");
  return openSqliteStore(path, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.busyTimeoutMs ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
  });
}
