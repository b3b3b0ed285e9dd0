import type { OrderbridgeError } from "@orderbridge/core/errors";
import { parseJsonLossless, toPlainJson } from "@orderbridge/core/json";
import { formatIssuePath } from "@orderbridge/core/paths";
import { toDate } from "@orderbridge/core/time";
import { MappingContext, type NormalizeOptions } from "./context.js";
import { type CompiledRecordChecks, compiledRecordValidator } from "./decode/compiled.js";
import { decodeRecord } from "./decode/decode.js";
import { CompiledPolicy, type FieldPolicy } from "./decode/policy.js";
import type { RecordValidator } from "./decode/validator.js";
import { NormalizeError } from "./errors.js";
import type { Order, OrderKind, Vendor } from "./generated/order.js";
import { isOrder, orderIssues } from "./generated/order.validators.js";
import {
  BAIFUDE_PAY_ORDER_CHECKS,
  BAIFUDE_PAY_ORDER_FIELDS,
  idField,
  mapBaifudeOrder,
} from "./mappers/baifude.js";
import { mapYikayiOrder, YIKAYI_GOODS_ORDER_CHECKS, YIKAYI_GOODS_ORDER_FIELDS } from "./mappers/yikayi.js";
import { mapYikayiSale, YIKAYI_SALE_CHECKS, YIKAYI_SALE_FIELDS } from "./mappers/yikayi-sale.js";
import { mapYopointOrder, YOPOINT_CABINET_CHECKS, YOPOINT_CABINET_FIELDS } from "./mappers/yopoint.js";
import {
  mapYopointVendingOrder,
  YOPOINT_VENDING_CHECKS,
  YOPOINT_VENDING_FIELDS,
} from "./mappers/yopoint-vending.js";
import { isOrderKind, isVendor, KINDS_BY_VENDOR, VENDOR_OF_KIND } from "./vendors.js";
import type { NormalizeWarning } from "./warnings.js";

export type { NormalizeOptions };

/** An Order and what deserves a second look about it (stored with the order as its notes). */
export interface NormalizeResult {
  order: Order;
  warnings: NormalizeWarning[];
}

/** How one kind of sale is decoded and mapped. */
interface KindMapping {
  kind: OrderKind;
  validator: RecordValidator<unknown>;
  policy: CompiledPolicy;
  /** The vendor's order key in an undecoded record, for error messages. */
  idOf(raw: unknown): string | undefined;
  map(source: never, ctx: MappingContext): Order;
  /** The vendor field the sync window filters on, named by `outside_window` warnings. */
  windowField: string;
}

/** How a vendor's whole responses look, for {@link normalizePayload}. */
interface VendorEnvelope {
  /** The field holding the vendor's order key in a record, to tell a record from an envelope. */
  idKey: string;
  /** The envelope's success check: field and success value (as text). */
  codeKey: string;
  ok: string;
  messageKey: string;
}

function kindMapping(
  kind: OrderKind,
  checks: CompiledRecordChecks,
  policy: FieldPolicy,
  idOf: (raw: unknown) => string | undefined,
  map: (source: never, ctx: MappingContext) => Order,
  windowField: string,
): KindMapping {
  return {
    kind,
    validator: compiledRecordValidator(checks, policy),
    policy: new CompiledPolicy(policy),
    idOf,
    map,
    windowField,
  };
}

const saleIdOf = (raw: unknown) =>
  raw !== null && typeof raw === "object"
    ? idField((raw as { note?: unknown }).note, "BillNumber")
    : undefined;

const MAPPINGS: Record<OrderKind, KindMapping> = {
  cabinet: kindMapping(
    "cabinet",
    YOPOINT_CABINET_CHECKS,
    YOPOINT_CABINET_FIELDS,
    (raw) => idField(raw, "ReceiptNo"),
    mapYopointOrder,
    "PayTime",
  ),
  vending: kindMapping(
    "vending",
    YOPOINT_VENDING_CHECKS,
    YOPOINT_VENDING_FIELDS,
    (raw) => idField(raw, "ReceiptNo"),
    mapYopointVendingOrder,
    "PayTime",
  ),
  welfare_mall: kindMapping(
    "welfare_mall",
    BAIFUDE_PAY_ORDER_CHECKS,
    BAIFUDE_PAY_ORDER_FIELDS,
    (raw) => idField(raw, "sn"),
    mapBaifudeOrder,
    "endPayTime",
  ),
  online_mall: kindMapping(
    "online_mall",
    YIKAYI_GOODS_ORDER_CHECKS,
    YIKAYI_GOODS_ORDER_FIELDS,
    (raw) => idField(raw, "BillNumber"),
    mapYikayiOrder,
    "SubmitTime",
  ),
  in_store: kindMapping(
    "in_store",
    YIKAYI_SALE_CHECKS,
    YIKAYI_SALE_FIELDS,
    saleIdOf,
    mapYikayiSale,
    "note.OperateTime",
  ),
};

