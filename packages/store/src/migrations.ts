import { orderRow, parseDocument, StoreError } from "./rows.js";
import type { ChangeField, Order } from "./types.js";

/**
 * Versioned schema migrations, one list per dialect. A migration is never edited once released: a
 * change is a new version. `schema_migrations` records which versions a database has.
 *
 * Layout (both dialects, schema v2): `orders` keeps every filterable scalar as a column (amounts in
 * integer fen, `kind`, `duplicate_of`), `items`, `payments`, `refunds`, `vendor_status` and `notes` as JSON (TEXT queried with `json_each` in SQLite,
 * JSONB in PostgreSQL) and the whole Order as canonical JSON in `document`, which is what export
 * reads back. Ids sort by byte order in both (PostgreSQL columns use `COLLATE "C"`). SQLite's JSON
 * columns carry no `json_valid` CHECK: the store writes them as canonical JSON itself, and the check
 * would parse every document again on the hot path.
 */
export interface Migration {
  version: number;
  name: string;
  /** Run first. */
  sql: string;
  /**
   * A rewrite of existing rows that SQL alone cannot do, run by the store between `sql` and `finish`
   * in the same transaction, a page of rows at a time (so memory stays bounded however many rows
   * there are). `"v2-order-kind"`: see {@link rewriteOrderV2}.
   */
  rewrite?: "v2-order-kind";
  /** Run after the rewrite. */
  finish?: string;
}

/**
 * The kind that rows written before schema v2 get: each vendor's first kind, which is what its
 * `orders()` synced up to release 0.1.0. Frozen here, like the SQL: a released migration never changes.
 */
export const V2_FIRST_KIND: Readonly<Record<string, string>> = {
  yopoint: "cabinet",
  baifude: "welfare_mall",
  yikayi: "online_mall",
};

/** `CASE <column> WHEN 'yopoint' THEN 'cabinet' … END` (NULL for a vendor it does not know). */
function firstKindSql(column: string): string {
  return `CASE ${column} ${Object.entries(V2_FIRST_KIND)
    .map(([vendor, kind]) => `WHEN '${vendor}' THEN '${kind}'`)
    .join(" ")} END`;
}

const KNOWN_VENDORS_SQL = Object.keys(V2_FIRST_KIND)
  .map((vendor) => `'${vendor}'`)
  .join(", ");

/** Vendors in a v1 database that schema v2 cannot give a kind (none, for anything orderbridge wrote). */
export const V2_UNKNOWN_VENDORS_SQL = `SELECT vendor FROM orders WHERE vendor NOT IN (${KNOWN_VENDORS_SQL})
UNION SELECT vendor FROM checkpoints WHERE vendor NOT IN (${KNOWN_VENDORS_SQL})`;

/** Rows the v2 rewrite reads per page. */
export const V2_REWRITE_PAGE = 1000;

/**
 * The v2 rewrite of one stored order: its kind (the document's own when it has one, else its
 * vendor's first kind) put into the document, which is re-serialized exactly as today's write path
 * serializes an Order (canonical JSON, via `orderRow`), with its content hash recomputed (no notes).
 * So an old row exports as a valid Order, and a later sync of the same order finds it unchanged.
 */
export function rewriteOrderV2(row: { id: string; vendor: string; document: string }): {
  kind: string;
  duplicateOf: string | null;
  document: string;
  contentHash: string;
} {
  const order = parseDocument(row.document);
  const own = order.kind as string | undefined;
  const kind = typeof own === "string" && own !== "" ? own : V2_FIRST_KIND[row.vendor];
  if (kind === undefined) {
    throw new StoreError(
      `cannot migrate order ${row.id} to schema v2: its vendor ${JSON.stringify(row.vendor)} has no kind of sale orderbridge knows; remove the row or migrate with the release that wrote it`,
    );
  }
  const written = orderRow({ ...order, kind: kind as Order["kind"] });
  return {
    kind,
    duplicateOf: written.duplicateOf,
    document: written.document,
    contentHash: written.contentHash,
  };
}

/**
 * The change-logged Order fields with their columns, in the order `fields` lists them. Schema v2's
 * change-log table and triggers are built from this list, so it is frozen with v2: logging another
 * field is a new migration with its own list.
 */
