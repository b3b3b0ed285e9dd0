import { OrderbridgeError } from "@orderbridge/core/errors";
import {
  type DecimalInput,
  decimalText,
  hasSubFenDigits,
  parseFen,
  parseYuanToFen,
} from "@orderbridge/core/money";
import { maskPersonalData } from "@orderbridge/core/redact";
import { shanghaiLocalToUtc, unixTimeToUtc } from "@orderbridge/core/time";
import { type CompiledPolicy, policyPathOfField } from "./decode/policy.js";
import { NormalizeError } from "./errors.js";
import type { FlowStatus, Order, OrderKind, Vendor } from "./generated/order.js";
import type { NormalizeWarning } from "./warnings.js";

/** Options every mapper takes. */
export interface NormalizeOptions {
  /**
   * Which kind of sale the record is (`cabinet`, `vending`, `welfare_mall`, `online_mall`, `in_store`). Default:
   * told from the record's shape (a `{ note, items }` object is a 1card1 sale at the till; a Yopoint record
   * with `TID` and neither `CID` nor `Products` is a vending-machine order), else the vendor's first kind.
   */
  kind?: OrderKind;
  /**
   * The window being synced. An order whose placing times (createdAt and paidAt) both fall more than a day
   * outside it gets an `outside_window` warning: the vendor returned it for a window it does not belong to.
   */
  window?: { since: Date | string; until: Date | string };
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

/**
 * Where a line's field is, given lazily: `field` with each `[]` replaced by the next index (`items[].Price`, 2 ->
 * `items[2].Price`). Mappers pass the template and the index, so no field name is built unless a warning or an
 * error needs it.
 */
export type LineIndex = number | readonly number[] | undefined;

export function fieldName(field: string, index: LineIndex): string {
  if (index === undefined) return field;
  const indexes = typeof index === "number" ? [index] : index;
  let at = 0;
  return field.replace(/\[\]/g, () => `[${indexes[at++] ?? ""}]`);
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
    /** What the mapping needs; without one every field is treated as needed (a bad value fails). */
    readonly policy?: CompiledPolicy,
  ) {}

  /** Whether `field` (`Products[2].Price`) is only passed on: a bad value there warns instead of failing. */
  isPassedOn(field: string): boolean {
    return this.policy !== undefined && !this.policy.isNeeded(policyPathOfField(field));
  }

  /** A needed field fails the record; a passed-on one warns `unexpected_type` and is left out. */
  private unreadable(field: string, reason: string, cause?: unknown): undefined {
    if (!this.isPassedOn(field)) return this.fail(field, reason, cause);
    this.warn({
      code: "unexpected_type",
      field,
      message: `${field}: ${reason}; left out of the Order (still in raw)`,
    });
    return undefined;
  }

  fail(field: string, reason: string, cause?: unknown): never {
    throw new NormalizeError(
      { vendor: this.vendor, orderId: this.orderId || undefined, field, reason },
      { cause },
    );
  }

  /** Rethrows a core parse error as the failure of `field`. */
  private failParse(field: string, index: LineIndex, error: unknown): never {
    if (error instanceof OrderbridgeError) return this.fail(fieldName(field, index), error.message, error);
    throw error;
  }

  /** An amount the vendor states in fen (`150190`, `"150190"`, `"150190.00"`); `index` fills `field`'s `[]`. */
  fen(field: string, value: DecimalInput | null | undefined, index?: LineIndex): number {
    if (value === null || value === undefined) return this.fail(fieldName(field, index), "amount missing");
    let fen: number;
    try {
      fen = parseFen(value);
    } catch (error) {
      return this.failParse(field, index, error);
    }
    if (fen < 0) return this.fail(fieldName(field, index), `negative amount ${fen}`);
    return fen;
  }

  /**
   * An amount the vendor states in yuan (`"170.0000"` -> 17000, `"4.35"` -> 435), half-up below the fen. A
   * value with digits past the fen (`0.001`) is rounded and warned about (`sub_fen_amount`, exact text).
   */
  yuan(field: string, value: DecimalInput | null | undefined, index?: LineIndex): number {
    if (value === null || value === undefined) return this.fail(fieldName(field, index), "amount missing");
    let fen: number;
    try {
      fen = parseYuanToFen(value);
    } catch (error) {
      return this.failParse(field, index, error);
    }
    if (fen < 0) return this.fail(fieldName(field, index), `negative amount ${fen}`);
    if (hasSubFenDigits(value)) {
      const text = decimalText(value);
      const name = fieldName(field, index);
      this.warn({
        code: "sub_fen_amount",
        field: name,
        value: text,
        message: `${name} ${text} yuan has digits below the fen; rounded half-up to ${fen} fen`,
      });
    }
    return fen;
  }

