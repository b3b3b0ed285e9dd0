import type { Order, OrderKind } from "@orderbridge/orders";

export type { Order, OrderKind };

/** An Order as the store gives it back: the Order exactly as written, plus the store's own clocks. */
export type StoredOrder = Order & {
  /** When this store first saw the order (RFC 3339 UTC); never changes afterwards. */
  firstSeenAt: string;
  /** When the stored content last changed (RFC 3339 UTC); an unchanged re-write does not move it. */
  syncedAt: string;
};

/**
 * Something worth knowing about how an order was read (a drift in the vendor's data, a value that
 * looks wrong) that did not stop it from being stored: the normalizer's warnings, kept with the order.
 */
export interface OrderNote {
  /** What kind of note: `missing_field`, `null_field`, `unexpected_type`, `unknown_field`, `unknown_code`, or a mapper's own code. */
  code: string;
  /** The vendor field it is about (`data[3].ConsumeBillNumber`), when there is one. */
  field?: string | undefined;
  message: string;
}

/**
 * Where a sync stands for one stream (the orders of one kind of one vendor account): every order
 * before `highWaterMark` is stored.
 */
export interface Checkpoint {
  vendor: string;
  /** The caller's name for the vendor account (e.g. its app id). */
  account: string;
  /** The kind of sale the stream holds. */
  kind: OrderKind;
  /** Exclusive end of the window synced so far, RFC 3339 UTC. */
  highWaterMark: string;
  /** When the checkpoint last moved, RFC 3339 UTC. */
  updatedAt: string;
}

/** A checkpoint to write with a batch. */
export interface CheckpointInput {
  vendor: string;
  account: string;
  /** The kind of sale the stream holds (a vendor account has one checkpoint per kind). */
  kind: OrderKind;
  /** A Date or an RFC 3339 string with an offset; stored as RFC 3339 UTC with milliseconds. */
  highWaterMark: Date | string;
}

/**
 * A vendor record that could not become an Order. Shaped like `InvalidRecord` from
 * `@orderbridge/core` (what a client's `onInvalidRecord` receives) plus the account and kind, so a
 * sync can pass `{ ...record, account, kind }` straight through.
 */
export interface FailedRecordInput {
  vendor: string;
  /** The caller's name for the vendor account; `""` when not given. */
  account?: string | undefined;
  /** The kind of sale the record was read as (its stream); absent when not known. */
  kind?: OrderKind | undefined;
  /** The vendor's order id, when it could be read. */
  id?: string | undefined;
  /**
   * The record as received (lossless-parsed or a string), when there is one, with personal data
   * ALREADY masked as the user asked (`maskRecord` in `@orderbridge/orders`): the store does not know
   * vendor fields and keeps it as given (only registered secrets are redacted).
   */
  raw?: unknown;
  /** What went wrong: an Error (its `name`, `message` and `path`/`field` are kept) or any value. */
  error: unknown;
}

/** Names one row of the failed-records table (what {@link WriteBatch.resolve} deletes). */
export interface FailedRecordRef {
  vendor: string;
  account: string;
  /** {@link FailedRecord.key}. */
  key: string;
}

/** A row of the failed-records table. */
export interface FailedRecord extends FailedRecordRef {
  /** The kind of sale the record was read as, or null when the writer did not say (rows before schema v2 got their vendor's first kind). */
  kind: OrderKind | null;
  /** The vendor's order id, or null when the record had none that could be read. */
  vendorOrderId: string | null;
  /** The record as received (masked as its writer chose), as JSON text (lossless numbers keep their source text), or null. */
  raw: string | null;
  errorName: string;
  errorMessage: string;
  /** The path of the failing field (`data[3].TotalPrice`), when the error names one. */
  errorField: string | null;
  firstSeenAt: string;
  /** When the failure was first seen or last changed (raw or error differ); re-seeing it unchanged does not move it. */
  lastChangedAt: string;
}

/**
 * Everything one {@link Store.writeBatch} call commits together, in one transaction. Every member is
 * optional; an empty batch commits nothing.
 */
