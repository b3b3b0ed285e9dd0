/**
 * Why a normalized order deserves a second look. The order is still produced; the warnings are stored with
 * it as its notes.
 */
export type NormalizeWarningCode =
  /** A vendor status or payment code the mapping table (or the spec's enum) does not know; the documented fallback was used. */
  | "unknown_code"
  /** Successful refunds add up to more than was paid, according to the vendor's own data. */
  | "refunds_exceed_paid"
  /** Two of the vendor's own figures that should agree do not (total vs paid vs payments vs lines, beyond rounding). */
  | "amounts_disagree"
  /** A passed-on field the vendor spec requires is missing. */
  | "missing_field"
  /** A passed-on field is `null` where the vendor spec documents a value (text, a number…); left out. */
  | "null_field"
  /** A passed-on field has a value of another type or form than the spec says, or one that cannot be read (a time outside 2000..2100); left out. */
  | "unexpected_type"
  /** The record has a field the vendor spec does not know (at an object level the mapping reads); kept in raw only. */
  | "unknown_field"
  /** A yuan amount has digits below the fen (`0.001`); rounded half-up, the exact text is in `value`. */
  | "sub_fen_amount"
  /** The order's placing times fall more than a day outside the window being synced. */
  | "outside_window";

/** Every warning code, in the order of {@link NormalizeWarningCode}. */
export const NORMALIZE_WARNING_CODES = [
  "unknown_code",
  "refunds_exceed_paid",
  "amounts_disagree",
  "missing_field",
  "null_field",
  "unexpected_type",
  "unknown_field",
  "sub_fen_amount",
  "outside_window",
] as const satisfies readonly NormalizeWarningCode[];

/** The codes that say the record differs from the vendor spec (schema drift), as counted per vendor and field. */
export const DRIFT_CODES = [
  "missing_field",
  "null_field",
  "unexpected_type",
  "unknown_field",
  "unknown_code",
] as const satisfies readonly NormalizeWarningCode[];

/** One warning about one order. Count them with {@link countWarnings}. */
export interface NormalizeWarning {
  code: NormalizeWarningCode;
  vendor: string;
  /** The vendor's order id. */
  orderId: string;
  /** The vendor field concerned (`TradeStatus`, `payWayList[1].payWay`, `note.TotalMoney`). */
  field: string;
  /** The vendor's value, as text: the code for `unknown_code`, the exact amount for `sub_fen_amount`. Never personal data. */
  value?: string;
  /** What the mapper used instead, for `unknown_code`. */
  fallback?: string;
  message: string;
}

/**
 * Counts warnings by kind, so a run can report "baifude unknown_code payWay=99: 12".
 * The key is `<vendor> <code> <field without indexes>[=<value>]` (no value for `sub_fen_amount`, whose
 * exact amounts would make one key per order).
 *
 * @example
 * countWarnings(results.flatMap((r) => r.warnings)); // { "yopoint unknown_code PayType=77": 3 }
 */
export function countWarnings(warnings: Iterable<NormalizeWarning>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const warning of warnings) {
    const field = warning.field.replace(/\[\d+\]/g, "[]");
    const value = warning.value === undefined || warning.code === "sub_fen_amount" ? "" : `=${warning.value}`;
    const key = `${warning.vendor} ${warning.code} ${field}${value}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
