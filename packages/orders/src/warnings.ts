/** Why a normalized order deserves a second look. The order is still produced. */
export type NormalizeWarningCode =
  /** A vendor status or payment code the mapping table does not know; the documented fallback was used. */
  | "unknown_code"
  /** Successful refunds add up to more than was paid, according to the vendor's own data. */
  | "refunds_exceed_paid"
  /** Two of the vendor's own figures that should agree do not (e.g. a paid total and its payment flows). */
  | "amounts_disagree";

/** One warning about one order. Count them with {@link countWarnings}. */
export interface NormalizeWarning {
  code: NormalizeWarningCode;
  vendor: string;
  /** The vendor's order id. */
  orderId: string;
  /** The vendor field concerned (`TradeStatus`, `payWayList[1].payWay`). */
  field: string;
  /** The vendor's value, as text, for `unknown_code`. */
  value?: string;
  /** What the mapper used instead, for `unknown_code`. */
  fallback?: string;
  message: string;
}

/**
 * Counts warnings by kind, so a run can report "baifude unknown_code payWay=99: 12".
 * The key is `<vendor> <code> <field without indexes>[=<value>]`.
 *
 * @example
 * countWarnings(results.flatMap((r) => r.warnings)); // { "yopoint unknown_code PayType=77": 3 }
 */
export function countWarnings(warnings: Iterable<NormalizeWarning>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const warning of warnings) {
    const field = warning.field.replace(/\[\d+\]/g, "[]");
    const key = `${warning.vendor} ${warning.code} ${field}${warning.value === undefined ? "" : `=${warning.value}`}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
