/**
 * The helpers every compiled validator (`src/generated/validators.ts` of each vendor package,
 * `order.validators.ts` of @orderbridge/orders, emitted by @orderbridge/codegen) calls. They live here, not
 * in each generated module, so there is one copy of them and one `LosslessNumber` class (core's, the one
 * `parseJsonLossless` builds) for every validator's `instanceof`. Loads no zod: the clients and the CLI's
 * normalize path import this without the zod schemas.
 */

import { LosslessNumber } from "./json.js";

/**
 * What is wrong, by kind, so a tolerant reader can tell drift from damage:
 * - `missing`: a required property is absent;
 * - `null`: null where the spec does not allow it;
 * - `type`: a value of the wrong kind (text for a number, a fraction for an integer, none of a union's kinds);
 * - `format`: the right kind in the wrong form (a pattern, decimal text, a whole-number id, a calendar time);
 * - `range`: outside minimum/maximum, a length or an item count, or an integer too large to be exact;
 * - `enum`: not one of a closed enum's values, or not the constant the spec fixes;
 * - `unknown_field`: a property the spec does not declare (refused where `additionalProperties: false`,
 *   otherwise reported only by the strict variants).
 */
export type ValidationIssueCode = "missing" | "null" | "type" | "format" | "range" | "enum" | "unknown_field";

/** One reason a value is not what its schema describes. */
export interface ValidationIssue {
  /** Keys and array indexes from the checked value down to the offending one (`["data", 3, "Price"]`). */
  path: (string | number)[];
  code: ValidationIssueCode;
  message: string;
}

export type Path = readonly (string | number)[];
export type Key = string | number | undefined;
export type Fields = Record<string, unknown>;