export const CHANGE_COLUMNS: readonly [field: ChangeField, column: string][] = [
  ["status", "status"],
  ["paymentStatus", "payment_status"],
  ["totalAmount", "total_amount"],
  ["paidAmount", "paid_amount"],
  ["refundedAmount", "refunded_amount"],
  ["duplicateOf", "duplicate_of"],
];

function changeLogColumns(): string {
  return CHANGE_COLUMNS.map(([, column]) => `${column}_before, ${column}_after`).join(", ");
}

function changeLogValues(): string {
  return CHANGE_COLUMNS.map(([, column]) => `OLD.${column}, NEW.${column}`).join(", ");
}

function changedCondition(distinct: string): string {
  return CHANGE_COLUMNS.map(([, column]) => `OLD.${column} ${distinct} NEW.${column}`).join(" OR ");
}

const SQLITE_V2_FINISH = `
DROP TABLE orders;
ALTER TABLE orders_v2 RENAME TO orders;
CREATE INDEX orders_created_at ON orders (created_at);
CREATE INDEX orders_kind ON orders (kind, id);
CREATE INDEX orders_duplicate_of ON orders (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX orders_with_notes ON orders (kind) WHERE notes <> '[]';

CREATE TRIGGER orders_kind_is_fixed BEFORE UPDATE OF kind ON orders
WHEN OLD.kind IS NOT NEW.kind
BEGIN
  SELECT RAISE(ABORT, 'orderbridge: the kind of a stored order never changes');
END;

CREATE TABLE order_changes (
  seq                   INTEGER PRIMARY KEY,
  changed_at            TEXT NOT NULL,
  order_id              TEXT NOT NULL,
  vendor                TEXT NOT NULL,
  kind                  TEXT NOT NULL,
  fields                TEXT NOT NULL,
  status_before         TEXT,
  status_after          TEXT,
  payment_status_before TEXT,
  payment_status_after  TEXT,
  total_amount_before   INTEGER,
  total_amount_after    INTEGER,
  paid_amount_before    INTEGER,
  paid_amount_after     INTEGER,
  refunded_amount_before INTEGER,
  refunded_amount_after INTEGER,
  duplicate_of_before   TEXT,
  duplicate_of_after    TEXT
) STRICT;
CREATE INDEX order_changes_changed_at ON order_changes (changed_at);
CREATE INDEX order_changes_order_id ON order_changes (order_id);

CREATE TRIGGER orders_change_log AFTER UPDATE ON orders
WHEN ${changedCondition("IS NOT")}
BEGIN
  INSERT INTO order_changes (changed_at, order_id, vendor, kind, fields, ${changeLogColumns()})
  VALUES (NEW.synced_at, NEW.id, NEW.vendor, NEW.kind,
    '[' || rtrim(${CHANGE_COLUMNS.map(
      ([field, column]) => `CASE WHEN OLD.${column} IS NOT NEW.${column} THEN '"${field}",' ELSE '' END`,
    ).join(" || ")}, ',') || ']',
    ${changeLogValues()});
END;

CREATE TABLE checkpoints_v2 (
  vendor          TEXT NOT NULL,
  account         TEXT NOT NULL,
  kind            TEXT NOT NULL,
  high_water_mark TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (vendor, account, kind)
) STRICT;
INSERT INTO checkpoints_v2 (vendor, account, kind, high_water_mark, updated_at)
  SELECT vendor, account, ${firstKindSql("vendor")}, high_water_mark, updated_at FROM checkpoints;
DROP TABLE checkpoints;
ALTER TABLE checkpoints_v2 RENAME TO checkpoints;

ALTER TABLE failed_records ADD COLUMN kind TEXT;
UPDATE failed_records SET kind = ${firstKindSql("vendor")}, record_key = ${firstKindSql("vendor")} || ':' || record_key
  WHERE vendor IN (${KNOWN_VENDORS_SQL});

CREATE TABLE sync_runs (
  id          INTEGER PRIMARY KEY,
  vendor      TEXT NOT NULL,
  account     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  result      TEXT NOT NULL CHECK (result IN ('ok', 'failed_records', 'error', 'interrupted')),
  since       TEXT,
  until       TEXT,
  counts      TEXT NOT NULL,
  error       TEXT
) STRICT;
CREATE INDEX sync_runs_stream ON sync_runs (vendor, account, kind, started_at);
`;

