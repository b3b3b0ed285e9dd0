/**
 * A parser for exactly the `where` / `orderBy` grammar that @orderbridge/yikayi's filter builder emits
 * (plus D1's `1=1` prefix), so that the simulator can evaluate filters without a SQL engine and refuses
 * anything else — the way an injection attempt should fail.
 *
 *   where   := "" | "1=1" | [ "1=1" "and" ] cond { "and" cond }
 *   cond    := column op literal | column "in" "(" literal { "," literal } ")"
 *   op      := "=" | "<>" | "<" | "<=" | ">" | ">="
 *   literal := "'" { char | "''" } "'" | [ "-" ] digits [ "." digits ]
 *   orderBy := "" | column [ "asc" | "desc" ] { "," column [ "asc" | "desc" ] }
 *
 * Column names are matched case-insensitively, as SQL Server does by default (docs/vendors/yikayi.md §3.6).
 */

export type Literal = { kind: "string"; value: string } | { kind: "number"; value: number };
export type Operator = "=" | "<>" | "<" | "<=" | ">" | ">=" | "in";

export interface WhereCondition {
  /** The column as the simulator's records spell it. */
  column: string;
  operator: Operator;
  values: Literal[];
}

export interface SortKey {
  column: string;
  descending: boolean;
}

export class FilterSyntaxError extends Error {}

type Token =
  | { type: "word"; text: string }
  | { type: "op"; text: string }
  | { type: "string"; text: string }
  | { type: "number"; text: string }
  | { type: "punct"; text: "(" | ")" | "," };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (char === " ") {
      i++;
      continue;
    }
    if (char === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= input.length) throw new FilterSyntaxError("unterminated string literal");
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += input[i];
        i++;
      }
      tokens.push({ type: "string", text: value });
      continue;
    }
    const number = /^-?\d+(?:\.\d+)?/.exec(input.slice(i));
    if (number && (char === "-" || /\d/.test(char))) {
      tokens.push({ type: "number", text: number[0] });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(input.slice(i));
    if (word) {
      tokens.push({ type: "word", text: word[0] });
      i += word[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|=|<|>)/.exec(input.slice(i));
    if (op) {
      tokens.push({ type: "op", text: op[0] });
      i += op[0].length;
      continue;
    }
    if (char === "(" || char === ")" || char === ",") {
      tokens.push({ type: "punct", text: char });
      i++;
      continue;
    }
    throw new FilterSyntaxError(`unexpected character ${JSON.stringify(char)} at ${i}`);
  }
  return tokens;
}

function resolveColumn(name: string, columns: readonly string[]): string {
  const found = columns.find((column) => column.toLowerCase() === name.toLowerCase());
  if (!found) throw new FilterSyntaxError(`unknown column ${name}`);
  return found;
}

function literalOf(token: Token | undefined): Literal {
  if (token?.type === "string") return { kind: "string", value: token.text };
  if (token?.type === "number") return { kind: "number", value: Number(token.text) };
  throw new FilterSyntaxError(`literal expected, found ${token ? token.text : "end of input"}`);
}

