import { postgresMigrations, sqliteMigrations } from "./migrations.js";

/** The schema version this release writes and reads (the same in both dialects). */
export const LATEST_VERSION = sqliteMigrations.at(-1)!.version;

if (postgresMigrations.at(-1)!.version !== LATEST_VERSION) {
  throw new Error("the SQLite and PostgreSQL migrations must end at the same version");
}

// The messages a store that cannot be used answers with: what it is, why not, what to do. `where`
// names the database as the user gave it (a path, or a URL without its password); `db` is what to
// pass to `--db`.

export function schemaMissingMessage(where: string, fix: string): string {
  return `${where} is not an orderbridge store (no schema_migrations table): ${fix}`;
}

export function olderSchemaMessage(where: string, version: number, db: string): string {
  return `${where} was written by an older orderbridge (schema v${version}); run orderbridge sync once to migrate it (orderbridge sync --db ${db})`;
}

export function newerSchemaMessage(where: string, version: number): string {
  return `${where} was written by a newer orderbridge (schema v${version}; this release knows up to v${LATEST_VERSION}): upgrade orderbridge to use it`;
}

export function notMigratedMessage(where: string, version: number): string {
  return version === 0
    ? `${where} has no orderbridge schema yet: call migrate() first`
    : `${where} has schema v${version}, this release needs v${LATEST_VERSION}: call migrate() first`;
}

export function readOnlyRefusal(where: string, what: string): string {
  return `${where} was opened read-only: ${what} needs it opened for writing (openStore without readOnly)`;
}
