import { readFileSync } from "node:fs";
import { isLosslessNumber, ResponseValidationError, registerSecret } from "@orderbridge/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterEach, expect, it } from "vitest";
import { type Order, openStore, type Store, type StoredOrder, StoreError } from "../../src/index.js";
import type { Backend } from "./backends.js";
import { generatedOrder, sampleOrders } from "./orders.js";

/** The SQL a finance user runs to sum successful refunds per Beijing day (also in the README). */
export const REFUNDS_PER_DAY_SQL = {
  sqlite: `
SELECT date(json_extract(r.value, '$.refundedAt'), '+8 hours') AS day,
       sum(json_extract(r.value, '$.amount')) AS refunded_fen
FROM orders AS o, json_each(o.refunds) AS r
WHERE json_extract(r.value, '$.status') = 'succeeded'
GROUP BY day ORDER BY day`,
  postgres: `
SELECT to_char((r ->> 'refundedAt')::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day,
       sum((r ->> 'amount')::bigint) AS refunded_fen
FROM orders AS o CROSS JOIN LATERAL jsonb_array_elements(o.refunds) AS r
WHERE r ->> 'status' = 'succeeded'
GROUP BY day ORDER BY day`,
};

/** The unified Order JSON Schema (specs/order.schema.json), compiled with Ajv for draft 2020-12. */
export function orderSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats.default(ajv);
  ajv.addKeyword("x-orderbridge-closed-enum");
  ajv.addKeyword("x-orderbridge-assumed");
  const schema = JSON.parse(
    readFileSync(new URL("../../../../specs/order.schema.json", import.meta.url), "utf8"),
  );
  return ajv.compile(schema);
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/**
 * The behaviour both stores must have, written once and run against each backend (inside a
 * `describe` of the caller's).
 */
