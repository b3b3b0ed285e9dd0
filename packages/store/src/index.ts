export { canonicalJson } from "./canonical.js";
export { type FileLock, tryLockFile } from "./file-lock.js";
export { type Migration, postgresMigrations, sqliteMigrations } from "./migrations.js";
export {
  DEFAULT_DATABASE,
  isPostgresUrl,
  type OpenStoreOptions,
  openStore,
  parseDatabaseUrl,
} from "./open.js";
export { openPostgresStore, type PostgresStoreOptions } from "./postgres.js";
export { contentHash, LockLostError, StoreError, sha256Hex } from "./rows.js";
export { LATEST_VERSION as SCHEMA_VERSION } from "./schema.js";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite.js";
export type * from "./types.js";