const ENVELOPES: Record<Vendor, VendorEnvelope> = {
  yopoint: { idKey: "ReceiptNo", codeKey: "error_code", ok: "0", messageKey: "error_msg" },
  baifude: { idKey: "sn", codeKey: "code", ok: "0", messageKey: "msg" },
  yikayi: { idKey: "BillNumber", codeKey: "status", ok: "0", messageKey: "message" },
};

function checkVendor(vendor: string): Vendor {
  if (!isVendor(vendor)) {
    throw new NormalizeError({ vendor, field: "vendor", reason: `unknown vendor ${JSON.stringify(vendor)}` });
  }
  return vendor;
}

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The kind of sale a vendor record is, told from its shape: a `{ note, items }` object is a 1card1 sale at
 * the till (`in_store`); a Yopoint record with `TID` and neither `CID` nor `Products` is a vending-machine
 * order (`vending`); anything else is the vendor's first kind (`cabinet`, `welfare_mall`, `online_mall`).
 *
 * @example
 * detectKind("yikayi", { note, items }); // "in_store"
 */
export function detectKind(vendor: Vendor, raw: unknown): OrderKind {
  if (isRecordObject(raw)) {
    if (vendor === "yikayi" && "note" in raw && "items" in raw) return "in_store";
    if (vendor === "yopoint" && "TID" in raw && !("CID" in raw) && !("Products" in raw)) return "vending";
  }
  return KINDS_BY_VENDOR[vendor][0];
}

function kindFor(vendor: Vendor, raw: unknown, kind: OrderKind | undefined): KindMapping {
  if (kind === undefined) return MAPPINGS[detectKind(vendor, raw)];
  if (!isOrderKind(kind) || VENDOR_OF_KIND[kind] !== vendor) {
    throw new NormalizeError({
      vendor,
      field: "kind",
      reason: `${JSON.stringify(kind)} is not a kind of sale ${vendor} offers (${KINDS_BY_VENDOR[vendor].join(", ")})`,
    });
  }
  return MAPPINGS[kind];
}

/** How far outside the synced window an order's placing time may fall before it is warned about. */
export const WINDOW_SLACK_MS = 24 * 60 * 60 * 1000;

function checkWindow(
  ctx: MappingContext,
  order: Order,
  window: NonNullable<NormalizeOptions["window"]>,
  field: string,
): void {
  const since = toDate(window.since).getTime() - WINDOW_SLACK_MS;
  const until = toDate(window.until).getTime() + WINDOW_SLACK_MS;
  if (isWithin(order.createdAt, since, until) || isWithin(order.paidAt, since, until)) return;
  ctx.warn({
    code: "outside_window",
    field,
    message:
      `placed at ${order.paidAt ?? order.createdAt}, more than a day outside the window being synced ` +
      `[${toDate(window.since).toISOString()}, ${toDate(window.until).toISOString()})`,
  });
}

function isWithin(time: string | undefined, since: number, until: number): boolean {
  if (time === undefined) return false;
  const t = Date.parse(time);
  return t >= since && t < until;
}

/**
 * Normalizes one vendor record (as received: lossless-parsed, or plain JSON) into a unified Order.
 *
 * The record is decoded tolerantly, strict where it matters (see the package README): a field the mapping
 * needs (identity, money, the times that place the order, status codes) that is missing or unreadable throws
 * a {@link NormalizeError} naming the vendor, the order id and the field; anything else that differs from the
 * vendor spec (a passed-on field missing, `null`, of another type; a field the spec does not know; an unknown
 * code) still gives an Order, with a warning. `validatedInput` skips the decoding for records a client has
 * validated already.
 *
 * @example
 * const { order, warnings } = normalize("yikayi", parseJsonLossless(text));
 * order.totalAmount; // 17000 for TotalMoney 170.0000
 * normalize("yopoint", consumerOrder, { kind: "vending", window: { since, until } });
 */
