import {
  type DecimalInput,
  fromUnixTime,
  maskPersonalData,
  OrderbridgeError,
  parseFen,
  parseYuanToFen,
  shanghaiLocalToUtc,
} from "@orderbridge/core";
import { NormalizeError } from "./errors.js";
import type { FlowStatus, Order, OrderKind, Vendor } from "./generated/order.js";
import type { NormalizeWarning } from "./warnings.js";

/** Options every mapper takes. */
export interface NormalizeOptions {
  /** Keep mobile numbers, open ids and payer accounts in the clear (default: masked, `138****8000`). */
  includePersonalData?: boolean;
  /** Attach the vendor payload as received (`raw`, plain JSON, decimals as their source text). */
  includeRaw?: boolean;
  /**
   * The record is already the output of the vendor client's schema (what `client.orders()` yields), so
   * it is not validated a second time. Leave unset for payloads from anywhere else.
   */
  validatedInput?: boolean;
}

/** A table from a vendor code (as text) to what it means, with a documented fallback for codes not in it. */
export interface CodeTable<T extends string> {
  readonly field: string;
  readonly entries: Readonly<Record<string, T>>;
  readonly fallback: T;
}

const MOBILE = /^(?:\+?86)?1\d{10}$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * What a mapper uses to read one vendor order: money and time parsing that names the field on failure,
 * code tables that fall back and warn, masking of personal data. One context per order.
 */
export class MappingContext {
  readonly warnings: NormalizeWarning[] = [];

  constructor(
    readonly vendor: Vendor,
    readonly orderId: string,
    readonly options: NormalizeOptions = {},
  ) {}

  fail(field: string, reason: string, cause?: unknown): never {
    throw new NormalizeError(
      { vendor: this.vendor, orderId: this.orderId || undefined, field, reason },
      { cause },
    );
  }

  private parse<T>(field: string, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof OrderbridgeError) return this.fail(field, error.message, error);
      throw error;
    }
  }

  /** An amount the vendor states in fen (`150190`, `"150190"`, `"150190.00"`). */
  fen(field: string, value: DecimalInput | null | undefined): number {
    if (value === null || value === undefined) return this.fail(field, "amount missing");
    const fen = this.parse(field, () => parseFen(value));
    if (fen < 0) return this.fail(field, `negative amount ${fen}`);
    return fen;
  }

  /** An amount the vendor states in yuan (`"170.0000"` -> 17000, `"4.35"` -> 435), half-up below the fen. */
  yuan(field: string, value: DecimalInput | null | undefined): number {
    if (value === null || value === undefined) return this.fail(field, "amount missing");
    const fen = this.parse(field, () => parseYuanToFen(value));
    if (fen < 0) return this.fail(field, `negative amount ${fen}`);
    return fen;
  }

  /** A Beijing-local `yyyy-MM-dd HH:mm:ss` as RFC 3339 UTC. */
  localTime(field: string, value: string): string {
    return this.parse(field, () => shanghaiLocalToUtc(value));
  }

  /** As {@link localTime}, `undefined` for null, undefined or an empty string. */
  optionalLocalTime(field: string, value: string | null | undefined): string | undefined {
    return value ? this.localTime(field, value) : undefined;
  }

  /** Unix seconds (or milliseconds) as RFC 3339 UTC; 0 and absent mean "no time". */
  unixTime(field: string, value: number | string | null | undefined): string | undefined {
    if (value === null || value === undefined || value === 0 || value === "0" || value === "")
      return undefined;
    return this.parse(field, () => fromUnixTime(value).toISOString());
  }

  /** Looks a vendor code up; an unknown code yields the table's fallback and a warning. */
  lookup<T extends string>(table: CodeTable<T>, code: unknown, field: string = table.field): T {
    const text = code === null || code === undefined ? "null" : String(code);
    const hit = Object.hasOwn(table.entries, text) ? table.entries[text] : undefined;
    if (hit !== undefined) return hit;
    this.warn({
      code: "unknown_code",
      field,
      value: text,
      fallback: table.fallback,
      message: `unknown ${field} ${text}; mapped to ${table.fallback}`,
    });
    return table.fallback;
  }

  warn(warning: Omit<NormalizeWarning, "vendor" | "orderId">): void {
    this.warnings.push({ vendor: this.vendor, orderId: this.orderId, ...warning });
  }

  /** A mobile number, open id, account or IP: masked unless the caller asked for personal data. */
  personal(value: string | null | undefined): string | undefined {
    if (value === null || value === undefined || value === "") return undefined;
    return this.options.includePersonalData ? value : maskPersonalData(value);
  }

  /** A name or id that is personal data only when it is a mobile number or an IP address (Baifude `receiver`). */
  personalIfContact(value: string | null | undefined): string | undefined {
    if (value === null || value === undefined || value === "") return undefined;
    return MOBILE.test(value) || IPV4.test(value) ? this.personal(value) : value;
  }

  /** Whether a value looks like a mainland mobile number. */
  static isMobile(value: string | null | undefined): value is string {
    return typeof value === "string" && MOBILE.test(value);
  }
}

