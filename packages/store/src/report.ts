import { CHANGE_COLUMNS } from "./migrations.js";
import { type ChangeRow, changeOf, isoOrNull, kindsOf } from "./read.js";
import { byCodeUnit, StoreError } from "./rows.js";
import type {
  AmountChecks,
  ChangeField,
  ChangeSummary,
  DailySales,
  MethodSales,
  OrderKind,
  ReportQuery,
  ReportReads,
  SalesTotal,
  StatementCheck,
  StatementDifference,
  StatementInput,
  StoreSales,
} from "./types.js";

/**
 * The report's aggregate queries, written once for both dialects: every figure is a GROUP BY in the
 * database (daily rows per vendor, method or store; lists cut at a limit), never a walk over orders in
 * JavaScript, so a report over a million orders reads a few thousand rows. A report covers the orders
 * CREATED in [since, until); days are Beijing dates (UTC+8, as every vendor's local time: Asia/Shanghai
 * has kept UTC+8 without daylight saving since 1991). Both dialects give the same answers (tested).
 */

/** What differs between the dialects in the report's SQL. */
interface Dialect {
  readonly postgres: boolean;
  /** The Beijing date (`YYYY-MM-DD`) of a time column. */
  day(column: string): string;
  /** A join of a JSON array column's elements as `alias` (after a FROM item). */
  elements(column: string, alias: string): string;
  /** A field of an element, as text. */
  text(alias: string, field: string): string;
  /** A field of an element, as an integer. */
  integer(alias: string, field: string): string;
  /** A text column in ORDER BY: byte order in both. */
  sorted(column: string): string;
  /** A time parameter placeholder (`param` is its plain placeholder). */
  time(param: string): string;
}

const SQLITE: Dialect = {
  postgres: false,
  day: (column) => `date(${column}, '+8 hours')`,
  elements: (column, alias) => `, json_each(${column}) AS ${alias}`,
  text: (alias, field) => `json_extract(${alias}.value, '$.${field}')`,
  integer: (alias, field) => `json_extract(${alias}.value, '$.${field}')`,
  sorted: (column) => column,
  time: (param) => param,
};

const POSTGRES: Dialect = {
  postgres: true,
  day: (column) => `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD')`,
  elements: (column, alias) => ` CROSS JOIN LATERAL jsonb_array_elements(${column}) AS ${alias}`,
  text: (alias, field) => `(${alias} ->> '${field}')`,
  integer: (alias, field) => `(${alias} ->> '${field}')::bigint`,
  sorted: (column) => `${column} COLLATE "C"`,
  time: (param) => `${param}::timestamptz`,
};

/** Runs one query with positional values and gives plain rows back. */
export type RunQuery = (sql: string, values: unknown[]) => Promise<Record<string, unknown>[]>;

/** Collects a query's values and writes their placeholders (`?` or `$n`). */
class Params {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: Dialect) {}
  add(value: unknown): string {
    this.values.push(value);
    return this.dialect.postgres ? `$${this.values.length}` : "?";
  }
  time(value: Date | string): string {
    return this.dialect.time(this.add(isoOrNull(value)));
  }
}

/** `<prefix>created_at` in the period, and the vendor and kind filters, as AND-ed terms. */
function periodTerms(query: ReportQuery, params: Params, dialect: Dialect, prefix = ""): string {
  checkPeriod(query);
  const terms = [
    `${prefix}created_at >= ${params.time(query.since)}`,
    `${prefix}created_at < ${params.time(query.until)}`,
  ];
  terms.push(...filterTerms(query, params, dialect, prefix));
  return terms.join(" AND ");
}

