/**
 * Versioned schema migrations, one list per dialect. A migration is never edited once released: a
 * change is a new version. `schema_migrations` records which versions a database has.
 *
 * Layout (both dialects): `orders` keeps every filterable scalar as a column (amounts in integer fen),
 * `items`, `payments`, `refunds` and `vendor_status` as JSON (TEXT queried with `json_each` in SQLite,
 * JSONB in PostgreSQL) and the whole Order as canonical JSON in `document`, which is what export
 * reads back. Ids sort by byte order in both (PostgreSQL columns use `COLLATE "C"`). SQLite's JSON
 * columns carry no `json_valid` CHECK: the store writes them as canonical JSON itself, and the check
 * would parse every document again on the hot path.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

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
];

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
];
