import { isLosslessNumber, type LosslessNumber } from "lossless-json";
import { ParseError } from "./errors.js";

/** A decimal as the vendor wrote it: source text, a JSON number already parsed, or a lossless number. */
export type DecimalInput = string | number | LosslessNumber;

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d*))?$|^([+-])?\.(\d+)$/;

/**
 * The source text of a decimal input. A JS number is rendered by its shortest round-trip form,
 * which is the decimal the vendor wrote whenever it had at most 15 significant digits; prefer
 * passing source text (or a LosslessNumber from {@link parseJsonLossless}) so nothing is guessed.
 */
export function decimalText(value: DecimalInput): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new ParseError("not a finite number", String(value));
    return String(value);
  }
  if (isLosslessNumber(value)) return value.value;
  throw new ParseError("not a decimal", value);
}

/**
 * Converts an amount in yuan (`"170.0000"`, `170`, `"0.10"`, `"-3.50"`) to integer fen without a
 * floating-point step. Digits past the fen are rounded half away from zero (`"0.005"` -> 1,
 * `"-0.005"` -> -1); the exact value stays in the vendor payload.
 *
 * Exponents (`"1e2"`), thousands separators, spaces and anything that is not a plain decimal are
 * rejected with a {@link ParseError}, because no vendor documents them and guessing would misstate money.
 *
 * @example
 * parseYuanToFen("170.0000"); // 17000
 * parseYuanToFen("4.35"); // 435
 */
export function parseYuanToFen(value: DecimalInput): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && Math.abs(value) <= MAX_WHOLE_YUAN)
    return value === 0 ? 0 : value * 100;
  const fen = scanDecimal(decimalText(value), 2);
  return Number.isNaN(fen) ? decimalToScaledInteger(value, 2, "yuan amount") : fen;
}

/** Whole yuan that stay exact (and safe) once multiplied by 100. */
const MAX_WHOLE_YUAN = 90_071_992_547_409;

/**
 * The fast path of {@link decimalToScaledInteger}: the decimal `text` × 10^scale, rounded half away from zero,
 * read in one pass over its characters (no regular expression, no intermediate string). NaN when the text is not
 * a plain decimal or has more than 15 significant digits: the caller then takes the exact (BigInt) path, which
 * also words the error.
 */
function scanDecimal(text: string, scale: number): number {
  const length = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i = 1;
  }
  let magnitude = 0;
  let digits = 0;
  let wholeDigits = 0;
  for (; i < length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    magnitude = magnitude * 10 + d;
    wholeDigits++;
    // Leading zeros add nothing: only significant digits count against the 15 that stay exact.
    if (magnitude !== 0) digits++;
  }
  let fractionDigits = 0;
  let roundUp = false;
  if (i < length) {
    if (text.charCodeAt(i) !== 46) return Number.NaN;
    for (i++; i < length; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return Number.NaN;
      if (fractionDigits < scale) {
        magnitude = magnitude * 10 + d;
        if (magnitude !== 0) digits++;
      } else if (fractionDigits === scale) {
        roundUp = d >= 5;
      }
      fractionDigits++;
    }
    if (wholeDigits === 0 && fractionDigits === 0) return Number.NaN;
  } else if (wholeDigits === 0) {
    return Number.NaN;
  }
  if (magnitude !== 0 && digits + Math.max(0, scale - fractionDigits) > 15) return Number.NaN;
  for (let f = fractionDigits; f < scale; f++) magnitude *= 10;
  if (roundUp) magnitude += 1;
  // -0 is not an amount anyone wants to see.
  return magnitude === 0 ? 0 : negative ? -magnitude : magnitude;
}

/**
 * Parses an amount already in fen (`"15000"`, `15000`). Fractions of a fen are rejected unless all
 * their digits are zero (`"150.00"` is accepted: some vendors pad integers).
 */
export function parseFen(value: DecimalInput): number {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value === 0 ? 0 : value;
  const text = decimalText(value);
  if (isPlainWholeNumber(text)) {
    const fen = scanDecimal(text, 0);
    if (!Number.isNaN(fen)) return fen;
  }
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new ParseError("not a fen amount (plain decimal digits expected)", text);
  const fraction = match[3] ?? match[5] ?? "";
  if (/[1-9]/.test(fraction)) throw new ParseError("fen amount has a fraction of a fen", text);
  return decimalToScaledInteger(text, 0, "fen amount");
}

/**
 * Whether a yuan amount has digits past the fen that are not zero (`"0.001"`, `"4.355"`): such a value is
 * rounded by {@link parseYuanToFen}, and a caller that must never round silently warns about it.
 *
 * @example
 * hasSubFenDigits("170.0000"); // false
 * hasSubFenDigits("0.001"); // true
 */
export function hasSubFenDigits(value: DecimalInput): boolean {
  if (typeof value === "number" && Number.isInteger(value)) return false;
  const text = decimalText(value);
  const dot = text.indexOf(".");
  if (dot === -1) return false;
  // Quick answer for the usual "170.0000": nothing but zeros past the fen.
  let zeros = true;
  for (let i = dot + 3; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 48) {
      zeros = false;
      break;
    }
  }
  if (zeros) return false;
  const match = DECIMAL_PATTERN.exec(decimalText(value));
  const fraction = match ? (match[3] ?? match[5] ?? "") : "";
  return fraction.length > 2 && /[1-9]/.test(fraction.slice(2));
}

/**
 * Multiplies a decimal by 10^scale exactly and rounds half away from zero to an integer.
 */
export function decimalToScaledInteger(value: DecimalInput, scale: number, what = "decimal"): number {
  const text = decimalText(value);
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new ParseError(`not a ${what} (plain decimal digits expected)`, text);
  const sign = (match[1] ?? match[4]) === "-" ? -1n : 1n;
  const whole = match[2] ?? "0";
  const fraction = match[3] ?? match[5] ?? "";
  const kept = fraction.slice(0, scale).padEnd(scale, "0");
  const roundDigit = fraction.charCodeAt(scale) - 48; // NaN when absent
  const digits = whole + kept;
  if (digits.length <= 15) {
    // Up to 15 digits is exact as a double, and adding 1 stays exact: no BigInt needed (the common case).
    const fast = Number(digits) + (roundDigit >= 5 ? 1 : 0);
    return fast === 0 ? 0 : sign < 0n ? -fast : fast;
  }
  let magnitude = BigInt(digits);
  if (roundDigit >= 5) magnitude += 1n;
  const result = sign * magnitude;
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ParseError(`${what} out of range`, text);
  }
  // -0 is not an amount anyone wants to see.
  return result === 0n ? 0 : Number(result);
}

/** Whether `text` is digits only, with an optional sign (the common fen amount: `"15000"`). */
function isPlainWholeNumber(text: string): boolean {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? 1 : 0;
  if (i === length) return false;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Formats integer fen as yuan with two decimals (`-350` -> `"-3.50"`), exactly. */
export function formatFenAsYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new ParseError("fen must be a safe integer", String(fen));
  const negative = fen < 0;
  const digits = String(Math.abs(fen)).padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