export function normalize(
  vendor: Vendor | string,
  raw: unknown,
  options: NormalizeOptions = {},
): NormalizeResult {
  const known = checkVendor(vendor);
  const mapping = kindFor(known, raw, options.kind);
  const orderId = mapping.idOf(raw);
  const ctx = new MappingContext(known, orderId ?? "", options, mapping.policy);
  const source = options.validatedInput ? raw : decodeRecord(mapping.validator, mapping.policy, raw, ctx);
  let order: Order;
  try {
    order = mapping.map(source as never, ctx);
  } catch (error) {
    if (error instanceof NormalizeError) throw error;
    // A mapper bug must not take the run down either; it is reported against the order like bad data.
    throw new NormalizeError(
      { vendor, orderId, field: "(root)", reason: (error as Error).message },
      { cause: error },
    );
  }
  if (options.window) checkWindow(ctx, order, options.window, mapping.windowField);
  if (options.includeRaw) order.raw = toPlainJson(raw) as Record<string, unknown>;
  // The Order's own check, compiled from specs/order.schema.json (a mapper bug must not reach the store).
  if (!isOrder(order)) {
    const issue = orderIssues(order)[0]!;
    throw new NormalizeError({
      vendor,
      orderId,
      field: `(Order) ${formatIssuePath(issue.path)}`,
      reason: issue.message,
    });
  }
  return { order, warnings: ctx.warnings };
}

/** One record of a payload: an Order with its warnings, or why it is not one. */
export type PayloadRecord =
  | ({ ok: true; index: number } & NormalizeResult)
  | { ok: false; index: number; error: NormalizeError; raw: unknown };

/**
 * The order records inside a parsed payload: an order, an array of them, or a vendor response envelope
 * (a list's paginator too: cabinet.order.list and consumer.order.list alike).
 */
function recordsOf(envelope: VendorEnvelope, vendor: string, payload: unknown): unknown[] {
  if (Array.isArray(payload)) return payload;
  if (!isRecordObject(payload)) return [payload];
  const { codeKey, ok, messageKey } = envelope;
  const isEnvelope = codeKey in payload && !(envelope.idKey in payload);
  if (!isEnvelope) return [payload];
  const code = String(toPlainJson(payload[codeKey]));
  if (code !== ok) {
    const message = payload[messageKey];
    throw new NormalizeError({
      vendor,
      field: codeKey,
      reason: `the payload is a vendor error response (${codeKey} ${code}${typeof message === "string" ? `: ${message}` : ""})`,
    });
  }
  const data = payload.data;
  if (data === null || data === undefined) return [];
  if (Array.isArray(data)) return data;
  // Yopoint lists are a paginator ({ total, per_page, data: [...] }); the docs' example shows one order instead.
  if (isRecordObject(data) && Array.isArray(data.data) && !(envelope.idKey in data)) return data.data;
  return [data];
}

function parsePayload(vendor: string, text: string): unknown[] {
  try {
    return [parseJsonLossless(text, { vendor })];
  } catch (error) {
    // JSON lines (one order per line) are accepted too.
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
    if (lines.length > 1) {
      try {
        return lines.map((line) => parseJsonLossless(line, { vendor }));
      } catch {
        // fall through to the original error
      }
    }
    throw new NormalizeError(
      { vendor, field: "(json)", reason: (error as OrderbridgeError).message },
      { cause: error },
    );
  }
}

/**
 * Normalizes raw vendor JSON text — one order, an array of orders, a whole API response envelope (a
 * cabinet.order.list or consumer.order.list paginator too), or JSON lines — parsed losslessly. For 1card1
 * sales at the till, the payload is a `{ note, items }` object or an array of them. Each record's kind is
 * `options.kind`, else told from its shape ({@link detectKind}). Returns one entry per record: the Order,
 * or the {@link NormalizeError} that explains why it is not one. A payload that is not JSON or is a vendor
 * error envelope gives a single error entry; nothing throws except for an unknown vendor.
 *
 * @example
 * for (const record of normalizePayload("baifude", await readStdin())) {
 *   if (record.ok) console.log(JSON.stringify(record.order));
 *   else console.error(record.error.message);
 * }
 */
export function normalizePayload(
  vendor: Vendor | string,
  text: string,
  options: NormalizeOptions = {},
): PayloadRecord[] {
  const envelope = ENVELOPES[checkVendor(vendor)];
  let records: unknown[];
  try {
    records = parsePayload(vendor, text).flatMap((payload) => recordsOf(envelope, vendor, payload));
  } catch (error) {
    return [{ ok: false, index: 0, error: error as NormalizeError, raw: undefined }];
  }
  return records.map((raw, index) => {
    try {
      return { ok: true as const, index, ...normalize(vendor, raw, options) };
    } catch (error) {
      if (!(error instanceof NormalizeError)) throw error;
      return { ok: false as const, index, error, raw };
    }
  });
}
