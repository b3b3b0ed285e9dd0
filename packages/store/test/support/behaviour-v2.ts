import { registerSecret } from "@orderbridge/core";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Order,
  type OrderNote,
  openStore,
  type RunCounts,
  type Store,
  type StoredOrder,
  StoreError,
} from "../../src/index.js";
import type { Backend } from "./backends.js";
import { collect, orderSchemaValidator } from "./behaviour.js";
import { generatedOrder } from "./orders.js";

const FIRST_KIND: Record<string, string> = {
  yopoint: "cabinet",
  baifude: "welfare_mall",
  yikayi: "online_mall",
};
const EPOCH = "2000-01-01T00:00:00.000Z";

/** The Order part of a stored order (without the store clocks). */
function orderOf(stored: StoredOrder): Order {
  const { firstSeenAt: _f, syncedAt: _s, ...order } = stored;
  return order as Order;
}

/** A 1card1 sale at the till (counts the sale). */
function sale(revision = 0): Order {
  return {
    ...generatedOrder(10, revision),
    id: "yikayi:S10",
    vendor: "yikayi",
    kind: "in_store",
    vendorOrderId: "S10",
    orderNo: "S10",
  };
}

/** A 1card1 goods order approved into {@link sale}: it carries `duplicateOf`. */
function goods(): Order {
  return {
    ...generatedOrder(11),
    id: "yikayi:G11",
    vendor: "yikayi",
    kind: "online_mall",
    vendorOrderId: "G11",
    orderNo: "G11",
    duplicateOf: "yikayi:S10",
  };
}

function vendingOrder(index: number, revision = 0): Order {
  return { ...generatedOrder(index, revision), kind: "vending" };
}

const COUNTS: RunCounts = { seen: 10, inserted: 8, updated: 1, unchanged: 0, failed: 1, notes: 2 };

/**
 * Schema v2's behaviour (kinds, notes, pair links, the change log, runs, read-only opening, the
 * migration of a release 0.1.0 store), run against each backend inside the caller's `describe`.
 */
