import { isLosslessNumber, LosslessNumber, parse, stringify } from "lossless-json";
import { type ErrorOrigin, ParseError } from "./errors.js";

export { isLosslessNumber, LosslessNumber };

const SAFE_INTEGER_TEXT = /^-?\d{1,15}$/;

function parseNumber(text: string): number | LosslessNumber {
  // Integers of up to 15 digits are exact as JS numbers; everything else (decimals like "170.0000",
  // 16+ digit ids) keeps its source text so money and ids are never rounded.
  return SAFE_INTEGER_TEXT.test(text) ? Number(text) : new LosslessNumber(text);
}

/**
 * Parses JSON without losing numeric information: Node 20's `JSON.parse` turns `170.0000` into
 * `170` and `12345678901234567890` into `12345678901234567000` before any reviver can see the
 * source. Small integers come back as numbers; every other number as a {@link LosslessNumber}
 * carrying its exact source text (`.value`).
 *
 * lossless-json is used because it is maintained, small and exposes the number's source text.
 */
export function parseJsonLossless(text: string, origin: ErrorOrigin = {}): unknown {
  try {
    return parse(text, null, parseNumber);
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