export interface WriteBatch {
  /** Orders to store (upserted by `id`; several copies of one id: the last one wins). */
  orders?: readonly Order[] | undefined;
  /**
   * Each order's notes, keyed by Order `id` (an order without an entry has none; entries for ids not
   * in `orders` are ignored). Stored sorted and without duplicates; the content hash covers them, so a
   * note that appears or disappears makes the order `updated`.
   */
  notes?: Readonly<Record<string, readonly OrderNote[]>> | undefined;
  failed?: readonly FailedRecordInput[] | undefined;
  /** Failed records to delete because they now succeeded (a replay): counted in `resolved`. */
  resolve?: readonly FailedRecordRef[] | undefined;
  checkpoint?: CheckpointInput | undefined;
  /**
   * The vendor account the orders came from, for the failed records the store writes itself (an
   * `IdCollision`). Default: the checkpoint's account, else `""`.
   */
  account?: string | undefined;
}

/** What a {@link Store.writeBatch} call did. */
export interface WriteResult {
  /** Orders this store had not seen. */
  inserted: number;
  /** Orders whose content changed; their `firstSeenAt` is kept. */
  updated: number;
  /** Orders stored already with the same content: not written at all (also earlier duplicates of an id within the batch). */
  unchanged: number;
  /**
   * Orders NOT written because their id is stored already with another kind of sale: each became a
   * failed record (`IdCollision`), counted in `failed` when new or changed.
   */
  collisions: number;
  /** Stored orders outside the batch whose `relatedOrderIds` the store extended (pair linking). */
  linked: number;
  /** Failed records written (new, or their raw payload or error changed). */
  failed: number;
  /** Failed records removed: their order was stored in this batch, or `resolve` named them. */
  resolved: number;
  /** Whether the checkpoint moved (it only moves forward). */
  checkpointMoved: boolean;
}

/** Which stored orders a read covers. Filters combine with AND; an absent filter means all. */
export interface OrderFilter {
  /** Only this vendor's orders. */
  vendor?: string | undefined;
  /** Only orders of these kinds of sale (an empty list matches nothing). */
  kind?: readonly OrderKind[] | undefined;
}

export interface IterateOptions extends OrderFilter {
  /** Rows fetched per query (keyset paging by id); default 1000. */
  pageSize?: number | undefined;
}

/** Which failed records, notes or changes a read covers. */
export interface StreamFilter {
  vendor?: string | undefined;
  kind?: readonly OrderKind[] | undefined;
}

export interface MigrateResult {
  /** Versions applied by this call (empty when the schema was current). */
  applied: number[];
  /** The schema version after the call. */
  version: number;
}

/** How a stream's run ended. */
export type RunResult = "ok" | "failed_records" | "error" | "interrupted";

/** What a stream's run counted. */
export interface RunCounts {
  /** Records the vendor gave. */
  seen: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Records that became failed records. */
  failed: number;
  /** Notes on the orders stored. */
  notes: number;
}

/** One run of one stream, as {@link Store.recordRun} takes it. */
export interface SyncRunInput {
  vendor: string;
  account: string;
  kind: OrderKind;
  startedAt: Date | string;
  finishedAt: Date | string;
  result: RunResult;
  /** The window the run covered, when it had one. */
  since?: Date | string | null | undefined;
  until?: Date | string | null | undefined;
  counts: RunCounts;
  /** Why the run failed (`error`, `interrupted`), as the user should read it; registered secrets are redacted. */
  error?: string | null | undefined;
}

/** A row of `sync_runs`. Times are RFC 3339 UTC. */
export interface SyncRun {
  /** Increases with every recorded run. */
  id: number;
  vendor: string;
  account: string;
  kind: OrderKind;
  startedAt: string;
  finishedAt: string;
  result: RunResult;
  since: string | null;
  until: string | null;
  counts: RunCounts;
  error: string | null;
}

/** The Order fields whose changes the change log records. */
export type ChangeField =
  | "status"
  | "paymentStatus"
  | "totalAmount"
  | "paidAmount"
  | "refundedAmount"
  | "duplicateOf";

/** The values of the change-logged fields (`duplicateOf` null when absent). */
export interface ChangeValues {
  status: string;
  paymentStatus: string;
  totalAmount: number;
  paidAmount: number;
  refundedAmount: number;
  duplicateOf: string | null;
}

/** A row of the change log: one stored order whose money or status fields changed in one write. */
export interface OrderChange {
  /** Increases with every logged change. */
  seq: number;
  /** When the store wrote the change (its clock: the order's new `syncedAt`). */
  changedAt: string;
  orderId: string;
  vendor: string;
  kind: OrderKind;
  /** The fields that changed, in {@link ChangeField} order. */
  fields: ChangeField[];
  /** Those fields' values before the write. */
  before: Partial<ChangeValues>;
  /** Those fields' values after the write. */
  after: Partial<ChangeValues>;
}

