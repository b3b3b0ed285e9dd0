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
  const out: string[] = [];
  write(value, out, "");
  return out.join("");
}

function write(value: unknown, out: string[], path: string): void {
  if (value === null) {
    out.push("null");
    return;
  }
  switch (typeof value) {
    case "string":
      out.push(JSON.stringify(value));
      return;
    case "boolean":
      out.push(value ? "true" : "false");
      return;
    case "number":
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: ${value} at ${path || "(root)"} is not JSON`);
      out.push(JSON.stringify(value));
      return;
    case "bigint":
      out.push(value.toString());
      return;
    case "object":
      break;
    default:
      // undefined, functions and symbols at the root or in arrays become null, like JSON.stringify.
      out.push("null");
      return;
  }
  if (isLosslessNumber(value)) {
    out.push(value.value);
    return;
  }
  if (value instanceof Date) {
    out.push(JSON.stringify(value.toISOString()));
    return;
  }
  if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(",");
      write(value[i], out, `${path}[${i}]`);
    }
    out.push("]");
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  out.push("{");
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    if (!first) out.push(",");
    first = false;
    out.push(JSON.stringify(key), ":");
    write(item, out, path ? `${path}.${key}` : key);
  }
  out.push("}");
}