function filterTerms(
  filter: { vendor?: string | undefined; kind?: readonly OrderKind[] | undefined },
  params: Params,
  dialect: Dialect,
  prefix = "",
): string[] {
  const terms: string[] = [];
  if (filter.vendor !== undefined) terms.push(`${prefix}vendor = ${params.add(filter.vendor)}`);
  const kinds = kindsOf(filter.kind);
  if (kinds !== undefined) {
    terms.push(
      dialect.postgres
        ? `${prefix}kind = ANY(${params.add(kinds)}::text[])`
        : `${prefix}kind IN (SELECT value FROM json_each(${params.add(JSON.stringify(kinds))}))`,
    );
  }
  return terms;
}

function checkPeriod(query: { since: Date | string; until: Date | string }): void {
  const since = Date.parse(isoOrNull(query.since)!);
  const until = Date.parse(isoOrNull(query.until)!);
  if (!(since < until)) {
    throw new StoreError(
      `a report period must end after it starts (since ${isoOrNull(query.since)}, until ${isoOrNull(query.until)})`,
    );
  }
}

function checkLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 0)
    throw new StoreError(`a report limit must be a whole number ≥ 0 (got ${limit})`);
}

/** PostgreSQL gives sums and counts of BIGINT as text; SQLite as numbers. */
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);
const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value ?? ""));