export interface ListChangesOptions extends StreamFilter {
  /** Changes at or after this time. */
  since: Date | string;
  /** Changes before this time (default: all). */
  until?: Date | string | undefined;
}

/** Failed records grouped by reason. */
export interface FailedGroup {
  vendor: string;
  kind: OrderKind | null;
  /** The failing field, or null when the error named none. */
  field: string | null;
  errorName: string;
  errorMessage: string;
  /** Failed records in the group. */
  count: number;
  /** Up to 5 of their vendor order ids (byte order; records without one are not sampled). */
  sampleVendorOrderIds: string[];
}

/** Notes on stored orders, counted per vendor, kind, code and field. */
export interface NoteCount {
  vendor: string;
  kind: OrderKind;
  code: string;
  field: string | null;
  /** Notes with this code and field. */
  count: number;
  /** Stored orders carrying at least one of them. */
  orders: number;
}

/** Everything `orderbridge status` shows about one stream (one kind of one vendor account). */
export interface StreamStatus {
  vendor: string;
  account: string;
  kind: OrderKind;
  checkpoint: Checkpoint | null;
  /** The stream's latest run (by start time). */
  lastRun: SyncRun | null;
  /** The latest run that recorded an error (may be older than `lastRun`). */
  lastError: SyncRun | null;
  /** Failed records of this vendor account and kind. */
  failedRecords: number;
  /** Stored orders of this vendor and kind (orders are kept per vendor, not per account). */
  storedOrders: number;
  /** Notes on the stored orders of this vendor and kind, by code and field. */
  notes: NoteCount[];
}

/** What {@link Store.status} answers. */
export interface StoreStatus {
  schemaVersion: number;
  /** Every stream that has a checkpoint, a recorded run or a failed record, by vendor, account, kind. */
  streams: StreamStatus[];
  /** Stored orders per vendor and kind, whichever stream (or `serve`) wrote them. */
  orders: { vendor: string; kind: OrderKind; count: number }[];
  /** Failed records that name no kind (written without one), per vendor and account. */
  failedWithoutKind: { vendor: string; account: string; count: number }[];
}

/**
 * Where unified Orders are kept. Both implementations (SQLite, PostgreSQL) behave the same way and
 * pass the same test suite. Open one with `openStore`.
 */