export function storeV2Behaviour(backend: () => Backend): void {
  const opened: Store[] = [];
  let clock = Date.parse("2024-05-01T00:00:00.000Z");
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

  it("counts inserted, updated and unchanged exactly in any mix, at one clock reading, after any batch", async () => {
    const { store } = await fresh();
    // The clock does not move here: firstSeenAt equals syncedAt for every row, so nothing but the
    // write itself can tell an insert from an update.
    const mixed = (revision: number) => [
      generatedOrder(60, revision),
      generatedOrder(61),
      generatedOrder(62 + revision),
    ];
    expect(await store.writeBatch({ orders: [generatedOrder(60), generatedOrder(61)] })).toMatchObject({
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await store.writeBatch({ orders: mixed(1) })).toMatchObject({
      inserted: 1,
      updated: 1,
      unchanged: 1,
    });
    expect(await store.writeBatch({ orders: [generatedOrder(61), generatedOrder(63)] })).toMatchObject({
      unchanged: 2,
    });
    expect(await store.writeBatch({ orders: mixed(2) })).toMatchObject({
      inserted: 1,
      updated: 1,
      unchanged: 1,
    });
    expect(await store.countOrders()).toBe(4);
  });

  describe("the change log", () => {
    it("records a refund's changed money and status fields, before and after; nothing for an insert or an unchanged write", async () => {
      const { store } = await fresh();
      const order = generatedOrder(3);
      expect(await store.writeBatch({ orders: [order] })).toMatchObject({ inserted: 1 });
      expect(await store.listChanges({ since: EPOCH })).toEqual([]);
      tick();
      expect(await store.writeBatch({ orders: [order] })).toMatchObject({ unchanged: 1 });
      expect(await store.listChanges({ since: EPOCH })).toEqual([]);

      tick();
      const refundedAt = now().toISOString();
      const refund = generatedOrder(3, 1);
      expect(refund.paidAmount).toBe(order.paidAmount);
      expect(await store.writeBatch({ orders: [refund] })).toMatchObject({ updated: 1 });
      const changes = await store.listChanges({ since: EPOCH });
      expect(changes).toEqual([
        {
          seq: expect.any(Number),
          changedAt: refundedAt,
          orderId: order.id,
          vendor: "yopoint",
          kind: "cabinet",
          fields: ["paymentStatus", "refundedAmount"],
          before: { paymentStatus: "paid", refundedAmount: 0 },
          after: { paymentStatus: "partially_refunded", refundedAmount: 10 },
        },
      ]);

      // A content change outside the money and status fields is not a change-log row.
      tick();
      const renamed = { ...refund, store: { id: "0", name: "改名后的柜子" } };
      expect(await store.writeBatch({ orders: [renamed] })).toMatchObject({ updated: 1 });
      tick();
      const full = { ...generatedOrder(3, 10_000), store: renamed.store };
      await store.writeBatch({ orders: [full] });
      const all = await store.listChanges({ since: EPOCH });
      expect(all.map((change) => change.fields)).toEqual([
        ["paymentStatus", "refundedAmount"],
        ["paymentStatus", "refundedAmount"],
      ]);
      expect(all[1]).toMatchObject({
        before: { paymentStatus: "partially_refunded", refundedAmount: 10 },
        after: { paymentStatus: "refunded", refundedAmount: full.totalAmount },
      });
      expect(all[1]!.seq).toBeGreaterThan(all[0]!.seq);

      // Time window and filters.
      expect(await store.listChanges({ since: refundedAt, until: refundedAt })).toEqual([]);
      expect(await store.listChanges({ since: new Date(Date.parse(refundedAt) + 1) })).toEqual([all[1]]);
      expect(await store.listChanges({ since: EPOCH, until: new Date(Date.parse(refundedAt) + 1) })).toEqual([
        all[0],
      ]);
      expect(await store.listChanges({ since: EPOCH, vendor: "baifude" })).toEqual([]);
      expect(await store.listChanges({ since: EPOCH, kind: ["vending"] })).toEqual([]);
      expect(
        await store.listChanges({ since: EPOCH, vendor: "yopoint", kind: ["cabinet", "vending"] }),
      ).toEqual(all);
    });

    it("records duplicateOf appearing, and status and total changes", async () => {
      const { store } = await fresh();
      const order = generatedOrder(4);
      await store.writeBatch({ orders: [order] });
      tick();
      await store.writeBatch({
        orders: [
          {
            ...order,
            status: "cancelled",
            totalAmount: order.totalAmount + 1,
            duplicateOf: "yopoint:G00000099",
          },
        ],
      });
      const [change] = await store.listChanges({ since: EPOCH });
      expect(change).toMatchObject({
        fields: ["status", "totalAmount", "duplicateOf"],
        before: { status: "completed", totalAmount: order.totalAmount, duplicateOf: null },
        after: { status: "cancelled", totalAmount: order.totalAmount + 1, duplicateOf: "yopoint:G00000099" },
      });
    });
  });

  describe("pair linking", () => {
    async function pairIs(store: Store): Promise<void> {
      expect((await store.getOrder(sale().id))?.relatedOrderIds).toEqual([goods().id]);
      expect(await store.getOrder(goods().id)).toMatchObject({
        relatedOrderIds: [sale().id],
        duplicateOf: sale().id,
      });
    }

    async function resyncChangesNothing(store: Store, url: string): Promise<void> {
      const before = await backend().dump(url);
      tick();
      expect(await store.writeBatch({ orders: [sale()] })).toMatchObject({ unchanged: 1, linked: 0 });
      expect(await store.writeBatch({ orders: [goods()] })).toMatchObject({ unchanged: 1, linked: 0 });
      expect(await store.writeBatch({ orders: [goods(), sale()] })).toMatchObject({
        unchanged: 2,
        linked: 0,
      });
      // The sale's mapper naming the goods order itself gives the same content.
      expect(
        await store.writeBatch({ orders: [{ ...sale(), relatedOrderIds: [goods().id] }] }),
      ).toMatchObject({
        unchanged: 1,
      });
      expect(await backend().dump(url)).toEqual(before);
      expect(await store.listChanges({ since: EPOCH })).toEqual([]);
    }

    it("links the pair when the counted order arrives first, and re-syncing either side changes nothing", async () => {
      const { store, url } = await fresh();
      expect(await store.writeBatch({ orders: [sale()] })).toMatchObject({ inserted: 1, linked: 0 });
      expect((await store.getOrder(sale().id))?.relatedOrderIds).toBeUndefined();
      tick();
      const linkedAt = now().toISOString();
      expect(await store.writeBatch({ orders: [goods()] })).toMatchObject({ inserted: 1, linked: 1 });
      await pairIs(store);
      expect((await store.getOrder(sale().id))?.syncedAt).toBe(linkedAt);
      await resyncChangesNothing(store, url);
    });

    it("links the pair when the duplicate arrives first, and re-syncing either side changes nothing", async () => {
      const { store, url } = await fresh();
      expect(await store.writeBatch({ orders: [goods()] })).toMatchObject({ inserted: 1, linked: 0 });
      expect((await store.getOrder(goods().id))?.relatedOrderIds).toEqual([sale().id]);
      tick();
      expect(await store.writeBatch({ orders: [sale()] })).toMatchObject({ inserted: 1, linked: 0 });
      await pairIs(store);
      await resyncChangesNothing(store, url);
    });

    it("links a pair that arrives in one batch, and keeps the link when the counted order changes", async () => {
      const { store, url } = await fresh();
      expect(await store.writeBatch({ orders: [goods(), sale()] })).toMatchObject({ inserted: 2, linked: 0 });
      await pairIs(store);
      await resyncChangesNothing(store, url);
      tick();
      expect(await store.writeBatch({ orders: [sale(1)] })).toMatchObject({ updated: 1 });
      expect((await store.getOrder(sale().id))?.relatedOrderIds).toEqual([goods().id]);
      expect(await store.writeBatch({ orders: [sale(1)] })).toMatchObject({ unchanged: 1 });
      const validate = orderSchemaValidator();
      for (const line of await collect(store.iterateOrderJson())) {
        const order = JSON.parse(line) as unknown;
        expect(validate(order) ? [] : validate.errors).toEqual([]);
      }
    });
  });

  describe("an id stored with another kind", () => {
    it("is not overwritten: the incoming order becomes an IdCollision failed record, the rest of the batch is stored", async () => {
      const { store } = await fresh();
      const cabinet = generatedOrder(20);
      await store.writeBatch({ orders: [cabinet] });
      tick();
      const collider = vendingOrder(20, 1);
      const result = await store.writeBatch({ orders: [collider, generatedOrder(21)], account: "acct" });
      expect(result).toMatchObject({ inserted: 1, updated: 0, unchanged: 0, collisions: 1, failed: 1 });
      expect(orderOf((await store.getOrder(cabinet.id))!)).toEqual(cabinet);
      const [failed] = await store.listFailed();
      expect(failed).toMatchObject({
        vendor: "yopoint",
        account: "acct",
        kind: "vending",
        key: "vending:id:G00000020",
        vendorOrderId: "G00000020",
        errorName: "IdCollision",
        errorField: "id",
      });
      expect(failed!.errorMessage).toMatch(
        /yopoint:G00000020 is stored as a cabinet order; this vending order/,
      );
      expect(JSON.parse(failed!.raw!)).toEqual(collider);

      tick();
      expect(
        await store.writeBatch({ orders: [collider, generatedOrder(21)], account: "acct" }),
      ).toMatchObject({
        collisions: 1,
        failed: 0,
        unchanged: 1,
      });
      expect(await store.listFailed()).toHaveLength(1);
      expect(await store.listChanges({ since: EPOCH })).toEqual([]);
    });

    it("is refused by the database itself, whoever writes", async () => {
      const { store, url } = await fresh();
      await store.writeBatch({ orders: [generatedOrder(22)] });
      await expect(
        backend().exec(url, "UPDATE orders SET kind = 'vending' WHERE id = 'yopoint:G00000022'"),
      ).rejects.toThrow(/the kind of a stored order never changes/);
    });

    it("never links a refused order into its pair", async () => {
      const { store } = await fresh();
      const stored = { ...sale(), id: goods().id, vendorOrderId: "G11", orderNo: "G11" }; // an in_store order under the goods id
      await store.writeBatch({ orders: [stored] });
      const result = await store.writeBatch({ orders: [goods(), sale()] });
      expect(result).toMatchObject({ inserted: 1, collisions: 1 });
      expect((await store.getOrder(sale().id))?.relatedOrderIds).toBeUndefined();
      expect((await store.getOrder(goods().id))?.kind).toBe("in_store");
    });
  });

  describe("notes", () => {
    const unknownField: OrderNote = {
      code: "unknown_field",
      field: "data.Foo",
      message: "a field the spec does not know",
    };
    const nullField: OrderNote = {
      code: "null_field",
      field: "data.StoreName",
      message: "null where text was documented",
    };
    const bare: OrderNote = { code: "amounts_disagree", message: "paid exceeds total" };

    async function storedNotes(url: string, id: string): Promise<unknown> {
      const [row] = await backend().query(url, `SELECT notes FROM orders WHERE id = '${id}'`);
      return typeof row!["notes"] === "string" ? JSON.parse(row!["notes"]) : row!["notes"];
    }

    it("keeps an order's notes, sorted and once each; a note appearing or disappearing updates the order", async () => {
      const { store, url } = await fresh();
      const order = generatedOrder(30);
      expect(
        await store.writeBatch({ orders: [order], notes: { [order.id]: [unknownField, nullField] } }),
      ).toMatchObject({ inserted: 1 });
      expect(await storedNotes(url, order.id)).toEqual([nullField, unknownField]);
      expect(
        await store.writeBatch({
          orders: [order],
          notes: { [order.id]: [nullField, unknownField, nullField] },
        }),
      ).toMatchObject({ unchanged: 1 });
      expect(await store.writeBatch({ orders: [order] })).toMatchObject({ updated: 1 });
      expect(await storedNotes(url, order.id)).toEqual([]);
      expect(await store.writeBatch({ orders: [order], notes: { [order.id]: [bare] } })).toMatchObject({
        updated: 1,
      });
      expect(await storedNotes(url, order.id)).toEqual([bare]);
      // The Order given back is the Order exactly: notes are the store's, not the Order's.
      expect(orderOf((await store.getOrder(order.id))!)).toEqual(order);
      expect(await store.listChanges({ since: EPOCH })).toEqual([]);
    });

    it("counts notes per vendor, kind, code and field", async () => {
      const { store } = await fresh();
      const [a, b, c] = [generatedOrder(31), generatedOrder(32), vendingOrder(33)];
      await store.writeBatch({
        orders: [a, b, c],
        notes: {
          [a.id]: [unknownField, nullField],
          [b.id]: [unknownField, bare],
          [c.id]: [unknownField],
          other: [bare],
        },
      });
      expect(await store.noteCounts()).toEqual([
        { vendor: "yopoint", kind: "cabinet", code: "amounts_disagree", field: null, count: 1, orders: 1 },
        {
          vendor: "yopoint",
          kind: "cabinet",
          code: "null_field",
          field: "data.StoreName",
          count: 1,
          orders: 1,
        },
        { vendor: "yopoint", kind: "cabinet", code: "unknown_field", field: "data.Foo", count: 2, orders: 2 },
        { vendor: "yopoint", kind: "vending", code: "unknown_field", field: "data.Foo", count: 1, orders: 1 },
      ]);
      expect(await store.noteCounts({ kind: ["vending"] })).toHaveLength(1);
      expect(await store.noteCounts({ vendor: "baifude" })).toEqual([]);
    });

    it("refuses a note without a code or message before touching the database", async () => {
      const { store } = await fresh();
      const order = generatedOrder(34);
      const bad = [{ code: "", message: "x" }] as OrderNote[];
      await expect(store.writeBatch({ orders: [order], notes: { [order.id]: bad } })).rejects.toThrow(
        StoreError,
      );
      expect(await store.countOrders()).toBe(0);
    });
  });

  describe("kinds", () => {
    it("filters orders by kind (merged by id across kinds) and vendor", async () => {
      const { store } = await fresh();
      const orders = [
        generatedOrder(1),
        vendingOrder(2),
        generatedOrder(3),
        vendingOrder(4),
        vendingOrder(5),
        sale(),
      ];
      await store.writeBatch({ orders });
      const both = await collect(store.iterateOrders({ kind: ["vending", "cabinet"], pageSize: 2 }));
      expect(both.map((order) => order.id)).toEqual(orders.slice(0, 5).map((order) => order.id));
      expect(
        (await collect(store.iterateOrders({ kind: ["vending"], pageSize: 1 }))).map((o) => o.kind),
      ).toEqual(["vending", "vending", "vending"]);
      expect(await collect(store.iterateOrderJson({ kind: ["in_store"], vendor: "yopoint" }))).toEqual([]);
      expect(await collect(store.iterateOrderJson({ kind: [] }))).toEqual([]);
      expect(await store.countOrders({ kind: ["cabinet"] })).toBe(2);
      expect(await store.countOrders({ vendor: "yopoint", kind: ["vending", "in_store"] })).toBe(3);
      expect(await store.countOrders({ kind: ["in_store"] })).toBe(1);
      expect(await store.countOrders({ kind: [] })).toBe(0);
    });

    it("keeps one checkpoint per vendor, account and kind", async () => {
      const { store } = await fresh();
      await store.writeBatch({
        checkpoint: {
          vendor: "yopoint",
          account: "acct",
          kind: "vending",
          highWaterMark: "2024-04-01T00:00:00Z",
        },
      });
      await store.writeBatch({
        checkpoint: {
          vendor: "yopoint",
          account: "acct",
          kind: "cabinet",
          highWaterMark: "2024-04-02T00:00:00Z",
        },
      });
      expect((await store.getCheckpoint("yopoint", "acct", "vending"))?.highWaterMark).toBe(
        "2024-04-01T00:00:00.000Z",
      );
      expect((await store.getCheckpoint("yopoint", "acct", "cabinet"))?.highWaterMark).toBe(
        "2024-04-02T00:00:00.000Z",
      );
      expect(
        (await store.listCheckpoints()).map((c) => [c.vendor, c.account, c.kind, c.highWaterMark]),
      ).toEqual([
        ["yopoint", "acct", "cabinet", "2024-04-02T00:00:00.000Z"],
        ["yopoint", "acct", "vending", "2024-04-01T00:00:00.000Z"],
      ]);
    });
  });

  describe("failed records", () => {
    const failure = (kind: "cabinet" | "vending", id: string, message = "expected a decimal") => ({
      vendor: "yopoint",
      account: "acct",
      kind,
      id,
      raw: { OrderId: id, Mobile: "138****8000" },
      error: Object.assign(new Error(message), { name: "NormalizeError", field: "data.Price" }),
    });

    it("keys them by stream, resolves them by kind, and deletes those a replay resolved", async () => {
      const { store } = await fresh();
      expect(
        await store.recordFailures([
          failure("cabinet", "G00000040"),
          failure("vending", "G00000040"),
          { vendor: "yopoint", id: "G00000040", error: "old" },
        ]),
      ).toBe(3);
      const rows = await store.listFailed();
      expect(rows.map((row) => [row.account, row.key, row.kind])).toEqual([
        ["", "id:G00000040", null],
        ["acct", "cabinet:id:G00000040", "cabinet"],
        ["acct", "vending:id:G00000040", "vending"],
      ]);
      expect(rows[1]!.raw).toBe('{"Mobile":"138****8000","OrderId":"G00000040"}');
      expect(await store.listFailed({ kind: ["vending"] })).toHaveLength(1);
      // The cabinet order stored resolves its own stream's failure and the one that named no kind.
      expect(await store.writeBatch({ orders: [generatedOrder(40)] })).toMatchObject({
        inserted: 1,
        resolved: 2,
      });
      const [vending] = await store.listFailed();
      expect(vending?.kind).toBe("vending");
      // A replay that stored it names the row it resolved.
      expect(await store.writeBatch({ resolve: [vending!] })).toMatchObject({ resolved: 1 });
      expect(await store.listFailed()).toEqual([]);
    });

    it("summarizes them by vendor, kind, field and error with up to 5 sample ids", async () => {
      const { store } = await fresh();
      await store.recordFailures([
        ...["F7", "F3", "F1", "F6", "F2", "F5", "F4"].map((id) => failure("cabinet", id)),
        failure("vending", "V2", "missing BarCode"),
        failure("vending", "V1", "missing BarCode"),
        { vendor: "baifude", account: "b", raw: "<html>", error: new Error("not JSON") },
      ]);
      expect(await store.failedSummary()).toEqual([
        {
          vendor: "yopoint",
          kind: "cabinet",
          field: "data.Price",
          errorName: "NormalizeError",
          errorMessage: "expected a decimal",
          count: 7,
          sampleVendorOrderIds: ["F1", "F2", "F3", "F4", "F5"],
        },
        {
          vendor: "yopoint",
          kind: "vending",
          field: "data.Price",
          errorName: "NormalizeError",
          errorMessage: "missing BarCode",
          count: 2,
          sampleVendorOrderIds: ["V1", "V2"],
        },
        {
          vendor: "baifude",
          kind: null,
          field: null,
          errorName: "Error",
          errorMessage: "not JSON",
          count: 1,
          sampleVendorOrderIds: [],
        },
      ]);
      expect(
        (await store.failedSummary({ vendor: "yopoint", kind: ["vending"] })).map((g) => g.count),
      ).toEqual([2]);
    });
  });

  describe("sync runs and status", () => {
    it("records runs, answers the latest per stream and everything status shows", async () => {
      const { store } = await fresh();
      const secret = registerSecret("run-secret-77331");
      const failedRun = await store.recordRun({
        vendor: "yopoint",
        account: "acct",
        kind: "cabinet",
        startedAt: "2024-05-01T08:00:00+08:00",
        finishedAt: new Date("2024-05-01T00:01:00Z"),
        result: "error",
        since: "2024-04-28T00:00:00Z",
        until: "2024-05-01T00:00:00Z",
        counts: COUNTS,
        error: `yopoint cabinet.order.list answered 500 with ${secret}`,
      });
      expect(failedRun).toEqual({
        id: expect.any(Number),
        vendor: "yopoint",
        account: "acct",
        kind: "cabinet",
        startedAt: "2024-05-01T00:00:00.000Z",
        finishedAt: "2024-05-01T00:01:00.000Z",
        result: "error",
        since: "2024-04-28T00:00:00.000Z",
        until: "2024-05-01T00:00:00.000Z",
        counts: COUNTS,
        error: expect.not.stringContaining(secret),
      });
      const okRun = await store.recordRun({
        ...failedRun,
        startedAt: "2024-05-02T00:00:00Z",
        finishedAt: "2024-05-02T00:01:00Z",
        result: "ok",
        error: null,
      });
      const vendingRun = await store.recordRun({
        vendor: "yopoint",
        account: "acct",
        kind: "vending",
        startedAt: "2024-05-02T00:00:00Z",
        finishedAt: "2024-05-02T00:00:30Z",
        result: "interrupted",
        counts: { ...COUNTS, failed: 0 },
      });
      expect(vendingRun).toMatchObject({ since: null, until: null, error: null });
      expect(okRun.id).toBeGreaterThan(failedRun.id);
      expect(await store.lastRuns()).toEqual([okRun, vendingRun]);
      await expect(store.recordRun({ ...okRun, result: "fine" as never })).rejects.toThrow(
        /result must be one of/,
      );

      const order = generatedOrder(50);
      await store.writeBatch({
        orders: [order, generatedOrder(51)],
        notes: { [order.id]: [{ code: "unknown_field", field: "data.X", message: "new field" }] },
        failed: [{ vendor: "yopoint", account: "acct", kind: "cabinet", id: "Z1", error: new Error("bad") }],
        checkpoint: {
          vendor: "yopoint",
          account: "acct",
          kind: "cabinet",
          highWaterMark: "2024-05-01T00:00:00Z",
        },
      });
      await store.recordFailures([{ vendor: "baifude", account: "b", error: new Error("no kind") }]);
      const status = await store.status();
      expect(status.schemaVersion).toBe(3);
      expect(status.orders).toEqual([{ vendor: "yopoint", kind: "cabinet", count: 2 }]);
      expect(status.failedWithoutKind).toEqual([{ vendor: "baifude", account: "b", count: 1 }]);
      expect(status.streams).toEqual([
        {
          vendor: "yopoint",
          account: "acct",
          kind: "cabinet",
          checkpoint: await store.getCheckpoint("yopoint", "acct", "cabinet"),
          lastRun: okRun,
          lastError: failedRun,
          failedRecords: 1,
          storedOrders: 2,
          notes: [
            {
              vendor: "yopoint",
              kind: "cabinet",
              code: "unknown_field",
              field: "data.X",
              count: 1,
              orders: 1,
            },
          ],
        },
        {
          vendor: "yopoint",
          account: "acct",
          kind: "vending",
          checkpoint: null,
          lastRun: vendingRun,
          lastError: null,
          failedRecords: 0,
          storedOrders: 0,
          notes: [],
        },
      ]);
    });

    it("reads the latest runs of one vendor account", async () => {
      const { store } = await fresh();
      const base = {
        vendor: "yopoint",
        account: "acct",
        kind: "cabinet" as const,
        result: "ok" as const,
        counts: { seen: 0, inserted: 0, updated: 0, unchanged: 0, failed: 0, notes: 0 },
      };
      const at = (day: number) => ({
        startedAt: `2024-05-0${day}T00:00:00Z`,
        finishedAt: `2024-05-0${day}T00:01:00Z`,
      });
      await store.recordRun({ ...base, ...at(1), result: "error", error: "down" });
      const cabinet = await store.recordRun({ ...base, ...at(2) });
      const vending = await store.recordRun({ ...base, ...at(1), kind: "vending" });
      const other = await store.recordRun({ ...base, ...at(3), account: "other" });
      expect(await store.lastRuns({ vendor: "yopoint", account: "acct" })).toEqual([cabinet, vending]);
      expect(await store.lastRuns({ vendor: "yopoint", account: "other" })).toEqual([other]);
      expect(await store.lastRuns({ vendor: "baifude", account: "acct" })).toEqual([]);
      expect(await store.lastRuns()).toEqual([cabinet, vending, other]);
    });
  });

  describe("read-only opening", () => {
    it("reads a current store and refuses every write, changing nothing", async () => {
      const { store, url } = await fresh();
      await store.writeBatch({ orders: [generatedOrder(1), sale()] });
      await store.close();
      const before = await backend().dump(url);
      const reader = await open(url, true);
      expect(reader.readOnly).toBe(true);
      expect(await reader.countOrders()).toBe(2);
      expect((await collect(reader.iterateOrders({ kind: ["in_store"] }))).map((o) => o.id)).toEqual([
        sale().id,
      ]);
      expect((await reader.status()).orders).toHaveLength(2);
      expect(await reader.listChanges({ since: EPOCH })).toEqual([]);
      await expect(reader.writeBatch({ orders: [generatedOrder(2)] })).rejects.toThrow(/opened read-only/);
      await expect(reader.migrate()).rejects.toThrow(/opened read-only/);
      await expect(reader.recordFailures([{ vendor: "yopoint", error: "x" }])).rejects.toThrow(StoreError);
      await expect(
        reader.recordRun({
          vendor: "yopoint",
          account: "a",
          kind: "cabinet",
          startedAt: EPOCH,
          finishedAt: EPOCH,
          result: "ok",
          counts: COUNTS,
        }),
      ).rejects.toThrow(/opened read-only/);
      expect(await backend().dump(url)).toEqual(before);
    });

    it("refuses a database that is not an orderbridge store, and adds no table to it", async () => {
      const url = await backend().freshUrl();
      await backend().exec(url, "CREATE TABLE visits (day TEXT, n INTEGER)");
      await expect(openStore(url, { readOnly: true })).rejects.toThrow(
        /is not an orderbridge store \(no schema_migrations table\)/,
      );
      expect(await backend().tables(url)).toEqual(["visits"]);
    });

    it("refuses a store of schema v1 (migrate it with sync) and one newer than this release", async () => {
      const old = await backend().releaseUrl();
      const before = await backend().dump(old);
      await expect(openStore(old, { readOnly: true })).rejects.toThrow(
        /was written by an older orderbridge \(schema v1\); run orderbridge sync once to migrate it/,
      );
      expect(await backend().dump(old)).toEqual(before);

      const { store, url } = await fresh();
      await backend().exec(
        url,
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (4, 'future', '2030-01-01T00:00:00.000Z')",
      );
      await expect(openStore(url, { readOnly: true })).rejects.toThrow(
        /was written by a newer orderbridge \(schema v4; this release knows up to v3\): upgrade orderbridge/,
      );
      await expect(store.migrate()).rejects.toThrow(/newer orderbridge \(schema v4/);
    });
  });

  describe("migration from schema v1", () => {
    it("migrates the store release 0.1.0 wrote: every order exports as a valid Order with its kind, then syncs on unchanged", async () => {
      const url = await backend().releaseUrl();
      const document = backend().dialect === "postgres" ? "document::text" : "document";
      const v1 = await backend().query(
        url,
        `SELECT id, vendor, ${document} AS document, first_seen_at, synced_at FROM orders ORDER BY id`,
      );
      const v1Checkpoints = await backend().query(
        url,
        "SELECT vendor, account, high_water_mark FROM checkpoints",
      );
      const v1Failed = await backend().query(url, "SELECT vendor, record_key FROM failed_records");
      expect(v1.length).toBeGreaterThan(80);
      // Several processes start on the old store at once: one migrates, the others wait and find it done.
      const stores = await Promise.all([open(url), open(url), open(url)]);
      const results = await Promise.all(stores.map((s) => s.migrate()));
      expect(results.flatMap((r) => r.applied)).toEqual([2, 3]);
      const store = stores[0]!;

      const validate = orderSchemaValidator();
      const exported = (await collect(store.iterateOrderJson())).map(
        (line) => JSON.parse(line) as StoredOrder,
      );
      expect(exported.map((order) => order.id)).toEqual(v1.map((row) => row["id"]));
      for (const [i, order] of exported.entries()) {
        expect(validate(order) ? [] : validate.errors).toEqual([]);
        const row = v1[i]!;
        expect(order.kind).toBe(FIRST_KIND[row["vendor"] as string]);
        // Nothing lost: the v1 document plus its kind, with the v1 clocks.
        expect(orderOf(order)).toEqual({ ...JSON.parse(row["document"] as string), kind: order.kind });
        expect(order.firstSeenAt).toBe(iso(row["first_seen_at"]));
        expect(order.syncedAt).toBe(iso(row["synced_at"]));
      }
      expect(
        (await store.listCheckpoints()).map((c) => [c.vendor, c.account, c.kind, c.highWaterMark]).sort(),
      ).toEqual(
        v1Checkpoints
          .map((c) => [
            c["vendor"],
            c["account"],
            FIRST_KIND[c["vendor"] as string],
            iso(c["high_water_mark"]),
          ])
          .sort(),
      );
      const failed = await store.listFailed();
      expect(failed.map((f) => [f.vendor, f.key]).sort()).toEqual(
        v1Failed.map((f) => [f["vendor"], `${FIRST_KIND[f["vendor"] as string]}:${f["record_key"]}`]).sort(),
      );
      for (const f of failed) expect(f.kind).toBe(FIRST_KIND[f.vendor]);

      // A later sync of the same orders finds them unchanged and writes nothing.
      const before = await backend().dump(url);
      tick();
      const orders = exported.map(orderOf);
      expect(await store.writeBatch({ orders })).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: orders.length,
      });
      expect(await backend().dump(url)).toEqual(before);

      // New writes work: a new order, and a refund of an old one (in the change log).
      tick();
      const paid = orders.find((order) => order.paymentStatus === "paid" && order.refundedAmount === 0)!;
      const refunded = { ...paid, refundedAmount: paid.paidAmount, paymentStatus: "refunded" as const };
      expect(await store.writeBatch({ orders: [generatedOrder(1), refunded] })).toMatchObject({
        inserted: 1,
        updated: 1,
      });
      expect(await store.listChanges({ since: EPOCH })).toMatchObject([
        {
          orderId: paid.id,
          kind: paid.kind,
          fields: ["paymentStatus", "refundedAmount"],
          before: { paymentStatus: "paid", refundedAmount: 0 },
          after: { paymentStatus: "refunded", refundedAmount: paid.paidAmount },
        },
      ]);
      const reader = await open(url, true);
      expect(await reader.countOrders()).toBe(orders.length + 1);
    });

    it("migrates a v1 store of many orders a page at a time", async () => {
      const orders = Array.from({ length: 2345 }, (_, i) => generatedOrder(i, i % 3));
      const url = await backend().v1Url(orders);
      const store = await open(url);
      expect(await store.migrate()).toEqual({ applied: [2, 3], version: 3 });
      const stored = await collect(store.iterateOrders());
      expect(stored.map(orderOf)).toEqual(orders);
      expect(await store.writeBatch({ orders })).toMatchObject({ unchanged: orders.length });
      expect(await store.countOrders({ kind: ["cabinet"] })).toBe(orders.length);
    });
  });
}

function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
