import { createHash } from "node:crypto";
import {
  isLosslessNumber,
  OrderbridgeError,
  parseJsonLossless,
  redact,
  toRfc3339Utc,
} from "@orderbridge/core";
import { canonicalJson, canonicalObjectJson } from "./canonical.js";
import type { FailedRecordInput, Order, StoredOrder } from "./types.js";

/** A store could not be opened, migrated or written. */
export class StoreError extends OrderbridgeError {}

/** One order as it goes into the `orders` table. */
export interface OrderRow {
  id: string;
  vendor: string;
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
  /** The Order as canonical JSON, without the store clocks. */
  document: string;
  /** sha256 (hex) of `document`. */
  contentHash: string;
}

/** The store's own clocks are not part of an Order's content (a re-sync must not change the hash). */
const STORE_CLOCKS = new Set(["firstSeenAt", "syncedAt"]);

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function orNull(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

/**
 * The row for one Order. Only what is needed to key it is checked here (`id` must be a string); a
 * missing column or a fractional amount is refused by the database itself, inside the transaction.
 */
export function orderRow(order: Order): OrderRow {
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
    document,
    contentHash: sha256Hex(document),
  };
}

/**
 * Rows for a batch: one per id (a later duplicate replaces an earlier one — the earlier ones count as
 * unchanged), sorted by id so that concurrent writers lock rows in the same order and cannot deadlock.
 */
export function orderRows(orders: readonly Order[]): { rows: OrderRow[]; duplicates: number } {
  const byId = new Map<string, OrderRow>();
  for (const order of orders) {
    const row = orderRow(order);
    byId.delete(row.id);
    byId.set(row.id, row);
  }
  const rows = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rows, duplicates: orders.length - rows.length };
}

/** One failure as it goes into the `failed_records` table. */
export interface FailedRow {
  vendor: string;
  account: string;
  /** `id:<vendor order id>` when there is one, else `sha256:<hash of raw>`: re-seeing a record updates its row. */
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
  const recordKey = vendorOrderId !== null ? `id:${vendorOrderId}` : `sha256:${sha256Hex(raw ?? "")}`;
  return {
    vendor: record.vendor,
    account: record.account ?? "",
    recordKey,
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