export interface Store extends ReportReads {
  readonly dialect: "sqlite" | "postgres";
  /** Whether the store was opened with `readOnly: true`: every write method rejects with a `StoreError`. */
  readonly readOnly: boolean;
  /**
   * Creates or upgrades the schema; idempotent, safe to call from several processes at once (they
   * wait for each other). Refuses a schema newer than this release knows.
   */
  migrate(): Promise<MigrateResult>;
  /** The schema version of the database (0 when it has none). */
  schemaVersion(): Promise<number>;
  /**
   * Writes orders (with their notes), failed records, resolutions and a checkpoint in ONE
   * transaction: either all of it is stored or none of it (so a checkpoint never gets ahead of the
   * orders it covers). Invariants kept here:
   *
   * - an order's content hash covers its canonical JSON and its notes; an order whose hash is stored
   *   already is not written (its row stays byte-identical), and counts are exact without reading
   *   rows first;
   * - an order whose id is stored with ANOTHER kind is not written: it becomes a failed record
   *   (`IdCollision`), since an overwrite across kinds would lose a sale;
   * - pair linking: an order with `duplicateOf: X` gets X in its `relatedOrderIds`, and X (stored, or
   *   in this batch, whichever comes first) gets the order's id in its own, sorted and unique;
   * - an order stored resolves the failed records of the same vendor, vendor order id and kind.
   */
  writeBatch(batch: WriteBatch): Promise<WriteResult>;
  /** Records failures on their own (a batch without orders). */
  recordFailures(records: readonly FailedRecordInput[]): Promise<number>;
  /** Records one stream run (a row of `sync_runs`); returns it as stored. */
  recordRun(run: SyncRunInput): Promise<SyncRun>;
  getCheckpoint(vendor: string, account: string, kind: OrderKind): Promise<Checkpoint | undefined>;
  /** Every checkpoint, by vendor, account, kind. */
  listCheckpoints(): Promise<Checkpoint[]>;
  getOrder(id: string): Promise<StoredOrder | undefined>;
  /** Streams the stored Orders ordered by `id` (byte order), a page at a time. */
  iterateOrders(options?: IterateOptions): AsyncIterable<StoredOrder>;
  /**
   * Streams the stored Orders as JSON text, one per item, ordered by `id`, without parsing them:
   * the fast path for `export`. Each line equals `JSON.stringify` of what `iterateOrders` yields.
   */
  iterateOrderJson(options?: IterateOptions): AsyncIterable<string>;
  countOrders(options?: OrderFilter): Promise<number>;
  /** Failed records, by vendor, account, key (for `--format jsonl` and replay). */
  listFailed(options?: StreamFilter): Promise<FailedRecord[]>;
  /** Failed records grouped by vendor, kind, field and error; the biggest groups first. */
  failedSummary(options?: StreamFilter): Promise<FailedGroup[]>;
  /** Notes on stored orders counted per vendor, kind, code and field. */
  noteCounts(options?: NoteCountOptions): Promise<NoteCount[]>;
  /** Change-log rows in the order they were written (`changedAt`, then `seq`). */
  listChanges(options: ListChangesOptions): Promise<OrderChange[]>;
  /**
   * The latest run of every stream, by vendor, account, kind; with `account`, only that vendor account's streams
   * (an index lookup: what a worker reads before it syncs one account).
   */
  lastRuns(account?: { vendor: string; account: string }): Promise<SyncRun[]>;
  /**
   * Keeps what a vendor's statement listed for one window of payment times, in ONE transaction: each entry
   * upserted by (vendor, account, reference) — rewritten only when it changed — and the window recorded as
   * read. (The sync calls it once the statement of a window was read to its end.)
   */
  recordStatement(statement: StatementInput): Promise<StatementResult>;
  /** Everything `orderbridge status` shows, in one call. */
  status(): Promise<StoreStatus>;
  /**
   * PostgreSQL only (absent on SQLite): opens a {@link LockSession}, a dedicated connection outside the
   * pool that holds advisory locks and writes what only a lock holder may write. `orderbridge worker`
   * holds its vendor accounts with one.
   */
  openLockSession?(options?: LockSessionOptions): Promise<LockSession>;
  close(): Promise<void>;
}

/**
 * One PostgreSQL advisory lock, in its two-key form (`pg_try_advisory_lock(space, id)`): `space` says what
 * the locks are for (each user of advisory locks in a database picks its own, so they never meet), `id`
 * names the thing locked. Both are whole numbers from 0 to 2^31 − 1.
 */
export interface AdvisoryKey {
  space: number;
  id: number;
}

export interface LockSessionOptions {
  /** Shown as `application_name` in `pg_stat_activity`, so an operator can find the session (default `orderbridge lock session`). */
  applicationName?: string | undefined;
  /**
   * How long a silent peer keeps the session, in seconds. The server is told (`tcp_keepalives_idle`,
   * `tcp_keepalives_interval`, `tcp_keepalives_count`, and `tcp_user_timeout` for data it sent that is never
   * acknowledged): once the client's host has been unreachable for `idle + interval × count` seconds the server
   * ends the session, and every lock it held is free. The client's socket keeps alive too. Default
   * `{ idleSeconds: 10, intervalSeconds: 5, count: 3 }`: 25 s. TCP sessions only (a Unix socket has no peer
   * that can vanish).
   */
  keepalive?: { idleSeconds: number; intervalSeconds: number; count: number } | undefined;
}

/**
 * A dedicated PostgreSQL session (one connection, outside the store's pool) that holds session-level advisory
 * locks, and writes what only the holder of a lock may write.
 *
 * **Invariant: a write made through `fenced(key)` commits only while this session holds `key`.** The write runs on
 * this very session, in one transaction whose first statement checks that the session still holds the lock. A
 * session's locks are released only when it unlocks them or ends, and when it ends, an open transaction on it is
 * rolled back first: so once another session could take the lock, nothing written through this one can land.
 */
