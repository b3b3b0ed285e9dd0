import { ParseError, toShanghaiLocal } from "@orderbridge/core";

/**
 * 1card1's `where` and `orderBy` are SQL fragments that the vendor pastes into its own query
 * (vendor-docs §3.6, §6). This module is the only way the client builds them: column names come from
 * a per-method allow-list, operators from a fixed set, and every value is rendered as a literal here —
 * never pasted. Raw text is possible only through {@link unsafeRawWhere} / {@link unsafeRawOrderBy}.
 */

/** Columns a filter or sort may name, per list method (the columns integrators use, vendor-docs §3.6). */
export const FILTER_FIELDS = {
  Get_GoodsBillPaged: [
    "Guid",
    "BillNumber",
    "CardId",
    "Mobile",
    "TrueName",
    "Status",
    "ThirdPayStatus",
    "ThirdpayType",
    "SubmitTime",
    "TotalMoney",
    "AssignStoreName",
  ],
  Get_ConsumeNotePagedV2: [
    "Guid",
    "BillNumber",
    "CardId",
    "TrueName",
    "OperateTime",
    "UserAccount",
    "StoreName",
    "Meno",
    "TotalMoney",
  ],
  Get_MembersPagedV2: ["Guid", "CardId", "Mobile", "TrueName", "MemberGroupName", "RegisterTime"],
} as const;

/** The list methods that take `where` / `orderBy`. */
export type FilterableMethod = keyof typeof FILTER_FIELDS;
/** The columns {@link buildWhere} and {@link buildOrderBy} accept for method `M`. */
export type FilterField<M extends FilterableMethod> = (typeof FILTER_FIELDS)[M][number];

export const COMPARISON_OPERATORS = ["=", "<>", "<", "<=", ">", ">="] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** A value a condition may compare with. Dates are sent as Beijing-local `'yyyy-MM-dd HH:mm:ss'`. */
export type FilterValue = string | number | boolean | Date;

/** One condition: `[field, operator, value]`; `in` takes a non-empty list. */
export type Condition<F extends string> =
  | readonly [field: F, operator: ComparisonOperator, value: FilterValue]
  | readonly [field: F, operator: "in", values: readonly FilterValue[]];

const SQL_FRAGMENT = Symbol.for("orderbridge.yikayi.sqlFragment");

/** A `where` or `orderBy` text that this module built (or that the caller declared unsafe). */
export interface SqlFragment {
  readonly [SQL_FRAGMENT]: "where" | "orderBy";
  /** The exact text sent to the vendor. */
  readonly sql: string;
  toString(): string;
}

function fragment(kind: "where" | "orderBy", sql: string): SqlFragment {
  return Object.freeze({ [SQL_FRAGMENT]: kind, sql, toString: () => sql });
}

/** True when `value` came from {@link buildWhere}/{@link buildOrderBy} or an `unsafeRaw…` call. */
export function isSqlFragment(value: unknown, kind?: "where" | "orderBy"): value is SqlFragment {
  if (typeof value !== "object" || value === null || !(SQL_FRAGMENT in value)) return false;
  return kind === undefined || (value as SqlFragment)[SQL_FRAGMENT] === kind;
}

/**
 * Characters refused inside string values: control characters (newlines end a T-SQL `--` comment and
 * change statements), the backslash (an escape character in MySQL, a line continuation in T-SQL — the
 * vendor's SQL dialect is undocumented, so a value containing one cannot be quoted safely for both), and
 * Unicode look-alikes of the apostrophe, which some code-page conversions "best-fit" into `'`.
 */
const APOSTROPHE_LOOKALIKES = new Set([
  0x60, 0xb4, 0x2b9, 0x2bc, 0x2bd, 0x2c8, 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0xff07,
]);

/** The first character of `value` that {@link renderLiteral} refuses, if any. */
function forbiddenCharacter(value: string): number | undefined {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    if (control || code === 0x5c || code === 0xfeff || APOSTROPHE_LOOKALIKES.has(code)) return code;
  }
  return undefined;
}

/** Renders one literal. Only this function turns caller data into SQL text. */
export function renderLiteral(value: FilterValue): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ParseError("filter value is an invalid Date", String(value));
    return `'${toShanghaiLocal(value)}'`;
  }
  switch (typeof value) {
    case "number": {
      const text = String(value);
      if (!Number.isFinite(value) || !/^-?\d+(\.\d+)?$/.test(text))
        throw new ParseError("filter number must be finite and written without an exponent", text);
      return text;
    }
    case "boolean":
      // SQL Server has no boolean literal; bit columns compare with 1/0.
      return value ? "1" : "0";
    case "string": {
      const bad = forbiddenCharacter(value);
      if (bad !== undefined) {
        const code = bad.toString(16).toUpperCase().padStart(4, "0");
        throw new ParseError(
          `filter value contains a character that cannot be quoted safely (U+${code})`,
          value,
        );
      }
      return `'${value.replaceAll("'", "''")}'`;
    }
    default:
      throw new ParseError("filter value must be a string, number, boolean or Date", String(value));
  }
}