/** The report's reads over one dialect's connection. */
export function reportReads(dialectName: "sqlite" | "postgres", run: RunQuery): ReportReads {
  const d = dialectName === "postgres" ? POSTGRES : SQLITE;
  const counted = "duplicate_of IS NULL";

  return {
    async salesTotals(query) {
      const p = new Params(d);
      const rows = await run(
        `SELECT vendor, kind,
           sum(CASE WHEN ${counted} THEN 1 ELSE 0 END) AS orders,
           sum(CASE WHEN ${counted} THEN paid_amount ELSE 0 END) AS paid,
           sum(CASE WHEN ${counted} THEN refunded_amount ELSE 0 END) AS refunded,
           sum(CASE WHEN ${counted} THEN 0 ELSE 1 END) AS duplicates
         FROM orders WHERE ${periodTerms(query, p, d)}
         GROUP BY vendor, kind ORDER BY ${d.sorted("vendor")}, ${d.sorted("kind")}`,
        p.values,
      );
      return rows.map(
        (row): SalesTotal => ({
          vendor: String(row["vendor"]),
          kind: row["kind"] as OrderKind,
          orders: num(row["orders"]),
          paid: num(row["paid"]),
          refunded: num(row["refunded"]),
          duplicates: num(row["duplicates"]),
        }),
      );
    },

    async salesByDay(query) {
      const p = new Params(d);
      const rows = await run(
        `SELECT ${d.day("created_at")} AS day, vendor, count(*) AS orders, sum(paid_amount) AS paid,
           sum(refunded_amount) AS refunded
         FROM orders WHERE ${periodTerms(query, p, d)} AND ${counted}
         GROUP BY 1, 2 ORDER BY 1, ${d.sorted("vendor")}`,
        p.values,
      );
      return rows.map(
        (row): DailySales => ({
          day: String(row["day"]),
          vendor: String(row["vendor"]),
          orders: num(row["orders"]),
          paid: num(row["paid"]),
          refunded: num(row["refunded"]),
        }),
      );
    },

    async paymentsByMethod(query) {
      const p = new Params(d);
      const rows = await run(
        `SELECT ${d.day("o.created_at")} AS day, o.vendor AS vendor, ${d.text("pay", "method")} AS method,
           count(*) AS payments, sum(${d.integer("pay", "amount")}) AS amount
         FROM orders AS o${d.elements("o.payments", "pay")}
         WHERE ${periodTerms(query, p, d, "o.")} AND o.${counted} AND ${d.text("pay", "status")} = 'succeeded'
         GROUP BY 1, 2, 3 ORDER BY 1, ${d.sorted("o.vendor")}, 3`,
        p.values,
      );
      return rows
        .map(
          (row): MethodSales => ({
            day: String(row["day"]),
            vendor: String(row["vendor"]),
            method: String(row["method"]),
            payments: num(row["payments"]),
            amount: num(row["amount"]),
          }),
        )
        .sort(
          (a, b) =>
            byCodeUnit(a.day, b.day) || byCodeUnit(a.vendor, b.vendor) || byCodeUnit(a.method, b.method),
        );
    },

    async topStores(query) {
      checkLimit(query.limit);
      const p = new Params(d);
      const where = periodTerms(query, p, d);
      const rows = await run(
        `SELECT vendor, store_id, max(${d.sorted("store_name")}) AS store_name, count(*) AS orders,
           sum(paid_amount) AS paid, sum(refunded_amount) AS refunded
         FROM orders WHERE ${where} AND ${counted}
         GROUP BY vendor, store_id
         ORDER BY sum(paid_amount) - sum(refunded_amount) DESC, ${d.sorted("vendor")},
           ${d.sorted("coalesce(store_id, '')")}
         LIMIT ${p.add(query.limit)}`,
        p.values,
      );
      return rows.map(
        (row): StoreSales => ({
          vendor: String(row["vendor"]),
          storeId: (row["store_id"] as string | null) ?? null,
          storeName: (row["store_name"] as string | null) ?? null,
          orders: num(row["orders"]),
          paid: num(row["paid"]),
          refunded: num(row["refunded"]),
        }),
      );
    },

    async amountChecks(query) {
      checkLimit(query.limit);
      const perOrder = (p: Params) => `
        SELECT o.id, o.vendor, o.kind, o.created_at, o.paid_amount, o.refunded_amount,
          (SELECT coalesce(sum(${d.integer("pay", "amount")}), 0) FROM ${
            d.postgres ? "jsonb_array_elements(o.payments) AS pay" : "json_each(o.payments) AS pay"
          } WHERE ${d.text("pay", "status")} = 'succeeded') AS payments,
          (SELECT coalesce(sum(${d.integer("ref", "amount")}), 0) FROM ${
            d.postgres ? "jsonb_array_elements(o.refunds) AS ref" : "json_each(o.refunds) AS ref"
          } WHERE ${d.text("ref", "status")} = 'succeeded') AS refunds
        FROM orders AS o WHERE ${periodTerms(query, p, d, "o.")} AND o.${counted}`;
      const disagree = "(paid_amount <> payments OR refunded_amount <> refunds)";
      const p1 = new Params(d);
      const vendors = await run(
        `SELECT vendor, count(*) AS orders, sum(paid_amount) AS paid, sum(payments) AS payments,
           sum(refunded_amount) AS refunded, sum(refunds) AS refunds,
           sum(CASE WHEN ${disagree} THEN 1 ELSE 0 END) AS disagreeing
         FROM (${perOrder(p1)}) AS per GROUP BY vendor ORDER BY ${d.sorted("vendor")}`,
        p1.values,
      );
      const p2 = new Params(d);
      const inner = perOrder(p2);
      const listed = await run(
        `SELECT * FROM (${inner}) AS per WHERE ${disagree}
         ORDER BY created_at, ${d.sorted("id")} LIMIT ${p2.add(query.limit)}`,
        p2.values,
      );
      return {
        vendors: vendors.map((row) => ({
          vendor: String(row["vendor"]),
          orders: num(row["orders"]),
          paid: num(row["paid"]),
          payments: num(row["payments"]),
          refunded: num(row["refunded"]),
          refunds: num(row["refunds"]),
          disagreeing: num(row["disagreeing"]),
        })),
        disagreeing: listed.map((row) => ({
          id: String(row["id"]),
          vendor: String(row["vendor"]),
          kind: row["kind"] as OrderKind,
          createdAt: iso(row["created_at"]),
          paid: num(row["paid_amount"]),
          payments: num(row["payments"]),
          refunded: num(row["refunded_amount"]),
          refunds: num(row["refunds"]),
        })),
      } satisfies AmountChecks;
    },

    async statementChecks(query) {
      checkLimit(query.limit);
      checkPeriod(query);
      const since = isoOrNull(query.since)!;
      const until = isoOrNull(query.until)!;
      const pw = new Params(d);
      const windows = await run(
        `SELECT vendor, kind, since, until FROM statement_windows
         WHERE since < ${pw.time(until)} AND until > ${pw.time(since)}${filterTerms(query, pw, d)
           .map((term) => ` AND ${term}`)
           .join("")}
         ORDER BY ${d.sorted("vendor")}, ${d.sorted("kind")}, since, until`,
        pw.values,
      );
      const streams = new Map<string, { vendor: string; kind: OrderKind; covered: Interval[] }>();
      for (const row of windows) {
        const vendor = String(row["vendor"]);
        const kind = row["kind"] as OrderKind;
        const key = `${vendor}\u0000${kind}`;
        if (!streams.has(key)) streams.set(key, { vendor, kind, covered: [] });
        streams.get(key)!.covered.push({ since: iso(row["since"]), until: iso(row["until"]) });
      }
      const checks: StatementCheck[] = [];
      for (const { vendor, kind, covered } of streams.values()) {
        checks.push(await statementCheck(vendor, kind, mergeIntervals(covered, since, until)));
      }
      return checks;

      async function statementCheck(
        vendor: string,
        kind: OrderKind,
        covered: Interval[],
      ): Promise<StatementCheck> {
        // Statement entries paid in the period; stored orders of the same vendor and kind paid in it, split
        // by whether a statement window covers their payment time.
        const entriesIn = (p: Params, alias: string) =>
          `${alias}.vendor = ${p.add(vendor)} AND ${alias}.kind = ${p.add(kind)}
           AND ${alias}.paid_at >= ${p.time(since)} AND ${alias}.paid_at < ${p.time(until)}`;
        const ordersIn = (p: Params, alias: string) =>
          `${alias}.vendor = ${p.add(vendor)} AND ${alias}.kind = ${p.add(kind)}
           AND ${alias}.paid_at >= ${p.time(since)} AND ${alias}.paid_at < ${p.time(until)}
           AND ${alias}.${counted}`;
        const coveredBy = (_p: Params, alias: string) =>
          `EXISTS (SELECT 1 FROM statement_windows AS w WHERE w.vendor = ${alias}.vendor AND w.kind = ${alias}.kind
             AND ${alias}.paid_at >= w.since AND ${alias}.paid_at < w.until)`;

        const p1 = new Params(d);
        const [statement] = await run(
          `SELECT count(*) AS entries, coalesce(sum(amount), 0) AS amount,
             sum(CASE WHEN amount IS NULL THEN 1 ELSE 0 END) AS without_amount
           FROM statement_entries AS s WHERE ${entriesIn(p1, "s")}`,
          p1.values,
        );
        const p2 = new Params(d);
        const [stored] = await run(
          `SELECT
             sum(CASE WHEN ${coveredBy(p2, "o")} THEN 1 ELSE 0 END) AS covered_orders,
             sum(CASE WHEN ${coveredBy(p2, "o")} THEN total_amount ELSE 0 END) AS covered_amount,
             count(*) AS orders, coalesce(sum(total_amount), 0) AS amount
           FROM orders AS o WHERE ${ordersIn(p2, "o")}`,
          p2.values,
        );
        const differences = async (
          rows: (p: Params) => string,
        ): Promise<{ count: number; rows: StatementDifference[] }> => {
          const pc = new Params(d);
          const [counted] = await run(`SELECT count(*) AS n FROM (${rows(pc)}) AS e`, pc.values);
          const pl = new Params(d);
          const listed = await run(
            `SELECT * FROM (${rows(pl)}) AS e ORDER BY paid_at, ${d.sorted("order_id")} LIMIT ${pl.add(query.limit)}`,
            pl.values,
          );
          return {
            count: num(counted?.["n"]),
            rows: listed.map((row) => ({
              orderId: String(row["order_id"]),
              reference: (row["reference"] as string | null) ?? null,
              paidAt: iso(row["paid_at"]),
              statementAmount: numOrNull(row["statement_amount"]),
              storedAmount: numOrNull(row["stored_amount"]),
            })),
          };
        };
        const missingFromStore = await differences(
          (
            p,
          ) => `SELECT s.order_id, s.reference, s.paid_at, s.amount AS statement_amount, NULL AS stored_amount
            FROM statement_entries AS s
            WHERE ${entriesIn(p, "s")} AND NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.id = s.order_id)`,
        );
        const amountsDiffer = await differences(
          (p) => `SELECT s.order_id, s.reference, s.paid_at, s.amount AS statement_amount,
              o.total_amount AS stored_amount
            FROM statement_entries AS s JOIN orders AS o ON o.id = s.order_id
            WHERE ${entriesIn(p, "s")} AND s.amount IS NOT NULL AND s.amount <> o.total_amount`,
        );
        const missingFromStatement = await differences(
          (p) => `SELECT o.id AS order_id, NULL AS reference, o.paid_at, NULL AS statement_amount,
              o.total_amount AS stored_amount
            FROM orders AS o
            WHERE ${ordersIn(p, "o")} AND ${coveredBy(p, "o")}
              AND NOT EXISTS (SELECT 1 FROM statement_entries AS s WHERE s.order_id = o.id)`,
        );
        const coveredOrders = num(stored?.["covered_orders"]);
        const coveredAmount = num(stored?.["covered_amount"]);
        return {
          vendor,
          kind,
          covered,
          statement: {
            entries: num(statement?.["entries"]),
            amount: num(statement?.["amount"]),
            withoutAmount: num(statement?.["without_amount"]),
          },
          stored: { orders: coveredOrders, amount: coveredAmount },
          notCovered: {
            orders: num(stored?.["orders"]) - coveredOrders,
            amount: num(stored?.["amount"]) - coveredAmount,
          },
          counts: {
            missingFromStore: missingFromStore.count,
            missingFromStatement: missingFromStatement.count,
            amountsDiffer: amountsDiffer.count,
          },
          missingFromStore: missingFromStore.rows,
          missingFromStatement: missingFromStatement.rows,
          amountsDiffer: amountsDiffer.rows,
        };
      }
    },

    async changeSummary(query) {
      const limit = query.limit ?? 100;
      checkLimit(limit);
      // The change log first (its changed_at index), then each row's order by primary key: SQLite's CROSS
      // JOIN keeps that order (without statistics it would walk the period's orders instead).
      const scope = (p: Params, join = "") =>
        `FROM order_changes AS c ${d.postgres ? "JOIN" : "CROSS JOIN"} orders AS o ON o.id = c.order_id${join}
         WHERE c.changed_at >= ${p.time(query.changesSince)} AND ${periodTerms(query, p, d, "o.")}`;
      const p1 = new Params(d);
      const [total] = await run(
        `SELECT count(*) AS changes, count(DISTINCT c.order_id) AS orders ${scope(p1)}`,
        p1.values,
      );
      const p2 = new Params(d);
      const fields = d.postgres
        ? " CROSS JOIN LATERAL jsonb_array_elements_text(c.fields) AS f(value)"
        : ", json_each(c.fields) AS f";
      const byField = await run(
        `SELECT c.vendor AS vendor, c.kind AS kind, f.value AS field, count(*) AS changes,
           count(DISTINCT c.order_id) AS orders
         ${scope(p2, fields)}
         GROUP BY 1, 2, 3`,
        p2.values,
      );
      const p3 = new Params(d);
      const latest = await run(
        `SELECT c.*, o.created_at AS order_created_at ${scope(p3)}
         ORDER BY c.changed_at DESC, c.seq DESC LIMIT ${p3.add(limit)}`,
        p3.values,
      );
      const order = new Map(CHANGE_COLUMNS.map(([name], i) => [name, i]));
      return {
        changes: num(total?.["changes"]),
        orders: num(total?.["orders"]),
        byField: byField
          .map((row) => ({
            vendor: String(row["vendor"]),
            kind: row["kind"] as OrderKind,
            field: row["field"] as ChangeField,
            changes: num(row["changes"]),
            orders: num(row["orders"]),
          }))
          .sort(
            (a, b) =>
              byCodeUnit(a.vendor, b.vendor) ||
              byCodeUnit(a.kind, b.kind) ||
              (order.get(a.field) ?? 99) - (order.get(b.field) ?? 99),
          ),
        latest: latest.map((row) => ({
          ...changeOf(row as ChangeRow),
          orderCreatedAt: iso(row["order_created_at"]),
        })),
      } satisfies ChangeSummary;
    },
  };
}