export interface LockSession {
  /** The session's server process id (`pg_stat_activity.pid`; `pg_terminate_backend(pid)` ends the session). */
  readonly pid: number;
  /**
   * The keepalive settings as the server reports them for this session (see `LockSessionOptions.keepalive`), and
   * `silentSeconds`, after how long an unreachable client loses the session; null over a Unix socket, where they
   * do not apply.
   */
  readonly keepalive: {
    idleSeconds: number;
    intervalSeconds: number;
    count: number;
    userTimeoutMs: number;
    silentSeconds: number;
  } | null;
  /** False once the connection has ended (closed, or lost). */
  readonly alive: boolean;
  /** Takes the lock unless another session holds it (`pg_try_advisory_lock`; never waits): true when this session holds it now. */
  tryLock(key: AdvisoryKey): Promise<boolean>;
  /** Releases the lock; false when this session did not hold it. */
  unlock(key: AdvisoryKey): Promise<boolean>;
  /** Whether this session holds the lock: a round trip, so it also proves that the session is alive. */
  holds(key: AdvisoryKey): Promise<boolean>;
  /**
   * The store, with every write (`writeBatch`, `recordFailures`, `recordRun`, `recordStatement`) run on this session and fenced on
   * `key`: a write made after the lock was released or the session ended is refused (a {@link LockLostError}, or
   * the connection's own error) and stores nothing. Reads go through the store's pool. Its `close()` does
   * nothing: close the session.
   */
  fenced(key: AdvisoryKey): Store;
  /**
   * Settles with the error once the connection ends other than by `close()` (the server restarted, the session
   * was terminated, the network failed). Never rejects.
   */
  readonly lost: Promise<Error>;
  /** Ends the session (at once if the network does not answer): every lock it holds is released by the server. */
  close(): Promise<void>;
}

/** One order a vendor's settlement statement listed (Baifude 4.3 查询对账单: one entry per pay order). */
export interface StatementEntryInput {
  /** The vendor's own reference for the order in the statement (Baifude: the pay-order number, `paySn`). */
  reference: string;
  /** The Order id the entry names (`baifude:<paySn>`), to hold it against the stored order. */
  orderId: string;
  /** When the statement says the order was paid: a Date or an RFC 3339 string with an offset. */
  paidAt: Date | string;
  /** How many statement lines it had (Baifude lists one line per goods line). */
  lines: number;
  /** The lines' amounts added up, in fen; null when a line had no readable amount. */
  amount: number | null;
}

/** What a vendor's statement listed for one window of payment times, read to its end (the sync records it). */
export interface StatementInput {
  vendor: string;
  /** The caller's name for the vendor account (as in checkpoints). */
  account: string;
  /** The kind of sale the statement is about. */
  kind: OrderKind;
  /** The window the statement was asked for: [since, until), payment times. */
  since: Date | string;
  until: Date | string;
  entries: readonly StatementEntryInput[];
}

/** What {@link Store.recordStatement} did. */
export interface StatementResult {
  /** Entries new or changed (an entry the statement lists again unchanged is not rewritten). */
  written: number;
}

/**
 * Which orders a report covers: those CREATED in [since, until) (the order's `createdAt`), of a vendor and
 * kinds when given. Days are Beijing dates (UTC+8), `YYYY-MM-DD`.
 */
export interface ReportQuery {
  since: Date | string;
  until: Date | string;
  vendor?: string | undefined;
  kind?: readonly OrderKind[] | undefined;
}

/** Orders, paid and refunded per vendor and kind (fen). A sale is counted once: Orders with `duplicateOf` are left out (counted in `duplicates`). */
export interface SalesTotal {
  vendor: string;
  kind: OrderKind;
  orders: number;
  paid: number;
  refunded: number;
  /** Orders of this vendor and kind in the period that carry `duplicateOf` (not in the figures). */
  duplicates: number;
}

/** The same per Beijing day and vendor (Orders with `duplicateOf` left out). */
export interface DailySales {
  day: string;
  vendor: string;
  orders: number;
  paid: number;
  refunded: number;
}

/** Succeeded payments per Beijing day (of the order), vendor and normalized method (fen). */
export interface MethodSales {
  day: string;
  vendor: string;
  method: string;
  payments: number;
  amount: number;
}

/** One store's orders (null store: orders without one). */
export interface StoreSales {
  vendor: string;
  storeId: string | null;
  /** The store's name (the greatest, when its orders carry several). */
  storeName: string | null;
  orders: number;
  paid: number;
  refunded: number;
}