const INTEGER_TEXT = /^-?\d+$/;
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function isObject(x: unknown): boolean {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** zod's test for a record: an object whose prototype is Object's (or none). */
export function isPlainObject(x: unknown): boolean {
  if (!isObject(x)) return false;
  const ctor = (x as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.hasOwn(prototype as object, "isPrototypeOf");
}

export function hasEnumerableSymbol(o: object): boolean {
  for (const symbol of Object.getOwnPropertySymbols(o)) {
    if (Object.prototype.propertyIsEnumerable.call(o, symbol)) return true;
  }
  return false;
}

/** A JSON integer (a number, or a LosslessNumber's whole-number text) that is exact as a JS number. */
export function isInteger(x: unknown): boolean {
  if (typeof x === "number") return Number.isSafeInteger(x);
  return x instanceof LosslessNumber && INTEGER_TEXT.test(x.value) && Number.isSafeInteger(Number(x.value));
}

export function isIntegerBetween(x: unknown, min: number, max: number): boolean {
  if (!isInteger(x)) return false;
  const n = typeof x === "number" ? x : Number((x as LosslessNumber).value);
  return n >= min && n <= max;
}

export function isIntegerOneOf(x: unknown, values: readonly unknown[]): boolean {
  return isInteger(x) && values.includes(typeof x === "number" ? x : Number((x as LosslessNumber).value));
}

export function isNumber(x: unknown): boolean {
  return typeof x === "number" ? Number.isFinite(x) : x instanceof LosslessNumber;
}

export function isNumberBetween(x: unknown, min: number, max: number): boolean {
  const n = typeof x === "number" ? x : x instanceof LosslessNumber ? Number(x.value) : Number.NaN;
  return Number.isFinite(n) && n >= min && n <= max;
}

/** The text of a decimal as zod's decimalSchema reads it: a string as is, a number or LosslessNumber as written. */
function numericText(x: unknown): string | undefined {
  if (typeof x === "string") return x;
  if (typeof x === "number") return Number.isFinite(x) ? String(x) : undefined;
  return x instanceof LosslessNumber ? x.value : undefined;
}

// For a JS number, String(x) is plain digits (what DECIMAL_TEXT / INTEGER_TEXT accept) exactly when it needs no
// exponent: 0, or 1e-6 <= |x| < 1e21. Deciding that by magnitude spares a string per number.
export function isDecimal(x: unknown): boolean {
  if (typeof x === "string") return DECIMAL_TEXT.test(x);
  if (typeof x === "number") {
    const magnitude = Math.abs(x);
    return x === 0 || (magnitude >= 1e-6 && magnitude < 1e21);
  }
  return x instanceof LosslessNumber && DECIMAL_TEXT.test(x.value);
}

export function isId(x: unknown): boolean {
  if (typeof x === "string") return true;
  if (typeof x === "number") return Number.isInteger(x) && Math.abs(x) < 1e21;
  return x instanceof LosslessNumber && INTEGER_TEXT.test(x.value);
}

function received(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  if (x instanceof LosslessNumber) return `the number ${x.value}`;
  switch (typeof x) {
    case "number":
      return `the number ${x}`;
    case "string":
      return "text";
    case "boolean":
      return String(x);
    case "object":
      return "an object";
    default:
      return typeof x;
  }
}

export function report(
  out: ValidationIssue[],
  path: Path,
  key: Key,
  code: ValidationIssueCode,
  message: string,
  status: number,
): number {
  out.push({ path: key === undefined ? [...path] : [...path, key], code, message });
  return status;
}

export function wrongType(
  x: unknown,
  expected: string,
  path: Path,
  key: Key,
  out: ValidationIssue[],
): number {
  if (x === undefined) return report(out, path, key, "missing", `required: expected ${expected}`, 2);
  return report(
    out,
    path,
    key,
    x === null ? "null" : "type",
    `expected ${expected}, received ${received(x)}`,
    2,
  );
}

export function missing(path: Path, key: string, out: ValidationIssue[]): number {
  return report(out, path, key, "missing", "required", 2);
}

export function unknownField(path: Path, key: string, out: ValidationIssue[]): number {
  return report(out, path, key, "unknown_field", "a property the spec does not declare", 1);
}

export function symbolKeyIssues(o: object, path: Path, out: ValidationIssue[]): number {
  for (const symbol of Object.getOwnPropertySymbols(o)) {
    if (Object.prototype.propertyIsEnumerable.call(o, symbol))
      report(out, path, String(symbol), "type", "expected a text key, received a symbol", 2);
  }
  return 2;
}

export function notOneOf(
  x: unknown,
  values: readonly unknown[],
  path: Path,
  key: Key,
  out: ValidationIssue[],
): number {
  if (x === undefined || (x === null && !values.includes(null)))
    return wrongType(x, values.map((v) => JSON.stringify(v)).join(" or "), path, key, out);
  const shown =
    typeof x === "string" ? JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x) : received(x);
  return report(
    out,
    path,
    key,
    "enum",
    `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}, received ${shown}`,
    2,
  );
}

export function issuesString(
  x: unknown,
  path: Path,
  key: Key,
  out: ValidationIssue[],
  min: number | undefined,
  max: number | undefined,
  pattern: RegExp | undefined,
): number {
  if (typeof x !== "string") return wrongType(x, "text", path, key, out);
  let s = 0;
  if (min !== undefined && x.length < min)
    s |= report(out, path, key, "range", `expected at least ${min} characters, received ${x.length}`, 1);
  if (max !== undefined && x.length > max)
    s |= report(out, path, key, "range", `expected at most ${max} characters, received ${x.length}`, 1);
  if (pattern !== undefined && !pattern.test(x))
    s |= report(out, path, key, "format", `does not match the pattern ${pattern.source}`, 1);
  return s;
}

function integerIssue(x: unknown, path: Path, key: Key, out: ValidationIssue[]): number {
  if (!(x instanceof LosslessNumber) && (typeof x !== "number" || !Number.isFinite(x)))
    return wrongType(x, "an integer", path, key, out);
  const text = typeof x === "number" ? String(x) : x.value;
  const n = Number(text);
  if (!Number.isInteger(n) || (x instanceof LosslessNumber && !INTEGER_TEXT.test(text)))
    return report(out, path, key, "type", `expected an integer, received the number ${text}`, 2);
  return report(
    out,
    path,
    key,
    "range",
    `the integer ${text} is beyond ±9007199254740991 and cannot be exact`,
    2,
  );
}

export function issuesInteger(
  x: unknown,
  path: Path,
  key: Key,
  out: ValidationIssue[],
  min: number | undefined,
  max: number | undefined,
): number {
  if (!isInteger(x)) return integerIssue(x, path, key, out);
  const n = typeof x === "number" ? x : Number((x as LosslessNumber).value);
  if (min !== undefined && n < min)
    return report(out, path, key, "range", `expected at least ${min}, received ${n}`, 1);
  if (max !== undefined && n > max)
    return report(out, path, key, "range", `expected at most ${max}, received ${n}`, 1);
  return 0;
}

export function issuesIntegerOneOf(
  x: unknown,
  path: Path,
  key: Key,
  out: ValidationIssue[],
  values: readonly unknown[],
): number {
  if (!isInteger(x)) return integerIssue(x, path, key, out);
  const n = typeof x === "number" ? x : Number((x as LosslessNumber).value);
  return values.includes(n)
    ? 0
    : report(out, path, key, "enum", `expected one of ${values.join(", ")}, received ${n}`, 2);
}

export function issuesNumber(
  x: unknown,
  path: Path,
  key: Key,
  out: ValidationIssue[],
  min: number | undefined,
  max: number | undefined,
): number {
  if (!isNumber(x)) return wrongType(x, "a number", path, key, out);
  if (min === undefined && max === undefined) return 0;
  const n = typeof x === "number" ? x : Number((x as LosslessNumber).value);
  if (!Number.isFinite(n))
    return report(out, path, key, "range", `the number ${(x as LosslessNumber).value} is too large`, 2);
  if (min !== undefined && n < min)
    return report(out, path, key, "range", `expected at least ${min}, received ${n}`, 1);
  if (max !== undefined && n > max)
    return report(out, path, key, "range", `expected at most ${max}, received ${n}`, 1);
  return 0;
}

export function issuesDecimal(x: unknown, path: Path, key: Key, out: ValidationIssue[]): number {
  const text = numericText(x);
  if (text === undefined) return wrongType(x, "a decimal number (a JSON number or its text)", path, key, out);
  if (DECIMAL_TEXT.test(text)) return 0;
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  return report(out, path, key, "format", `expected a decimal number, received ${shown}`, 2);
}

export function issuesId(x: unknown, path: Path, key: Key, out: ValidationIssue[]): number {
  if (typeof x === "string") return 0;
  const text = numericText(x);
  if (text === undefined) return wrongType(x, "an id (text or a whole number)", path, key, out);
  return INTEGER_TEXT.test(text)
    ? 0
    : report(out, path, key, "format", `expected a whole-number id, received the number ${text}`, 2);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The integer in `text` at [start, end) (digits only; the schema's pattern already fixed the form). */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/**
 * Whether a date-time that matched the schema's pattern is a real calendar time: refuses 2024-02-30, 2023-02-29
 * and 25:00. Field arithmetic instead of a Date round trip (it runs for every time of every Order); the compiled
 * Order validator and the zod Order schema both call it.
 */
export function isCalendarTime(text: string): boolean {
  if (text.length < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 84) {
    const time = Date.parse(text);
    return !Number.isNaN(time) && new Date(time).toISOString() === text;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return (
    days !== undefined &&
    day >= 1 &&
    day <= days &&
    digitsAt(text, 11, 13) <= 23 &&
    digitsAt(text, 14, 16) <= 59 &&
    digitsAt(text, 17, 19) <= 59
  );
}