  /** A Beijing-local `yyyy-MM-dd HH:mm:ss` as RFC 3339 UTC. */
  localTime(field: string, value: string): string {
    try {
      return shanghaiLocalToUtc(value);
    } catch (error) {
      return this.failParse(field, undefined, error);
    }
  }

  /**
   * As {@link localTime}, `undefined` for null, undefined or an empty string. An unreadable passed-on time
   * warns and is left out; a needed one fails.
   */
  optionalLocalTime(field: string, value: string | null | undefined, index?: LineIndex): string | undefined {
    if (!value) return undefined;
    try {
      return shanghaiLocalToUtc(value);
    } catch (error) {
      if (error instanceof OrderbridgeError)
        return this.unreadable(fieldName(field, index), error.message, error);
      throw error;
    }
  }

  /**
   * Unix seconds (or milliseconds) as RFC 3339 UTC; 0 and absent mean "no time". Only 2000-01-01 ..
   * 2100-01-01 is read (core `fromUnixTime`): anything else is unreadable — a needed time fails the record,
   * a passed-on one warns and is left out.
   */
  unixTime(field: string, value: unknown): string | undefined {
    if (value === null || value === undefined || value === 0 || value === "0" || value === "")
      return undefined;
    try {
      return unixTimeToUtc(typeof value === "number" ? value : String(value));
    } catch (error) {
      if (error instanceof OrderbridgeError) return this.unreadable(field, error.message, error);
      throw error;
    }
  }

  /** Looks a vendor code up; an unknown code yields the table's fallback and a warning. */
  lookup<T extends string>(
    table: CodeTable<T>,
    code: unknown,
    fieldTemplate: string = table.field,
    index?: LineIndex,
  ): T {
    const text =
      typeof code === "number" ? String(code) : code === null || code === undefined ? "null" : String(code);
    const hit = Object.hasOwn(table.entries, text) ? table.entries[text] : undefined;
    if (hit !== undefined) return hit;
    const field = fieldName(fieldTemplate, index);
    const warning = {
      code: "unknown_code" as const,
      field,
      value: text,
      fallback: table.fallback,
      message: `unknown ${field} ${text}; mapped to ${table.fallback}`,
    };
    // The decoder may have reported the same code already (outside the spec's enum): complete that warning.
    const reported = this.warnings.find(
      (w) => w.code === "unknown_code" && w.field === field && w.value === text && w.fallback === undefined,
    );
    if (reported) Object.assign(reported, warning);
    else this.warn(warning);
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
  let sum = 0;
  for (let i = 0; i < entries.length; i++) if (entries[i]!.status === "succeeded") sum += entries[i]!.amount;
  return sum;
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
  const order: Order = {
    id: `${ctx.vendor}:${mapped.vendorOrderId}`,
    vendor: ctx.vendor,
    kind,
    vendorOrderId: mapped.vendorOrderId,
    orderNo: mapped.orderNo,
    status: mapped.status,
    paymentStatus,
    vendorStatus: mapped.vendorStatus,
    currency: "CNY",
    totalAmount: mapped.totalAmount,
    paidAmount,
    refundedAmount,
  } as Order;
  // The rest in the mapper's order, leaving out what it left undefined.
  for (const key in mapped) {
    if (SETTLED.has(key)) continue;
    const value = mapped[key as keyof MappedOrder];
    if (value !== undefined) (order as unknown as Record<string, unknown>)[key] = value;
  }
  return order;
}

/** The members {@link settleOrder} writes itself, first. */
const SETTLED = new Set([
  "paidAmount",
  "paymentStatus",
  "vendorOrderId",
  "orderNo",
  "status",
  "vendorStatus",
  "totalAmount",
]);

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

/**
 * A decoded record as a mapper may see it: the `Needed` fields as the spec says, every other field possibly
 * absent (the tolerant decoder leaves out invalid passed-on values). `Replaced` fields are left out, for the
 * caller to add back with their own tolerant element type (`& { Products: Tolerant<Product, "Price">[] }`).
 * Typing mappers with it makes the compiler check that each one copes with every passed-on field missing.
 * (A mapped type rather than Pick/Omit: the generated types carry an index signature, which Omit would keep alone.)
 */
export type Tolerant<T, Needed extends keyof T, Replaced extends keyof T = never> = {
  [K in keyof T as K extends Replaced ? never : K extends Needed ? K : never]: T[K];
} & {
  [K in keyof T as K extends Replaced ? never : K extends Needed ? never : K]?: T[K];
};
