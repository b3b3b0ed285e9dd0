import type { Order } from "@orderbridge/orders";

export type { Order };

/** An Order as the store gives it back: the Order exactly as written, plus the store's own clocks. */
export type StoredOrder = Order & {
  /** When this store first saw the order (RFC 3339 UTC); never changes afterwards. */
  firstSeenAt: string;
  /** When the stored content last changed (RFC 3339 UTC); an unchanged re-write does not move it. */
  syncedAt: string;
};

/** Where a sync stands for one vendor account: every order before `highWaterMark` is stored. */
export interface Checkpoint {
  vendor: string;
  /** The caller's name for the vendor account (e.g. its app id). */
  account: string;
  /** Exclusive end of the window synced so far, RFC 3339 UTC. */
  highWaterMark: string;
  /** When the checkpoint last moved, RFC 3339 UTC. */
  updatedAt: string;
}

/** A checkpoint to write with a batch. */
export interface CheckpointInput {
  vendor: string;
  account: string;
  /** A Date or an RFC 3339 string with an offset; stored as RFC 3339 UTC with milliseconds. */
  highWaterMark: Date | string;
}

/**
 * A vendor record that could not become an Order. Shaped like `InvalidRecord` from
 * `@orderbridge/core` (what a client's `onInvalidRecord` receives) plus the account, so a sync can
 * pass `{ ...record, account }` straight through.
 */
export interface FailedRecordInput {
  vendor: string;
  /** The caller's name for the vendor account; `""` when not given. */
  account?: string | undefined;
  /** The vendor's order id, when it could be read. */
  id?: string | undefined;
  /** The record as received (lossless-parsed or a string), when there is one. */
  raw?: unknown;
  /** What went wrong: an Error (its `name`, `message` and `path`/`field` are kept) or any value. */
  error: unknown;
}

/** A row of the failed-records table. */
export interface FailedRecord {
  vendor: string;
  account: string;
  /** The vendor's order id, or null when the record had none that could be read. */
  vendorOrderId: string | null;
  /** The record as received, as JSON text (lossless numbers keep their source text), or null. */
  raw: string | null;
  errorName: string;
  errorMessage: string;
  /** The path of the failing field (`data[3].TotalPrice`), when the error names one. */
  errorField: string | null;
  firstSeenAt: string;
  /** When the failure was first seen or last changed (raw or error differ); re-seeing it unchanged does not move it. */
  lastChangedAt: string;
}

/** Everything one {@link Store.writeBatch} call commits together, in one transaction. */
export interface WriteBatch {
  orders?: readonly Order[] | undefined;
  failed?: readonly FailedRecordInput[] | undefined;
  checkpoint?: CheckpointInput | undefined;
}

/** What a {@link Store.writeBatch} call did. */
export interface WriteResult {
  /** Orders this store had not seen. */
  inserted: number;
  /** Orders whose content changed; their `firstSeenAt` is kept. */
  updated: number;
  /** Orders stored already with the same content: not written at all (also earlier duplicates of an id within the batch). */
  unchanged: number;
  /** Failed records written (new, or their raw payload or error changed). */
  failed: number;
  /** Failed records removed because their order was stored successfully in this batch. */
  resolved: number;
  /** Whether the checkpoint moved (it only moves forward). */
  checkpointMoved: boolean;
}

export interface IterateOptions {
  /** Only this vendor's orders. */
  vendor?: string | undefined;
  /** Rows fetched per query (keyset paging by id); default 1000. */
  pageSize?: number | undefined;
}

export interface MigrateResult {
  /** Versions applied by this call (empty when the schema was current). */
  applied: number[];
  /** The schema version after the call. */
  version: number;
}

/**
 * Where unified Orders are kept. Both implementations (SQLite, PostgreSQL) behave the same way and
 * pass the same test suite. Open one with `openStore`.
 */
export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Creates or upgrades the schema; idempotent, safe to call from several processes at once. */
  migrate(): Promise<MigrateResult>;
  /**
   * Writes orders, failed records and a checkpoint in ONE transaction: either all of it is stored or
   * none of it (so a checkpoint never gets ahead of the orders it covers).
   */
  writeBatch(batch: WriteBatch): Promise<WriteResult>;
  /** Records failures on their own (a batch without orders). */
  recordFailures(records: readonly FailedRecordInput[]): Promise<number>;
  getCheckpoint(vendor: string, account: string): Promise<Checkpoint | undefined>;
  getOrder(id: string): Promise<StoredOrder | undefined>;
  /** Streams the stored Orders ordered by `id` (byte order), a page at a time. */
  iterateOrders(options?: IterateOptions): AsyncIterable<StoredOrder>;
  /**
   * Streams the stored Orders as JSON text, one per item, ordered by `id`, without parsing them:
   * the fast path for `export`. Each line equals `JSON.stringify` of what `iterateOrders` yields.
   */
  iterateOrderJson(options?: IterateOptions): AsyncIterable<string>;
  countOrders(options?: { vendor?: string | undefined }): Promise<number>;
  listFailed(options?: { vendor?: string | undefined }): Promise<FailedRecord[]>;
  close(): Promise<void>;
}