function checkField(method: FilterableMethod, field: unknown): string {
  const allowed = FILTER_FIELDS[method] as readonly string[];
  if (typeof field !== "string" || !allowed.includes(field)) {
    throw new ParseError(`unknown ${method} filter field (allowed: ${allowed.join(", ")})`, String(field));
  }
  return field;
}

/**
 * Builds a `where` condition from `[field, operator, value]` triples joined with `and`. Fields must be
 * in {@link FILTER_FIELDS} for the method, operators one of `= <> < <= > >= in`; values are quoted here.
 * No condition renders as `1=1` (D1's own example starts with it), so an empty filter matches everything.
 *
 * @example
 * buildWhere("Get_GoodsBillPaged", [
 *   ["CardId", "=", "O'Brien"],
 *   ["SubmitTime", ">=", new Date("2024-04-16T00:00:00+08:00")],
 *   ["Status", "in", [1, 3]],
 * ]).sql;
 * // "CardId = 'O''Brien' and SubmitTime >= '2024-04-16 00:00:00' and Status in (1, 3)"
 */
export function buildWhere<M extends FilterableMethod>(
  method: M,
  conditions: readonly Condition<FilterField<M>>[],
): SqlFragment {
  if (!(method in FILTER_FIELDS)) throw new ParseError("method takes no where filter", String(method));
  const parts = conditions.map((condition) => {
    if (!Array.isArray(condition) || condition.length !== 3)
      throw new ParseError("a condition is [field, operator, value]", String(condition));
    const [field, operator, value] = condition as readonly [unknown, unknown, unknown];
    const column = checkField(method, field);
    if (operator === "in") {
      if (!Array.isArray(value) || value.length === 0)
        throw new ParseError("`in` needs a non-empty list of values", String(value));
      return `${column} in (${value.map((item) => renderLiteral(item as FilterValue)).join(", ")})`;
    }
    if (!(COMPARISON_OPERATORS as readonly unknown[]).includes(operator))
      throw new ParseError("unknown filter operator (allowed: = <> < <= > >= in)", String(operator));
    if (Array.isArray(value))
      throw new ParseError(`operator ${String(operator)} takes one value`, String(value));
    return `${column} ${operator as string} ${renderLiteral(value as FilterValue)}`;
  });
  return fragment("where", parts.length ? parts.join(" and ") : "1=1");
}

/** One sort key: a field, optionally with a direction (default `asc`). */
export type SortKey<F extends string> = F | readonly [field: F, direction: "asc" | "desc"];

/**
 * Builds an `orderBy` from allow-listed fields and `asc`/`desc`. No key renders as `""` (the vendor's
 * default order).
 *
 * @example
 * buildOrderBy("Get_GoodsBillPaged", ["SubmitTime", ["BillNumber", "desc"]]).sql;
 * // "SubmitTime asc, BillNumber desc"
 */
export function buildOrderBy<M extends FilterableMethod>(
  method: M,
  keys: readonly SortKey<FilterField<M>>[],
): SqlFragment {
  if (!(method in FILTER_FIELDS)) throw new ParseError("method takes no orderBy", String(method));
  const parts = keys.map((key) => {
    const [field, direction] = typeof key === "string" ? [key, "asc"] : (key as readonly [unknown, unknown]);
    const column = checkField(method, field);
    if (direction !== "asc" && direction !== "desc")
      throw new ParseError("sort direction must be asc or desc", String(direction));
    return `${column} ${direction}`;
  });
  return fragment("orderBy", parts.join(", "));
}

/**
 * Declares `sql` a `where` condition to send AS IS. The vendor executes it: it must never contain text
 * that came from a user. Prefer {@link buildWhere}; the simulator only understands what buildWhere emits.
 *
 * @example
 * unsafeRawWhere("1=1 and CardId like 'VIP%'");
 */
export function unsafeRawWhere(sql: string): SqlFragment {
  if (typeof sql !== "string") throw new ParseError("unsafeRawWhere takes a string", String(sql));
  return fragment("where", sql);
}

/**
 * Declares `sql` an `orderBy` to send AS IS (see {@link unsafeRawWhere}: never user text).
 *
 * @example
 * unsafeRawOrderBy("len(CardId) desc");
 */
export function unsafeRawOrderBy(sql: string): SqlFragment {
  if (typeof sql !== "string") throw new ParseError("unsafeRawOrderBy takes a string", String(sql));
  return fragment("orderBy", sql);
}