/** The parts of an Order a mapper fills; the totals and the payment status are settled by {@link settleOrder}. */
export type MappedOrder = Omit<
  Order,
  "id" | "vendor" | "kind" | "currency" | "paidAmount" | "refundedAmount" | "paymentStatus"
> & {
  /** Base payment status from the vendor's code table, before refunds are applied. */
  paymentStatus: Order["paymentStatus"];
  /** The vendor's own paid total when it states one; otherwise the succeeded payments are summed. */
  paidAmount?: number;
};

function sumSucceeded(entries: readonly { amount: number; status: FlowStatus }[]): number {
  return entries.reduce((sum, entry) => (entry.status === "succeeded" ? sum + entry.amount : sum), 0);
}

/**
 * Applies the rules every vendor shares: `paidAmount` (the vendor's figure, else the succeeded payments),
 * `refundedAmount` (the succeeded refunds), and `paymentStatus` = the vendor's base status, except that money
 * shown as paid makes an `unpaid` code `paid`, and succeeded refunds make a paid order `refunded` (all of
 * `paidAmount`) or `partially_refunded` (part of it).
 */
export function settleOrder(
  ctx: MappingContext,
  kind: OrderKind,
  mapped: MappedOrder,
  paidField: string,
): Order {
  const paymentsTotal = sumSucceeded(mapped.payments);
  const paidAmount = mapped.paidAmount ?? paymentsTotal;
  if (mapped.paidAmount !== undefined && mapped.payments.length > 0 && paymentsTotal !== paidAmount) {
    ctx.warn({
      code: "amounts_disagree",
      field: paidField,
      message: `${paidField} is ${paidAmount} fen but the succeeded payments add up to ${paymentsTotal} fen`,
    });
  }
  const refundedAmount = sumSucceeded(mapped.refunds);
  let paymentStatus = mapped.paymentStatus;
  if (paymentStatus === "unpaid" && paidAmount > 0) paymentStatus = "paid";
  if (paymentStatus === "paid" || paymentStatus === "refunded" || paymentStatus === "partially_refunded") {
    if (refundedAmount > 0) paymentStatus = refundedAmount >= paidAmount ? "refunded" : "partially_refunded";
    else if (paidAmount > 0) paymentStatus = "paid";
  }
  if (refundedAmount > paidAmount) {
    ctx.warn({
      code: "refunds_exceed_paid",
      field: paidField,
      message: `succeeded refunds add up to ${refundedAmount} fen, more than the ${paidAmount} fen paid`,
    });
  }
  const {
    paidAmount: _vendorPaid,
    paymentStatus: _base,
    vendorOrderId,
    orderNo,
    status,
    vendorStatus,
    totalAmount,
    ...rest
  } = mapped;
  return {
    id: `${ctx.vendor}:${vendorOrderId}`,
    vendor: ctx.vendor,
    kind,
    vendorOrderId,
    orderNo,
    status,
    paymentStatus,
    vendorStatus,
    currency: "CNY",
    totalAmount,
    paidAmount,
    refundedAmount,
    ...compact(rest),
  };
}

/** Drops `undefined` members so outputs compare and serialize cleanly. */
export function compact<T extends object>(value: T): T {
  // A plain loop: this runs several times per order, and entries/filter/fromEntries allocate three times.
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    if (item !== undefined) out[key] = item;
  }
  return out as T;
}
