import { z } from "zod";
import { CompiledPolicy, type FieldPolicy } from "./policy.js";
import type { RecordValidator, SchemaIssue, Validation } from "./validator.js";

type AnySchema = z.ZodType;

/**
 * Rebuilds a generated zod schema level by level: `child` may replace each property, `close` says which
 * object levels refuse unknown keys. Only objects, arrays, optional and nullable are walked (what the
 * generated record schemas are made of); anything else (unions, transforms) is kept as it is.
 */
function rebuild(
  schema: AnySchema,
  path: string,
  child: (path: string, schema: AnySchema) => AnySchema,
  close: (path: string) => boolean,
): AnySchema {
  if (schema instanceof z.ZodOptional)
    return rebuild(schema.unwrap() as AnySchema, path, child, close).optional();
  if (schema instanceof z.ZodNullable)
    return rebuild(schema.unwrap() as AnySchema, path, child, close).nullable();
  if (schema instanceof z.ZodArray)
    return z.array(rebuild(schema.element as AnySchema, `${path}[]`, child, close));
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, AnySchema> = {};
    for (const [key, value] of Object.entries(schema.shape as Record<string, AnySchema>)) {
      const at = path ? `${path}.${key}` : key;
      shape[key] = child(at, rebuild(value, at, child, close));
    }
    return close(path) ? z.strictObject(shape) : z.looseObject(shape);
  }
  return schema;
}

function issuesOf(error: z.ZodError): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({
          path: issue.path,
          kind: "unknown_key",
          key,
          message: `unknown key ${JSON.stringify(key)}`,
        });
      }
    } else {
      const kind = issue.code === "invalid_value" ? "not_in_enum" : "invalid";
      out.push({ path: issue.path, kind, message: issue.message });
    }
  }
  return out;
}

function wrap<T>(schema: AnySchema): (raw: unknown) => Validation<T> {
  return (raw) => {
    const result = schema.safeParse(raw);
    return result.success
      ? { ok: true, value: result.data as T }
      : { ok: false, issues: issuesOf(result.error) };
  };
}

/**
 * A {@link RecordValidator} from a generated zod schema and a field policy. The strict and relaxed
 * schemas are built on first use, so importing the package costs nothing for kinds a run never sees.
 *
 * @example
 * const validator = zodRecordValidator(schemas.ConsumerOrderSchema, YOPOINT_VENDING_FIELDS);
 * validator.validate(raw); // { ok: true, value } or { ok: false, issues: [...] }
 */
export function zodRecordValidator<T>(schema: z.ZodType<T>, policy: FieldPolicy): RecordValidator<T> {
  const closed = new Set(policy.closed);
  const needed = new CompiledPolicy(policy);
  let strict: ((raw: unknown) => Validation<T>) | undefined;
  let relaxed: ((raw: unknown) => Validation<T>) | undefined;
  return {
    validate(raw) {
      strict ??= wrap<T>(
        rebuild(
          schema,
          "",
          (_path, child) => child,
          (path) => closed.has(path),
        ),
      );
      return strict(raw);
    },
    validateRelaxed(raw) {
      relaxed ??= wrap<T>(
        rebuild(
          schema,
          "",
          (path, child) =>
            needed.isNeeded(path) || child instanceof z.ZodOptional ? child : child.optional(),
          () => false,
        ),
      );
      return relaxed(raw);
    },
  };
}
