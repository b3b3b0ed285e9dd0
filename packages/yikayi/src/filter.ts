import { isLosslessNumber, type LosslessNumber, ParseError, toShanghaiLocal } from "@orderbridge/core";

/**
 * 1card1's `where` and `orderBy` are SQL fragments that the vendor pastes into its own query
 * (docs/vendors/yikayi.md §3.6, §6). This module is the only way the client builds them: column names come from
 * a per-method allow-list, operators from a fixed set, and every value is rendered as a literal here —
 * never pasted. Raw text is possible only through {@link unsafeRawWhere} / {@link unsafeRawOrderBy}.
 */

/** Columns a filter or sort may name, per list method (the columns integrators use, docs/vendors/yikayi.md §3.6). */
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

/**
 * A value a condition may compare with. Dates are sent as Beijing-local `'yyyy-MM-dd HH:mm:ss'`. A number must be
 * exact as written (a safe integer, or at most 15 significant digits); a decimal or integer beyond that is passed
 * as a `LosslessNumber` (what `parseJsonLossless` gives) or a `bigint`, and is sent as its exact text.
 */
export type FilterValue = string | number | bigint | boolean | Date | LosslessNumber;

/** One condition: `[field, operator, value]`; `in` takes a non-empty list. */
export type Condition<F extends string> =
  | readonly [field: F, operator: ComparisonOperator, value: FilterValue]
  | readonly [field: F, operator: "in", values: readonly FilterValue[]];

/**
 * The fragments this module made, and what they are. A module-private WeakMap, not a property: a caller cannot
 * forge a fragment (an object carrying a `Symbol.for(…)` key or a `kind` is still refused), only get one from
 * {@link buildWhere}, {@link buildOrderBy} or an `unsafeRaw…` call. (Two copies of this package do not accept each
 * other's fragments.)
 */
const FRAGMENTS = new WeakMap<object, "where" | "orderBy">();

/** A `where` or `orderBy` text that this module built (or that the caller declared unsafe). */
export interface SqlFragment {
  readonly kind: "where" | "orderBy";
  /** The exact text sent to the vendor. */
  readonly sql: string;
  toString(): string;
}

function fragment(kind: "where" | "orderBy", sql: string): SqlFragment {
  const value: SqlFragment = Object.freeze({ kind, sql, toString: () => sql });
  FRAGMENTS.set(value, kind);
  return value;
}

/** True when `value` came from {@link buildWhere}/{@link buildOrderBy} or an `unsafeRaw…` call of this module. */
export function isSqlFragment(value: unknown, kind?: "where" | "orderBy"): value is SqlFragment {
  if (typeof value !== "object" || value === null) return false;
  const made = FRAGMENTS.get(value);
  return made !== undefined && (kind === undefined || made === kind);
}

/**
 * Characters refused inside string values: control characters (newlines end a T-SQL `--` comment and change
 * statements), the backslash (an escape character in MySQL, a line continuation in T-SQL — the vendor's SQL
 * dialect is undocumented, so a value containing one cannot be quoted safely for both), and look-alikes of the
 * apostrophe and the grave accent.
 *
 * The look-alikes matter because SQL Server converts Unicode text to a code page wherever a value meets a
 * non-Unicode (`varchar`) column or literal, and that conversion "best-fits" characters the code page lacks to
 * similar ASCII ones (Microsoft's WindowsBestFit tables, https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WindowsBestFit/):
 * `ʼ` U+02BC becomes `'` (shown by Bert Wagner, "How Unicode homoglyphs will break your custom SQL injection
 * sanitizing functions", bertwagner.com, 2018), and so does `＇` U+FF07 (reported on SQLServerCentral,
 * https://www.sqlservercentral.com/Forums/FindPost1604980.aspx). The 1card1 server's columns, collation and code
 * page (most likely 936, Simplified Chinese) are unknown, so every character that Unicode's own confusables list
 * (UTS #39, https://www.unicode.org/Public/security/latest/confusables.txt) maps to U+0027 APOSTROPHE is refused,
 * with the grave accent and the low/high single quotation marks, even a Hebrew yod (U+05D9): a filter value in
 * a Chinese membership shop loses nothing by it, and a quote that survives as a quote loses everything.
 * Characters whose compatibility form (NFKC) contains a refused character are refused too (fullwidth and small
 * forms: `＼` U+FF3C, `｀` U+FF40, …).
 */