interface Interval {
  since: string;
  until: string;
}

/** Windows (sorted by start) clipped to [since, until) and merged where they touch or overlap. */
export function mergeIntervals(windows: readonly Interval[], since: string, until: string): Interval[] {
  const lo = Date.parse(since);
  const hi = Date.parse(until);
  const merged: { since: number; until: number }[] = [];
  const sorted = windows
    .map((w) => ({ since: Math.max(Date.parse(w.since), lo), until: Math.min(Date.parse(w.until), hi) }))
    .filter((w) => w.since < w.until)
    .sort((a, b) => a.since - b.since);
  for (const w of sorted) {
    const last = merged.at(-1);
    if (last && w.since <= last.until) last.until = Math.max(last.until, w.until);
    else merged.push({ ...w });
  }
  return merged.map((w) => ({
    since: new Date(w.since).toISOString(),
    until: new Date(w.until).toISOString(),
  }));
}

/** Checks a statement before it is written, so a bad one never reaches the database. */
export function checkStatement(statement: StatementInput): void {
  for (const key of ["vendor", "account", "kind"] as const) {
    if (typeof statement[key] !== "string" || (key !== "account" && statement[key] === ""))
      throw new StoreError(`a statement needs its ${key} (got ${JSON.stringify(statement[key])})`);
  }
  checkPeriod(statement);
  if (!Array.isArray(statement.entries)) throw new StoreError("a statement needs its entries (an array)");
  for (const [i, entry] of statement.entries.entries()) {
    const where = `statement entry ${i} (${JSON.stringify(entry?.reference)})`;
    if (typeof entry?.reference !== "string" || entry.reference === "")
      throw new StoreError(`${where} needs its reference`);
    if (typeof entry.orderId !== "string" || entry.orderId === "")
      throw new StoreError(`${where} needs the Order id it names`);
    if (!Number.isSafeInteger(entry.lines) || entry.lines < 0)
      throw new StoreError(`${where}: lines must be a count (got ${JSON.stringify(entry.lines)})`);
    if (entry.amount !== null && (!Number.isSafeInteger(entry.amount) || entry.amount < 0))
      throw new StoreError(
        `${where}: amount must be whole fen ≥ 0 or null (got ${JSON.stringify(entry.amount)})`,
      );
    if (isoOrNull(entry.paidAt) === null) throw new StoreError(`${where} needs its payment time`);
  }
}

/** A statement's entries as rows (times RFC 3339 UTC), the last of several for one reference winning. */
export function statementRows(statement: StatementInput): {
  reference: string;
  orderId: string;
  paidAt: string;
  lines: number;
  amount: number | null;
}[] {
  const byReference = new Map<string, StatementInput["entries"][number]>();
  for (const entry of statement.entries) byReference.set(entry.reference, entry);
  return [...byReference.values()]
    .map((entry) => ({
      reference: entry.reference,
      orderId: entry.orderId,
      paidAt: isoOrNull(entry.paidAt)!,
      lines: entry.lines,
      amount: entry.amount,
    }))
    .sort((a, b) => byCodeUnit(a.reference, b.reference));
}
