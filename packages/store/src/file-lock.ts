import Database from "better-sqlite3";
import { StoreError } from "./rows.js";

/** An exclusive lock on a file, held by this process (see {@link tryLockFile}). */
export interface FileLock {
  /** The lock file. */
  readonly path: string;
  /** Releases the lock (the file stays, for the next holder); calling it again does nothing. */
  release(): void;
}

/**
 * Takes an exclusive lock on `path` (created when missing) that this process holds until `release()` or until
 * it ends, however it ends: the lock is SQLite's own file lock on a small SQLite database (a POSIX advisory
 * lock, held by the open file), so the operating system drops it with the process — unlike a pid file, it can
 * never go stale. Resolves to undefined when another process holds it; never waits.
 *
 * `orderbridge worker` on a SQLite store takes one beside the store, so that a second worker on the same file
 * is refused while the first runs.
 *
 * @example
 * const lock = tryLockFile("./orderbridge.db.worker-lock");
 * if (!lock) throw new Error("another worker runs on ./orderbridge.db");
 * // … work …
 * lock.release();
 */
export function tryLockFile(path: string): FileLock | undefined {
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: 0 });
  } catch (error) {
    throw lockFailure(path, error);
  }
  try {
    // In exclusive locking mode SQLite keeps every lock it took until the connection closes; BEGIN EXCLUSIVE
    // takes the strongest one at once, or fails with SQLITE_BUSY when another connection has any.
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("CREATE TABLE IF NOT EXISTS lock_holder (note TEXT)");
    db.exec("COMMIT");
  } catch (error) {
    db.close();
    if ((error as { code?: unknown }).code === "SQLITE_BUSY") return undefined;
    throw lockFailure(path, error);
  }
  return {
    path,
    release() {
      if (db.open) db.close();
    },
  };
}

function lockFailure(path: string, error: unknown): StoreError {
  return new StoreError(
    `cannot lock ${path} (${(error as Error).message}): make its directory writable by this user, or remove the file if it is not orderbridge's`,
    {},
    { cause: error },
  );
}
