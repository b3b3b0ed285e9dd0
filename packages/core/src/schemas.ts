import { isLosslessNumber, LosslessNumber } from "lossless-json";
import { z } from "zod";
import { type ErrorOrigin, ResponseValidationError } from "./errors.js";

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Zod building blocks for wire values that JSON alone cannot carry exactly. The generated vendor
 * schemas use them for `format: decimal`, `format: id` and numeric fields, so that responses parsed
 * by {@link parseJsonLossless} validate without ever passing money through a float.
 */

/** A decimal amount sent as a JSON number or a string (`170.0000`, `"20.0000"`): output is its exact text. */
export const decimalSchema = z
  .union([z.string(), z.number(), z.instanceof(LosslessNumber)])
  .transform((value, ctx) => {
    const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : value.value;
    if (!DECIMAL_TEXT.test(text)) {
      ctx.addIssue({
        code: "custom",
        message: `expected a decimal number, received ${JSON.stringify(text)}`,
      });
      return z.NEVER;
    }
    return text;
  });

/** An identifier that may arrive as a JSON number or a string: output is always a string. */
export const idSchema = z
  .union([z.string(), z.number(), z.instanceof(LosslessNumber)])
  .transform((value, ctx) => {
    if (typeof value === "string") return value;
    const text = typeof value === "number" ? String(value) : value.value;
    if (!/^-?\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: `expected an integer id, received ${text}` });
      return z.NEVER;
    }
    return text;
  });

/** A JSON number (possibly a lossless one) as a JS number, for values that are not money or ids. */
export const numberSchema = z
  .union([z.number(), z.instanceof(LosslessNumber)])
  .transform((value) => (typeof value === "number" ? value : Number(value.value)));

/** A JSON integer that must be exact as a JS number. */
export const integerSchema = z.union([z.number(), z.instanceof(LosslessNumber)]).transform((value, ctx) => {
  const n = typeof value === "number" ? value : Number(value.value);
  if (!Number.isSafeInteger(n) || (isLosslessNumber(value) && !/^-?\d+$/.test(value.value))) {
    ctx.addIssue({
      code: "custom",
      message: `expected an integer, received ${String(isLosslessNumber(value) ? value.value : value)}`,
    });
    return z.NEVER;
  }
  return n;
});

/** Formats a zod issue path as `data.list[3].Price`. */
export function formatIssuePath(path: readonly PropertyKey[], root = ""): string {
  let out = root;
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(root)";
}

/**
 * Validates a parsed response against a schema, throwing a {@link ResponseValidationError} that
 * names the failing path (prefixed by `root`) and carries a redacted snippet of `raw`.
 */
export function validateResponse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  context: ErrorOrigin & { raw: string; root?: string },
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path, context.root ?? ""),
    message: issue.message,
  }));
  throw new ResponseValidationError({
    vendor: context.vendor,
    operation: context.operation,
    issues,
    raw: context.raw,
  });
}