export function storeBehaviour(backend: () => Backend): void {
  const opened: Store[] = [];
  let clock = Date.parse("2024-05-01T00:00:00.000Z");
  const now = () => new Date(clock);
  const tick = () => {
    clock += 60_000;
  };

  async function fresh(): Promise<{ store: Store; url: string }> {
    const url = await backend().freshUrl();
    const store = await openStore(url, { now });
    opened.push(store);
    await store.migrate();
    return { store, url };
  }

  async function another(url: string): Promise<Store> {
    const store = await openStore(url, { now });
    opened.push(store);
    return store;
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it("migrates once: a second migrate() applies nothing", async () => {
    const url = await backend().freshUrl();
    const store = await another(url);
    expect(await store.migrate()).toEqual({ applied: [1, 2, 3], version: 3 });
    expect(await store.migrate()).toEqual({ applied: [], version: 3 });
    expect(await (await another(url)).migrate()).toEqual({ applied: [], version: 3 });
  });

  it("migrates a fresh database exactly once when several processes start at the same time", async () => {
    const url = await backend().freshUrl();
    const stores = await Promise.all([another(url), another(url), another(url)]);
    const results = await Promise.all(stores.map((store) => store.migrate()));
    expect(results.flatMap((result) => result.applied)).toEqual([1, 2, 3]);
    expect(results.every((result) => result.version === 3)).toBe(true);
  });

  it("refuses to write before migrate() with an error that says so", async () => {
    const store = await another(await backend().freshUrl());
    await expect(store.writeBatch({ orders: sampleOrders() })).rejects.toThrow(/call migrate\(\) first/);
    await expect(store.countOrders()).rejects.toThrow(StoreError);
  });

  it("counts inserted, updated and unchanged orders, and keeps firstSeenAt on update", async () => {
    const { store } = await fresh();
    const orders = sampleOrders();
    const firstSeen = now().toISOString();
    expect(await store.writeBatch({ orders })).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    tick();
    expect(await store.writeBatch({ orders })).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    tick();
    const changed: Order = { ...orders[2]!, status: "cancelled", vendorStatus: { Status: 9 } };
    expect(await store.writeBatch({ orders: [orders[0]!, changed, generatedOrder(1)] })).toMatchObject({
      inserted: 1,
      updated: 1,
      unchanged: 1,
    });
    const stored = await store.getOrder(changed.id);
    expect(stored?.status).toBe("cancelled");
    expect(stored?.firstSeenAt).toBe(firstSeen);
    expect(stored?.syncedAt).toBe(now().toISOString());
    expect((await store.getOrder(orders[0]!.id))?.syncedAt).toBe(firstSeen);
    expect(await store.countOrders()).toBe(4);
    expect(await store.countOrders({ vendor: "yikayi" })).toBe(1);
  });

  it("ignores key order and the store clocks when deciding whether an order changed", async () => {
    const { store } = await fresh();
    const [order] = sampleOrders();
    await store.writeBatch({ orders: [order!] });
    const reordered = Object.fromEntries(Object.entries(order!).reverse()) as Order;
    const withClocks = {
      ...order!,
      firstSeenAt: "2000-01-01T00:00:00.000Z",
      syncedAt: "2000-01-01T00:00:00.000Z",
    };
    expect(await store.writeBatch({ orders: [reordered, withClocks] })).toMatchObject({ unchanged: 2 });
  });

  it("collapses duplicate ids within one batch, the last one winning", async () => {
    const { store } = await fresh();
    const result = await store.writeBatch({ orders: [generatedOrder(1, 0), generatedOrder(1, 2)] });
    expect(result).toMatchObject({ inserted: 1, updated: 0, unchanged: 1 });
    expect((await store.getOrder(generatedOrder(1).id))?.refundedAmount).toBe(20);
  });

  it("leaves every stored row byte-identical when the same data is written again", async () => {
    const { store, url } = await fresh();
    const batch = {
      orders: [...sampleOrders(), ...Array.from({ length: 50 }, (_, i) => generatedOrder(i))],
      failed: [{ vendor: "yopoint", account: "acct", id: "X1", raw: { a: 1 }, error: new Error("bad") }],
      checkpoint: {
        vendor: "yopoint",
        account: "acct",
        kind: "cabinet" as const,
        highWaterMark: "2024-04-18T00:00:00+08:00",
      },
    };
    await store.writeBatch(batch);
    const before = await backend().dump(url);
    tick();
    const again = await store.writeBatch(batch);
    expect(again).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 53,
      collisions: 0,
      linked: 0,
      failed: 0,
      resolved: 0,
      checkpointMoved: false,
    });
    expect(await backend().dump(url)).toEqual(before);
  });

  it("gives back each Order exactly as written, plus the store clocks", async () => {
    const { store } = await fresh();
    const orders = sampleOrders();
    await store.writeBatch({ orders });
    const stored = await collect(store.iterateOrders());
    expect(stored.map((order) => order.id)).toEqual(orders.map((order) => order.id).sort());
    const clocks = { firstSeenAt: now().toISOString(), syncedAt: now().toISOString() };
    const yikayi = orders.find((order) => order.vendor === "yikayi")!;
    expect(stored.find((order) => order.id === yikayi.id)).toEqual({ ...yikayi, ...clocks });
    // raw keeps the vendor's exact numbers: a 21-digit id and a 4-place decimal would not survive JSON.parse.
    const baifude = stored.find((order) => order.vendor === "baifude")!;
    const raw = baifude.raw as Record<string, unknown>;
    expect(isLosslessNumber(raw["bigId"]) && raw["bigId"].value).toBe("123456789012345678901");
    expect(isLosslessNumber(raw["price"]) && raw["price"].value).toBe("170.0000");
    expect(raw["totalPrice"]).toBe("170.0000");
    // The JSON fast path and the parsed objects agree (for an Order without lossless numbers).
    const lines = await collect(store.iterateOrderJson({ vendor: "yikayi" }));
    expect(lines).toEqual([JSON.stringify(stored.find((order) => order.id === yikayi.id))]);
  });

  it("streams orders by id in pages, optionally for one vendor", async () => {
    const { store } = await fresh();
    const generated = Array.from({ length: 45 }, (_, i) => generatedOrder(44 - i));
    await store.writeBatch({ orders: [...generated, ...sampleOrders()] });
    const all = await collect(store.iterateOrders({ pageSize: 7 }));
    const ids = all.map((order) => order.id);
    expect(ids).toHaveLength(48);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(48);
    const yopoint = await collect(store.iterateOrders({ vendor: "yopoint", pageSize: 10 }));
    expect(yopoint).toHaveLength(46);
    expect(yopoint.every((order: StoredOrder) => order.vendor === "yopoint")).toBe(true);
    expect(await collect(store.iterateOrders({ vendor: "nobody" }))).toEqual([]);
  });

  it("lets the caller write through the same store while iterating", async () => {
    const { store } = await fresh();
    await store.writeBatch({ orders: [generatedOrder(1), generatedOrder(2), generatedOrder(3)] });
    const seen: string[] = [];
    for await (const order of store.iterateOrders({ pageSize: 2 })) {
      seen.push(order.id);
      await store.writeBatch({ orders: [{ ...order, status: "cancelled" }] });
    }
    expect(seen).toHaveLength(3);
    expect((await collect(store.iterateOrders())).map((order) => order.status)).toEqual([
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
  });

  it("commits a batch's orders, failures and checkpoint together or not at all", async () => {
    const { store } = await fresh();
    const checkpoint = {
      vendor: "yopoint",
      account: "acct",
      kind: "cabinet" as const,
      highWaterMark: "2024-04-02T00:00:00.000Z",
    };
    await store.writeBatch({ orders: [generatedOrder(0)], checkpoint });
    // A fractional fen amount is refused by the database in the middle of the transaction.
    const broken = { ...generatedOrder(3), totalAmount: 12.5 };
    const failing = store.writeBatch({
      orders: [generatedOrder(1), generatedOrder(0, 1), broken, generatedOrder(4)],
      failed: [{ vendor: "yopoint", account: "acct", id: "F1", raw: {}, error: new Error("x") }],
      checkpoint: { ...checkpoint, highWaterMark: "2024-04-09T00:00:00.000Z" },
    });
    await expect(failing).rejects.toThrow(/nothing of this batch was stored/);
    expect(await store.countOrders()).toBe(1);
    expect((await store.getOrder(generatedOrder(0).id))?.refundedAmount).toBe(0);
    expect(await store.listFailed()).toEqual([]);
    expect((await store.getCheckpoint("yopoint", "acct", "cabinet"))?.highWaterMark).toBe(
      checkpoint.highWaterMark,
    );
    // The store is still usable after the failed transaction.
    expect(await store.writeBatch({ orders: [generatedOrder(1)] })).toMatchObject({ inserted: 1 });
  });

  it("moves a checkpoint only forward, per vendor account", async () => {
    const { store } = await fresh();
    expect(await store.getCheckpoint("yopoint", "acct", "cabinet")).toBeUndefined();
    const first = await store.writeBatch({
      checkpoint: {
        vendor: "yopoint",
        account: "acct",
        kind: "cabinet",
        highWaterMark: "2024-04-16T14:51:02+08:00",
      },
    });
    expect(first.checkpointMoved).toBe(true);
    expect(await store.getCheckpoint("yopoint", "acct", "cabinet")).toEqual({
      vendor: "yopoint",
      account: "acct",
      kind: "cabinet",
      highWaterMark: "2024-04-16T06:51:02.000Z",
      updatedAt: now().toISOString(),
    });
    tick();
    const back = await store.writeBatch({
      checkpoint: {
        vendor: "yopoint",
        account: "acct",
        kind: "cabinet",
        highWaterMark: new Date("2024-04-01T00:00:00Z"),
      },
    });
    expect(back.checkpointMoved).toBe(false);
    expect((await store.getCheckpoint("yopoint", "acct", "cabinet"))?.highWaterMark).toBe(
      "2024-04-16T06:51:02.000Z",
    );
    await store.writeBatch({
      checkpoint: {
        vendor: "yopoint",
        account: "other",
        kind: "cabinet",
        highWaterMark: "2024-01-01T00:00:00Z",
      },
    });
    expect((await store.getCheckpoint("yopoint", "other", "cabinet"))?.highWaterMark).toBe(
      "2024-01-01T00:00:00.000Z",
    );
    expect(await store.getCheckpoint("baifude", "acct", "welfare_mall")).toBeUndefined();
  });

  it("keeps failed records once each, updates them when they change, resolves them when the order succeeds", async () => {
    const { store } = await fresh();
    const secret = registerSecret("s3cr3t-app-secret-0042");
    const validation = new ResponseValidationError({
      vendor: "yopoint",
      operation: "cabinet.order.list",
      issues: [{ path: "data[3].TotalPrice", message: "expected a decimal" }],
      raw: "{}",
    });
    const first = [
      {
        vendor: "yopoint",
        account: "acct",
        id: generatedOrder(7).vendorOrderId,
        raw: { TotalPrice: "x" },
        error: validation,
      },
      {
        vendor: "baifude",
        account: "b1",
        raw: "<html>not json</html>",
        error: new Error(`boom with ${secret}`),
      },
      { vendor: "baifude", account: "b1", raw: { no: "id" }, error: "a string error" },
    ];
    expect(await store.recordFailures(first)).toBe(3);
    const seenAt = now().toISOString();
    tick();
    expect(await store.recordFailures(first)).toBe(0);
    let failed = await store.listFailed();
    expect(failed).toHaveLength(3);
    const yopoint = failed.find((f) => f.vendor === "yopoint")!;
    expect(yopoint).toEqual({
      vendor: "yopoint",
      account: "acct",
      key: "id:G00000007",
      kind: null,
      vendorOrderId: "G00000007",
      raw: '{"TotalPrice":"x"}',
      errorName: "ResponseValidationError",
      errorMessage:
        "yopoint cabinet.order.list: unexpected response shape at data[3].TotalPrice: expected a decimal",
      errorField: "data[3].TotalPrice",
      firstSeenAt: seenAt,
      lastChangedAt: seenAt,
    });
    expect(JSON.stringify(failed)).not.toContain(secret);
    expect(failed.find((f) => f.raw === "<html>not json</html>")?.vendorOrderId).toBeNull();
    expect(failed.find((f) => f.errorMessage === "a string error")?.errorName).toBe("Error");

    // Seen again with another error: the same row, updated.
    expect(await store.recordFailures([{ ...first[0]!, error: new Error("still bad") }])).toBe(1);
    failed = await store.listFailed({ vendor: "yopoint" });
    expect(failed).toMatchObject([
      { errorMessage: "still bad", firstSeenAt: seenAt, lastChangedAt: now().toISOString() },
    ]);

    // The order later normalizes: its failure is resolved in the same transaction.
    const result = await store.writeBatch({ orders: [generatedOrder(7), generatedOrder(8)] });
    expect(result).toMatchObject({ inserted: 2, resolved: 1 });
    expect(await store.listFailed({ vendor: "yopoint" })).toEqual([]);
    expect(await store.listFailed()).toHaveLength(2);
  });

  it("converges 200 concurrent writes of one order from several connections to one row", async () => {
    const { store, url } = await fresh();
    const others = await Promise.all([another(url), another(url), another(url)]);
    const stores = [store, ...others];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        stores[i % stores.length]!.writeBatch({ orders: [generatedOrder(5, i < 100 ? 0 : 1)] }),
      ),
    );
    expect(results.reduce((sum, r) => sum + r.inserted, 0)).toBe(1);
    expect(await store.countOrders()).toBe(1);
    expect(
      (await backend().query(url, "SELECT count(*) AS n FROM orders WHERE id = 'yopoint:G00000005'"))[0],
    ).toMatchObject({ n: backend().dialect === "sqlite" ? 1 : "1" });
    const [stored] = await collect(store.iterateOrders());
    expect([generatedOrder(5, 0).refundedAmount, generatedOrder(5, 1).refundedAmount]).toContain(
      stored?.refundedAmount,
    );
  });

  it("answers a finance query on the JSON columns: successful refunds per Beijing day", async () => {
    const { url, store } = await fresh();
    await store.writeBatch({ orders: sampleOrders() });
    const rows = await backend().query(url, REFUNDS_PER_DAY_SQL[backend().dialect]);
    expect(rows.map((row) => [row["day"], Number(row["refunded_fen"])])).toEqual([
      ["2024-04-16", 500],
      ["2024-04-17", 17000],
    ]);
  });

  it("exports Orders that validate against specs/order.schema.json", async () => {
    const { store } = await fresh();
    await store.writeBatch({
      orders: [...sampleOrders(), ...Array.from({ length: 20 }, (_, i) => generatedOrder(i, i % 3))],
    });
    const validate = orderSchemaValidator();
    const lines = await collect(store.iterateOrderJson({ pageSize: 8 }));
    expect(lines).toHaveLength(23);
    for (const line of lines) {
      const order = JSON.parse(line) as unknown;
      expect(validate(order) ? [] : validate.errors).toEqual([]);
    }
  });
}
