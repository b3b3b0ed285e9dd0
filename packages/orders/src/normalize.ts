import { formatIssuePath, type OrderbridgeError, parseJsonLossless, toPlainJson } from "@orderbridge/core";
import type { z } from "zod";
import { MappingContext, type NormalizeOptions } from "./context.js";
import { NormalizeError } from "./errors.js";
import type { Order, Vendor } from "./generated/order.js";
import { BaifudePayOrderSchema, idField, mapBaifudeOrder } from "./mappers/baifude.js";
import { mapYikayiOrder, YikayiGoodsBillSchema } from "./mappers/yikayi.js";
import { mapYopointOrder, YopointCabinetOrderSchema } from "./mappers/yopoint.js";
import { OrderSchema } from "./order-schema.js";
import { isVendor } from "./vendors.js";
import type { NormalizeWarning } from "./warnings.js";

export type { NormalizeOptions };

/** An Order and what deserves a second look about it. */
export interface NormalizeResult {
  order: Order;
  warnings: NormalizeWarning[];
}

interface VendorMapping {
  schema: z.ZodType;
  /** The field holding the vendor's order key, for error messages. */
  idKey: string;
  map(source: never, ctx: MappingContext): Order;
  /** The envelope's success check: field and success value (as text). */
  envelope: { codeKey: string; ok: string; messageKey: string };
}

const MAPPINGS: Record<Vendor, VendorMapping> = {
  yopoint: {
    schema: YopointCabinetOrderSchema,
    idKey: "ReceiptNo",
    map: mapYopointOrder,
    envelope: { codeKey: "error_code", ok: "0", messageKey: "error_msg" },
  },
  baifude: {
    schema: BaifudePayOrderSchema,
    idKey: "sn",
    map: mapBaifudeOrder,
    envelope: { codeKey: "code", ok: "0", messageKey: "msg" },
  },
  yikayi: {
    schema: YikayiGoodsBillSchema,
    idKey: "BillNumber",
    map: mapYikayiOrder,
    envelope: { codeKey: "status", ok: "0", messageKey: "message" },
  },
};

function mappingFor(vendor: string): VendorMapping {
  if (!isVendor(vendor)) {
    throw new NormalizeError({ vendor, field: "vendor", reason: `unknown vendor ${JSON.stringify(vendor)}` });
  }
  return MAPPINGS[vendor];
}

/**
 * Normalizes one vendor order (as received: lossless-parsed, or plain JSON) into a unified Order.
 * Unknown status or payment codes map to documented fallbacks and come back as warnings; a payload that
 * cannot be an order throws a {@link NormalizeError} naming the vendor, the order id and the field.
 *
 * @example
 * const { order, warnings } = normalize("yikayi", parseJsonLossless(text));
 * order.totalAmount; // 17000 for TotalMoney 170.0000
 */
export function normalize(
  vendor: Vendor | string,
  raw: unknown,
  options: NormalizeOptions = {},
): NormalizeResult {
  const mapping = mappingFor(vendor);
  const orderId = idField(raw, mapping.idKey);
  const parsed = options.validatedInput
    ? { success: true as const, data: raw }
    : mapping.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new NormalizeError({
      vendor,
      orderId,
      field: formatIssuePath(issue.path),
      reason: issue.message,
    });
  }
  const ctx = new MappingContext(vendor as Vendor, orderId ?? "", options);
  let order: Order;
  try {
    order = mapping.map(parsed.data as never, ctx);
  } catch (error) {
    if (error instanceof NormalizeError) throw error;
    // A mapper bug must not take the run down either; it is reported against the order like bad data.
    throw new NormalizeError(
      { vendor, orderId, field: "(root)", reason: (error as Error).message },
      { cause: error },
    );
  }
  if (options.includeRaw) order.raw = toPlainJson(raw) as Record<string, unknown>;
  const checked = OrderSchema.safeParse(order);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
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

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The order records inside a parsed payload: an order, an array of them, or a vendor response envelope. */
function recordsOf(mapping: VendorMapping, vendor: string, payload: unknown): unknown[] {
  if (Array.isArray(payload)) return payload;
  if (!isRecordObject(payload)) return [payload];
  const { codeKey, ok, messageKey } = mapping.envelope;
  const isEnvelope = codeKey in payload && !(mapping.idKey in payload);
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
  if (isRecordObject(data) && Array.isArray(data.data) && !(mapping.idKey in data)) return data.data;
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
 * Normalizes raw vendor JSON text — one order, an array of orders, a whole API response envelope, or JSON
 * lines — parsed losslessly. Returns one entry per record: the Order, or the {@link NormalizeError} that
 * explains why it is not one. A payload that is not JSON or is a vendor error envelope gives a single
 * error entry; nothing throws except for an unknown vendor.
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
  const mapping = mappingFor(vendor);
  let records: unknown[];
  try {
    records = parsePayload(vendor, text).flatMap((payload) => recordsOf(mapping, vendor, payload));
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
