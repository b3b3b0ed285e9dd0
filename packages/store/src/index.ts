export { canonicalJson } from "./canonical.js";
export { type Migration, postgresMigrations, sqliteMigrations } from "./migrations.js";
export { DEFAULT_DATABASE, isPostgresUrl, type OpenStoreOptions, openStore } from "./open.js";
export { openPostgresStore, type PostgresStoreOptions } from "./postgres.js";
export { StoreError, sha256Hex } from "./rows.js";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite.js";
export type * from "./types.js";
