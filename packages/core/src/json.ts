import { isLosslessNumber, LosslessNumber, parse, stringify } from "lossless-json";
import { type ErrorOrigin, ParseError } from "./errors.js";

export { isLosslessNumber, LosslessNumber };

const SAFE_INTEGER_TEXT = /^-?\d{1,15}$/;

function parseNumber(text: string): number | LosslessNumber {
  // Integers of up to 15 digits are exact as JS numbers; everything else (decimals like "170.0000",
  // 16+ digit ids) keeps its source text so money and ids are never rounded.
  return SAFE_INTEGER_TEXT.test(text) ? Number(text) : new LosslessNumber(text);
}

/** A necessary sign of a number JSON.parse would round (strings may match too: then the scan decides). */
const MAYBE_INEXACT = /[:,[]\s*-?(?:\d+[.eE]|\d{16})/;

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
 * A {@link LosslessNumber} for a token JSON.parse has already validated: the same class (`instanceof`, `.value`,
 * `valueOf`), without the constructor's second syntax check.
 */
const TrustedLosslessNumber = function (this: LosslessNumber, text: string) {
  this.isLosslessNumber = true;
  this.value = text;
} as unknown as new (
  text: string,
) => LosslessNumber;
TrustedLosslessNumber.prototype = LosslessNumber.prototype;

/** Where each inexact number token sits: its path of keys and indexes from the root, and its text. */
interface InexactNumbers {
  paths: (string | number)[][];
  texts: string[];
}

/**
 * One scan of the text for the numbers JSON.parse would round (decimals, exponents, integers of 16+ digits),
 * keeping track of the keys and indexes that lead to each. Strings are skipped with indexOf (quotes and escapes
 * honoured). Returns null when there are none, undefined when the text is beyond this scan (a key with an
 * escape or `__proto__`, a structure that does not add up): the caller then takes the slower general path.
 */
function findInexactNumbers(text: string): InexactNumbers | null | undefined {
  const length = text.length;
  // The containers open at each depth: an array's current index, or where an object's current key starts and
  // ends in the text (sliced only when a number below it needs its path: no string per key otherwise).
  const indexes: number[] = [];
  const keyStarts: number[] = [];
  const keyEnds: number[] = [];
  const isArray: boolean[] = [];
  // The last key sliced at each depth, and where it started: the same string for every number of one object.
  const keys: string[] = [];
  const keysAt: number[] = [];
  let depth = 0;
  let found: InexactNumbers | null = null;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let close = text.indexOf('"', i + 1);
      while (close !== -1 && text.charCodeAt(close - 1) === 92) {
        let backslashes = 0;
        for (let b = close - 1; text.charCodeAt(b) === 92; b--) backslashes++;
        if (backslashes % 2 === 0) break;
        close = text.indexOf('"', close + 1);
      }
      if (close === -1) return undefined;
      if (depth > 0 && !isArray[depth - 1]) {
        // A key when a colon follows (a value string is followed by `,` or `}`).
        let next = close + 1;
        let n = text.charCodeAt(next);
        while (n === 32 || n === 10 || n === 13 || n === 9) n = text.charCodeAt(++next);
        if (n === 58) {
          keyStarts[depth - 1] = i + 1;
          keyEnds[depth - 1] = close;
        }
      }
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
      if (!integer || end - i - (c === 45 ? 1 : 0) > 15) {
        const path: (string | number)[] = new Array(depth);
        for (let d = 0; d < depth; d++) {
          if (isArray[d]) {
            path[d] = indexes[d]!;
            continue;
          }
          if (keysAt[d] !== keyStarts[d]) {
            const key = text.slice(keyStarts[d], keyEnds[d]);
            // An escaped key reads differently once parsed; `__proto__` is not a plain property to navigate.
            if (key.includes("\\") || key === "__proto__") return undefined;
            keys[d] = key;
            keysAt[d] = keyStarts[d]!;
          }
          path[d] = keys[d]!;
        }
        found ??= { paths: [], texts: [] };
        found.paths.push(path);
        found.texts.push(text.slice(i, end));
      }
      i = end;
    } else {
      if (c === 123 || c === 91) {
        isArray[depth] = c === 91;
        indexes[depth] = 0;
        depth++;
      } else if (c === 125 || c === 93) {
        if (depth === 0) return undefined;
        depth--;
      } else if (c === 44 && depth > 0 && isArray[depth - 1]) {
        indexes[depth - 1]!++;
      }
      i++;
    }
  }
  return depth === 0 ? found : undefined;
}

/**
 * Puts a LosslessNumber at each place {@link findInexactNumbers} found. False when a place does not hold the number
 * JSON.parse made of that token (a duplicate key, a structure read differently): the caller starts over.
 */
function placeInexactNumbers(root: unknown, found: InexactNumbers): unknown {
  const { paths, texts } = found;
  // The containers along the previous path: consecutive numbers mostly share all but their last step.
  const containers: Record<string | number, unknown>[] = [root as Record<string | number, unknown>];
  let previous: (string | number)[] = [];
  for (let t = 0; t < paths.length; t++) {
    const path = paths[t]!;
    const text = texts[t]!;
    if (path.length === 0) return new TrustedLosslessNumber(text);
    const last = path.length - 1;
    let shared = 0;
    while (shared < last && shared < previous.length - 1 && path[shared] === previous[shared]) shared++;
    for (let j = shared; j < last; j++) {
      const next = containers[j]![path[j]!];
      if (typeof next !== "object" || next === null) return undefined;
      containers[j + 1] = next as Record<string | number, unknown>;
    }
    previous = path;
    const container = containers[last]!;
    const key = path[last]!;
    const current = container[key];
    if (typeof current !== "number" || current !== Number(text) || !Object.hasOwn(container, key))
      return undefined;
    container[key] = new TrustedLosslessNumber(text);
  }
  return root;
}

/**
 * Parses JSON without losing numeric information: Node 20's `JSON.parse` turns `170.0000` into
 * `170` and `12345678901234567890` into `12345678901234567000` before any reviver can see the
 * source. Small integers come back as numbers; every other number as a {@link LosslessNumber}
 * carrying its exact source text (`.value`).
 *
 * How: native JSON.parse reads the text as it is (no copy of it is made), one scan finds the numbers it would
 * round and the path of keys and indexes to each, and a LosslessNumber is put at each of those places — only
 * there, no walk over the rest of the tree. Text the scan cannot follow (an escaped key, a duplicate key holding
 * such a number) takes the general path: such numbers are wrapped in marked strings before JSON.parse and the
 * marks revived; lossless-json (maintained, exposes the number's text) supplies LosslessNumber and parses the
 * rare text that already contains the marker character.
 */
export function parseJsonLossless(text: string, origin: ErrorOrigin = {}): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`malformed JSON (${(error as Error).message})`, text.slice(0, 80), origin);
  }
  // Every number JSON.parse would round follows `:`, `,` or `[` (or is the whole text): where nothing in the text
  // looks like one — no decimal point or exponent after such a start, no 16 digits — there is none to find, and
  // the scan is skipped (one native regular-expression pass instead).
  if (typeof parsed !== "number" && !MAYBE_INEXACT.test(text)) return parsed;
  const found = findInexactNumbers(text);
  if (found === null) return parsed;
  if (found !== undefined) {
    const placed = placeInexactNumbers(parsed, found);
    if (placed !== undefined) return placed;
  }
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