/** Per vendor: `paidAmount` against the succeeded payments, `refundedAmount` against the succeeded refunds. */
export interface AmountCheck {
  vendor: string;
  orders: number;
  paid: number;
  /** Succeeded payments added up. */
  payments: number;
  refunded: number;
  /** Succeeded refunds added up. */
  refunds: number;
  /** Orders whose `paidAmount` is not their payments' sum, or whose `refundedAmount` is not their refunds'. */
  disagreeing: number;
}

/** One order whose amounts disagree. */
export interface AmountMismatch {
  id: string;
  vendor: string;
  kind: OrderKind;
  createdAt: string;
  paid: number;
  payments: number;
  refunded: number;
  refunds: number;
}

export interface AmountChecks {
  vendors: AmountCheck[];
  /** The first `limit` disagreeing orders, by creation time. */
  disagreeing: AmountMismatch[];
}

/** A statement entry, or a stored order, that the other side lacks or disagrees with. */
export interface StatementDifference {
  orderId: string;
  /** The statement's reference (null: the statement does not list it). */
  reference: string | null;
  /** Payment time: the statement's, else the stored order's. */
  paidAt: string;
  /** The statement's amount (null: not listed, or no readable amount). */
  statementAmount: number | null;
  /** The stored order's `totalAmount` (null: not stored). */
  storedAmount: number | null;
}

/**
 * A vendor statement held against the stored orders for the orders PAID in the period (statements list
 * payments): entries against stored orders of the same vendor and kind whose `paidAt` falls in a window the
 * statement was read for.
 */
export interface StatementCheck {
  vendor: string;
  kind: OrderKind;
  /** The parts of the period a statement was read for (merged windows), RFC 3339 UTC. */
  covered: { since: string; until: string }[];
  /** Statement entries paid in the period, and their amount (entries without a readable amount add nothing). */
  statement: { entries: number; amount: number; withoutAmount: number };
  /** Stored orders paid in the covered part of the period, and their `totalAmount`. */
  stored: { orders: number; amount: number };
  /** Stored orders paid in the period outside any covered window (not compared). */
  notCovered: { orders: number; amount: number };
  /** Counts of each list (the lists hold at most `limit` each). */
  counts: { missingFromStore: number; missingFromStatement: number; amountsDiffer: number };
  /** Listed by the statement, not stored. */
  missingFromStore: StatementDifference[];
  /** Stored and paid in a covered window, not listed by the statement. */
  missingFromStatement: StatementDifference[];
  /** On both sides with different amounts. */
  amountsDiffer: StatementDifference[];
}

/** Change-log rows of the orders a report covers, written at or after `changesSince`. */
export interface ChangeSummary {
  /** Change-log rows and the distinct orders they touch. */
  changes: number;
  orders: number;
  /** Per vendor, kind and changed field: rows that changed it, and distinct orders. */
  byField: { vendor: string; kind: OrderKind; field: ChangeField; changes: number; orders: number }[];
  /** The latest `limit` changes, newest first, with the order's creation time. */
  latest: (OrderChange & { orderCreatedAt: string })[];
}

export interface ChangeSummaryQuery extends ReportQuery {
  /** Changes at or after this time. */
  changesSince: Date | string;
  /** How many of the latest changes to list (default 100). */
  limit?: number | undefined;
}

/** Notes counted over the orders created in [since, until) only, when given. */
export interface NoteCountOptions extends StreamFilter {
  since?: Date | string | undefined;
  until?: Date | string | undefined;
}

/**
 * The report's reads: every figure is aggregated by the database (daily rows, never one row per order),
 * the same in both dialects. Part of {@link Store}.
 */
export interface ReportReads {
  salesTotals(query: ReportQuery): Promise<SalesTotal[]>;
  salesByDay(query: ReportQuery): Promise<DailySales[]>;
  paymentsByMethod(query: ReportQuery): Promise<MethodSales[]>;
  /** The `limit` stores with the highest net (paid − refunded), then by vendor and store id. */
  topStores(query: ReportQuery & { limit: number }): Promise<StoreSales[]>;
  amountChecks(query: ReportQuery & { limit: number }): Promise<AmountChecks>;
  /** One per vendor and kind that has statement windows overlapping the period. */
  statementChecks(query: ReportQuery & { limit: number }): Promise<StatementCheck[]>;
  changeSummary(query: ChangeSummaryQuery): Promise<ChangeSummary>;
}
