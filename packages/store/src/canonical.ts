import { isLosslessNumber } from "@orderbridge/core";

/**
 * Serializes a value as canonical JSON: object keys sorted by code unit, no whitespace, `undefined`
 * members left out (as `JSON.stringify` does). Two Orders with the same content always give the same
 * text, whatever order a mapper built their keys in — that text is what the content hash covers and
 * what the `document` column keeps.
 *
 * Lossless numbers (from `parseJsonLossless`, e.g. inside `raw`) are written with their exact source
 * text, so `170.0000` stays `170.0000`.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, "");
}

// String concatenation and a fast path for the common leaf types: this runs for every stored order,
// so it is on the hot path of a million-order sync.
function write(value: unknown, path: string): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: ${value} at ${path || "(root)"} is not JSON`);
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "object":
      break;
    default:
      // undefined, functions and symbols at the root or in arrays become null, like JSON.stringify.
      return "null";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ",";
      out += write(value[i], path);
    }
    return `${out}]`;
  }
  if (isLosslessNumber(value)) return value.value;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    if (out.length > 1) out += ",";
    out += `${JSON.stringify(key)}:${write(item, path ? `${path}.${key}` : key)}`;
  }
  return `${out}}`;
}

/**
 * Canonical JSON of an object whose members' canonical texts are partly known already (`known`
 * maps a key to its canonical value text): the same result as {@link canonicalJson}, without
 * serializing those members twice.
 */
export function canonicalObjectJson(record: Record<string, unknown>, known: Record<string, string>): string {
  const keys = Object.keys(record).sort();
  let out = "{";
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    if (out.length > 1) out += ",";
    out += `${JSON.stringify(key)}:${known[key] ?? write(item, key)}`;
  }
  return `${out}}`;
}