/**
 * Schema v3: what a vendor's own settlement statement said (Baifude 4.3 查询对账单), kept by the sync as
 * it enumerates, so a report can hold the stored orders against it. `statement_entries` has one row per
 * order the statement listed (its reference, the Order id it names, when it was paid, how many statement
 * lines and their amount in fen — null when a line had no readable amount); `statement_windows` records
 * each payment-time window whose statement was read to the end, so a report can tell "the statement does
 * not list this order" from "no statement was read for that time". Nothing else changes.
 */
const SQLITE_V3 = `
CREATE TABLE statement_entries (
  vendor        TEXT NOT NULL,
  account       TEXT NOT NULL,
  kind          TEXT NOT NULL,
  reference     TEXT NOT NULL,
  order_id      TEXT NOT NULL,
  paid_at       TEXT NOT NULL,
  lines         INTEGER NOT NULL,
  amount        INTEGER,
  first_seen_at TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (vendor, account, reference)
) STRICT;
CREATE INDEX statement_entries_paid_at ON statement_entries (vendor, paid_at);
CREATE INDEX statement_entries_order_id ON statement_entries (order_id);

CREATE TABLE statement_windows (
  vendor      TEXT NOT NULL,
  account     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  since       TEXT NOT NULL,
  until       TEXT NOT NULL,
  entries     INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (vendor, account, kind, since, until)
) STRICT;
`;

const POSTGRES_V3 = `
CREATE TABLE statement_entries (
  vendor        TEXT NOT NULL,
  account       TEXT NOT NULL,
  kind          TEXT NOT NULL,
  reference     TEXT COLLATE "C" NOT NULL,
  order_id      TEXT COLLATE "C" NOT NULL,
  paid_at       TIMESTAMPTZ NOT NULL,
  lines         INTEGER NOT NULL,
  amount        BIGINT,
  first_seen_at TIMESTAMPTZ NOT NULL,
  updated_at    TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (vendor, account, reference)
);
CREATE INDEX statement_entries_paid_at ON statement_entries (vendor, paid_at);
CREATE INDEX statement_entries_order_id ON statement_entries (order_id);

CREATE TABLE statement_windows (
  vendor      TEXT NOT NULL,
  account     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  since       TIMESTAMPTZ NOT NULL,
  until       TIMESTAMPTZ NOT NULL,
  entries     INTEGER NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (vendor, account, kind, since, until)
);
`;

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: "orders, failed records, checkpoints",
    sql: `
CREATE TABLE orders (
  id              TEXT PRIMARY KEY,
  vendor          TEXT NOT NULL,
  vendor_order_id TEXT NOT NULL,
  order_no        TEXT NOT NULL,
  status          TEXT NOT NULL,
  payment_status  TEXT NOT NULL,
  currency        TEXT NOT NULL,
  total_amount    INTEGER NOT NULL,
  paid_amount     INTEGER NOT NULL,
  refunded_amount INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  paid_at         TEXT,
  updated_at      TEXT,
  store_id        TEXT,
  store_name      TEXT,
  customer_id     TEXT,
  vendor_status   TEXT NOT NULL,
  items           TEXT NOT NULL,
  payments        TEXT NOT NULL,
  refunds         TEXT NOT NULL,
  document        TEXT NOT NULL,
  content_hash    TEXT NOT NULL,
  first_seen_at   TEXT NOT NULL,
  synced_at       TEXT NOT NULL
) STRICT;
CREATE INDEX orders_created_at ON orders (created_at);

CREATE TABLE failed_records (
  vendor          TEXT NOT NULL,
  account         TEXT NOT NULL,
  record_key      TEXT NOT NULL,
  vendor_order_id TEXT,
  raw             TEXT,
  error_name      TEXT NOT NULL,
  error_message   TEXT NOT NULL,
  error_field     TEXT,
  content_hash    TEXT NOT NULL,
  first_seen_at   TEXT NOT NULL,
  last_changed_at TEXT NOT NULL,
  PRIMARY KEY (vendor, account, record_key)
) STRICT;
CREATE INDEX failed_records_vendor_order ON failed_records (vendor, vendor_order_id);

CREATE TABLE checkpoints (
  vendor          TEXT NOT NULL,
  account         TEXT NOT NULL,
  high_water_mark TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (vendor, account)
) STRICT;
`,
  },
  {
    version: 2,
    name: "order kinds, notes, pair links, checkpoints per stream, sync runs, change log",
    // SQLite cannot add a NOT NULL column without a default, nor change a primary key: orders and
    // checkpoints are rebuilt (orders row by row, through the v2 rewrite).
    sql: `
CREATE TABLE orders_v2 (
  id              TEXT PRIMARY KEY,
  vendor          TEXT NOT NULL,
  kind            TEXT NOT NULL,
  vendor_order_id TEXT NOT NULL,
  order_no        TEXT NOT NULL,
  status          TEXT NOT NULL,
  payment_status  TEXT NOT NULL,
  currency        TEXT NOT NULL,
  total_amount    INTEGER NOT NULL,
  paid_amount     INTEGER NOT NULL,
  refunded_amount INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  paid_at         TEXT,
  updated_at      TEXT,
  store_id        TEXT,
  store_name      TEXT,
  customer_id     TEXT,
  vendor_status   TEXT NOT NULL,
  items           TEXT NOT NULL,
  payments        TEXT NOT NULL,
  refunds         TEXT NOT NULL,
  duplicate_of    TEXT,
  notes           TEXT NOT NULL,
  document        TEXT NOT NULL,
  content_hash    TEXT NOT NULL,
  first_seen_at   TEXT NOT NULL,
  synced_at       TEXT NOT NULL
) STRICT;
`,
    rewrite: "v2-order-kind",
    finish: SQLITE_V2_FINISH,
  },
  {
    version: 3,
    name: "vendor statements (what a vendor's own settlement statement listed) and the windows they cover",
    sql: SQLITE_V3,
  },
];