/** Parses a `where` into conditions joined by `and`; throws FilterSyntaxError on anything else. */
export function parseWhere(input: string, columns: readonly string[]): WhereCondition[] {
  const tokens = tokenize(input);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];
  const isWord = (token: Token | undefined, word: string) =>
    token?.type === "word" && token.text.toLowerCase() === word;
  // D1's example: " 1=1 and cardId='…' "; the builder's empty filter: "1=1".
  if (peek()?.type === "number" && peek()?.text === "1") {
    const [, eq, one] = tokens.slice(position, position + 3);
    if (eq?.type === "op" && eq.text === "=" && one?.type === "number" && one.text === "1") {
      position += 3;
      if (position === tokens.length) return [];
      if (!isWord(next(), "and")) throw new FilterSyntaxError("`and` expected after 1=1");
    }
  }
  if (tokens.length === 0) return [];
  const conditions: WhereCondition[] = [];
  for (;;) {
    const columnToken = next();
    if (columnToken?.type !== "word" || isWord(columnToken, "and") || isWord(columnToken, "in"))
      throw new FilterSyntaxError(
        `column expected, found ${columnToken ? columnToken.text : "end of input"}`,
      );
    const column = resolveColumn(columnToken.text, columns);
    const operator = next();
    if (isWord(operator, "in")) {
      if (next()?.text !== "(") throw new FilterSyntaxError("`(` expected after in");
      const values = [literalOf(next())];
      for (;;) {
        const token = next();
        if (token?.type === "punct" && token.text === ")") break;
        if (token?.type !== "punct" || token.text !== ",") throw new FilterSyntaxError("`,` or `)` expected");
        values.push(literalOf(next()));
      }
      conditions.push({ column, operator: "in", values });
    } else if (operator?.type === "op") {
      conditions.push({ column, operator: operator.text as Operator, values: [literalOf(next())] });
    } else {
      throw new FilterSyntaxError(`operator expected after ${column}`);
    }
    if (position === tokens.length) return conditions;
    if (!isWord(next(), "and")) throw new FilterSyntaxError("`and` expected between conditions");
  }
}

/** Parses an `orderBy`; throws FilterSyntaxError on anything but columns with asc/desc. */
export function parseOrderBy(input: string, columns: readonly string[]): SortKey[] {
  const tokens = tokenize(input);
  const keys: SortKey[] = [];
  let position = 0;
  while (position < tokens.length) {
    const columnToken = tokens[position++];
    if (columnToken?.type !== "word") throw new FilterSyntaxError("column expected in orderBy");
    const column = resolveColumn(columnToken.text, columns);
    let descending = false;
    const direction = tokens[position];
    if (direction?.type === "word" && /^(asc|desc)$/i.test(direction.text)) {
      descending = direction.text.toLowerCase() === "desc";
      position++;
    }
    keys.push({ column, descending });
    if (position === tokens.length) break;
    const comma = tokens[position++];
    if (comma?.type !== "punct" || comma.text !== ",") throw new FilterSyntaxError("`,` expected in orderBy");
  }
  return keys;
}

/** A record's column value as the simulator compares it: numbers for numeric columns, text otherwise. */
export type ColumnValue = string | number | boolean | null | undefined;

function compare(value: ColumnValue, literal: Literal): number | undefined {
  if (value === null || value === undefined) return undefined; // SQL: comparisons with NULL are unknown
  if (literal.kind === "number") {
    const n = typeof value === "boolean" ? (value ? 1 : 0) : Number(value);
    if (Number.isNaN(n)) return undefined;
    return n === literal.value ? 0 : n < literal.value ? -1 : 1;
  }
  const text = String(value);
  // Case-insensitive, like SQL Server's default collation.
  const a = text.toLowerCase();
  const b = literal.value.toLowerCase();
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Evaluates parsed conditions against a record (a function from column to value). */
export function matches(
  conditions: readonly WhereCondition[],
  read: (column: string) => ColumnValue,
): boolean {
  return conditions.every((condition) => {
    const value = read(condition.column);
    if (condition.operator === "in") return condition.values.some((literal) => compare(value, literal) === 0);
    const order = compare(value, condition.values[0]!);
    if (order === undefined) return false;
    switch (condition.operator) {
      case "=":
        return order === 0;
      case "<>":
        return order !== 0;
      case "<":
        return order < 0;
      case "<=":
        return order <= 0;
      case ">":
        return order > 0;
      case ">=":
        return order >= 0;
      default:
        return false;
    }
  });
}

/** Sorts records by parsed keys (stable). */
export function compareBy(keys: readonly SortKey[], read: (record: number, column: string) => ColumnValue) {
  return (a: number, b: number): number => {
    for (const key of keys) {
      const x = read(a, key.column);
      const y = read(b, key.column);
      if (x === y) continue;
      if (x === null || x === undefined) return key.descending ? 1 : -1;
      if (y === null || y === undefined) return key.descending ? -1 : 1;
      const numeric = typeof x === "number" && typeof y === "number";
      const order = numeric ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
      if (order !== 0) return key.descending ? -order : order;
    }
    return a - b;
  };
}
