import { afterEach, describe, expect, it } from "vitest";
import {
  type Order,
  type OrderKind,
  openStore,
  type ReportQuery,
  type StatementInput,
  type Store,
  StoreError,
} from "../../src/index.js";
import type { Backend } from "./backends.js";
import { generatedOrder } from "./orders.js";

const METHODS = ["wechat", "alipay", "cash", "stored_value", "corporate"] as const;
const KIND_OF: Record<string, OrderKind[]> = {
  yopoint: ["cabinet", "vending"],
  baifude: ["welfare_mall"],
  yikayi: ["online_mall", "in_store"],
};

/** Beijing date of an RFC 3339 UTC time, by arithmetic (independent of the store's SQL). */
function beijingDay(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A varied set of Orders for the report's aggregates: three vendors and their kinds, creation times
 * spread over two months around Beijing midnights, several payment methods and statuses, partial and
 * failed refunds, stores with and without names, some orders without a store, pairs with `duplicateOf`,
 * and some whose amounts disagree with their payments or refunds.
 */
export function reportOrders(count = 400): Order[] {
  const orders: Order[] = [];
  const start = Date.parse("2024-03-25T00:00:00.000Z");
  for (let i = 0; i < count; i++) {
    const base = generatedOrder(i);
    const vendor = (["yopoint", "baifude", "yikayi"] as const)[i % 3]!;
    const kinds = KIND_OF[vendor]!;
    const kind = kinds[Math.floor(i / 3) % kinds.length]!;
    // Spread over ~62 days; every 17th exactly at a Beijing midnight (16:00Z) or a millisecond before.
    let t = start + ((i * 1_234_567_891) % (62 * 86_400_000));
    if (i % 17 === 0) t = Math.floor(t / 86_400_000) * 86_400_000 + 16 * 3_600_000 - (i % 2);
    const createdAt = new Date(t).toISOString();
    const total = 100 + ((i * 7919) % 90_000);
    const split = i % 4 === 0 ? Math.floor(total / 3) : 0;
    const payments: Order["payments"] = [
      {
        method: METHODS[i % METHODS.length]!,
        vendorMethod: String(i % 9),
        amount: total - split,
        status: "succeeded",
      },
    ];
    if (split > 0)
      payments.push({
        method: METHODS[(i + 2) % METHODS.length]!,
        vendorMethod: "x",
        amount: split,
        status: "succeeded",
      });
    if (i % 11 === 0) payments.push({ method: "alipay", vendorMethod: "f", amount: 77, status: "failed" });
    const refunds: Order["refunds"] = [];
    if (i % 5 === 0) refunds.push({ id: `R${i}`, amount: Math.floor(total / 4), status: "succeeded" });
    if (i % 10 === 0) refunds.push({ id: `P${i}`, amount: 50, status: "pending" });
    const refunded = refunds.filter((r) => r.status === "succeeded").reduce((sum, r) => sum + r.amount, 0);
    // Every 23rd order states a paid figure its payments do not add up to; every 29th a refund figure.
    const paid = i % 23 === 0 ? total + 1 : total;
    const refundedAmount = i % 29 === 0 ? refunded + 5 : refunded;
    const id = `${vendor}:V${String(i).padStart(6, "0")}`;
    const order: Order = {
      ...base,
      id,
      vendor,
      kind,
      vendorOrderId: `V${String(i).padStart(6, "0")}`,
      orderNo: `N${i}`,
      totalAmount: total,
      paidAmount: paid,
      refundedAmount,
      paymentStatus: refundedAmount === 0 ? "paid" : "partially_refunded",
      createdAt,
      paidAt: new Date(Date.parse(createdAt) + 60_000).toISOString(),
      items: [{ sku: "S", name: "商品", quantity: 1, unitPrice: total, amount: total }],
      payments,
      refunds,
    };
    if (i % 7 === 3) delete order.store;
    else order.store = { id: `st-${vendor}-${i % 9}`, name: `店 ${i % 9}` };
    // 1card1 pairs: a goods order that names the till sale before it.
    if (vendor === "yikayi" && kind === "online_mall" && i % 4 === 0 && i >= 6) {
      const target = orders.find((o) => o.vendor === "yikayi" && o.kind === "in_store" && !o.duplicateOf);
      if (target) order.duplicateOf = target.id;
    }
    orders.push(order);
  }
  return orders;
}

const succeeded = (flows: readonly { amount: number; status: string }[]) =>
  flows.filter((f) => f.status === "succeeded").reduce((sum, f) => sum + f.amount, 0);

/** Schema v3's behaviour (statements, the report's aggregates), run against each backend. */
export function storeV3Behaviour(backend: () => Backend): void {
  const opened: Store[] = [];
  let clock = Date.parse("2024-06-01T00:00:00.000Z");
  const now = () => new Date(clock);
  const tick = () => {
    clock += 60_000;
  };

  async function open(url: string, readOnly = false): Promise<Store> {
    const store = await openStore(url, { now, readOnly });
    opened.push(store);
    return store;
  }

  async function fresh(): Promise<{ store: Store; url: string }> {
    const url = await backend().freshUrl();
    const store = await open(url);
    await store.migrate();
    return { store, url };
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  describe("migration to schema v3", () => {
    it("adds the statement tables to a v2 store and changes nothing else", async () => {
      const { store, url } = await fresh();
      await store.writeBatch({ orders: reportOrders(30) });
      await store.close();
      // A v2 store: the v3 tables and its migration row taken away again.
      await backend().exec(url, "DROP TABLE statement_entries");
      await backend().exec(url, "DROP TABLE statement_windows");
      await backend().exec(url, "DELETE FROM schema_migrations WHERE version = 3");
      const before = await backend().dump(url);
      await expect(openStore(url, { readOnly: true })).rejects.toThrow(
        /was written by an older orderbridge \(schema v2\); run orderbridge sync once to migrate it/,
      );
      expect(await backend().dump(url)).toEqual(before);
      const writer = await open(url);
      expect(await writer.migrate()).toEqual({ applied: [3], version: 3 });
      const after = await backend().dump(url);
      expect(after.filter((line) => !line.startsWith("schema_migrations"))).toEqual(
        before.filter((line) => !line.startsWith("schema_migrations")),
      );
      expect(await backend().tables(url)).toEqual(
        expect.arrayContaining(["statement_entries", "statement_windows"]),
      );
      const reader = await open(url, true);
      expect(await reader.countOrders()).toBe(30);
    });
  });

  describe("statements", () => {
    const statement = (entries: StatementInput["entries"]): StatementInput => ({
      vendor: "baifude",
      account: "key-1",
      kind: "welfare_mall",
      since: "2024-04-01T00:00:00+08:00",
      until: "2024-04-02T00:00:00+08:00",
      entries,
    });
    const entry = (sn: string, amount: number | null, paidAt = "2024-04-01T10:00:00+08:00") => ({
      reference: sn,
      orderId: `baifude:${sn}`,
      paidAt,
      lines: 2,
      amount,
    });

    it("keeps entries once, rewrites only what changed, and records the window", async () => {
      const { store, url } = await fresh();
      expect(await store.recordStatement(statement([entry("A", 100), entry("B", null)]))).toEqual({
        written: 2,
      });
      const first = await backend().dump(url);
      tick();
      expect(await store.recordStatement(statement([entry("A", 100), entry("B", null)]))).toEqual({
        written: 0,
      });
      const entries = (lines: string[]) => lines.filter((line) => line.startsWith("statement_entries"));
      expect(entries(await backend().dump(url))).toEqual(entries(first));
      tick();
      expect(await store.recordStatement(statement([entry("A", 120), entry("B", null)]))).toEqual({
        written: 1,
      });
      const windows = await backend().query(
        url,
        "SELECT vendor, account, kind, entries FROM statement_windows",
      );
      expect(windows.map((w) => ({ ...w, entries: Number(w["entries"]) }))).toEqual([
        { vendor: "baifude", account: "key-1", kind: "welfare_mall", entries: 2 },
      ]);
      const rows = await backend().query(
        url,
        "SELECT reference, amount, lines FROM statement_entries ORDER BY reference",
      );
      expect(
        rows.map((r) => [
          r["reference"],
          r["amount"] === null ? null : Number(r["amount"]),
          Number(r["lines"]),
        ]),
      ).toEqual([
        ["A", 120, 2],
        ["B", null, 2],
      ]);
    });

    it("refuses a bad statement before touching the database, and on a read-only store", async () => {
      const { store, url } = await fresh();
      await expect(store.recordStatement(statement([entry("A", 1.5)]))).rejects.toThrow(
        /statement entry 0 \("A"\): amount must be whole fen/,
      );
      await expect(
        store.recordStatement({ ...statement([]), until: "2024-03-01T00:00:00Z" }),
      ).rejects.toThrow(StoreError);
      await store.close();
      const before = await backend().dump(url);
      const reader = await open(url, true);
      await expect(reader.recordStatement(statement([entry("A", 1)]))).rejects.toThrow(/opened read-only/);
      expect(await backend().dump(url)).toEqual(before);
    });
  });

  describe("the report's aggregates", () => {
    const april: ReportQuery = { since: "2024-04-01T00:00:00+08:00", until: "2024-05-01T00:00:00+08:00" };
    const inPeriod = (orders: Order[], query: ReportQuery) =>
      orders.filter(
        (o) =>
          Date.parse(o.createdAt) >= Date.parse(String(query.since)) &&
          Date.parse(o.createdAt) < Date.parse(String(query.until)) &&
          (query.vendor === undefined || o.vendor === query.vendor) &&
          (query.kind === undefined || query.kind.includes(o.kind)),
      );

    async function stored(): Promise<{ store: Store; orders: Order[] }> {
      const { store } = await fresh();
      const orders = reportOrders();
      await store.writeBatch({ orders });
      return { store, orders };
    }

    it("totals orders, paid and refunded per vendor and kind, counting a sale once", async () => {
      const { store, orders } = await stored();
      for (const query of [
        april,
        { ...april, vendor: "yikayi" },
        { ...april, kind: ["in_store", "cabinet"] as OrderKind[] },
      ]) {
        const mine = inPeriod(orders, query);
        const keys = [...new Set(mine.map((o) => `${o.vendor} ${o.kind}`))].sort();
        const expected = keys.map((key) => {
          const [vendor, kind] = key.split(" ");
          const group = mine.filter((o) => o.vendor === vendor && o.kind === kind);
          const counted = group.filter((o) => o.duplicateOf === undefined);
          return {
            vendor,
            kind,
            orders: counted.length,
            paid: counted.reduce((s, o) => s + o.paidAmount, 0),
            refunded: counted.reduce((s, o) => s + o.refundedAmount, 0),
            duplicates: group.length - counted.length,
          };
        });
        expect(await store.salesTotals(query)).toEqual(expected);
      }
      const totals = await store.salesTotals(april);
      expect(totals.some((t) => t.duplicates > 0)).toBe(true);
    });

    it("adds up each Beijing day per vendor, and each day's succeeded payments per method", async () => {
      const { store, orders } = await stored();
      const counted = inPeriod(orders, april).filter((o) => o.duplicateOf === undefined);
      const days = new Map<
        string,
        { day: string; vendor: string; orders: number; paid: number; refunded: number }
      >();
      const methods = new Map<
        string,
        { day: string; vendor: string; method: string; payments: number; amount: number }
      >();
      for (const o of counted) {
        const day = beijingDay(o.createdAt);
        const key = `${day} ${o.vendor}`;
        const row = days.get(key) ?? { day, vendor: o.vendor, orders: 0, paid: 0, refunded: 0 };
        row.orders++;
        row.paid += o.paidAmount;
        row.refunded += o.refundedAmount;
        days.set(key, row);
        for (const p of o.payments) {
          if (p.status !== "succeeded") continue;
          const mkey = `${day} ${o.vendor} ${p.method}`;
          const m = methods.get(mkey) ?? { day, vendor: o.vendor, method: p.method, payments: 0, amount: 0 };
          m.payments++;
          m.amount += p.amount;
          methods.set(mkey, m);
        }
      }
      const sortKey = (r: { day: string; vendor: string; method?: string }) =>
        `${r.day} ${r.vendor} ${r.method ?? ""}`;
      const byKey = <T extends { day: string; vendor: string; method?: string }>(rows: T[]) =>
        rows.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
      const daily = await store.salesByDay(april);
      expect(daily).toEqual(byKey([...days.values()]));
      expect(daily[0]!.day).toBe("2024-04-01");
      expect(daily.at(-1)!.day).toBe("2024-04-30");
      expect(await store.paymentsByMethod(april)).toEqual(byKey([...methods.values()]));
    });

    it("ranks stores by net, orders without a store as one", async () => {
      const { store, orders } = await stored();
      const counted = inPeriod(orders, april).filter((o) => o.duplicateOf === undefined);
      const stores = new Map<
        string,
        {
          vendor: string;
          storeId: string | null;
          storeName: string | null;
          orders: number;
          paid: number;
          refunded: number;
        }
      >();
      for (const o of counted) {
        const key = `${o.vendor} ${o.store?.id ?? ""}`;
        const row = stores.get(key) ?? {
          vendor: o.vendor,
          storeId: o.store?.id ?? null,
          storeName: o.store?.name ?? null,
          orders: 0,
          paid: 0,
          refunded: 0,
        };
        row.orders++;
        row.paid += o.paidAmount;
        row.refunded += o.refundedAmount;
        stores.set(key, row);
      }
      const ranked = [...stores.values()].sort(
        (a, b) =>
          b.paid - b.refunded - (a.paid - a.refunded) ||
          (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0) ||
          ((a.storeId ?? "") < (b.storeId ?? "") ? -1 : 1),
      );
      expect(await store.topStores({ ...april, limit: 5 })).toEqual(ranked.slice(0, 5));
      expect(await store.topStores({ ...april, limit: 1000 })).toEqual(ranked);
      expect(ranked.some((r) => r.storeId === null)).toBe(true);
    });

    it("holds paidAmount against the payments and refundedAmount against the refunds, listing what disagrees", async () => {
      const { store, orders } = await stored();
      const counted = inPeriod(orders, april).filter((o) => o.duplicateOf === undefined);
      const vendors = [...new Set(counted.map((o) => o.vendor))].sort();
      const disagrees = (o: Order) =>
        o.paidAmount !== succeeded(o.payments) || o.refundedAmount !== succeeded(o.refunds);
      const checks = await store.amountChecks({ ...april, limit: 3 });
      expect(checks.vendors).toEqual(
        vendors.map((vendor) => {
          const mine = counted.filter((o) => o.vendor === vendor);
          return {
            vendor,
            orders: mine.length,
            paid: mine.reduce((s, o) => s + o.paidAmount, 0),
            payments: mine.reduce((s, o) => s + succeeded(o.payments), 0),
            refunded: mine.reduce((s, o) => s + o.refundedAmount, 0),
            refunds: mine.reduce((s, o) => s + succeeded(o.refunds), 0),
            disagreeing: mine.filter(disagrees).length,
          };
        }),
      );
      const wrong = counted
        .filter(disagrees)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
      expect(wrong.length).toBeGreaterThan(3);
      expect(checks.disagreeing).toEqual(
        wrong.slice(0, 3).map((o) => ({
          id: o.id,
          vendor: o.vendor,
          kind: o.kind,
          createdAt: o.createdAt,
          paid: o.paidAmount,
          payments: succeeded(o.payments),
          refunded: o.refundedAmount,
          refunds: succeeded(o.refunds),
        })),
      );
    });

    it("holds a statement against the stored orders paid in the windows it covers, listing either side's gaps", async () => {
      const { store } = await fresh();
      const pay = (sn: string, paidAt: string, total: number): Order => ({
        ...generatedOrder(1),
        id: `baifude:${sn}`,
        vendor: "baifude",
        kind: "welfare_mall",
        vendorOrderId: sn,
        orderNo: sn,
        totalAmount: total,
        paidAmount: total,
        createdAt: new Date(Date.parse(paidAt) - 60_000).toISOString(),
        paidAt,
      });
      await store.writeBatch({
        orders: [
          pay("S1", "2024-04-01T02:00:00.000Z", 1000), // listed, same amount
          pay("S2", "2024-04-01T03:00:00.000Z", 2000), // listed with 1990
          pay("S3", "2024-04-01T04:00:00.000Z", 3000), // not listed, in a covered window
          pay("S4", "2024-04-10T04:00:00.000Z", 4000), // no statement read for that time
        ],
      });
      const entry = (sn: string, paidAt: string, amount: number | null) => ({
        reference: sn,
        orderId: `baifude:${sn}`,
        paidAt,
        lines: 1,
        amount,
      });
      await store.recordStatement({
        vendor: "baifude",
        account: "key-1",
        kind: "welfare_mall",
        since: "2024-04-01T00:00:00+08:00",
        until: "2024-04-02T00:00:00+08:00",
        entries: [
          entry("S1", "2024-04-01T02:00:00.000Z", 1000),
          entry("S2", "2024-04-01T03:00:00.000Z", 1990),
          entry("S5", "2024-04-01T05:00:00.000Z", 500), // not stored
          entry("S6", "2024-04-01T06:00:00.000Z", null), // not stored, no amount
        ],
      });
      await store.recordStatement({
        vendor: "baifude",
        account: "key-1",
        kind: "welfare_mall",
        since: "2024-04-02T00:00:00+08:00",
        until: "2024-04-03T00:00:00+08:00",
        entries: [],
      });
      expect(await store.statementChecks({ ...april, limit: 10 })).toEqual([
        {
          vendor: "baifude",
          kind: "welfare_mall",
          covered: [{ since: "2024-03-31T16:00:00.000Z", until: "2024-04-02T16:00:00.000Z" }],
          statement: { entries: 4, amount: 3490, withoutAmount: 1 },
          stored: { orders: 3, amount: 6000 },
          notCovered: { orders: 1, amount: 4000 },
          counts: { missingFromStore: 2, missingFromStatement: 1, amountsDiffer: 1 },
          missingFromStore: [
            {
              orderId: "baifude:S5",
              reference: "S5",
              paidAt: "2024-04-01T05:00:00.000Z",
              statementAmount: 500,
              storedAmount: null,
            },
            {
              orderId: "baifude:S6",
              reference: "S6",
              paidAt: "2024-04-01T06:00:00.000Z",
              statementAmount: null,
              storedAmount: null,
            },
          ],
          missingFromStatement: [
            {
              orderId: "baifude:S3",
              reference: null,
              paidAt: "2024-04-01T04:00:00.000Z",
              statementAmount: null,
              storedAmount: 3000,
            },
          ],
          amountsDiffer: [
            {
              orderId: "baifude:S2",
              reference: "S2",
              paidAt: "2024-04-01T03:00:00.000Z",
              statementAmount: 1990,
              storedAmount: 2000,
            },
          ],
        },
      ]);
      expect((await store.statementChecks({ ...april, limit: 1 }))[0]!.missingFromStore).toHaveLength(1);
      expect(await store.statementChecks({ ...april, vendor: "yopoint", limit: 10 })).toEqual([]);
      expect(
        await store.statementChecks({
          since: "2024-05-01T00:00:00Z",
          until: "2024-06-01T00:00:00Z",
          limit: 10,
        }),
      ).toEqual([]);
    });

    it("summarizes the changes since a time to the orders of the period, newest first", async () => {
      const { store } = await fresh();
      const orders = reportOrders(60);
      await store.writeBatch({ orders });
      tick();
      const closedAt = now().toISOString();
      tick();
      const changed = inPeriod(orders, april).slice(0, 4);
      await store.writeBatch({
        orders: changed.map((o, i) =>
          i % 2 === 0
            ? { ...o, refundedAmount: o.refundedAmount + 1 }
            : { ...o, status: "cancelled" as const, paidAmount: o.paidAmount + 2 },
        ),
      });
      const summary = await store.changeSummary({ ...april, changesSince: closedAt, limit: 3 });
      expect(summary.changes).toBe(4);
      expect(summary.orders).toBe(4);
      const fields = new Map<string, number>();
      for (const [i, o] of changed.entries()) {
        for (const field of i % 2 === 0 ? ["refundedAmount"] : ["status", "paidAmount"]) {
          const key = `${o.vendor} ${o.kind} ${field}`;
          fields.set(key, (fields.get(key) ?? 0) + 1);
        }
      }
      expect(summary.byField.map((f) => `${f.vendor} ${f.kind} ${f.field} ${f.changes}`).sort()).toEqual(
        [...fields.entries()].map(([key, n]) => `${key} ${n}`).sort(),
      );
      expect(summary.latest).toHaveLength(3);
      expect(summary.latest[0]!.seq).toBeGreaterThan(summary.latest[1]!.seq);
      expect(summary.latest[0]!.orderCreatedAt).toBe(
        changed.find((o) => o.id === summary.latest[0]!.orderId)!.createdAt,
      );
      expect((await store.changeSummary({ ...april, changesSince: now().toISOString() + "" })).changes).toBe(
        4,
      );
      tick();
      expect((await store.changeSummary({ ...april, changesSince: now() })).changes).toBe(0);
    });

    it("counts notes of the orders created in the period only, when asked", async () => {
      const { store } = await fresh();
      const orders = reportOrders(60);
      const notes: Record<string, { code: string; field?: string; message: string }[]> = {};
      for (const o of orders) notes[o.id] = [{ code: "missing_field", field: "x", message: "x is missing" }];
      await store.writeBatch({ orders, notes });
      const all = await store.noteCounts();
      const inApril = await store.noteCounts({ since: april.since, until: april.until });
      const expected = inPeriod(orders, april);
      expect(all.reduce((s, n) => s + n.count, 0)).toBe(60);
      expect(inApril.reduce((s, n) => s + n.count, 0)).toBe(expected.length);
      expect(inApril.reduce((s, n) => s + n.orders, 0)).toBe(expected.length);
    });

    it("answers on a read-only store, and refuses a period that ends before it starts", async () => {
      const { store, url } = await fresh();
      await store.writeBatch({ orders: reportOrders(30) });
      await store.close();
      const reader = await open(url, true);
      expect((await reader.salesTotals(april)).length).toBeGreaterThan(0);
      await expect(reader.salesByDay({ since: april.until, until: april.since })).rejects.toThrow(
        /a report period must end after it starts/,
      );
      await expect(reader.topStores({ ...april, limit: -1 })).rejects.toThrow(/limit/);
    });
  });
}
