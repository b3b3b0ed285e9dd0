import type { FieldPolicy } from "./policy.js";
import { CompiledPolicy, policyPath } from "./policy.js";
import type { RecordValidator, SchemaIssue, Validation } from "./validator.js";

/** One issue as the compiled validators (`src/generated/validators.ts` of each vendor package) report it. */
export interface CompiledIssue {
  path: (string | number)[];
  code: "missing" | "null" | "type" | "format" | "range" | "enum" | "unknown_field";
  message: string;
}

/** The compiled validators of one record type (`isXStrict`, `xStrictIssues`, `xIssues` of a vendor package). */
export interface CompiledRecordChecks {
  /** True exactly when `strictIssues` finds nothing: the fast path, no allocation. */
  isStrict(value: unknown): boolean;
  /** Every issue, undeclared properties at any depth as `unknown_field`. */
  strictIssues(value: unknown): CompiledIssue[];
  /** Every issue, undeclared properties not reported. */
  issues(value: unknown): CompiledIssue[];
}

/**
 * A {@link RecordValidator} on a vendor spec's compiled validators. They check the lossless parse tree without
 * converting it, so a valid record is handed to the mapper as it is (the mappers read decimals, ids and integers
 * from their wire form). Undeclared properties count only at the policy's `closed` levels, as before.
 *
 * - `validate`: `isStrict` (one pass, no allocation) — a record with no issue is done; otherwise the strict
 *   issues, without undeclared properties outside the closed levels (a record with none left is valid).
 * - `validateRelaxed`: the issues that remain once the invalid passed-on values are left out may only be
 *   missing passed-on fields (the relaxed schema makes them optional); anything else is an issue.
 *
 * @example
 * const validator = compiledRecordValidator({ isStrict: isConsumerOrderStrict, strictIssues: consumerOrderStrictIssues, issues: consumerOrderIssues }, YOPOINT_VENDING_FIELDS);
 */
export function compiledRecordValidator<T>(
  checks: CompiledRecordChecks,
  policy: FieldPolicy,
): RecordValidator<T> {
  const closed = new Set(policy.closed);
  const needed = new CompiledPolicy(policy);
  return {
    validate(raw): Validation<T> {
      if (checks.isStrict(raw)) return { ok: true, value: raw as T };
      const issues: SchemaIssue[] = [];
      for (const issue of checks.strictIssues(raw)) {
        if (issue.code === "unknown_field") {
          const at = issue.path.slice(0, -1);
          if (!closed.has(policyPath(at))) continue;
          const key = String(issue.path[issue.path.length - 1]);
          issues.push({ path: at, kind: "unknown_key", key, message: `unknown key ${JSON.stringify(key)}` });
        } else {
          issues.push({
            path: issue.path,
            kind: issue.code === "enum" ? "not_in_enum" : "invalid",
            message: issue.message,
          });
        }
      }
      return issues.length === 0 ? { ok: true, value: raw as T } : { ok: false, issues };
    },
    validateRelaxed(raw): Validation<T> {
      const issues: SchemaIssue[] = [];
      for (const issue of checks.issues(raw)) {
        if (issue.code === "missing" && !needed.isNeeded(policyPath(issue.path))) continue;
        issues.push({
          path: issue.path,
          kind: issue.code === "enum" ? "not_in_enum" : "invalid",
          message: issue.message,
        });
      }
      return issues.length === 0 ? { ok: true, value: raw as T } : { ok: false, issues };
    },
  };
}