const POSTGRES_V2_FINISH = `
ALTER TABLE orders ALTER COLUMN kind SET NOT NULL;
CREATE INDEX orders_kind ON orders (kind, id);
CREATE INDEX orders_duplicate_of ON orders (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX orders_with_notes ON orders (kind) WHERE notes <> '[]'::jsonb;

CREATE OR REPLACE FUNCTION orderbridge_refuse_kind_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'orderbridge: the kind of a stored order never changes (% is stored as %, not %)',
    OLD.id, OLD.kind, NEW.kind USING ERRCODE = 'OB001';
END $$;
CREATE TRIGGER orders_kind_is_fixed BEFORE UPDATE OF kind ON orders
  FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION orderbridge_refuse_kind_change();

CREATE TABLE order_changes (
  seq                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  changed_at             TIMESTAMPTZ NOT NULL,
  order_id               TEXT COLLATE "C" NOT NULL,
  vendor                 TEXT NOT NULL,
  kind                   TEXT NOT NULL,
  fields                 JSONB NOT NULL,
  status_before          TEXT,
  status_after           TEXT,
  payment_status_before  TEXT,
  payment_status_after   TEXT,
  total_amount_before    BIGINT,
  total_amount_after     BIGINT,
  paid_amount_before     BIGINT,
  paid_amount_after      BIGINT,
  refunded_amount_before BIGINT,
  refunded_amount_after  BIGINT,
  duplicate_of_before    TEXT,
  duplicate_of_after     TEXT
);
CREATE INDEX order_changes_changed_at ON order_changes (changed_at);
CREATE INDEX order_changes_order_id ON order_changes (order_id);

CREATE OR REPLACE FUNCTION orderbridge_log_order_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_changes (changed_at, order_id, vendor, kind, fields, ${changeLogColumns()})
  VALUES (NEW.synced_at, NEW.id, NEW.vendor, NEW.kind,
    to_jsonb(array_remove(ARRAY[${CHANGE_COLUMNS.map(
      ([field, column]) => `CASE WHEN OLD.${column} IS DISTINCT FROM NEW.${column} THEN '${field}' END`,
    ).join(", ")}]::text[], NULL)),
    ${changeLogValues()});
  RETURN NULL;
END $$;
CREATE TRIGGER orders_change_log AFTER UPDATE ON orders
  FOR EACH ROW WHEN (${changedCondition("IS DISTINCT FROM")}) EXECUTE FUNCTION orderbridge_log_order_change();

ALTER TABLE checkpoints ADD COLUMN kind TEXT;
UPDATE checkpoints SET kind = ${firstKindSql("vendor")};
ALTER TABLE checkpoints ALTER COLUMN kind SET NOT NULL, DROP CONSTRAINT checkpoints_pkey,
  ADD PRIMARY KEY (vendor, account, kind);

ALTER TABLE failed_records ADD COLUMN kind TEXT;
UPDATE failed_records SET kind = ${firstKindSql("vendor")}, record_key = ${firstKindSql("vendor")} || ':' || record_key
  WHERE vendor IN (${KNOWN_VENDORS_SQL});

CREATE TABLE sync_runs (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  vendor      TEXT NOT NULL,
  account     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  started_at  TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ NOT NULL,
  result      TEXT NOT NULL CHECK (result IN ('ok', 'failed_records', 'error', 'interrupted')),
  since       TIMESTAMPTZ,
  until       TIMESTAMPTZ,
  counts      JSONB NOT NULL,
  error       TEXT
);
CREATE INDEX sync_runs_stream ON sync_runs (vendor, account, kind, started_at);
`;

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: "orders, failed records, checkpoints",
    sql: `
CREATE TABLE orders (
  id              TEXT COLLATE "C" PRIMARY KEY,
  vendor          TEXT NOT NULL,
  vendor_order_id TEXT NOT NULL,
  order_no        TEXT NOT NULL,
  status          TEXT NOT NULL,
  payment_status  TEXT NOT NULL,
  currency        TEXT NOT NULL,
  total_amount    BIGINT NOT NULL,
  paid_amount     BIGINT NOT NULL,
  refunded_amount BIGINT NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  paid_at         TIMESTAMPTZ,
  updated_at      TIMESTAMPTZ,
  store_id        TEXT,
  store_name      TEXT,
  customer_id     TEXT,
  vendor_status   JSONB NOT NULL,
  items           JSONB NOT NULL,
  payments        JSONB NOT NULL,
  refunds         JSONB NOT NULL,
  document        JSON NOT NULL,
  content_hash    TEXT NOT NULL,
  first_seen_at   TIMESTAMPTZ NOT NULL,
  synced_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX orders_created_at ON orders (created_at);

CREATE TABLE failed_records (
  vendor          TEXT NOT NULL,
  account         TEXT NOT NULL,
  record_key      TEXT COLLATE "C" NOT NULL,
  vendor_order_id TEXT,
  raw             TEXT,
  error_name      TEXT NOT NULL,
  error_message   TEXT NOT NULL,
  error_field     TEXT,
  content_hash    TEXT NOT NULL,
  first_seen_at   TIMESTAMPTZ NOT NULL,
  last_changed_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (vendor, account, record_key)
);
CREATE INDEX failed_records_vendor_order ON failed_records (vendor, vendor_order_id);

CREATE TABLE checkpoints (
  vendor          TEXT NOT NULL,
  account         TEXT NOT NULL,
  high_water_mark TIMESTAMPTZ NOT NULL,
  updated_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (vendor, account)
);
`,
  },
  {
    version: 2,
    name: "order kinds, notes, pair links, checkpoints per stream, sync runs, change log",
    sql: `
ALTER TABLE orders ADD COLUMN kind TEXT, ADD COLUMN duplicate_of TEXT COLLATE "C",
  ADD COLUMN notes JSONB NOT NULL DEFAULT '[]';
`,
    rewrite: "v2-order-kind",
    finish: POSTGRES_V2_FINISH,
  },
  {
    version: 3,
    name: "vendor statements (what a vendor's own settlement statement listed) and the windows they cover",
    sql: POSTGRES_V3,
  },
];
