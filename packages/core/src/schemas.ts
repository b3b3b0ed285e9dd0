import { isLosslessNumber, LosslessNumber } from "lossless-json";
import { z } from "zod";
import { type ErrorOrigin, ResponseValidationError } from "./errors.js";
import { formatIssuePath } from "./paths.js";

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

type Convert = (value: unknown) => unknown;
const converters = new WeakMap<z.ZodType, Convert | null>();

function toText(value: unknown): unknown {
  if (typeof value === "number") return String(value);
  return isLosslessNumber(value) ? value.value : value;
}

function toNumber(value: unknown): unknown {
  return isLosslessNumber(value) ? Number(value.value) : value;
}

/**
 * What turns a value `schema` accepts into what `schema.parse` returns, built once per schema from its
 * structure: decimals and ids become their text, lossless integers and numbers JS numbers, the rest stays. Null
 * when nothing under `schema` converts. Objects and arrays are converted in place (unlike zod, which copies, and
 * puts the declared keys first).
 */
function converterOf(schema: z.ZodType): Convert | null {
  const known = converters.get(schema);
  if (known !== undefined) return known;
  converters.set(schema, null); // a recursive schema converts nothing further down
  const convert = buildConverter(schema);
  converters.set(schema, convert);
  return convert;
}

function buildConverter(schema: z.ZodType): Convert | null {
  if (schema === (decimalSchema as z.ZodType) || schema === (idSchema as z.ZodType)) return toText;
  if (schema === (integerSchema as z.ZodType) || schema === (numberSchema as z.ZodType)) return toNumber;
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable": {
      const inner = converterOf(def.innerType as z.ZodType);
      return inner && ((value) => (value === undefined || value === null ? value : inner(value)));
    }
    case "pipe": {
      const first = converterOf(def.in as z.ZodType);
      const second = converterOf(def.out as z.ZodType);
      if (first && second) return (value) => second(first(value));
      return first ?? second;
    }
    case "array": {
      const element = converterOf(def.element as z.ZodType);
      return (
        element &&
        ((value) => {
          if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = element(value[i]);
          return value;
        })
      );
    }
    case "object": {
      const keys: string[] = [];
      const fields: Convert[] = [];
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const convert = converterOf(child);
        if (convert) {
          keys.push(key);
          fields.push(convert);
        }
      }
      if (keys.length === 0) return null;
      return (value) => {
        if (value === null || typeof value !== "object") return value;
        const record = value as Record<string, unknown>;
        for (let i = 0; i < keys.length; i++) {
          const item = record[keys[i]!];
          if (item !== undefined) record[keys[i]!] = fields[i]!(item);
        }
        return value;
      };
    }
    case "record": {
      const values = converterOf(def.valueType as z.ZodType);
      return (
        values &&
        ((value) => {
          const record = value as Record<string, unknown>;
          for (const key of Object.keys(record)) record[key] = values(record[key]);
          return value;
        })
      );
    }
    case "intersection": {
      const left = converterOf(def.left as z.ZodType);
      const right = converterOf(def.right as z.ZodType);
      if (left && right) return (value) => right(left(value));
      return left ?? right;
    }
    case "union": {
      const options = def.options as z.ZodType[];
      const convert = options.map(converterOf);
      if (convert.every((c) => c === null)) return null;
      // Rare (no record type has one): the member zod would pick, asked of zod itself.
      return (value) => {
        for (let i = 0; i < options.length; i++) {
          if (options[i]!.safeParse(value).success) return convert[i] ? convert[i]!(value) : value;
        }
        return value;
      };
    }
    default:
      return null;
  }
}

/**
 * Turns a value that `schema` accepts — as a compiled validator of the same spec said — into `schema.parse`'s
 * output, in place (see the generated `validators.ts`: they check without converting). Built once per schema.
 *
 * @example
 * if (isCabinetOrder(record)) yield toSchemaOutput(CabinetOrderSchema, record);
 */
export function toSchemaOutput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const convert = converterOf(schema);
  return (convert ? convert(value) : value) as z.output<S>;
}

/**
 * {@link validateResponse} with a compiled validator in front: when `isValid` accepts the value (the common
 * case) it is converted in place to the schema's output without running zod; otherwise zod reports exactly as
 * {@link validateResponse} does.
 */
export function validateResponseFast<S extends z.ZodType>(
  schema: S,
  isValid: (value: unknown) => boolean,
  value: unknown,
  context: ErrorOrigin & { raw: string; root?: string },
): z.output<S> {
  if (isValid(value)) return toSchemaOutput(schema, value);
  return validateResponse(schema, value, context);
}