export const APOSTROPHE_LOOKALIKES: ReadonlySet<number> = new Set([
  0x0060, // GRAVE ACCENT (a quote in MySQL; best-fit target of many below)
  0x00b4, // ACUTE ACCENT
  0x02b9, // MODIFIER LETTER PRIME
  0x02bb, // MODIFIER LETTER TURNED COMMA
  0x02bc, // MODIFIER LETTER APOSTROPHE
  0x02bd, // MODIFIER LETTER REVERSED COMMA
  0x02be, // MODIFIER LETTER RIGHT HALF RING
  0x02c8, // MODIFIER LETTER VERTICAL LINE
  0x02ca, // MODIFIER LETTER ACUTE ACCENT
  0x02cb, // MODIFIER LETTER GRAVE ACCENT
  0x02f4, // MODIFIER LETTER MIDDLE GRAVE ACCENT
  0x0374, // GREEK NUMERAL SIGN
  0x0384, // GREEK TONOS
  0x055a, // ARMENIAN APOSTROPHE
  0x055d, // ARMENIAN COMMA
  0x05d9, // HEBREW LETTER YOD
  0x05f3, // HEBREW PUNCTUATION GERESH
  0x07f4, // NKO HIGH TONE APOSTROPHE
  0x07f5, // NKO LOW TONE APOSTROPHE
  0x144a, // CANADIAN SYLLABICS WEST-CREE P
  0x16cc, // RUNIC LETTER SHORT-TWIG-SOL S
  0x1fbd, // GREEK KORONIS
  0x1fbf, // GREEK PSILI
  0x1fef, // GREEK VARIA
  0x1ffd, // GREEK OXIA
  0x1ffe, // GREEK DASIA
  0x2018, // LEFT SINGLE QUOTATION MARK
  0x2019, // RIGHT SINGLE QUOTATION MARK
  0x201a, // SINGLE LOW-9 QUOTATION MARK
  0x201b, // SINGLE HIGH-REVERSED-9 QUOTATION MARK
  0x2032, // PRIME
  0x2035, // REVERSED PRIME
  0xa78c, // LATIN SMALL LETTER SALTILLO
  0xff07, // FULLWIDTH APOSTROPHE
  0xff40, // FULLWIDTH GRAVE ACCENT
  0x16f51, // MIAO SIGN ASPIRATION
  0x16f52, // MIAO SIGN REFORMED VOICING
]);

function refusedCodePoint(code: number): boolean {
  const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  return control || code === 0x27 || code === 0x5c || code === 0xfeff || APOSTROPHE_LOOKALIKES.has(code);
}

/** The first character of `value` that {@link renderLiteral} refuses, if any (the apostrophe itself is doubled). */
function forbiddenCharacter(value: string): number | undefined {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code === 0x27) continue;
    if (refusedCodePoint(code)) return code;
    if (code > 0x7f) {
      const compatible = char.normalize("NFKC");
      if (compatible !== char) {
        for (const part of compatible) if (refusedCodePoint(part.codePointAt(0)!)) return code;
      }
    }
  }
  return undefined;
}

/** SQL Server's `datetime` range, the narrowest the vendor's column may have. */
const FIRST_YEAR = 1753;
const LAST_YEAR = 9999;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Renders one literal. Only this function turns caller data into SQL text. */
export function renderLiteral(value: FilterValue): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ParseError("filter value is an invalid Date", String(value));
    const text = toShanghaiLocal(value);
    const year = Number(text.slice(0, 4));
    // A Date far in the future (or past) has no yyyy-MM-dd text a SQL Server datetime can read.
    if (!LOCAL_TIME.test(text) || year < FIRST_YEAR || year > LAST_YEAR)
      throw new ParseError(
        `filter Date is outside ${FIRST_YEAR}–${LAST_YEAR} (Beijing time), the range a SQL Server datetime holds`,
        value.toISOString(),
      );
    return `'${text}'`;
  }
  if (isLosslessNumber(value)) {
    // Exact decimal text, never through a float: 12345678901234567890.1234 stays as written.
    if (!PLAIN_DECIMAL.test(value.value))
      throw new ParseError("filter number must be a plain decimal (digits, one optional point)", value.value);
    return value.value;
  }
  switch (typeof value) {
    case "number": {
      const text = String(value);
      if (!Number.isFinite(value) || !PLAIN_DECIMAL.test(text))
        throw new ParseError("filter number must be finite and written without an exponent", text);
      // A safe integer is exact. Anything else is exact only if its shortest text has at most 15 significant
      // digits (a double holds 15–17): 12345678901234567890.1234 is already 12345678901234567000 here.
      if (!Number.isSafeInteger(value) && text.replace(/^-?0*\.?0*/, "").replace(".", "").length > 15)
        throw new ParseError(
          "filter number is not exact as a JavaScript number: pass it as a LosslessNumber (parseJsonLossless) or a bigint",
          text,
        );
      return text;
    }
    case "bigint":
      return value.toString();
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
      throw new ParseError(
        "filter value must be a string, number, bigint, LosslessNumber, boolean or Date",
        String(value),
      );
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
