import { formatIssuePath } from "@orderbridge/core/paths";
import type { MappingContext } from "../context.js";
import type { NormalizeWarningCode } from "../warnings.js";
import { type CompiledPolicy, policyPath } from "./policy.js";
import type { RecordValidator, SchemaIssue } from "./validator.js";

type Path = readonly PropertyKey[];

function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return value !== null && typeof value === "object";
}

/** The value at `path`, and whether its key is there at all. */
function valueAt(raw: unknown, path: Path): { present: boolean; value: unknown } {
  let value = raw;
  for (const part of path) {
    if (!isObject(value) || !Object.hasOwn(value, part)) return { present: false, value: undefined };
    value = value[part as keyof typeof value];
  }
  return { present: true, value };
}

/**
 * A copy of `raw` without the value at `path`, copying only the objects and arrays along the path (the
 * caller's record is never changed: it is still the `raw` of the Order and of a failed record). An invalid
 * array element is not removed on its own (the indexes of the others would shift): its whole array goes.
 */
function without(raw: unknown, path: Path): unknown {
  const target = typeof path[path.length - 1] === "number" ? path.slice(0, -1) : path;
  if (target.length === 0) return raw;
  const step = (value: unknown, at: number): unknown => {
    if (!isObject(value)) return value;
    const key = target[at]!;
    if (!Object.hasOwn(value, key)) return value;
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<PropertyKey, unknown>;
    if (at === target.length - 1) delete copy[key];
    else copy[key] = step(copy[key], at + 1);
    return copy;
  };
  return step(raw, 0);
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (isObject(value) && "isLosslessNumber" in value) return "a number";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

const DRIFT_MESSAGES: Record<"missing_field" | "null_field" | "unexpected_type", string> = {
  missing_field: "is missing (the vendor spec requires it); mapped without it",
  null_field: "is null where the vendor spec documents a value; mapped without it",
  unexpected_type: "is not what the vendor spec says; left out of the Order (still in raw)",
};

/**
 * Decodes one vendor record tolerantly, strict where it matters.
 *
 * The record is validated once against the spec's schema; when that passes (the common case) its output is
 * returned and nothing else is done. Otherwise every issue is classified by the mapper's {@link CompiledPolicy}:
 * - at a field the mapping needs (or at what holds one): the record fails — `ctx.fail` throws a
 *   `NormalizeError` naming the first such field (and how many more there are);
 * - a key the spec does not know: `unknown_field`; a value outside the spec's enum: `unknown_code`;
 * - a passed-on field missing, `null`, or of another type: `missing_field`, `null_field`, `unexpected_type`,
 *   and the invalid value is left out of a copy of the record;
 * and the copy is decoded with every passed-on field optional, so the mapper never sees a wrong type.
 */
export function decodeRecord<T>(
  validator: RecordValidator<T>,
  policy: CompiledPolicy,
  raw: unknown,
  ctx: MappingContext,
): T {
  const first = validator.validate(raw);
  if (first.ok) return first.value;
  const fatal: { field: string; reason: string }[] = [];
  const strip: Path[] = [];
  const seen = new Set<string>();
  for (const issue of first.issues) {
    classify(issue);
  }
  if (fatal.length > 0) {
    const [head, ...rest] = fatal;
    const more =
      rest.length === 0 ? "" : ` (and ${rest.length} more: ${rest.map((f) => f.field).join(", ")})`;
    ctx.fail(head!.field, `${head!.reason}${more}`);
  }
  let decodable = raw;
  for (const path of strip) decodable = without(decodable, path);
  const second = validator.validateRelaxed(decodable);
  if (second.ok) return second.value;
  // Not expected: what is left after removing the invalid passed-on values should decode. Fail loudly.
  const issue = second.issues[0]!;
  return ctx.fail(
    formatIssuePath(issue.path),
    `${issue.message} (after leaving out invalid passed-on fields)`,
  );

  function classify(issue: SchemaIssue): void {
    if (issue.kind === "unknown_key") {
      const field = formatIssuePath([...issue.path, issue.key ?? "?"]);
      ctx.warn({
        code: "unknown_field",
        field,
        message: `${field} is not in the vendor spec; kept in raw only`,
      });
      return;
    }
    const field = formatIssuePath(issue.path);
    // One report per field: a union reports once, but a transform can add a second issue at the same path.
    const once = `${issue.kind} ${field}`;
    if (seen.has(once)) return;
    seen.add(once);
    const { present, value } = valueAt(raw, issue.path);
    if (issue.kind === "not_in_enum") {
      // The mapper's code table decides what the code means and completes this warning with its fallback.
      const text = value === null || value === undefined ? "null" : String(value);
      ctx.warn({
        code: "unknown_code",
        field,
        value: text,
        message: `${field} ${text} is not among the codes the vendor spec lists`,
      });
      return;
    }
    const code: NormalizeWarningCode = !present
      ? "missing_field"
      : value === null
        ? "null_field"
        : "unexpected_type";
    const at = policyPath(issue.path);
    if (policy.isNeeded(at)) {
      const what =
        code === "missing_field"
          ? "missing"
          : code === "null_field"
            ? "null"
            : `unreadable: ${typeName(value)} (${issue.message})`;
      fatal.push({ field, reason: `${what}; the mapping needs it (${policy.whyNeeded(at)})` });
      return;
    }
    const detail = code === "unexpected_type" ? ` (${typeName(value)}: ${issue.message})` : "";
    ctx.warn({ code, field, message: `${field} ${DRIFT_MESSAGES[code]}${detail}` });
    if (present) strip.push(issue.path);
  }
}
