import { createHash } from "node:crypto";
import {
  isLosslessNumber,
  OrderbridgeError,
  parseJsonLossless,
  redact,
  toRfc3339Utc,
} from "@orderbridge/core";
import { canonicalJson, canonicalObjectJson } from "./canonical.js";
import type { FailedRecordInput, Order, OrderNote, StoredOrder } from "./types.js";

/** A store could not be opened, migrated or written. */
export class StoreError extends OrderbridgeError {}

/**
 * A write refused because the advisory lock it was fenced on is no longer held by its session
 * (`LockSession.fenced`): another session may hold it now. Nothing of the write was stored.
 */
export class LockLostError extends StoreError {}

/** One order as it goes into the `orders` table. */
export interface OrderRow {
  id: string;
  vendor: string;
  kind: string;
  vendorOrderId: string;
  orderNo: string;
  status: string;
  paymentStatus: string;
  currency: string;
  totalAmount: number;
  paidAmount: number;
  refundedAmount: number;
  createdAt: string;
  paidAt: string | null;
  updatedAt: string | null;
  storeId: string | null;
  storeName: string | null;
  customerId: string | null;
  vendorStatus: string;
  items: string;
  payments: string;
  refunds: string;
  duplicateOf: string | null;
  /** The order's notes as canonical JSON (`[]` when none). */
  notes: string;
  /** The Order as canonical JSON, without the store clocks. */
  document: string;
  /** {@link contentHash} of `document` and `notes`. */
  contentHash: string;
}

/** The store's own clocks are not part of an Order's content (a re-sync must not change the hash). */
const STORE_CLOCKS = new Set(["firstSeenAt", "syncedAt"]);

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * What an order's stored content hash covers: sha256 (hex) of its document, followed — only when it
 * has notes — by a newline and the notes' canonical JSON. An order without notes hashes exactly as
 * in schema v1 (sha256 of the document).
 */
export function contentHash(document: string, notes: string): string {
  return sha256Hex(notes === "[]" ? document : `${document}\n${notes}`);
}

/**
 * An order's notes as the store keeps them: canonical JSON of `{code, field?, message}` objects,
 * without duplicates, sorted by that text (so the order a normalizer found them in does not change
 * the hash). `[]` when none.
 */
export function notesJson(notes: readonly OrderNote[] | undefined, orderId: string): string {
  if (notes === undefined || notes.length === 0) return "[]";
  const texts = new Set<string>();
  for (const note of notes) {
    if (typeof note?.code !== "string" || note.code === "" || typeof note.message !== "string") {
      throw new StoreError(
        `a note of ${orderId} needs a code and a message (got ${JSON.stringify(note)}): pass { code, field?, message }`,
      );
    }
    const field = note.field as unknown;
    if (field !== undefined && field !== null && typeof field !== "string") {
      throw new StoreError(`a note of ${orderId} has a field that is not a string (${JSON.stringify(note)})`);
    }
    texts.add(
      canonicalJson(
        field === undefined || field === null
          ? { code: note.code, message: note.message }
          : { code: note.code, field, message: note.message },
      ),
    );
  }
  return `[${[...texts].sort().join(",")}]`;
}

/**
 * The `relatedOrderIds` the store keeps for an order: the order's own, plus `extra` (orders that say
 * they duplicate it, or the one it duplicates), sorted by code unit and unique. Undefined when there
 * are none and the order had none.
 */
