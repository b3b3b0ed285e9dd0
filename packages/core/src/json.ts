import { isLosslessNumber, LosslessNumber, parse, stringify } from "lossless-json";
import { type ErrorOrigin, ParseError } from "./errors.js";

export { isLosslessNumber, LosslessNumber };

const SAFE_INTEGER_TEXT = /^-?\d{1,15}$/;

function parseNumber(text: string): number | LosslessNumber {
  // Integers of up to 15 digits are exact as JS numbers; everything else (decimals like "170.0000",
  // 16+ digit ids) keeps its source text so money and ids are never rounded.
  return SAFE_INTEGER_TEXT.test(text) ? Number(text) : new LosslessNumber(text);
}

/** Marks a number's source text inside a string, so JSON.parse carries it through untouched. */
const MARK = "\uE000";
const MARK_CODE = 0xe000;

/**
 * Wraps every number JSON.parse would round (decimals, exponents, integers of 16+ digits) in a marked
 * string: `170.0000` becomes `"\uE000170.0000"`. Strings are skipped (quotes and escapes honoured), so
 * only real number tokens change. Returns undefined when nothing needed marking.
 */
function markInexactNumbers(text: string): string | undefined {
  const length = text.length;
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Jump to the closing quote: the first one not escaped by an odd run of backslashes.
      let close = text.indexOf('"', i + 1);
      while (close !== -1) {
        let backslashes = 0;
        for (let b = close - 1; text.charCodeAt(b) === 92; b--) backslashes++;
        if (backslashes % 2 === 0) break;
        close = text.indexOf('"', close + 1);
      }
      if (close === -1) return undefined; // unterminated: let JSON.parse report it
      i = close + 1;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      let end = i + 1;
      let integer = true;
      for (; end < length; end++) {
        const d = text.charCodeAt(end);
        if (d >= 48 && d <= 57) continue;
        if (d === 46 || d === 101 || d === 69 || d === 43 || d === 45) {
          integer = false;
          continue;
        }
        break;
      }
      const digits = end - i - (c === 45 ? 1 : 0);
      if (!integer || digits > 15) {
        out += `${text.slice(copied, i)}"${MARK}${text.slice(i, end)}"`;
        copied = end;
      }
      i = end;
    } else {
      i++;
    }
  }
  return copied === 0 ? undefined : out + text.slice(copied);
}

/** Turns marked strings back into LosslessNumbers (validating their syntax), in place. */
function reviveMarked(value: unknown): unknown {
  if (typeof value === "string") {
    return value.charCodeAt(0) === MARK_CODE ? new LosslessNumber(value.slice(1)) : value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = reviveMarked(value[i]);
    return value;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === "object" || typeof item === "string") record[key] = reviveMarked(item);
    }
  }
  return value;
}

/**
 * Parses JSON without losing numeric information: Node 20's `JSON.parse` turns `170.0000` into
 * `170` and `12345678901234567890` into `12345678901234567000` before any reviver can see the
 * source. Small integers come back as numbers; every other number as a {@link LosslessNumber}
 * carrying its exact source text (`.value`).
 *
 * How: one scan wraps only the numbers JSON.parse would round in marked strings, native JSON.parse
 * does the rest, and a walk turns the marks into LosslessNumbers — several times faster than a
 * parser written in JS. lossless-json (maintained, exposes the number's text) supplies LosslessNumber
 * and parses the rare text that already contains the marker character.
 */
export function parseJsonLossless(text: string, origin: ErrorOrigin = {}): unknown {
  try {
    if (text.includes(MARK)) return parse(text, null, parseNumber);
    const marked = markInexactNumbers(text);
    if (marked === undefined) return JSON.parse(text);
    return reviveMarked(JSON.parse(marked));
  } catch (error) {
    throw new ParseError(`malformed JSON (${(error as Error).message})`, text.slice(0, 80), origin);
  }
}

/**
 * The inverse of {@link parseJsonLossless}: lossless numbers are written back with their source
 * text, so `raw` payloads round-trip byte for byte in their numbers.
 */
export function stringifyJsonLossless(value: unknown, space?: number): string {
  return stringify(value, undefined, space) ?? "null";
}

/**
 * Converts lossless numbers back to plain JSON values for places that need plain data: decimals
 * become their source text (a string), integers become numbers when safe.
 */
export function toPlainJson(value: unknown): unknown {
  if (isLosslessNumber(value)) {
    const text = value.value;
    return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
  }
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toPlainJson(item);
    return out;
  }
  return value;
}

/**
 * A JSON integer as a parse tree holds it (a number, or a {@link LosslessNumber} for 16+ digits) as the JS number
 * zod's integer schemas give; anything else as it is. For values a compiled validator already accepted.
 */
export function integerValue<T>(value: number | LosslessNumber | T): number | T {
  return value instanceof LosslessNumber ? Number(value.value) : (value as number | T);
}

/** An id or a decimal as a parse tree holds it (text, a number, a {@link LosslessNumber}) as its text. */
export function textValue<T>(value: string | number | LosslessNumber | T): string | T {
  if (typeof value === "number") return String(value);
  return value instanceof LosslessNumber ? value.value : (value as string | T);
}