export function mergeRelated(order: Order, extra: Iterable<string> | undefined): string[] | undefined {
  const own = order.relatedOrderIds;
  const ids = new Set<string>(own ?? []);
  if (extra) for (const id of extra) if (id !== order.id) ids.add(id);
  if (ids.size === 0) return own === undefined ? undefined : [...own];
  return [...ids].sort(byCodeUnit);
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function orNull(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

/**
 * The row for one Order with its notes (canonical JSON from {@link notesJson}). Only what is needed
 * to key it is checked here (`id` must be a string); a missing column (a kind, say) or a fractional
 * amount is refused by the database itself, inside the transaction.
 */
export function orderRow(order: Order, notes = "[]"): OrderRow {
  if (typeof order?.id !== "string" || order.id === "") {
    throw new StoreError(`an Order without a string id cannot be stored (got ${typeof order?.id})`);
  }
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(order)) {
    if (!STORE_CLOCKS.has(key)) content[key] = (order as unknown as Record<string, unknown>)[key];
  }
  const vendorStatus = canonicalJson(order.vendorStatus ?? {});
  const items = canonicalJson(order.items ?? []);
  const payments = canonicalJson(order.payments ?? []);
  const refunds = canonicalJson(order.refunds ?? []);
  // The JSON columns' texts are exactly the document's members: serialize them once.
  const known: Record<string, string> = {};
  if (order.vendorStatus !== undefined && order.vendorStatus !== null) known["vendorStatus"] = vendorStatus;
  if (order.items !== undefined && order.items !== null) known["items"] = items;
  if (order.payments !== undefined && order.payments !== null) known["payments"] = payments;
  if (order.refunds !== undefined && order.refunds !== null) known["refunds"] = refunds;
  const document = canonicalObjectJson(content, known);
  return {
    id: order.id,
    vendor: order.vendor,
    kind: order.kind,
    vendorOrderId: order.vendorOrderId,
    orderNo: order.orderNo,
    status: order.status,
    paymentStatus: order.paymentStatus,
    currency: order.currency,
    totalAmount: order.totalAmount,
    paidAmount: order.paidAmount,
    refundedAmount: order.refundedAmount,
    createdAt: order.createdAt,
    paidAt: orNull(order.paidAt),
    updatedAt: orNull(order.updatedAt),
    storeId: orNull(order.store?.id),
    storeName: orNull(order.store?.name),
    customerId: orNull(order.customer?.id),
    vendorStatus,
    items,
    payments,
    refunds,
    duplicateOf: orNull(order.duplicateOf),
    notes,
    document,
    contentHash: contentHash(document, notes),
  };
}

/** One failure as it goes into the `failed_records` table. */
export interface FailedRow {
  vendor: string;
  account: string;
  kind: string | null;
  /**
   * `id:<vendor order id>` when there is one, else `sha256:<hash of raw>`, prefixed with `<kind>:`
   * when the kind is known: re-seeing a record of the same stream updates its row.
   */
  recordKey: string;
  vendorOrderId: string | null;
  raw: string | null;
  errorName: string;
  errorMessage: string;
  errorField: string | null;
  /** sha256 over raw and error: an unchanged failure is not rewritten. */
  contentHash: string;
}

export function failedRow(record: FailedRecordInput): FailedRow {
  if (typeof record?.vendor !== "string" || record.vendor === "") {
    throw new StoreError("a failed record needs its vendor");
  }
  const raw =
    record.raw === undefined
      ? null
      : redact(typeof record.raw === "string" ? record.raw : canonicalJson(record.raw));
  const error = record.error as
    | { name?: unknown; message?: unknown; path?: unknown; field?: unknown }
    | null
    | undefined;
  const isObject = typeof error === "object" && error !== null;
  const errorName = isObject && typeof error.name === "string" ? error.name : "Error";
  const errorMessage = redact(
    isObject && typeof error.message === "string" ? error.message : String(record.error),
  );
  const field = isObject
    ? typeof error.path === "string"
      ? error.path
      : typeof error.field === "string"
        ? error.field
        : null
    : null;
  const vendorOrderId =
    record.id === undefined || record.id === null || record.id === "" ? null : String(record.id);
  const given = record.kind as string | undefined;
  const kind = typeof given === "string" && given !== "" ? given : null;
  const key = vendorOrderId !== null ? `id:${vendorOrderId}` : `sha256:${sha256Hex(raw ?? "")}`;
  return {
    vendor: record.vendor,
    account: record.account ?? "",
    kind,
    recordKey: kind === null ? key : `${kind}:${key}`,
    vendorOrderId,
    raw,
    errorName,
    errorMessage,
    errorField: field,
    contentHash: sha256Hex(canonicalJson([raw, errorName, errorMessage, field])),
  };
}

/** Failures keyed like the table's primary key, the last one winning (one statement may not touch a row twice). */
export function failedRows(records: readonly FailedRecordInput[]): FailedRow[] {
  const byKey = new Map<string, FailedRow>();
  for (const record of records) {
    const row = failedRow(record);
    byKey.set(JSON.stringify([row.vendor, row.account, row.recordKey]), row);
  }
  return [...byKey.values()];
}

export function checkpointMark(value: Date | string): string {
  return toRfc3339Utc(value);
}

/**
 * Adds the store clocks to a stored document without parsing it: the document is a JSON object, so
 * the clocks go before its closing brace.
 */
export function storedOrderJson(document: string, firstSeenAt: string, syncedAt: string): string {
  const clocks = `"firstSeenAt":${JSON.stringify(firstSeenAt)},"syncedAt":${JSON.stringify(syncedAt)}}`;
  return document === "{}" ? `{${clocks}` : `${document.slice(0, -1)},${clocks}`;
}

/** Parses a stored document (an Order without the store clocks), exactly: see {@link parseStoredOrder}. */
export function parseDocument(document: string): Order {
  return parseStoredOrder(document) as Order;
}

/**
 * Parses a stored Order. Every field the mapper produced is plain JSON, so `JSON.parse` is exact;
 * only `raw` (the vendor payload) can hold numbers that JSON.parse would round, so an Order with
 * `raw` is parsed losslessly and keeps such numbers as `LosslessNumber`.
 */
export function parseStoredOrder(json: string): StoredOrder {
  const plain = JSON.parse(json) as StoredOrder;
  if (plain.raw === undefined) return plain;
  return plainWhereExact(parseJsonLossless(json)) as StoredOrder;
}

function plainWhereExact(value: unknown): unknown {
  if (isLosslessNumber(value)) {
    const number = Number(value.value);
    return String(number) === value.value ? number : value;
  }
  if (Array.isArray(value)) return value.map(plainWhereExact);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = plainWhereExact(item);
    return out;
  }
  return value;
}

/** Masks the password of a database URL for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:****@");
  }
}
